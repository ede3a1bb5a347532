"""Documented behaviour, one test each, over HTTP with real signatures."""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from oauthlib import oauth1

from tests.emulator.test_flows import CAROUSEL, error, ok
from tests.support.emulator import ACCOUNT, DEMO, OTHER, OTHER_ACCOUNT, Emulator

A = f"/accounts/{ACCOUNT}"


# -- identity and access ----------------------------------------------------------------


def test_unsigned_and_badly_signed_requests_are_refused(emulator: Emulator) -> None:
    with emulator.client(None) as anonymous:
        assert [e["code"] for e in error(anonymous.get("/accounts"), 401)] == ["UNAUTHORIZED_ACCESS"]
    wrong_secret = DEMO.__class__(DEMO.consumer_key, "wrong", DEMO.access_token, DEMO.access_token_secret)
    with emulator.client(wrong_secret) as forged:
        error(forged.get("/accounts"), 401)
    unknown_token = DEMO.__class__(DEMO.consumer_key, DEMO.consumer_secret, "nobody", "nothing")
    with emulator.client(unknown_token) as stranger:
        error(stranger.get("/accounts"), 401)


def _signed(url: str, **overrides: str) -> dict[str, str]:
    signer = oauth1.Client(
        DEMO.consumer_key,
        client_secret=DEMO.consumer_secret,
        resource_owner_key=DEMO.access_token,
        resource_owner_secret=DEMO.access_token_secret,
        **overrides,
    )
    _uri, headers, _body = signer.sign(url, "GET")
    return dict(headers)


def test_replayed_and_stale_requests_are_refused(emulator: Emulator) -> None:
    url = f"{emulator.url}/accounts"
    headers = _signed(url)
    assert httpx.get(url, headers=headers).status_code == 200
    assert httpx.get(url, headers=headers).status_code == 401  # same nonce again
    stale = _signed(url, timestamp=str(int(time.time()) - 3600), nonce="stale-nonce-123456")
    assert httpx.get(url, headers=stale).status_code == 401


def test_users_see_only_their_accounts(api: httpx.Client, emulator: Emulator) -> None:
    card = ok(api.post(f"{A}/cards", json=CAROUSEL))["data"]
    with emulator.client(OTHER) as other:
        assert [a["id"] for a in ok(other.get("/accounts"))["data"]] == [OTHER_ACCOUNT]
        assert error(other.get(f"{A}/cards/{card['id']}"), 404)[0]["parameter"] == "account_id"
        error(other.get(f"/accounts/{ACCOUNT}"), 404)
    error(api.get(f"/accounts/{OTHER_ACCOUNT}/cards"), 404)


# -- bodies and errors --------------------------------------------------------------------


def test_oversized_bodies_get_413(emulator: Emulator, api: httpx.Client) -> None:
    big = b"x" * 5_000_001
    response = api.post(f"{A}/custom_audiences/2906h/users", content=big, headers={"Content-Type": "application/json"})
    assert response.status_code == 413

    def chunks() -> Iterator[bytes]:
        for _ in range(6):
            yield b" " * 1_000_000

    streamed = api.post(
        f"{A}/custom_audiences/2906h/users", content=chunks(), headers={"Content-Type": "application/json"}
    )
    assert streamed.status_code == 413


def test_errors_name_the_parameter(api: httpx.Client) -> None:
    errors = error(api.get(f"{A}/cards", params={"count": 500}), 400)
    assert errors == [
        {"code": "INVALID_PARAMETER", "message": "`count` must be at most 200, got 500", "parameter": "count"}
    ]
    missing = error(api.post(f"{A}/cards/poll", params={"name": "p"}), 400)
    assert {e["code"] for e in missing} == {"MISSING_PARAMETER"}
    assert {e["parameter"] for e in missing} == {"duration_in_minutes", "first_choice", "second_choice"}


def test_unknown_routes_and_methods(api: httpx.Client, emulator: Emulator) -> None:
    error(api.get("/accounts/18ce54d4x5t/nothing"), 404)
    response = api.put(f"{A}/cards/poll/57i8t", params={"name": "x"})
    assert response.status_code == 405 and "GET" in response.headers["allow"]
    with emulator.client() as client:
        assert client.get(f"{emulator.base}/13/accounts").status_code == 404


