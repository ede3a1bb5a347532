"""Classify every difference between two bundles as breaking or not for a client.

No maintained OpenAPI differ installs from the registries this project uses and reads 3.1
(see docs/new-version.md), and none knows our `x-` extensions, so this module walks the two
documents itself. A change is breaking when code written against OLD can fail against NEW:
requests are judged by what the server now refuses (tighter limits, new required inputs,
removed enum members, new or tightened `x-rules`), answers by what the generated client can
no longer parse or rely on (new enum members, removed fields, fields no longer required,
widened types).
"""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal

from xads_spec.bundle import operations
from xads_spec.documents import SPEC_DIR, dist_path

Direction = Literal["request", "response"]
REPO_ROOT = SPEC_DIR.parent
RELEASES_DIR = SPEC_DIR / "releases"

# Limits, by the side a client trips over when the bound moves inwards.
UPPER_BOUNDS = ("maxLength", "maxItems", "maximum", "exclusiveMaximum", "maxProperties", "x-max-depth")
LOWER_BOUNDS = ("minLength", "minItems", "minimum", "exclusiveMinimum", "minProperties")
# Numeric `x-rules` args whose name says which way is tighter ("max", "limits", "months": lower is
# tighter; "min": higher is tighter). Any other changed arg cannot be judged and counts as breaking.
UPPER_ARG = re.compile(r"max|limit|months|days|within", re.IGNORECASE)
LOWER_ARG = re.compile(r"min", re.IGNORECASE)


@dataclass(frozen=True)
class Change:
    """One difference: `id` is what docs and spec/accepted-breaking-changes.yaml quote."""

    kind: str
    breaking: bool
    operation: str
    where: str
    detail: str

    @property
    def id(self) -> str:
        parts = [self.operation or "document", self.where, f"{self.kind}"]
        text = ": ".join(part for part in parts if part)
        return f"{text} ({self.detail})" if self.detail else text

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "id": self.id}


