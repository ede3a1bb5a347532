"""Every example written in the spec validates against the schema it illustrates."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from xads_spec import load_bundle
from xads_spec.bundle import operations

BUNDLE = load_bundle()
REGISTRY: Registry[Any] = Registry().with_resource("urn:bundle", DRAFT202012.create_resource(BUNDLE))


def _validator(schema: dict[str, Any]) -> Draft202012Validator:
    """Validate against a schema taken from the bundle, its local refs resolving into the bundle."""
    wrapped = {"$id": "urn:example", "$defs": {}, **_rebase(schema)}
    return Draft202012Validator(wrapped, registry=REGISTRY, format_checker=Draft202012Validator.FORMAT_CHECKER)


def _rebase(node: Any) -> Any:
    if isinstance(node, dict):
        return {
            k: ("urn:bundle" + v if k == "$ref" and isinstance(v, str) and v.startswith("#") else _rebase(v))
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_rebase(item) for item in node]
    return node


def _examples() -> Iterator[Any]:
    for path, method, op in operations(BUNDLE):
        where = f"{method.upper()} {path}"
        for param in op.get("parameters", []):
            if "example" in param:
                yield pytest.param(param["schema"], param["example"], id=f"{where} param {param['name']}")
        for media in op.get("requestBody", {}).get("content", {}).values():
            if "example" in media:
                yield pytest.param(media["schema"], media["example"], id=f"{where} request body")
            for name, ex in media.get("examples", {}).items():
                yield pytest.param(media["schema"], ex["value"], id=f"{where} request body {name}")
        for status, response in op.get("responses", {}).items():
            for media in response.get("content", {}).values():
                if "example" in media:
                    yield pytest.param(media["schema"], media["example"], id=f"{where} {status}")
                for name, ex in media.get("examples", {}).items():
                    yield pytest.param(media["schema"], ex["value"], id=f"{where} {status} {name}")


@pytest.mark.parametrize(("schema", "example"), list(_examples()))
def test_example_matches_schema(schema: dict[str, Any], example: Any) -> None:
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in _validator(schema).iter_errors(example)]
    assert errors == []
