"""The lab on the command line: `serve --fault FILE.yaml --journal-size N --deterministic`, and
`xads-emulator journal`, which reads a running emulator's journal with its admin token."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

import httpx
import orjson
import yaml

from xads_emulator.control import TOKEN_ENV, admin_headers
from xads_emulator.lab import JOURNAL_SIZE, Lab
from xads_emulator.lab.faults import FaultError


def _count(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}")
    return int(text)


def add_serve_options(serve: argparse.ArgumentParser) -> None:
    serve.add_argument(
        "--fault",
        type=Path,
        action="append",
        default=[],
        metavar="FILE.yaml",
        help="fault rules to start with (a YAML list, or {faults: [...]}; see emulator/README.md); repeatable",
    )
    serve.add_argument(
        "--journal-size",
        type=_count,
        default=JOURNAL_SIZE,
        metavar="N",
        help=f"requests the journal keeps (default {JOURNAL_SIZE}; 0 keeps none)",
    )
    serve.add_argument(
        "--deterministic",
        action="store_true",
        help="start from the seed on a fixed clock, so ids, timestamps and generated values repeat on every run",
    )


def load_faults(lab: Lab, files: list[Path]) -> None:
    """Add the rules of each file; SystemExit naming the file and field at fault."""
    for path in files:
        try:
            loaded: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
            rules = loaded.get("faults") if isinstance(loaded, dict) else loaded
            if not isinstance(rules, list):
                raise FaultError("faults", "expected a list of rules, or a mapping with `faults:` holding one")
            lab.faults.add(rules)
        except (OSError, yaml.YAMLError) as error:
            raise SystemExit(f"xads-emulator: --fault {path}: {error}") from error
        except FaultError as error:
            raise SystemExit(f"xads-emulator: --fault {path}: {error.field}: {error}") from error


def add_journal_command(commands: Any) -> None:
    journal = commands.add_parser("journal", help="print a running emulator's request journal")
    journal.add_argument("--url", default="http://127.0.0.1:8080", help="the emulator's base URL (no version)")
    journal.add_argument(
        "--admin-token", default=os.environ.get(TOKEN_ENV), help=f"its admin token (default ${TOKEN_ENV})"
    )
    journal.add_argument("--operation", help="only this operation id (e.g. create_card)")
    journal.add_argument("--status", type=int, help="only answers with this status")
    journal.add_argument("--limit", type=int, help="only the newest N")
    journal.add_argument("--json", action="store_true", help="the entries as JSON, one per line")


def run_journal(args: argparse.Namespace) -> int:
    if not args.admin_token:
        print(f"xads-emulator journal: give --admin-token or set ${TOKEN_ENV}", file=sys.stderr)
        return 2
    filters = {
        name: getattr(args, name) for name in ("operation", "status", "limit") if getattr(args, name) is not None
    }
    try:
        response = httpx.get(
            f"{args.url.rstrip('/')}/_emulator/requests", params=filters, headers=admin_headers(args.admin_token)
        )
    except httpx.HTTPError as error:
        print(f"xads-emulator journal: {args.url}: {error}", file=sys.stderr)
        return 1
    if response.status_code != 200:
        print(f"xads-emulator journal: {response.status_code} {response.text}", file=sys.stderr)
        return 1
    for item in response.json()["data"]:
        if args.json:
            print(orjson.dumps(item).decode())
            continue
        status = "dropped" if item["status"] is None else item["status"]
        notes = [f"violations {','.join(item['violations'])}"] if item["violations"] else []
        notes += [f"ignored {','.join(item['ignored_parameters'])}"] if item["ignored_parameters"] else []
        notes += [f"fault {item['fault']}"] if item["fault"] is not None else []
        print(
            f"{item['id']:>6} {item['at']} {item['method']:<6} {status!s:<7} {item['latency_ms']:8.1f} ms "
            f"{item['operation'] or '-'} {item['path']} {' '.join(notes)}".rstrip()
        )
    return 0
