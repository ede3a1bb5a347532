"""The rendered reference, read by a real browser: headless Chromium.

Redoc 3 renders one section per route, so the browser opens each tag's section (two at a time)
and every operation id must be visible in its own; the Cards section is also read for limits,
defaults and examples. `make test` builds the pages and installs Chromium when missing.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from xads_spec import load_bundle
from xads_spec.bundle import operations
from xads_spec.reference import page_path

TAG = "Cards"


def _visible_text(page: Path, route: str, profile: Path) -> str:
    browser = shutil.which("chromium")
    assert browser, "Chromium is missing: `make test` installs it (apt-get install -y chromium)"
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", f"--user-data-dir={profile}",
             "--virtual-time-budget=5000", "--dump-dom"]
    dom = subprocess.run([browser, *flags, f"{page.as_uri()}#{route}"], capture_output=True, text=True,
                         timeout=120, check=True).stdout
    body = re.sub(r"<script.*?</script>|<style.*?</style>", "", dom[dom.find('<div id="redoc"'):], flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", body))


def _slug(tag: str) -> str:
    """The route Redoc gives a tag's section (`Account Media` -> `account-media`)."""
    return tag.lower().replace(" ", "-")


def _sections(page: Path, tags: list[str], scratch: Path) -> dict[str, str]:
    """Each tag's section as the browser shows it, two browsers at a time (one per core)."""
    with ThreadPoolExecutor(max_workers=2) as pool:
        shown = pool.map(lambda tag: _visible_text(page, f"/{_slug(tag)}", scratch / _slug(tag)), tags)
        return dict(zip(tags, shown, strict=True))


def test_reference_page_shows_every_operation_with_limits_and_examples(tmp_path: Path) -> None:
    page = page_path(12)
    assert page.is_file(), f"{page} is not built: run `make docs`"
    document = load_bundle(12)
    by_tag: dict[str, list[str]] = {}
    for _path, _method, operation in operations(document):
        by_tag.setdefault(operation["tags"][0], []).append(operation["operationId"])
    sections = _sections(page, sorted(by_tag), tmp_path)
    missing = {tag: [i for i in ids if f"({i})" not in sections[tag]] for tag, ids in by_tag.items()}
    assert {tag: ids for tag, ids in missing.items() if ids} == {}
    text = sections[TAG]
    list_cards = next(op for _p, _m, op in operations(document) if op["operationId"] == "list_cards")
    count = next(p["schema"] for p in list_cards["parameters"] if p["name"] == "count")
    assert f"[ {count['minimum']} .. {count['maximum']} ]" in text
    assert f"Default: {count['default']}" in text
    assert "Example" in text
