"""Validation profiles (`x-validation-profiles`) and the one route, one parse the validators give servers."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from tests.validators.conftest import rules_of, send
from xads_client.errors import PreflightError
from xads_client.preflight import Preflight
from xads_spec import load_bundle, supported_versions
from xads_validators import RequestValidator
from xads_validators.cli import main
from xads_validators.violation import NOT_FOUND

A = "/12/accounts/18ce54d4x5t"
CARD = {"name": "a card", "components": [{"type": "MEDIA", "media_key": "3_1"}]}


def test_profiles_are_read_from_the_spec(validator: RequestValidator) -> None:
    declared = load_bundle(12)["x-validation-profiles"]["profiles"]
    for version in supported_versions():
        for name, settings in declared.items():
            profile = validator.profile(name, version)
            assert profile.ignore_unknown_parameters == (settings["unknown-parameters"] == "ignore")
            assert profile.ignore_repeated_parameters == (settings["repeated-parameters"] == "ignore")
            assert profile.ignore_read_only_body_fields == (settings["read-only-body-fields"] == "ignore")
    with pytest.raises(ValueError, match="no validation profile"):
        validator.profile("lenient", 12)


def test_strict_is_the_default_and_refuses_unknown_parameters(validator: RequestValidator) -> None:
    for result in (
        send(validator, "GET", f"{A}/cards?bogus=1"),
        send(validator, "GET", f"{A}/cards?bogus=1", profile="strict"),
    ):
        assert rules_of(result.violations) == {"spec.unknown_parameter"}
        assert result.ignored_parameters == []


def test_live_ignores_unknown_query_and_form_parameters(validator: RequestValidator) -> None:
    listed = send(validator, "GET", f"{A}/cards?bogus=1&count=5", profile="live")
    assert listed.ok and listed.ignored_parameters == ["bogus"] and listed.params["count"] == 5
    # what the official SDK's save() sends back: every attribute it loaded, as form parameters
    form = "text=hello&id=1&created_at=2022-01-01T00:00:00Z&updated_at=2022-01-01T00:00:00Z&user_id=2"
    saved = send(validator, "POST", f"{A}/draft_tweets", form=form, profile="live")
    assert saved.ok and saved.ignored_parameters == ["id", "created_at", "updated_at", "user_id"]
    assert "id" not in saved.params and saved.params["text"] == "hello"
    # a path parameter's name given in the query is not that parameter
    assert send(validator, "GET", f"{A}/cards?account_id=x", profile="live").ignored_parameters == ["account_id"]


def test_a_known_parameter_with_a_bad_value_is_refused_in_both(validator: RequestValidator) -> None:
    for profile in ("strict", "live"):
        result = send(validator, "GET", f"{A}/cards?count=0&bogus=1", profile=profile)
        assert [v.parameter for v in result.violations if v.rule == "spec.minimum"] == ["count"]
    assert send(validator, "GET", f"{A}/cards?count=0&bogus=1", profile="live").ignored_parameters == ["bogus"]


def test_repeated_parameters_and_unknown_body_fields_are_refused_in_both(validator: RequestValidator) -> None:
    for profile in ("strict", "live"):
        repeated = send(validator, "GET", f"{A}/cards?count=1&count=2", profile=profile)
        assert rules_of(repeated.violations) == {"spec.repeated_parameter"}
        card = send(validator, "POST", f"{A}/cards", body={**CARD, "id": "1"}, profile=profile)
        assert "spec.additional_properties" in rules_of(card.violations) and card.ignored_parameters == []


METADATA: dict[str, Any] = {"13_1": {"type": "VIDEO", "url": "https://video.twimg.com/v.mp4", "width": 640}}
DETAILS = {"type": "DETAILS", "title": "T", "destination": {"type": "WEBSITE", "url": "https://x.com"}}
ECHOED: dict[str, Any] = {
    "name": "a card",
    "components": [{"type": "MEDIA", "media_key": "13_1", "media_metadata": METADATA}, DETAILS],
}


def test_read_only_body_fields_strict_refuses_them_by_pointer(validator: RequestValidator) -> None:
    """A MEDIA component's `media_metadata` is readOnly in the spec: answered, never taken."""
    for method, target in (("POST", f"{A}/cards"), ("PUT", f"{A}/cards/1")):
        result = send(validator, method, target, body=ECHOED)
        assert [(v.rule, v.location, v.parameter) for v in result.violations] == [
            ("spec.read_only", "body", "/components/0/media_metadata")
        ]
        assert result.ignored_parameters == []
    slides = {"name": "c", "slides": [ECHOED["components"], [{"type": "MEDIA", "media_key": "3_2"}, DETAILS]]}
    refused = send(validator, "POST", f"{A}/cards", body=slides)
    assert [v.parameter for v in refused.violations] == ["/slides/0/0/media_metadata"]


