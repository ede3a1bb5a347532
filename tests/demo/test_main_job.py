"""The README's first command does its job: every step of the main job passes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_main_job_passes_every_step() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "demo.main_job"], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "summary: 11 of 11 steps passed" in result.stdout
    assert "[spec.min_items]" in result.stdout  # the pre-flight refusal is shown
    assert "checked by schemathesis, 0 failures" in result.stdout  # the short fuzz ran
