"""Run openapi-python-client on one version's bundle, reproducibly.

Wire-format fixes live in the custom templates under generator/templates (comma-joined
lists, true/false, UTC `Z` timestamps); this module only prepares the inputs, runs the
generator and formats its output, so the same spec always yields the same bytes.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

from xads_spec import load_bundle
from xads_spec.bundle import operations

GENERATOR_DIR = Path(__file__).resolve().parent.parent
ROOT = GENERATOR_DIR.parent
TEMPLATES = GENERATOR_DIR / "templates"
CONFIG = GENERATOR_DIR / "config.yaml"
OUTPUT_ROOT = ROOT / "generated_client"


class GenerationError(Exception):
    """The spec uses something the templates cannot put on the wire correctly."""


def package_name(version: int) -> str:
    return f"xads_client_v{version}"


def check_wire_assumptions(document: dict[str, Any]) -> None:
    """The templates join every list query parameter with commas; refuse a spec that wants otherwise."""
    for path, method, operation in operations(document):
        for parameter in operation.get("parameters", []):
            is_list = parameter.get("in") == "query" and parameter.get("schema", {}).get("type") == "array"
            if is_list and (parameter.get("style", "form") != "form" or parameter.get("explode", True) is not False):
                raise GenerationError(
                    f"{method.upper()} {path}: list parameter {parameter['name']} must be style form, explode false"
                )


def _config(version: int, directory: Path) -> Path:
    settings = yaml.safe_load(CONFIG.read_text(encoding="utf-8"))
    settings.update(project_name_override=f"xads-client-v{version}", package_name_override=package_name(version))
    path = directory / "config.yaml"
    path.write_text(yaml.safe_dump(settings), encoding="utf-8")
    return path


def _ruff(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "ruff", *args], check=True, capture_output=True)


def generate(version: int, output: Path) -> Path:
    """Write the client for `version` to `output` (replacing it) and return that folder."""
    document = load_bundle(version)
    check_wire_assumptions(document)
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        spec = work / "openapi.json"
        spec.write_text(json.dumps(document), encoding="utf-8")
        target = work / "client"
        command = [
            str(Path(sys.executable).with_name("openapi-python-client")),
            "generate",
            "--path",
            str(spec),
            "--config",
            str(_config(version, work)),
            "--custom-template-path",
            str(TEMPLATES),
            "--meta",
            "uv",
            "--output-path",
            str(target),
            "--fail-on-warning",
        ]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            output_text = result.stdout + result.stderr
            raise GenerationError(f"openapi-python-client failed for version {version}:\n{output_text}")
        _ruff("check", "--fix", "--quiet", "--exit-zero", "--config", str(target / "pyproject.toml"), str(target))
        _ruff("format", "--quiet", "--config", str(target / "pyproject.toml"), str(target))
        if output.exists():
            shutil.rmtree(output)
        output.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(target, output)
    return output
