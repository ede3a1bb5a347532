"""`xads-emulator serve` as a newcomer meets it when something is already on the port."""

from __future__ import annotations

import socket
import subprocess
import sys

import httpx
import pytest

from tests.support.emulator import ACCOUNT, DEMO
from xads_client import OAuth1Auth
from xads_emulator.cli import main
from xads_emulator.server import free_port, wait_until_serving


def test_a_port_in_use_gets_one_clear_message(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        assert main(["serve", "--port", str(port), "--db", ":memory:"]) == 2
    out, err = capsys.readouterr()
    assert out == ""  # no credentials printed for a server that never starts
    assert f"cannot listen on 127.0.0.1:{port}" in err and "--port" in err


def _served_log(*flags: str) -> str:
    """What `xads-emulator serve` logs while it answers one request with a violation."""
    port = free_port()
    command = [sys.executable, "-m", "xads_emulator", "serve", "--port", str(port), "--db", ":memory:", *flags]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        wait_until_serving(base, process)
        with httpx.Client(auth=OAuth1Auth(DEMO), timeout=5) as client:
            answer = client.get(f"{base}/12/accounts/{ACCOUNT}/cards", params={"count": 500})
        assert answer.status_code == 400
    finally:
        process.terminate()
        _, logged = process.communicate(timeout=10)
    return logged


def test_one_compact_log_line_per_request_unless_quiet() -> None:
    line = next(line for line in _served_log().splitlines() if f"/accounts/{ACCOUNT}/cards" in line)
    assert f"GET /12/accounts/{ACCOUNT}/cards 400 " in line
    assert line.split()[-1] == "spec.maximum" and line.split()[-2].endswith("ms")
    assert f"/accounts/{ACCOUNT}/cards" not in _served_log("--quiet")
