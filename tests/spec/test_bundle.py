"""The bundler and the version cut: dist/ in sync, markers honoured, nothing left to resolve."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from xads_spec import load_bundle, supported_versions
from xads_spec.build import stale_files
from xads_spec.bundle import BundleError, _merge, cut_version, operations


def test_dist_matches_sources() -> None:
    assert stale_files() == []


@pytest.mark.parametrize("version", [None, 11, 12])
def test_bundle_has_only_schema_refs(version: int | None) -> None:
    """openapi-python-client follows only #/components/schemas refs: everything else is inlined."""
    text = json.dumps(load_bundle(version))
    refs = {part.split('"')[0] for part in text.split('"$ref": "')[1:]}
    assert refs and all(ref.startswith("#/components/schemas/") for ref in refs)


def test_merge_refuses_duplicates() -> None:
    target: dict[str, Any] = {"paths": {"/a": {"get": {}}}}
    with pytest.raises(BundleError, match="/paths//a/get"):
        _merge(target, {"paths": {"/a": {"get": {}}}}, "")


SYNTHETIC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "x"},
    "servers": [],
    "paths": {
        "/old": {"get": {"operationId": "old_op", "x-removed-in": 5, "responses": {}}},
        "/new": {
            "post": {
                "operationId": "new_op",
                "x-since": 8,
                "parameters": [
                    {"name": "a", "in": "query", "x-since": 9},
                    {"name": "b", "in": "query"},
                ],
                "responses": {},
            }
        },
    },
    "components": {
        "schemas": {
            "Card": {
                "type": "object",
                "required": ["id", "preview_url"],
                "properties": {"id": {}, "preview_url": {"type": "string", "x-removed-in": 5}},
            }
        }
    },
}


@pytest.mark.parametrize(
    ("version", "ops", "params", "card_fields"),
    [
        (4, {"old_op"}, None, ["id", "preview_url"]),
        (5, set(), None, ["id"]),
        (8, {"new_op"}, ["b"], ["id"]),
        (9, {"new_op"}, ["a", "b"], ["id"]),
    ],
)
def test_cut_honours_markers(version: int, ops: set[str], params: list[str] | None, card_fields: list[str]) -> None:
    cut = cut_version(copy.deepcopy(SYNTHETIC), version)
    assert {op["operationId"] for _p, _m, op in operations(cut)} == ops
    if params is not None:
        assert [p["name"] for p in cut["paths"]["/new"]["post"]["parameters"]] == params
    card = cut["components"]["schemas"]["Card"]
    assert list(card["properties"]) == card_fields
    assert card["required"] == card_fields
    assert cut["servers"][0]["url"] == f"https://ads-api.x.com/{version}"


def _marked(node: Any, found: list[tuple[str, int]]) -> list[tuple[str, int]]:
    if isinstance(node, dict):
        for key in ("x-since", "x-removed-in"):
            if key in node:
                found.append((key, node[key]))
        for value in node.values():
            _marked(value, found)
    elif isinstance(node, list):
        for item in node:
            _marked(item, found)
    return found


def test_markers_are_integers() -> None:
    marks = _marked(load_bundle(), [])
    assert all(isinstance(value, int) and value > 0 for _key, value in marks)


@pytest.mark.parametrize("version", [11, 12])
def test_version_bundles_are_cuts_of_the_full_bundle(version: int) -> None:
    assert version in supported_versions()
    assert load_bundle(version) == json.loads(json.dumps(cut_version(copy.deepcopy(load_bundle()), version)))


def _extensions(node: Any, found: set[str]) -> set[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key.startswith("x-"):
                found.add(key)
            if key not in ("headers", "example", "examples", "x-reference-examples"):
                _extensions(value, found)
    elif isinstance(node, list):
        for item in node:
            _extensions(item, found)
    return found


def test_every_extension_is_documented() -> None:
    readme = (Path(__file__).resolve().parents[2] / "spec" / "README.md").read_text(encoding="utf-8")
    used = _extensions(load_bundle(), set()) | _extensions(load_bundle(12), set())
    assert sorted(key for key in used if f"`{key}`" not in readme) == []
