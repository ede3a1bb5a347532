"""Fixtures shared across test folders (the loopback recorder and the running emulator), and the
fuzz run's totals (tests/fuzz/summary.py: loaded here so pytest-xdist's controller has them)."""

from tests.fuzz.summary import pytest_sessionfinish, pytest_terminal_summary, pytest_testnodedown
from tests.support.emulator import api, emulator
from tests.support.loopback import recorder

__all__ = ["api", "emulator", "pytest_sessionfinish", "pytest_terminal_summary", "pytest_testnodedown", "recorder"]
