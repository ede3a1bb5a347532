"""The spec as schemathesis should generate from it: recursive schemas unrolled to their `x-max-depth`.

JSON Schema cannot say how deep a recursive schema nests, so the spec says it in `x-max-depth`
(spec/README.md) and the validators check it before anything else. Schemathesis does not read
that extension and draws trees with no depth bound: Hypothesis gives up on a draw nested past
its own limit, so a batch of ten flexible-audience trees took 22 s of `make test`'s collection
and still produced no case. Unrolled, the limit is JSON Schema: level k of a schema declaring
`x-max-depth: N` refers to itself through a copy for level k + 1, and level N's self-references
admit nothing. An instance is valid under the unrolled document exactly when it is valid under
the spec and nests at most N levels, so generation draws only what the spec accepts, without
rejection, and checks read the same rules.
"""

from __future__ import annotations

import copy
import json
from typing import Any

_SCHEMAS = "#/components/schemas/"


def unrolled_to_max_depth(document: dict[str, Any]) -> dict[str, Any]:
    """A copy of a bundled OpenAPI document with every component schema that declares `x-max-depth`
    and refers to itself unrolled to that many levels (the outermost counts 1, as for the validators)."""
    document = copy.deepcopy(document)
    schemas: dict[str, Any] = document.get("components", {}).get("schemas", {})
    for name, schema in list(schemas.items()):
        levels = schema.get("x-max-depth") if isinstance(schema, dict) else None
        if not isinstance(levels, int) or json.dumps(_SCHEMAS + name) not in json.dumps(schema):
            continue
        names = [name] + [level_name(name, level) for level in range(2, levels + 1)]
        for level, level_schema_name in enumerate(names):
            inner = names[level + 1] if level + 1 < levels else None
            schemas[level_schema_name] = _pointing(schema, _SCHEMAS + name, inner)
            if level:
                del schemas[level_schema_name]["x-max-depth"]
    return document


def level_name(name: str, level: int) -> str:
    """The component holding level `level` of an unrolled schema (level 1 keeps the schema's own name)."""
    return f"{name}AtLevel{level}"


def _pointing(node: Any, reference: str, inner: str | None) -> Any:
    """`node` with each `$ref` to `reference` pointing at component `inner`, or admitting nothing if None."""
    if isinstance(node, list):
        return [_pointing(item, reference, inner) for item in node]
    if not isinstance(node, dict):
        return node
    if node.get("$ref") == reference:
        if inner is not None:
            return {**node, "$ref": _SCHEMAS + inner}
        rest = {key: value for key, value in node.items() if key != "$ref"}
        return {**rest, "allOf": [*rest.get("allOf", []), False]} if rest else False
    return {key: _pointing(value, reference, inner) for key, value in node.items()}
