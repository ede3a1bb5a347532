"""Walk a version's bundle to call the generated client the way the spec describes.

The wire tests choose operations by what their parameters look like, not by name, so they
keep covering every parameter style as operations are added. This module turns wire
values (as the reference writes them) into the Python values the generated functions take,
using the functions' own type hints, and states independently of the templates how each
value must look on the wire.
"""

from __future__ import annotations

import datetime
import enum
import importlib
import inspect
import re
import types
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

from openapi_python_client.strings import PythonIdentifier

from xads_spec import load_bundle
from xads_spec.bundle import operations

UTC = datetime.UTC
DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def python_name(name: str) -> str:
    """The identifier openapi-python-client gives a tag, operationId or parameter."""
    return str(PythonIdentifier(name, prefix=""))


def resolve(document: dict[str, Any], schema: Any) -> dict[str, Any]:
    while isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        node: Any = document
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node[part]
        schema = node
    return schema if isinstance(schema, dict) else {}


def alternatives(document: dict[str, Any], schema: Any) -> list[dict[str, Any]]:
    """The schema and every anyOf/oneOf branch of it, resolved."""
    resolved = resolve(document, schema)
    found = [resolved]
    for keyword in ("anyOf", "oneOf"):
        for branch in resolved.get(keyword, []):
            found += alternatives(document, branch)
    return found


def _types(schema: dict[str, Any]) -> set[str]:
    declared = schema.get("type", [])
    return {declared} if isinstance(declared, str) else set(declared)


@dataclass(frozen=True)
class Parameter:
    document: dict[str, Any]
    spec: dict[str, Any]

    @property
    def name(self) -> str:
        return str(self.spec["name"])

    @property
    def location(self) -> str:
        return str(self.spec["in"])

    @property
    def schemas(self) -> list[dict[str, Any]]:
        return alternatives(self.document, self.spec.get("schema", {}))

    def has_type(self, name: str) -> bool:
        return any(name in _types(s) for s in self.schemas)

    def has_format(self, name: str) -> bool:
        return any(s.get("format") == name for s in self.schemas)

    @property
    def is_comma_list(self) -> bool:
        return self.has_type("array") and self.spec.get("style", "form") == "form" and self.spec.get("explode") is False

    def sample(self) -> str:
        """A wire value for this parameter: the spec's example where it has one, never just the default.

        Lists get two items (unless maxItems is 1), so joining them shows on the wire.
        """
        schema = self.schemas[0]
        if not self.has_type("array"):
            if "example" in self.spec:
                return _wire(self.spec["example"])
            return _scalar_sample(schema, self.schemas)
        items = alternatives(self.document, schema.get("items", {}))[0]
        example = self.spec.get("example")
        values = [_wire(v) for v in example] if isinstance(example, list) else str(example or "").split(",")
        values = [v for v in values if v] or [_scalar_sample(items)]
        if len(values) < 2 and schema.get("maxItems") != 1:
            others = [_wire(v) for v in items.get("enum", []) if _wire(v) != values[0]]
            values.append(others[0] if others else values[0] + "2")
        return ",".join(values[:1] if schema.get("maxItems") == 1 else values)


