"""A short soak run: concurrent mixed load and a SIGKILL under writes, with the soak's own checks."""

from __future__ import annotations

from bench.emulator import MIX
from bench.load import drive, presign
from bench.soak import kill_phase, load_phase
from tests.support.emulator import DEMO, Emulator


def test_short_soak_finds_no_failure() -> None:
    assert load_phase(clients=4, seconds=2) == []
    assert kill_phase(clients=4, seconds=1.5) == []


def test_benchmark_load_is_accepted_in_full(emulator: Emulator) -> None:
    """The throughput comparison counts answers; they must be successes, each nonce used once."""
    signed = presign(emulator.url, DEMO, [MIX[n % len(MIX)] for n in range(60)])
    outcome = drive(emulator.url, signed, connections=4)
    assert outcome.statuses == {200: 60}
    assert len(outcome.latencies) == 60
    replayed = drive(emulator.url, signed[:4], connections=2)
    assert replayed.statuses == {401: 4}
