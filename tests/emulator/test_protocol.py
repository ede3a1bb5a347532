"""Envelope, paging and header details, over HTTP with real signatures."""

from __future__ import annotations

import argparse
import base64
import time
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from xads_client_v12.api.custom_audience_users import update_custom_audience_users
from xads_client_v12.models import CustomAudienceUsersOperation

from tests.emulator.test_flows import error, ok
from tests.support.emulator import ACCOUNT, DEMO, Emulator
from xads_client import AdsApiError, Credentials, connect
from xads_emulator.cli import _limit
from xads_emulator.storage import Store

A = f"/accounts/{ACCOUNT}"
RATE_HEADERS = ("x-rate-limit-limit", "x-rate-limit-remaining", "x-rate-limit-reset")


def test_batch_item_errors_name_the_item_and_apply_nothing(api: httpx.Client) -> None:
    audience = ok(api.post(f"{A}/custom_audiences", params={"name": "batch errors"}))["data"]
    good = {"operation_type": "Update", "params": {"users": [{"email": ["a" * 64]}]}}
    bad = {"operation_type": "Update", "params": {"users": [{"email": ["not a digest"]}]}}
    response = api.post(f"{A}/custom_audiences/{audience['id']}/users", json=[good, bad, good])
    assert response.status_code == 400
    body = response.json()
    assert [item["index"] for item in body["operation_errors"]] == [1]
    assert body["operation_errors"][0]["errors"][0]["parameter"].startswith("/1/params/users/0/email")
    assert body["errors"][0]["message"].endswith("nothing was applied")
    stored = ok(api.get(f"{A}/custom_audiences/{audience['id']}"))["data"]
    assert stored["audience_size"] is None  # the good items were not applied either
    counts = ok(api.post(f"{A}/custom_audiences/{audience['id']}/users", json=[good, good]))["data"]
    assert counts == {"success_count": 2, "total_count": 2}


def test_the_client_reports_batch_item_errors_by_index(api: httpx.Client, emulator: Emulator) -> None:
    audience = ok(api.post(f"{A}/custom_audiences", params={"name": "client batch errors"}))["data"]
    good = {"operation_type": "Update", "params": {"users": [{"email": ["a" * 64]}]}}
    bad = {"operation_type": "Update", "params": {"users": [{"email": ["not a digest"]}]}}
    body = [CustomAudienceUsersOperation.from_dict(item) for item in (good, bad, good)]
    client = connect(emulator.url, DEMO, preflight=False)  # let the server judge the batch
    with pytest.raises(AdsApiError) as raised:
        update_custom_audience_users.sync_detailed(ACCOUNT, audience["id"], client=client, body=body)
    assert raised.value.status_code == 400
    assert list(raised.value.operation_errors) == [1]
    assert raised.value.operation_errors[1][0].parameter == "/1/params/users/0/email/0"
    assert raised.value.errors[0].message.endswith("nothing was applied")


