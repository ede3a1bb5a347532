"""Issue 10's rules that follow the reference, end to end over loopback against a fresh emulator."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from tests.support.emulator import ACCOUNT, Emulator

A = f"/accounts/{ACCOUNT}"
LATTE = "3_931236738554519552"  # seeded as uploaded, not in the library
UPLOADED_VIDEO = "13_958388276489895936"  # seeded as an uploaded AMPLIFY_VIDEO, not in the library


def ok(response: httpx.Response) -> Any:
    assert response.status_code == 200, response.text
    return response.json()


def refused(response: httpx.Response) -> list[str]:
    """The fields a 400 names: request-level ones, then each batch item's."""
    assert response.status_code == 400, response.text
    body = response.json()
    items = [e["parameter"] for item in body.get("operation_errors", []) for e in item["errors"]]
    return items or [e["parameter"] for e in body["errors"]]


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


@pytest.fixture
def pinned(fresh_emulator: Emulator) -> Iterator[datetime]:
    """The emulator's clock set to a whole minute two days ahead (it keeps running from there)."""
    moment = (datetime.now(UTC) + timedelta(days=2)).replace(second=0, microsecond=0)
    fresh_emulator.set_clock(now=moment.isoformat())
    try:
        yield moment
    finally:
        fresh_emulator.app.clock.set(datetime.now(UTC))


def test_tweeting_uploaded_media_adds_it_to_the_library(fresh_api: httpx.Client) -> None:
    assert refused(fresh_api.post(f"{A}/draft_tweets", params={"media_keys": LATTE})) == ["media_keys"]
    assert fresh_api.get(f"{A}/media_library/{LATTE}").status_code == 404
    ok(fresh_api.post(f"{A}/tweet", params={"media_keys": LATTE}))
    entry = ok(fresh_api.get(f"{A}/media_library/{LATTE}"))["data"]
    assert entry["media_type"] == "IMAGE" and entry["tweeted"] is True
    ok(fresh_api.post(f"{A}/draft_tweets", params={"media_keys": LATTE}))  # now in the library
    assert refused(fresh_api.post(f"{A}/tweet", params={"media_keys": "3_42"})) == ["media_keys"]


def test_tweeting_an_uploaded_amplify_video_also_makes_it_preroll_media(fresh_api: httpx.Client) -> None:
    ok(fresh_api.post(f"{A}/tweet", params={"media_keys": UPLOADED_VIDEO, "video_cta": "WATCH_NOW"}))
    assert ok(fresh_api.get(f"{A}/media_library/{UPLOADED_VIDEO}"))["data"]["tweeted"] is True
    media = ok(fresh_api.get(f"{A}/account_media", params={"creative_types": "PREROLL"}))["data"]
    assert UPLOADED_VIDEO in {m["video_id"] for m in media}


def test_video_cta_value_needs_its_cta(fresh_api: httpx.Client) -> None:
    ok(fresh_api.post(f"{A}/tweet", params={"text": "cta alone", "video_cta": "VISIT_SITE"}))
    lone_value = fresh_api.post(f"{A}/tweet", params={"text": "value alone", "video_cta_value": "https://x.com"})
    assert refused(lone_value) == ["video_cta"]


def test_scheduled_at_is_judged_and_kept_at_the_minute(fresh_api: httpx.Client, pinned: datetime) -> None:
    same_minute = fresh_api.post(
        f"{A}/scheduled_tweets", params={"text": "x", "scheduled_at": _iso(pinned + timedelta(seconds=59))}
    )
    assert refused(same_minute) == ["scheduled_at"]
    a_year = pinned + timedelta(days=365, seconds=59)
    made = ok(fresh_api.post(f"{A}/scheduled_tweets", params={"text": "x", "scheduled_at": _iso(a_year)}))["data"]
    assert made["scheduled_at"] == _iso(pinned + timedelta(days=365))
    too_far = fresh_api.put(
        f"{A}/scheduled_tweets/{made['id']}", params={"scheduled_at": _iso(pinned + timedelta(days=365, minutes=1))}
    )
    assert refused(too_far) == ["scheduled_at"]


def test_a_scheduled_tweet_goes_live_at_its_minute(
    fresh_api: httpx.Client, fresh_emulator: Emulator, pinned: datetime
) -> None:
    minute = pinned + timedelta(minutes=5)
    made = ok(
        fresh_api.post(
            f"{A}/scheduled_tweets",
            params={"text": "on the minute", "scheduled_at": _iso(minute + timedelta(seconds=50))},
        )
    )["data"]
    assert made["scheduled_at"] == _iso(minute)
    path = f"{A}/scheduled_tweets/{made['id']}"
    fresh_emulator.set_clock(now=(minute - timedelta(seconds=2)).isoformat())
    assert ok(fresh_api.put(path, params={"text": "edited in time"}))["data"]["scheduled_status"] == "SCHEDULED"
    fresh_emulator.set_clock(now=(minute + timedelta(seconds=10)).isoformat())  # before :50, after the minute
    live = ok(fresh_api.get(path))["data"]
    assert live["scheduled_status"] == "SUCCESS" and live["tweet_id"]
    assert refused(fresh_api.put(path, params={"text": "too late"})) == ["scheduled_tweet_id"]


def test_users_batch_expires_at_without_effective_at_is_judged_against_now(fresh_api: httpx.Client) -> None:
    def item(**params: str) -> dict[str, Any]:
        return {"operation_type": "Update", "params": {"users": [{"email": ["a" * 64]}], **params}}

    url = f"{A}/custom_audiences/2906h/users"
    past = _iso(datetime.now(UTC) - timedelta(days=1))
    future = _iso(datetime.now(UTC) + timedelta(days=30))
    assert refused(fresh_api.post(url, json=[item(expires_at=future), item(expires_at=past)])) == [
        "/1/params/expires_at"
    ]
    ok(fresh_api.post(url, json=[item(expires_at=future)]))
    ok(fresh_api.post(url, json=[item(effective_at=_iso(datetime(2018, 5, 15, tzinfo=UTC)), expires_at=past)]))
    dnr = ok(fresh_api.post(f"{A}/do_not_reach_lists", params={"description": "fidelity"}))["data"]
    dnr_url = f"/batch/accounts/{ACCOUNT}/do_not_reach_lists/{dnr['id']}/users"
    assert refused(fresh_api.post(dnr_url, json=[item(expires_at=past)])) == ["/0/params/expires_at"]


def test_line_item_objective(fresh_api: httpx.Client) -> None:
    cta = {"call_to_action": "WATCH_NOW", "call_to_action_url": "https://www.x.com"}
    ok(fresh_api.post(f"{A}/preroll_call_to_actions", params={**cta, "line_item_id": "8v53k"}))  # PREROLL_VIEWS
    engagements = fresh_api.post(f"{A}/preroll_call_to_actions", params={**cta, "line_item_id": "a44qc"})
    assert refused(engagements) == ["line_item_id"]
    when = _iso(datetime.now(UTC) + timedelta(days=3))
    scheduled = ok(fresh_api.post(f"{A}/scheduled_tweets", params={"text": "promote me", "scheduled_at": when}))
    promote = {"scheduled_tweet_id": scheduled["data"]["id"]}
    preroll = fresh_api.post(f"{A}/scheduled_promoted_tweets", params={**promote, "line_item_id": "8v53k"})
    assert refused(preroll) == ["line_item_id"]
    ok(fresh_api.post(f"{A}/scheduled_promoted_tweets", params={**promote, "line_item_id": "a44qc"}))
