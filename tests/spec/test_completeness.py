"""All 72 operations exist with the right method, path and a well-formed description."""

from __future__ import annotations

import re

import pytest

from xads_spec import load_bundle, supported_versions
from xads_spec.bundle import operations
from xads_validators.operations import version_index
from xads_validators.schemas import compile_schema

# The reference's 68 operations, the two the guides show and the two accounts lookups.
EXPECTED = """
GET /insights/keywords/search
GET /accounts/{account_id}/tailored_audiences/{tailored_audience_id}/permissions
POST /accounts/{account_id}/tailored_audiences/{tailored_audience_id}/permissions
DELETE /accounts/{account_id}/tailored_audiences/{tailored_audience_id}/permissions/{tailored_audience_permission_id}
GET /accounts/{account_id}/custom_audiences/{custom_audience_id}/targeted
POST /accounts/{account_id}/custom_audiences/{custom_audience_id}/users
GET /accounts/{account_id}/custom_audiences/{custom_audience_id}/permissions
POST /accounts/{account_id}/custom_audiences/{custom_audience_id}/permissions
DELETE /accounts/{account_id}/custom_audiences/{custom_audience_id}/permissions/{custom_audience_permission_id}
GET /accounts/{account_id}/custom_audiences
GET /accounts/{account_id}/custom_audiences/{custom_audience_id}
POST /accounts/{account_id}/custom_audiences
PUT /accounts/{account_id}/custom_audiences/{custom_audience_id}
POST /batch/accounts/{account_id}/custom_audiences
DELETE /accounts/{account_id}/custom_audiences/{custom_audience_id}
GET /accounts/{account_id}/do_not_reach_lists
POST /accounts/{account_id}/do_not_reach_lists
POST /batch/accounts/{account_id}/do_not_reach_lists/{do_not_reach_list_id}/users
DELETE /accounts/{account_id}/do_not_reach_lists/{do_not_reach_list_id}
GET /accounts/{account_id}/account_media
GET /accounts/{account_id}/account_media/{account_media_id}
DELETE /accounts/{account_id}/account_media/{account_media_id}
GET /accounts/{account_id}/cards
GET /accounts/{account_id}/cards/{card_id}
POST /accounts/{account_id}/cards
PUT /accounts/{account_id}/cards/{card_id}
DELETE /accounts/{account_id}/cards/{card_id}
GET /accounts/{account_id}/cards/all
GET /accounts/{account_id}/cards/all/{card_id}
GET /accounts/{account_id}/draft_tweets
GET /accounts/{account_id}/draft_tweets/{draft_tweet_id}
POST /accounts/{account_id}/draft_tweets
PUT /accounts/{account_id}/draft_tweets/{draft_tweet_id}
DELETE /accounts/{account_id}/draft_tweets/{draft_tweet_id}
POST /accounts/{account_id}/draft_tweets/preview/{draft_tweet_id}
GET /accounts/{account_id}/cards/image_conversation
GET /accounts/{account_id}/cards/image_conversation/{card_id}
POST /accounts/{account_id}/cards/image_conversation
PUT /accounts/{account_id}/cards/image_conversation/{card_id}
DELETE /accounts/{account_id}/cards/image_conversation/{card_id}
GET /accounts/{account_id}/media_library
GET /accounts/{account_id}/media_library/{media_key}
POST /accounts/{account_id}/media_library
PUT /accounts/{account_id}/media_library/{media_key}
DELETE /accounts/{account_id}/media_library/{media_key}
GET /accounts/{account_id}/cards/poll
GET /accounts/{account_id}/cards/poll/{card_id}
POST /accounts/{account_id}/cards/poll
DELETE /accounts/{account_id}/cards/poll/{card_id}
GET /accounts/{account_id}/preroll_call_to_actions
GET /accounts/{account_id}/preroll_call_to_actions/{preroll_call_to_action_id}
POST /accounts/{account_id}/preroll_call_to_actions
PUT /accounts/{account_id}/preroll_call_to_actions/{preroll_call_to_action_id}
DELETE /accounts/{account_id}/preroll_call_to_actions/{preroll_call_to_action_id}
GET /accounts/{account_id}/scheduled_tweets
GET /accounts/{account_id}/scheduled_tweets/{scheduled_tweet_id}
POST /accounts/{account_id}/scheduled_tweets
PUT /accounts/{account_id}/scheduled_tweets/{scheduled_tweet_id}
DELETE /accounts/{account_id}/scheduled_tweets/{scheduled_tweet_id}
GET /accounts/{account_id}/tweet_previews
GET /accounts/{account_id}/tweets
POST /accounts/{account_id}/tweet
PUT /accounts/{account_id}/tweets/{tweet_id}/name
GET /accounts/{account_id}/cards/video_conversation
GET /accounts/{account_id}/cards/video_conversation/{card_id}
POST /accounts/{account_id}/cards/video_conversation
PUT /accounts/{account_id}/cards/video_conversation/{card_id}
DELETE /accounts/{account_id}/cards/video_conversation/{card_id}
POST /accounts/{account_id}/promoted_tweets
POST /accounts/{account_id}/scheduled_promoted_tweets
GET /accounts
GET /accounts/{account_id}
"""

