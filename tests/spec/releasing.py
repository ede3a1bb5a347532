"""A scratch copy of the spec (and generator) for tests that cut releases, never touching the real tree.

Commands run as subprocesses with the copies first on PYTHONPATH, so `xads_spec` and
`xads_generator` resolve every path (spec/dist, spec/releases, the accepted-changes file,
templates) inside the copy.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from xads_spec import SPEC_DIR

REPO = SPEC_DIR.parent
IGNORED = shutil.ignore_patterns("__pycache__", "*.egg-info", "releases", "accepted-breaking-changes.yaml")


class Workspace:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.spec = root / "spec"
        shutil.copytree(SPEC_DIR, self.spec, ignore=IGNORED)
        shutil.copytree(REPO / "generator", root / "generator", ignore=IGNORED)

    def run(self, module: str, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        path = os.pathsep.join([str(self.spec), str(self.root / "generator"), os.environ.get("PYTHONPATH", "")])
        result = subprocess.run(
            [sys.executable, "-m", module, *args],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": path},
            cwd=self.root,
            check=False,
        )
        if check and result.returncode != 0:
            raise AssertionError(f"{module} {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
        return result

    def spec_cli(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return self.run("xads_spec", *args, check=check)

    def edit_yaml(self, relative: str) -> _YamlEdit:
        return _YamlEdit(self.spec / relative)


class _YamlEdit:
    """`with workspace.edit_yaml(path) as data:` loads, and on exit writes back, one source file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.data: dict[str, Any] = {}

    def __enter__(self) -> dict[str, Any]:
        self.data = yaml.safe_load(self.path.read_text(encoding="utf-8"))
        return self.data

    def __exit__(self, *exc: object) -> None:
        self.path.write_text(yaml.safe_dump(self.data, sort_keys=False, allow_unicode=True), encoding="utf-8")
