"""JSON Schema checks compiled once per schema, and their errors told in words.

jsonschema-rs keeps the 2020-12 semantics of the `jsonschema` package and runs in
native code, which is what lets a 2,500-operation batch be checked in less time than
parsing it takes. Its `iter_errors` builds every error before yielding the first, so
a body with 300,000 bad values would cost seconds: invalid bodies are instead walked
down their `properties`, `items` and `allOf` (each part compiled once), only invalid
parts are looked into, and the walk stops after `MAX_VIOLATIONS` problems.

Every error names the field at fault: `parameter` is the pointer of the field to add,
remove or fix, read from the failing keyword's schema, never the object that holds it:
- `required`, `if`/`then`, `dependentRequired`: the missing field; the message also names
  what required it (the `if` condition's fields, the `dependentRequired` trigger);
- `anyOf`/`oneOf`: the first field of the first alternative (a client adding it is done),
  the message listing every alternative; with a discriminator, the discriminator field;
- `not` over `required`: the last of the excluded fields present (`/slides` of a card with
  both `components` and `slides`); unknown fields: each its own entry.
Only a problem with the whole body (an array where an object goes, a batch over its
maxItems) is reported at `/`.
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Any

import jsonschema_rs

from xads_validators.violation import (
    INVALID_PARAMETER,
    MAX_VIOLATIONS,
    MISSING_PARAMETER,
    Location,
    Violation,
    truncated,
)

_MAX_SHOWN = 60
_SUBJECT = "\x00subject\x00"  # where a message made before its location is known names it
# Once MAX_VIOLATIONS are listed, at most this many more parts are checked to count the rest.
_MAX_COUNTED = 20_000
# Items of a list are checked this many at a time before one by one.
_CHUNK = 256
# Below any one schema that is not recursive, no valid body nests deeper than this.
_DEEPEST = 64
# Keywords that only describe: a `$ref` with nothing else but these is the schema it names.
_ANNOTATIONS = frozenset({"description", "title", "examples", "default", "deprecated", "$comment"})

Path = tuple[str | int, ...]


def _resolve(node: Any, components: dict[str, Any]) -> Any:
    """A schema with its plain `$ref`s followed (to a fixed point; cycles end where they start)."""
    seen: set[str] = set()
    while isinstance(node, dict) and "$ref" in node and node["$ref"] not in seen:
        if any(key not in _ANNOTATIONS and not key.startswith("x-") for key in node if key != "$ref"):
            break
        seen.add(node["$ref"])
        target: Any = {"components": components}
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target.get(part, {}) if isinstance(target, dict) else {}
        node = target
    return node


@dataclass(slots=True)
class _Budget:
    """How many problems may still be listed, and how many were found beyond that."""

    left: int
    unlisted: int = 0
    checks: int = _MAX_COUNTED

    @property
    def spent(self) -> bool:
        return self.left <= 0 and self.checks <= 0

    def visit(
        self,
        schema: CompiledSchema,
        value: Any,
        path: Callable[[], Path],
        out: list[_Found],
    ) -> None:
        """List a part's errors while the budget lasts; then only count invalid parts, once each."""
        if self.left > 0:
            if not schema.is_valid(value):
                schema.collect(value, path(), self, out)
        elif self.checks > 0:
            self.checks -= 1
            self.unlisted += 0 if schema.is_valid(value) else 1


@dataclass(slots=True)
class _Parts:
    """A schema split into its own keywords (`shell`) and the parts that apply to children."""

    shell: CompiledSchema | None
    pieces: list[CompiledSchema] = field(default_factory=list)
    items: CompiledSchema | None = None
    chunk: CompiledSchema | None = None  # `items` for a slice of the list: valid runs are skipped in native code
    properties: dict[str, CompiledSchema] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class _DepthLimit:
    """Where instances of a recursive schema start (`at`, `*` = any item), how each level
    reaches the next (`steps`), how many levels may nest (`x-max-depth`), and compiled checks:
    `within[d]` holds for a node at depth d + 1 that nests no deeper than allowed (the limit
    unrolled into plain JSON Schema, so a tree of any width is checked in native code)."""

    at: tuple[str, ...]
    steps: tuple[tuple[str, ...], ...]
    most: int
    within: tuple[CompiledSchema, ...]
    chunks: tuple[CompiledSchema, ...]  # `within` for a slice of a list of nodes


