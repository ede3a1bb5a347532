"""A real HTTP server on loopback that records every request and answers from a script.

Tests queue answers (status, headers, JSON body); without one it answers 404 in the Ads API
error envelope, which is all the wire-format tests need.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest


@dataclass
class Recorded:
    method: str
    target: str
    headers: dict[str, str]
    body: bytes

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def query(self) -> dict[str, list[str]]:
        return parse_qs(urlsplit(self.target).query, keep_blank_values=True)

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Answer:
    status: int = 404
    body: Any = field(default_factory=lambda: {"errors": [{"code": "NOT_FOUND", "message": "recorded"}]})
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Recorder:
    requests: list[Recorded] = field(default_factory=list)
    answers: list[Answer] = field(default_factory=list)
    base_url: str = ""

    def last(self) -> Recorded:
        return self.requests[-1]

    def reset(self, *answers: Answer) -> None:
        self.requests.clear()
        self.answers[:] = answers


@pytest.fixture(scope="session")
def recorder() -> Iterator[Recorder]:
    record = Recorder()

    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            record.requests.append(Recorded(self.command, self.path, dict(self.headers.items()), body))
            answer = record.answers.pop(0) if record.answers else Answer()
            payload = json.dumps(answer.body).encode()
            self.send_response(answer.status)
            for name, value in answer.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        do_GET = do_POST = do_PUT = do_DELETE = _answer

        def log_message(self, format: str, *args: Any) -> None:
            del format, args

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    record.base_url = f"http://127.0.0.1:{server.server_address[1]}/12"
    yield record
    server.shutdown()
    server.server_close()
