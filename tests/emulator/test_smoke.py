from __future__ import annotations

import httpx

from tests.support.emulator import ACCOUNT, Emulator


def test_accounts(api: httpx.Client, emulator: Emulator) -> None:
    checked = emulator.checker.checked
    response = api.get("/accounts")
    assert response.status_code == 200, response.text
    assert {a["id"] for a in response.json()["data"]} == {"18ce54d4x5t", "18ce54aymz3"}
    assert api.get(f"/accounts/{ACCOUNT}/media_library").status_code == 200
    assert emulator.checker.checked > checked  # responses really are checked against the spec