def test_version_11_is_served(emulator: Emulator) -> None:
    with emulator.client() as client:
        assert client.get(f"{emulator.base}/11/accounts").status_code == 200


def test_form_bodies_are_read_like_query_strings(api: httpx.Client) -> None:
    created = api.post(f"{A}/custom_audiences", data={"name": "from a form body"})
    assert ok(created)["data"]["name"] == "from a form body"


def test_rate_limit_headers_on_every_response(api: httpx.Client) -> None:
    response = api.get("/accounts")
    assert int(response.headers["x-rate-limit-remaining"]) < int(response.headers["x-rate-limit-limit"])
    assert int(response.headers["x-rate-limit-reset"]) > time.time()


def test_with_total_count_has_a_lower_limit(api: httpx.Client) -> None:
    limit = int(api.get(f"{A}/cards/poll", params={"with_total_count": "true"}).headers["x-rate-limit-limit"])
    assert limit == 200
    statuses = [api.get(f"{A}/cards/poll", params={"with_total_count": "true"}).status_code for _ in range(limit)]
    assert statuses[-1] == 429 and statuses.count(429) == 1


# -- lists -------------------------------------------------------------------------------


def test_cursor_walk_has_no_gaps_or_repeats_under_inserts(api: httpx.Client) -> None:
    made = [
        ok(
            api.post(
                f"{A}/preroll_call_to_actions",
                params={"line_item_id": "8v53k", "call_to_action": "SHOP", "call_to_action_url": "https://x.com"},
            )
        )["data"]["id"]
        for _ in range(7)
    ]
    seen: list[str] = []
    cursor = None
    while True:
        params: dict[str, str | int] = {"count": 3, "line_item_ids": "8v53k", **({"cursor": cursor} if cursor else {})}
        page = ok(api.get(f"{A}/preroll_call_to_actions", params=params))
        seen += [item["id"] for item in page["data"]]
        ok(
            api.post(
                f"{A}/preroll_call_to_actions",
                params={"line_item_id": "5gzog", "call_to_action": "SHOP", "call_to_action_url": "https://x.com"},
            )
        )
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert len(seen) == len(set(seen)) and set(made) <= set(seen)
    counted = ok(api.get(f"{A}/preroll_call_to_actions", params={"with_total_count": "true", "line_item_ids": "8v53k"}))
    assert counted["total_count"] == len(seen)
    error(api.get(f"{A}/preroll_call_to_actions", params={"with_total_count": "true", "cursor": cursor or "x"}), 400)
    error(api.get(f"{A}/preroll_call_to_actions", params={"cursor": "not-a-cursor"}), 400)


def test_q_is_a_case_insensitive_prefix(api: httpx.Client) -> None:
    ok(api.post(f"{A}/custom_audiences", params={"name": "Prefix Match One"}))
    names = [a["name"] for a in ok(api.get(f"{A}/custom_audiences", params={"q": "prefix m"}))["data"]]
    assert names == ["Prefix Match One"]


def test_soft_and_hard_deletes(api: httpx.Client) -> None:
    card = ok(api.post(f"{A}/cards", json=CAROUSEL))["data"]
    assert ok(api.delete(f"{A}/cards/{card['id']}"))["data"]["deleted"] is True
    error(api.get(f"{A}/cards/{card['id']}"), 404)
    assert ok(api.get(f"{A}/cards/{card['id']}", params={"with_deleted": "true"}))["data"]["deleted"] is True
    poll = ok(
        api.post(
            f"{A}/cards/poll",
            params={"name": "p", "duration_in_minutes": 60, "first_choice": "a", "second_choice": "b"},
        )
    )["data"]
    ok(api.delete(f"{A}/cards/poll/{poll['id']}"))
    error(api.get(f"{A}/cards/poll/{poll['id']}", params={"with_deleted": "true"}), 404)


# -- documented behaviour ------------------------------------------------------------------


