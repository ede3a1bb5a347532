"""A short soak run: concurrent mixed load and a SIGKILL under writes, with the soak's own checks."""

from __future__ import annotations

from bench.soak import kill_phase, load_phase


def test_short_soak_finds_no_failure() -> None:
    assert load_phase(clients=4, seconds=2) == []
    assert kill_phase(clients=4, seconds=1.5) == []
