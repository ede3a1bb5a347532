"""The lab through the pytest fixture (`ads_emulator`, served on loopback) and the in-process
double (`mock_ads_api`), as a user's test suite would use it."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from xads_client_v12.api.media_library import list_media_library

from tests.support.emulator import ACCOUNT
from xads_client import AdsApiError, RetryPolicy
from xads_emulator.handle import EmulatorHandle
from xads_emulator.inprocess import mock_ads_api


def _media(client: Any) -> Any:
    return list_media_library.sync(ACCOUNT, client=client)


def test_the_fixture_sets_faults_and_reads_the_journal(ads_emulator: EmulatorHandle) -> None:
    ads_emulator.add_fault(operation="list_media_library", status=503, times=1)
    client = ads_emulator.client(12, retry=RetryPolicy(max_retries=0))
    with pytest.raises(AdsApiError) as raised:
        _media(client)
    assert raised.value.status_code == 503
    assert _media(client).data
    assert [e["status"] for e in ads_emulator.requests(operation="list_media_library")] == [503, 200]
    assert ads_emulator.faults() == []
    ads_emulator.snapshot("start")
    ads_emulator.restore("start")


def test_in_process_a_dropped_connection_reaches_the_client_as_over_the_network() -> None:
    with mock_ads_api() as emulator:
        emulator.add_fault(operation="list_media_library", drop=True, times=2)
        with pytest.raises(httpx.RemoteProtocolError):
            _media(emulator.client(12, retry=RetryPolicy(max_retries=0)))
        retried = emulator.client(12, retry=RetryPolicy(backoff_seconds=0.01))
        assert _media(retried).data
        assert [e["status"] for e in emulator.requests()] == [None, None, 200]
