"""Emulator benchmarks: throughput and p99 on a mixed read/write workload against Prism's mock
server on the same bundled spec (same requests), and the cost of a list page as a collection grows."""

from __future__ import annotations

import json
import statistics
import subprocess
import tempfile
import threading
import time
from multiprocessing import Process, Queue
from pathlib import Path

import httpx

from bench.soak import ACCOUNT, CREDENTIALS, start
from xads_client import OAuth1Auth
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


def _client_process(url: str, threads: int, seconds: float, seed: int, results: Queue[list[float]]) -> None:
    """One load-generating process: `threads` signed clients running the 70/30 read/write mix."""
    latencies: list[float] = []
    lock = threading.Lock()
    until = time.time() + seconds

    def run(n: int) -> None:
        mine: list[float] = []
        with httpx.Client(base_url=url, auth=OAuth1Auth(CREDENTIALS), timeout=30) as api:
            while time.time() < until:
                n += 1
                start = time.perf_counter()
                if n % 10 < 4:
                    api.get(f"/accounts/{ACCOUNT}/media_library", params={"count": 5})
                elif n % 10 < 7:
                    api.get(f"/accounts/{ACCOUNT}/cards/poll", params={"count": 20})
                elif n % 10 < 9:
                    api.post(
                        f"/accounts/{ACCOUNT}/preroll_call_to_actions",
                        params={
                            "line_item_id": "8v53k",
                            "call_to_action": "SHOP",
                            "call_to_action_url": "https://x.com",
                        },
                    )
                else:
                    api.post(
                        f"/accounts/{ACCOUNT}/cards", content=CAROUSEL, headers={"Content-Type": "application/json"}
                    )
                mine.append(time.perf_counter() - start)
        with lock:
            latencies.extend(mine)

    workers = [threading.Thread(target=run, args=(seed * 1000 + i,)) for i in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    results.put(latencies)


def workload(url: str, processes: int, threads: int, seconds: float) -> tuple[float, float]:
    """Requests per second and p99 latency (ms), load generated from several processes so the
    Python client (OAuth signing per request) is not the only thing measured."""
    results: Queue[list[float]] = Queue()
    began = time.time()
    spawned = [Process(target=_client_process, args=(url, threads, seconds, n, results)) for n in range(processes)]
    for process in spawned:
        process.start()
    latencies = [value for _ in spawned for value in results.get()]
    for process in spawned:
        process.join()
    elapsed = time.time() - began
    return len(latencies) / elapsed, statistics.quantiles(latencies, n=100)[98] * 1000


def prism(port: int) -> subprocess.Popen[bytes]:
    if not PRISM.exists():
        subprocess.run(
            ["npm", "ci", "--prefix", str(PRISM.parents[2]), "--no-audit", "--no-fund", "--loglevel=error"], check=True
        )
    command = [str(PRISM), "mock", "-h", "127.0.0.1", "-p", str(port), str(dist_path(12))]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(600):
        try:
            httpx.get(f"http://127.0.0.1:{port}/accounts", timeout=1)
            return process
        except httpx.TransportError:
            time.sleep(0.05)
    raise RuntimeError("prism did not start")


def _page_costs(directory: Path, size: int) -> tuple[float, float]:
    """Median µs for the first page and for a page behind a cursor, in a collection of `size`."""
    app = EmulatorApp(directory / f"growth{size}.sqlite3")
    with app.store.transaction():
        for i in range(size):
            item: dict[str, object] = {"id": f"g{i}", "line_item_id": "5gzog", "call_to_action": "SHOP"}
            app.store.put("preroll_call_to_actions", ACCOUNT, f"g{i}", item)
    cursor = app.store.page("preroll_call_to_actions", ACCOUNT, count=20).next_cursor
    costs = []
    for start_at in (None, cursor):
        timings = []
        for _ in range(300):
            began = time.perf_counter()
            app.store.page("preroll_call_to_actions", ACCOUNT, count=20, cursor=start_at)
            timings.append(time.perf_counter() - began)
        costs.append(statistics.median(timings) * 1e6)
    return costs[0], costs[1]


def cost_growth() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        small = _page_costs(Path(scratch), 100)
        large = _page_costs(Path(scratch), 100_000)
    for label, (first, following) in (("100 items", small), ("100,000 items", large)):
        print(f"  one page of 20 from {label:<14}: first page {first:7.1f} µs, next page {following:7.1f} µs")
    print(f"  growth ratio (100,000 / 100): first {large[0] / small[0]:.2f}x, next {large[1] / small[1]:.2f}x")


def main() -> None:
    processes, threads, seconds = 3, 6, 10.0
    with tempfile.TemporaryDirectory() as scratch:
        process, url = start(Path(scratch) / "bench.sqlite3")
        try:
            ours = workload(url, processes, threads, seconds)
        finally:
            process.terminate()
            process.wait()
    peer_process = prism(4011)
    try:
        theirs = workload("http://127.0.0.1:4011", processes, threads, seconds)
    finally:
        peer_process.terminate()
        peer_process.wait()
    print(f"Mixed read/write workload, {processes} processes x {threads} clients, {seconds:.0f} s each, over loopback")
    print(f"  emulator (state, validation, OAuth): {ours[0]:7.0f} req/s  p99 {ours[1]:6.1f} ms")
    print(f"  prism mock (same spec, same calls):  {theirs[0]:7.0f} req/s  p99 {theirs[1]:6.1f} ms")
    print(f"  throughput ratio {ours[0] / theirs[0]:.2f}x, p99 ratio {ours[1] / theirs[1]:.2f}x (lower is better)")
    print("\nCost growth of a list page (keyset pagination over the resources index)")
    cost_growth()


if __name__ == "__main__":
    main()
