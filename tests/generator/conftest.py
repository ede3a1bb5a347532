"""A real HTTP server on loopback that records exactly what the generated client sends.

No mock of the client or of httpx: the wire tests read the raw request line the server
received, so an encoding decided anywhere between our templates and the socket shows up.
The server answers whatever JSON the test queued (the operation's own 200 example), so the
client's response parsing runs too.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest


@dataclass
class Captured:
    """One request as it arrived: the raw request line, headers and body bytes."""

    request_line: str
    method: str
    target: str
    headers: Message
    body: bytes

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def raw_query(self) -> str:
        return urlsplit(self.target).query

    @property
    def query(self) -> list[tuple[str, str]]:
        """Decoded query pairs in the order sent; repeated names stay repeated."""
        return parse_qsl(self.raw_query, keep_blank_values=True, strict_parsing=bool(self.raw_query))

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Wire:
    """The recording server: `answer` is sent back (as JSON, with `status`) to the next request."""

    base_url: str = ""
    requests: list[Captured] = field(default_factory=list)
    answer: Any = field(default_factory=dict)
    status: int = 200

    def expect(self, answer: Any, status: int = 200) -> None:
        self.requests.clear()
        self.answer = answer
        self.status = status

    def only(self) -> Captured:
        """The single request the call made (a client must not retry or split a request)."""
        assert len(self.requests) == 1, [r.request_line for r in self.requests]
        return self.requests[0]


@pytest.fixture(scope="session")
def wire() -> Iterator[Wire]:
    recorder = Wire()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _record(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            recorder.requests.append(Captured(self.requestline, self.command, self.path, self.headers, body))
            payload = json.dumps(recorder.answer).encode()
            self.send_response(recorder.status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _record

        def log_message(self, format: str, *args: Any) -> None:
            del format, args

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    recorder.base_url = f"http://127.0.0.1:{server.server_address[1]}"
    yield recorder
    server.shutdown()
    server.server_close()
