"""Fuzz throughput: the same schemathesis coverage cases, every check on, against the emulator
in-process (through the ASGI app, no socket) and over HTTP (a server process on loopback), so
users can tell which to run in CI. Generating the cases is timed apart: it is the same work
for both transports, and often the larger part."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from bench.soak import ACCOUNT, CREDENTIALS, start
from xads_emulator.app import EmulatorApp
from xads_fuzz import Target, first_coverage_cases, load_schema, run_cases

PER_OPERATION = 12


def main() -> None:
    began = time.perf_counter()
    cases = first_coverage_cases(load_schema(12), PER_OPERATION)
    generating = time.perf_counter() - began
    with tempfile.TemporaryDirectory() as scratch:
        app = EmulatorApp(Path(scratch) / "in-process.sqlite3")
        inside = run_cases(cases, Target.in_process(app, CREDENTIALS, ACCOUNT, 12))
        process, url = start(Path(scratch) / "http.sqlite3")
        try:
            over_http = run_cases(cases, Target.over_http(url, CREDENTIALS, ACCOUNT))
        finally:
            process.terminate()
            process.wait()
    print(f"Fuzz throughput: the first {PER_OPERATION} coverage cases of each operation, every check on")
    print(f"  generating {len(cases)} cases (shared by both runs): {generating:.1f} s")
    for name, run in (("in-process (ASGI)", inside), ("over HTTP (loopback)", over_http)):
        rate = run.cases / run.seconds
        print(
            f"  {name:<21} {run.cases} cases in {run.seconds:5.1f} s: {rate:6.1f} cases/s, {len(run.failures)} failures"
        )
    ratio = (inside.cases / inside.seconds) / (over_http.cases / over_http.seconds)
    print(f"  in-process sends {ratio:.2f}x the cases per second of HTTP")


if __name__ == "__main__":
    main()
