"""The emulator's clock: real time by default; tests and /_emulator/clock move it.

A moved clock must read between EARLIEST and LATEST: every date the API deals in fits, and
date arithmetic on the clock's reading (a day ahead, a window behind) can never overflow.
"""

from __future__ import annotations

import math
import threading
from datetime import UTC, datetime, timedelta

from xads_emulator.storage import Store

RUN_ENV = "XADS_EMULATOR_RUN"  # set by `serve --workers`: the run whose workers share one clock
EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)
LATEST = datetime(2100, 1, 1, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self._offset = timedelta()
        self._lock = threading.Lock()
        self._shared: tuple[Store, str] | None = None

    def share(self, store: Store, run: str) -> None:
        """Keep the offset in `store` for the run `run` (`serve --workers`), so that every worker
        process of that run reads the same clock; a new run starts unmoved."""
        self._shared = (store, f"clock:{run}")

    def _base(self) -> datetime:
        """What the clock reads unmoved: real time (lab/deterministic.py fixes it)."""
        return datetime.now(UTC)

    def _moved(self) -> timedelta:
        if self._shared is None:
            return self._offset
        store, name = self._shared
        return timedelta(microseconds=int(store.setting(name) or 0))

    def _move(self, offset: timedelta) -> None:
        self._offset = offset
        if self._shared is not None:
            store, name = self._shared
            store.set_setting(name, str(offset // timedelta(microseconds=1)))

    def now(self) -> datetime:
        return self._base() + self._moved()

    def set(self, moment: datetime) -> None:
        """Read `moment` from now on (ValueError outside EARLIEST..LATEST or without a time zone)."""
        if moment.tzinfo is None:
            raise ValueError("the time needs a time zone (e.g. Z)")
        _check(moment)
        with self._lock:
            self._move(moment - self._base())

    def advance(self, seconds: float) -> None:
        """Move by `seconds` (either way); ValueError if not finite or the clock would leave its range."""
        change = step(seconds)
        with self._lock:
            moved = self._moved() + change
            _check(self._base() + moved)
            self._move(moved)


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
