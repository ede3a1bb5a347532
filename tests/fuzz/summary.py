"""The fuzz run's totals at the end of every run: cases sent per phase (and, with progress lines,
per operation) and how long building the coverage cases took. Registered by tests/conftest.py,
so that under pytest-xdist the controller, which collects nothing, adds up what each worker
sent (workers hand their counts over in `workeroutput`)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.fuzz.tally import BUILT, BY_OPERATION, SENT, export, merge

PROGRESS: list[pytest.TerminalReporter] = []  # the reporter, when progress lines are wanted


def pytest_sessionfinish(session: pytest.Session) -> None:
    workeroutput: dict[str, Any] | None = getattr(session.config, "workeroutput", None)
    if workeroutput is not None:  # a pytest-xdist worker
        workeroutput["fuzz_tally"] = export()


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: object) -> None:
    """pytest-xdist's hook, on the controller, as each worker ends."""
    counts = getattr(node, "workeroutput", {}).get("fuzz_tally")
    if counts:
        merge(counts)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not SENT:
        return
    if PROGRESS and BY_OPERATION:
        phases = sorted({phase for counted in BY_OPERATION.values() for phase in counted})
        width = max(len(operation) for operation in BY_OPERATION)
        names = [phase.removesuffix(" phase") for phase in phases]
        terminalreporter.write_line("")
        terminalreporter.write_line(f"{'operation':{width}}  " + "  ".join(f"{n:>9}" for n in [*names, "total"]))
        for operation, counted in sorted(BY_OPERATION.items()):
            cells = [counted.get(phase, 0) for phase in phases]
            terminalreporter.write_line(f"{operation:{width}}  " + "  ".join(f"{c:>9,}" for c in [*cells, sum(cells)]))
    summary = ", ".join(f"{phase} {n:,}" for phase, n in sorted(SENT.items()))
    built = f"; coverage cases built in {max(BUILT):.1f} s" if BUILT else ""
    terminalreporter.write_line(f"schemathesis cases sent: {sum(SENT.values()):,} ({summary}){built}")
