import sys

from xads_validators.cli import main

sys.exit(main())
