"""Which component schemas requests use, read from the bundle (responses are the server's own)."""

from __future__ import annotations

from typing import Any

from xads_spec.bundle import operations


def request_schemas(document: dict[str, Any]) -> set[str]:
    """Names of the component schemas a request's parameters or body can reach."""
    schemas = document["components"]["schemas"]
    pending = [
        part
        for _path, _method, operation in operations(document)
        for part in (operation.get("parameters", []), operation.get("requestBody", {}))
    ]
    names: set[str] = set()
    while pending:
        node = pending.pop()
        if isinstance(node, dict):
            ref = node.get("$ref", "")
            name = ref.rsplit("/", 1)[-1] if ref.startswith("#/components/schemas/") else None
            if name and name not in names:
                names.add(name)
                pending.append(schemas[name])
            pending.extend(node.values())
        elif isinstance(node, list):
            pending.extend(node)
    return names