EXPECTED_OPERATIONS = {tuple(line.split(" ", 1)) for line in EXPECTED.strip().splitlines()}
BUNDLE = load_bundle()
ALL = operations(BUNDLE)


def test_expected_list_has_72_operations() -> None:
    assert len(EXPECTED_OPERATIONS) == 72


def test_every_operation_present_with_method_and_path() -> None:
    found = {(method.upper(), path) for path, method, _op in ALL}
    assert sorted(EXPECTED_OPERATIONS - found) == []
    assert sorted(found - EXPECTED_OPERATIONS) == []


@pytest.mark.parametrize(("path", "method", "op"), ALL, ids=[f"{m} {p}" for p, m, _ in ALL])
def test_operation_is_documented(path: str, method: str, op: dict[str, object]) -> None:
    assert re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)+", str(op["operationId"]))
    tags = op.get("tags")
    assert isinstance(tags, list) and len(tags) == 1
    assert str(op.get("summary", "")).strip() and str(op.get("description", "")).strip()
    responses = op["responses"]
    assert isinstance(responses, dict)
    assert {"200", "400", "401", "403", "404", "413", "429", "503"} <= set(responses)
    if method == "delete":
        assert op.get("x-delete") in {"soft", "hard"}


def test_operation_ids_are_unique() -> None:
    ids = [op["operationId"] for _p, _m, op in ALL]
    assert len(ids) == len(set(ids))


def test_every_tag_is_declared_and_used() -> None:
    declared = {tag["name"] for tag in BUNDLE["tags"]}
    used = {op["tags"][0] for _p, _m, op in ALL}
    assert used == declared


def test_supported_versions_are_11_and_12() -> None:
    assert supported_versions() == [11, 12]
    assert BUNDLE["servers"][0]["url"] == "https://ads-api.x.com/{version}"


@pytest.mark.parametrize("version", supported_versions())
def test_batch_operations_document_item_errors(version: int) -> None:
    """Operations taking a JSON array answer item-level problems in a typed `operation_errors`."""
    batches = [op for op in version_index(version).by_id.values() if op.takes_batch]
    assert len(batches) == 3
    for op in batches:
        error = compile_schema(op.spec["responses"]["400"]["content"]["application/json"]["schema"], op.components)
        envelope = {"errors": [{"code": "INVALID_PARAMETER", "message": "m"}]}
        item = {"index": 1, "errors": [{"code": "INVALID_PARAMETER", "message": "m", "parameter": "/1"}]}
        assert error.is_valid({**envelope, "operation_errors": [item]}), op.operation_id
        assert not error.is_valid({**envelope, "operation_errors": [{"index": "first"}]}), op.operation_id
