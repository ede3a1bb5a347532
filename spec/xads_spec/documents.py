"""Where the spec lives on disk and how the bundled documents are read."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

SPEC_DIR = Path(__file__).resolve().parent.parent
# Installed, the bundles ship inside the package (xads_spec/dist); in a checkout they are built
# into spec/dist, beside the YAML sources they come from.
_PACKAGED = Path(__file__).resolve().parent / "dist"
DIST_DIR = _PACKAGED if _PACKAGED.is_dir() else SPEC_DIR / "dist"
BUNDLE_NAME = "x-ads-api"


def dist_path(version: int | None = None) -> Path:
    """The bundle for one API version, or the full bundle with version markers."""
    suffix = "" if version is None else f".v{version}"
    return DIST_DIR / f"{BUNDLE_NAME}{suffix}.json"


@functools.cache
def load_bundle(version: int | None = None) -> dict[str, Any]:
    """Parsed bundle; cached because every consumer reads the same few files."""
    with dist_path(version).open(encoding="utf-8") as handle:
        document: dict[str, Any] = json.load(handle)
    return document


def supported_versions() -> list[int]:
    return [int(v) for v in load_bundle()["x-supported-versions"]]


def dump_json(document: dict[str, Any]) -> str:
    """The one serialisation of a bundle, so regeneration is byte-for-byte stable."""
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
