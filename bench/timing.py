"""Timing helpers shared by the benchmarks: best-of-N wall time per call, printed as ratios."""

from __future__ import annotations

import time
from collections.abc import Callable


def per_call(function: Callable[[], object], *, calls: int, rounds: int = 5, warmup: int = 3) -> float:
    """Seconds per call, the best of `rounds` runs of `calls` calls (after warm-up)."""
    for _ in range(warmup):
        function()
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(calls):
            function()
        best = min(best, (time.perf_counter() - start) / calls)
    return best


def row(label: str, ours: float, peer: float, peer_name: str) -> str:
    return f"{label:<44} ours {ours * 1e6:>10.1f} µs   {peer_name} {peer * 1e6:>10.1f} µs   ratio {peer / ours:>7.1f}x"
