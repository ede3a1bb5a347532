"""Progress and totals of the fuzz run, so a run's size is stated, not assumed: a note while
schemathesis builds its cases (it does so at collection), one line per operation as it finishes
in long runs (`make fuzz`, or -v); the totals at the end are tests/fuzz/summary.py's."""

from __future__ import annotations

import os
import time

import pytest

from tests.fuzz.summary import PROGRESS
from tests.fuzz.tally import BUILT, BY_OPERATION

_CONFORMS = "test_schemathesis.py::test_server_conforms"
_building: dict[str, float] = {}  # when collection of the module began


def pytest_collectstart(collector: pytest.Collector) -> None:
    """This conftest is loaded during collection, so the reporter is looked up here."""
    config = collector.config
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    if reporter is None or not collector.nodeid.endswith("test_schemathesis.py"):
        return
    reporter.ensure_newline()
    reporter.write_line("schemathesis: building the coverage cases of every operation (a few seconds)")
    _building["began"] = time.perf_counter()
    if not PROGRESS and ("XADS_FUZZ_EXAMPLES" in os.environ or config.getoption("verbose") > 0):
        PROGRESS.append(reporter)


def pytest_collectreport(report: pytest.CollectReport) -> None:
    if report.nodeid.endswith("test_schemathesis.py") and "began" in _building:
        BUILT.append(time.perf_counter() - _building.pop("began"))


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if not PROGRESS or report.when != "call" or _CONFORMS not in report.nodeid or not BY_OPERATION:
        return
    operation, phases = list(BY_OPERATION.items())[-1]  # the operation whose cases just ran
    detail = ", ".join(f"{phase.removesuffix(' phase')} {n:,}" for phase, n in sorted(phases.items()))
    PROGRESS[0].ensure_newline()
    PROGRESS[0].write_line(
        f"  {report.outcome:7} {operation}: {sum(phases.values()):,} cases ({detail}) in {report.duration:.1f} s"
    )