def test_one_do_not_reach_list_per_account(api: httpx.Client) -> None:
    first = ok(api.post(f"{A}/do_not_reach_lists", params={"description": "first"}))["data"]
    assert first["name"] == "Do Not Reach List"
    error(api.post(f"{A}/do_not_reach_lists"), 400)
    expires = (datetime.now(UTC) + timedelta(days=30)).strftime("%Y-%m-%dT%H:%M:%SZ")
    batch = [{"operation_type": "Update", "params": {"expires_at": expires, "users": [{"email": ["c" * 64]}]}}]
    answer = ok(api.post(f"/batch/accounts/{ACCOUNT}/do_not_reach_lists/{first['id']}/users", json=batch))
    assert answer["data"] == [{"success_count": 1, "total_count": 1}]
    ok(api.delete(f"{A}/do_not_reach_lists/{first['id']}"))
    ok(api.post(f"{A}/do_not_reach_lists"))


def test_flexible_audiences_are_all_or_nothing(api: httpx.Client) -> None:
    def item(name: str, leaf: str) -> dict:  # type: ignore[type-arg]
        segments = {"boolean_operator": "AND", "child_segments": [{"custom_audience_id": leaf, "lookback_window": 30}]}
        return {"operation_type": "Create", "params": {"name": name, "audience_type": "FLEXIBLE", "segments": segments}}

    response = api.post(
        f"/batch/accounts/{ACCOUNT}/custom_audiences", json=[item("flex ok", "2906h"), item("flex bad", "zzzzz")]
    )
    assert response.status_code == 400
    assert [e["index"] for e in response.json()["operation_errors"]] == [1]
    names = [a["name"] for a in ok(api.get(f"{A}/custom_audiences", params={"q": "flex"}))["data"]]
    assert names == []
    created = ok(api.post(f"/batch/accounts/{ACCOUNT}/custom_audiences", json=[item("flex ok", "2906H")]))["data"]
    assert created[0]["audience_type"] == "FLEXIBLE"
    frozen = api.put(f"{A}/custom_audiences/{created[0]['id']}", params={"name": "changed"})
    assert error(frozen, 400)[0]["parameter"] == "custom_audience_id"


def test_scheduled_tweet_window_limit(api: httpx.Client) -> None:
    base = (datetime.now(UTC) + timedelta(days=40)).replace(minute=0, second=0, microsecond=0)
    for i in range(30):
        when = (base + timedelta(seconds=20 * i)).strftime("%Y-%m-%dT%H:%M:%SZ")
        ok(api.post(f"{A}/scheduled_tweets", params={"text": f"t{i}", "scheduled_at": when}))
    refused = api.post(
        f"{A}/scheduled_tweets",
        params={"text": "one too many", "scheduled_at": (base + timedelta(minutes=14)).strftime("%Y-%m-%dT%H:%M:%SZ")},
    )
    assert [e["code"] for e in error(refused, 400)] == ["SCHEDULED_TWEET_LIMIT_EXCEEDED"]
    later = (base + timedelta(minutes=15)).strftime("%Y-%m-%dT%H:%M:%SZ")
    ok(api.post(f"{A}/scheduled_tweets", params={"text": "next window", "scheduled_at": later}))


def test_keyword_insights_are_deterministic(api: httpx.Client) -> None:
    params = {"granularity": "DAY", "keywords": "developers", "start_time": "2026-01-01", "end_time": "2026-01-03"}
    first = ok(api.get("/insights/keywords/search", params=params))["data"]
    assert len(first["related_keywords"]) == 30 and len(first["tweet_volume"]) == 2
    assert ok(api.get("/insights/keywords/search", params=params))["data"] == first


def test_targeted_audiences_list_seeded_campaigns(api: httpx.Client) -> None:
    active = ok(api.get(f"{A}/custom_audiences/2906h/targeted"))["data"]
    assert [(c["campaign_id"], [li["id"] for li in c["line_items"]]) for c in active] == [("59hod", ["5gzog"])]
    everything = ok(api.get(f"{A}/custom_audiences/2906h/targeted", params={"with_active": "false"}))["data"]
    assert {c["campaign_id"] for c in everything} == {"59hod", "arja7"}


