"""Where the spec follows the live API rather than the reference's text (issue 10): the records
are complete and listed on docs/fidelity.md, the version cuts differ where X says the versions
do, and the validators accept and refuse per version accordingly."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from tests.spec.conftest import operation, parameter
from tests.validators.conftest import NOW, rules_of, send
from xads_spec import load_bundle
from xads_spec.bundle import operations
from xads_spec.fidelity import PAGE, collect, render
from xads_validators import RequestValidator

TAILORED = {
    "list_tailored_audience_permissions",
    "create_tailored_audience_permission",
    "delete_tailored_audience_permission",
}
DIGEST = "a" * 64


@pytest.fixture(scope="module")
def validator() -> RequestValidator:
    return RequestValidator(clock=lambda: NOW)


def _schema(name: str, version: int | None = None) -> dict[str, Any]:
    schema: dict[str, Any] = load_bundle(version)["components"]["schemas"][name]
    return schema


def _is_valid(name: str, value: Any, version: int | None = None) -> bool:
    bundle = load_bundle(version)
    registry: Registry[Any] = Registry().with_resource("urn:b", DRAFT202012.create_resource(bundle))
    validator = Draft202012Validator({"$ref": f"urn:b#/components/schemas/{name}"}, registry=registry)
    return validator.is_valid(value)


def test_every_fidelity_record_has_reference_live_evidence_and_decision() -> None:
    records = collect(load_bundle(), "x-fidelity")
    assert len(records) >= 7
    for places, record in records:
        assert set(record) == {"reference", "live", "evidence", "decision"}, places
        assert all(str(record[key]).strip() for key in ("reference", "live", "decision")), places
        assert record["evidence"], places
        assert all(set(item) == {"source", "says"} and item["source"] and item["says"] for item in record["evidence"])


def test_fidelity_page_is_written_from_the_spec() -> None:
    """docs/fidelity.md lists every x-fidelity, x-decision and version marker; it must not go stale."""
    assert PAGE.read_text(encoding="utf-8") == render(), "run: python -m xads_spec.fidelity"
    page = PAGE.read_text(encoding="utf-8")
    for key in ("x-fidelity", "x-decision"):
        for places, _record in collect(load_bundle(), key):
            assert "; ".join(places) in page


def test_card_ids_is_the_filter_and_card_id_its_deprecated_alias() -> None:
    ids, alias = parameter("list_cards", "card_ids"), parameter("list_cards", "card_id")
    assert alias["deprecated"] is True and "deprecated" not in ids
    assert alias["schema"] == ids["schema"]


@pytest.mark.parametrize("operation_id", ["get_card", "update_card", "delete_card"])
def test_one_card_answers_take_an_object_or_a_one_item_list(operation_id: str) -> None:
    ref = operation(operation_id)["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
    name = ref.rsplit("/", 1)[-1]
    card = operation("get_card")["responses"]["200"]["content"]["application/json"]["example"]["data"]
    assert _is_valid(name, {"data": card})
    assert _is_valid(name, {"data": [card]})
    assert not _is_valid(name, {"data": [card, card]})
    assert not _is_valid(name, {"data": []})


@pytest.mark.parametrize("version", [11, 12])
def test_tweet_ids_are_strings_or_numbers_and_str_duplicates_are_gone(version: int) -> None:
    for name in ("Tweet", "TweetUser", "ScheduledTweet"):
        assert "id_str" in _schema(name)["properties"]  # the reference's text, kept in the full bundle
        assert "id_str" not in _schema(name, version)["properties"]
    assert not {"in_reply_to_status_id_str", "in_reply_to_user_id_str"} & set(_schema("Tweet", version)["properties"])
    for name in ("Tweet", "TweetUser", "DraftTweet", "ScheduledTweet"):
        assert "id_str" not in _schema(name, version).get("required", [])
    tweet = {"id": "1166476031668015104", "user": {"id": "756201191646691328"}}
    assert _is_valid("Tweet", tweet, version)
    assert _is_valid("Tweet", {"id": 1166476031668015104, "user": {"id": 756201191646691328}}, version)
    assert not _is_valid("Tweet", {"id": "11664760316680151x"}, version)
    assert not _is_valid("Tweet", {"id_str": "1166476031668015104"}, version)  # id itself stays required


def test_phone_numbers_in_do_not_reach_lists_only_from_version_12() -> None:
    assert "phone_number" not in _schema("DoNotReachListUser", 11)["properties"]
    assert "phone_number" in _schema("DoNotReachListUser", 12)["properties"]
    assert _schema("DoNotReachListUser")["properties"]["phone_number"]["x-since"] == 12


def test_tailored_audience_permission_paths_are_gone_from_both_cuts() -> None:
    full = {op["operationId"]: op for _p, _m, op in operations(load_bundle())}
    assert {full[name]["x-removed-in"] for name in TAILORED} == {9}
    for version in (11, 12):
        cut = load_bundle(version)
        assert TAILORED.isdisjoint(op["operationId"] for _p, _m, op in operations(cut))
        assert not any("tailored" in path for path in cut["paths"])
        assert not any(name.startswith("TailoredAudience") for name in cut["components"]["schemas"])


# -- the validators judge each version by its own cut ------------------------------------------


def _dnrl_batch(user: dict[str, Any]) -> list[dict[str, Any]]:
    expires = (NOW + timedelta(days=30)).strftime("%Y-%m-%dT%H:%M:%SZ")
    return [{"operation_type": "Update", "params": {"expires_at": expires, "users": [user]}}]


@pytest.mark.parametrize(("version", "accepted"), [(11, False), (12, True)])
def test_validators_take_phone_numbers_from_version_12(
    validator: RequestValidator, version: int, accepted: bool
) -> None:
    url = f"https://ads-api.x.com/{version}/batch/accounts/18ce54d4x5t/do_not_reach_lists/4kzro/users"
    assert send(validator, "POST", url, body=_dnrl_batch({"email": [DIGEST]})).violations == []
    result = send(validator, "POST", url, body=_dnrl_batch({"email": [DIGEST], "phone_number": [DIGEST]}))
    assert (result.violations == []) is accepted
    if not accepted:
        assert any("phone_number" in str(v) for v in result.violations), [str(v) for v in result.violations]


@pytest.mark.parametrize("version", [11, 12])
def test_validators_know_no_tailored_audience_paths(validator: RequestValidator, version: int) -> None:
    url = f"https://ads-api.x.com/{version}/accounts/18ce54d4x5t/tailored_audiences/2906h/permissions"
    assert "spec.unknown_operation" in rules_of(send(validator, "GET", url).violations)
    custom = url.replace("tailored_audiences", "custom_audiences")
    assert send(validator, "GET", custom).violations == []


@pytest.mark.parametrize("name", ["card_ids", "card_id"])
def test_validators_take_card_ids_and_its_alias(validator: RequestValidator, name: str) -> None:
    url = f"https://ads-api.x.com/11/accounts/18ce54d4x5t/cards?{name}=1044294149527166979,1044301099031658496"
    assert send(validator, "GET", url).violations == []
    refused = send(validator, "GET", f"https://ads-api.x.com/11/accounts/18ce54d4x5t/cards?{name}=abc")
    assert {v.parameter for v in refused.violations} == {name}