def _unrolled(steps: tuple[tuple[str, ...], ...], levels: int) -> list[dict[str, Any]]:
    """Schemas for "nests at most `levels` more levels", for levels, levels - 1, ... 1."""

    def along(step: tuple[str, ...], inner: dict[str, Any]) -> dict[str, Any]:
        for part in reversed(step):
            inner = {"items": inner} if part == "*" else {"properties": {part: inner}}
        return inner

    def last(step: tuple[str, ...]) -> dict[str, Any]:
        if step[-1] == "*":
            return along(step[:-1], {"maxItems": 0})
        return along(step[:-1], {"not": {"required": [step[-1]]}})

    schemas = [{"allOf": [last(step) for step in steps]}]
    while len(schemas) < levels:
        schemas.append({"allOf": [along(step, schemas[-1]) for step in steps]})
    return schemas[::-1]


class CompiledSchema:
    """A schema compiled once; `#/components/...` refs resolve into the bundle's components.

    Discriminated `oneOf` errors are re-checked against the branch the discriminator picks,
    so a bad card component reports its own fault instead of "matches none of the shapes".
    """

    def __init__(self, schema: dict[str, Any], components: dict[str, Any]) -> None:
        self.schema = schema
        self.components = components
        self.root: dict[str, Any] = {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            **schema,
            "components": components,
        }
        self.validator = jsonschema_rs.validator_for(self.root, validate_formats=True)
        self._branches: dict[str, CompiledSchema] = {}
        self._parts: _Parts | bool | None = False  # False: not split yet; None: nothing to split
        self._depth_limits: list[_DepthLimit] | None = None
        top = _resolve(schema, components)
        # The top-level bounds of a batch, read once: checked on every body before anything walks it.
        self.top: dict[str, Any] = top if isinstance(top, dict) else {}

    def is_valid(self, instance: Any) -> bool:
        return bool(self.validator.is_valid(instance))

    # -- bounded error listing ------------------------------------------------------------
    def errors(
        self, instance: Any, prefix: Path = ()
    ) -> Iterator[tuple[Path, jsonschema_rs.ValidationError, CompiledSchema]]:
        """(instance path, error, schema that raised it), discriminated unions narrowed to their branch."""
        for error in self.validator.iter_errors(instance):
            path = prefix + tuple(error.instance_path)
            branch = self._branch_for(error) if error.kind.name == "oneOf" else None
            if branch is None:
                yield path, error, self
            else:
                yield from branch.errors(error.instance, path)

    def collect(
        self,
        instance: Any,
        prefix: Path,
        budget: _Budget,
        out: list[_Found],
    ) -> None:
        """Append errors of an instance already known to be invalid, within the budget."""
        shape = _shape_error(_resolve(self.schema, self.components), instance)
        if shape is not None:
            budget.left -= 1
            out.append((prefix, shape, self))
            return
        parts = self._split()
        if parts is None:
            try:
                errors: list[_Found] = list(self.errors(instance, prefix))
            except ValueError:  # a failing value nests deeper than jsonschema-rs can report (255 levels)
                errors = [_too_deep_to_report(instance, prefix, self)]
            for found in errors:
                if budget.left <= 0:
                    budget.unlisted += 1  # iter_errors has built them all already: counting is free
                    continue
                budget.left -= 1
                out.append(found)
            return
        if parts.shell is not None and not parts.shell.is_valid(instance):
            parts.shell.collect(instance, prefix, budget, out)
        for piece in parts.pieces:
            budget.visit(piece, instance, lambda: prefix, out)
        if isinstance(instance, dict):
            for name, schema in parts.properties.items():
                if name in instance:
                    budget.visit(schema, instance[name], lambda name=name: (*prefix, name), out)  # type: ignore[misc]
        if parts.items is not None and parts.chunk is not None and isinstance(instance, list):
            for start in range(0, len(instance), _CHUNK):
                if budget.spent:
                    return
                chunk = instance[start : start + _CHUNK]
                if parts.chunk.is_valid(chunk):
                    continue
                for index, item in enumerate(chunk, start):
                    budget.visit(parts.items, item, lambda index=index: (*prefix, index), out)  # type: ignore[misc]

    def _split(self) -> _Parts | None:
        if self._parts is False:
            self._parts = self._make_parts()
        return self._parts  # type: ignore[return-value]

    def _make_parts(self) -> _Parts | None:
        node = _resolve(self.schema, self.components)
        if not isinstance(node, dict):
            return None
        rest = dict(node)
        parts = _Parts(None)
        unevaluated = "unevaluatedProperties" in rest or "unevaluatedItems" in rest
        if isinstance(rest.get("allOf"), list) and not unevaluated:
            parts.pieces = [self._part(member) for member in rest.pop("allOf")]
        if isinstance(rest.get("items"), dict) and "prefixItems" not in rest:
            parts.items = self._part(rest["items"])
            parts.chunk = self._part({"items": rest["items"]})
            rest["items"] = True
        if isinstance(rest.get("properties"), dict):
            parts.properties = {
                name: self._part(sub) for name, sub in rest["properties"].items() if isinstance(sub, dict)
            }
            rest["properties"] = {name: True for name in rest["properties"]}
        if not parts.pieces and parts.items is None and not parts.properties:
            return None
        if any(key not in _ANNOTATIONS and not key.startswith("x-") for key in rest):
            parts.shell = CompiledSchema(rest, self.components)
        return parts

    def _part(self, schema: dict[str, Any]) -> CompiledSchema:
        return CompiledSchema(schema, self.components)

    # -- depth limits of recursive schemas (x-max-depth) ------------------------------------
    def depth_limits(self) -> list[_DepthLimit]:
        if self._depth_limits is None:
            self._depth_limits = []
            self._find_limits(self.schema, (), set())
        return self._depth_limits

    def _find_limits(self, node: Any, at: tuple[str, ...], seen: set[str]) -> None:
        """Walk the schema (not the instance) to every schema that declares `x-max-depth`."""
        if isinstance(node, dict) and "$ref" in node:
            if node["$ref"] in seen:
                return
            seen = seen | {node["$ref"]}
        node = _resolve(node, self.components)
        if not isinstance(node, dict):
            return
        if "x-max-depth" in node:
            assert self._depth_limits is not None
            steps = tuple(nesting(node, self.components))
            most = int(node["x-max-depth"])
            unrolled = _unrolled(steps, most)
            within = tuple(self._part(schema) for schema in unrolled)
            chunks = tuple(self._part({"items": schema}) for schema in unrolled)
            self._depth_limits.append(_DepthLimit(at, steps, most, within, chunks))
            return
        for child, step in _children(node):
            self._find_limits(child, at + step, seen)

    # -- schema lookups -------------------------------------------------------------------
    def node_at(self, schema_path: list[str | int]) -> Any:
        node: Any = self.root
        for part in schema_path:
            node = node[part]
        return node

    def node_of(self, error: jsonschema_rs.ValidationError) -> dict[str, Any]:
        """The schema object holding the keyword that failed."""
        node = self.node_at(list(error.schema_path)[:-1])
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


