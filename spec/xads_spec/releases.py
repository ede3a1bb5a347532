"""Released API versions: the guard against unrecorded breaking changes, client versions, changelogs.

A version is released once `spec/releases/x-ads-api.vN.json` (the bundle its last client release
was generated from) and an entry in `spec/releases/releases.yaml` exist; `release()` writes both.
Client versions are `N.MINOR.PATCH`: N is the API version, so a new API version is the only new
major; MINOR counts releases that change what a client may send or receive; PATCH counts
releases whose bundle changed without that (descriptions, examples). A breaking change inside a
released version is refused unless `spec/accepted-breaking-changes.yaml` records it with a reason
(a correction to what the live API already does); the changelog lists it under its reason.
Unreleased spec changes give the client `<next>.dev0` and an "Unreleased" changelog section.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from xads_spec.diff import RELEASES_DIR, Change, _read, diff_documents, released_path, render_markdown
from xads_spec.documents import SPEC_DIR, dist_path

LEDGER = RELEASES_DIR / "releases.yaml"
ACCEPTED = SPEC_DIR / "accepted-breaking-changes.yaml"
ACCEPTED_HEADER = """\
# Breaking changes to API versions already released (spec/releases/), recorded as intended.
# `make test` fails on a breaking change to a released version that is not listed here, and on
# an entry that no longer matches a change. `change` is the id `make diff FROM=released` prints;
# `reason` says why clients must take it (it goes into the client's CHANGELOG.md). A release
# (`python -m xads_spec release N`) moves the version's entries into spec/releases/releases.yaml.
"""


class ReleaseError(Exception):
    """A release cannot be cut, or the ledger is inconsistent."""


@dataclass(frozen=True)
class Plan:
    """What releasing API version `api_version` now would publish."""

    api_version: int
    version: str
    previous: str | None
    changes: list[Change]
    reasons: dict[str, str]
    bundle_changed: bool


def _load_yaml(path: Path, key: str) -> Any:
    if not path.is_file():
        return {} if key == "releases" else []
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return data.get(key) or ({} if key == "releases" else [])


def ledger(path: Path = LEDGER) -> dict[int, list[dict[str, Any]]]:
    """Releases per API version, oldest first."""
    return {int(version): list(entries) for version, entries in _load_yaml(path, "releases").items()}


def accepted(path: Path = ACCEPTED) -> dict[int, dict[str, str]]:
    """Accepted breaking changes: API version → change id → reason."""
    found: dict[int, dict[str, str]] = {}
    for entry in _load_yaml(path, "accepted"):
        if not str(entry.get("reason", "")).strip():
            raise ReleaseError(f"{path.name}: {entry.get('change')!r} needs a reason")
        found.setdefault(int(entry["version"]), {})[str(entry["change"])] = str(entry["reason"])
    return found


def _bump(previous: str, minor: bool) -> str:
    major, middle, patch = (int(part) for part in previous.split("."))
    return f"{major}.{middle + 1}.0" if minor else f"{major}.{middle}.{patch + 1}"


def _previous_api(api_version: int, releases: dict[int, list[dict[str, Any]]]) -> int | None:
    earlier = [v for v in releases if v < api_version and released_path(v).is_file()]
    return max(earlier) if earlier else None


def plan(api_version: int, current: dict[str, Any] | None = None) -> Plan:
    """The next release of `api_version` from the working tree's bundle (or `current`)."""
    current = current if current is not None else _read(dist_path(api_version))
    releases = ledger()
    snapshot = released_path(api_version)
    if snapshot.is_file() and releases.get(api_version):
        old = _read(snapshot)
        changes = diff_documents(old, current)
        previous = str(releases[api_version][-1]["version"])
        bundle_changed = old != current
        version = _bump(previous, minor=bool(changes)) if bundle_changed else previous
        return Plan(api_version, version, previous, changes, accepted().get(api_version, {}), bundle_changed)
    base = _previous_api(api_version, releases)
    changes = diff_documents(_read(released_path(base)), current) if base is not None else []
    base_version = str(releases[base][-1]["version"]) if base is not None else None
    return Plan(api_version, f"{api_version}.0.0", base_version, changes, {}, True)


