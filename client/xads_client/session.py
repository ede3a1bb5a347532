"""The httpx clients the generated code is given: sign, pre-flight, retry, raise typed errors."""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import astuple
from pathlib import Path
from typing import Any

import httpx

from xads_client.auth import Credentials, OAuth1Auth
from xads_client.errors import AdsApiError
from xads_client.preflight import Preflight
from xads_client.recording import AsyncRecordingTransport, Recorder, RecordingTransport
from xads_client.retry import RetryPolicy

log = logging.getLogger("xads_client")
# Failures with no answer: a timeout, a connection refused or reset, a server that hung up. An
# idempotent request is tried again after a backoff, as after a 500.
UNANSWERED = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


class _Behaviour:
    """What both the sync and async clients do around sending; kept in one place."""

    def __init__(self, preflight: Preflight | None, retry: RetryPolicy, raise_errors: bool) -> None:
        self.preflight = preflight
        self.retry = retry
        self.raise_errors = raise_errors

    def before(self, request: httpx.Request) -> None:
        if self.preflight is not None:
            self.preflight.check(request)

    def wait_after(self, request: httpx.Request, response: httpx.Response, attempt: int) -> float | None:
        if not self.retry.may_retry(request.method, attempt, response.status_code):
            return None
        delay = self.retry.delay_after(response, attempt)
        if delay is not None:
            log.warning(
                "%s %s answered %s; retry %d in %.2f s",
                request.method,
                request.url.path,
                response.status_code,
                attempt + 1,
                delay,
            )
        return delay

    def wait_after_timeout(self, request: httpx.Request, error: Exception, attempt: int) -> float | None:
        if not self.retry.may_retry(request.method, attempt):
            return None
        delay = self.retry.delay_after_timeout(attempt)
        log.warning(
            "%s %s got no answer (%r); retry %d in %.2f s", request.method, request.url.path, error, attempt + 1, delay
        )
        return delay

    def after(self, response: httpx.Response) -> httpx.Response:
        if self.raise_errors and response.status_code >= 400:
            raise AdsApiError.from_response(response)
        return response


class AdsHttpClient(httpx.Client):
    def __init__(self, behaviour: _Behaviour, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._behaviour = behaviour

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        self._behaviour.before(request)
        attempt = 0
        while True:
            try:
                response = super().send(request, **kwargs)
            except UNANSWERED as error:
                delay = self._behaviour.wait_after_timeout(request, error, attempt)
                if delay is None:
                    raise
            else:
                delay = self._behaviour.wait_after(request, response, attempt)
                if delay is None:
                    response.read()
                    return self._behaviour.after(response)
                response.close()
            time.sleep(delay)
            attempt += 1


class AdsAsyncHttpClient(httpx.AsyncClient):
    def __init__(self, behaviour: _Behaviour, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._behaviour = behaviour

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        self._behaviour.before(request)
        attempt = 0
        while True:
            try:
                response = await super().send(request, **kwargs)
            except UNANSWERED as error:
                delay = self._behaviour.wait_after_timeout(request, error, attempt)
                if delay is None:
                    raise
            else:
                delay = self._behaviour.wait_after(request, response, attempt)
                if delay is None:
                    await response.aread()
                    return self._behaviour.after(response)
                await response.aclose()
            await asyncio.sleep(delay)
            attempt += 1


def connect(
    base_url: str,
    credentials: Credentials,
    *,
    preflight: Preflight | bool = True,
    retry: RetryPolicy | None = None,
    raise_errors: bool = True,
    timeout: float = 30.0,
    record: str | Path | None = None,
    **httpx_args: Any,
) -> Any:
    """A generated client for the API version in `base_url` (`.../12` gives `xads_client_v12.Client`)
    whose requests are signed, validated before sending, retried and turned into typed errors.
    `record=DIR` writes every exchange (credentials redacted) to a vcrpy cassette in DIR."""
    version = int(base_url.rstrip("/").rsplit("/", 1)[-1])
    module = __import__(f"xads_client_v{version}", fromlist=["Client"])
    checker = Preflight() if preflight is True else (preflight or None)
    behaviour = _Behaviour(checker, retry or RetryPolicy(), raise_errors)
    options: dict[str, Any] = {
        "base_url": base_url,
        "auth": OAuth1Auth(credentials),
        "timeout": timeout,
        **httpx_args,
    }
    sync_options, async_options = dict(options), dict(options)
    if record is not None:
        recorder = Recorder(record, secrets=astuple(credentials))
        given = options.get("transport")
        sync_inner = given if isinstance(given, httpx.BaseTransport) else httpx.HTTPTransport()
        async_inner = given if isinstance(given, httpx.AsyncBaseTransport) else httpx.AsyncHTTPTransport()
        sync_options["transport"] = RecordingTransport(sync_inner, recorder)
        async_options["transport"] = AsyncRecordingTransport(async_inner, recorder)
    client = module.Client(base_url=base_url)
    client.set_httpx_client(AdsHttpClient(behaviour, **sync_options))
    client.set_async_httpx_client(AdsAsyncHttpClient(behaviour, **async_options))
    return client