def _children(node: dict[str, Any]) -> Iterator[tuple[Any, tuple[str, ...]]]:
    """Subschemas that apply to the same instance (step `()`) or to a child (`(name,)`, `("*",)`)."""
    if "$ref" in node and len(node) > 1:
        yield {"$ref": node["$ref"]}, ()
    for keyword in ("allOf", "anyOf", "oneOf"):
        for member in node.get(keyword) or []:
            yield member, ()
    if isinstance(node.get("items"), dict):
        yield node["items"], ("*",)
    for name, sub in (node.get("properties") or {}).items():
        yield sub, (name,)


def nesting(schema: dict[str, Any], components: dict[str, Any]) -> list[tuple[str, ...]]:
    """The instance paths by which a schema nests inside itself (`*` = any item); empty if it does not."""

    def steps_to(node: Any, at: tuple[str, ...], seen: frozenset[str]) -> Iterator[tuple[str, ...]]:
        for child, step in _children(node):
            if isinstance(child, dict) and "$ref" in child:
                if child["$ref"] in seen:
                    continue
                seen = seen | {child["$ref"]}
            resolved = _resolve(child, components)
            if resolved is schema:
                yield at + step
            elif isinstance(resolved, dict):
                yield from steps_to(resolved, at + step, seen)

    return list(steps_to(schema, (), frozenset()))


