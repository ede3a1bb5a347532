"""`xads-spec diff|guard|release|changelog`: versions as releases (the `xads-spec` console script)."""

from __future__ import annotations

import argparse
import json
import sys

from xads_spec.diff import SourceError, diff_documents, pairs, render_markdown, render_text
from xads_spec.reference import build
from xads_spec.releases import ReleaseError, changelog, guard_problems, release


def release_main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="xads-spec", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    diff = commands.add_parser("diff", help="classify the changes between two bundles")
    diff.add_argument(
        "old",
        help="a bundle file, an API version (`11`: spec/dist), `released[:N]` (spec/releases) "
        "or a git revision `REV[:N]` (spec/dist at that commit)",
    )
    diff.add_argument("new", nargs="?", help="the same forms; default: the working tree's bundles")
    diff.add_argument("--format", choices=["text", "markdown", "json"], default="text")
    diff.add_argument("--json", dest="format", action="store_const", const="json", help="same as --format json")
    diff.add_argument("--fail-on-breaking", action="store_true", help="exit 1 when a change is breaking")
    commands.add_parser("guard", help="fail on unrecorded breaking changes to released versions")
    cut = commands.add_parser("release", help="record the working tree's bundle of a version as released")
    cut.add_argument("api_version", type=int)
    log = commands.add_parser("changelog", help="print the CHANGELOG.md of a version's client")
    log.add_argument("api_version", type=int)
    commands.add_parser("reference", help="build docs/reference/x-ads-api.vN.html with Redocly")
    args = parser.parse_args(argv)
    try:
        if args.command == "diff":
            return _diff(args)
        if args.command == "guard":
            problems = guard_problems()
            for problem in problems:
                print(problem, file=sys.stderr)
            if not problems:
                print("no unrecorded breaking change to a released version")
            return 1 if problems else 0
        if args.command == "release":
            step = release(args.api_version)
            breaking = sum(c.breaking for c in step.changes)
            print(f"released xads-client-v{args.api_version} {step.version}: "
                  f"{len(step.changes)} change(s), {breaking} breaking, since {step.previous or 'nothing'}")
            return 0
        if args.command == "reference":
            for page in build():
                print(f"wrote {page}")
            return 0
        print(changelog(args.api_version), end="")
        return 0
    except (SourceError, ReleaseError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1


def _diff(args: argparse.Namespace) -> int:
    results = [(f"{old} → {new}", diff_documents(a, b)) for old, new, a, b in pairs(args.old, args.new)]
    if args.format == "json":
        print(json.dumps([{"compared": t, "changes": [c.as_dict() for c in cs]} for t, cs in results], indent=2,
                         ensure_ascii=False))
    else:
        render = render_markdown if args.format == "markdown" else render_text
        print("\n\n".join(render(title, changes) for title, changes in results))
    breaking = any(c.breaking for _, changes in results for c in changes)
    return 1 if args.fail_on_breaking and breaking else 0


def main() -> None:
    """Console-script entry: `xads-spec diff|guard|release|changelog`, else the build steps."""
    from xads_spec.__main__ import main as build_main

    sys.exit(build_main())
