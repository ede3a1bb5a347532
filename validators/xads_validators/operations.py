"""The spec layer's index: which operation a method and path name, and what it accepts.

Built once per API version from the bundled document; nothing here restates a
parameter, limit or rule: it is all read from the spec.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple
from urllib.parse import unquote

from xads_spec import load_bundle
from xads_spec.bundle import operations as spec_operations
from xads_validators.read_only import Place, read_only_places
from xads_validators.schemas import CompiledSchema, compile_schema
from xads_validators.violation import NOT_FOUND, Violation

_PARAM = re.compile(r"\{([^}]+)\}")
# RFC 3986 path segments: one or more pchars each, so no empty segment (`//`, trailing `/`).
_CANONICAL = re.compile(r"(?:/[A-Za-z0-9\-._~!$&'()*+,;=:@%]+)+")
# A `%` not followed by two hex digits: refused in paths, queries and form bodies alike.
MALFORMED_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")
_ESCAPE = re.compile(r"%([0-9A-Fa-f]{2})")
# Characters a canonical path never percent-encodes: unreserved ones (RFC 3986 section 6.2.2.2) and `/`.
_PLAIN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/")

# What a validation profile may say about each kind of input it can be lenient with.
PROFILE_CHOICES = {
    "unknown-parameters": ("violation", "ignore"),
    "repeated-parameters": ("violation", "ignore"),
    "unknown-body-fields": ("violation",),
    "read-only-body-fields": ("violation", "ignore"),
}


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
    kind: str = field(init=False)  # the JSON type wire strings are coerced to
    item_kind: str = field(init=False)  # the same for the items of a list

    def __post_init__(self) -> None:
        self.kind = _primitive(self.schema)
        self.item_kind = _primitive(self.schema.get("items", {}))

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
    _read_only: tuple[Place | None] | None = field(default=None, repr=False)

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

    @property
    def read_only(self) -> Place | None:
        """Where the body schema's `readOnly` fields can sit; None when it has none (or no body)."""
        if self._read_only is None:
            places = read_only_places(self.body_schema, self.components) if self.body_schema else None
            self._read_only = (places,)
        return self._read_only[0]

    def in_location(self, location: str) -> dict[str, Parameter]:
        return {name: p for name, p in self.parameters.items() if p.location == location}


@dataclass(frozen=True, slots=True)
class Profile:
    """One entry of the spec's root `x-validation-profiles`: what is ignored rather than refused."""

    name: str
    ignore_unknown_parameters: bool
    ignore_repeated_parameters: bool
    ignore_read_only_body_fields: bool


def _profiles(document: dict[str, Any]) -> dict[str, Profile]:
    profiles: dict[str, Profile] = {}
    for name, settings in document.get("x-validation-profiles", {}).get("profiles", {}).items():
        for key, allowed in PROFILE_CHOICES.items():
            if settings.get(key) not in allowed:
                raise ValueError(f"x-validation-profiles {name}: {key} must be one of {allowed}")
        profiles[name] = Profile(
            name,
            settings["unknown-parameters"] == "ignore",
            settings["repeated-parameters"] == "ignore",
            settings["read-only-body-fields"] == "ignore",
        )
    return profiles


class Route(NamedTuple):
    """A request path routed once: every step of a server (authentication, account check, rate
    limit, validation, handler) reads this one, so none can see another path than the others.
    `params` are the path parameters decoded from the raw path, which is what a signature covers.
    (A named tuple: immutable, and built on every request at a fraction of a frozen dataclass's cost.)"""

    version: int
    path: str
    methods: Mapping[str, Operation]
    params: dict[str, str]

    def operation(self, method: str) -> Operation | None:
        return self.methods.get(method.upper())

    @property
    def allowed(self) -> str:
        return ", ".join(sorted(self.methods))


def _not_found(rule: str, message: str) -> Violation:
    return Violation(rule, "path", None, message, NOT_FOUND)


