"""The in-process mode as users meet it: their own clients, pointed at the real API's hosts,
answered by the emulator in this process with signatures verified."""

from __future__ import annotations

import asyncio

import httpx
import pytest
import requests
from requests_oauthlib import OAuth1
from twitter_ads.client import Client as SdkClient
from twitter_ads.creative import MediaLibrary
from xads_client_v12.api.custom_audiences import create_custom_audience
from xads_client_v12.api.media_library import list_media_library

from xads_client import paginate
from xads_emulator.inprocess import mock_ads_api

ACCOUNT = "18ce54d4x5t"


def test_generated_client_sync_and_async_share_one_store() -> None:
    with mock_ads_api() as emulator:
        client = emulator.client(12)
        seeded = [item.media_key for item in paginate(list_media_library.sync, ACCOUNT, client=client, count=3)]
        assert len(seeded) == 8 and all(key.split("_")[0] in {"3", "13", "16"} for key in seeded)

        created = create_custom_audience.sync(ACCOUNT, client=client, name="in-process audience")
        assert created is not None

        async def listed_async() -> list[str]:
            answer = await list_media_library.asyncio(ACCOUNT, client=client, count=50)
            return [item.media_key for item in answer.data]  # type: ignore[union-attr]

        assert asyncio.run(listed_async()) == seeded


def test_wrong_secret_is_refused_in_process() -> None:
    with mock_ads_api() as emulator:
        good = emulator.credentials()
        auth = OAuth1(good.consumer_key, good.consumer_secret, good.access_token, "not-the-secret")
        answer = requests.get(f"https://ads-api.x.com/12/accounts/{ACCOUNT}/media_library", auth=auth)
        assert answer.status_code == 401
        assert answer.json()["errors"][0]["code"] == "UNAUTHORIZED_ACCESS"


def test_official_sdk_through_requests() -> None:
    """The SDK calls https://ads-api.twitter.com with requests-oauthlib; nothing of it is patched."""
    with mock_ads_api() as emulator:
        credentials = emulator.credentials()
        sdk = SdkClient(
            credentials.consumer_key,
            credentials.consumer_secret,
            credentials.access_token,
            credentials.access_token_secret,
        )
        account = sdk.accounts(ACCOUNT)
        assert account.id == ACCOUNT
        keys = {item.media_key for item in MediaLibrary.all(account)}
        assert "13_1089771253848666112" in keys


def test_other_hosts_still_reach_the_network_layer() -> None:
    """Only the Ads API's hosts are answered in-process; anything else goes to the real transport."""
    with mock_ads_api(), pytest.raises(httpx.ConnectError):
        httpx.get("http://127.0.0.1:9/", timeout=1)


def test_patches_are_removed_on_exit_and_mocks_nest() -> None:
    original = httpx.HTTPTransport.handle_request
    with mock_ads_api() as outer:
        with mock_ads_api() as inner:
            inner.client(12)  # a fresh emulator: changes here are not the outer one's
            create_custom_audience.sync(ACCOUNT, client=inner.client(12), name="inner only")
        assert httpx.HTTPTransport.handle_request is not original
        names = {a["name"] for a in outer.app.store.all("custom_audiences")}
        assert "inner only" not in names
    assert httpx.HTTPTransport.handle_request is original


@mock_ads_api()
def test_as_a_decorator() -> None:
    """An unsigned call is answered by the emulator's 401 (the real host is out of reach here)."""
    answer = requests.get(f"https://ads-api.x.com/12/accounts/{ACCOUNT}/cards")
    assert answer.status_code == 401 and answer.json()["errors"][0]["code"] == "UNAUTHORIZED_ACCESS"
