"""`python -m xads_generator`: generate, or check, the committed clients.

`--check` regenerates every version into a scratch folder and compares bytes, so a spec or
template change that was not followed by `make generate` fails `make test`.
"""

from __future__ import annotations

import argparse
import difflib
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from xads_generator.generate import OUTPUT_ROOT, GenerationError, generate
from xads_spec import supported_versions


def _files(root: Path) -> set[Path]:
    if not root.exists():
        return set()
    return {p.relative_to(root) for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


def _differences(committed: Path, fresh: Path) -> list[str]:
    old, new = _files(committed), _files(fresh)
    found = [f"only in committed: {p}" for p in sorted(old - new)]
    found += [f"only in regenerated: {p}" for p in sorted(new - old)]
    for path in sorted(old & new):
        before, after = (committed / path).read_bytes(), (fresh / path).read_bytes()
        if before != after:
            found.append(f"differs: {path} ({_line_changes(before, after)})")
    return found


def _line_changes(before: bytes, after: bytes) -> str:
    """`+added -removed` lines, enough to tell a stale file from a rewritten one."""
    lines = difflib.unified_diff(
        before.decode(errors="replace").splitlines(), after.decode(errors="replace").splitlines(), n=0, lineterm=""
    )
    counts = Counter(line[:1] for line in lines if not line.startswith(("+++", "---", "@@")))
    return f"+{counts['+']} -{counts['-']} lines"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m xads_generator", description=__doc__)
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--api-version", type=int, help="generate the client of one API version")
    which.add_argument("--all", action="store_true", help="generate the clients of every supported version")
    which.add_argument("--check", action="store_true", help="fail if regenerating would change generated_client/")
    parser.add_argument("--output", type=Path, help="output folder (with --api-version)")
    args = parser.parse_args(argv)
    try:
        if args.check:
            with tempfile.TemporaryDirectory() as scratch:
                stale = []
                for version in supported_versions():
                    fresh = generate(version, Path(scratch) / f"v{version}")
                    stale += [f"v{version}: {d}" for d in _differences(OUTPUT_ROOT / f"v{version}", fresh)]
            if stale:
                print("generated_client/ is stale (run `make generate`):\n  " + "\n  ".join(stale), file=sys.stderr)
                return 1
            print("generated_client/ matches the spec")
            return 0
        versions = supported_versions() if args.all else [args.api_version]
        started = time.perf_counter()
        for version in versions:
            start = time.perf_counter()
            output = args.output if args.output and not args.all else OUTPUT_ROOT / f"v{version}"
            generate(version, output)
            print(f"generated version {version} into {output} in {time.perf_counter() - start:.1f} s")
        if len(versions) > 1:
            print(f"generated {len(versions)} versions in {time.perf_counter() - started:.1f} s")
    except GenerationError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
