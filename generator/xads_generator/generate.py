"""Run openapi-python-client on one version's bundle, reproducibly.

Wire-format fixes live in the custom templates under generator/templates (comma-joined
lists, true/false, UTC `Z` timestamps); this module only checks the spec asks for nothing
those templates cannot send, prepares the inputs and runs the generator, whose post hooks
(generator/config.yaml) format the output with the venv's ruff. Nothing in the output
depends on the time or the machine, so the same spec always yields the same bytes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

from xads_spec import load_bundle
from xads_spec.bundle import operations
from xads_spec.releases import changelog, client_version

GENERATOR_DIR = Path(__file__).resolve().parent.parent
ROOT = GENERATOR_DIR.parent
TEMPLATES = GENERATOR_DIR / "templates"
CONFIG = GENERATOR_DIR / "config.yaml"
OUTPUT_ROOT = ROOT / "generated_client"


class GenerationError(Exception):
    """The spec uses something the templates cannot put on the wire correctly."""


def package_name(version: int) -> str:
    return f"xads_client_v{version}"


SCALAR_TYPES = {"string", "integer", "number", "boolean", "null"}


def _resolve(document: dict[str, Any], schema: Any) -> dict[str, Any]:
    """Follow local `$ref`s (the bundle has no others) to the schema they name."""
    while isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        node: Any = document
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        schema = node
    return schema if isinstance(schema, dict) else {}


def _branches(document: dict[str, Any], schema: Any) -> list[dict[str, Any]]:
    """A schema and, through anyOf/oneOf/allOf, every alternative it admits."""
    resolved = _resolve(document, schema)
    found = [resolved]
    for keyword in ("anyOf", "oneOf", "allOf"):
        for branch in resolved.get(keyword, []):
            found += _branches(document, branch)
    return found


def _types(schema: dict[str, Any]) -> set[str]:
    declared = schema.get("type")
    if isinstance(declared, str):
        return {declared}
    if isinstance(declared, list):
        return set(declared)
    return {"object"} if "properties" in schema else set()


def check_wire_assumptions(document: dict[str, Any]) -> None:
    """Refuse parameters the templates cannot put on the wire the Ads API's way.

    The templates send every list as one comma-joined value of scalars and every other
    parameter as one scalar value; an exploded list, a list of objects or an object
    parameter would silently go out in some other shape, so generation stops instead.
    """
    for path, method, operation in operations(document):
        for parameter in operation.get("parameters", []):
            where = f"{method.upper()} {path}: {parameter.get('in')} parameter {parameter.get('name')}"
            for schema in _branches(document, parameter.get("schema", {})):
                types = _types(schema)
                if "object" in types:
                    raise GenerationError(f"{where} is an object; the Ads API takes scalars and comma lists only")
                if "array" not in types:
                    continue
                if parameter.get("in") != "query":
                    raise GenerationError(f"{where} is a list; only query parameters may be lists")
                if parameter.get("style", "form") != "form" or parameter.get("explode", True) is not False:
                    raise GenerationError(f"{where} must be style form, explode false (one comma-separated value)")
                for item in _branches(document, schema.get("items", {})):
                    if not _types(item) <= SCALAR_TYPES:
                        raise GenerationError(f"{where} must list scalars, not {sorted(_types(item))}")


def _config(version: int, directory: Path) -> Path:
    settings = yaml.safe_load(CONFIG.read_text(encoding="utf-8"))
    settings.update(
        project_name_override=f"xads-client-v{version}",
        package_name_override=package_name(version),
        package_version_override=client_version(version),
    )
    path = directory / "config.yaml"
    path.write_text(yaml.safe_dump(settings), encoding="utf-8")
    return path


def _environment() -> dict[str, str]:
    """The venv's bin/ first on PATH, so the config's post hooks run the project's pinned ruff."""
    scripts = str(Path(sys.executable).parent)
    return {**os.environ, "PATH": os.pathsep.join([scripts, os.environ.get("PATH", "")])}


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
            # `uv` writes a PEP 621 pyproject.toml with a build backend (uv_build, PEP 660
            # editable installs), so `pip install -e generated_client/vN` works; `setup` would
            # write a setup.py beside a pyproject.toml holding only ruff settings.
            "--meta",
            "uv",
            "--output-path",
            str(target),
            "--fail-on-warning",
        ]
        result = subprocess.run(command, capture_output=True, text=True, check=False, env=_environment())
        if result.returncode != 0:
            output_text = result.stdout + result.stderr
            raise GenerationError(f"openapi-python-client failed for version {version}:\n{output_text}")
        (target / "CHANGELOG.md").write_text(changelog(version), encoding="utf-8")
        _mirror(target, output)
    return output


def _mirror(source: Path, destination: Path) -> None:
    """Make `destination` hold exactly the files of `source`, rewriting only those that changed.

    Unchanged files keep their mtime, so the Makefile's install stamp (which depends on the
    generated pyproject.toml files) does not reinstall the clients after every regeneration.
    """
    wanted = {p.relative_to(source) for p in source.rglob("*") if p.is_file()}
    marker = destination / "pyproject.toml"
    is_client = marker.is_file() and 'name = "xads-client-v' in marker.read_text(encoding="utf-8")
    if destination.exists() and any(destination.iterdir()) and not is_client:
        raise GenerationError(f"{destination} is neither empty nor a generated client; not overwriting it")
    if destination.exists():
        for path in sorted(destination.rglob("*"), reverse=True):
            relative = path.relative_to(destination)
            if "__pycache__" in relative.parts:
                continue
            if path.is_file() and relative not in wanted:
                path.unlink()
            elif path.is_dir() and not any(path.iterdir()):
                path.rmdir()
    for relative in sorted(wanted):
        fresh = (source / relative).read_bytes()
        target = destination / relative
        if not target.is_file() or target.read_bytes() != fresh:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(fresh)
