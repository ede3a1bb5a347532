"""docs/fidelity.md, written from the spec: every place it departs from the reference's text.

`x-fidelity` (the live API against the reference, with evidence), `x-decision` (the reference
against itself) and the version markers are collected from the full bundle, so the page cannot
miss one; `python -m xads_spec.fidelity` rewrites it and the spec tests compare.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

from xads_spec.bundle import HTTP_METHODS
from xads_spec.documents import SPEC_DIR, load_bundle

PAGE = SPEC_DIR.parent / "docs" / "fidelity.md"

# Keys that only nest: left out of a place's name.
_STRUCTURE = {"properties", "parameters", "x-rules", "responses", "content", "schema", "items", "requestBody"}


def _where(trail: list[Any]) -> str:
    """A reader's name for a place in the bundle: `GET /path, parameter x`, `schema Card.id`."""
    words: list[str] = []
    index = 0
    if trail[:1] == ["paths"] and len(trail) > 1:
        words.append(str(trail[1]))
        index = 2
        if len(trail) > 2 and trail[2] in HTTP_METHODS:
            words[0] = f"{str(trail[2]).upper()} {trail[1]}"
            index = 3
    elif trail[:2] == ["components", "schemas"] and len(trail) > 2:
        words.append(f"schema {trail[2]}")
        index = 3
    for key in trail[index:]:
        if isinstance(key, int) or key in _STRUCTURE:
            continue
        if words and words[-1].startswith("schema "):
            words[-1] += f".{key}"
        else:
            words.append(str(key))
    return ", ".join(words) or "document root"


def _walk(node: Any, trail: list[Any], key: str) -> Iterator[tuple[list[Any], Any]]:
    if isinstance(node, dict):
        if key in node:
            yield trail, node[key]
        for name, value in node.items():
            if name in ("example", "examples", "x-reference-examples"):
                continue
            yield from _walk(value, [*trail, *_label(name, value)], key)
    elif isinstance(node, list):
        for position, item in enumerate(node):
            yield from _walk(item, [*trail, *_label(position, item)], key)


def _label(name: Any, value: Any) -> list[Any]:
    """List items named by what they are (a parameter's name, a rule's id), not their index."""
    if isinstance(name, int) and isinstance(value, dict):
        if "in" in value and "name" in value:
            return [name, f"parameter `{value['name']}`"]
        if "id" in value and "statement" in value:
            return [name, f"rule `{value['id']}`"]
    return [name]


def collect(document: dict[str, Any], key: str) -> list[tuple[list[str], Any]]:
    """Each distinct value of extension `key` with every place it appears (aliases and parameters
    the bundler copies into several operations appear once, naming all their places)."""
    grouped: dict[str, tuple[list[str], Any]] = {}
    for trail, value in _walk(document, [], key):
        text = repr(value)
        places, _ = grouped.setdefault(text, ([], value))
        where = _where(trail)
        if where not in places:
            places.append(where)
    return list(grouped.values())


def _markers(document: dict[str, Any]) -> list[str]:
    rows: list[str] = []
    for key, label in (("x-since", "from version"), ("x-removed-in", "removed in version")):
        for places, value in collect(document, key):
            rows.extend(f"| {place} | {label} {value} |" for place in places)
    return sorted(set(rows))


def _block(text: str) -> str:
    return " ".join(str(text).split())


def render(document: dict[str, Any] | None = None) -> str:
    document = document or load_bundle()
    lines = [
        "# Fidelity: where this project departs from the reference's text",
        "",
        "Written by `python -m xads_spec.fidelity` from the spec (`spec/resources`, `spec/components`);",
        "edit the spec, not this page. The reference is X's Ads API documentation as copied in",
        "`reference/*.txt`. Three kinds of departure are listed:",
        "",
        "- **Live corrections** (`x-fidelity`): the live API, as its official SDK, recorded answers",
        "  and X's announcements show it, differs from the reference's text; the evidence and the",
        "  way this project went are recorded beside the thing they change.",
        "- **Contradictions** (`x-decision`): the reference disagrees with itself; the reading chosen.",
        "- **Versions** (`x-since`, `x-removed-in`): what exists only in some API versions; the",
        "  version 11 and 12 bundles are cut from the full bundle by these markers.",
        "",
        "## Live corrections (`x-fidelity`)",
        "",
    ]
    for places, record in collect(document, "x-fidelity"):
        lines += [f"### {'; '.join(places)}", ""]
        lines += [f"- **Reference:** {_block(record['reference'])}", f"- **Live:** {_block(record['live'])}"]
        lines.append("- **Evidence:**")
        lines += [f"  - {_block(item['source'])}: {_block(item['says'])}" for item in record["evidence"]]
        lines += [f"- **Decision:** {_block(record['decision'])}", ""]
    lines += ["## Contradictions in the reference (`x-decision`)", ""]
    for places, text in collect(document, "x-decision"):
        lines += [f"- **{'; '.join(places)}**: {_block(text)}"]
    lines += ["", "## Versions (`x-since`, `x-removed-in`)", "", "| where | versions |", "|---|---|"]
    lines += _markers(document)
    return "\n".join(lines) + "\n"


def main() -> None:
    text = render()
    if sys.argv[1:] == ["--check"]:
        stale = PAGE.read_text(encoding="utf-8") != text
        sys.exit(f"{PAGE} is stale; run python -m xads_spec.fidelity" if stale else 0)
    PAGE.parent.mkdir(parents=True, exist_ok=True)
    PAGE.write_text(text, encoding="utf-8")
    print(f"wrote {PAGE}")


if __name__ == "__main__":
    main()
