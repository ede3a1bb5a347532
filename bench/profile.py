"""Where an emulator request's time goes: `python -m bench.profile [REQUESTS] [--sort tottime]`.

Runs `make bench`'s mixed workload (bench.emulator.MIX, pre-signed) through the ASGI app in
process, without uvicorn or sockets, under cProfile, and prints the costliest functions and
the app's own cost per request.

`python -m bench.profile --served [REQUESTS]` measures the real server instead: py-spy samples
`xads-emulator serve` while the workload runs over 16 connections, and each sample is counted
for the step of the request it was in (STEPS), with the server's CPU time per request.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import cProfile
import pstats
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.emulator import MIX
from bench.inprocess import BASE, answer, asgi_requests
from bench.load import drive, presign
from bench.soak import CREDENTIALS, cpu_seconds, start
from xads_emulator.app import EmulatorApp

# A served request's steps, each named by the frame its samples are under; the first that
# matches counts (so the commit's wait is not counted as the answer it delays).
STEPS = (
    ("the WAL checkpoint thread (not the request)", "_checkpoints"),
    ("OAuth verification", "EmulatorApp._authenticate"),
    ("routing and parameter parsing", "RequestValidator.parse_wire"),
    ("validation: schemas, rules, the resolver's reads", "RequestValidator.validate_parsed"),
    ("engine: the operation, its SQL, the public JSON", "Engine.handle"),
    ("the rate-limit window", "RateLimiter.take"),
    ("the nonce", "EmulatorApp._spend_now"),
    ("scheduled Tweets due", "go_live"),
    ("the shared COMMIT", "GroupCommit._commit"),
    ("waiting for the commit", "GroupCommit.durable"),
    ("the journal and the log line", "Lab.record"),
    ("reading the body", "EmulatorApp._read_body"),
    ("uvicorn, the transport, the event loop", "RequestResponseCycle.send"),
    ("the request's own glue (_handle, _operate, savepoints)", "EmulatorApp._handle"),
    ("encoding the answer, its headers", "EmulatorApp.__call__"),
)
OUTSIDE = "uvicorn, the transport, the event loop"


async def _serve(app: EmulatorApp, requests: list[tuple[dict[str, Any], bytes]]) -> dict[int, int]:
    statuses: collections.Counter[int] = collections.Counter()
    for scope, body in requests:
        status, _payload = await answer(app, scope, body)
        statuses[status] += 1
    return dict(statuses)


def _steps(samples: str) -> collections.Counter[str]:
    """py-spy's raw output (a stack and its count a line) counted by step."""
    counted: collections.Counter[str] = collections.Counter()
    for line in samples.splitlines():
        stack, count = line.rsplit(" ", 1)
        frames = {frame.split(" (", 1)[0] for frame in stack.split(";")}
        step = next((name for name, frame in STEPS if frame in frames), OUTSIDE)
        counted[step] += int(count)
    return counted


def served(requests: int) -> None:
    """The served process's CPU per request (measured unsampled), split by step in the shares
    of a second, sampled run (py-spy pauses the server for each sample, so stacks are whole)."""
    spy = str(Path(sys.executable).parent / "py-spy")
    with tempfile.TemporaryDirectory() as scratch:
        process, url = start(Path(scratch) / "served.sqlite3")
        try:
            signed = presign(url, CREDENTIALS, [MIX[n % len(MIX)] for n in range(2 * requests + 160)])
            drive(url, signed[:160], 16)  # warm-up
            began = cpu_seconds(process.pid)
            outcome = drive(url, signed[160 : requests + 160], 16)
            cpu = (cpu_seconds(process.pid) - began) / requests
            output = Path(scratch) / "samples.txt"
            command = [spy, "record", "-r", "1000", "-f", "raw", "-o", str(output), "--pid", str(process.pid)]
            sampler = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(1)  # py-spy attached
            drive(url, signed[requests + 160 :], 16)
            sampler.send_signal(signal.SIGINT)  # py-spy writes its samples and ends
            sampler.wait(timeout=60)
            counted = _steps(output.read_text())
        finally:
            process.terminate()
            process.wait()
    counted.pop(STEPS[0][0], None)  # another thread, on the other core
    total = sum(counted.values())
    print(f"served: {outcome.rate:.0f} req/s, {cpu * 1e6:.0f} µs of server CPU a request; {dict(outcome.statuses)}")
    for step, count in counted.most_common():
        print(f"  {step:<58} {count / total:6.1%} {count / total * cpu * 1e6:6.0f} µs")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("requests", nargs="?", type=int, default=4000)
    parser.add_argument("--sort", default="tottime", choices=["tottime", "cumulative"])
    parser.add_argument("--top", type=int, default=35)
    parser.add_argument("--served", action="store_true", help="sample the served process by step (needs py-spy)")
    args = parser.parse_args()
    if args.served:
        served(args.requests)
        return
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
