"""The README's first command does its job: every step of the main job passes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _state_of(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p): (p.stat().st_size, p.stat().st_mtime_ns) for p in folder.rglob("*")} if folder.exists() else {}


def test_main_job_passes_every_step() -> None:
    before = _state_of(ROOT / "var")
    result = subprocess.run(
        [sys.executable, "-m", "demo.main_job"], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "summary: 11 of 11 steps passed" in result.stdout
    assert "[spec.min_items]" in result.stdout  # the pre-flight refusal is shown
    assert "checked by schemathesis, 0 failures" in result.stdout  # the short fuzz ran
    assert _state_of(ROOT / "var") == before  # `make emulator`'s database is left as it was
