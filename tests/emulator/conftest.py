"""A second, private emulator for tests that must start from the seed (the session one is shared)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from tests.support.emulator import Emulator, ResponseChecker, checked_emulator


class RecordingChecker(ResponseChecker):
    """Also remembers which operation answered which status, for coverage assertions."""

    def __init__(self) -> None:
        super().__init__()
        self.answered: set[tuple[str, int]] = set()

    def __call__(self, response: httpx.Response) -> None:
        super().__call__(response)
        operation = self.operation(response)
        if operation is not None:
            self.answered.add((operation.operation_id, response.status_code))


@pytest.fixture(scope="module")
def fresh_emulator(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Emulator]:
    """An emulator of its own on a new SQLite file; responses checked against the spec like the shared one."""
    with checked_emulator(tmp_path_factory.mktemp("fresh") / "emulator.sqlite3", RecordingChecker()) as served:
        yield served


@pytest.fixture(scope="module")
def fresh_api(fresh_emulator: Emulator) -> Iterator[httpx.Client]:
    """One signed demo-user client for the module (making an httpx client costs ~15 ms)."""
    with fresh_emulator.client() as client:
        yield client
