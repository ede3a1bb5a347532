"""Assemble the hand-written OpenAPI sources into the bundled documents in spec/dist/."""

from xads_spec.bundle import bundle_sources, cut_version
from xads_spec.documents import DIST_DIR, SPEC_DIR, load_bundle, supported_versions

__all__ = [
    "DIST_DIR",
    "SPEC_DIR",
    "bundle_sources",
    "cut_version",
    "load_bundle",
    "supported_versions",
]
