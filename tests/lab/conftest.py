"""One lab emulator per test module, on loopback with its admin token; every test starts with no
fault rules. Answers are checked against the spec like every emulator test's, except injected 500s
(the spec documents none: a client must handle one whether declared or not)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.support.emulator import DEMO, ResponseChecker
from xads_client import OAuth1Auth
from xads_emulator.app import EmulatorApp
from xads_emulator.control import admin_headers, new_token
from xads_emulator.handle import EmulatorHandle
from xads_emulator.server import running


class LabChecker(ResponseChecker):
    def __call__(self, response: httpx.Response) -> None:
        if response.status_code != 500:
            super().__call__(response)


@dataclass
class Lab:
    handle: EmulatorHandle
    token: str
    checker: LabChecker

    @property
    def base(self) -> str:
        return self.handle.base_url

    def api(self, **options: Any) -> httpx.Client:
        """A signed httpx client for the demo user, answers checked against the spec."""
        hooks: dict[str, list[Callable[..., Any]]] = {"response": [self.checker]}
        return httpx.Client(base_url=self.handle.url(12), auth=OAuth1Auth(DEMO), event_hooks=hooks, **options)

    def control(self, method: str, endpoint: str, **options: Any) -> httpx.Response:
        headers = {**admin_headers(self.token), **options.pop("headers", {})}
        return httpx.request(method, f"{self.base}/_emulator/{endpoint}", headers=headers, **options)


@contextmanager
def serve_lab(database: Path, **options: Any) -> Iterator[Lab]:
    token = new_token()
    app = EmulatorApp(database, admin_token=token, **options)
    checker = LabChecker()
    with running(app) as base:
        yield Lab(EmulatorHandle(app, base), token, checker)
    assert checker.failures == []


@pytest.fixture(scope="module")
def lab_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Lab]:
    with serve_lab(tmp_path_factory.mktemp("lab") / "emulator.sqlite3") as served:
        yield served


@pytest.fixture
def lab(lab_server: Lab) -> Iterator[Lab]:
    lab_server.handle.clear_faults()
    yield lab_server
    lab_server.handle.clear_faults()
