"""Recorded HTTP exchanges in vcrpy's cassette format (YAML, version 1), so cassettes users already
keep for their test suites can be checked and replayed, and ours open in vcrpy.

Secrets never reach a file: `redact` blanks the Authorization header, `oauth_*` parameters in the
URL and in form bodies, and any token value the caller names (access tokens, consumer keys).
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol, TypeVar
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import yaml

REDACTED = "REDACTED"
_SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie", "x-xads-proxy-token"})
_FORM = "application/x-www-form-urlencoded"


@dataclass(frozen=True)
class Exchange:
    """One request and the answer it got, as they went over the wire."""

    method: str
    uri: str
    request_headers: dict[str, list[str]] = field(default_factory=dict)
    request_body: bytes = b""
    status: int = 0
    reason: str = ""
    response_headers: dict[str, list[str]] = field(default_factory=dict)
    response_body: bytes = b""

    def header(self, name: str, response: bool = False) -> str:
        headers = self.response_headers if response else self.request_headers
        return next((values[0] for key, values in headers.items() if key.lower() == name.lower() and values), "")

    @property
    def path(self) -> str:
        """Path and query, as validators take them (`/12/accounts/...?count=5`)."""
        parts = urlsplit(self.uri)
        return parts.path + (f"?{parts.query}" if parts.query else "")


def _text(value: Any) -> bytes:
    """A vcrpy body: a string, bytes (YAML !!binary), `{"string": ...}` or `{"base64_string": ...}`."""
    if isinstance(value, dict):
        if "base64_string" in value:
            return base64.b64decode(value["base64_string"])
        value = value.get("string")
    if value is None:
        return b""
    return value if isinstance(value, bytes) else str(value).encode("utf-8")


def _headers(raw: Any) -> dict[str, list[str]]:
    if not isinstance(raw, Mapping):
        return {}
    return {str(k): [str(v) for v in (vs if isinstance(vs, list) else [vs])] for k, vs in raw.items()}


def read_cassette(path: Path) -> list[Exchange]:
    """Every interaction of a vcrpy cassette; raises ValueError when the file is not one."""
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise ValueError(f"{path}: not a readable cassette ({error})") from error
    if not isinstance(document, dict) or not isinstance(document.get("interactions"), list):
        raise ValueError(f"{path}: not a vcrpy cassette (no `interactions` list)")
    exchanges = []
    for number, interaction in enumerate(document["interactions"]):
        try:
            request, response = interaction["request"], interaction["response"]
            status = response.get("status", {})
            exchanges.append(
                Exchange(
                    method=str(request["method"]).upper(),
                    uri=str(request["uri"]),
                    request_headers=_headers(request.get("headers")),
                    request_body=_text(request.get("body")),
                    status=int(status.get("code", 0)),
                    reason=str(status.get("message", "")),
                    response_headers=_headers(response.get("headers")),
                    response_body=_text(response.get("body")),
                )
            )
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise ValueError(f"{path}: interaction {number} is malformed ({error})") from error
    return exchanges


def read_cassettes(paths: Iterable[Path]) -> list[tuple[str, Exchange]]:
    """Every interaction of every cassette, each named by its source (`file.yaml#3`: the file and
    the interaction's index), in order; raises ValueError for a file that is not a cassette."""
    return [(f"{path}#{index}", exchange) for path in paths for index, exchange in enumerate(read_cassette(path))]


class Judged(Protocol):
    """An exchange read off a cassette and judged (checked against the spec, or replayed)."""

    @property
    def method(self) -> str: ...
    @property
    def path(self) -> str: ...
    @property
    def operation(self) -> str | None: ...


J = TypeVar("J", bound=Judged)


def by_operation(judged: Iterable[J]) -> dict[str, list[J]]:
    """Exchanges by the operation that answered them (sorted), those with none by method and path."""
    grouped: dict[str, list[J]] = {}
    for one in judged:
        grouped.setdefault(one.operation or f"(no operation) {one.method} {one.path}", []).append(one)
    return dict(sorted(grouped.items()))


def _body_field(body: bytes) -> str | bytes:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return body


def write_cassette(path: Path, exchanges: Iterable[Exchange]) -> None:
    interactions = [
        {
            "request": {
                "body": _body_field(e.request_body) if e.request_body else None,
                "headers": e.request_headers,
                "method": e.method,
                "uri": e.uri,
            },
            "response": {
                "body": {"string": _body_field(e.response_body)},
                "headers": e.response_headers,
                "status": {"code": e.status, "message": e.reason},
            },
        }
        for e in exchanges
    ]
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(path.suffix + ".tmp")
    temporary.write_text(yaml.safe_dump({"interactions": interactions, "version": 1}, sort_keys=False), "utf-8")
    temporary.replace(path)


def rewrite_pairs(text: str, change: Callable[[str, str], str | None]) -> str:
    """A query string or form body with each value replaced by `change(name, value)`, the pairs
    for which it gives None left out (lists keep their literal commas)."""
    pairs = ((name, change(name, value)) for name, value in parse_qsl(text, keep_blank_values=True))
    return urlencode([(name, value) for name, value in pairs if value is not None], safe=",:/")


def is_form(content_type: str) -> bool:
    """Whether a Content-Type names a form body (whose pairs an OAuth 1.0a signature covers)."""
    return content_type.split(";", 1)[0].strip().lower() == _FORM


def is_oauth(name: str) -> bool:
    """An OAuth 1.0a protocol parameter, which signs a request and is no part of its meaning."""
    return name.startswith("oauth_")


def _scrub_pairs(text: str, secrets: frozenset[str]) -> str:
    return rewrite_pairs(text, lambda name, value: REDACTED if is_oauth(name) or value in secrets else value)


def _scrub_text(text: str, secrets: frozenset[str]) -> str:
    for secret in secrets:
        text = text.replace(secret, REDACTED)
    return text


def redact(exchange: Exchange, secrets: Iterable[str] = ()) -> Exchange:
    """The exchange with credentials blanked: secret headers, `oauth_*` parameters, and `secrets`
    (token values, keys) wherever they appear in the URL, headers or bodies."""
    known = frozenset(s for s in secrets if s)
    parts = urlsplit(exchange.uri)
    uri = urlunsplit(parts._replace(query=_scrub_pairs(parts.query, known))) if parts.query else exchange.uri

    def headers(raw: dict[str, list[str]]) -> dict[str, list[str]]:
        return {
            name: [REDACTED] if name.lower() in _SECRET_HEADERS else [_scrub_text(v, known) for v in values]
            for name, values in raw.items()
        }

    body = exchange.request_body
    if body and is_form(exchange.header("content-type")):
        try:
            body = _scrub_pairs(body.decode("utf-8"), known).encode("utf-8")
        except UnicodeDecodeError:
            body = b""
    elif body and known:
        body = _scrub_text(body.decode("utf-8", "replace"), known).encode("utf-8")
    response_body = exchange.response_body
    if response_body and known:
        response_body = _scrub_text(response_body.decode("utf-8", "replace"), known).encode("utf-8")
    return replace(
        exchange,
        uri=_scrub_text(uri, known),
        request_headers=headers(exchange.request_headers),
        request_body=body,
        response_headers=headers(exchange.response_headers),
        response_body=response_body,
    )
