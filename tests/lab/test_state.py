"""Snapshots (SQLite's backup API) and deterministic data, against the real server; the CLI's
lab options and `xads-emulator journal` against a process of its own."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx

from tests.lab.conftest import Lab, serve_lab
from tests.support.emulator import ACCOUNT, DEMO
from xads_client import OAuth1Auth
from xads_emulator.clock import iso
from xads_emulator.control import TOKEN_ENV
from xads_emulator.lab.deterministic import START
from xads_emulator.server import free_port, wait_until_serving

A = f"/accounts/{ACCOUNT}"
CTA = {"line_item_id": "8v53k", "call_to_action": "SHOP", "call_to_action_url": "https://x.com"}


def _ctas(api: httpx.Client) -> list[str]:
    return [item["id"] for item in api.get(f"{A}/preroll_call_to_actions", params={"count": 1000}).json()["data"]]


def test_snapshot_and_restore(lab: Lab) -> None:
    with lab.api() as api:
        api.post(f"{A}/preroll_call_to_actions", params=CTA)
        saved = lab.control("POST", "snapshot", json={"name": "prepared"})
        assert saved.status_code == 200 and saved.json()["data"]["milliseconds"] < 100
        prepared = _ctas(api)
        replayed = api.build_request("GET", f"{A}/media_library")
        first = api.send(replayed)
        after = api.post(f"{A}/preroll_call_to_actions", params=CTA).json()["data"]["id"]
        assert _ctas(api) == [*prepared, after]
        restored = lab.control("POST", "restore", json={"name": "prepared"})
        assert restored.status_code == 200 and restored.json()["data"]["milliseconds"] < 100
        assert _ctas(api) == prepared
        # Id counters come back too: the next id is the one handed out after the snapshot.
        assert api.post(f"{A}/preroll_call_to_actions", params=CTA).json()["data"]["id"] == after
        # Nonces used since the snapshot stay used: an old request is still a replay.
        assert first.status_code == 200
        assert httpx.Client().send(replayed).status_code == 401
    assert "prepared" in lab.control("GET", "snapshot").json()["data"]
    lab.handle.restore("prepared")  # the fixture's way
    assert lab.control("POST", "restore", json={"name": "never"}).status_code == 404
    for bad in ({"name": "../x"}, {"name": ""}, {}, {"name": "ok", "extra": 1}):
        assert lab.control("POST", "snapshot", json=bad).status_code == 400, bad
    assert lab.control("POST", "snapshot", content=b"name=x", headers={"Content-Type": "text/plain"}).status_code == 415
    assert (
        lab.control("POST", "snapshot", json={"name": "x"}, headers={"Origin": "http://evil.example"}).status_code
        == 403
    )


def _run(lab: Lab) -> list[Any]:
    """The same requests, answered; what a recorded expectation would compare."""
    with lab.api() as api:
        made = [api.post(f"{A}/preroll_call_to_actions", params=CTA).json()["data"] for _ in range(2)]
        made.append(api.post(f"{A}/custom_audiences", params={"name": "deterministic"}).json()["data"])
        made.append(api.get(f"{A}/media_library").json()["data"])
    return made


def test_deterministic_runs_repeat_ids_and_timestamps(tmp_path: Path) -> None:
    database = tmp_path / "emulator.sqlite3"
    runs = []
    for _ in range(2):  # the second run starts on the file the first left behind
        with serve_lab(database, deterministic=True) as lab:
            assert lab.handle.now() == iso(START)
            runs.append(_run(lab))
            lab.control("POST", "clock", json={"advance_seconds": 60}).raise_for_status()
            with lab.api() as api:
                runs[-1].append(api.post(f"{A}/preroll_call_to_actions", params=CTA).json()["data"])
    assert runs[0] == runs[1]
    assert runs[0][0]["created_at"] == iso(START) and runs[0][-1]["created_at"] != iso(START)
    with serve_lab(tmp_path / "real.sqlite3") as lab:
        assert _run(lab)[0]["created_at"] != iso(START)  # without the flag, real time


def test_cli_fault_file_deterministic_and_journal(tmp_path: Path) -> None:
    faults = tmp_path / "faults.yaml"
    faults.write_text("faults:\n  - {operation: list_media_library, status: 503, retry_after: 2, times: 1}\n")
    port, token = free_port(), "lab-cli-token"
    environment = {**os.environ, TOKEN_ENV: token}
    command = [sys.executable, "-m", "xads_emulator", "serve", "--port", str(port), "--db", str(tmp_path / "db")]
    process = subprocess.Popen(
        [*command, "--fault", str(faults), "--deterministic"], env=environment, stdout=subprocess.DEVNULL
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(base, process)
        with httpx.Client(base_url=f"{base}/12", auth=OAuth1Auth(DEMO)) as api:
            refused = api.get(f"{A}/media_library")
            assert (refused.status_code, refused.headers["retry-after"]) == (503, "2")
            assert api.get(f"{A}/media_library").status_code == 200
        journal = [sys.executable, "-m", "xads_emulator", "journal", "--url", base, "--operation", "list_media_library"]
        shown = subprocess.run(journal, env=environment, capture_output=True, text=True, timeout=60, check=True).stdout
        lines = shown.splitlines()
        assert len(lines) == 2 and " 503 " in lines[0] and "fault 1" in lines[0] and " 200 " in lines[1]
        assert iso(START) in lines[0]  # the deterministic clock
        denied = subprocess.run([*journal, "--admin-token", "wrong"], capture_output=True, text=True, timeout=60)
        assert denied.returncode == 1 and "401" in denied.stderr
    finally:
        process.terminate()
        process.wait(timeout=10)
    broken = tmp_path / "broken.yaml"
    broken.write_text("- {status: 418}\n")
    failed = subprocess.run(
        [*command, "--port", str(free_port()), "--fault", str(broken)], capture_output=True, text=True, timeout=60
    )
    assert failed.returncode != 0 and "status" in failed.stderr and str(broken) in failed.stderr
