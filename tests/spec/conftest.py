"""Shared lookups into the bundled spec for the spec tests."""

from __future__ import annotations

from typing import Any

from xads_spec import load_bundle
from xads_spec.bundle import operations


def operation(operation_id: str, version: int | None = None) -> dict[str, Any]:
    for _path, _method, op in operations(load_bundle(version)):
        if op["operationId"] == operation_id:
            return op
    raise KeyError(operation_id)


def parameter(operation_id: str, name: str) -> dict[str, Any]:
    for param in operation(operation_id).get("parameters", []):
        if param["name"] == name:
            return dict(param)
    raise KeyError(f"{operation_id}: {name}")


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    """Follow local $refs until a schema body is reached."""
    document = load_bundle()
    while "$ref" in node:
        target: Any = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return dict(node)
