"""The CI guard: a breaking change to a released version fails until it is recorded with a reason."""

from __future__ import annotations

from pathlib import Path

import yaml

from tests.spec.releasing import Workspace


def _lower_count_maximum(workspace: Workspace) -> None:
    with workspace.edit_yaml("components/parameters.yaml") as data:
        schema = data["components"]["parameters"]["Count"]["schema"]
        schema["maximum"] -= 1
    workspace.spec_cli("bundle")


def test_guard_fails_on_unrecorded_break_and_passes_once_recorded(tmp_path: Path) -> None:
    workspace = Workspace(tmp_path)
    assert "released xads-client-v12 12.0.0" in workspace.spec_cli("release", "12").stdout
    assert workspace.spec_cli("guard").returncode == 0

    _lower_count_maximum(workspace)
    failed = workspace.spec_cli("guard", check=False)
    assert failed.returncode == 1
    unrecorded = [line.split("unrecorded breaking change: ", 1)[1] for line in failed.stderr.splitlines()]
    assert unrecorded and all("query parameter count: maximum-decreased" in change for change in unrecorded)
    refused = workspace.spec_cli("release", "12", check=False)
    assert refused.returncode == 1 and "unrecorded breaking changes" in refused.stderr

    accepted = workspace.spec / "accepted-breaking-changes.yaml"
    entries = [{"version": 12, "change": change, "reason": "The live API caps count lower."} for change in unrecorded]
    accepted.write_text(yaml.safe_dump({"accepted": entries}), encoding="utf-8")
    assert workspace.spec_cli("guard").returncode == 0

    accepted.write_text(yaml.safe_dump({"accepted": [*entries, {**entries[0], "change": "no such change"}]}))
    stale = workspace.spec_cli("guard", check=False)
    assert stale.returncode == 1 and "does not occur: no such change" in stale.stderr

    accepted.write_text(yaml.safe_dump({"accepted": [{**e, "reason": ""} for e in entries]}), encoding="utf-8")
    assert "needs a reason" in workspace.spec_cli("guard", check=False).stderr

    accepted.write_text(yaml.safe_dump({"accepted": entries}), encoding="utf-8")
    assert "released xads-client-v12 12.1.0" in workspace.spec_cli("release", "12").stdout
    assert yaml.safe_load(accepted.read_text(encoding="utf-8"))["accepted"] == []
    assert workspace.spec_cli("guard").returncode == 0
    log = workspace.spec_cli("changelog", "12").stdout
    assert log.index("## 12.1.0 (changes since 12.0.0)") < log.index("## 12.0.0")
    assert "### Breaking changes" in log and "The live API caps count lower." in log


def test_non_breaking_change_needs_no_record(tmp_path: Path) -> None:
    workspace = Workspace(tmp_path)
    workspace.spec_cli("release", "12")
    with workspace.edit_yaml("components/parameters.yaml") as data:
        data["components"]["parameters"]["Count"]["schema"]["maximum"] += 1
    workspace.spec_cli("bundle")
    assert workspace.spec_cli("guard").returncode == 0
    assert "12.1.0.dev0" not in workspace.spec_cli("changelog", "12").stdout
    assert "## Unreleased (12.1.0)" in workspace.spec_cli("changelog", "12").stdout
