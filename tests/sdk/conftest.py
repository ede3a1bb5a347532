"""The official `twitter-ads` SDK (11.0.0) pointed at a real emulator on loopback.

Only the host changes: the SDK's one default domain (`Request._DEFAULT_DOMAIN`) becomes the
emulator's base URL; signing, paths, parameters and parsing are the SDK's own.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from twitter_ads.account import Account
from twitter_ads.client import Client
from twitter_ads.http import Request

from tests.support.emulator import ACCOUNT, DEMO
from xads_emulator.app import EmulatorApp
from xads_emulator.server import running


@pytest.fixture(scope="module")
def sdk_host(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """An emulator of its own (fresh seed) on loopback, its base URL patched into the SDK for this
    module only (later tests, e.g. the in-process test double, see the SDK's real host)."""
    app = EmulatorApp(tmp_path_factory.mktemp("sdk") / "emulator.sqlite3")
    with running(app) as base, pytest.MonkeyPatch.context() as patch:
        patch.setattr(Request, "_DEFAULT_DOMAIN", base)
        yield base


@pytest.fixture(scope="module")
def client(sdk_host: str) -> Client:
    """The README's client, with the seed's demo credentials."""
    return Client(DEMO.consumer_key, DEMO.consumer_secret, DEMO.access_token, DEMO.access_token_secret)


@pytest.fixture(scope="module")
def account(client: Client) -> Account:
    """The README's `client.accounts(ACCOUNT_ID)`: the seeded demo advertiser."""
    return client.accounts(ACCOUNT)
