"""The spec schemathesis generates from (xads_fuzz.depth): recursive schemas unrolled to their
`x-max-depth` admit exactly what the spec admits within that depth, and what that buys: the
largest batch of flexible-audience trees is generated, quickly, and every generated positive
body is one the spec accepts."""

from __future__ import annotations

import json
import time
from typing import Any

import jsonschema_rs
import pytest
from schemathesis.generation import GenerationMode

from xads_fuzz import coverage_cases, load_schema
from xads_fuzz.depth import unrolled_to_max_depth
from xads_spec.documents import dist_path

SPEC = json.loads(dist_path(12).read_text())
VIEW = unrolled_to_max_depth(SPEC)
SEGMENT = "FlexibleAudienceSegment"
MAX_DEPTH: int = SPEC["components"]["schemas"][SEGMENT]["x-max-depth"]
BATCH = SPEC["paths"]["/batch/accounts/{account_id}/custom_audiences"]["post"]["requestBody"]["content"][
    "application/json"
]["schema"]
LEAF = {"custom_audience_id": "a1", "lookback_window": 7}


def judge(document: dict[str, Any], schema: Any) -> jsonschema_rs.Validator:
    root = {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema, "components": document["components"]}
    return jsonschema_rs.validator_for(root)


def nested(depth: int, leaf: dict[str, Any] = LEAF) -> dict[str, Any]:
    """A chain of `depth` levels, the outermost counting 1, ending in `leaf`."""
    tree = leaf
    for _ in range(depth - 1):
        tree = {"boolean_operator": "AND", "child_segments": [tree]}
    return tree


@pytest.mark.parametrize("depth", range(1, MAX_DEPTH + 2))
def test_the_view_admits_what_the_spec_admits_within_the_depth(depth: int) -> None:
    segment = {"$ref": f"#/components/schemas/{SEGMENT}"}
    spec, view = judge(SPEC, segment), judge(VIEW, segment)
    assert spec.is_valid(nested(depth))
    assert view.is_valid(nested(depth)) is (depth <= MAX_DEPTH)
    broken = nested(depth, {"custom_audience_id": "a1"})  # lookback_window missing at the bottom
    assert not spec.is_valid(broken) and not view.is_valid(broken)
    bare = nested(depth, {"negate": True})  # neither an audience nor children
    assert not spec.is_valid(bare) and not view.is_valid(bare)


def test_only_self_referring_schemas_with_a_depth_change() -> None:
    added = set(VIEW["components"]["schemas"]) - set(SPEC["components"]["schemas"])
    assert len(added) == MAX_DEPTH - 1 and all(name.startswith(SEGMENT) for name in added)
    for name, schema in SPEC["components"]["schemas"].items():
        if name != SEGMENT:
            assert VIEW["components"]["schemas"][name] == schema, name
    assert VIEW["paths"] == SPEC["paths"]


def test_the_largest_batch_of_trees_is_generated_and_the_spec_accepts_every_positive_body() -> None:
    """Before the view, schemathesis spent 22 s on the batch of `maxItems` trees and gave up
    (Hypothesis drew trees nested past its own limit): no such case was ever sent."""
    began = time.perf_counter()
    bodies = [
        case.body
        for case in coverage_cases(load_schema(12), "batch_flexible_audiences", [GenerationMode.POSITIVE])
        if isinstance(case.body, list)
    ]
    assert time.perf_counter() - began < 10
    assert BATCH["maxItems"] in {len(body) for body in bodies}
    spec = judge(SPEC, BATCH)
    for body in bodies:
        assert spec.is_valid(body), body
