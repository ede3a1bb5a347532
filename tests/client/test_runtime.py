"""The client runtime over a real loopback server: signing, pre-flight, retries, errors, paging."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from xads_client_v12.api.cards import create_card
from xads_client_v12.api.custom_audience_users import update_custom_audience_users
from xads_client_v12.api.draft_tweets import create_draft_tweet
from xads_client_v12.api.media_library import list_media_library
from xads_client_v12.models import CardCreate, CustomAudienceUsersOperation, MediaLibraryListResponse

from tests.support.loopback import Answer, Recorded, Recorder
from xads_client import AdsApiError, Credentials, ErrorDetail, PreflightError, RetryPolicy, apaginate, connect, paginate
from xads_emulator.oauth import Verifier

CREDENTIALS = Credentials("consumer-key", "consumer-secret", "token-1", "token-secret")
ACCOUNT = "18ce54d4x5t"
NO_WAIT = RetryPolicy(max_retries=3, backoff_seconds=0.0, jitter=lambda: 0.0)


def client(recorder: Recorder, **kwargs: Any) -> Any:
    return connect(recorder.base_url, CREDENTIALS, **{"retry": NO_WAIT, **kwargs})


def verify(sent: Recorded, base_url: str) -> bool:
    seen: set[str] = set()

    def unused(_key: str, _timestamp: str, nonce: str) -> bool:
        return nonce not in seen

    verifier = Verifier({"consumer-key": "consumer-secret"}, {"token-1": "token-secret"}, unused)
    origin = base_url.rsplit("/12", 1)[0]
    form = sent.body.decode() if sent.headers.get("Content-Type", "").startswith("application/x-www-form") else None
    return verifier.verify(sent.method, origin + sent.target, sent.headers, form) is not None


def test_signature_verifies_with_an_independent_implementation(recorder: Recorder) -> None:
    recorder.reset(Answer(200, {"data": {"id": "1", "card_uri": None}}))
    create_draft_tweet.sync_detailed(ACCOUNT, client=client(recorder), text="hello, world", media_keys=["3_1"])
    sent = recorder.last()
    assert sent.headers["Authorization"].startswith("OAuth ")
    assert 'oauth_signature_method="HMAC-SHA1"' in sent.headers["Authorization"]
    assert verify(sent, recorder.base_url)
    tampered = Recorded(sent.method, sent.target.replace("hello", "HELLO"), sent.headers, sent.body)
    assert not verify(tampered, recorder.base_url)


def test_json_bodies_are_not_signed(recorder: Recorder) -> None:
    recorder.reset(Answer(200, {"data": {"success_count": 1, "total_count": 1}}))
    operation = {"operation_type": "Update", "params": {"users": [{"email": ["a" * 64]}]}}
    update_custom_audience_users.sync_detailed(
        ACCOUNT, "1nmth", client=client(recorder), body=[CustomAudienceUsersOperation.from_dict(operation)]
    )
    sent = recorder.last()
    assert verify(sent, recorder.base_url)
    changed_body = Recorded(sent.method, sent.target, sent.headers, b"[]")
    assert verify(changed_body, recorder.base_url)  # the JSON body is outside the signature


def test_preflight_refuses_a_bad_carousel_without_sending(recorder: Recorder) -> None:
    recorder.reset()
    bad = {"name": "c", "components": [{"type": "SWIPEABLE_MEDIA", "media_keys": ["3_1"]}]}
    with pytest.raises(PreflightError) as raised:
        create_card.sync_detailed(ACCOUNT, client=client(recorder), body=CardCreate.from_dict(bad))
    assert {v.rule for v in raised.value.violations} == {"spec.min_items"}
    assert "takes 2–6 items" in str(raised.value)
    assert recorder.requests == []


def test_preflight_can_be_switched_off(recorder: Recorder) -> None:
    recorder.reset(Answer(400, {"errors": [{"code": "INVALID_PARAMETER", "message": "x", "parameter": "name"}]}))
    bad = {"name": "c", "components": [{"type": "SWIPEABLE_MEDIA", "media_keys": ["3_1"]}]}
    with pytest.raises(AdsApiError) as raised:
        create_card.sync_detailed(ACCOUNT, client=client(recorder, preflight=False), body=CardCreate.from_dict(bad))
    assert raised.value.status_code == 400
    assert raised.value.errors[0].parameter == "name"
    assert len(recorder.requests) == 1


def test_malformed_operation_errors_are_ignored_not_fatal(recorder: Recorder) -> None:
    items = [{"index": "1"}, "junk", {"index": 2, "errors": "nope"}, {"index": 3, "errors": [{"code": "X"}]}]
    recorder.reset(Answer(400, {"errors": [{"code": "INVALID_PARAMETER", "message": "x"}], "operation_errors": items}))
    with pytest.raises(AdsApiError) as raised:
        list_media_library.sync(ACCOUNT, client=client(recorder))
    assert raised.value.operation_errors == {2: [], 3: [ErrorDetail("X", "")]}


def test_retry_on_429_waits_for_reset_and_resigns(recorder: Recorder) -> None:
    policy = RetryPolicy(max_retries=2, clock=lambda: 1000.0, jitter=lambda: 0.0, backoff_seconds=0.0)
    recorder.reset(
        Answer(429, {"errors": [{"code": "TOO_MANY_REQUESTS", "message": "slow"}]}, {"x-rate-limit-reset": "1000"}),
        Answer(200, {"data": [], "next_cursor": None}),
    )
    result = list_media_library.sync(ACCOUNT, client=client(recorder, retry=policy))
    assert isinstance(result, MediaLibraryListResponse) and result.data == []
    first, second = recorder.requests
    assert first.headers["Authorization"] != second.headers["Authorization"]  # new nonce each attempt


def test_503_retry_after_and_bounded_retries(recorder: Recorder) -> None:
    busy = Answer(503, {"errors": [{"code": "SERVICE_UNAVAILABLE", "message": "busy"}]}, {"retry-after": "0"})
    recorder.reset(busy, busy, busy, busy, busy)
    with pytest.raises(AdsApiError) as raised:
        list_media_library.sync(ACCOUNT, client=client(recorder))
    assert raised.value.status_code == 503
    assert len(recorder.requests) == 4  # one try and three retries


def test_non_idempotent_posts_are_not_retried_on_500(recorder: Recorder) -> None:
    recorder.reset(Answer(500, {"errors": [{"code": "INTERNAL", "message": "x"}]}), Answer(200, {"data": {}}))
    with pytest.raises(AdsApiError):
        create_draft_tweet.sync_detailed(ACCOUNT, client=client(recorder), text="hi")
    assert len(recorder.requests) == 1
    recorder.reset(
        Answer(500, {"errors": [{"code": "INTERNAL", "message": "x"}]}),
        Answer(200, {"data": {"id": "1", "card_uri": None}}),
    )
    opted_in = RetryPolicy(retry_non_idempotent=True, backoff_seconds=0.0)
    assert (
        create_draft_tweet.sync_detailed(ACCOUNT, client=client(recorder, retry=opted_in), text="hi").status_code == 200
    )
    assert len(recorder.requests) == 2


def test_retry_policy_delays() -> None:
    policy = RetryPolicy(backoff_seconds=1.0, clock=lambda: 100.0, jitter=lambda: 0.5, max_wait_seconds=30)
    request = httpx.Request("GET", "http://x")
    assert policy.delay_after(httpx.Response(429, headers={"x-rate-limit-reset": "112"}, request=request), 0) == 12
    assert (
        policy.delay_after(httpx.Response(429, headers={"x-account-rate-limit-reset": "105"}, request=request), 0) == 5
    )
    assert policy.delay_after(httpx.Response(503, headers={"retry-after": "7"}, request=request), 0) == 7
    assert policy.delay_after(httpx.Response(500, request=request), 2) == 4.0
    assert policy.delay_after(httpx.Response(404, request=request), 0) is None
    assert not RetryPolicy(max_retries=0).may_retry("GET", 0, 503)


def _page(items: list[str], cursor: str | None) -> Answer:
    data = [{"media_key": key, "media_type": "IMAGE"} for key in items]
    return Answer(200, {"data": data, "next_cursor": cursor})


def test_paginate_follows_next_cursor(recorder: Recorder) -> None:
    recorder.reset(_page(["3_1", "3_2"], "c-1"), _page(["3_3"], "c-2"), _page([], None))
    keys = [item.media_key for item in paginate(list_media_library.sync, ACCOUNT, client=client(recorder), count=2)]
    assert keys == ["3_1", "3_2", "3_3"]
    assert [r.query.get("cursor") for r in recorder.requests] == [None, ["c-1"], ["c-2"]]


def test_apaginate_follows_next_cursor(recorder: Recorder) -> None:
    recorder.reset(_page(["3_1"], "c-1"), _page(["3_2"], None))

    async def collect() -> list[str]:
        return [
            item.media_key async for item in apaginate(list_media_library.asyncio, ACCOUNT, client=client(recorder))
        ]

    assert asyncio.run(collect()) == ["3_1", "3_2"]
