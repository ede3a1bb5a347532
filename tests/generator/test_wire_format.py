"""The generated client puts requests on the wire the way the Ads API wants them."""

from __future__ import annotations

import datetime

from xads_client_v12 import Client
from xads_client_v12.api.cards import create_card, list_cards
from xads_client_v12.api.custom_audience_users import update_custom_audience_users
from xads_client_v12.api.poll_cards import create_poll_card
from xads_client_v12.api.scheduled_tweets import create_scheduled_tweet
from xads_client_v12.models import CardCreate, CustomAudienceUsersOperation

from tests.support.loopback import Recorder

CAROUSEL = {
    "name": "website carousel",
    "components": [
        {"type": "SWIPEABLE_MEDIA", "media_keys": ["13_1089771253848666112", "13_1191948012077092867"]},
        {"type": "DETAILS", "title": "X", "destination": {"type": "WEBSITE", "url": "https://www.x.com"}},
    ],
}


def client(recorder: Recorder) -> Client:
    return Client(base_url=recorder.base_url)


def test_lists_are_one_comma_joined_value_and_booleans_lowercase(recorder: Recorder) -> None:
    list_cards.sync_detailed(
        "18ce54d4x5t",
        client=client(recorder),
        card_uris=["card://1", "card://2"],
        count=5,
        with_deleted=True,
    )
    sent = recorder.last()
    assert sent.method == "GET"
    assert sent.path == "/12/accounts/18ce54d4x5t/cards"
    assert sent.query == {
        "card_uris": ["card://1,card://2"],
        "count": ["5"],
        "include_legacy_cards": ["false"],
        "with_deleted": ["true"],
    }
    assert sent.target.count("card_uris=") == 1
    assert sent.body == b""


def test_timestamps_are_utc_with_z(recorder: Recorder) -> None:
    paris = datetime.timezone(datetime.timedelta(hours=2))
    create_scheduled_tweet.sync_detailed(
        "18ce54d4x5t",
        client=client(recorder),
        scheduled_at=datetime.datetime(2026, 12, 24, 23, 59, tzinfo=paris),
        text="Happy Holidays!",
        media_keys=["3_1", "3_2"],
    )
    sent = recorder.last()
    assert sent.query["scheduled_at"] == ["2026-12-24T21:59:00Z"]
    assert sent.query["media_keys"] == ["3_1,3_2"]
    assert sent.query["text"] == ["Happy Holidays!"]
    create_scheduled_tweet.sync_detailed(
        "18ce54d4x5t", client=client(recorder), scheduled_at=datetime.datetime(2026, 12, 24, 23, 59), text="t"
    )
    assert recorder.last().query["scheduled_at"] == ["2026-12-24T23:59:00Z"]


def test_json_body_only_for_json_endpoints(recorder: Recorder) -> None:
    create_card.sync_detailed("18ce54d4x5t", client=client(recorder), body=CardCreate.from_dict(CAROUSEL))
    sent = recorder.last()
    assert (sent.method, sent.path, sent.query) == ("POST", "/12/accounts/18ce54d4x5t/cards", {})
    assert sent.headers["Content-Type"] == "application/json"
    assert sent.json() == CAROUSEL


def test_query_parameters_for_other_posts(recorder: Recorder) -> None:
    create_poll_card.sync_detailed(
        "18ce54d4x5t",
        client=client(recorder),
        duration_in_minutes=10080,
        first_choice="East",
        second_choice="West",
        name="best coast poll",
    )
    sent = recorder.last()
    assert sent.method == "POST"
    assert sent.query == {
        "duration_in_minutes": ["10080"],
        "first_choice": ["East"],
        "second_choice": ["West"],
        "name": ["best coast poll"],
    }
    assert sent.body == b""
    assert "Content-Type" not in sent.headers


def test_json_array_body(recorder: Recorder) -> None:
    operation = {
        "operation_type": "Update",
        "params": {"expires_at": "2027-01-01T00:00:00Z", "users": [{"email": ["a" * 64]}]},
    }
    update_custom_audience_users.sync_detailed(
        "18ce54d4x5t",
        "1nmth",
        client=client(recorder),
        body=[CustomAudienceUsersOperation.from_dict(operation)],
    )
    sent = recorder.last()
    assert sent.path == "/12/accounts/18ce54d4x5t/custom_audiences/1nmth/users"
    assert sent.json() == [operation]
