"""`xads-validate`: check one request from the command line or a file.

Exit status: 0 valid, 1 invalid, 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from xads_spec import supported_versions
from xads_validators import conformance
from xads_validators.catalogue import markdown
from xads_validators.operations import version_index
from xads_validators.validator import RequestValidator


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        raise SystemExit(2)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="xads-validate", description="Validate X Ads API requests against the spec.")
    # --json is taken before or after the subcommand: the subcommands' copy only sets it when given.
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    output = _Parser(add_help=False)
    output.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print the result as JSON")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    request = commands.add_parser("request", parents=[output], help="a request given on the command line")
    request.add_argument("method", help="GET, POST, PUT or DELETE")
    request.add_argument("url", help="full URL or path starting with the version, e.g. /12/accounts/abc/cards")
    body = request.add_mutually_exclusive_group()
    body.add_argument("--json-body", metavar="FILE", help="JSON body from FILE ('-' for standard input)")
    body.add_argument("--form", metavar="DATA", help="form-encoded body, as twurl's -d sends it")
    for sub in (request, commands.add_parser("file", parents=[output], help="a request described in a JSON file")):
        sub.add_argument("--now", help="pin the clock for time rules (ISO 8601)")
        sub.add_argument(
            "--profile",
            default="strict",
            choices=sorted(version_index(supported_versions()[0]).profiles),
            help="validation profile of the spec's x-validation-profiles (default strict: lint your own requests; "
            "live: ignore unknown parameter names as the live API does, and list them)",
        )
    commands.choices["file"].add_argument(
        "path", help='JSON file: {"method", "url", optional "body" (JSON value) or "form" (string)}'
    )
    cassette = commands.add_parser(
        "cassette",
        parents=[output],
        help="recorded exchanges (vcrpy cassettes): requests with the strict profile, answers against the spec",
    )
    cassette.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="cassette files")
    commands.add_parser("catalogue", help="print the rule catalogue as Markdown")
    return parser


def _cassettes(args: argparse.Namespace) -> int:
    try:
        verdicts = conformance.judge_files(args.paths)
    except ValueError as error:
        print(f"xads-validate: error: {error}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(conformance.as_json(verdicts), indent=2))
    else:
        sys.stdout.write(conformance.as_text(verdicts))
    return 0 if all(v.conforms for v in verdicts) else 1


def _read(path: str) -> str:
    return sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")


def _request(args: argparse.Namespace) -> tuple[str, str, dict[str, str], bytes]:
    if args.command == "file":
        described: dict[str, Any] = json.loads(_read(args.path))
        method, url = described["method"], described["url"]
        body_value, form = described.get("body"), described.get("form")
    else:
        method, url = args.method, args.url
        body_value = json.loads(_read(args.json_body)) if args.json_body else None
        form = args.form
    if body_value is not None:
        return method, url, {"Content-Type": "application/json"}, json.dumps(body_value).encode()
    if form is not None:
        return method, url, {"Content-Type": "application/x-www-form-urlencoded"}, form.encode()
    return method, url, {}, b""


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "catalogue":
        sys.stdout.write(markdown())
        return 0
    if args.command == "cassette":
        return _cassettes(args)
    try:
        method, url, headers, body = _request(args)
        now = datetime.fromisoformat(args.now.replace("Z", "+00:00")) if args.now else None
    except (OSError, ValueError, KeyError, TypeError) as error:
        print(f"xads-validate: error: cannot read the request: {error}", file=sys.stderr)
        return 2
    result = RequestValidator().validate_wire(method, url, headers=headers, body=body, now=now, profile=args.profile)
    if args.json:
        print(
            json.dumps(
                {
                    "valid": result.ok,
                    "operation": result.operation.operation_id if result.operation else None,
                    "violations": [v.as_dict() for v in result.violations],
                    "skipped_rules": result.skipped_rules,
                    "ignored_parameters": result.ignored_parameters,
                },
                indent=2,
            )
        )
    else:
        name = result.operation.operation_id if result.operation else "unknown operation"
        print(f"{name}: {'valid' if result.ok else f'{len(result.violations)} violation(s)'}")
        for violation in result.violations:
            print(f"  {violation}")
        if result.skipped_rules:
            print(f"  (not checked without stored data: {', '.join(result.skipped_rules)})")
        if result.ignored_parameters:
            print(f"  (ignored, as the live API would: {', '.join(result.ignored_parameters)})")
    return 0 if result.ok else 1
