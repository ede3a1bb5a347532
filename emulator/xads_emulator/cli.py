"""`xads-emulator serve`: run the emulator on loopback with uvicorn."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

import uvicorn

from xads_emulator.app import EmulatorApp
from xads_emulator.seed import DEFAULT_SEED, load_seed

DEFAULT_DB = Path("var/emulator.sqlite3")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="xads-emulator", description="A local, stateful X Ads API.")
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve the API over HTTP")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080)
    serve.add_argument("--db", default=str(DEFAULT_DB), help="SQLite file (':memory:' for none)")
    serve.add_argument("--seed", type=Path, default=DEFAULT_SEED, help="seed file (see emulator/README.md)")
    args = parser.parse_args(argv)
    if args.db != ":memory:":
        Path(args.db).parent.mkdir(parents=True, exist_ok=True)
    seed = load_seed(args.seed)
    app = EmulatorApp(args.db, seed)
    logging.basicConfig(level=logging.INFO)
    print(f"X Ads API emulator on http://{args.host}:{args.port}/12 (and /11); database {args.db}")
    for user in seed.users.values():
        for consumer_key, consumer_secret in seed.consumer_secrets.items():
            print(
                f"  user {user.screen_name or user.user_id}: consumer {consumer_key} / {consumer_secret}, "
                f"token {user.access_token} / {user.access_token_secret}, accounts {', '.join(sorted(user.accounts))}"
            )
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0
