"""Prints how many cases the fuzz tests sent, so a run's size is stated, not assumed."""

from __future__ import annotations

import pytest

from tests.fuzz.tally import SENT


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if SENT:
        phases = ", ".join(f"{phase} {count:,}" for phase, count in sorted(SENT.items()))
        terminalreporter.write_line(f"schemathesis cases sent: {sum(SENT.values()):,} ({phases})")
