"""Each version's client has exactly its cut's operations and parameters, and regenerates byte for byte."""

from __future__ import annotations

import importlib
import inspect
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.generator.spec_walk import Operation, all_operations, python_name
from xads_generator.__main__ import _differences
from xads_generator.generate import OUTPUT_ROOT, generate, package_name
from xads_spec import load_bundle, supported_versions
from xads_spec.bundle import operations

VARIANTS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")
NEWEST = max(supported_versions())


def _module(version: int, tag: str, operation_id: str) -> ModuleType | None:
    try:
        return importlib.import_module(f"{package_name(version)}.api.{python_name(tag)}.{python_name(operation_id)}")
    except ModuleNotFoundError:
        return None


@pytest.mark.parametrize("operation", all_operations(NEWEST), ids=lambda op: op.id)
def test_every_operation_has_sync_and_asyncio_functions(operation: Operation) -> None:
    module = _module(NEWEST, operation.spec["tags"][0], operation.id)
    assert module is not None, f"{package_name(NEWEST)} has no module for {operation.id}"
    for name in VARIANTS:
        function = getattr(module, name, None)
        assert callable(function), f"{operation.id}.{name}"
    assert inspect.iscoroutinefunction(module.asyncio_detailed)


@pytest.mark.parametrize("version", supported_versions())
def test_client_has_exactly_the_operations_of_its_cut(version: int) -> None:
    """An operation of the full bundle is in a version's client if and only if that version's cut has it."""
    in_cut = {op["operationId"] for _p, _m, op in operations(load_bundle(version))}
    missing = []
    unexpected = []
    for _path, _method, op in operations(load_bundle()):
        present = _module(version, op["tags"][0], op["operationId"]) is not None
        if op["operationId"] in in_cut and not present:
            missing.append(op["operationId"])
        if op["operationId"] not in in_cut and present:
            unexpected.append(op["operationId"])
    assert (missing, unexpected) == ([], [])


def test_v11_lacks_exactly_what_the_v11_cut_lacks() -> None:
    """Spelled out for the two versions the project serves: cut from v11 means absent from xads_client_v11."""
    cut_v11 = {op["operationId"] for _p, _m, op in operations(load_bundle(11))}
    for _path, _method, op in operations(load_bundle()):
        generated = _module(11, op["tags"][0], op["operationId"]) is not None
        assert generated == (op["operationId"] in cut_v11), op["operationId"]


@pytest.mark.parametrize("version", supported_versions())
def test_signatures_have_exactly_the_parameters_of_the_cut(version: int) -> None:
    """Parameters cut from a version (x-since / x-removed-in) are not arguments of its client."""
    for operation in all_operations(version):
        signature = inspect.signature(operation.module.sync_detailed)
        expected = {python_name(p.name) for p in operation.parameters} | {"client"}
        if operation.json_body is not None:
            expected.add("body")
        assert set(signature.parameters) == expected, operation.id


def test_every_version_has_a_committed_client() -> None:
    committed = sorted(p.name for p in OUTPUT_ROOT.iterdir() if p.is_dir())
    assert committed == sorted(f"v{v}" for v in supported_versions())
    for version in supported_versions():
        assert (OUTPUT_ROOT / f"v{version}" / "pyproject.toml").is_file()
        assert (OUTPUT_ROOT / f"v{version}" / package_name(version) / "py.typed").is_file()


def test_check_passes_on_the_committed_output() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "xads_generator", "--check"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "matches" in result.stdout


def test_regeneration_is_byte_for_byte_reproducible(tmp_path: Path) -> None:
    first = generate(NEWEST, tmp_path / "first")
    second = generate(NEWEST, tmp_path / "second")
    assert _differences(first, second) == []


def test_differences_name_every_kind_of_change(tmp_path: Path) -> None:
    """What `--check` prints when generated_client/ was edited by hand or is stale."""
    committed = tmp_path / "committed"
    shutil.copytree(OUTPUT_ROOT / f"v{NEWEST}", committed, ignore=shutil.ignore_patterns("__pycache__"))
    (committed / "README.md").write_text("edited by hand\n", encoding="utf-8")
    (committed / "extra.py").write_text("", encoding="utf-8")
    (committed / "pyproject.toml").unlink()
    found = _differences(committed, OUTPUT_ROOT / f"v{NEWEST}")
    assert "only in committed: extra.py" in found
    assert "only in regenerated: pyproject.toml" in found
    assert any(line.startswith("differs: README.md (+") for line in found)
    assert len(found) == 3