def compile_schema(schema: dict[str, Any], components: dict[str, Any]) -> CompiledSchema:
    return CompiledSchema(schema, components)


# -- words ----------------------------------------------------------------------------------


def _show(value: Any) -> str:
    if isinstance(value, list | dict):
        text = f"a list of {len(value)}" if isinstance(value, list) else f"an object with {len(value)} field(s)"
    else:
        text = repr(value) if not isinstance(value, str) else f'"{value}"'
    return text if len(text) <= _MAX_SHOWN else text[: _MAX_SHOWN - 3] + "..."


def _pointer(path: Path) -> str:
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


def _names(names: list[str]) -> str:
    quoted = [f"`{name}`" for name in names]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]


def _field_condition(schema: dict[str, Any], name: str) -> str:
    """What a branch asks of one field beyond its presence (`with at least 1 item`)."""
    constraint = (schema.get("properties") or {}).get(name)
    if not isinstance(constraint, dict):
        return ""
    if "minItems" in constraint:
        return f" with at least {constraint['minItems']} item(s)"
    if "minLength" in constraint:
        return f" of at least {constraint['minLength']} character(s)"
    if "const" in constraint:
        return f" = {constraint['const']!r}"
    return ""


def _fields_of(schema: Any) -> list[str]:
    return list(schema.get("required") or []) if isinstance(schema, dict) else []


def _alternative(schema: Any, components: dict[str, Any]) -> str:
    """One `anyOf`/`oneOf` branch in words: the fields it needs, else the value it takes."""
    schema = _resolve(schema, components)
    if not isinstance(schema, dict):
        return "anything" if schema else "nothing"
    if fields := _fields_of(schema):
        return " and ".join(f"`{name}`{_field_condition(schema, name)}" for name in fields)
    if "const" in schema:
        return repr(schema["const"])
    if "enum" in schema:
        return "one of " + ", ".join(map(str, schema["enum"]))
    kind = schema.get("format") or schema.get("type") or schema.get("title") or "another shape"
    return f"a {kind}" if isinstance(kind, str) else "a " + " or ".join(map(str, kind))


def _condition(schema: Any, holds: bool) -> str:
    """An `if` subschema in words, or its negation when `holds` is false."""
    if not isinstance(schema, dict):
        return "the condition holds"
    negated = isinstance(schema.get("not"), dict) and set(schema) == {"not"}
    if negated:
        schema, holds = schema["not"], not holds
    fields = _fields_of(schema)
    if not fields:
        return "the condition holds" if holds else "the condition does not hold"
    given = " and ".join(f"`{name}`{_field_condition(schema, name)}" for name in fields)
    verb = ("is" if len(fields) == 1 else "are") + ("" if holds else " not")
    return f"{given} {verb} given"


@dataclass(frozen=True, slots=True)
class _Said:
    """An error in words: the rule keyword, the message, and the field at fault (relative path)."""

    keyword: str
    message: str
    field: Path = ()
    code: str = INVALID_PARAMETER


def _explain(error: jsonschema_rs.ValidationError, subject: str, owner: CompiledSchema) -> _Said | list[_Said]:
    """An error in words; unknown fields are one entry each, so each names its field."""
    kind = error.kind
    keyword = kind.name
    if type(kind).__name__ == "OneOfMultipleValid":
        keyword = "oneOfMultiple"
    facts: dict[str, Any] = kind.as_dict() if keyword not in ("anyOf", "oneOf", "oneOfMultiple") else {}
    schema_path = list(error.schema_path)
    node = owner.node_of(error)
    components = owner.components
    if keyword == "required":
        return _requirement(error, subject, owner, schema_path, node, facts["property"])
    if keyword in ("anyOf", "oneOf", "oneOfMultiple"):
        return _alternatives(error, subject, node, keyword, components)
    if keyword == "not":
        excluded = _fields_of(node.get("not"))
        present = [name for name in excluded if isinstance(error.instance, dict) and name in error.instance]
        if present:
            return _Said(
                "not",
                f"{subject} combines {_names(excluded)}, which exclude each other; send only one",
                (present[-1],),
            )
        return _Said("not", f"{subject} must not be {_alternative(node.get('not'), components)}")
    if keyword in ("additionalProperties", "unevaluatedProperties"):
        unexpected = [str(name) for name in facts.get("unexpected", [])]
        return [_Said(keyword, f"{subject} has unknown field `{name}`", (name,)) for name in unexpected]
    got = _show(error.instance) if keyword not in ("minItems", "maxItems", "uniqueItems") else ""
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
        "uniqueItems": f"{subject} has duplicate items",
    }
    return _Said(keyword, messages.get(keyword, f"{subject}: {error.message}"))


