"""Emulator benchmarks: throughput and p99 on a mixed read/write workload against Prism's mock
server on the same bundled spec (same requests), and the cost of a list page as a collection grows."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import httpx

from bench import growth
from bench.load import Call, Outcome, drive, presign
from bench.soak import ACCOUNT, CREDENTIALS, start
from xads_emulator.app import EmulatorApp
from xads_spec.documents import dist_path

ROOT = Path(__file__).resolve().parent.parent
PRISM = ROOT / "bench" / "node" / "node_modules" / ".bin" / "prism"
CAROUSEL = json.dumps(
    {
        "name": "bench",
        "components": [
            {"type": "SWIPEABLE_MEDIA", "media_keys": ["13_1089771253848666112", "13_1191948012077092867"]},
            {"type": "DETAILS", "title": "X", "destination": {"type": "WEBSITE", "url": "https://www.x.com"}},
        ],
    }
).encode()


MIX = (
    *[Call("GET", f"/accounts/{ACCOUNT}/media_library", {"count": "5"})] * 4,
    *[Call("GET", f"/accounts/{ACCOUNT}/cards/poll", {"count": "20"})] * 3,
    *[
        Call(
            "POST",
            f"/accounts/{ACCOUNT}/preroll_call_to_actions",
            {"line_item_id": "8v53k", "call_to_action": "SHOP", "call_to_action_url": "https://x.com"},
        )
    ]
    * 2,
    Call("POST", f"/accounts/{ACCOUNT}/cards", json_body=CAROUSEL),
)


def workload(base_url: str, requests: int, connections: int) -> Outcome:
    """The 70/30 read/write mix (list media, list poll cards, create CTAs, create carousels),
    signed in advance, then sent as fast as the server answers."""
    signed = presign(base_url, CREDENTIALS, [MIX[n % len(MIX)] for n in range(requests)])
    drive(base_url, signed[: connections * 10], connections)  # warm-up: JIT, caches, connections
    return drive(base_url, signed[connections * 10 :], connections)


def _serving(process: subprocess.Popen[bytes], url: str, name: str) -> subprocess.Popen[bytes]:
    """`process` once `url` answers at all."""
    for _ in range(600):
        try:
            httpx.get(url, timeout=1)
            return process
        except httpx.TransportError:
            time.sleep(0.05)
    process.kill()
    raise RuntimeError(f"{name} did not start")


def prism(port: int) -> subprocess.Popen[bytes]:
    if not PRISM.exists():
        subprocess.run(
            ["npm", "ci", "--prefix", str(PRISM.parents[2]), "--no-audit", "--no-fund", "--loglevel=error"], check=True
        )
    command = [str(PRISM), "mock", "-h", "127.0.0.1", "-p", str(port), str(dist_path(12))]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return _serving(process, f"http://127.0.0.1:{port}/accounts", "prism")


def bare(port: int) -> subprocess.Popen[bytes]:
    """bench.bare: the fixed-answer ASGI app under the emulator's uvicorn configuration."""
    process = subprocess.Popen([sys.executable, "-m", "bench.bare", str(port)], cwd=ROOT)
    return _serving(process, f"http://127.0.0.1:{port}/", "the bare app")


def cost_growth(sizes: tuple[int, int] = (100, 100_000)) -> None:
    """Median µs of one page through the app for every kind of list query (bench.growth), in a
    collection of each size, and the growth between them (target: at most 2x)."""
    costs: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as scratch:
        for size in sizes:
            app = EmulatorApp(Path(scratch) / f"growth{size}.sqlite3")
            growth.populate(app, size)
            for query in growth.queries():
                costs.setdefault(query.label, []).append(growth.page_cost(app, query))
    small, large = (f"{size:,} items" for size in sizes)
    print(f"  {'list query':<40} {small:>12} {large:>16}   growth")
    for label, (first, last) in costs.items():
        print(f"  {label:<40} {first:9.0f} µs {last:13.0f} µs   {last / first:5.2f}x")


def _measured(server: Callable[[], tuple[subprocess.Popen[bytes], str]], requests: int, connections: int) -> Outcome:
    process, url = server()
    try:
        return workload(url, requests, connections)
    finally:
        process.terminate()
        process.wait()


def throughput(requests: int = 8_000, connections: int = 16) -> None:
    """The emulator, the bare app (the ceiling of this server stack) and Prism on the same
    pre-signed mix, and the emulator again with two worker processes. The host is shared, so
    the emulator, its workers and the ceiling are measured twice, alternately, and each keeps
    its better run; ratios within one run are what compare."""
    with tempfile.TemporaryDirectory() as scratch:
        databases = iter(range(100))

        def emulator() -> tuple[subprocess.Popen[bytes], str]:
            return start(Path(scratch) / f"bench{next(databases)}.sqlite3")

        def two_workers() -> tuple[subprocess.Popen[bytes], str]:
            return start(Path(scratch) / f"bench{next(databases)}.sqlite3", workers=2)

        def ceiling() -> tuple[subprocess.Popen[bytes], str]:
            return bare(4012), "http://127.0.0.1:4012/12"

        runs: dict[str, list[Outcome]] = {"emulator": [], "ceiling": [], "workers": []}
        for _ in range(2):
            runs["ceiling"].append(_measured(ceiling, requests, connections))
            runs["emulator"].append(_measured(emulator, requests, connections))
            runs["workers"].append(_measured(two_workers, requests, connections))
    ours, top, pair = (max(runs[name], key=lambda o: o.rate) for name in ("emulator", "ceiling", "workers"))
    theirs = _measured(lambda: (prism(4011), "http://127.0.0.1:4011"), requests, connections)
    print(
        f"Mixed read/write workload (70% lists, 30% creates), {requests:,} pre-signed requests"
        f" over {connections} keep-alive connections on loopback"
    )
    for name, outcome in (
        ("emulator (state, validation, OAuth)", ours),
        ("emulator, serve --workers 2        ", pair),
        ("bare ASGI app, same uvicorn config ", top),
        ("prism mock (same spec, same bytes) ", theirs),
    ):
        statuses = ", ".join(f"{status}: {count}" for status, count in sorted(outcome.statuses.items()))
        print(f"  {name}: {outcome.rate:7.0f} req/s  p99 {outcome.p99_ms:6.1f} ms  ({statuses})")
    print(
        f"  emulator / ceiling: throughput {ours.rate / top.rate:.0%} (target 25%);"
        f" emulator / prism: throughput {ours.rate / theirs.rate:.2f}x,"
        f" p99 {ours.p99_ms / theirs.p99_ms:.2f}x (target at most 0.25x)"
    )
    print(f"  two workers on {os.cpu_count()} cores: {pair.rate / ours.rate:.2f}x one process's throughput")


def main() -> None:
    throughput()
    print("\nCost of one list page (20 items) through the app as the collection grows")
    cost_growth()


if __name__ == "__main__":
    main()
