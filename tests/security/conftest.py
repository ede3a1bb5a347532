"""Shared fixtures for the security suite: each module gets an emulator of its own on loopback
(a fresh seed on its own SQLite file, so one module's attacks cannot leak into another's), and
clients signed as the seed's two advertisers or not at all.

The seed's users: DEMO (demo-user-token) owns ACCOUNT; OTHER (other-user-token) owns
OTHER_ACCOUNT and none of DEMO's accounts. Every answer to a request that routes to an
operation is checked against the spec, as everywhere else in tests/.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from tests.support.emulator import ACCOUNT, DEMO, OTHER, OTHER_ACCOUNT, Emulator, ResponseChecker, checked_emulator

__all__ = ["ACCOUNT", "DEMO", "OTHER", "OTHER_ACCOUNT"]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Emulator]:
    """The module's own emulator, served on loopback (`server.base`, `server.url` = base + /12)."""
    with checked_emulator(tmp_path_factory.mktemp("security") / "emulator.sqlite3", ResponseChecker()) as served:
        yield served


@pytest.fixture(scope="module")
def as_demo(server: Emulator) -> Iterator[httpx.Client]:
    """Signed as the demo user, who owns ACCOUNT."""
    with server.client(DEMO) as client:
        yield client


@pytest.fixture(scope="module")
def as_other(server: Emulator) -> Iterator[httpx.Client]:
    """Signed as the other advertiser, who owns OTHER_ACCOUNT and none of ACCOUNT's resources."""
    with server.client(OTHER) as client:
        yield client


@pytest.fixture(scope="module")
def anonymous(server: Emulator) -> Iterator[httpx.Client]:
    """No Authorization header at all."""
    with server.client(None) as client:
        yield client
