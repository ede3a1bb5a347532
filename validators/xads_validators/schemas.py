"""JSON Schema checks compiled once per schema, and their errors told in words.

jsonschema-rs keeps the 2020-12 semantics of the `jsonschema` package and runs in
native code, which is what lets a 2,500-operation batch be checked in less time than
parsing it takes.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import jsonschema_rs

from xads_validators.violation import Location, Violation

_MAX_SHOWN = 60


class CompiledSchema:
    """A schema compiled once; `#/components/...` refs resolve into the bundle's components.

    Discriminated `oneOf` errors are re-checked against the branch the discriminator picks,
    so a bad card component reports its own fault instead of "matches none of the shapes".
    """

    def __init__(self, schema: dict[str, Any], components: dict[str, Any]) -> None:
        self.root: dict[str, Any] = {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            **schema,
            "components": components,
        }
        self.validator = jsonschema_rs.validator_for(self.root, validate_formats=True)
        self._branches: dict[str, CompiledSchema] = {}

    def is_valid(self, instance: Any) -> bool:
        return bool(self.validator.is_valid(instance))

    def errors(
        self, instance: Any, prefix: tuple[str | int, ...] = ()
    ) -> Iterator[tuple[tuple[str | int, ...], Any, dict[str, Any]]]:
        """(instance path, error, failing schema) triples, discriminated unions narrowed to their branch."""
        for error in self.validator.iter_errors(instance):
            path = prefix + tuple(error.instance_path)
            branch = self._branch_for(error) if error.kind.name == "oneOf" else None
            if branch is None:
                yield path, error, self.node_of(error)
            else:
                yield from branch.errors(error.instance, path)

    def node_of(self, error: jsonschema_rs.ValidationError) -> dict[str, Any]:
        """The schema object holding the keyword that failed."""
        node: Any = self.root
        for part in list(error.schema_path)[:-1]:
            node = node[part]
        return node if isinstance(node, dict) else {}

    def _branch_for(self, error: jsonschema_rs.ValidationError) -> CompiledSchema | None:
        node = self.node_of(error)
        discriminator = node.get("discriminator") if isinstance(node, dict) else None
        instance = error.instance
        if not discriminator or not isinstance(instance, dict):
            return None
        value = instance.get(discriminator["propertyName"])
        target = discriminator.get("mapping", {}).get(value) if isinstance(value, str) else None
        if target is None:
            return None
        if target not in self._branches:
            self._branches[target] = CompiledSchema({"$ref": target}, self.root["components"])
        return self._branches[target]


def compile_schema(schema: dict[str, Any], components: dict[str, Any]) -> CompiledSchema:
    return CompiledSchema(schema, components)


def _show(value: Any) -> str:
    text = repr(value) if not isinstance(value, str) else f'"{value}"'
    return text if len(text) <= _MAX_SHOWN else text[: _MAX_SHOWN - 3] + "..."


def _pointer(path: list[str | int]) -> str:
    return "/" + "/".join(str(part).replace("~", "~0").replace("/", "~1") for part in path) if path else ""


def _count(instance: Any, unit: str) -> str:
    if not isinstance(instance, list | str | dict):
        return "?"
    return f"{len(instance)} {unit.removesuffix('s') if len(instance) == 1 else unit}"


def _bounds(node: dict[str, Any], low: str, high: str, unit: str) -> str:
    """ "takes 2–6 items" when the schema gives both bounds, else the one that failed."""
    if low in node and high in node:
        span = f"exactly {node[low]}" if node[low] == node[high] else f"{node[low]}–{node[high]}"
        return f"takes {span} {unit}"
    if low in node:
        return f"at least {node[low]} required"
    return f"at most {node.get(high)} allowed"


def _explain(error: jsonschema_rs.ValidationError, subject: str, node: dict[str, Any]) -> tuple[str, str]:
    """(keyword, message) for one error; the keyword becomes the rule id `spec.<keyword>`."""
    kind = error.kind
    keyword = kind.name
    if type(kind).__name__ == "OneOfMultipleValid":
        keyword = "oneOfMultiple"
    facts: dict[str, Any] = kind.as_dict()
    got = _show(error.instance)
    limit = facts.get("limit")
    messages: dict[str, str] = {
        "type": f"{subject} must be of type {' or '.join(facts.get('types', []))}, got {got}",
        "enum": f"{subject} must be one of {', '.join(map(str, facts.get('options', [])))}; got {got}",
        "const": f"{subject} must be {_show(facts.get('expected_value'))}, got {got}",
        "minimum": f"{subject} must be at least {limit}, got {got}",
        "maximum": f"{subject} must be at most {limit}, got {got}",
        "exclusiveMinimum": f"{subject} must be more than {limit}, got {got}",
        "exclusiveMaximum": f"{subject} must be less than {limit}, got {got}",
        "minLength": f"{subject} is {_count(error.instance, 'characters')} long; "
        + _bounds(node, "minLength", "maxLength", "characters"),
        "maxLength": f"{subject} is {_count(error.instance, 'characters')} long; "
        + _bounds(node, "minLength", "maxLength", "characters"),
        "minItems": f"{subject} has {_count(error.instance, 'items')}; "
        + _bounds(node, "minItems", "maxItems", "items"),
        "maxItems": f"{subject} has {_count(error.instance, 'items')}; "
        + _bounds(node, "minItems", "maxItems", "items"),
        "minProperties": f"{subject} has {_count(error.instance, 'fields')}; at least {limit} required",
        "maxProperties": f"{subject} has {_count(error.instance, 'fields')}; at most {limit} allowed",
        "pattern": f"{subject} does not match the format {facts.get('pattern')}: {got}",
        "format": f"{subject} is not a valid {facts.get('format')}: {got}",
        "required": f"{subject} is missing the required field `{facts.get('property')}`",
        "additionalProperties": f"{subject} has unknown field(s) {', '.join(map(str, facts.get('unexpected', [])))}",
        "unevaluatedProperties": f"{subject} has unknown field(s) {', '.join(map(str, facts.get('unexpected', [])))}",
        "oneOf": f"{subject} matches none of the allowed shapes",
        "oneOfMultiple": f"{subject} matches more than one of the allowed shapes",
        "anyOf": f"{subject} matches none of the allowed shapes: {got}",
        "not": f"{subject} combines fields that cannot be combined",
        "uniqueItems": f"{subject} has duplicate items",
    }
    rule = "".join(f"_{c.lower()}" if c.isupper() else c for c in keyword)
    return rule, messages.get(keyword, f"{subject}: {error.message}")


def schema_violations(
    schema: CompiledSchema,
    instance: Any,
    location: Location,
    parameter: str | None,
) -> list[Violation]:
    """Every schema error of `instance`; body errors are located by JSON pointer."""
    if schema.is_valid(instance):
        return []
    violations = []
    for path, error, node in schema.errors(instance):
        pointer = _pointer(list(path))
        if location == "body":
            where = pointer or "/"
            subject = f"`{where}`"
        else:
            where = parameter or ""
            subject = f"`{parameter}`" + (f" item {pointer.lstrip('/')}" if pointer else "")
        keyword, message = _explain(error, subject, node)
        code = "MISSING_PARAMETER" if keyword == "required" else "INVALID_PARAMETER"
        violations.append(Violation(f"spec.{keyword}", location, where, message, code))
    return violations
