"""The emulator as an in-process test double: requests for the Ads API's hosts, made with httpx
(the generated clients) or `requests` (the official `twitter-ads` SDK, requests-oauthlib), are
answered by an `EmulatorApp` in this process, with no socket. moto's `mock_aws` is the model.

    with mock_ads_api() as emulator:
        client = emulator.client(12)          # or any code that calls https://ads-api.x.com/12/...

Signatures are still verified: the app sees the URL the client signed, host included. The app
runs on one event loop in a thread of its own, whichever client calls it, so sync and async
callers see one consistent store.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Coroutine
from types import TracebackType
from typing import Any, TypeVar

import httpx

from xads_emulator.app import EmulatorApp
from xads_emulator.handle import EmulatorHandle
from xads_emulator.seed import Seed, load_seed

# The hosts the live API has answered on; the official SDK 11.0.0 still calls the older one.
API_HOSTS = ("ads-api.x.com", "ads-api.twitter.com")

T = TypeVar("T")


class _AppLoop:
    """One event loop in a daemon thread that runs the app for every intercepted request."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, name="xads-emulator-inprocess", daemon=True)
        self._thread.start()

    def run(self, coroutine: Coroutine[Any, Any, T]) -> T:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result()

    async def run_async(self, coroutine: Coroutine[Any, Any, T]) -> T:
        return await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(coroutine, self.loop))

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(timeout=5)
        self.loop.close()


class InProcessEmulator(EmulatorHandle):
    """The handle of an emulator answering in this process for `hosts`."""

    def __init__(self, app: EmulatorApp, hosts: tuple[str, ...]) -> None:
        super().__init__(app, f"https://{hosts[0]}")
        self.hosts = hosts
        self._transport = httpx.ASGITransport(app=app)
        self._loop = _AppLoop()

    def handles(self, host: str | None) -> bool:
        return host in self.hosts

    async def _answer(self, request: httpx.Request) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
        response = await self._transport.handle_async_request(request)
        body = b"".join([chunk async for chunk in response.stream])  # type: ignore[union-attr]
        return response.status_code, list(response.headers.raw), body

    def answer(self, request: httpx.Request) -> httpx.Response:
        status, headers, body = self._loop.run(self._answer(request))
        return httpx.Response(status, headers=headers, content=body, request=request)

    async def answer_async(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        status, headers, body = await self._loop.run_async(self._answer(request))
        return httpx.Response(status, headers=headers, content=body, request=request)

    def close(self) -> None:
        self._loop.close()


# -- patching: installed while at least one mock is active; the innermost one answers ----------
_active: list[InProcessEmulator] = []
_patch_lock = threading.Lock()
_originals: dict[str, Any] = {}


def _current(host: str | None) -> InProcessEmulator | None:
    return next((mock for mock in reversed(_active) if mock.handles(host)), None)


def _httpx_send(transport: httpx.HTTPTransport, request: httpx.Request) -> httpx.Response:
    mock = _current(request.url.host)
    if mock is None:
        response: httpx.Response = _originals["httpx"](transport, request)
        return response
    request.read()
    return mock.answer(request)


async def _httpx_send_async(transport: httpx.AsyncHTTPTransport, request: httpx.Request) -> httpx.Response:
    mock = _current(request.url.host)
    if mock is None:
        response: httpx.Response = await _originals["httpx_async"](transport, request)
        return response
    return await mock.answer_async(request)


def _requests_send(adapter: Any, request: Any, *args: Any, **kwargs: Any) -> Any:
    """`requests.adapters.HTTPAdapter.send`: the prepared request goes to the app as httpx would send it."""
    import requests
    from requests.structures import CaseInsensitiveDict

    mock = _current(httpx.URL(request.url).host)
    if mock is None:
        return _originals["requests"](adapter, request, *args, **kwargs)
    body = request.body or b""
    forwarded = httpx.Request(
        request.method,
        request.url,
        headers=list(request.headers.items()),
        content=body.encode("utf-8") if isinstance(body, str) else bytes(body),
    )
    answered = mock.answer(forwarded)
    response = requests.Response()
    response.status_code = answered.status_code
    response.headers = CaseInsensitiveDict(answered.headers.items())
    response._content = answered.content
    response.encoding = answered.encoding
    response.reason = answered.reason_phrase
    response.url = request.url
    response.request = request
    response.connection = adapter
    return response


def _install() -> None:
    _originals["httpx"] = httpx.HTTPTransport.handle_request
    _originals["httpx_async"] = httpx.AsyncHTTPTransport.handle_async_request
    httpx.HTTPTransport.handle_request = _httpx_send  # type: ignore[method-assign,assignment]
    httpx.AsyncHTTPTransport.handle_async_request = _httpx_send_async  # type: ignore[method-assign,assignment]
    with contextlib.suppress(ImportError):  # `requests` is patched only where it is installed
        import requests.adapters

        _originals["requests"] = requests.adapters.HTTPAdapter.send
        requests.adapters.HTTPAdapter.send = _requests_send  # type: ignore[method-assign,assignment]


def _uninstall() -> None:
    httpx.HTTPTransport.handle_request = _originals.pop("httpx")  # type: ignore[method-assign]
    httpx.AsyncHTTPTransport.handle_async_request = _originals.pop("httpx_async")  # type: ignore[method-assign]
    if "requests" in _originals:
        import requests.adapters

        requests.adapters.HTTPAdapter.send = _originals.pop("requests")  # type: ignore[method-assign]


class mock_ads_api(contextlib.ContextDecorator):
    """Context manager and decorator: while active, the Ads API's hosts are this process's emulator.

    `app` defaults to a fresh emulator on an in-memory database with the default seed (or `seed`).
    """

    def __init__(
        self, app: EmulatorApp | None = None, *, seed: Seed | None = None, hosts: tuple[str, ...] = API_HOSTS
    ) -> None:
        self._app = app
        self._seed = seed
        self._hosts = hosts
        self._mocks: list[InProcessEmulator] = []

    def __enter__(self) -> InProcessEmulator:
        app = self._app or EmulatorApp(":memory:", self._seed or load_seed())
        mock = InProcessEmulator(app, self._hosts)
        with _patch_lock:
            if not _active:
                _install()
            _active.append(mock)
        self._mocks.append(mock)
        return mock

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        mock = self._mocks.pop()
        with _patch_lock:
            _active.remove(mock)
            if not _active:
                _uninstall()
        mock.close()

