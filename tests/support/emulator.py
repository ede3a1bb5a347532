"""A real emulator: uvicorn on loopback, a temporary SQLite file, requests signed for real.

Every response any test receives is checked against the spec's response schema for its
operation and status, here, once, rather than in each test.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from xads_client import Credentials, OAuth1Auth
from xads_emulator.app import EmulatorApp
from xads_emulator.control import admin_headers, new_token
from xads_emulator.server import ConnectionLimits, running
from xads_validators.operations import Operation
from xads_validators.responses import ResponseValidator

DEMO = Credentials("demo-consumer-key", "demo-consumer-secret", "demo-user-token", "demo-user-token-secret")
OTHER = Credentials("demo-consumer-key", "demo-consumer-secret", "other-user-token", "other-user-token-secret")
ACCOUNT = "18ce54d4x5t"
OTHER_ACCOUNT = "18ce54bgxky"


class ResponseChecker:
    """Validates responses against the spec (the validators' ResponseValidator, which also judges
    recorded traffic); failures are collected and fail the test."""

    def __init__(self) -> None:
        self.responses = ResponseValidator()
        self.failures: list[str] = []
        self.checked = 0

    def operation(self, response: httpx.Response) -> Operation | None:
        """The operation that answered, when the request named one."""
        return self.responses.operation(response.request.method, str(response.request.url))

    def __call__(self, response: httpx.Response) -> None:
        response.read()
        request = response.request
        operation = self.operation(response)
        if operation is None:
            return
        found = self.responses.validate(operation, response.status_code, response.content)
        if found:
            path = request.url.raw_path.decode()
            self.failures.append(f"{request.method} {path} -> {response.status_code}: {[str(v) for v in found[:3]]}")
        self.checked += 1


class Emulator:
    def __init__(self, app: EmulatorApp, base: str, checker: ResponseChecker, admin_token: str) -> None:
        self.app = app
        self.base = base
        self.url = f"{base}/12"
        self.checker = checker
        self.admin_token = admin_token

    def client(self, credentials: Credentials | None = DEMO) -> httpx.Client:
        auth = OAuth1Auth(credentials) if credentials else None
        return httpx.Client(base_url=self.url, auth=auth, event_hooks={"response": [self.checker]}, timeout=30)

    def control(self, endpoint: str, **command: Any) -> httpx.Response:
        """POST /_emulator/<endpoint> with the admin token."""
        return httpx.post(f"{self.base}/_emulator/{endpoint}", json=command, headers=admin_headers(self.admin_token))

    def set_clock(self, **command: Any) -> None:
        self.control("clock", **command).raise_for_status()


@contextmanager
def checked_emulator(
    database: Path, checker: ResponseChecker, limits: ConnectionLimits | None = None
) -> Iterator[Emulator]:
    """An emulator on its own SQLite file, served on loopback; fails if any response broke the spec."""
    token = new_token()
    app = EmulatorApp(database, admin_token=token)
    with running(app, limits) as base:
        yield Emulator(app, base, checker, token)
    assert checker.failures == []


@pytest.fixture(scope="session")
def emulator(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Emulator]:
    with checked_emulator(tmp_path_factory.mktemp("emulator") / "emulator.sqlite3", ResponseChecker()) as served:
        yield served


@pytest.fixture
def api(emulator: Emulator) -> Iterator[httpx.Client]:
    """A signed client for the demo user; the test fails if any response broke the spec."""
    before = len(emulator.checker.failures)
    with emulator.client() as client:
        yield client
    assert emulator.checker.failures[before:] == []