def non_canonical(path: str) -> str | None:
    """Why a raw request path is not in canonical form (so another spelling of a path could
    reach the same operation), or None when it is."""
    if not _CANONICAL.fullmatch(path) or ("%" in path and MALFORMED_ESCAPE.search(path)):
        return "it has an empty segment, a trailing slash or a character a path cannot carry"
    if "/." not in path and "%" not in path:
        return None  # the usual path: no dot segment can be in it, nothing is escaped
    if any(segment in (".", "..") for segment in path.split("/")):
        return "it has a `.` or `..` segment"
    if any(chr(int(code, 16)) in _PLAIN for code in _ESCAPE.findall(path)):
        return "it percent-encodes `/` or a character that needs no encoding"
    try:
        unquote(path, errors="strict")
    except UnicodeDecodeError:
        return "its percent-escapes are not UTF-8"
    return None


def route(path: str, versions: Sequence[int]) -> Route | Violation:
    """The route of a raw path (`/12/accounts/...`, no query), or the NOT_FOUND violation saying why none."""
    problem = non_canonical(path)
    if problem:
        return _not_found("spec.non_canonical_path", f"no operation at {path}: {problem}")
    version_text, _, rest = path[1:].partition("/")
    if not version_text.isdigit() or int(version_text) not in versions:
        return _not_found(
            "spec.unknown_version", f"API version {version_text!r} is not served; use one of {list(versions)}"
        )
    version = int(version_text)
    matched = version_index(version).match("/" + rest)
    if matched is None:
        return _not_found("spec.unknown_operation", f"no operation at /{rest} in version {version}")
    methods, raw = matched
    return Route(
        version, "/" + rest, methods, {name: unquote(value) if "%" in value else value for name, value in raw.items()}
    )


@dataclass(slots=True)
class _Node:
    """One path segment of the route tree: literal segments, then a parameter, then the operations ending here."""

    literals: dict[str, _Node] = field(default_factory=dict)
    parameter: tuple[str, _Node] | None = None
    methods: dict[str, Operation] | None = None

    def add(self, segments: list[str]) -> _Node:
        node = self
        for segment in segments:
            if parameter := _PARAM.fullmatch(segment):
                if node.parameter is None:
                    node.parameter = (parameter.group(1), _Node())
                node = node.parameter[1]
            else:
                node = node.literals.setdefault(segment, _Node())
        return node

    def find(self, segments: list[str], at: int, values: dict[str, str]) -> dict[str, Operation] | None:
        """Literal segments win over parameters, leftmost first; a dead end falls back to the parameter."""
        if at == len(segments):
            return self.methods
        segment = segments[at]
        literal = self.literals.get(segment)
        if literal is not None:
            found = literal.find(segments, at + 1, values)
            if found is not None:
                return found
        if self.parameter is not None and segment:
            name, node = self.parameter
            values[name] = segment
            found = node.find(segments, at + 1, values)
            if found is not None:
                return found
            del values[name]
        return None


class VersionIndex:
    """Routes of one API version."""

    def __init__(self, version: int) -> None:
        document = load_bundle(version)
        self.version = version
        self.document = document
        components = document.get("components", {})
        default_max = int(document.get("x-max-body-bytes", 0))
        self.by_id: dict[str, Operation] = {}
        self._tree = _Node()
        for path, method, spec in spec_operations(document):
            operation = _build(spec, method, path, version, components, default_max)
            self.by_id[operation.operation_id] = operation
            leaf = self._tree.add(path.strip("/").split("/"))
            if leaf.methods is None:
                leaf.methods = {}
            leaf.methods[method.upper()] = operation
        self.profiles = _profiles(document)

    def match(self, path: str) -> tuple[dict[str, Operation], dict[str, str]] | None:
        """Operations by method for a canonical `path` (relative to the version), with raw path values."""
        values: dict[str, str] = {}
        methods = self._tree.find(path[1:].split("/"), 0, values)
        return None if methods is None else (methods, values)


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
