"""When to try a request again, and how long to wait first."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx

IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})


@dataclass(frozen=True)
class RetryPolicy:
    """Bounded retries. 429 waits for the rate-limit reset, 503 for `retry-after`; 500, 503,
    timeouts and lost connections back off exponentially with jitter. Only idempotent methods are
    retried unless `retry_non_idempotent` is set. `max_retries=0` turns retrying off."""

    max_retries: int = 3
    backoff_seconds: float = 0.5
    max_wait_seconds: float = 60.0
    retry_non_idempotent: bool = False
    clock: Callable[[], float] = field(default=time.time, repr=False)
    jitter: Callable[[], float] = field(default=random.random, repr=False)

    def may_retry(self, method: str, attempt: int, status: int | None = None) -> bool:
        """A 429 was not processed, so any method may repeat it; other failures only idempotent ones."""
        if attempt >= self.max_retries:
            return False
        return status == 429 or self.retry_non_idempotent or method.upper() in IDEMPOTENT

    def _backoff(self, attempt: int) -> float:
        return float(min(self.max_wait_seconds, self.backoff_seconds * 2**attempt * (0.5 + self.jitter())))

    def delay_after(self, response: httpx.Response, attempt: int) -> float | None:
        """Seconds to wait before the next attempt, or None when the response is final."""
        status = response.status_code
        if status == 429:
            # Wait for every exhausted window (remaining 0) to reset; when none says so, the account's
            # window takes precedence over the user's.
            windows = [
                (response.headers.get(f"{prefix}-remaining"), response.headers.get(f"{prefix}-reset", ""))
                for prefix in ("x-account-rate-limit", "x-rate-limit")
            ]
            exhausted = [int(reset) for remaining, reset in windows if remaining == "0" and reset.isdigit()]
            given = [int(reset) for _remaining, reset in windows if reset.isdigit()]
            if given:
                reset = max(exhausted) if exhausted else given[0]
                return min(self.max_wait_seconds, max(0.0, reset - self.clock()))
            return self._backoff(attempt)
        if status == 503:
            after = response.headers.get("retry-after", "")
            return min(self.max_wait_seconds, float(after)) if after.isdigit() else self._backoff(attempt)
        if status == 500:
            return self._backoff(attempt)
        return None

    def delay_after_timeout(self, attempt: int) -> float:
        return self._backoff(attempt)
