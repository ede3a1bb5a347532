"""Answer-only body fields: where a request schema's `readOnly: true` properties can sit.

A client that sends back what it loaded sends them too (the official SDK's cards example
does, with `media_metadata`); the profile decides whether that is refused or dropped. The
places are read once per operation from the body schema, following `$ref`s, `allOf` /
`anyOf` / `oneOf` (a discriminated `oneOf` only into the branch the instance names) and
array items; only what leads to a read-only field is kept, so most bodies are not walked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import orjson

Path = tuple[str | int, ...]


@dataclass(eq=False, slots=True)
class Place:
    """One schema position: read-only property names here, and where more can be."""

    fields: set[str] = field(default_factory=set)
    needles: tuple[bytes, ...] = ()  # on the root: every read-only field name anywhere below, as a JSON key
    same: list[Place] = field(default_factory=list)  # subschemas for the same instance
    properties: dict[str, Place] = field(default_factory=dict)
    items: Place | None = None
    discriminator: str | None = None
    branches: dict[str, Place] = field(default_factory=dict)  # discriminator value -> branch

    def children(self) -> list[Place]:
        found = [*self.same, *self.properties.values(), *self.branches.values()]
        return found + ([self.items] if self.items else [])


def read_only_places(schema: dict[str, Any], components: dict[str, Any]) -> Place | None:
    """The read-only places of a body schema, or None when it has none."""
    by_ref: dict[str, Place] = {}

    def target(ref: str) -> Any:
        node: Any = {"components": components}
        for part in ref.removeprefix("#/").split("/"):
            node = node.get(part, {}) if isinstance(node, dict) else {}
        return node

    def read_only(node: Any) -> bool:
        seen: set[str] = set()
        while isinstance(node, dict):
            if node.get("readOnly") is True:
                return True
            ref = node.get("$ref")
            if not isinstance(ref, str) or ref in seen:
                return False
            seen.add(ref)
            node = target(ref)
        return False

    def of_ref(ref: str) -> Place:
        if ref not in by_ref:
            by_ref[ref] = Place()  # registered first: a recursive schema comes back to it
            fill(by_ref[ref], target(ref))
        return by_ref[ref]

    def of(node: Any) -> Place:
        place = Place()
        fill(place, node)
        return place

    def fill(place: Place, node: Any) -> None:
        if not isinstance(node, dict):
            return
        if isinstance(node.get("$ref"), str):
            place.same.append(of_ref(node["$ref"]))
        for keyword in ("allOf", "anyOf"):
            place.same.extend(of(member) for member in node.get(keyword) or [])
        mapping = (node.get("discriminator") or {}).get("mapping")
        if node.get("oneOf") and mapping:
            place.discriminator = node["discriminator"]["propertyName"]
            place.branches = {value: of_ref(ref) for value, ref in mapping.items()}
        else:
            place.same.extend(of(member) for member in node.get("oneOf") or [])
        for name, sub in (node.get("properties") or {}).items():
            if read_only(sub):
                place.fields.add(name)
            else:
                place.properties[name] = of(sub)
        if isinstance(node.get("items"), dict):
            place.items = of(node["items"])

    root = of(schema)
    if not _prune(root):
        return None
    root.needles = tuple(sorted({b'"' + name.encode() + b'"' for place in _every(root) for name in place.fields}))
    return root


def _every(root: Place) -> list[Place]:
    every: list[Place] = []
    seen: set[int] = set()
    stack = [root]
    while stack:
        place = stack.pop()
        if id(place) not in seen:
            seen.add(id(place))
            every.append(place)
            stack.extend(place.children())
    return every


def _prune(root: Place) -> bool:
    """Keep only the links that lead to a read-only field; whether the root does."""
    every = _every(root)
    leads = {id(p) for p in every if p.fields}
    grew = True
    while grew:  # to a fixed point: recursive schemas lead back to themselves
        grew = False
        for place in every:
            if id(place) not in leads and any(id(child) in leads for child in place.children()):
                leads.add(id(place))
                grew = True
    for place in every:
        place.same = [p for p in place.same if id(p) in leads]
        place.properties = {k: p for k, p in place.properties.items() if id(p) in leads}
        place.branches = {k: p for k, p in place.branches.items() if id(p) in leads}
        place.items = place.items if place.items and id(place.items) in leads else None
    return id(root) in leads


def find_read_only(root: Place, body: Any) -> list[Path]:
    """Paths of the read-only fields in `body`, sorted (walked without recursion: a hostile
    body may nest as deep as its size allows). A body whose JSON names none of the fields
    anywhere, the usual case, is not walked: the text search runs in native code."""
    try:
        text = orjson.dumps(body)
    except TypeError:  # integers beyond 64 bits: walk it
        text = None
    if text is not None and not any(needle in text for needle in root.needles):
        return []
    found: dict[Path, None] = {}
    stack: list[tuple[Place, Any, Path]] = [(root, body, ())]
    while stack:
        start, value, path = stack.pop()
        if not isinstance(value, dict | list):
            continue
        todo, seen = [start], set()
        while todo:  # every place that applies to this one value
            place = todo.pop()
            if id(place) in seen:
                continue
            seen.add(id(place))
            todo.extend(place.same)
            if isinstance(value, list):
                if place.items:
                    stack.extend((place.items, item, (*path, index)) for index, item in enumerate(value))
                continue
            found.update(((*path, name), None) for name in place.fields if name in value)
            stack.extend(
                (child, value[name], (*path, name)) for name, child in place.properties.items() if name in value
            )
            named = value.get(place.discriminator) if place.discriminator else None
            if isinstance(named, str) and named in place.branches:
                todo.append(place.branches[named])
    return sorted(found, key=lambda path: [(isinstance(part, str), part) for part in path])


def without(body: Any, paths: list[Path]) -> Any:
    """`body` with the fields at `paths` removed; containers on the way are copied, so the
    caller's value is left as it was."""
    copies: dict[Path, Any] = {(): _copy(body)}
    for path in paths:
        node = copies[()]
        for depth in range(1, len(path)):
            prefix = path[:depth]
            if prefix not in copies:
                copies[prefix] = node[path[depth - 1]] = _copy(node[path[depth - 1]])
            node = copies[prefix]
        del node[path[-1]]
    return copies[()]


def _copy(value: Any) -> Any:
    return dict(value) if isinstance(value, dict) else list(value)


def pointer(path: Path) -> str:
    """RFC 6901 JSON pointer of a path."""
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in path)
