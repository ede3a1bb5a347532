"""`xads-proxy`: a local recording gateway for clients that are not Python. An OAuth 1.0a signature
covers the URL's host, so a signed request cannot be forwarded as it is; this gateway holds the
user's credentials instead, signs every request afresh for the upstream, and records the exchange
(redacted) as a vcrpy cassette.

What it holds: the four OAuth values, read from the environment (never the command line, where
other local users could see them). Who may use it: clients on loopback that send its local token
in `X-Xads-Proxy-Token`; the client's own Authorization header and `oauth_*` parameters are
dropped before signing.
"""

from __future__ import annotations

import argparse
import hmac
import ipaddress
import os
import secrets
import sys
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import astuple
from pathlib import Path
from typing import Any

import httpx
import orjson
import uvicorn

from xads_client import Credentials, OAuth1Auth
from xads_client.recording import AsyncRecordingTransport, Recorder
from xads_emulator.errors import entry, envelope
from xads_validators.cassettes import is_form, is_oauth, rewrite_pairs

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]

TOKEN_HEADER = "x-xads-proxy-token"
CREDENTIAL_VARIABLES = ("XADS_CONSUMER_KEY", "XADS_CONSUMER_SECRET", "XADS_ACCESS_TOKEN", "XADS_ACCESS_TOKEN_SECRET")
# Hop-by-hop and per-connection headers, and what the gateway sets itself.
_HOP_BY_HOP = frozenset({"connection", "keep-alive", "content-length", "transfer-encoding", "upgrade"})
_NOT_FORWARDED = _HOP_BY_HOP | {"host", "authorization", TOKEN_HEADER}
_NOT_RETURNED = _HOP_BY_HOP | {"content-encoding"}


def _loopback(client: tuple[str, int] | None) -> bool:
    if not client:
        return False
    try:
        return ipaddress.ip_address(client[0]).is_loopback
    except ValueError:
        return False


def _without_oauth(text: str) -> str:
    return rewrite_pairs(text, lambda name, value: None if is_oauth(name) else value)


class RecordingGateway:
    """ASGI app: checks the caller, re-signs, forwards to `upstream`, records, answers."""

    def __init__(self, upstream: str, credentials: Credentials, token: str, recorder: Recorder | None) -> None:
        self.upstream = upstream.rstrip("/")
        self.token = token
        inner = httpx.AsyncHTTPTransport()
        transport = AsyncRecordingTransport(inner, recorder) if recorder else inner
        self._client = httpx.AsyncClient(auth=OAuth1Auth(credentials), transport=transport, timeout=60)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        status, headers, body = await self._answer(scope, receive)
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    async def _answer(self, scope: Scope, receive: Receive) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        if not _loopback(scope.get("client")):
            return _refusal(403, "The recording gateway serves loopback clients only")
        if not hmac.compare_digest(headers.get(TOKEN_HEADER, "").encode(), self.token.encode()):
            return _refusal(401, f"Send the gateway's local token in {TOKEN_HEADER}")
        chunks = []
        while True:
            message = await receive()
            chunks.append(message.get("body", b""))
            if not message.get("more_body"):
                break
        body = b"".join(chunks)
        if is_form(headers.get("content-type", "")):
            body = _without_oauth(body.decode("utf-8", "replace")).encode()
        query = _without_oauth(scope.get("query_string", b"").decode("latin-1"))
        path = (scope.get("raw_path") or scope["path"].encode()).decode("latin-1")
        request = self._client.build_request(
            scope["method"],
            self.upstream + path + (f"?{query}" if query else ""),
            headers={k: v for k, v in headers.items() if k not in _NOT_FORWARDED},
            content=body,
        )
        try:
            response = await self._client.send(request)
        except httpx.HTTPError as error:
            return _refusal(502, f"The upstream did not answer: {error}")
        returned = [(k.encode(), v.encode()) for k, v in response.headers.items() if k.lower() not in _NOT_RETURNED]
        return (
            response.status_code,
            [*returned, (b"content-length", str(len(response.content)).encode())],
            (response.content),
        )


def _refusal(status: int, message: str) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
    code = "UNAUTHORIZED_ACCESS" if status in (401, 403) else "SERVICE_UNAVAILABLE"
    body = orjson.dumps(envelope([entry(code, message)]))
    return status, [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())], body


def credentials_from_environment(environ: MutableMapping[str, str] | None = None) -> Credentials:
    values = environ if environ is not None else os.environ
    missing = [name for name in CREDENTIAL_VARIABLES if not values.get(name)]
    if missing:
        raise KeyError(f"set {', '.join(missing)} in the environment")
    return Credentials(*(values[name] for name in CREDENTIAL_VARIABLES))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="xads-proxy", description="A local gateway that signs and records.")
    parser.add_argument("--upstream", required=True, help="where to forward, e.g. https://ads-api.x.com")
    parser.add_argument("--record", type=Path, help="folder for the cassette (none: forward only)")
    parser.add_argument("--host", default="127.0.0.1", help="loopback address to listen on")
    parser.add_argument("--port", type=int, default=8081)
    parser.add_argument("--token", default=os.environ.get("XADS_PROXY_TOKEN"), help="local token (default: random)")
    args = parser.parse_args(argv)
    try:
        credentials = credentials_from_environment()
    except KeyError as error:
        print(f"xads-proxy: error: {error.args[0]}", file=sys.stderr)
        return 2
    token = args.token or secrets.token_urlsafe(24)
    recorder = Recorder(args.record, secrets=(*astuple(credentials), token)) if args.record else None
    gateway = RecordingGateway(args.upstream, credentials, token, recorder)
    print(f"xads-proxy on http://{args.host}:{args.port} -> {args.upstream}; send {TOKEN_HEADER}: {token}")
    if recorder:
        print(f"recording to {recorder.path}")
    sys.stdout.flush()
    uvicorn.Server(uvicorn.Config(gateway, host=args.host, port=args.port, log_level="warning")).run()
    return 0
