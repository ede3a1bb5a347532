"""The emulator answers as the live API does where the spec records it departs from the
reference (issue 10, `x-fidelity`), and its /11 and /12 differ where X says the versions do.
Over loopback HTTP with real signatures; every answer is also checked against its version's
cut by the fixture."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from tests.emulator.test_flows import CAROUSEL
from tests.support.emulator import ACCOUNT, DEMO, Emulator
from xads_client import OAuth1Auth

A = f"/accounts/{ACCOUNT}"
Json = dict[str, Any]


def ok(response: httpx.Response) -> Json:
    assert response.status_code == 200, f"{response.request.method} {response.request.url}: {response.text}"
    body: Json = response.json()
    return body


@pytest.fixture(scope="module")
def versions(fresh_emulator: Emulator) -> Iterator[dict[int, httpx.Client]]:
    """Signed demo-user clients for /11 and /12 of one emulator."""
    clients = {
        version: httpx.Client(
            base_url=f"{fresh_emulator.base}/{version}",
            auth=OAuth1Auth(DEMO),
            event_hooks={"response": [fresh_emulator.checker]},
            timeout=30,
        )
        for version in (11, 12)
    }
    yield clients
    for client in clients.values():
        client.close()


def test_card_id_is_the_number_of_its_uri_and_card_ids_or_card_id_filter(versions: dict[int, httpx.Client]) -> None:
    api = versions[11]
    first = ok(api.post(f"{A}/cards", json=CAROUSEL))["data"]
    second = ok(api.post(f"{A}/cards", json={**CAROUSEL, "name": "second"}))["data"]
    for card in (first, second):
        assert card["card_uri"] == f"card://{card['id']}"

    def listed(**params: str) -> list[str]:
        return [c["id"] for c in ok(api.get(f"{A}/cards", params=params))["data"]]

    assert listed(card_ids=first["id"]) == [first["id"]]
    assert listed(card_id=second["id"]) == [second["id"]]  # the reference's name, kept as an alias
    assert listed(card_ids=f"{first['id']},{second['id']}", card_id=second["id"]) == [second["id"]]
    assert listed(card_ids=first["id"], card_id=second["id"]) == []
    echoed = ok(api.get(f"{A}/cards", params={"card_id": second["id"]}))["request"]["params"]
    assert echoed["card_id"] == [second["id"]] and "card_ids" not in echoed


def test_one_card_answers_carry_data_as_an_object(versions: dict[int, httpx.Client]) -> None:
    """What the official SDK reads (`Card.load`: `from_response(response.body['data'])`)."""
    api = versions[12]
    card = ok(api.post(f"{A}/cards", json=CAROUSEL))["data"]
    path = f"{A}/cards/{card['id']}"
    for answer in (ok(api.get(path)), ok(api.put(path, json={"name": "renamed"})), ok(api.delete(path))):
        assert isinstance(answer["data"], dict) and answer["data"]["id"] == card["id"]


@pytest.mark.parametrize("version", [11, 12])
def test_tweet_ids_are_strings_without_str_duplicates(versions: dict[int, httpx.Client], version: int) -> None:
    api = versions[version]
    created = ok(api.post(f"{A}/tweet", params={"text": f"fidelity {version}"}))["data"]
    listed = ok(api.get(f"{A}/tweets", params={"tweet_type": "PUBLISHED", "tweet_ids": created["id"]}))["data"]
    trimmed = ok(
        api.get(f"{A}/tweets", params={"tweet_type": "PUBLISHED", "tweet_ids": created["id"], "trim_user": "true"})
    )["data"]
    for tweet in (created, *listed, *trimmed):
        assert isinstance(tweet["id"], str) and tweet["id"].isdigit()
        assert isinstance(tweet["user"]["id"], str)
        assert not {k for k in tweet if k.endswith("_str")} and "id_str" not in tweet["user"]
    draft = ok(api.post(f"{A}/draft_tweets", params={"text": "draft"}))["data"]
    scheduled_at = (datetime.now(UTC) + timedelta(days=2)).strftime("%Y-%m-%dT%H:%M:00Z")
    scheduled = ok(api.post(f"{A}/scheduled_tweets", params={"text": "later", "scheduled_at": scheduled_at}))["data"]
    for item in (draft, scheduled):
        assert isinstance(item["id"], str) and "id_str" not in item


def test_video_and_gif_media_have_video_urls_and_posters(versions: dict[int, httpx.Client]) -> None:
    api = versions[12]
    video = ok(api.get(f"{A}/media_library/13_1089771253848666112"))["data"]
    assert video["media_url"].startswith("https://video.twimg.com/amplify_video/1089771253848666112/")
    assert video["media_url"].endswith(".mp4")
    assert video["poster_media_url"].startswith("https://pbs.twimg.com/amplify_video_thumb/1089771253848666112/")
    gif = ok(api.get(f"{A}/media_library/16_844800354743074820"))["data"]
    assert gif["media_url"] == "https://video.twimg.com/tweet_video/844800354743074820.mp4"
    assert gif["poster_media_url"] == "https://pbs.twimg.com/tweet_video_thumb/844800354743074820.jpg"
    tweet_video = ok(api.post(f"{A}/media_library", params={"media_key": "7_860318603387600896"}))["data"]
    assert tweet_video["media_url"] == (
        "https://video.twimg.com/ext_tw_video/860318603387600896/pu/vid/1280x720/860318603387600896.mp4"
    )
    assert tweet_video["poster_media_url"].startswith("https://pbs.twimg.com/ext_tw_video_thumb/860318603387600896/")
    image = ok(api.get(f"{A}/media_library/3_1073727809120419840"))["data"]
    assert image["media_url"] == "https://pbs.twimg.com/media/1073727809120419840.jpg"
    assert "poster_media_url" not in image


def test_cards_answer_their_library_media_urls(versions: dict[int, httpx.Client]) -> None:
    """Video cards answer the reference's VMAP URL and a poster (the poster image's own when one
    is named), image cards their image; a new media key brings its URLs along."""
    api = versions[12]
    poster = ok(api.get(f"{A}/media_library/3_1073727809120419840"))["data"]["media_url"]
    card: Json = {"name": "v", "title": "T", "first_cta": "#a", "first_cta_tweet": "b", "thank_you_text": "c"}
    params = {**card, "media_key": "13_1089771253848666112"}
    video = ok(api.post(f"{A}/cards/video_conversation", params=params))["data"]
    assert video["media_url"] == "https://video.twimg.com/amplify_video/vmap/1089771253848666112.vmap"
    assert video["poster_media_url"].startswith("https://pbs.twimg.com/amplify_video_thumb/1089771253848666112/")
    changed = ok(
        api.put(
            f"{A}/cards/video_conversation/{video['id']}",
            params={"media_key": "13_1191948012077092867", "poster_media_key": "3_1073727809120419840"},
        )
    )["data"]
    assert changed["media_url"] == "https://video.twimg.com/amplify_video/vmap/1191948012077092867.vmap"
    assert changed["poster_media_url"] == poster
    poll: Json = {"name": "p", "duration_in_minutes": 60, "first_choice": "a", "second_choice": "b"}
    video_poll = ok(api.post(f"{A}/cards/poll", params={**poll, "media_key": "13_1191948012077092867"}))["data"]
    assert video_poll["video_url"] == "https://video.twimg.com/amplify_video/vmap/1191948012077092867.vmap"
    assert video_poll["video_poster_url"].startswith("https://pbs.twimg.com/amplify_video_thumb/1191948012077092867/")
    assert "video_url" not in ok(api.post(f"{A}/cards/poll", params=poll))["data"]


def test_phone_numbers_join_do_not_reach_lists_from_version_12(versions: dict[int, httpx.Client]) -> None:
    reach = ok(versions[12].post(f"{A}/do_not_reach_lists"))["data"]
    expires = (datetime.now(UTC) + timedelta(days=30)).strftime("%Y-%m-%dT%H:%M:%SZ")
    path = f"/batch/accounts/{ACCOUNT}/do_not_reach_lists/{reach['id']}/users"

    def batch(user: Json) -> list[Json]:
        return [{"operation_type": "Update", "params": {"expires_at": expires, "users": [user]}}]

    with_phone = batch({"email": ["a" * 64], "phone_number": ["b" * 64]})
    refused = versions[11].post(path, json=with_phone)
    assert refused.status_code == 400, refused.text
    assert "phone_number" in refused.text
    ok(versions[11].post(path, json=batch({"email": ["a" * 64]})))
    answer = ok(versions[12].post(path, json=with_phone))
    assert answer["data"] == [{"success_count": 1, "total_count": 1}]


@pytest.mark.parametrize("version", [11, 12])
def test_tailored_audience_permission_paths_are_not_served(versions: dict[int, httpx.Client], version: int) -> None:
    api = versions[version]
    gone = api.get(f"{A}/tailored_audiences/2906h/permissions")
    assert gone.status_code == 404, gone.text
    granted = {"granted_account_id": "18ce54aymz3", "permission_level": "READ_ONLY"}
    assert api.post(f"{A}/tailored_audiences/2906h/permissions", params=granted).status_code == 404
    ok(api.get(f"{A}/custom_audiences/2906h/permissions"))
