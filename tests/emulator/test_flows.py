"""End-to-end flows over HTTP with real signatures: creatives and audiences."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import httpx

from tests.support.emulator import ACCOUNT, Emulator

A = f"/accounts/{ACCOUNT}"
CAROUSEL = {
    "name": "website carousel",
    "components": [
        {"type": "SWIPEABLE_MEDIA", "media_keys": ["13_1089771253848666112", "13_1191948012077092867"]},
        {"type": "DETAILS", "title": "X", "destination": {"type": "WEBSITE", "url": "https://www.x.com"}},
    ],
}


def ok(response: httpx.Response) -> dict:  # type: ignore[type-arg]
    assert response.status_code == 200, response.text
    return response.json()  # type: ignore[no-any-return]


def error(response: httpx.Response, status: int) -> list[dict]:  # type: ignore[type-arg]
    assert response.status_code == status, response.text
    return response.json()["errors"]  # type: ignore[no-any-return]


def test_creative_flow(api: httpx.Client, emulator: Emulator) -> None:
    # Media library: add an uploaded image, see it listed.
    added = ok(api.post(f"{A}/media_library", params={"media_key": "3_931236738554519552", "name": "latte"}))["data"]
    assert added["media_type"] == "IMAGE" and added["name"] == "latte"
    keys = [m["media_key"] for m in ok(api.get(f"{A}/media_library", params={"count": 50}))["data"]]
    assert "3_931236738554519552" in keys
    # Carousel card from video keys in the library.
    card = ok(api.post(f"{A}/cards", json=CAROUSEL))["data"]
    assert card["card_uri"].startswith("card://") and card["card_type"] == "VIDEO_CAROUSEL_WEBSITE"
    assert card["id"].isdigit()
    assert ok(api.get(f"{A}/cards/{card['id']}"))["data"]["name"] == "website carousel"
    fetched = ok(api.get(f"{A}/cards/all", params={"card_uris": card["card_uri"]}))["data"]
    assert [c["id"] for c in fetched] == [card["id"]]
    # Draft with the card, previewed.
    draft = ok(api.post(f"{A}/draft_tweets", params={"text": "new carousel", "card_uri": card["card_uri"]}))["data"]
    assert draft["user_id"] == "756201191646691328"
    preview = ok(api.post(f"{A}/draft_tweets/preview/{draft['id']}"))
    assert "notifications" in preview["message"]
    # Scheduled Tweet goes live when the clock passes scheduled_at.
    when = (datetime.now(UTC) + timedelta(days=2)).replace(second=0, microsecond=0)
    scheduled = ok(
        api.post(
            f"{A}/scheduled_tweets",
            params={
                "text": "launch",
                "card_uri": card["card_uri"],
                "scheduled_at": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
            },
        )
    )["data"]
    assert scheduled["scheduled_status"] == "SCHEDULED" and scheduled["tweet_id"] is None
    emulator.set_clock(now=(when + timedelta(minutes=1)).isoformat())
    try:
        live = ok(api.get(f"{A}/scheduled_tweets/{scheduled['id']}"))["data"]
        assert live["scheduled_status"] == "SUCCESS" and live["tweet_id"]
        edit = api.put(f"{A}/scheduled_tweets/{scheduled['id']}", params={"text": "too late"})
        assert [e["parameter"] for e in error(edit, 400)] == ["scheduled_tweet_id"]
        previews = ok(api.get(f"{A}/tweet_previews", params={"tweet_ids": live["tweet_id"], "tweet_type": "PUBLISHED"}))
        assert [p["tweet_id"] for p in previews["data"]] == [live["tweet_id"]]
        published = ok(api.get(f"{A}/tweets", params={"tweet_type": "PUBLISHED", "tweet_ids": live["tweet_id"]}))
        assert published["data"][0]["full_text"] == "launch"
    finally:
        emulator.set_clock(advance_seconds=0)
        emulator.app.clock.set(datetime.now(UTC))


def test_audience_flow(api: httpx.Client) -> None:
    audience = ok(api.post(f"{A}/custom_audiences", params={"name": "flow audience"}))["data"]
    assert audience["owner_account_id"] == ACCOUNT
    duplicate = api.post(f"{A}/custom_audiences", params={"name": "flow audience"})
    assert [e["parameter"] for e in error(duplicate, 400)] == ["name"]
    batch = [{"operation_type": "Update", "params": {"users": [{"email": ["a" * 64]}, {"email": ["b" * 64]}]}}]
    counts = ok(api.post(f"{A}/custom_audiences/{audience['id']}/users", json=batch))["data"]
    assert counts == {"success_count": 2, "total_count": 2}
    grant = ok(
        api.post(
            f"{A}/custom_audiences/{audience['id']}/permissions",
            params={"granted_account_id": "18ce54aymz3", "permission_level": "READ_ONLY"},
        )
    )["data"]
    shared = ok(api.get("/accounts/18ce54aymz3/custom_audiences", params={"permission_scope": "SHARED"}))["data"]
    assert [a["id"] for a in shared] == [audience["id"]] and shared[0]["permission_level"] == "READ_ONLY"
    refused = api.put(f"/accounts/18ce54aymz3/custom_audiences/{audience['id']}", params={"name": "mine now"})
    assert [e["code"] for e in error(refused, 403)] == ["UNAUTHORIZED_ACCESS"]
    not_owner = api.post(
        f"/accounts/18ce54aymz3/custom_audiences/{audience['id']}/permissions",
        params={"granted_account_id": ACCOUNT, "permission_level": "READ_ONLY"},
    )
    error(not_owner, 403)
    ok(api.delete(f"{A}/custom_audiences/{audience['id']}/permissions/{grant['id']}"))
    assert ok(api.get("/accounts/18ce54aymz3/custom_audiences", params={"permission_scope": "SHARED"}))["data"] == []
    deleted = ok(api.delete(f"{A}/custom_audiences/{audience['id']}"))["data"]
    assert deleted["deleted"] is True
    error(api.get(f"{A}/custom_audiences/{audience['id']}"), 404)
    assert ok(api.get(f"{A}/custom_audiences/{audience['id']}", params={"with_deleted": "true"}))["data"]["deleted"]


def test_bad_carousel_is_refused_with_the_envelope(api: httpx.Client) -> None:
    one = {"type": "SWIPEABLE_MEDIA", "media_keys": ["3_1073727809120419840"]}
    bad = {"name": "c", "components": [one, CAROUSEL["components"][1]]}
    errors = error(api.post(f"{A}/cards", json=bad), 400)
    assert errors == [
        {
            "code": "INVALID_PARAMETER",
            "message": "`/components/0/media_keys` has 1 item; takes 2–6 items",
            "parameter": "/components/0/media_keys",
        }
    ]


def test_media_rules_use_the_library(api: httpx.Client) -> None:
    small = {"name": "c", "components": [{"type": "MEDIA", "media_key": "3_500"}, CAROUSEL["components"][1]]}
    assert {e["message"].split(";")[0] for e in error(api.post(f"{A}/cards", json=small), 400)} >= {
        "`/components/0/media_key` is 640 px wide"
    }
    missing = {"name": "c", "components": [{"type": "MEDIA", "media_key": "3_42"}, CAROUSEL["components"][1]]}
    assert "not in the account's media library" in error(api.post(f"{A}/cards", json=missing), 400)[0]["message"]


def test_amplify_video_becomes_preroll_account_media(api: httpx.Client) -> None:
    ok(api.post(f"{A}/media_library", params={"media_key": "13_958388276489895936"}))
    media = ok(api.get(f"{A}/account_media", params={"creative_types": "PREROLL"}))["data"]
    assert "13_958388276489895936" in {m["video_id"] for m in media}


def test_json_body_rules(api: httpx.Client) -> None:
    error(api.post(f"{A}/cards", content=json.dumps(CAROUSEL), headers={"Content-Type": "text/plain"}), 415)
    error(api.post(f"{A}/cards", content=b"{not json", headers={"Content-Type": "application/json"}), 400)
    deep = b"[" * 100_000 + b"]" * 100_000
    error(api.post(f"{A}/cards", content=deep, headers={"Content-Type": "application/json"}), 400)
