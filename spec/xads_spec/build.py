"""Write, check and validate the bundles in dist/."""

from __future__ import annotations

from pathlib import Path

from xads_spec.bundle import bundle_sources, cut_version
from xads_spec.documents import DIST_DIR, SPEC_DIR, dist_path, dump_json


def rendered_bundles() -> dict[Path, str]:
    """Every dist/ file as the current sources produce it."""
    full = bundle_sources(SPEC_DIR)
    files = {dist_path(): dump_json(full)}
    for version in full["x-supported-versions"]:
        files[dist_path(int(version))] = dump_json(cut_version(full, int(version)))
    return files


def build_all(write: bool) -> list[Path]:
    files = rendered_bundles()
    if write:
        DIST_DIR.mkdir(exist_ok=True)
        for path, text in files.items():
            path.write_text(text, encoding="utf-8")
    return list(files)


def stale_files() -> list[Path]:
    """dist/ files that differ from what the sources produce, or are missing."""
    return [
        path
        for path, text in rendered_bundles().items()
        if not path.exists() or path.read_text(encoding="utf-8") != text
    ]


def validate_all() -> list[str]:
    """Validate each bundle as OpenAPI 3.1; raises on the first invalid one."""
    import json

    from openapi_spec_validator import validate  # the `validate` extra: only bundling needs no validator

    names = []
    for path, text in rendered_bundles().items():
        validate(json.loads(text))
        names.append(path.name)
    return names
