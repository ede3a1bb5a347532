"""`--deterministic`: the same ids, timestamps and generated values on every run.

Ids already come from counters in the database (ids.py) and generated values from hashes of
the request (domain/insights.py), so a run from the seed hands out the same ones; what varies
is the clock and where the database was left. A deterministic emulator starts from the seed
on a clock fixed at START, which moves only when told (/_emulator/clock, the fixture), and
draws the faults' probabilities and latencies from a generator seeded with SEED.
"""

from __future__ import annotations

from datetime import UTC, datetime

from xads_emulator.clock import Clock

START = datetime(2026, 1, 1, tzinfo=UTC)
SEED = 0


class FixedClock(Clock):
    """A clock that reads `start` (plus any moves) rather than real time."""

    def __init__(self, start: datetime = START) -> None:
        super().__init__()
        self._start = start

    def _base(self) -> datetime:
        return self._start
