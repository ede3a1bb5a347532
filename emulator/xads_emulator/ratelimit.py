"""Fixed-window rate limits per user and operation, with the Ads API's headers on every answer."""

from __future__ import annotations

from dataclasses import dataclass

from xads_emulator.storage import Store
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
    everything else gets a generous default, configurable for tests. The windows live in a
    Store: the app's own once it is attached (`attach`), so every process serving the same
    database counts against the same windows."""

    def __init__(self, default: tuple[int, int] = DEFAULT_LIMIT) -> None:
        """`default` is (requests, window seconds) for operations the spec gives no limit."""
        self.default = default
        self._with_total = load_bundle().get("x-rate-limits", {}).get("with_total_count")
        self._store = Store(":memory:")

    def attach(self, store: Store) -> None:
        """Count in `store` (the app's database) from now on."""
        self._store = store

    def _limit(self, operation: Operation | None, with_total_count: bool) -> tuple[int, int, str]:
        if with_total_count and self._with_total:
            return int(self._with_total["requests"]), int(self._with_total["window_seconds"]), "total"
        spec = operation.spec.get("x-rate-limit") if operation else None
        if spec:
            return int(spec["requests"]), int(spec["window_seconds"]), "operation"
        return self.default[0], self.default[1], "default"

    def take(self, key: tuple[str, str], operation: Operation | None, with_total_count: bool, now: float) -> Rate:
        """Count one request against its window (inside the request's transaction)."""
        return self._count(key, operation, with_total_count, now, 1)

    def peek(self, key: tuple[str, str], operation: Operation | None, with_total_count: bool, now: float) -> Rate:
        """The window's state without counting (answers refused before an operation is known)."""
        return self._count(key, operation, with_total_count, now, 0)

    def _count(
        self, key: tuple[str, str], operation: Operation | None, with_total_count: bool, now: float, cost: int
    ) -> Rate:
        limit, window, scope = self._limit(operation, with_total_count)
        began, used = self._store.rate_window((*key, scope), int(now // window * window), cost)
        return Rate(limit, limit - used, began + window, used > limit)