def _wire(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _scalar_sample(schema: dict[str, Any], choices: list[dict[str, Any]] | None = None) -> str:
    """An example, an enum value, or a value of the right type; the default only as a last resort."""
    for key in ("examples", "enum"):
        if schema.get(key):
            return _wire(schema[key][0])
    if "example" in schema:
        return _wire(schema["example"])
    formats = {s.get("format") for s in choices or [schema]}
    kinds = set().union(*(_types(s) for s in choices or [schema]))
    if "date-time" in formats:
        return "2026-01-02T03:04:05Z"
    if "date" in formats:
        return "2026-01-02"
    if "boolean" in kinds:
        return "false" if schema.get("default") is True else "true"
    if "integer" in kinds or "number" in kinds:
        return str(schema.get("minimum", 1))
    if "uri" in formats:
        return "https://example.com/x"
    if "default" in schema:
        return _wire(schema["default"])
    return "sample"


@dataclass(frozen=True)
class Operation:
    """One operation of one version's bundle, with the generated module that calls it."""

    version: int
    path: str
    method: str
    spec: dict[str, Any]

    @property
    def id(self) -> str:
        return str(self.spec["operationId"])

    @property
    def document(self) -> dict[str, Any]:
        return load_bundle(self.version)

    @property
    def module_name(self) -> str:
        return f"xads_client_v{self.version}.api.{python_name(self.spec['tags'][0])}.{python_name(self.id)}"

    @cached_property
    def module(self) -> Any:
        return importlib.import_module(self.module_name)

    @property
    def parameters(self) -> list[Parameter]:
        return [Parameter(self.document, p) for p in self.spec.get("parameters", [])]

    def of(self, location: str) -> list[Parameter]:
        return [p for p in self.parameters if p.location == location]

    @property
    def json_body(self) -> dict[str, Any] | None:
        """The requestBody's application/json content, if the operation takes a JSON body."""
        content: dict[str, Any] | None = self.spec.get("requestBody", {}).get("content", {}).get("application/json")
        return content

    @property
    def base_path(self) -> str:
        return str(urlsplit(self.document["servers"][0]["url"]).path)

    def answer(self) -> Any:
        """The operation's documented 200 body (what the recording server sends back), or None."""
        content = self.spec["responses"]["200"].get("content", {}).get("application/json", {})
        if "example" in content:
            return content["example"]
        examples = list(content.get("examples", {}).values())
        return examples[0].get("value") if examples else None

    def answer_class(self) -> str | None:
        """The model the 200 body parses into: the component the schema names, if it names one."""
        schema = self.spec["responses"]["200"].get("content", {}).get("application/json", {}).get("schema", {})
        ref = schema.get("$ref")
        return ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None

    def body_example(self) -> Any:
        assert self.json_body is not None
        if "example" in self.json_body:
            return self.json_body["example"]
        return next(iter(self.json_body["examples"].values()))["value"]

    def hints(self) -> dict[str, Any]:
        return typing.get_type_hints(self.module.sync_detailed)

    def signature_defaults(self) -> dict[str, Any]:
        """Keyword defaults of the generated function: those the client sends unasked."""
        signature = inspect.signature(self.module.sync_detailed)
        unset = importlib.import_module(f"xads_client_v{self.version}.types").UNSET
        return {
            name: p.default
            for name, p in signature.parameters.items()
            if p.default is not inspect.Parameter.empty and p.default is not unset
        }


def all_operations(version: int) -> list[Operation]:
    return [Operation(version, path, method, op) for path, method, op in operations(load_bundle(version))]


def first(version: int, predicate: Callable[[Operation], bool]) -> Operation | None:
    return next((op for op in all_operations(version) if predicate(op)), None)


# --- from wire strings to the Python values the generated functions take -----------------------


def _unwrap(hint: Any) -> list[Any]:
    """The members of a union hint other than Unset/None."""
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        return [h for arg in typing.get_args(hint) for h in _unwrap(arg)]
    if hint is type(None) or getattr(hint, "__name__", "") == "Unset":
        return []
    return [hint]


def to_python(hint: Any, wire: str) -> Any:
    """Build the value a generated function takes for a parameter the reference writes as `wire`."""
    members = _unwrap(hint)
    for member in members:
        if typing.get_origin(member) is list:
            (item,) = typing.get_args(member)
            return [to_python(item, part) for part in wire.split(",")] if wire else []
    if datetime.datetime in members and ("T" in wire or datetime.date not in members):
        return datetime.datetime.fromisoformat(wire)
    if datetime.date in members:
        return datetime.date.fromisoformat(wire)
    for member in members:
        if isinstance(member, type) and issubclass(member, enum.Enum):
            return member(int(wire) if issubclass(member, int) else wire)
        if member is bool:
            assert wire in ("true", "false"), wire
            return wire == "true"
        if member is int:
            return int(wire)
        if member is float:
            return float(wire)
    assert str in members, f"no way to build {hint} from {wire!r}"
    return wire


def body_value(hint: Any, example: Any) -> Any:
    """A JSON body example as the generated model(s) the function's `body` takes."""
    for member in _unwrap(hint):
        if typing.get_origin(member) is list:
            (item,) = typing.get_args(member)
            return [body_value(item, entry) for entry in example]
        if hasattr(member, "from_dict"):
            return member.from_dict(example)
    return example


def same_times(value: Any) -> Any:
    """JSON with every date-time string written the one way the client writes it (UTC, `Z`).

    Examples may write an instant differently (`+00:00`, `.000Z`); the models parse and
    re-serialise it, so compare instants, not spellings.
    """
    if isinstance(value, list):
        return [same_times(v) for v in value]
    if isinstance(value, dict):
        return {k: same_times(v) for k, v in value.items()}
    if isinstance(value, str) and DATE_TIME.match(value):
        return on_the_wire(datetime.datetime.fromisoformat(value))
    return value


# --- how values must look on the wire (stated here, not taken from the templates) ---------------


def on_the_wire(value: Any) -> str:
    """Lists comma-joined, booleans lowercase, date-times in UTC with `Z` (naive means UTC)."""
    if isinstance(value, list):
        return ",".join(on_the_wire(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, datetime.datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=UTC)
        text = aware.astimezone(UTC).replace(tzinfo=None).isoformat()
        return text + "Z"
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


@dataclass
class Call:
    """Arguments for one generated function, and the request it must produce."""

    operation: Operation
    path_args: list[Any]
    kwargs: dict[str, Any]
    json: Any = None

    def query_pairs(self) -> list[tuple[str, str]]:
        """Every query parameter given, or defaulted by the signature, in the spec's order."""
        defaults = self.operation.signature_defaults()
        pairs = []
        for parameter in self.operation.of("query"):
            key = python_name(parameter.name)
            if key in self.kwargs:
                pairs.append((parameter.name, on_the_wire(self.kwargs[key])))
            elif key in defaults:
                pairs.append((parameter.name, on_the_wire(defaults[key])))
        return pairs

    def target(self) -> str:
        path = self.operation.path
        for parameter, value in zip(self.operation.of("path"), self.path_args, strict=True):
            path = path.replace("{" + parameter.name + "}", quote(str(value), safe=""))
        query = urlencode(self.query_pairs())
        return self.operation.base_path + path + (f"?{query}" if query else "")

    def request_line(self) -> str:
        return f"{self.operation.method.upper()} {self.target()} HTTP/1.1"

    def body(self) -> Any:
        """The JSON the server must receive: the example the body was built from, times normalised."""
        return same_times(self.json)


def call_from_wire(operation: Operation, path: dict[str, str], query: dict[str, str], body: Any = None) -> Call:
    """A call of `operation` with wire values keyed by parameter name (path and query)."""
    hints = operation.hints()
    path_args = [to_python(hints[python_name(p.name)], path[p.name]) for p in operation.of("path")]
    known = {p.name for p in operation.of("query")}
    unknown = set(query) - known
    assert not unknown, f"{operation.id} has no query parameters {sorted(unknown)}"
    kwargs = {python_name(name): to_python(hints[python_name(name)], value) for name, value in query.items()}
    if operation.json_body is None:
        return Call(operation, path_args, kwargs)
    body = operation.body_example() if body is None else body
    kwargs["body"] = body_value(hints["body"], body)
    return Call(operation, path_args, kwargs, body)


def full_call(operation: Operation) -> Call:
    """A call that gives every parameter of the operation a value (its example where it has one)."""
    return call_from_wire(
        operation,
        {p.name: p.sample() for p in operation.of("path")},
        {p.name: p.sample() for p in operation.of("query")},
    )


def reference_examples(version: int) -> Iterator[tuple[Operation, int, dict[str, Any]]]:
    for operation in all_operations(version):
        for number, example in enumerate(operation.spec.get("x-reference-examples", [])):
            if example.get("expect") == "valid":
                yield operation, number, example


def literal_pairs(query: str) -> list[tuple[str, str]]:
    """The reference writes queries and form data unencoded (spaces, `#`): split, don't decode."""
    return [(name, value) for name, _, value in (item.partition("=") for item in query.split("&") if item)]


def path_values(operation: Operation, path: str) -> dict[str, str]:
    """Path parameter values of a concrete path matched against the operation's template."""
    template = (operation.base_path + operation.path).split("/")
    concrete = path.split("/")
    assert len(template) == len(concrete), (template, concrete)
    values = {}
    for pattern, segment in zip(template, concrete, strict=True):
        if pattern.startswith("{") and pattern.endswith("}"):
            values[pattern[1:-1]] = segment
        else:
            assert pattern == segment, (operation.path, path)
    return values
