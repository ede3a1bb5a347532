"""The fuzz totals under pytest-xdist: what each worker sent reaches the controller's summary."""

from __future__ import annotations

from collections import Counter
from types import SimpleNamespace
from typing import Any

import pytest

from tests.fuzz import summary, tally


@pytest.fixture
def empty_tally(monkeypatch: pytest.MonkeyPatch) -> None:
    """The controller's view before any worker reported (the run's own counts set aside)."""
    sent: Counter[str] = Counter()
    monkeypatch.setattr(tally, "SENT", sent)
    monkeypatch.setattr(tally, "BY_OPERATION", {})
    monkeypatch.setattr(tally, "BUILT", [])
    for name in ("SENT", "BY_OPERATION", "BUILT"):
        monkeypatch.setattr(summary, name, getattr(tally, name))


def _worker(counts: list[tuple[str, str]], stateful: int, built: float) -> dict[str, Any]:
    """What one worker hands over at the end of its session, by the hook pytest calls there."""
    mine = tally.export()
    for operation, phase in counts:
        tally.count(operation, phase)
    tally.SENT["stateful calls"] += stateful
    tally.BUILT.append(built)
    config = SimpleNamespace(workeroutput={})
    summary.pytest_sessionfinish(SimpleNamespace(config=config))  # type: ignore[arg-type]
    handed: dict[str, Any] = config.workeroutput
    tally.SENT.clear()
    tally.BY_OPERATION.clear()
    tally.BUILT.clear()
    assert mine["sent"] == {}
    return handed


@pytest.mark.usefixtures("empty_tally")
def test_the_controller_adds_up_every_workers_counts(capsys: pytest.CaptureFixture[str]) -> None:
    first = _worker([("GET /cards", "coverage phase")] * 3 + [("POST /cards", "fuzzing phase")], 2, 7.5)
    second = _worker([("GET /cards", "coverage phase"), ("GET /tweets", "examples phase")], 1, 8.25)
    for handed in (first, second):
        summary.pytest_testnodedown(SimpleNamespace(workeroutput=handed), None)
    assert tally.SENT == {"coverage phase": 4, "fuzzing phase": 1, "examples phase": 1, "stateful calls": 3}
    assert tally.BY_OPERATION["GET /cards"] == {"coverage phase": 4}
    lines: list[str] = []
    summary.pytest_terminal_summary(SimpleNamespace(write_line=lines.append))  # type: ignore[arg-type]
    assert lines == [
        "schemathesis cases sent: 9 (coverage phase 4, examples phase 1, fuzzing phase 1, stateful calls 3);"
        " coverage cases built in 8.2 s"
    ]
