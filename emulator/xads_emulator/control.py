"""The emulator's own endpoints, outside the spec: `POST /_emulator/reset` (back to the seed) and
`POST /_emulator/clock` (move the clock).

The emulator may run on a shared CI host, so these are guarded: they answer only with the
admin token (`Authorization: Bearer <token>`), never a request carrying an `Origin` header (a
browser's cross-site request always does) and only a JSON body (`Content-Type:
application/json`, which an HTML form cannot send). Without a token they do not exist (404).
Every refusal happens before anything changes. The lab's endpoints (lab/: faults, the request
journal, snapshots) pass the same guard; only the read-only journal page, `GET /_emulator/`,
also takes the token as `?token=`, since a browser cannot send the header.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

import orjson

from xads_emulator.clock import Clock, iso, step
from xads_emulator.errors import entry, envelope
from xads_emulator.lab import Lab, page_token

Reply = tuple[int, Any, list[tuple[bytes, bytes]]]
ENDPOINTS = ("/_emulator/reset", "/_emulator/clock")
TOKEN_ENV = "XADS_EMULATOR_ADMIN_TOKEN"
_CLOCK_FIELDS = ("now", "advance_seconds")


def new_token() -> str:
    """A fresh random admin token (for a start without one given)."""
    return secrets.token_urlsafe(24)


def admin_headers(token: str) -> dict[str, str]:
    """The headers a control request needs besides its JSON body."""
    return {"Authorization": f"Bearer {token}"}


class _Refused(Exception):
    def __init__(
        self, status: int, code: str, message: str, parameter: str | None = None, *headers: tuple[bytes, bytes]
    ) -> None:
        super().__init__(message)
        self.reply: Reply = (status, envelope([entry(code, message, parameter)]), list(headers))


def _command(headers: Mapping[str, str], body: bytes) -> dict[str, Any]:
    """The JSON object a state-changing control request carries (an HTML form cannot send one)."""
    if headers.get("content-type", "").split(";")[0].strip().lower() != "application/json":
        raise _Refused(415, "UNSUPPORTED_MEDIA_TYPE", "Control requests take a JSON body", "Content-Type")
    try:
        command = orjson.loads(body)
    except orjson.JSONDecodeError as error:
        raise _Refused(400, "INVALID_PARAMETER", f"The body is not JSON: {error}") from error
    if not isinstance(command, dict):
        raise _Refused(400, "INVALID_PARAMETER", "The body must be a JSON object")
    return command


class Control:
    """Answers requests under /_emulator/; `token` None switches the endpoints off."""

    def __init__(self, token: str | None, clock: Clock, reset: Callable[[], None], lab: Lab | None = None) -> None:
        self._token = token
        self._clock = clock
        self._reset = reset
        self._lab = lab  # the lab's endpoints (faults, journal, snapshots), behind the same guard

    def handle(self, method: str, path: str, headers: Mapping[str, str], body: bytes, query: str = "") -> Reply:
        """`headers` with lower-case names."""
        try:
            return self._answer(method, path, headers, body, query)
        except _Refused as refused:
            return refused.reply

    def _answer(self, method: str, path: str, headers: Mapping[str, str], body: bytes, query: str) -> Reply:
        if self._token is None:
            raise _Refused(404, "NOT_FOUND", f"No emulator endpoint {path} (control endpoints are off)")
        if "origin" in headers:
            raise _Refused(403, "UNAUTHORIZED_ACCESS", "Control endpoints refuse browser (Origin) requests", "Origin")
        scheme, _, given = headers.get("authorization", "").partition(" ")
        if not scheme and method == "GET" and path == "/_emulator/" and self._lab is not None:
            # A browser cannot send the header: the read-only journal page takes the token in its URL.
            scheme, given = "bearer", page_token(query)
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), self._token.encode()):
            raise _Refused(
                401,
                "UNAUTHORIZED_ACCESS",
                "Control endpoints need the emulator's admin token: Authorization: Bearer <token>",
                "Authorization",
            )
        if self._lab is not None and self._lab.serves(path):
            return self._lab.answer(method, path, query, lambda: _command(headers, body), self._token)
        if path not in ENDPOINTS:
            raise _Refused(404, "NOT_FOUND", f"No emulator endpoint {path}")
        if method != "POST":
            raise _Refused(405, "METHOD_NOT_ALLOWED", "Use POST", None, (b"allow", b"POST"))
        command = _command(headers, body)
        if path == "/_emulator/reset":
            if command:
                raise _Refused(400, "INVALID_PARAMETER", "reset takes an empty object", next(iter(command)))
            self._reset()
            return 200, {"reset": True}, []
        self._move_clock(command)
        return 200, {"now": iso(self._clock.now())}, []

    def _move_clock(self, command: dict[str, Any]) -> None:
        """To `now` (ISO 8601 with a time zone), then by `advance_seconds` (a number): all checked,
        including the clock's range (clock.py), before the clock moves."""
        unknown = [name for name in command if name not in _CLOCK_FIELDS]
        if unknown:
            expected = " or ".join(_CLOCK_FIELDS)
            raise _Refused(400, "INVALID_PARAMETER", f"Unknown field; expected {expected}", unknown[0])
        seconds = command.get("advance_seconds", 0)
        try:
            if isinstance(seconds, bool) or not isinstance(seconds, int | float):
                raise ValueError("`advance_seconds` must be a number")
            change = step(float(seconds))
        except (ValueError, OverflowError) as error:
            raise _Refused(400, "INVALID_PARAMETER", str(error), "advance_seconds") from error
        if "now" not in command:
            try:
                self._clock.advance(change.total_seconds())
            except ValueError as error:
                raise _Refused(400, "INVALID_PARAMETER", str(error), "advance_seconds") from error
            return
        try:
            if not isinstance(command["now"], str):
                raise ValueError("`now` must be an ISO 8601 string")
            self._clock.set(datetime.fromisoformat(command["now"].replace("Z", "+00:00")) + change)
        except (ValueError, OverflowError) as error:
            raise _Refused(400, "INVALID_PARAMETER", str(error), "now") from error
