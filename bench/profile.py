"""Where an emulator request's time goes: `python -m bench.profile [REQUESTS] [--sort tottime]`.

Runs `make bench`'s mixed workload (bench.emulator.MIX, pre-signed) through the ASGI app in
process, without uvicorn or sockets, under cProfile, and prints the costliest functions and
the app's own cost per request. For a sampling view of the real server instead:
`py-spy record -o profile.svg -- python -m xads_emulator serve --db /tmp/p.sqlite3` while
`python -m bench.emulator` runs.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import pstats
import tempfile
import time
from collections.abc import MutableMapping
from pathlib import Path
from typing import Any

from bench.emulator import MIX
from bench.inprocess import BASE, asgi_requests
from bench.load import presign
from bench.soak import CREDENTIALS
from xads_emulator.app import EmulatorApp


async def _serve(app: EmulatorApp, requests: list[tuple[dict[str, Any], bytes]]) -> dict[int, int]:
    statuses: dict[int, int] = {}
    for scope, body in requests:

        async def receive(body: bytes = body) -> MutableMapping[str, Any]:
            return {"type": "http.request", "body": body, "more_body": False}

        async def send(message: MutableMapping[str, Any]) -> None:
            if message["type"] == "http.response.start":
                statuses[message["status"]] = statuses.get(message["status"], 0) + 1

        await app(scope, receive, send)
    return statuses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("requests", nargs="?", type=int, default=4000)
    parser.add_argument("--sort", default="tottime", choices=["tottime", "cumulative"])
    parser.add_argument("--top", type=int, default=35)
    args = parser.parse_args()
    calls = [MIX[n % len(MIX)] for n in range(args.requests + 200)]
    requests = asgi_requests(presign(BASE, CREDENTIALS, calls))
    with tempfile.TemporaryDirectory() as scratch:
        app = EmulatorApp(Path(scratch) / "profile.sqlite3")
        asyncio.run(_serve(app, requests[:200]))  # warm-up: caches, compiled schemas
        began = time.process_time()  # CPU time: steadier than wall time on a shared host
        asyncio.run(_serve(app, requests[200:]))
        plain = (time.process_time() - began) / args.requests
        profiler = cProfile.Profile()
        app.reset()
        again = asgi_requests(presign(BASE, CREDENTIALS, calls[200:]))
        profiler.enable()
        statuses = asyncio.run(_serve(app, again))
        profiler.disable()
    print(f"app alone (no server): {plain * 1e6:.0f} µs CPU a request, {1 / plain:.0f} req/s on one core; {statuses}")
    pstats.Stats(profiler).sort_stats(args.sort).print_stats(args.top)


if __name__ == "__main__":
    main()
