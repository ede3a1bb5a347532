"""Signed requests through the emulator's ASGI app in process (no server, no sockets), for the
benchmarks that measure the app's own work: bench.profile and bench.growth."""

from __future__ import annotations

import asyncio
import time
from collections.abc import MutableMapping
from typing import Any

import httptools
import orjson

from bench.load import Call, presign
from bench.soak import CREDENTIALS
from xads_emulator.app import EmulatorApp

BASE = "http://127.0.0.1:8080/12"


class _Request:
    """httptools callbacks collecting one request's parts as an ASGI scope and body."""

    def __init__(self) -> None:
        self.url = b""
        self.headers: list[tuple[bytes, bytes]] = []
        self.body = b""

    def on_url(self, url: bytes) -> None:
        self.url += url

    def on_header(self, name: bytes, value: bytes) -> None:
        self.headers.append((name.lower(), value))

    def on_body(self, body: bytes) -> None:
        self.body += body


def asgi_requests(wire: list[bytes]) -> list[tuple[dict[str, Any], bytes]]:
    """Each raw HTTP/1.1 request as the (scope, body) uvicorn would hand the app."""
    out = []
    for raw in wire:
        parts = _Request()
        parser = httptools.HttpRequestParser(parts)
        parser.feed_data(raw)
        path, _, query = parts.url.partition(b"?")
        scope = {
            "type": "http",
            "method": parser.get_method().decode(),
            "scheme": "http",
            "path": path.decode(),
            "raw_path": path,
            "query_string": query,
            "headers": parts.headers,
        }
        out.append((scope, parts.body))
    return out


async def answer(app: EmulatorApp, scope: dict[str, Any], body: bytes) -> tuple[int, bytes]:
    """The app's status and body for one request."""
    sent: dict[str, Any] = {}

    async def receive() -> MutableMapping[str, Any]:
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: MutableMapping[str, Any]) -> None:
        sent.setdefault(message["type"], message)

    await app(scope, receive, send)
    return int(sent["http.response.start"]["status"]), bytes(sent["http.response.body"]["body"])


def ask(
    app: EmulatorApp, path: str, params: dict[str, str], copies: int = 1
) -> list[tuple[int, dict[str, Any], float]]:
    """The query sent `copies` times (each signed apart) on one event loop: status, answer and
    seconds of each."""
    requests = asgi_requests(presign(BASE, CREDENTIALS, [Call("GET", path, params)] * copies))

    async def run() -> list[tuple[int, bytes, float]]:
        timed = []
        for scope, body in requests:
            began = time.perf_counter()
            status, payload = await answer(app, scope, body)
            timed.append((status, payload, time.perf_counter() - began))
        return timed

    return [(status, orjson.loads(payload), seconds) for status, payload, seconds in asyncio.run(run())]
