"""The emulator's clock: real time by default; tests and /_emulator/clock move it.

A moved clock must read between EARLIEST and LATEST: every date the API deals in fits, and
date arithmetic on the clock's reading (a day ahead, a window behind) can never overflow.
"""

from __future__ import annotations

import math
import threading
from datetime import UTC, datetime, timedelta

EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)
LATEST = datetime(2100, 1, 1, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self._offset = timedelta()
        self._lock = threading.Lock()

    def _base(self) -> datetime:
        """What the clock reads unmoved: real time (lab/deterministic.py fixes it)."""
        return datetime.now(UTC)

    def now(self) -> datetime:
        return self._base() + self._offset

    def set(self, moment: datetime) -> None:
        """Read `moment` from now on (ValueError outside EARLIEST..LATEST or without a time zone)."""
        if moment.tzinfo is None:
            raise ValueError("the time needs a time zone (e.g. Z)")
        _check(moment)
        with self._lock:
            self._offset = moment - self._base()

    def advance(self, seconds: float) -> None:
        """Move by `seconds` (either way); ValueError if not finite or the clock would leave its range."""
        change = step(seconds)
        with self._lock:
            _check(self._base() + self._offset + change)
            self._offset += change


def step(seconds: float) -> timedelta:
    """`seconds` as a move of the clock; ValueError for one no clock in range could make."""
    if not math.isfinite(seconds) or abs(seconds) > (LATEST - EARLIEST).total_seconds():
        raise ValueError(f"cannot move the clock by {seconds} seconds")
    return timedelta(seconds=seconds)


def _check(moment: datetime) -> None:
    if not EARLIEST <= moment < LATEST:
        raise ValueError(f"the clock must stay from {iso(EARLIEST)} to before {iso(LATEST)}, not {moment.isoformat()}")


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
