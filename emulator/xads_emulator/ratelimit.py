"""Fixed-window rate limits per user and operation, with the Ads API's headers on every answer."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from xads_spec import load_bundle
from xads_validators.operations import Operation

DEFAULT_LIMIT = (100_000, 900)


@dataclass
class Rate:
    limit: int
    remaining: int
    reset: int
    exceeded: bool

    def headers(self) -> list[tuple[bytes, bytes]]:
        return [
            (b"x-rate-limit-limit", str(self.limit).encode()),
            (b"x-rate-limit-remaining", str(max(0, self.remaining)).encode()),
            (b"x-rate-limit-reset", str(self.reset).encode()),
        ]


class RateLimiter:
    """Limits come from the spec (`x-rate-limit` per operation, `x-rate-limits.with_total_count`);
    everything else gets a generous default, configurable for tests."""

    def __init__(self, default: tuple[int, int] = DEFAULT_LIMIT) -> None:
        """`default` is (requests, window seconds) for operations the spec gives no limit."""
        self.default = default
        self._with_total = load_bundle().get("x-rate-limits", {}).get("with_total_count")
        self._windows: dict[tuple[Any, ...], tuple[int, int]] = {}
        self._lock = threading.Lock()

    def _limit(self, operation: Operation | None, with_total_count: bool) -> tuple[int, int, str]:
        if with_total_count and self._with_total:
            return int(self._with_total["requests"]), int(self._with_total["window_seconds"]), "total"
        spec = operation.spec.get("x-rate-limit") if operation else None
        if spec:
            return int(spec["requests"]), int(spec["window_seconds"]), "operation"
        return self.default[0], self.default[1], "default"

    def take(self, key: tuple[str, str], operation: Operation | None, with_total_count: bool, now: float) -> Rate:
        """Count one request against its window."""
        return self._count(key, operation, with_total_count, now, 1)

    def peek(self, key: tuple[str, str], operation: Operation | None, with_total_count: bool, now: float) -> Rate:
        """The window's state without counting (answers refused before an operation is known)."""
        return self._count(key, operation, with_total_count, now, 0)

    def _count(
        self, key: tuple[str, str], operation: Operation | None, with_total_count: bool, now: float, cost: int
    ) -> Rate:
        limit, window, scope = self._limit(operation, with_total_count)
        start = int(now // window * window)
        with self._lock:
            began, used = self._windows.get((*key, scope), (start, 0))
            if began != start:
                began, used = start, 0
            used += cost
            if cost:
                self._windows[(*key, scope)] = (began, used)
        return Rate(limit, limit - used, began + window, used > limit)
