"""Serving the emulator over HTTP with uvicorn, from the CLI, the tests and the benchmarks alike.

uvicorn answers a message its HTTP parser rejects (a bad header name, a non-numeric
Content-Length) itself, in text/plain, before the application sees it. The protocol below
answers those in the Ads API's error envelope instead, so every 4xx a client can provoke,
even with a malformed message, has the documented shape.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import orjson
import uvicorn
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from xads_emulator.app import EmulatorApp
from xads_emulator.errors import entry, envelope


class EnvelopeHttpProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol, with parser rejections answered in the error envelope."""

    def send_400_response(self, msg: str) -> None:
        body = orjson.dumps(envelope([entry("INVALID_REQUEST", f"Malformed HTTP request: {msg}")]))
        head = [b"HTTP/1.1 400 Bad Request\r\n"]
        head += [name + b": " + value + b"\r\n" for name, value in self.server_state.default_headers]
        head += [
            b"content-type: application/json\r\n",
            b"content-length: " + str(len(body)).encode("ascii") + b"\r\n",
            b"connection: close\r\n\r\n",
        ]
        self.transport.write(b"".join(head) + body)
        self.transport.close()


def config(app: EmulatorApp, host: str = "127.0.0.1", port: int = 0) -> uvicorn.Config:
    return uvicorn.Config(app, host=host, port=port, http=EnvelopeHttpProtocol, log_level="warning", access_log=False)


@contextmanager
def running(app: EmulatorApp) -> Iterator[str]:
    """The app served on a free loopback port in a background thread; yields its base URL."""
    server = uvicorn.Server(config(app))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the emulator did not start")
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=5)


def start_process(db: Path) -> tuple[subprocess.Popen[bytes], str]:
    """`xads-emulator serve` as a process of its own on a free loopback port and the SQLite file
    `db`, once it answers; returns the process and its base URL (no version prefix)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    command = [sys.executable, "-m", "xads_emulator", "serve", "--port", str(port), "--db", str(db)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and process.poll() is None:
        try:
            httpx.post(f"{base}/_emulator/clock", json={}, timeout=1)
            return process, base
        except httpx.TransportError:
            time.sleep(0.025)
    process.kill()
    raise RuntimeError("the emulator did not start")
