"""docs/new-version.md end to end, on a scratch copy: a synthetic version 13 that differs from 12."""

from __future__ import annotations

import json
from pathlib import Path

from tests.spec.releasing import Workspace


def test_adding_version_13(tmp_path: Path) -> None:
    workspace = Workspace(tmp_path / "repo")
    for version in ("11", "12"):  # what the repository has released before the walkthrough starts
        workspace.spec_cli("release", version)

    # Step 1: announce the version.
    with workspace.edit_yaml("openapi.yaml") as entry:
        entry["x-supported-versions"].append(13)
        entry["servers"][0]["variables"]["version"]["enum"].append("13")
    # Step 2: mark what changed: one shared parameter gone, one operation gains a parameter.
    with workspace.edit_yaml("components/parameters.yaml") as data:
        data["components"]["parameters"]["WithTotalCount"]["x-removed-in"] = 13
    with workspace.edit_yaml("resources/cards.yaml") as data:
        operation = next(iter(data["paths"].values()))["get"]
        operation.setdefault("parameters", []).append(
            {"name": "locale", "in": "query", "x-since": 13, "description": "Language.", "schema": {"type": "string"}}
        )
    # Step 3: bundle, then read the diff.
    workspace.spec_cli("bundle")
    assert (workspace.spec / "dist" / "x-ads-api.v13.json").is_file()
    [compared] = json.loads(workspace.spec_cli("diff", "12", "13", "--json").stdout)
    verdicts = {(c["kind"], c["where"], c["breaking"]) for c in compared["changes"]}
    assert verdicts == {
        ("parameter-removed", "query parameter with_total_count", True),
        ("parameter-added", "query parameter locale", False),
    }
    assert {c["operation"].split(" ")[0] for c in compared["changes"] if c["kind"] == "parameter-added"} == {
        operation["operationId"]
    }
    # The guard is about released versions: 11 and 12 did not change, 13 is not released yet.
    assert workspace.spec_cli("guard").returncode == 0

    # Step 4: release 13 and generate its client.
    assert "released xads-client-v13 13.0.0" in workspace.spec_cli("release", "13").stdout
    client = tmp_path / "client13"
    workspace.run("xads_generator", "--api-version", "13", "--output", str(client))
    assert 'version = "13.0.0"' in (client / "pyproject.toml").read_text(encoding="utf-8")
    changelog = (client / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "## 13.0.0 (changes since 12.0.0)" in changelog
    breaking, rest = changelog.split("### Non-breaking changes")
    assert "query parameter with_total_count: parameter removed" in breaking
    assert "query parameter locale: parameter added" in rest