def _requirement(
    error: jsonschema_rs.ValidationError,
    subject: str,
    owner: CompiledSchema,
    schema_path: list[str | int],
    node: dict[str, Any],
    missing: str,
) -> _Said:
    """A missing field, with what made it required: `dependentRequired` or an `if`."""
    instance = error.instance if isinstance(error.instance, dict) else {}
    if schema_path[-1:] == ["dependentRequired"]:
        triggers = [
            name for name, needs in node.get("dependentRequired", {}).items() if name in instance and missing in needs
        ]
        because = f"because {_names(triggers)} {'is' if len(triggers) == 1 else 'are'} given" if triggers else ""
        return _Said(
            "dependentRequired", f"{subject} needs `{missing}` {because}".rstrip(), (missing,), MISSING_PARAMETER
        )
    if len(schema_path) >= 2 and schema_path[-2] in ("then", "else"):
        holder = owner.node_at(schema_path[:-2])
        condition = _condition(holder.get("if") if isinstance(holder, dict) else None, schema_path[-2] == "then")
        return _Said("required", f"{subject} needs `{missing}` because {condition}", (missing,), MISSING_PARAMETER)
    return _Said("required", f"{subject} is missing the required field `{missing}`", (missing,), MISSING_PARAMETER)


def _alternatives(
    error: jsonschema_rs.ValidationError, subject: str, node: dict[str, Any], keyword: str, components: dict[str, Any]
) -> _Said:
    """`anyOf`/`oneOf` in words: the alternatives that would satisfy it, from their branches."""
    branches = node.get("oneOf" if keyword.startswith("oneOf") else "anyOf") or []
    instance = error.instance
    discriminator = node.get("discriminator")
    if isinstance(discriminator, dict) and isinstance(instance, dict):
        # A discriminated union whose discriminator names no branch: the discriminator is at fault.
        name = discriminator["propertyName"]
        options = ", ".join(discriminator.get("mapping", {}))
        if name not in instance:
            return _Said(keyword, f"{subject} needs `{name}`, one of {options}", (name,), MISSING_PARAMETER)
        return _Said(keyword, f"`{name}` of {subject} must be one of {options}; got {_show(instance[name])}", (name,))
    described = [_alternative(branch, components) for branch in branches]
    fields = [name for branch in branches for name in _fields_of(_resolve(branch, components))]
    if keyword == "oneOfMultiple":
        present = [name for name in fields if isinstance(instance, dict) and name in instance]
        at = (present[-1],) if present else ()
        return _Said(keyword, f"{subject} matches more than one of: {'; '.join(described)}; send only one", at)
    if fields and len(fields) >= len(branches):
        return _Said(keyword, f"{subject} needs {' or '.join(described)}", (fields[0],), MISSING_PARAMETER)
    return _Said(keyword, f"{subject} must be {' or '.join(described)}, got {_show(instance)}")


_Found = tuple[Path, "jsonschema_rs.ValidationError | _Said", "CompiledSchema"]
_JSON_TYPES: dict[str, Callable[[Any], bool]] = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "integer": lambda v: (isinstance(v, int) and not isinstance(v, bool)) or (isinstance(v, float) and v.is_integer()),
}


