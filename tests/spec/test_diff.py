"""The differ on copies of the v12 bundle, each carrying one kind of change.

Targets are found by walking the bundle (the first operation with such a parameter, field or
rule), so the cases follow the spec as it grows; each case asserts the kinds reported and that
every reported change is classified as the case says.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from xads_spec import load_bundle
from xads_spec.bundle import operations
from xads_spec.diff import Change, diff_documents, render_markdown, render_text

Document = dict[str, Any]


def _ops(document: Document) -> Iterator[dict[str, Any]]:
    for _path, _method, operation in operations(document):
        yield operation


def _param(document: Document, test: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
    return next(p for op in _ops(document) for p in op.get("parameters", []) if test(p))


def _query(p: dict[str, Any], required: bool = False) -> bool:
    return p["in"] == "query" and bool(p.get("required")) is required


def _resolve(document: Document, schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


def _body_object(document: Document) -> dict[str, Any]:
    """The first JSON request body that is an object with properties (resolved, so mutable in place)."""
    for op in _ops(document):
        schema = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
        if schema and "properties" in _resolve(document, schema):
            return _resolve(document, schema)
    raise LookupError("no object request body")


def _response_data(document: Document) -> dict[str, Any]:
    """The `data` object schema of the first 200 answer that has one."""
    for op in _ops(document):
        schema = _resolve(document, op["responses"]["200"]["content"]["application/json"]["schema"])
        data = _resolve(document, schema.get("properties", {}).get("data", {}))
        if "properties" in data:
            return data
    raise LookupError("no response data object")


def _response_enum(document: Document) -> dict[str, Any]:
    def walk(node: Any, seen: set[str]) -> Iterator[dict[str, Any]]:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref not in seen:
                yield from walk(_resolve(document, node), seen | {ref})
            if "enum" in node and node.get("type") == "string":
                yield node
            for value in node.values():
                yield from walk(value, seen)
        elif isinstance(node, list):
            for value in node:
                yield from walk(value, seen)

    return next(s for op in _ops(document) for s in walk(op["responses"]["200"], set()))


def _rule(document: Document, test: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
    return next(r for op in _ops(document) for r in op.get("x-rules", []) if test(r))


def _numeric_max_rule(rule: dict[str, Any]) -> bool:
    return isinstance(rule.get("args", {}).get("max"), int)


def _remove_operation(d: Document) -> None:
    path = next(p for p, item in d["paths"].items() if "get" in item)
    del d["paths"][path]["get"]


def _add_operation(d: Document) -> None:
    path, item = next((p, i) for p, i in d["paths"].items() if "get" in i)
    d["paths"][path + "/preview"] = {"get": {**copy.deepcopy(item["get"]), "operationId": "preview_something"}}


def _add_parameter(d: Document, required: bool) -> None:
    next(_ops(d))["parameters"].append(
        {"name": "new_filter", "in": "query", "required": required, "schema": {"type": "string"}}
    )


def _set(target: dict[str, Any], key: str, value: Any) -> None:
    target[key] = value


def _add_enum_member(schema: dict[str, Any]) -> None:
    schema["enum"] = [*schema["enum"], "BRAND_NEW_VALUE"]


def _request_enum_param(d: Document) -> dict[str, Any]:
    schema: dict[str, Any] = _param(d, lambda p: _query(p) and "enum" in p["schema"])["schema"]
    return schema


def _retype_body_field(d: Document) -> None:
    body = _body_object(d)
    name = next(n for n, s in body["properties"].items() if s.get("type") == "string")
    body["properties"][name] = {**body["properties"][name], "type": "integer"}
    body["properties"][name].pop("pattern", None)


def _drop_optional_body_field(d: Document) -> None:
    body = _body_object(d)
    name = next(n for n in body["properties"] if n not in body.get("required", []))
    del body["properties"][name]


def _require_optional_body_field(d: Document) -> None:
    body = _body_object(d)
    name = next(n for n in body["properties"] if n not in body.get("required", []))
    body["required"] = [*body.get("required", []), name]


# (name, mutation, kinds expected, every change breaking?)
CASES: list[tuple[str, Callable[[Document], None], set[str], bool | None]] = [
    ("operation removed", _remove_operation, {"operation-removed"}, True),
    ("operation added", _add_operation, {"operation-added"}, False),
    ("optional parameter added", lambda d: _add_parameter(d, False), {"parameter-added"}, False),
    ("required parameter added", lambda d: _add_parameter(d, True), {"parameter-added-required"}, True),
    (
        "parameter removed",
        lambda d: next(_ops(d))["parameters"].remove(_param(d, lambda p: _query(p))),
        {"parameter-removed"},
        True,
    ),
    ("parameter became required", lambda d: _set(_param(d, _query), "required", True), {"became-required"}, True),
    (
        "parameter became optional",
        lambda d: _set(_param(d, lambda p: p["in"] == "path"), "required", False),
        {"became-optional"},
        False,
    ),
    (
        "request enum member removed",
        lambda d: _set(_request_enum_param(d), "enum", _request_enum_param(d)["enum"][1:]),
        {"enum-member-removed"},
        True,
    ),
    ("request enum member added", lambda d: _add_enum_member(_request_enum_param(d)), {"enum-member-added"}, False),
    (
        "maximum lowered",
        lambda d: _set(_param(d, lambda p: "maximum" in p["schema"])["schema"], "maximum", 2),
        {"maximum-decreased"},
        True,
    ),
    (
        "maximum raised",
        lambda d: _set(_param(d, lambda p: "maximum" in p["schema"])["schema"], "maximum", 10**9),
        {"maximum-increased"},
        False,
    ),
    (
        "maxLength added",
        lambda d: _set(
            _param(d, lambda p: p["schema"].get("type") == "string" and "maxLength" not in p["schema"])["schema"],
            "maxLength",
            3,
        ),
        {"maxLength-added"},
        True,
    ),
    (
        "minItems raised",
        lambda d: _set(_param(d, lambda p: "minItems" in p["schema"])["schema"], "minItems", 3),
        {"minItems-increased"},
        True,
    ),
    (
        "maxItems lowered",
        lambda d: _set(_param(d, lambda p: "maxItems" in p["schema"])["schema"], "maxItems", 1),
        {"maxItems-decreased"},
        True,
    ),
    (
        "default changed",
        lambda d: _set(_param(d, lambda p: isinstance(p["schema"].get("default"), int))["schema"], "default", 7),
        {"default-changed"},
        True,
    ),
    (
        "default added",
        lambda d: _set(_param(d, lambda p: p["schema"].get("type") == "string" and "default" not in p["schema"])[
            "schema"], "default", "x"),
        {"default-added"},
        False,
    ),
    ("request field retyped", _retype_body_field, {"type-narrowed", "type-widened"}, None),
    ("request field removed", _drop_optional_body_field, {"field-removed"}, True),
    ("request field became required", _require_optional_body_field, {"became-required"}, True),
    (
        "request field added",
        lambda d: _set(_body_object(d)["properties"], "brand_new", {"type": "string"}),
        {"field-added"},
        False,
    ),
    (
        "response field removed",
        lambda d: _response_data(d)["properties"].pop(next(iter(_response_data(d)["properties"]))),
        {"field-removed"},
        True,
    ),
    (
        "response field added",
        lambda d: _set(_response_data(d)["properties"], "brand_new", {"type": "string"}),
        {"field-added"},
        False,
    ),
    (
        "rule added",
        lambda d: next(_ops(d)).setdefault("x-rules", []).append(
            {"id": "synthetic.new_rule", "statement": "A new rule.", "kind": "stateless"}
        ),
        {"rule-added"},
        True,
    ),
    (
        "rule removed",
        lambda d: next(op for op in _ops(d) if op.get("x-rules"))["x-rules"].pop(),
        {"rule-removed"},
        False,
    ),
    (
        "rule tightened",
        lambda d: _set(_rule(d, _numeric_max_rule)["args"], "max", _rule(d, _numeric_max_rule)["args"]["max"] - 1),
        {"rule-tightened"},
        True,
    ),
    (
        "rule loosened",
        lambda d: _set(_rule(d, _numeric_max_rule)["args"], "max", _rule(d, _numeric_max_rule)["args"]["max"] + 5),
        {"rule-loosened"},
        False,
    ),
    (
        "rule args changed beyond judging",
        lambda d: _set(_rule(d, lambda r: "parameter" in r.get("args", {}))["args"], "parameter", "other"),
        {"rule-changed"},
        True,
    ),
    (
        "rule restated",
        lambda d: _set(_rule(d, lambda r: True), "statement", "Said differently."),
        {"rule-statement-changed"},
        False,
    ),
    (
        "rate limit tightened",
        lambda d: _set(next(_ops(d)), "x-rate-limit", {"requests": 1, "window_seconds": 900}),
        {"rate-limit-added"},
        True,
    ),
]


@pytest.fixture(scope="module")
def bundle() -> Document:
    return load_bundle(12)


@pytest.mark.parametrize(("mutate", "kinds", "breaking"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_each_kind_of_change_is_classified(
    bundle: Document, mutate: Callable[[Document], None], kinds: set[str], breaking: bool | None
) -> None:
    changed = copy.deepcopy(bundle)
    mutate(changed)
    changes = diff_documents(bundle, changed)
    assert changes, "the change went unnoticed"
    assert {c.kind for c in changes} == kinds, [c.id for c in changes]
    if breaking is not None:
        assert {c.breaking for c in changes} == {breaking}, [c.id for c in changes]


def test_retyped_request_field_breaks_callers(bundle: Document) -> None:
    """string → integer: the server refuses what was sent before (narrowed); widening alone would not."""
    changed = copy.deepcopy(bundle)
    _retype_body_field(changed)
    verdicts = {c.kind: c.breaking for c in diff_documents(bundle, changed)}
    assert verdicts == {"type-narrowed": True, "type-widened": False}


def test_new_enum_member_breaks_answers_but_not_requests(bundle: Document) -> None:
    """The generated client's enum classes refuse a value they do not know; a server takes one more."""
    changed = copy.deepcopy(bundle)
    _add_enum_member(_response_enum(changed))
    changes = diff_documents(bundle, changed)
    answers = {c.breaking for c in changes if c.where.startswith("response")}
    requests = {c.breaking for c in changes if not c.where.startswith("response")}
    assert {c.kind for c in changes} == {"enum-member-added"}
    assert answers == {True} and requests <= {False}