@pytest.mark.parametrize("media_key", ["3_1073727809120419840", "13_1089771253848666112"])
def test_media_polls_need_the_feature(api: httpx.Client, emulator: Emulator, media_key: str) -> None:
    params: dict[str, str | int] = {
        "name": "p",
        "duration_in_minutes": 60,
        "first_choice": "a",
        "second_choice": "b",
        "media_key": media_key,
    }
    poll = ok(api.post(f"{A}/cards/poll", params=params))["data"]
    assert poll["card_type"] in {"IMAGE_POLLS", "VIDEO_POLLS"}
    error(api.post("/accounts/18ce54aymz3/cards/poll", params=params), 403)


# -- regressions found by fuzzing -------------------------------------------------------------


def test_malformed_authorization_header_is_401_not_500(emulator: Emulator) -> None:
    for header in ("Basic dXNlcjpwYXNz", "OAuth garbage", 'OAuth oauth_consumer_key="x", oauth_signature'):
        assert httpx.get(f"{emulator.url}/accounts", headers={"Authorization": header}).status_code == 401


def test_non_string_discriminator_is_400_not_500(api: httpx.Client) -> None:
    body = {"name": "c", "components": [{"type": {"nested": True}}, {"type": ["DETAILS"]}]}
    assert api.post(f"{A}/cards", json=body).status_code == 400


def test_huge_numbers_are_400_not_500(api: httpx.Client) -> None:
    assert api.get(f"{A}/cards", params={"count": 10**30}).status_code == 400
    body = b'{"name": "c", "components": [], "n": 1' + b"0" * 40 + b"}"
    assert api.post(f"{A}/cards", content=body, headers={"Content-Type": "application/json"}).status_code == 400


def test_invalid_utf8_and_too_many_parameters_are_4xx(api: httpx.Client, emulator: Emulator) -> None:
    bad_json = api.post(f"{A}/cards", content=b'{"name": "\xff\xfe"}', headers={"Content-Type": "application/json"})
    assert bad_json.status_code == 400
    bad_form = api.post(
        f"{A}/custom_audiences", content=b"name=\xff\xfe", headers={"Content-Type": "application/x-www-form-urlencoded"}
    )
    assert 400 <= bad_form.status_code < 500
    many = "&".join("a=" for _ in range(10_000))  # 10,000 parameters; httpx caps URLs at 64 KiB
    assert 400 <= api.get(f"{emulator.url}{A}/cards?{many}").status_code < 500


@pytest.mark.parametrize(
    "head",
    [
        b"GET /12/accounts HTTP/1.1\r\nHost: x\r\nBad Header: 1\r\n\r\n",
        b"POST /12/accounts HTTP/1.1\r\nHost: x\r\nContent-Length: ten\r\n\r\n",
        b"NOT HTTP AT ALL\r\n\r\n",
    ],
    ids=["header-name", "content-length", "request-line"],
)
def test_malformed_http_is_answered_in_the_envelope(emulator: Emulator, head: bytes) -> None:
    """uvicorn's parser refuses these before the app runs; the answer must still be the envelope."""
    host, port = emulator.base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=5) as conn:
        conn.sendall(head)
        raw = b""
        while chunk := conn.recv(65536):
            raw += chunk
    status_line, _, rest = raw.partition(b"\r\n")
    headers, _, body = rest.partition(b"\r\n\r\n")
    assert status_line.startswith(b"HTTP/1.1 400")
    assert b"content-type: application/json" in headers.lower()
    assert json.loads(body)["errors"][0]["message"].startswith("Malformed HTTP request")


def test_scheduled_tweet_fails_when_the_tweet_became_invalid(api: httpx.Client, emulator: Emulator) -> None:
    ok(api.post(f"{A}/media_library", params={"media_key": "3_931236738554519552"}))
    when = (datetime.now(UTC) + timedelta(days=3)).replace(second=0, microsecond=0)
    made = ok(
        api.post(
            f"{A}/scheduled_tweets",
            params={"media_keys": "3_931236738554519552", "scheduled_at": when.strftime("%Y-%m-%dT%H:%M:%SZ")},
        )
    )["data"]
    ok(api.delete(f"{A}/media_library/3_931236738554519552"))  # the media is gone before scheduled_at
    emulator.set_clock(now=(when + timedelta(minutes=1)).isoformat())
    try:
        assert ok(api.get(f"{A}/scheduled_tweets/{made['id']}"))["data"]["scheduled_status"] == "FAILED"
    finally:
        emulator.app.clock.set(datetime.now(UTC))