def _shape_error(node: Any, instance: Any) -> _Said | None:
    """A wrong type, too many items or too long a string, told from the schema without asking
    jsonschema-rs, whose error would carry (and copy) the whole value, however large; nothing
    inside such a value is looked at."""
    if not isinstance(node, dict):
        return None
    kinds = node.get("type")
    kinds = [kinds] if isinstance(kinds, str) else kinds
    if isinstance(kinds, list) and not any(_JSON_TYPES.get(kind, lambda _v: True)(instance) for kind in kinds):
        return _Said("type", f"{_SUBJECT} must be of type {' or '.join(kinds)}, got {_show(instance)}")
    if isinstance(instance, list) and len(instance) > node.get("maxItems", len(instance)):
        said = f"{_SUBJECT} has {_count(instance, 'items')}; " + _bounds(node, "minItems", "maxItems", "items")
        return _Said("maxItems", said)
    if isinstance(instance, str) and len(instance) > node.get("maxLength", len(instance)):
        said = f"{_SUBJECT} is {_count(instance, 'characters')} long; " + _bounds(
            node, "minLength", "maxLength", "characters"
        )
        return _Said("maxLength", said)
    return None


@functools.cache
def _nests_at_most(levels: int, chunk: bool = False) -> jsonschema_rs.Validator:
    """A value (or, with `chunk`, each item of a list) nests at most `levels` containers deep."""
    defs: dict[str, Any] = {"d0": {"not": {"type": ["array", "object"]}}}
    for level in range(1, levels + 1):
        below = {"$ref": f"#/$defs/d{level - 1}"}
        defs[f"d{level}"] = {"items": below, "additionalProperties": below}
    top = {"$ref": f"#/$defs/d{levels}"}
    return jsonschema_rs.validator_for({"$defs": defs, **({"items": top} if chunk else top)})


def _too_deep_to_report(instance: Any, prefix: Path, owner: CompiledSchema) -> _Found:
    """The branch of `instance` that nests past _DEEPEST levels, found in native code level by
    level (chunks of a list at a time), as an error of its own: no request schema goes that deep
    outside recursive schemas, which x-max-depth bounds first."""
    path, node, left = prefix, instance, _DEEPEST
    while left > 0:
        children = list(enumerate(node)) if isinstance(node, list) else list(node.items())
        values = [value for _key, value in children]
        index = next(
            (
                index
                for start in range(0, len(values), _CHUNK)
                if not _nests_at_most(left - 1, chunk=True).is_valid(values[start : start + _CHUNK])
                for index in range(start, min(start + _CHUNK, len(values)))
                if not _nests_at_most(left - 1).is_valid(values[index])
            ),
            None,
        )
        if index is None:
            break
        path, node, left = (*path, children[index][0]), values[index], left - 1
    message = f"{_SUBJECT} nests more than {_DEEPEST} levels below `{_pointer(prefix) or '/'}`; no field goes that deep"
    return path, _Said("maxDepth", message), owner


def _rule(keyword: str) -> str:
    return "spec." + "".join(f"_{c.lower()}" if c.isupper() else c for c in keyword)


def _violation(path: Path, said: _Said, location: Location, parameter: str | None) -> Violation:
    full = (*path, *said.field)
    if location == "body":
        where = _pointer(full) or "/"
    else:
        pointer = _pointer(full)
        where = f"{parameter}{pointer}" if said.field else (parameter or "")
    return Violation(_rule(said.keyword), location, where, said.message, said.code)


def _subject(path: Path, location: Location, parameter: str | None) -> str:
    pointer = _pointer(path)
    if location == "body":
        return f"`{pointer or '/'}`"
    return f"`{parameter}`" + (f" item {pointer.lstrip('/')}" if pointer else "")


@contextmanager
def collector_paused() -> Iterator[None]:
    """CPython's cycle collector off while a body is parsed and checked: both allocate as they go,
    and each collection that triggers scans the whole parsed body again (a 5 MB body is millions
    of containers: seconds instead of a tenth of one). Nothing made here holds a cycle, so
    refcounting frees it all; the collector is back on afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def bound_violations(schema: CompiledSchema, instance: Any, location: Location = "body") -> list[Violation]:
    """Limits that hold before anything walks the body: the top-level `maxItems` of a batch
    (no item is looked at when there are too many) and each recursive schema's `x-max-depth`."""
    if not schema.depth_limits() and not isinstance(instance, list):
        return []  # nothing to bound: no walk, no pause
    with collector_paused():
        return _bound_violations(schema, instance, location)


