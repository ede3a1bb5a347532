"""Errors of composite keywords name the field at fault (issue 10, "What to build" 3).

One case per use of `anyOf`, `oneOf`, `not`, `if`/`then` and `dependentRequired` in the
bundle's request schemas: the rule id, the `parameter` (the field to add, remove or fix,
never `/` or the object holding it) and the fields the message must name. A last test
finds every use site in the bundle, so a new one without a case here fails.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from tests.support.schemas import request_schemas
from tests.validators.conftest import send
from xads_spec import load_bundle
from xads_validators import RequestValidator

A = "/12/accounts/abc"
FLEX = "/12/batch/accounts/abc/custom_audiences"
SWIPE = {"type": "SWIPEABLE_MEDIA", "media_keys": ["3_1", "3_2"]}
WEBSITE = {"type": "DETAILS", "title": "X", "destination": {"type": "WEBSITE", "url": "https://x.com"}}
LEAF = {"custom_audience_id": "a1", "lookback_window": 7}


def button(**destination: str) -> dict[str, Any]:
    app = {"type": "APP", "country_code": "US", **destination}
    return {"type": "BUTTON", "label": {"type": "ENUM", "value": "INSTALL"}, "destination": app}


def flexible(segments: dict[str, Any]) -> list[dict[str, Any]]:
    params = {"name": "f", "audience_type": "FLEXIBLE", "segments": segments}
    return [{"operation_type": "Create", "params": params}]


def tree(child: dict[str, Any]) -> list[dict[str, Any]]:
    return flexible({"boolean_operator": "AND", "child_segments": [LEAF, child]})


@dataclass(frozen=True)
class Case:
    site: str  # components/schemas/<Schema>/<keyword path> in the bundle
    method: str
    url: str
    body: Any
    rule: str
    parameter: str
    names: tuple[str, ...]


CASES = [
    Case(
        "IsoTime/anyOf",
        "GET",
        "/12/insights/keywords/search?granularity=DAY&keywords=x&start_time=soon&end_time=2026-01-02",
        None,
        "spec.any_of",
        "start_time",
        ("date-time", "date"),
    ),
    Case(
        "CardAppDestination/anyOf",
        "POST",
        f"{A}/cards",
        {"name": "c", "components": [SWIPE, button()]},
        "spec.any_of",
        "/components/1/destination/googleplay_app_id",
        ("googleplay_app_id", "ios_app_store_identifier"),
    ),
    Case(
        "CardAppDestination/dependentRequired/googleplay_deep_link",
        "POST",
        f"{A}/cards",
        {"name": "c", "components": [SWIPE, button(ios_app_store_identifier="1", googleplay_deep_link="g://")]},
        "spec.dependent_required",
        "/components/1/destination/googleplay_app_id",
        ("googleplay_deep_link", "googleplay_app_id"),
    ),
    Case(
        "CardAppDestination/dependentRequired/ios_deep_link",
        "POST",
        f"{A}/cards",
        {"name": "c", "components": [SWIPE, button(googleplay_app_id="com.x", ios_deep_link="i://")]},
        "spec.dependent_required",
        "/components/1/destination/ios_app_store_identifier",
        ("ios_deep_link", "ios_app_store_identifier"),
    ),
    Case(
        "CardComponent/oneOf",
        "POST",
        f"{A}/cards",
        {"name": "c", "components": [SWIPE, {"type": "BANNER"}]},
        "spec.one_of",
        "/components/1/type",
        ("type", "MEDIA", "SWIPEABLE_MEDIA", "DETAILS", "BUTTON"),
    ),
    Case(
        "CardCreate/if",
        "POST",
        f"{A}/cards",
        {"name": "c"},
        "spec.required",
        "/slides",
        ("components", "slides"),
    ),
    Case(
        "CardCreate/not",
        "POST",
        f"{A}/cards",
        {"name": "c", "components": [SWIPE, WEBSITE], "slides": [[SWIPE, WEBSITE], [SWIPE, WEBSITE]]},
        "spec.not",
        "/slides",
        ("components", "slides"),
    ),
    Case(
        "CardUpdate/not",
        "PUT",
        f"{A}/cards/1",
        {"components": [SWIPE, WEBSITE], "slides": [[SWIPE, WEBSITE], [SWIPE, WEBSITE]]},
        "spec.not",
        "/slides",
        ("components", "slides"),
    ),
    Case(
        "FlexibleAudienceSegment/allOf/0/if",
        "POST",
        FLEX,
        tree({"custom_audience_id": "a2"}),
        "spec.required",
        "/0/params/segments/child_segments/1/lookback_window",
        ("custom_audience_id", "lookback_window"),
    ),
    Case(
        "FlexibleAudienceSegment/allOf/1/if",
        "POST",
        FLEX,
        tree({"child_segments": [LEAF]}),
        "spec.required",
        "/0/params/segments/child_segments/1/boolean_operator",
        ("child_segments", "boolean_operator"),
    ),
    Case(
        "FlexibleAudienceSegment/allOf/2/anyOf",
        "POST",
        FLEX,
        tree({"negate": True}),
        "spec.any_of",
        "/0/params/segments/child_segments/1/custom_audience_id",
        ("custom_audience_id", "child_segments"),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[case.site for case in CASES])
def test_composite_errors_name_the_field(validator: RequestValidator, case: Case) -> None:
    result = send(validator, case.method, case.url, body=case.body)
    [violation] = [v for v in result.violations if v.rule.startswith("spec.")]
    assert (violation.rule, violation.parameter) == (case.rule, case.parameter)
    for name in case.names:
        assert name in violation.message, (name, violation.message)


def test_unknown_fields_are_named_one_by_one(validator: RequestValidator) -> None:
    body = {"name": "c", "components": [SWIPE, WEBSITE], "id": "1", "created_at": "x"}
    result = send(validator, "POST", f"{A}/cards", body=body)
    assert sorted((v.rule, v.parameter) for v in result.violations) == [
        ("spec.additional_properties", "/created_at"),
        ("spec.additional_properties", "/id"),
    ]


def test_no_body_error_points_at_a_parent_object(validator: RequestValidator) -> None:
    """Every case's error points below the object whose keyword failed."""
    for case in CASES:
        if case.body is None:
            continue
        result = send(validator, case.method, case.url, body=case.body)
        assert all(v.parameter not in (None, "/") for v in result.violations), case.site


def _sites(node: Any, at: str) -> set[str]:
    keywords = ("anyOf", "oneOf", "not", "if", "dependentRequired", "dependentSchemas")
    found: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            where = f"{at}/{key}"
            if key == "dependentRequired":
                found |= {f"{where}/{name}" for name in value}
            elif key in keywords:
                found.add(where)
            if key != "not":  # a `not` inside `if` is part of the condition, not a site of its own
                found |= _sites(value, where)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found |= _sites(value, f"{at}/{index}")
    return found


def test_every_composite_keyword_of_the_request_schemas_has_a_case() -> None:
    document = load_bundle(12)
    schemas = document["components"]["schemas"]
    sites = {site for name in request_schemas(document) for site in _sites(schemas[name], name)}
    assert {site for site in sites if "/if/" not in site} == {case.site for case in CASES}
