"""One way to step into HTTP traffic that code already sends, whichever library sends it: httpx
(sync and async, the generated clients) and `requests` (the official `twitter-ads` SDK,
requests-oauthlib). The emulator's in-process mode answers intercepted requests itself; the
recorder forwards them and writes what came back.

An `Interceptor` sees every request as an `httpx.Request` and returns an `httpx.Response`; it
may call `forward` to send the request on: to the next interceptor out that handles the URL, or
where it was going. The innermost interceptor that `handles` a URL gets the request first.
"""

from __future__ import annotations

import contextlib
import functools
import threading
from collections.abc import Awaitable, Callable, Iterator
from typing import Any, Protocol

import httpx

Forward = Callable[[httpx.Request], httpx.Response]
ForwardAsync = Callable[[httpx.Request], Awaitable[httpx.Response]]


class Interceptor(Protocol):
    def handles(self, url: httpx.URL) -> bool: ...

    def send(self, request: httpx.Request, forward: Forward) -> httpx.Response: ...

    async def send_async(self, request: httpx.Request, forward: ForwardAsync) -> httpx.Response: ...


_active: list[Interceptor] = []
_lock = threading.Lock()
_originals: dict[str, Any] = {}


def _chain(url: httpx.URL, original: Forward) -> tuple[Interceptor | None, Forward]:
    """The innermost interceptor for `url`, and what its `forward` reaches: the next one out that
    handles the URL, or where the request was going (so a recorder inside a mock records the
    mock's answers)."""
    handling = [interceptor for interceptor in _active if interceptor.handles(url)]
    forward = original
    for outer in handling[:-1]:
        forward = functools.partial(outer.send, forward=forward)
    return (handling[-1] if handling else None), forward


def _chain_async(url: httpx.URL, original: ForwardAsync) -> tuple[Interceptor | None, ForwardAsync]:
    handling = [interceptor for interceptor in _active if interceptor.handles(url)]
    forward = original
    for outer in handling[:-1]:
        forward = functools.partial(outer.send_async, forward=forward)
    return (handling[-1] if handling else None), forward


def _httpx_send(transport: httpx.HTTPTransport, request: httpx.Request) -> httpx.Response:
    interceptor, forward = _chain(request.url, lambda forwarded: _originals["httpx"](transport, forwarded))
    if interceptor is None:
        return forward(request)
    request.read()
    return interceptor.send(request, forward)


async def _httpx_send_async(transport: httpx.AsyncHTTPTransport, request: httpx.Request) -> httpx.Response:
    async def original(forwarded: httpx.Request) -> httpx.Response:
        response: httpx.Response = await _originals["httpx_async"](transport, forwarded)
        return response

    interceptor, forward = _chain_async(request.url, original)
    if interceptor is None:
        return await forward(request)
    await request.aread()
    return await interceptor.send_async(request, forward)


def _requests_send(adapter: Any, prepared: Any, *args: Any, **kwargs: Any) -> Any:
    """`requests.adapters.HTTPAdapter.send`: the prepared request crosses over as an httpx request
    and the answer comes back as a `requests.Response`."""

    def original(forwarded: httpx.Request) -> httpx.Response:
        answer = _originals["requests"](adapter, prepared, *args, **kwargs)
        return httpx.Response(
            answer.status_code, headers=list(answer.headers.items()), content=answer.content, request=forwarded
        )

    interceptor, forward = _chain(httpx.URL(prepared.url), original)
    if interceptor is None:
        return _originals["requests"](adapter, prepared, *args, **kwargs)
    body = prepared.body or b""
    request = httpx.Request(
        prepared.method,
        prepared.url,
        headers=list(prepared.headers.items()),
        content=body.encode("utf-8") if isinstance(body, str) else bytes(body),
    )
    return _to_requests(interceptor.send(request, forward), prepared, adapter)


def _to_requests(answer: httpx.Response, prepared: Any, adapter: Any) -> Any:
    import requests
    from requests.structures import CaseInsensitiveDict

    response = requests.Response()
    response.status_code = answer.status_code
    # Content-Encoding no longer applies: the body handed over is already decoded.
    response.headers = CaseInsensitiveDict((k, v) for k, v in answer.headers.items() if k != "content-encoding")
    response._content = answer.content
    response.encoding = answer.encoding
    response.reason = answer.reason_phrase
    response.url = prepared.url
    response.request = prepared
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


@contextlib.contextmanager
def intercepting(interceptor: Interceptor) -> Iterator[Interceptor]:
    """While active, `interceptor` sees the requests it `handles`; the libraries are patched only
    while some interceptor is active."""
    with _lock:
        if not _active:
            _install()
        _active.append(interceptor)
    try:
        yield interceptor
    finally:
        with _lock:
            _active.remove(interceptor)
            if not _active:
                _uninstall()
