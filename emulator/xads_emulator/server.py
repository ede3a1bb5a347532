"""Serving the emulator over HTTP with uvicorn, from the CLI, the tests and the benchmarks alike.

uvicorn answers a message its HTTP parser rejects (a bad header name, a non-numeric
Content-Length) itself, in text/plain, before the application sees it. The protocol below
answers those in the Ads API's error envelope instead, so every 4xx a client can provoke,
even with a malformed message, has the documented shape.

It also keeps connections in hand (ConnectionLimits), which uvicorn's httptools protocol does
not: a request target or header section past its size is refused (400, 431) as soon as the
bytes arrive, never buffered whole; a request whose headers are not complete in time, or whose
body stops arriving, is answered 408; a connection that sends no request is closed. Each
answer closes the connection.
"""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import orjson
import uvicorn
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
from uvicorn.server import ServerState

from xads_emulator.app import EmulatorApp
from xads_emulator.control import TOKEN_ENV, new_token
from xads_emulator.errors import entry, envelope
from xads_emulator.lab import DROP


@dataclass(frozen=True)
class ConnectionLimits:
    """Per connection: sizes in bytes, times in seconds."""

    max_request_line: int = 16 * 1024  # the request target (path and query)
    max_header_bytes: int = 16 * 1024  # all header lines together, each counted as `name: value\r\n`
    idle_timeout: float = 5.0  # with no request under way (a new connection, or between keep-alive requests)
    header_timeout: float = 10.0  # from a request's first byte to the end of its headers
    body_timeout: float = 10.0  # without a byte of a body that is still due


class _Refusal(Exception):
    """Raised from a parser callback: the message is answered with `status` and the connection closed."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class ServerConfig(uvicorn.Config):
    """uvicorn's settings plus the connection limits EnvelopeHttpProtocol reads."""

    def __init__(
        self,
        app: Any,
        limits: ConnectionLimits,
        refusal_headers: Callable[[], list[tuple[bytes, bytes]]] = list,
        **options: Any,
    ) -> None:
        super().__init__(app, http=EnvelopeHttpProtocol, log_level="warning", access_log=False, **options)
        self.connection_limits = limits
        # Headers every answer carries, the app's own rate-limit headers included, for answers
        # given before a request reaches the app (malformed, oversized or stalled messages).
        self.refusal_headers = refusal_headers


class EnvelopeHttpProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol, with parser rejections answered in the error envelope and
    the connection limits enforced. One timer per connection covers its current phase (idle,
    headers, body); uvicorn's own keep-alive timer is not used."""

    def __init__(
        self,
        config: uvicorn.Config,
        server_state: ServerState,
        app_state: dict[str, Any],
        _loop: asyncio.AbstractEventLoop | None = None,
    ) -> None:
        super().__init__(config, server_state, app_state, _loop)
        self.limits = config.connection_limits if isinstance(config, ServerConfig) else ConnectionLimits()
        self.refusal_headers = config.refusal_headers if isinstance(config, ServerConfig) else list
        self._refusal: _Refusal | None = None
        self._in_message = False  # between a message's first byte and its end
        self._reading_head = False
        self._head_bytes = 0
        self._completed_in_chunk = False
        self._timer: asyncio.TimerHandle | None = None

    # -- timers -----------------------------------------------------------------------------
    def _arm(self, seconds: float, phase: str) -> None:
        self._disarm()
        self._timer = self.loop.call_later(seconds, self._expired, phase)

    def _disarm(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _expired(self, phase: str) -> None:
        self._timer = None
        if self.transport.is_closing():
            return
        if phase == "body" and self.flow.read_paused:  # the server paused reading, not the client
            self._arm(self.limits.body_timeout, phase)
            return
        answered = phase == "body" and self.cycle is not None and self.cycle.response_started
        if phase == "idle" or answered:  # nothing to answer, or the answer is already out
            self.transport.close()
            return
        what = "headers" if phase == "headers" else "body"
        limit = self.limits.header_timeout if phase == "headers" else self.limits.body_timeout
        self._answer_and_close(408, "REQUEST_TIMEOUT", f"The request's {what} did not arrive within {limit:g} s")

    # -- connection and parser callbacks -----------------------------------------------------
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm(self.limits.idle_timeout, "idle")

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        self._completed_in_chunk = False
        super().data_received(data)
        if self._reading_head and not self.transport.is_closing():
            # Bytes of a head still incomplete: the whole chunk, unless an earlier message ended
            # in it (then where this one began is unknown; the next chunk counts it).
            self._head_bytes += 0 if self._completed_in_chunk else len(data)
            # Room for the request target and header lines, plus method, version and line ends.
            if self._head_bytes > self.limits.max_request_line + self.limits.max_header_bytes + 64:
                self._answer_and_close(431, "INVALID_REQUEST", self._headers_too_large())

    def on_message_begin(self) -> None:
        super().on_message_begin()
        # The lab's dropped-connection fault (lab/__init__.py: drop_connection) closes the socket unanswered.
        self.scope["extensions"] = {DROP: self.transport.close}  # type: ignore[dict-item]
        self._in_message = self._reading_head = True
        self._head_bytes = 0
        self._arm(self.limits.header_timeout, "headers")

    def on_url(self, url: bytes) -> None:
        super().on_url(url)
        if len(self.url) > self.limits.max_request_line:
            # 400 rather than RFC 9110's 414: the spec documents 400 for every operation, not 414.
            self._refuse(400, f"The request target is longer than {self.limits.max_request_line} bytes")

    def on_headers_complete(self) -> None:
        self._reading_head = False
        if sum(len(name) + len(value) + 4 for name, value in self.headers) > self.limits.max_header_bytes:
            self._refuse(431, self._headers_too_large())
        self._arm(self.limits.body_timeout, "body")
        super().on_headers_complete()

    def on_body(self, body: bytes) -> None:
        super().on_body(body)
        self._arm(self.limits.body_timeout, "body")

    def on_message_complete(self) -> None:
        super().on_message_complete()
        self._in_message = False
        self._completed_in_chunk = True
        self._disarm()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._unset_keepalive_if_required()
        idle = not self._in_message and (self.cycle is None or self.cycle.response_complete)
        if idle and not self.transport.is_closing():
            self._arm(self.limits.idle_timeout, "idle")

    # -- answers the application never sees ------------------------------------------------
    def _headers_too_large(self) -> str:
        return f"The request's headers are larger than {self.limits.max_header_bytes} bytes"

    def _refuse(self, status: int, message: str) -> None:
        """From a parser callback: httptools stops and reports a parser error (send_400_response)."""
        self._refusal = _Refusal(status, message)
        raise self._refusal

    def send_400_response(self, msg: str) -> None:
        refusal, self._refusal = self._refusal, None
        if refusal is not None:
            self._answer_and_close(refusal.status, "INVALID_REQUEST", str(refusal))
        else:
            self._answer_and_close(400, "INVALID_REQUEST", f"Malformed HTTP request: {msg}")

    def _answer_and_close(self, status: int, code: str, message: str) -> None:
        self._disarm()
        body = orjson.dumps(envelope([entry(code, message)]))
        head = [f"HTTP/1.1 {status} {_REASONS.get(status, '')}\r\n".encode("ascii")]
        head += [name + b": " + value + b"\r\n" for name, value in self.server_state.default_headers]
        head += [name + b": " + value + b"\r\n" for name, value in self.refusal_headers()]
        head += [
            b"content-type: application/json\r\n",
            b"content-length: " + str(len(body)).encode("ascii") + b"\r\n",
            b"connection: close\r\n\r\n",
        ]
        self.transport.write(b"".join(head) + body)
        self.transport.close()


_REASONS = {400: "Bad Request", 408: "Request Timeout", 431: "Request Header Fields Too Large"}


def config(
    app: EmulatorApp, host: str = "127.0.0.1", port: int = 0, limits: ConnectionLimits | None = None
) -> ServerConfig:
    return ServerConfig(app, limits or ConnectionLimits(), app.unauthenticated_rate_headers, host=host, port=port)


@contextmanager
def running(app: EmulatorApp, limits: ConnectionLimits | None = None) -> Iterator[str]:
    """The app served on a free loopback port in a background thread; yields its base URL."""
    server = uvicorn.Server(config(app, limits=limits))
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


@dataclass(frozen=True)
class Process:
    """An emulator started by start_process: the process, its base URL (no version prefix) and
    the admin token its control endpoints take."""

    process: subprocess.Popen[bytes]
    base: str
    admin_token: str


def free_port() -> int:
    """A loopback port nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_serving(base: str, process: subprocess.Popen[Any], seconds: float = 30) -> None:
    """Return once the emulator process at `base` answers (any answer: an unsigned request's 401
    means it serves); if it exits or `seconds` pass first, kill it and raise RuntimeError."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and process.poll() is None:
        try:
            httpx.get(f"{base}/12/accounts", timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.025)
    process.kill()
    raise RuntimeError("the emulator did not start")


def start_process(db: Path) -> Process:
    """`xads-emulator serve` as a process of its own on a free loopback port and the SQLite file
    `db`, once it answers. The admin token goes by environment, not argv (which other users of
    the host can read)."""
    port = free_port()
    token = new_token()
    command = [sys.executable, "-m", "xads_emulator", "serve", "--port", str(port), "--db", str(db), "--quiet"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, env={**os.environ, TOKEN_ENV: token})
    base = f"http://127.0.0.1:{port}"
    wait_until_serving(base, process)
    return Process(process, base, token)
