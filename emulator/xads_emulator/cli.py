"""`xads-emulator serve`: run the emulator on loopback with uvicorn."""

from __future__ import annotations

import argparse
import logging
import os
import socket
import sys
from collections.abc import Callable
from dataclasses import fields
from pathlib import Path

import uvicorn

from xads_emulator import workers
from xads_emulator.app import EmulatorApp
from xads_emulator.control import TOKEN_ENV, new_token
from xads_emulator.lab.commands import add_journal_command, add_serve_options, load_faults, run_journal
from xads_emulator.ratelimit import DEFAULT_LIMIT, RateLimiter
from xads_emulator.seed import DEFAULT_SEED, load_seed
from xads_emulator.server import ConnectionLimits, config

DEFAULT_DB = Path("var/emulator.sqlite3")


def _limit(text: str) -> tuple[int, int]:
    requests, _, seconds = text.partition("/")
    try:
        limit = (int(requests), int(seconds or 60))
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"expected REQUESTS/SECONDS, got {text!r}") from error
    if limit[0] < 1 or limit[1] < 1:
        raise argparse.ArgumentTypeError("both numbers must be positive")
    return limit


def _positive(kind: Callable[[str], float]) -> Callable[[str], float]:
    def parse(text: str) -> float:
        try:
            value = kind(text)
        except ValueError as error:
            raise argparse.ArgumentTypeError(f"expected a number, got {text!r}") from error
        if not 0 < value < float("inf"):
            raise argparse.ArgumentTypeError("must be positive")
        return value

    return parse


def _add_guard_options(serve: argparse.ArgumentParser) -> None:
    """The admin token of the control endpoints, and the connection limits (server.ConnectionLimits)."""
    control = serve.add_mutually_exclusive_group()
    control.add_argument(
        "--admin-token",
        default=os.environ.get(TOKEN_ENV),
        help=f"token for the /_emulator/ endpoints (default ${TOKEN_ENV}, else a random one, printed)",
    )
    control.add_argument("--no-control", action="store_true", help="switch /_emulator/reset and /_emulator/clock off")
    helps = {
        "max_request_line": "longest request target in bytes (else 400)",
        "max_header_bytes": "largest header section in bytes (else 431)",
        "idle_timeout": "seconds a connection may wait without a request before it is closed",
        "header_timeout": "seconds from a request's first byte to the end of its headers (else 408)",
        "body_timeout": "seconds a request body may stall (else 408)",
    }
    defaults = ConnectionLimits()
    for limit in fields(ConnectionLimits):
        default = getattr(defaults, limit.name)
        serve.add_argument(
            "--" + limit.name.replace("_", "-"),
            type=_positive(type(default)),
            default=default,
            help=f"{helps[limit.name]} (default {default})",
        )


def _port_taken(host: str, port: int) -> str | None:
    """Why the address cannot be listened on, checked before anything is printed or opened."""
    try:
        with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
            probe.bind((host, port))
    except OSError as error:
        return error.strerror or str(error)
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="xads-emulator", description="A local, stateful X Ads API.")
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve the API over HTTP")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080)
    serve.add_argument("--db", default=str(DEFAULT_DB), help="SQLite file (':memory:' for none)")
    serve.add_argument("--seed", type=Path, default=DEFAULT_SEED, help="seed file (see emulator/README.md)")
    serve.add_argument(
        "--rate-limit",
        type=_limit,
        default=DEFAULT_LIMIT,
        metavar="REQUESTS/SECONDS",
        help=f"per user and operation where the spec sets none (default {DEFAULT_LIMIT[0]}/{DEFAULT_LIMIT[1]})",
    )
    serve.add_argument(
        "--strict",
        action="store_true",
        help="refuse unknown and repeated parameters (the `strict` validation profile); by default the "
        "`live` profile ignores unknown parameter names, as the live API does, and names them in a response header",
    )
    serve.add_argument("--quiet", action="store_true", help="no log line per request")
    serve.add_argument(
        "--workers",
        type=_positive(int),
        default=1,
        help="processes serving the same database (state they share lives in it; see docs/scaling.md)",
    )
    _add_guard_options(serve)
    add_serve_options(serve)
    add_journal_command(commands)
    args = parser.parse_args(argv)
    if args.command == "journal":
        return run_journal(args)
    taken = _port_taken(args.host, args.port)
    if taken:
        print(
            f"xads-emulator: cannot listen on {args.host}:{args.port} ({taken}); is another emulator running? "
            "Choose another port with --port.",
            file=sys.stderr,
        )
        return 2
    if args.db != ":memory:":
        Path(args.db).parent.mkdir(parents=True, exist_ok=True)
    seed = load_seed(args.seed)
    admin_token = None if args.no_control else args.admin_token or new_token()

    def build() -> EmulatorApp:
        app = EmulatorApp(
            args.db,
            seed,
            limits=RateLimiter(args.rate_limit),
            profile="strict" if args.strict else "live",
            admin_token=admin_token,
            journal_size=args.journal_size,
            deterministic=args.deterministic,
        )
        load_faults(app.lab, args.fault)
        return app

    app = build() if args.workers == 1 else None  # workers build theirs after the fork
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    if args.quiet:
        logging.getLogger("xads_emulator.requests").setLevel(logging.WARNING)
    print(f"X Ads API emulator on http://{args.host}:{args.port}/12 (and /11); database {args.db}")
    for user in seed.users.values():
        for consumer_key, consumer_secret in seed.consumer_secrets.items():
            print(
                f"  user {user.screen_name or user.user_id}: consumer {consumer_key} / {consumer_secret}, "
                f"token {user.access_token} / {user.access_token_secret}, accounts {', '.join(sorted(user.accounts))}"
            )
    if admin_token:
        print(f"  control endpoints /_emulator/reset, /_emulator/clock: header Authorization: Bearer {admin_token}")
        print(f"  request journal: http://{args.host}:{args.port}/_emulator/?token={admin_token}")
    sys.stdout.flush()
    limits = ConnectionLimits(**{limit.name: getattr(args, limit.name) for limit in fields(ConnectionLimits)})
    if app is None:
        return workers.serve(int(args.workers), build, args.host, args.port, limits)
    uvicorn.Server(config(app, args.host, args.port, limits)).run()
    return 0
