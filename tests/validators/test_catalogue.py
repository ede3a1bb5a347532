"""The committed rule catalogue is what the spec says now, and the CLI behaves as documented."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from xads_validators.catalogue import markdown

ROOT = Path(__file__).resolve().parents[2]


def test_docs_rules_md_is_current() -> None:
    assert (ROOT / "docs" / "rules.md").read_text(encoding="utf-8") == markdown(), "run `make docs`"


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "xads_validators", *args], capture_output=True, text=True, check=False)


def test_cli_exit_codes_and_json() -> None:
    valid = _cli("request", "GET", "/12/accounts/abc/cards?count=10")
    assert valid.returncode == 0 and "valid" in valid.stdout
    invalid = _cli("request", "GET", "/12/accounts/abc/cards?count=300", "--json")
    assert invalid.returncode == 1
    report = json.loads(invalid.stdout)
    assert report["operation"] == "list_cards"
    assert [(v["rule"], v["parameter"]) for v in report["violations"]] == [("spec.maximum", "count")]
    assert _cli("request", "GET").returncode == 2


def test_cli_reads_a_request_file(tmp_path: Path) -> None:
    described = {
        "method": "POST",
        "url": "/12/accounts/abc/cards",
        "body": {"name": "c", "components": [{"type": "SWIPEABLE_MEDIA", "media_keys": ["3_1"]}]},
    }
    path = tmp_path / "request.json"
    path.write_text(json.dumps(described), encoding="utf-8")
    result = _cli("file", str(path))
    assert result.returncode == 1
    assert "`/components/0/media_keys` has 1 item; takes 2–6 items" in result.stdout
    assert _cli("file", str(tmp_path / "missing.json")).returncode == 2