def _bound_violations(schema: CompiledSchema, instance: Any, location: Location) -> list[Violation]:
    node = schema.top
    if isinstance(instance, list) and len(instance) > int(node.get("maxItems", len(instance))):
        message = f"`/` has {_count(instance, 'items')}; " + _bounds(node, "minItems", "maxItems", "items")
        return [Violation("spec.max_items", location, "/", message)]
    found = []
    for limit in schema.depth_limits():
        for pointer, tree in _select([("", instance)], limit.at):
            deepest = _too_deep(pointer, tree, limit)
            if deepest is not None:
                field = deepest.rsplit("/", 1)[-1]
                message = (
                    f"`{pointer or '/'}` nests more than {limit.most} levels deep; "
                    f"`{field}` at level {limit.most} must be empty"
                )
                found.append(Violation("spec.max_depth", location, deepest, message))
    return found


def _select(nodes: list[tuple[str, Any]], steps: tuple[str, ...]) -> list[tuple[str, Any]]:
    """(pointer, value) of what `steps` (keys, `*` = every item) reach from each node."""
    for step in steps:
        following: list[tuple[str, Any]] = []
        for pointer, node in nodes:
            if step == "*" and isinstance(node, list):
                following.extend((f"{pointer}/{index}", item) for index, item in enumerate(node))
            elif isinstance(node, dict) and step in node:
                following.append((f"{pointer}/{step}", node[step]))
        nodes = following
    return nodes


def _first_invalid(items: list[Any], item: CompiledSchema, chunk: CompiledSchema) -> int | None:
    """Index of the first invalid item; valid runs are skipped a chunk at a time in native code."""
    for start in range(0, len(items), _CHUNK):
        if not chunk.is_valid(items[start : start + _CHUNK]):
            return next(index for index in range(start, len(items)) if not item.is_valid(items[index]))
    return None


def _too_deep(pointer: str, tree: Any, limit: _DepthLimit) -> str | None:
    """The pointer of the field that nests past the limit: checked whole in native code, then
    followed down the first branch that fails, level by level (no recursion)."""
    if limit.within[0].is_valid(tree):
        return None
    node, depth = tree, 1
    while True:
        for step in limit.steps:
            for where, child in _select([(pointer, node)], step[:-1] if step[-1] == "*" else step):
                children = child if step[-1] == "*" and isinstance(child, list) else [child]
                if step[-1] == "*" and not children:
                    continue
                if depth == limit.most:
                    return where
                bad = _first_invalid(children, limit.within[depth], limit.chunks[depth])
                if bad is not None:
                    node, depth = children[bad], depth + 1
                    pointer = f"{where}/{bad}" if step[-1] == "*" else where
                    break
            else:
                continue
            break
        else:
            return None


def schema_violations(
    schema: CompiledSchema,
    instance: Any,
    location: Location,
    parameter: str | None,
    limit: int = MAX_VIOLATIONS,
) -> list[Violation]:
    """Schema errors of `instance`, the first `limit` in full and the rest counted in one
    summary entry; body errors are located by JSON pointer."""
    if schema.is_valid(instance):
        return []
    with collector_paused():
        return _schema_violations(schema, instance, location, parameter, limit)


def _schema_violations(
    schema: CompiledSchema, instance: Any, location: Location, parameter: str | None, limit: int
) -> list[Violation]:
    budget = _Budget(limit)
    found: list[_Found] = []
    schema.collect(instance, (), budget, found)
    violations = []
    for path, error, owner in found:
        subject = _subject(path, location, parameter)
        if isinstance(error, _Said):
            said: _Said | list[_Said] = replace(error, message=error.message.replace(_SUBJECT, subject))
        else:
            said = _explain(error, subject, owner)
        violations += [
            _violation(path, one, location, parameter) for one in (said if isinstance(said, list) else [said])
        ]
    violations = list(dict.fromkeys(violations))  # two parts of one schema may fail on the same deep value
    if budget.unlisted:
        violations.append(truncated(budget.unlisted, location))
    return violations
