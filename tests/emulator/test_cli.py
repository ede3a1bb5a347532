"""`xads-emulator serve` as a newcomer meets it when something is already on the port."""

from __future__ import annotations

import socket

import pytest

from xads_emulator.cli import main


def test_a_port_in_use_gets_one_clear_message(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        assert main(["serve", "--port", str(port), "--db", ":memory:"]) == 2
    out, err = capsys.readouterr()
    assert out == ""  # no credentials printed for a server that never starts
    assert f"cannot listen on 127.0.0.1:{port}" in err and "--port" in err
