"""A light load generator for comparing servers: requests signed before the clock starts,
sent as raw HTTP/1.1 over keep-alive connections from one event loop.

Signing with oauthlib costs a Python client ~0.3 ms a request, about what the servers spend
answering one; measured inside the timed window it would be the load generator, not the
servers, that the comparison shows. Every request is signed once with its own nonce (the
emulator refuses replays), so a run must finish within the OAuth timestamp window.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import urlencode, urlsplit

import httptools
from oauthlib import oauth1

from xads_client import Credentials


@dataclass(frozen=True)
class Call:
    method: Literal["GET", "POST", "PUT", "DELETE"]
    path: str
    query: dict[str, str] = field(default_factory=dict)
    json_body: bytes = b""


@dataclass
class Outcome:
    seconds: float
    latencies: list[float]
    statuses: Counter[int]

    @property
    def rate(self) -> float:
        return len(self.latencies) / self.seconds

    @property
    def p99_ms(self) -> float:
        return statistics.quantiles(self.latencies, n=100)[98] * 1000


def oauth_signer(credentials: Credentials) -> oauth1.Client:
    """An OAuth 1.0a HMAC-SHA1 signer for these credentials (oauthlib's, as a client would sign)."""
    return oauth1.Client(
        credentials.consumer_key,
        credentials.consumer_secret,
        credentials.access_token,
        credentials.access_token_secret,
    )


def presign(base_url: str, credentials: Credentials, calls: list[Call]) -> list[bytes]:
    """Each call as the bytes of a signed HTTP/1.1 request to base_url (whose path is the prefix)."""
    parts = urlsplit(base_url)
    signer = oauth_signer(credentials)
    wire = []
    for call in calls:
        target = parts.path + call.path + (f"?{urlencode(call.query)}" if call.query else "")
        _, headers, _ = signer.sign(f"{parts.scheme}://{parts.netloc}{target}", call.method)
        head = [
            f"{call.method} {target} HTTP/1.1",
            f"Host: {parts.netloc}",
            "Accept: application/json",
            f"Authorization: {headers['Authorization']}",
        ]
        if call.json_body:
            head += ["Content-Type: application/json", f"Content-Length: {len(call.json_body)}"]
        wire.append(("\r\n".join(head) + "\r\n\r\n").encode() + call.json_body)
    return wire


class _Response:
    """httptools callbacks: notes when one response has been read whole."""

    def __init__(self) -> None:
        self.done = False

    def on_message_complete(self) -> None:
        self.done = True


async def _connection(host: str, port: int, requests: list[bytes], outcome: Outcome) -> None:
    reader, writer = await asyncio.open_connection(host, port)
    try:
        for request in requests:
            state = _Response()
            parser = httptools.HttpResponseParser(state)
            began = time.perf_counter()
            writer.write(request)
            while not state.done:
                data = await reader.read(65536)
                if not data:
                    raise ConnectionError("the server closed the connection")
                parser.feed_data(data)
            outcome.latencies.append(time.perf_counter() - began)
            outcome.statuses[parser.get_status_code()] += 1
    finally:
        writer.close()


def drive(base_url: str, requests: list[bytes], connections: int) -> Outcome:
    """Sends the requests over `connections` keep-alive connections at once; each connection
    sends its share one after another."""
    parts = urlsplit(base_url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    outcome = Outcome(0.0, [], Counter())

    async def run() -> None:
        shares = [requests[n::connections] for n in range(connections)]
        await asyncio.gather(*(_connection(host, port, share, outcome) for share in shares))

    began = time.perf_counter()
    asyncio.run(run())
    outcome.seconds = time.perf_counter() - began
    return outcome
