"""Each version's client has a function per operation of its bundle, and regeneration is reproducible."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

from xads_generator.generate import OUTPUT_ROOT, package_name
from xads_spec import load_bundle, supported_versions
from xads_spec.bundle import operations


def _snake(tag: str) -> str:
    return tag.lower().replace(" ", "_")


def _has_function(version: int, tag: str, operation_id: str) -> bool:
    try:
        module = importlib.import_module(f"{package_name(version)}.api.{_snake(tag)}.{operation_id}")
    except ModuleNotFoundError:
        return False
    return all(hasattr(module, name) for name in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"))


@pytest.mark.parametrize("version", [11, 12])
def test_client_matches_its_version_cut(version: int) -> None:
    present = {op["operationId"] for _p, _m, op in operations(load_bundle(version))}
    for _path, _method, op in operations(load_bundle()):
        assert _has_function(version, op["tags"][0], op["operationId"]) == (op["operationId"] in present), op[
            "operationId"
        ]


def test_every_version_has_a_committed_client() -> None:
    assert sorted(p.name for p in OUTPUT_ROOT.iterdir() if p.is_dir()) == [f"v{v}" for v in supported_versions()]


def test_regeneration_reproduces_the_committed_clients() -> None:
    result = subprocess.run([sys.executable, "-m", "xads_generator", "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
