"""pytest fixtures for testing code against the emulator (registered through the `pytest11`
entry point, so installing `xads-emulator` is all it takes):

    def test_my_integration(ads_client):
        assert list_media_library.sync("18ce54d4x5t", client=ads_client).data

`ads_emulator` is a fresh emulator for each test, served over HTTP on a free loopback port,
on its own SQLite file; override the `ads_emulator_seed` fixture to serve another seed.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from xads_emulator.app import EmulatorApp
from xads_emulator.handle import EmulatorHandle
from xads_emulator.seed import Seed, load_seed
from xads_emulator.server import running


@pytest.fixture
def ads_emulator_seed() -> Seed | Path | None:
    """The seed `ads_emulator` loads: None for the default one, else a `Seed` or a seed file."""
    return None


@pytest.fixture
def ads_emulator(tmp_path: Path, ads_emulator_seed: Seed | Path | None) -> Iterator[EmulatorHandle]:
    if isinstance(ads_emulator_seed, Seed):
        seed = ads_emulator_seed
    else:
        seed = load_seed(ads_emulator_seed) if ads_emulator_seed is not None else load_seed()
    app = EmulatorApp(tmp_path / "ads-emulator.sqlite3", seed)
    with running(app) as base_url:
        yield EmulatorHandle(app, base_url)


@pytest.fixture
def ads_client(ads_emulator: EmulatorHandle) -> Any:
    """A v12 generated client connected to `ads_emulator` as the seed's first user."""
    return ads_emulator.client(12)
