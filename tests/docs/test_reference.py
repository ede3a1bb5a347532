"""The rendered reference, read by a real browser: headless Chromium, one start.

Redoc 3 renders one section per route, so the browser opens the Cards section; `make docs`
builds the pages (and `make test` installs Chromium when missing) before this runs.
"""

from __future__ import annotations

import re
import shutil
import subprocess
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
             "--virtual-time-budget=30000", "--dump-dom"]
    dom = subprocess.run([browser, *flags, f"{page.as_uri()}#{route}"], capture_output=True, text=True,
                         timeout=120, check=True).stdout
    body = re.sub(r"<script.*?</script>|<style.*?</style>", "", dom[dom.find('<div id="redoc"'):], flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", body))


def test_reference_page_shows_operations_limits_and_examples(tmp_path: Path) -> None:
    page = page_path(12)
    assert page.is_file(), f"{page} is not built: run `make docs`"
    text = _visible_text(page, f"tag/{TAG}", tmp_path / "profile")
    document = load_bundle(12)
    ids = [op["operationId"] for _p, _m, op in operations(document) if TAG in op.get("tags", [])]
    assert ids and [i for i in ids if f"({i})" not in text] == []
    list_cards = next(op for _p, _m, op in operations(document) if op["operationId"] == "list_cards")
    count = next(p["schema"] for p in list_cards["parameters"] if p["name"] == "count")
    assert f"[ {count['minimum']} .. {count['maximum']} ]" in text
    assert f"Default: {count['default']}" in text
    assert "Example" in text