def test_read_only_body_fields_live_drops_and_reports_them(validator: RequestValidator) -> None:
    body = {**ECHOED, "components": [dict(c) for c in ECHOED["components"]]}
    live = send(validator, "PUT", f"{A}/cards/1", body=body, profile="live")
    assert live.ok and live.ignored_parameters == ["/components/0/media_metadata"]
    assert live.body["components"][0] == {"type": "MEDIA", "media_key": "13_1"}  # the handler never sees it
    values = validator.validate_values(
        "update_card", 12, {"account_id": "18ce54d4x5t", "card_id": "1"}, body, profile="live"
    )
    assert values.ok and values.ignored_parameters == ["/components/0/media_metadata"]
    assert body["components"][0]["media_metadata"] == METADATA  # the caller's value is left as it was


def test_read_only_is_where_the_schema_says_and_nowhere_else(validator: RequestValidator) -> None:
    """Only the MEDIA branch declares it: on a DETAILS component it is an unknown field, in both
    profiles; a discriminator of the wrong type picks no branch and is a 400, not a crash."""
    misplaced = {"name": "c", "components": [{"type": "MEDIA", "media_key": "13_1"}, {**DETAILS, "media_metadata": {}}]}
    for profile in ("strict", "live"):
        result = send(validator, "POST", f"{A}/cards", body=misplaced, profile=profile)
        assert rules_of(result.violations) == {"spec.additional_properties"} and result.ignored_parameters == []
        odd = {"name": "c", "components": [{"type": ["MEDIA"], "media_metadata": {}}, DETAILS]}
        assert send(validator, "POST", f"{A}/cards", body=odd, profile=profile).violations
    assert validator.operation("create_card", 12).read_only is not None
    assert validator.operation("update_custom_audience_users", 12).read_only is None  # nothing to walk


def test_validate_values_takes_a_profile(validator: RequestValidator) -> None:
    strict = validator.validate_values("list_cards", 12, {"account_id": "18ce54d4x5t", "bogus": 1})
    assert rules_of(strict.violations) == {"spec.unknown_parameter"}
    live = validator.validate_values("list_cards", 12, {"account_id": "18ce54d4x5t", "bogus": 1}, profile="live")
    assert live.ok and live.ignored_parameters == ["bogus"]
    bad = validator.validate_values("list_cards", 12, {"account_id": "18ce54d4x5t", "count": 0}, profile="live")
    assert [v.parameter for v in bad.violations] == ["count"]


def test_the_client_preflight_stays_strict() -> None:
    request = httpx.Request("GET", f"https://ads-api.x.com{A}/cards?bogus=1")
    with pytest.raises(PreflightError):
        Preflight().check(request)


@pytest.mark.parametrize(
    "target",
    [
        f"/{A}/cards",
        "/12//accounts/18ce54d4x5t/cards",
        f"{A}/cards/",
        "/12/./accounts/18ce54d4x5t/cards",
        "/12/x/../accounts/18ce54d4x5t/cards",
        "/12/accounts%2F18ce54d4x5t/cards",
        f"{A}/%2E/cards",
        f"{A}/c%61rds",  # an unreserved character needs no escape
        f"{A}/cards%ff",  # not UTF-8
        f"{A}/cards#x",
        "12/accounts/18ce54d4x5t/cards",
        f"https://ads-api.x.com/{A}/cards",
    ],
)
def test_non_canonical_paths_are_not_found(validator: RequestValidator, target: str) -> None:
    result = send(validator, "GET", target)
    assert result.operation is None
    assert [(v.rule, v.code) for v in result.violations] == [("spec.non_canonical_path", NOT_FOUND)]


def test_one_parse_gives_the_route_and_the_signed_pairs(validator: RequestValidator) -> None:
    request = validator.parse_wire(
        "PUT",
        f"{A}/draft_tweets/1%3A2?text=a+b",
        headers={"Content-Type": "Application/X-WWW-Form-Urlencoded; charset=UTF-8"},
        body=b"nullcast=true&oauth_nonce=n",
    )
    assert request.problems == []
    assert request.route is not None and request.route.params == {"account_id": "18ce54d4x5t", "draft_tweet_id": "1:2"}
    assert request.signed_pairs == [("text", "a b"), ("nullcast", "true"), ("oauth_nonce", "n")]
    result = validator.validate_parsed(request)
    assert result.params["text"] == "a b" and result.params["nullcast"] is True


@pytest.mark.parametrize("query", ["count=%zz", "count=%E9", "count=1%"])
def test_unreadable_queries_stop_before_validation(validator: RequestValidator, query: str) -> None:
    request = validator.parse_wire("GET", f"{A}/cards?{query}")
    assert rules_of(request.problems) == {"spec.parameters"}
    assert rules_of(validator.validate_parsed(request).violations) == {"spec.parameters"}


def test_digit_strings_beyond_64_bits_are_refused_before_reading(validator: RequestValidator) -> None:
    result = send(validator, "GET", f"{A}/cards?count={'9' * 5000}")
    assert [(v.rule, v.parameter) for v in result.violations] == [("spec.type", "count")]
    assert send(validator, "GET", f"{A}/cards?count={'0' * 5000}5").ok


def test_xads_validate_is_strict_unless_told(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["request", "GET", f"{A}/cards?bogus=1"]) == 1
    capsys.readouterr()
    assert main(["request", "GET", f"{A}/cards?bogus=1", "--profile", "live", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["ignored_parameters"] == ["bogus"]
