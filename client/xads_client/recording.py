"""Recording real traffic as vcrpy cassettes, redacted, wherever it is sent from:

- `connect(..., record=DIR)`: the generated clients, through an httpx transport;
- `record_traffic(DIR)`: code that uses `requests` (the official SDK, requests-oauthlib) or its
  own httpx clients, through the same interception the emulator's in-process mode uses.

The signature stays the client's own: recording happens after signing, on the way out, so
nothing is forwarded or re-signed. Each recorder writes one cassette file, rewritten after every
exchange so a crash loses at most the exchange in flight.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import httpx

from xads_client.intercept import Forward, ForwardAsync, intercepting
from xads_validators.cassettes import Exchange, redact, write_cassette

API_HOSTS = ("ads-api.x.com", "ads-api.twitter.com")
_numbers = itertools.count(1)


def _headers(headers: httpx.Headers, drop: frozenset[str] = frozenset()) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for name, value in headers.multi_items():
        if name.lower() not in drop:
            grouped.setdefault(name, []).append(value)
    return grouped


class Recorder:
    """Collects exchanges into one cassette under `directory`, with `secrets` blanked out."""

    def __init__(self, directory: str | Path, secrets: Iterable[str] = (), name: str | None = None) -> None:
        stamp = time.strftime("%Y%m%dT%H%M%S")
        self.path = Path(directory) / (name or f"xads-{stamp}-{os.getpid()}-{next(_numbers)}.yaml")
        self._secrets = tuple(secrets)
        self._exchanges: list[Exchange] = []
        self._lock = threading.Lock()

    def record(self, request: httpx.Request, response: httpx.Response) -> None:
        exchange = Exchange(
            method=request.method,
            uri=str(request.url),
            request_headers=_headers(request.headers),
            request_body=request.content,
            status=response.status_code,
            reason=response.reason_phrase,
            # The body is kept decoded, so its transfer encoding and length no longer describe it.
            response_headers=_headers(response.headers, frozenset({"content-encoding", "content-length"})),
            response_body=response.content,
        )
        with self._lock:
            self._exchanges.append(redact(exchange, self._secrets))
            write_cassette(self.path, self._exchanges)

    @property
    def exchanges(self) -> list[Exchange]:
        with self._lock:
            return list(self._exchanges)


class RecordingTransport(httpx.BaseTransport):
    """Sends through `inner`, then records the exchange."""

    def __init__(self, inner: httpx.BaseTransport, recorder: Recorder) -> None:
        self._inner = inner
        self._recorder = recorder

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._inner.handle_request(request)
        response.read()
        self._recorder.record(request, response)
        return response

    def close(self) -> None:
        self._inner.close()


class AsyncRecordingTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, recorder: Recorder) -> None:
        self._inner = inner
        self._recorder = recorder

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._inner.handle_async_request(request)
        await response.aread()
        self._recorder.record(request, response)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


class _TrafficRecorder:
    """Interceptor: forwards requests for `hosts` where they were going and records them."""

    def __init__(self, recorder: Recorder, hosts: tuple[str, ...]) -> None:
        self.recorder = recorder
        self.hosts = hosts

    def handles(self, url: httpx.URL) -> bool:
        return url.host in self.hosts

    def send(self, request: httpx.Request, forward: Forward) -> httpx.Response:
        response = forward(request)
        response.read()
        self.recorder.record(request, response)
        return response

    async def send_async(self, request: httpx.Request, forward: ForwardAsync) -> httpx.Response:
        response = await forward(request)
        await response.aread()
        self.recorder.record(request, response)
        return response


@contextlib.contextmanager
def record_traffic(
    directory: str | Path, *, secrets: Iterable[str] = (), hosts: tuple[str, ...] = API_HOSTS
) -> Iterator[Recorder]:
    """Record every request to `hosts` made with `requests` or httpx while active (the official
    SDK included), into one cassette under `directory`. Pass your token values as `secrets` to
    have them blanked wherever they appear; the Authorization header and `oauth_*` parameters
    always are."""
    recorder = Recorder(directory, secrets)
    with intercepting(_TrafficRecorder(recorder, hosts)):
        yield recorder
