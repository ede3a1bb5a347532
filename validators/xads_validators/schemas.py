"""JSON Schema checks compiled once per schema, and their errors told in words.

jsonschema-rs keeps the 2020-12 semantics of the `jsonschema` package and runs in
native code, which is what lets a 2,500-operation batch be checked in less time than
parsing it takes.
"""

from __future__ import annotations

from typing import Any

import jsonschema_rs

from xads_validators.violation import Location, Violation

_MAX_SHOWN = 60


def compile_schema(schema: dict[str, Any], components: dict[str, Any]) -> jsonschema_rs.Validator:
    """A validator for `schema`, whose `#/components/...` refs resolve into the bundle's components."""
    root = {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema, "components": components}
    return jsonschema_rs.validator_for(root, validate_formats=True)


def _show(value: Any) -> str:
    text = repr(value) if not isinstance(value, str) else f'"{value}"'
    return text if len(text) <= _MAX_SHOWN else text[: _MAX_SHOWN - 3] + "..."


def _pointer(path: list[str | int]) -> str:
    return "/" + "/".join(str(part).replace("~", "~0").replace("/", "~1") for part in path) if path else ""


def _count(instance: Any, unit: str) -> str:
    return f"{len(instance)} {unit}" if isinstance(instance, list | str | dict) else "?"


def _explain(error: jsonschema_rs.ValidationError, subject: str) -> tuple[str, str]:
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
        "minLength": f"{subject} is {_count(error.instance, 'characters')} long; at least {limit} required",
        "maxLength": f"{subject} is {_count(error.instance, 'characters')} long; at most {limit} allowed",
        "minItems": f"{subject} has {_count(error.instance, 'items')}; at least {limit} required",
        "maxItems": f"{subject} has {_count(error.instance, 'items')}; at most {limit} allowed",
        "minProperties": f"{subject} has {_count(error.instance, 'fields')}; at least {limit} required",
        "maxProperties": f"{subject} has {_count(error.instance, 'fields')}; at most {limit} allowed",
        "pattern": f"{subject} does not match the format {facts.get('pattern')}: {got}",
        "format": f"{subject} is not a valid {facts.get('format')}: {got}",
        "required": f"{subject} is missing the required field `{facts.get('property')}`",
        "additionalProperties": f"{subject} has unknown field(s) {', '.join(map(str, facts.get('unexpected', [])))}",
        "unevaluatedProperties": f"{subject} has unknown field(s) "
        f"{', '.join(map(str, facts.get('unexpected', [])))}",
        "oneOf": f"{subject} matches none of the allowed shapes",
        "oneOfMultiple": f"{subject} matches more than one of the allowed shapes",
        "anyOf": f"{subject} matches none of the allowed shapes: {got}",
        "not": f"{subject} combines fields that cannot be combined",
        "uniqueItems": f"{subject} has duplicate items",
    }
    rule = "".join(f"_{c.lower()}" if c.isupper() else c for c in keyword)
    return rule, messages.get(keyword, f"{subject}: {error.message}")


def schema_violations(
    validator: jsonschema_rs.Validator,
    instance: Any,
    location: Location,
    parameter: str | None,
) -> list[Violation]:
    """Every schema error of `instance`; body errors are located by JSON pointer."""
    violations = []
    for error in validator.iter_errors(instance):
        pointer = _pointer(list(error.instance_path))
        if location == "body":
            where = pointer or "/"
            subject = f"`{where}`"
        else:
            where = parameter or ""
            subject = f"`{parameter}`" + (f" item {pointer.lstrip('/')}" if pointer else "")
        keyword, message = _explain(error, subject)
        code = "MISSING_PARAMETER" if keyword == "required" else "INVALID_PARAMETER"
        violations.append(Violation(f"spec.{keyword}", location, where, message, code))
    return violations
