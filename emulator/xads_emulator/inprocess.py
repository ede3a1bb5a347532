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

from xads_client.intercept import Forward, ForwardAsync, intercepting
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

    def handles(self, url: httpx.URL) -> bool:
        return url.host in self.hosts

    async def _answer(self, request: httpx.Request) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
        response = await self._transport.handle_async_request(request)
        body = b"".join([chunk async for chunk in response.stream])  # type: ignore[union-attr]
        return response.status_code, list(response.headers.raw), body

    def send(self, request: httpx.Request, forward: Forward) -> httpx.Response:
        status, headers, body = self._loop.run(self._answer(request))
        return httpx.Response(status, headers=headers, content=body, request=request)

    async def send_async(self, request: httpx.Request, forward: ForwardAsync) -> httpx.Response:
        status, headers, body = await self._loop.run_async(self._answer(request))
        return httpx.Response(status, headers=headers, content=body, request=request)

    def close(self) -> None:
        self._loop.close()


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
        self._active: list[tuple[InProcessEmulator, contextlib.AbstractContextManager[Any]]] = []

    def __enter__(self) -> InProcessEmulator:
        mock = InProcessEmulator(self._app or EmulatorApp(":memory:", self._seed or load_seed()), self._hosts)
        patch = intercepting(mock)
        patch.__enter__()
        self._active.append((mock, patch))
        return mock

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        mock, patch = self._active.pop()
        patch.__exit__(kind, error, trace)
        mock.close()
