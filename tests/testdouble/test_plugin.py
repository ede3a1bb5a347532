"""The pytest plugin as a user's suite meets it: test files of theirs, run by pytest, with nothing
but the fixtures the installed emulator registers through its `pytest11` entry point."""

from __future__ import annotations

import pytest

pytest_plugins = ["pytester"]

USER_TESTS = '''
from datetime import UTC, datetime

import pytest
from xads_client_v12.api.custom_audiences import create_custom_audience, list_custom_audiences


def test_three_lines(ads_client):
    names = [a.name for a in list_custom_audiences.sync("18ce54d4x5t", client=ads_client).data]
    assert names == ["seeded developers"]


def test_fresh_state_each_test(ads_emulator, ads_client):
    create_custom_audience.sync("18ce54d4x5t", client=ads_client, name="made here")
    assert len(list_custom_audiences.sync("18ce54d4x5t", client=ads_client).data) == 2
    ads_emulator.reset()
    assert len(list_custom_audiences.sync("18ce54d4x5t", client=ads_client).data) == 1


def test_clock_and_users(ads_emulator):
    ads_emulator.set_clock(datetime(2031, 1, 2, 3, 4, 5, tzinfo=UTC))
    assert ads_emulator.now() == "2031-01-02T03:04:05Z"
    other = ads_emulator.client(11, screen_name="otheradvertiser", raise_errors=False)
    assert list_custom_audiences.sync_detailed("18ce54d4x5t", client=other).status_code == 404
'''

SEED_OVERRIDE = '''
import pytest
from xads_client_v12.api.custom_audiences import list_custom_audiences


@pytest.fixture
def ads_emulator_seed(tmp_path):
    seed = tmp_path / "seed.yaml"
    seed.write_text(
        "apps: [{consumer_key: k, consumer_secret: s}]\\n"
        "users: [{user_id: '1', screen_name: me, access_token: t, access_token_secret: ts, accounts: [abc]}]\\n"
        "accounts: [{id: abc, name: Mine, promotable_users: [{user_id: '1', promotable_user_type: FULL}]}]\\n"
    )
    return seed


def test_own_seed(ads_client):
    assert list_custom_audiences.sync("abc", client=ads_client).data == []
'''


def test_fixtures_in_a_users_suite(pytester: pytest.Pytester) -> None:
    """One pytest run (a subprocess, as a user's would be) over both files; the seed override
    applies to its own file only."""
    pytester.makepyfile(test_user=USER_TESTS, test_seeded=SEED_OVERRIDE)
    result = pytester.runpytest_subprocess("-q")
    result.assert_outcomes(passed=4)
