"""`python -m xads_spec bundle|check|validate|table|diff|guard|release`: the spec's build steps.

`diff OLD [NEW]` classifies the changes between two bundles (see xads_spec.diff); `guard` fails
on unrecorded breaking changes to released versions; `release N` records version N as released.
"""

from __future__ import annotations

import argparse
import sys

from xads_spec.build import build_all, stale_files, validate_all
from xads_spec.bundle import BundleError
from xads_spec.summary import operation_table


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in ("diff", "guard", "release", "changelog", "reference"):
        from xads_spec.cli import release_main

        return release_main(argv)
    parser = argparse.ArgumentParser(prog="python -m xads_spec", description=__doc__)
    parser.add_argument(
        "command",
        choices=["bundle", "check", "validate", "table"],
        help="bundle: write dist/; check: fail if dist/ is stale; "
        "validate: run openapi-spec-validator on every bundle; table: operations per tag and version",
    )
    args = parser.parse_args(argv)
    try:
        if args.command == "bundle":
            for path in build_all(write=True):
                print(f"wrote {path}")
        elif args.command == "check":
            stale = stale_files()
            if stale:
                print("stale bundles (run `make bundle`): " + ", ".join(map(str, stale)), file=sys.stderr)
                return 1
            print("dist/ matches the sources")
        elif args.command == "validate":
            for name in validate_all():
                print(f"valid OpenAPI 3.1: {name}")
        else:
            print(operation_table())
    except BundleError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
