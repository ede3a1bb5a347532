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
from xads_spec import supported_versions
from xads_validators import RequestValidator
from xads_validators.schemas import CompiledSchema

DEMO = Credentials("demo-consumer-key", "demo-consumer-secret", "demo-user-token", "demo-user-token-secret")
OTHER = Credentials("demo-consumer-key", "demo-consumer-secret", "other-user-token", "other-user-token-secret")
ACCOUNT = "18ce54d4x5t"
OTHER_ACCOUNT = "18ce54bgxky"


class ResponseChecker:
    """Validates responses against the spec; failures are collected and fail the test."""

    def __init__(self) -> None:
        self.validator = RequestValidator()
        self._compiled: dict[tuple[str, str], CompiledSchema] = {}
        self.failures: list[str] = []
        self.checked = 0

    def __call__(self, response: httpx.Response) -> None:
        response.read()
        request = response.request
        path = request.url.raw_path.decode()
        if "/_emulator/" in path:
            return
        version = path.split("/")[1]
        served = version.isdigit() and int(version) in supported_versions()
        relative = "/" + path.split("?")[0].split("/", 2)[-1]
        match = self.validator.index(int(version)).match(relative) if served else None
        operation = match[0].get(request.method) if match else None
        if operation is None:
            return
        status = str(response.status_code)
        spec = operation.spec["responses"].get(status)
        if spec is None:
            self.failures.append(f"{request.method} {path}: status {status} is not documented")
            return
        schema = spec.get("content", {}).get("application/json", {}).get("schema")
        if schema is None:
            return
        key = (operation.operation_id, status)
        if key not in self._compiled:
            self._compiled[key] = CompiledSchema(schema, operation.components)
        compiled = self._compiled[key]
        body = response.json()
        if not compiled.is_valid(body):
            errors = [f"{list(p)}: {e.message}" for p, e, _n in compiled.errors(body)]
            self.failures.append(f"{request.method} {path} -> {status}: {errors[:3]}")
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