def test_identical_bundles_differ_in_nothing(bundle: Document) -> None:
    assert diff_documents(bundle, copy.deepcopy(bundle)) == []


def test_renderings_name_each_change() -> None:
    changes = [
        Change("operation-removed", True, "list_things (GET /things)", "", ""),
        Change("maximum-increased", False, "list_things (GET /things)", "query parameter count", "200 → 1000"),
    ]
    text = render_text("a → b", changes)
    assert "2 change(s), 1 breaking" in text and "BREAKING  list_things (GET /things): operation-removed" in text
    markdown = render_markdown("a → b", changes)
    breaking, rest = markdown.split("### Non-breaking changes")
    assert "operation removed" in breaking and "maximum increased (200 → 1000)" in rest


def test_cli_reads_files_versions_and_git_revisions(bundle: Document, tmp_path: Path) -> None:
    """`diff FILE FILE --json`, and a git revision against itself (no changes)."""
    changed = copy.deepcopy(bundle)
    _remove_operation(changed)
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(json.dumps(bundle), encoding="utf-8")
    new.write_text(json.dumps(changed), encoding="utf-8")
    run = [sys.executable, "-m", "xads_spec", "diff"]
    result = subprocess.run([*run, str(old), str(new), "--json"], capture_output=True, text=True, check=True)
    [compared] = json.loads(result.stdout)
    assert [c["kind"] for c in compared["changes"]] == ["operation-removed"]
    failing = subprocess.run([*run, str(old), str(new), "--fail-on-breaking"], capture_output=True, text=True)
    assert failing.returncode == 1 and "BREAKING" in failing.stdout
    same = subprocess.run([*run, "HEAD:12", "HEAD:12"], capture_output=True, text=True, check=True)
    assert "0 change(s), 0 breaking" in same.stdout