def guard_problems() -> list[str]:
    """Breaking changes to released versions that nobody recorded, and records that match nothing."""
    problems = []
    recorded = accepted()
    for api_version in sorted(ledger()):
        if not dist_path(api_version).is_file():
            problems.append(f"v{api_version} was released but spec/dist has no bundle for it")
            continue
        step = plan(api_version)
        ids = {c.id for c in step.changes}
        for change in step.changes:
            if change.breaking and change.id not in step.reasons:
                problems.append(f"v{api_version}: unrecorded breaking change: {change.id}")
        problems += [
            f"v{api_version}: {ACCEPTED.name} lists a change that does not occur: {change_id}"
            for change_id in sorted(recorded.get(api_version, {}).keys() - ids)
        ]
    problems += [
        f"{ACCEPTED.name} lists version {v}, which has no release" for v in sorted(recorded.keys() - ledger().keys())
    ]
    return problems


def client_version(api_version: int) -> str:
    """The generated client's version: the last release, or the next one as `.dev0` when unreleased."""
    step = plan(api_version)
    released = ledger().get(api_version)
    if released and not step.bundle_changed:
        return step.version
    return f"{step.version}.dev0"


def _entry_markdown(entry: dict[str, Any]) -> str:
    fields = ("kind", "breaking", "operation", "where", "detail")
    changes = [Change(**{k: c[k] for k in fields}) for c in entry["changes"]]
    title = f"{entry['version']}"
    if entry.get("previous"):
        title += f" (changes since {entry['previous']})"
    text = render_markdown(title, changes)
    if not entry.get("previous"):
        text = text.replace("No client-visible changes.", "First release: no earlier release to compare with.")
    reasons = [c for c in entry["changes"] if c.get("reason")]
    if reasons:
        text += "### Why the breaking changes\n\n" + "".join(f"- {c['id']}: {c['reason']}\n" for c in reasons) + "\n"
    return text


def _entry(step: Plan) -> dict[str, Any]:
    changes = []
    for change in step.changes:
        record = change.as_dict()
        if change.id in step.reasons:
            record["reason"] = step.reasons[change.id]
        changes.append(record)
    return {"version": step.version, "previous": step.previous, "changes": changes}


def changelog(api_version: int) -> str:
    """CHANGELOG.md of the `xads-client-v<N>` package, newest release first."""
    lines = [
        f"# Changelog of xads-client-v{api_version}",
        "",
        f"Versions are `{api_version}.MINOR.PATCH`: the major number is the API version. MINOR moves when",
        "what a client may send or receive changes, PATCH when only descriptions or examples do.",
        "Breaking changes inside one API version are corrections to what the live API already does,",
        "each listed with its reason. Written by `python -m xads_generator` from the spec's release",
        "ledger; the first release of a version lists its changes against the previous API version.",
        "",
    ]
    step = plan(api_version)
    released = ledger().get(api_version, [])
    if step.bundle_changed or not released:
        unreleased = _entry(step) | {"version": f"Unreleased ({step.version})"}
        lines.append(_entry_markdown(unreleased))
    lines += [_entry_markdown(entry) for entry in reversed(released)]
    return "\n".join(lines).rstrip() + "\n"


def release(api_version: int) -> Plan:
    """Record the working tree's bundle of `api_version` as released; refuse unrecorded breaks."""
    step = plan(api_version)
    released = ledger().get(api_version)
    if released and not step.bundle_changed:
        raise ReleaseError(f"v{api_version} {step.version} is already released; nothing changed since")
    unrecorded = [c.id for c in step.changes if c.breaking and c.id not in step.reasons] if released else []
    if unrecorded:
        raise ReleaseError("unrecorded breaking changes (record them in accepted-breaking-changes.yaml):\n  "
                           + "\n  ".join(unrecorded))
    RELEASES_DIR.mkdir(exist_ok=True)
    shutil.copyfile(dist_path(api_version), released_path(api_version))
    everything = ledger()
    everything.setdefault(api_version, []).append(_entry(step))
    LEDGER.write_text(
        "# Client releases per API version, oldest first; written by `python -m xads_spec release N`.\n"
        + yaml.safe_dump({"releases": dict(sorted(everything.items()))}, sort_keys=False, allow_unicode=True),
        encoding="utf-8",
    )
    remaining = [
        {"version": v, "change": c, "reason": r}
        for v, entries in accepted().items()
        if v != api_version
        for c, r in entries.items()
    ]
    ACCEPTED.write_text(
        ACCEPTED_HEADER + yaml.safe_dump({"accepted": remaining}, sort_keys=False, allow_unicode=True, width=100),
        encoding="utf-8",
    )
    return step
