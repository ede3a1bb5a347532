"""The rendered reference: one static HTML page per API version, built by Redocly's CLI.

Redoc shows operations, parameters with their limits, enums, defaults and examples from the
bundle itself; what it does not show are our `x-rules`, so each operation's description gets a
"Rules" section here, linking the rule catalogue, docs/rules.md.
"""

from __future__ import annotations

import copy
import json
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from xads_spec.bundle import operations
from xads_spec.documents import SPEC_DIR, load_bundle, supported_versions

REPO_ROOT = SPEC_DIR.parent
REFERENCE_DIR = REPO_ROOT / "docs" / "reference"
REDOCLY = REPO_ROOT / "node_modules" / ".bin" / "redocly"


def page_path(version: int) -> Path:
    return REFERENCE_DIR / f"x-ads-api.v{version}.html"


def with_rules(document: dict[str, Any]) -> dict[str, Any]:
    """A copy of a bundle whose summaries name the operation id and descriptions list the rules."""
    document = copy.deepcopy(document)
    for _path, _method, operation in operations(document):
        operation["summary"] = f"{operation.get('summary', '')} ({operation['operationId']})"
        rules = operation.get("x-rules", [])
        if not rules:
            continue
        lines = [f"- `{r['id']}` ({r['kind']}): {r['statement']}" for r in rules]
        text = "\n\n**Rules** checked beyond the schema ([rule catalogue](../rules.md)):\n\n" + "\n".join(lines)
        operation["description"] = operation.get("description", "") + text
    return document


def build(versions: list[int] | None = None, output: Path = REFERENCE_DIR) -> list[Path]:
    """Write one HTML page per version (default: every supported version)."""
    output.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as scratch:
        for version in versions or supported_versions():
            source = Path(scratch) / f"x-ads-api.v{version}.json"
            source.write_text(json.dumps(with_rules(load_bundle(version))), encoding="utf-8")
            target = output / page_path(version).name
            subprocess.run(
                [str(REDOCLY), "build-docs", str(source), "--output", str(target), "--inlineBundle", "--title",
                 f"X Ads API v{version} reference"],
                check=True,
                capture_output=True,
                text=True,
            )
            written.append(target)
    return written
