import sys

from xads_emulator.cli import main

sys.exit(main())
