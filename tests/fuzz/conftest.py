"""Progress and totals of the fuzz run, so a run's size is stated, not assumed: a note while
schemathesis builds its cases (it does so at collection), one line per operation as it finishes
in long runs (`make fuzz`, or -v), and at the end a table of cases per operation and phase and
how long building the coverage cases took."""

from __future__ import annotations

import os
import time

import pytest

from tests.fuzz.tally import BY_OPERATION, SENT

_CONFORMS = "test_schemathesis.py::test_server_conforms"
_progress: list[pytest.TerminalReporter] = []  # the reporter, when progress lines are wanted
_building: dict[str, float] = {}  # when collection of the module began, then how long it took


def pytest_collectstart(collector: pytest.Collector) -> None:
    """This conftest is loaded during collection, so the reporter is looked up here."""
    config = collector.config
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    if reporter is None or not collector.nodeid.endswith("test_schemathesis.py"):
        return
    reporter.ensure_newline()
    reporter.write_line("schemathesis: building the coverage cases of every operation (a few seconds)")
    _building["began"] = time.perf_counter()
    if not _progress and ("XADS_FUZZ_EXAMPLES" in os.environ or config.getoption("verbose") > 0):
        _progress.append(reporter)


def pytest_collectreport(report: pytest.CollectReport) -> None:
    if report.nodeid.endswith("test_schemathesis.py") and "began" in _building:
        _building["seconds"] = time.perf_counter() - _building.pop("began")


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if not _progress or report.when != "call" or _CONFORMS not in report.nodeid or not BY_OPERATION:
        return
    operation, phases = list(BY_OPERATION.items())[-1]  # the operation whose cases just ran
    detail = ", ".join(f"{phase.removesuffix(' phase')} {n:,}" for phase, n in sorted(phases.items()))
    _progress[0].ensure_newline()
    _progress[0].write_line(
        f"  {report.outcome:7} {operation}: {sum(phases.values()):,} cases ({detail}) in {report.duration:.1f} s"
    )


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not SENT:
        return
    if _progress and BY_OPERATION:
        phases = sorted({phase for counted in BY_OPERATION.values() for phase in counted})
        width = max(len(operation) for operation in BY_OPERATION)
        names = [phase.removesuffix(" phase") for phase in phases]
        terminalreporter.write_line("")
        terminalreporter.write_line(f"{'operation':{width}}  " + "  ".join(f"{n:>9}" for n in [*names, "total"]))
        for operation, counted in sorted(BY_OPERATION.items()):
            cells = [counted.get(phase, 0) for phase in phases]
            terminalreporter.write_line(f"{operation:{width}}  " + "  ".join(f"{c:>9,}" for c in [*cells, sum(cells)]))
    summary = ", ".join(f"{phase} {n:,}" for phase, n in sorted(SENT.items()))
    built = f"; coverage cases built in {_building['seconds']:.1f} s" if "seconds" in _building else ""
    terminalreporter.write_line(f"schemathesis cases sent: {sum(SENT.values()):,} ({summary}){built}")
