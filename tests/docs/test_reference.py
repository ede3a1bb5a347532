"""The rendered reference, read by a real browser: headless Chromium.

Redoc 3 renders one section per route, so the browser opens each tag's section in turn and every
operation id must be visible in its own; the Cards section is also read for limits, defaults and
examples. One browser loads the page once and moves between sections by fragment, as a reader
clicking the menu does. `make test` builds the pages and installs Chromium when missing.
"""

from __future__ import annotations

from pathlib import Path

from tests.support.browser import Browser
from xads_spec import load_bundle
from xads_spec.bundle import operations
from xads_spec.reference import page_path

TAG = "Cards"


def _slug(tag: str) -> str:
    """The route Redoc gives a tag's section (`Account Media` -> `account-media`)."""
    return tag.lower().replace(" ", "-")


def _sections(page: Path, expected: dict[str, list[str]], scratch: Path) -> dict[str, str]:
    """Each tag's section as the browser shows it, read once its expected strings show (or at the
    browser's timeout, for the test to report what is missing)."""
    with Browser(scratch / "profile") as browser:
        shown = {}
        for tag, strings in expected.items():
            browser.open(f"{page.as_uri()}#/{_slug(tag)}")
            shown[tag] = browser.text("#redoc", strings)
        return shown


def test_reference_page_shows_every_operation_with_limits_and_examples(tmp_path: Path) -> None:
    page = page_path(12)
    assert page.is_file(), f"{page} is not built: run `make docs`"
    document = load_bundle(12)
    by_tag: dict[str, list[str]] = {}
    for _path, _method, operation in operations(document):
        by_tag.setdefault(operation["tags"][0], []).append(operation["operationId"])
    list_cards = next(op for _p, _m, op in operations(document) if op["operationId"] == "list_cards")
    count = next(p["schema"] for p in list_cards["parameters"] if p["name"] == "count")
    card_details = [f"[ {count['minimum']} .. {count['maximum']} ]", f"Default: {count['default']}", "Example"]
    expected = {tag: [f"({i})" for i in ids] + (card_details if tag == TAG else []) for tag, ids in by_tag.items()}
    sections = _sections(page, expected, tmp_path)
    missing = {tag: [s for s in strings if s not in sections[tag]] for tag, strings in expected.items()}
    assert {tag: strings for tag, strings in missing.items() if strings} == {}