def test_batch_time_rules_are_item_errors(api: httpx.Client) -> None:
    reach = api.post(f"{A}/do_not_reach_lists")
    lists = ok(api.get(f"{A}/do_not_reach_lists"))["data"]
    reach_id = reach.json()["data"]["id"] if reach.status_code == 200 else lists[0]["id"]
    future = (datetime.now(UTC) + timedelta(days=30)).strftime("%Y-%m-%dT%H:%M:%SZ")
    past = (datetime.now(UTC) - timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    items = [
        {"operation_type": "Update", "params": {"expires_at": when, "users": [{"email": ["c" * 64]}]}}
        for when in (future, past)
    ]
    response = api.post(f"/batch/accounts/{ACCOUNT}/do_not_reach_lists/{reach_id}/users", json=items)
    assert response.status_code == 400
    assert [item["index"] for item in response.json()["operation_errors"]] == [1]


def test_request_level_batch_errors_stay_in_errors(api: httpx.Client) -> None:
    response = api.post(f"{A}/custom_audiences/2906h/users", json=[])
    assert response.status_code == 400 and "operation_errors" not in response.json()


def test_sort_by_pages_are_keyset_and_stable_under_inserts(api: httpx.Client) -> None:
    names = [f"sorted {letter}" for letter in "dbeac"]
    for name in names:
        ok(api.post(f"{A}/custom_audiences", params={"name": name}))
    seen: list[str] = []
    cursor = None
    for round_ in range(10):
        params: dict[str, str | int] = {"q": "sorted ", "sort_by": "name-asc", "count": 2}
        if cursor:
            params["cursor"] = cursor
        page = ok(api.get(f"{A}/custom_audiences", params=params))
        seen += [a["name"] for a in page["data"]]
        # inserts before and after the cursor's position must neither repeat nor shift items
        ok(api.post(f"{A}/custom_audiences", params={"name": f"sorted a{round_}"}))
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert len(seen) == len(set(seen)) and seen == sorted(seen)
    assert set(names) <= set(seen)
    descending = ok(api.get(f"{A}/custom_audiences", params={"q": "sorted ", "sort_by": "name-desc", "count": 3}))
    assert [a["name"] for a in descending["data"]] == ["sorted e", "sorted d", "sorted c"]


@pytest.mark.parametrize(
    "cursor",
    [
        base64.urlsafe_b64encode(b"s" + b"9" * 40).decode(),
        base64.urlsafe_b64encode(b"k[1e999, 1]").decode(),
        base64.urlsafe_b64encode(b'k["x", 99999999999999999999999]').decode(),
        base64.urlsafe_b64encode(b"\xff\xfe").decode(),
        "%%%",
    ],
)
def test_forged_cursors_are_400(api: httpx.Client, cursor: str) -> None:
    error(api.get(f"{A}/custom_audiences", params={"cursor": cursor}), 400)
    error(api.get(f"{A}/custom_audiences", params={"cursor": cursor, "sort_by": "name-asc"}), 400)


def test_rate_limit_headers_on_refusals_too(emulator: Emulator, api: httpx.Client) -> None:
    with emulator.client(None) as anonymous:
        unsigned = anonymous.get("/accounts")
    too_large = api.post(f"{A}/cards", content=b"x" * 5_000_001, headers={"Content-Type": "application/json"})
    not_mine = api.get("/accounts/18ce54bgxky")
    for response in (unsigned, too_large, not_mine):
        assert all(name in response.headers for name in RATE_HEADERS), response.status_code
        assert int(response.headers["x-rate-limit-reset"]) > time.time()


def test_batch_user_endpoints_have_their_own_limit(api: httpx.Client) -> None:
    answer = api.post(f"{A}/custom_audiences/2906h/users", json=[])
    assert answer.headers["x-rate-limit-limit"] == "1500"


def test_accounts_are_paged(api: httpx.Client) -> None:
    first = ok(api.get("/accounts", params={"count": 1, "with_total_count": "true"}))
    assert len(first["data"]) == 1 and first["total_count"] == 2 and first["next_cursor"]
    second = ok(api.get("/accounts", params={"count": 1, "cursor": first["next_cursor"]}))
    assert second["next_cursor"] is None
    assert {a["id"] for a in first["data"] + second["data"]} == {ACCOUNT, "18ce54aymz3"}
    error(api.get("/accounts", params={"cursor": "%%%"}), 400)


def test_tweets_are_paged_in_the_classic_format(api: httpx.Client) -> None:
    made = [
        ok(api.post(f"{A}/tweet", params={"text": f"#paged tweet {i} https://x.com", "name": f"paged {i}"}))["data"]
        for i in range(3)
    ]
    assert made[0]["entities"]["hashtags"] == [{"text": "paged", "indices": [0, 6]}]
    assert made[0]["user"]["screen_name"] == "apimctestface"
    seen: list[str] = []
    cursor = None
    while True:
        params: dict[str, str | int] = {"tweet_type": "PUBLISHED", "name": "PAGED", "count": 2, "trim_user": "true"}
        if cursor:
            params["cursor"] = cursor
        page = ok(api.get(f"{A}/tweets", params=params))
        assert all(set(t["user"]) == {"id"} for t in page["data"])
        seen += [t["id"] for t in page["data"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == [t["id"] for t in made]
    organic = ok(api.get(f"{A}/tweets", params={"tweet_type": "PUBLISHED", "timeline_type": "ORGANIC"}))["data"]
    assert not {t["id"] for t in organic} & set(seen)


COMPOSER = Credentials("demo-consumer-key", "demo-consumer-secret", "composer-user-token", "composer-user-token-secret")


def test_tweet_composer_may_create_promoted_only_tweets_for_the_full_user(emulator: Emulator) -> None:
    with emulator.client(COMPOSER) as composer:
        tweet = ok(composer.post(f"{A}/tweet", params={"text": "for the brand"}))["data"]
        assert tweet["user"]["id"] == "756201191646691328"  # the FULL promotable user is the author
        organic = composer.post(f"{A}/tweet", params={"text": "organic", "nullcast": "false"})
        assert [e["parameter"] for e in error(organic, 400)] == ["nullcast"]
        draft = ok(composer.post(f"{A}/draft_tweets", params={"text": "a draft"}))["data"]
        assert draft["user_id"] == "756201191646691328"


def test_only_a_tweet_composer_tweets_for_someone_else(api: httpx.Client) -> None:
    refused = api.post(f"{A}/tweet", params={"text": "as another", "as_user_id": "1100000000000000001"})
    assert [e["code"] for e in error(refused, 403)] == ["UNAUTHORIZED_ACCESS"]


def test_promoting_needs_a_published_tweet(api: httpx.Client) -> None:
    draft = ok(api.post(f"{A}/draft_tweets", params={"text": "not published"}))["data"]
    refused = api.post(f"{A}/promoted_tweets", params={"line_item_id": "5gzog", "tweet_ids": draft["id"]})
    assert error(refused, 400)[0]["parameter"].startswith("tweet_ids")


def test_used_nonces_are_forgotten_once_too_old_to_matter() -> None:
    store = Store(":memory:")
    now = int(time.time())
    assert store.use_nonce("app", "old-nonce", str(now - 3600))
    assert not store.use_nonce("app", "old-nonce", str(now - 3600))  # a replay
    for n in range(1000):
        store.use_nonce("app", f"nonce-{n}", str(now), forget_before=now - 600)
    assert store.nonce_unused("app", "old-nonce") and not store.nonce_unused("app", "nonce-999")


def test_cli_rate_limit_option() -> None:
    assert _limit("50/60") == (50, 60)
    for bad in ("fast", "0/60", "10/-1"):
        with pytest.raises(argparse.ArgumentTypeError):
            _limit(bad)
