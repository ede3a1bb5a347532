"""What the lab costs on every request: the request journal on (its default size) and a fault table
that is empty or holds a rule that never matches. Budget: under 5% of throughput.

Two measurements. The budget is checked on the first: the lab's hooks (`Lab.inject`, `Lab.record`)
timed in-process on a real parsed and validated request, as a share of the time a request takes
at the emulator's measured throughput. The second runs the mixed workload (bench/emulator.py)
against `xads-emulator serve` with each setting, rounds alternating, best round counting; it is
printed for reference, since on a shared machine its noise is larger than 5%.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.emulator import workload
from bench.soak import ACCOUNT
from bench.timing import per_call
from xads_emulator.app import EmulatorApp
from xads_emulator.control import TOKEN_ENV, new_token
from xads_emulator.lab import REQUEST, RESULT
from xads_emulator.server import free_port, wait_until_serving

BUDGET = 0.05
SETTINGS = {
    "journal off, no fault rules": ["--journal-size", "0"],
    "journal on (1,000), no fault rules": [],
    "journal on, one rule never matching": ["--fault", "{faults}"],
}


def _serve(directory: Path, options: list[str], faults: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    database = directory / f"lab{port}.sqlite3"
    command = [sys.executable, "-m", "xads_emulator", "serve", "--port", str(port), "--db", str(database)]
    command += [option.format(faults=faults) for option in options]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, env={**os.environ, TOKEN_ENV: new_token()})
    base = f"http://127.0.0.1:{port}"
    wait_until_serving(base, process, seconds=20)
    return process, f"{base}/12"


def hook_seconds(rule: bool) -> float:
    """Seconds per request the lab's two hooks take, journal on, on a listed media library request."""
    app = EmulatorApp(":memory:")
    if rule:
        app.lab.faults.add([{"operation": "delete_card", "status": 500}])
    user = next(iter(app.seed.users.values()))
    path = f"/12/accounts/{ACCOUNT}/media_library"
    request = app.validator.parse_wire("GET", path, query="count=5&colour=red", headers={}, body=b"")
    result = app.validator.validate_parsed(
        request, resolver=app.resolver.for_user(user.user_id), now=app.clock.now(), profile=app.profile
    )
    scope: dict[str, Any] = {"method": "GET", "raw_path": path.encode(), "query_string": b"count=5&colour=red"}
    scope.update({REQUEST: request, RESULT: result})
    loop = asyncio.new_event_loop()

    async def hooks(calls: int) -> None:
        for _ in range(calls):
            await app.lab.inject(scope, request, path, ACCOUNT, user.access_token)
            app.lab.record(scope, 200, time.perf_counter(), app.clock.now(), app.profile)

    try:
        return per_call(lambda: loop.run_until_complete(hooks(1000)), calls=1) / 1000
    finally:
        loop.close()


def main(rounds: int = 2, requests: int = 4_000, connections: int = 16) -> int:
    best = dict.fromkeys(SETTINGS, 0.0)
    with tempfile.TemporaryDirectory() as scratch:
        directory = Path(scratch)
        faults = directory / "faults.yaml"
        faults.write_text("- {operation: delete_card, status: 500}\n")
        for _ in range(rounds):
            for name, options in SETTINGS.items():
                process, url = _serve(directory, options, faults)
                try:
                    best[name] = max(best[name], workload(url, requests, connections).rate)
                finally:
                    process.terminate()
                    process.wait()
    baseline = best["journal off, no fault rules"]
    print(f"The lab's cost per request (journal on), as a share of a request at {baseline:.0f} req/s")
    over = False
    for label, rule in (("empty fault table", False), ("one rule never matching", True)):
        seconds = hook_seconds(rule)
        over = over or seconds * baseline > BUDGET
        print(f"  {label:<38} {seconds * 1e6:7.1f} µs  {seconds * baseline:6.2%} of throughput")
    print(f"  budget {BUDGET:.0%}: {'EXCEEDED' if over else 'met'}")
    print(f"End to end, best of {rounds} rounds of {requests:,} mixed requests over {connections} connections (noisy)")
    for name, rate in best.items():
        print(f"  {name:<38} {rate:7.0f} req/s  {rate / baseline - 1:+6.1%}")
    return 1 if over else 0


if __name__ == "__main__":
    raise SystemExit(main())