def _show(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


class _Differ:
    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.old, self.new = old, new
        self.changes: list[Change] = []
        self.operation = ""
        old_schemas = old.get("components", {}).get("schemas", {})
        new_schemas = new.get("components", {}).get("schemas", {})
        self.dirty = {
            f"#/components/schemas/{name}"
            for name in old_schemas.keys() | new_schemas.keys()
            if old_schemas.get(name) != new_schemas.get(name)
        }
        self._mentions: dict[int, bool] = {}
        while True:  # a component that refers to a changed one has changed too
            self._mentions.clear()
            grown = {
                f"#/components/schemas/{name}" for name, schema in old_schemas.items() if self._mentions_dirty(schema)
            }
            if grown <= self.dirty:
                break
            self.dirty |= grown
        self._mentions.clear()

    def add(self, kind: str, breaking: bool, where: str, detail: str = "") -> None:
        self.changes.append(Change(kind, breaking, self.operation, where, detail))

    # --- documents and operations -------------------------------------------------------

    def run(self) -> list[Change]:
        self._document()
        old_ops = {_operation_key(p, m): (p, m, o) for p, m, o in operations(self.old)}
        new_ops = {_operation_key(p, m): (p, m, o) for p, m, o in operations(self.new)}
        for key in old_ops.keys() | new_ops.keys():
            if key in old_ops and key in new_ops:
                self._operation(old_ops[key], new_ops[key])
                continue
            path, method, operation = old_ops.get(key) or new_ops[key]
            self.operation = f"{operation.get('operationId', '?')} ({method.upper()} {path})"
            self.add("operation-removed" if key in old_ops else "operation-added", key in old_ops, "")
        self.operation = ""
        return sorted(self.changes, key=lambda c: (not c.breaking, c.operation, c.where, c.kind, c.detail))

    def _document(self) -> None:
        self._bound("x-max-body-bytes", self.old.get("x-max-body-bytes"), self.new.get("x-max-body-bytes"), "")
        old_limits, new_limits = self.old.get("x-rate-limits", {}), self.new.get("x-rate-limits", {})
        for name in sorted(old_limits.keys() | new_limits.keys()):
            self._rate(old_limits.get(name), new_limits.get(name), f"x-rate-limits {name}")

    def _operation(self, old_op: tuple[str, str, dict[str, Any]], new_op: tuple[str, str, dict[str, Any]]) -> None:
        _path, _method, old = old_op
        path, method, new = new_op
        self.operation = f"{new.get('operationId', '?')} ({method.upper()} {path})"
        if old.get("operationId") != new.get("operationId"):
            self.add("operation-id-changed", True, "", f"{old.get('operationId')} → {new.get('operationId')}")
        if not old.get("deprecated") and new.get("deprecated"):
            self.add("operation-deprecated", False, "")
        if old.get("x-delete") != new.get("x-delete"):
            self.add("delete-semantics-changed", True, "x-delete", f"{old.get('x-delete')} → {new.get('x-delete')}")
        if old.get("security") != new.get("security"):
            self.add("security-changed", True, "security")
        self._parameters(old.get("parameters", []), new.get("parameters", []))
        self._request_body(old.get("requestBody"), new.get("requestBody"))
        self._responses(old.get("responses", {}), new.get("responses", {}))
        self._rules(old.get("x-rules", []), new.get("x-rules", []))
        self._rate(old.get("x-rate-limit"), new.get("x-rate-limit"), "x-rate-limit")
        self._bound("x-max-body-bytes", old.get("x-max-body-bytes"), new.get("x-max-body-bytes"), "")

    def _parameters(self, old: list[dict[str, Any]], new: list[dict[str, Any]]) -> None:
        old_by = {(p.get("in"), p.get("name")): p for p in old}
        new_by = {(p.get("in"), p.get("name")): p for p in new}
        for key in sorted(old_by.keys() | new_by.keys(), key=str):
            where = f"{key[0]} parameter {key[1]}"
            before, after = old_by.get(key), new_by.get(key)
            if before is None and after is not None:
                required = bool(after.get("required"))
                self.add("parameter-added-required" if required else "parameter-added", required, where)
            elif after is None:
                self.add("parameter-removed", True, where)
            elif before is not None:
                self._required(bool(before.get("required")), bool(after.get("required")), where, "request")
                for keyword, default in (("style", "form"), ("explode", None)):
                    if before.get(keyword, default) != after.get(keyword, default):
                        self.add(f"parameter-{keyword}-changed", True, where, _arrow(before, after, keyword))
                self._schema(before.get("schema", {}), after.get("schema", {}), where, "request", set())

    def _request_body(self, old: dict[str, Any] | None, new: dict[str, Any] | None) -> None:
        where = "request body"
        if old is None and new is None:
            return
        if old is None or new is None:
            required = bool((new or {}).get("required"))
            kind = "request-body-removed" if new is None else "request-body-added"
            self.add(kind, new is None or required, where)
            return
        self._required(bool(old.get("required")), bool(new.get("required")), where, "request")
        self._content(old.get("content", {}), new.get("content", {}), where, "request")

    def _responses(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        for status in sorted(old.keys() | new.keys()):
            where = f"response {status}"
            success = status.startswith("2")
            if status not in new:
                self.add("response-removed", success, where)
            elif status not in old:
                self.add("response-added", False, where)
            else:
                before, after = old[status], new[status]
                old_headers, new_headers = before.get("headers", {}), after.get("headers", {})
                for name in sorted(old_headers.keys() | new_headers.keys()):
                    if name not in new_headers:
                        self.add("response-header-removed", success, f"{where} header {name}")
                    elif name not in old_headers:
                        self.add("response-header-added", False, f"{where} header {name}")
                    else:
                        self._schema(
                            old_headers[name].get("schema", {}),
                            new_headers[name].get("schema", {}),
                            f"{where} header {name}",
                            "response",
                            set(),
                        )
                self._content(before.get("content", {}), after.get("content", {}), where, "response")

    def _content(self, old: dict[str, Any], new: dict[str, Any], where: str, direction: Direction) -> None:
        for media in sorted(old.keys() | new.keys()):
            if media not in new:
                self.add(f"{direction}-media-type-removed", True, where, media)
            elif media not in old:
                self.add(f"{direction}-media-type-added", direction == "response", where, media)
            else:
                self._schema(old[media].get("schema", {}), new[media].get("schema", {}), where, direction, set())

    # --- schemas --------------------------------------------------------------------------

    def _schema(
        self, old: Any, new: Any, where: str, direction: Direction, seen: set[tuple[str, str, str]]
    ) -> None:
        if old == new and not self._mentions_dirty(old):
            return
        refs = (str(old.get("$ref", "")), str(new.get("$ref", "")), direction)
        if refs[0] and refs[1]:
            if refs in seen:
                return
            seen = seen | {refs}
        old, new = _resolve(self.old, old), _resolve(self.new, new)
        request = direction == "request"
        self._types(old, new, where, request)
        self._enum(old, new, where, request)
        if ("const" in old or "const" in new) and old.get("const") != new.get("const"):
            self.add("const-changed", True, where, _arrow(old, new, "const"))
        for keyword in UPPER_BOUNDS + LOWER_BOUNDS:
            self._bound(keyword, old.get(keyword), new.get(keyword), where, request)
        for keyword in ("pattern", "format"):
            if old.get(keyword) != new.get(keyword):
                tighter = keyword in new
                self.add(f"{keyword}-{'changed' if tighter else 'removed'}", request and tighter, where,
                         _arrow(old, new, keyword))
        if "default" in old or "default" in new:
            if "default" not in old:
                self.add("default-added", False, where, _show(new["default"]))
            elif old.get("default") != new.get("default"):
                self.add("default-changed", request, where, _arrow(old, new, "default"))
        for keyword in ("additionalProperties", "unevaluatedProperties"):
            if old.get(keyword) is not False and new.get(keyword) is False:
                self.add(f"{keyword}-closed", request, where)
        self._properties(old, new, where, direction, seen)
        if "items" in old and "items" in new:
            self._schema(old["items"], new["items"], f"{where}[]", direction, seen)
        for keyword in ("anyOf", "oneOf", "allOf"):
            self._alternatives(keyword, old.get(keyword), new.get(keyword), where, direction, seen)
        for keyword in ("if", "then", "else", "not", "dependentRequired", "dependentSchemas"):
            if old.get(keyword) != new.get(keyword):
                self.add("conditional-changed", request, where, keyword)

    def _mentions_dirty(self, node: Any) -> bool:
        """Whether a subtree refers to a component that differs (`dirty` is closed over references)."""
        if not isinstance(node, dict | list):
            return False
        key = id(node)
        if key not in self._mentions:
            values = node.values() if isinstance(node, dict) else node
            ref = node.get("$ref") if isinstance(node, dict) else None
            self._mentions[key] = ref in self.dirty or any(self._mentions_dirty(value) for value in values)
        return self._mentions[key]

    def _types(self, old: dict[str, Any], new: dict[str, Any], where: str, request: bool) -> None:
        before, after = _types(old), _types(new)
        if not before or not after or before == after:
            return
        if before - after:
            self.add("type-narrowed", request, where, f"{sorted(before)} → {sorted(after)}")
        if after - before:
            self.add("type-widened", not request, where, f"{sorted(before)} → {sorted(after)}")

    def _enum(self, old: dict[str, Any], new: dict[str, Any], where: str, request: bool) -> None:
        if "enum" not in old and "enum" not in new:
            return
        if "enum" not in old:
            self.add("enum-added", request, where, _show(new["enum"]))
            return
        if "enum" not in new:
            self.add("enum-removed", not request, where, _show(old["enum"]))
            return
        before, after = {_show(v) for v in old["enum"]}, {_show(v) for v in new["enum"]}
        for member in sorted(before - after):
            self.add("enum-member-removed", request, where, member)
        for member in sorted(after - before):
            self.add("enum-member-added", not request, where, member)

    def _bound(self, keyword: str, old: Any, new: Any, where: str, request: bool = True) -> None:
        """A limit moved: inwards breaks requests; answers' limits bind no client code."""
        if old == new or isinstance(old, bool) or isinstance(new, bool):
            return
        upper = keyword in UPPER_BOUNDS or keyword == "x-max-body-bytes"
        if old is None:
            tighter, kind = True, f"{keyword}-added"
        elif new is None:
            tighter, kind = False, f"{keyword}-removed"
        else:
            tighter = new < old if upper else new > old
            kind = f"{keyword}-{'decreased' if new < old else 'increased'}"
        self.add(kind, request and tighter, where, f"{_show(old)} → {_show(new)}")

    def _required(self, old: bool, new: bool, where: str, direction: Direction) -> None:
        if old != new:
            breaking = new if direction == "request" else old
            self.add("became-required" if new else "became-optional", breaking, where)

    def _properties(
        self,
        old: dict[str, Any],
        new: dict[str, Any],
        where: str,
        direction: Direction,
        seen: set[tuple[str, str, str]],
    ) -> None:
        old_props, new_props = old.get("properties", {}), new.get("properties", {})
        old_required, new_required = set(old.get("required", [])), set(new.get("required", []))
        request = direction == "request"
        for name in sorted(old_props.keys() | new_props.keys()):
            at = f"{where}/{name}" if " /" in where else f"{where} /{name}"
            if name not in new_props:
                self.add("field-removed", True, at)
            elif name not in old_props:
                required = name in new_required
                self.add("field-added-required" if required else "field-added", request and required, at)
            else:
                self._required(name in old_required, name in new_required, at, direction)
                self._schema(old_props[name], new_props[name], at, direction, seen)

    def _alternatives(
        self,
        keyword: str,
        old: list[Any] | None,
        new: list[Any] | None,
        where: str,
        direction: Direction,
        seen: set[tuple[str, str, str]],
    ) -> None:
        if old is None and new is None:
            return
        old, new = old or [], new or []
        if len(old) == len(new):
            for index, (before, after) in enumerate(zip(old, new, strict=True)):
                self._schema(before, after, f"{where} {keyword}[{index}]", direction, seen)
            return
        fewer = len(new) < len(old)
        # allOf: more parts constrain more; anyOf/oneOf: fewer alternatives accept less.
        tighter = not fewer if keyword == "allOf" else fewer
        breaking = tighter if direction == "request" else not tighter
        self.add(f"{keyword}-changed", breaking, where, f"{len(old)} → {len(new)} subschemas")

    # --- our extensions -------------------------------------------------------------------

    def _rules(self, old: list[dict[str, Any]], new: list[dict[str, Any]]) -> None:
        """A rule added or tightened breaks callers; removed or loosened does not."""
        ids = sorted({r["id"] for r in old} | {r["id"] for r in new})
        for rule_id in ids:
            before = [r for r in old if r["id"] == rule_id]
            after = [r for r in new if r["id"] == rule_id]
            where = f"x-rules {rule_id}"
            for extra in after[len(before) :]:
                self.add("rule-added", True, where, extra.get("statement", ""))
            for gone in before[len(after) :]:
                self.add("rule-removed", False, where, gone.get("statement", ""))
            for previous, current in zip(before, after, strict=False):
                verdicts = list(_arg_changes(previous.get("args", {}), current.get("args", {}), ""))
                for path, verdict, detail in verdicts:
                    kind = {"tighter": "rule-tightened", "looser": "rule-loosened"}.get(verdict, "rule-changed")
                    self.add(kind, verdict != "looser", f"{where} args{path}", detail)
                if previous.get("kind") != current.get("kind"):
                    self.add("rule-kind-changed", False, where, _arrow(previous, current, "kind"))
                if not verdicts and previous.get("statement") != current.get("statement"):
                    self.add("rule-statement-changed", False, where)

    def _rate(self, old: dict[str, Any] | None, new: dict[str, Any] | None, where: str) -> None:
        """Fewer requests per window, or a longer window, can throttle a client that passed before."""
        if old == new:
            return
        if old is None or new is None:
            self.add(f"rate-limit-{'added' if old is None else 'removed'}", old is None, where, _show(new or old))
            return
        before = old["requests"] / old["window_seconds"]
        after = new["requests"] / new["window_seconds"]
        tighter = new["requests"] < old["requests"] or after < before
        detail = f"{old['requests']}/{old['window_seconds']}s → {new['requests']}/{new['window_seconds']}s"
        self.add(f"rate-limit-{'tightened' if tighter else 'loosened'}", tighter, where, detail)


def _arg_changes(old: Any, new: Any, path: str) -> Iterator[tuple[str, str, str]]:
    """(arg path, tighter|looser|unknown, detail) for every arg that differs."""
    if isinstance(old, dict) and isinstance(new, dict):
        for key in sorted(old.keys() | new.keys()):
            yield from _arg_changes(old.get(key), new.get(key), f"{path}.{key}")
        return
    if old == new:
        return
    detail = f"{_show(old)} → {_show(new)}"
    numbers = all(isinstance(v, int | float) and not isinstance(v, bool) for v in (old, new))
    if numbers and UPPER_ARG.search(path):
        yield path, "tighter" if new < old else "looser", detail
    elif numbers and LOWER_ARG.search(path):
        yield path, "tighter" if new > old else "looser", detail
    else:
        yield path, "unknown", detail


def _types(schema: dict[str, Any]) -> set[str]:
    declared = schema.get("type")
    types = {declared} if isinstance(declared, str) else set(declared or [])
    if "integer" in types and "number" in types:
        types.discard("integer")
    return types


def _arrow(old: dict[str, Any], new: dict[str, Any], key: str) -> str:
    return f"{_show(old.get(key))} → {_show(new.get(key))}"


def _resolve(document: dict[str, Any], schema: Any) -> dict[str, Any]:
    seen: set[str] = set()
    while isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and schema["$ref"] not in seen:
        seen.add(schema["$ref"])
        node: Any = document
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node.get(part.replace("~1", "/").replace("~0", "~"), {}) if isinstance(node, dict) else {}
        schema = {**node, **{k: v for k, v in schema.items() if k != "$ref"}}
    return schema if isinstance(schema, dict) else {}


def _operation_key(path: str, method: str) -> tuple[str, str]:
    """Paths match whatever their template variables are called."""
    return method, re.sub(r"\{[^}]*\}", "{}", path)


def diff_documents(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every client-visible difference from `old` to `new`, breaking ones first."""
    return _Differ(old, new).run()


# --- where bundles come from ------------------------------------------------------------------


class SourceError(Exception):
    """A diff argument names no readable bundle."""


def _git_show(revision: str, path: Path) -> dict[str, Any]:
    relative = path.relative_to(REPO_ROOT).as_posix()
    result = subprocess.run(
        ["git", "show", f"{revision}:{relative}"], cwd=REPO_ROOT, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise SourceError(f"git show {revision}:{relative}: {result.stderr.strip()}")
    document: dict[str, Any] = json.loads(result.stdout)
    return document


def _read(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        document: dict[str, Any] = json.load(handle)
    return document


def released_path(version: int) -> Path:
    """The committed snapshot of a version's last released bundle."""
    return RELEASES_DIR / f"x-ads-api.v{version}.json"


def load_source(spec: str) -> dict[int, dict[str, Any]]:
    """Bundles by API version: a file, `N` (working tree), `released[:N]`, or a git `REV[:N]`."""
    if Path(spec).is_file():
        document = _read(Path(spec))
        return {int(document.get("x-api-version", 0)): document}
    if spec.isdigit():
        if not dist_path(int(spec)).is_file():
            raise SourceError(f"no bundle for version {spec}: {dist_path(int(spec))}")
        return {int(spec): _read(dist_path(int(spec)))}
    name, _, version = spec.partition(":")
    if name == "released":
        found = {int(p.stem.rsplit(".v", 1)[1]): _read(p) for p in sorted(RELEASES_DIR.glob("x-ads-api.v*.json"))}
        return {v: d for v, d in found.items() if not version or v == int(version)}
    versions = [int(version)] if version else [int(v) for v in _git_show(name, dist_path())["x-supported-versions"]]
    return {v: _git_show(name, dist_path(v)) for v in versions}


def pairs(old_spec: str, new_spec: str | None) -> list[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    """(old label, new label, old, new) to compare; versions pair up when both sides hold several."""
    old = load_source(old_spec)
    if new_spec is None:
        new = {v: _read(dist_path(v)) for v in old if dist_path(v).is_file()}
        new_spec = "working tree"
    else:
        new = load_source(new_spec)
    if len(old) == 1 and len(new) == 1:
        (old_version, old_doc), (new_version, new_doc) = next(iter(old.items())), next(iter(new.items()))
        return [(f"{old_spec} (v{old_version})", f"{new_spec} (v{new_version})", old_doc, new_doc)]
    common = sorted(old.keys() & new.keys())
    if not common:
        raise SourceError(f"{old_spec} and {new_spec} share no API version")
    return [(f"{old_spec} v{v}", f"{new_spec} v{v}", old[v], new[v]) for v in common]


# --- output -------------------------------------------------------------------------------


def render_text(title: str, changes: list[Change]) -> str:
    breaking = sum(c.breaking for c in changes)
    lines = [f"{title}: {len(changes)} change(s), {breaking} breaking"]
    lines += [f"  {'BREAKING' if c.breaking else 'ok      '}  {c.id}" for c in changes]
    return "\n".join(lines)


def render_markdown(title: str, changes: list[Change], heading: str = "##") -> str:
    lines = [f"{heading} {title}", ""]
    if not changes:
        return "\n".join([*lines, "No client-visible changes.", ""])
    for label, flag in (("Breaking changes", True), ("Non-breaking changes", False)):
        chosen = [c for c in changes if c.breaking is flag]
        if chosen:
            lines += [f"{heading}# {label}", "", *[f"- {_markdown_line(c)}" for c in chosen], ""]
    return "\n".join(lines)


def _markdown_line(change: Change) -> str:
    text = f"`{change.operation}`: " if change.operation else ""
    text += f"{change.where}: " if change.where else ""
    text += change.kind.replace("-", " ")
    return f"{text} ({change.detail})" if change.detail else text
