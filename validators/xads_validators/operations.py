"""The spec layer's index: which operation a method and path name, and what it accepts.

Built once per API version from the bundled document; nothing here restates a
parameter, limit or rule: it is all read from the spec.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any

from xads_spec import load_bundle
from xads_spec.bundle import operations as spec_operations
from xads_validators.schemas import CompiledSchema, compile_schema

_PARAM = re.compile(r"\{([^}]+)\}")


@dataclass(frozen=True, slots=True)
class RuleRef:
    """One `x-rules` entry of an operation."""

    id: str
    statement: str
    kind: str
    args: dict[str, Any]


@dataclass(slots=True)
class Parameter:
    name: str
    location: str
    required: bool
    schema: dict[str, Any]
    explode: bool
    components: dict[str, Any] = field(repr=False)
    _validator: CompiledSchema | None = field(default=None, repr=False)

    @property
    def kind(self) -> str:
        """The JSON type wire strings are coerced to."""
        return _primitive(self.schema)

    @property
    def item_kind(self) -> str:
        return _primitive(self.schema.get("items", {}))

    @property
    def validator(self) -> CompiledSchema:
        if self._validator is None:
            self._validator = compile_schema(self.schema, self.components)
        return self._validator


def _primitive(schema: dict[str, Any]) -> str:
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "string")
    if kind is None:
        for branch in schema.get("anyOf", []) + schema.get("oneOf", []):
            return _primitive(branch)
        return "string"
    return str(kind)


@dataclass(slots=True)
class Operation:
    """One operation of one API version, with lazily compiled body schema."""

    operation_id: str
    method: str
    path: str
    version: int
    spec: dict[str, Any] = field(repr=False)
    parameters: dict[str, Parameter] = field(repr=False)
    rules: list[RuleRef] = field(repr=False)
    max_body_bytes: int = 0
    body_schema: dict[str, Any] | None = field(default=None, repr=False)
    components: dict[str, Any] = field(default_factory=dict, repr=False)
    _body_validator: CompiledSchema | None = field(default=None, repr=False)

    @property
    def takes_json(self) -> bool:
        return self.body_schema is not None

    @property
    def takes_batch(self) -> bool:
        """A batch takes a JSON array, applied all or nothing; item problems go by index."""
        schema = self.body_schema or {}
        schemas = self.components.get("schemas", {})
        while "$ref" in schema:
            schema = schemas.get(schema["$ref"].rsplit("/", 1)[-1], {})
        return schema.get("type") == "array"

    @property
    def body_required(self) -> bool:
        return bool(self.spec.get("requestBody", {}).get("required", False))

    @property
    def body_validator(self) -> CompiledSchema:
        if self._body_validator is None:
            assert self.body_schema is not None
            self._body_validator = compile_schema(self.body_schema, self.components)
        return self._body_validator

    def in_location(self, location: str) -> dict[str, Parameter]:
        return {name: p for name, p in self.parameters.items() if p.location == location}


@dataclass(slots=True)
class _Route:
    regex: re.Pattern[str]
    names: list[str]
    methods: dict[str, Operation]
    specificity: tuple[int, ...]


class VersionIndex:
    """Routes of one API version: literal segments win over parameters."""

    def __init__(self, version: int) -> None:
        document = load_bundle(version)
        self.version = version
        self.document = document
        components = document.get("components", {})
        default_max = int(document.get("x-max-body-bytes", 0))
        self.by_id: dict[str, Operation] = {}
        routes: dict[str, _Route] = {}
        for path, method, spec in spec_operations(document):
            operation = _build(spec, method, path, version, components, default_max)
            self.by_id[operation.operation_id] = operation
            route = routes.get(path)
            if route is None:
                segments = path.strip("/").split("/")
                pattern = "".join(
                    "/" + (f"(?P<{m.group(1)}>[^/]+)" if (m := _PARAM.fullmatch(s)) else re.escape(s)) for s in segments
                )
                route = _Route(
                    re.compile(f"^{pattern}$"),
                    _PARAM.findall(path),
                    {},
                    tuple(1 if _PARAM.fullmatch(s) else 0 for s in segments),
                )
                routes[path] = route
            route.methods[method.upper()] = operation
        self._routes = sorted(routes.values(), key=lambda r: (len(r.specificity), r.specificity))

    def match(self, path: str) -> tuple[dict[str, Operation], dict[str, str]] | None:
        """Operations by method for `path` (relative to the version), with raw path values."""
        for route in self._routes:
            found = route.regex.match(path)
            if found:
                return route.methods, found.groupdict()
        return None


def _build(
    spec: dict[str, Any], method: str, path: str, version: int, components: dict[str, Any], default_max: int
) -> Operation:
    parameters = {
        p["name"]: Parameter(
            name=p["name"],
            location=p["in"],
            required=bool(p.get("required", False)),
            schema=p.get("schema", {}),
            explode=bool(p.get("explode", p.get("style", "form") == "form")),
            components=components,
        )
        for p in spec.get("parameters", [])
    }
    rules = [
        RuleRef(r["id"], r.get("statement", ""), r.get("kind", "stateless"), dict(r.get("args", {})))
        for r in spec.get("x-rules", [])
    ]
    json_body = spec.get("requestBody", {}).get("content", {}).get("application/json")
    return Operation(
        operation_id=spec["operationId"],
        method=method.upper(),
        path=path,
        version=version,
        spec=spec,
        parameters=parameters,
        rules=rules,
        max_body_bytes=int(spec.get("x-max-body-bytes", default_max)),
        body_schema=json_body.get("schema") if json_body else None,
        components=components,
    )


@functools.cache
def version_index(version: int) -> VersionIndex:
    return VersionIndex(version)
