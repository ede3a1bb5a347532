"""Errors a caller can catch: the API's own error envelope, and requests refused before sending."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeVar

import httpx

from xads_validators import Violation

T = TypeVar("T")


@dataclass(frozen=True)
class ErrorDetail:
    """One entry of the Ads API's `errors[]`."""

    code: str
    message: str
    parameter: str | None = None


class AdsApiError(Exception):
    """The API answered with an error status; `errors` holds its `errors[]` entries."""

    def __init__(self, response: httpx.Response, errors: list[ErrorDetail]) -> None:
        self.response = response
        self.status_code = response.status_code
        self.errors = errors
        summary = "; ".join(f"{e.code}: {e.message}" + (f" ({e.parameter})" if e.parameter else "") for e in errors)
        super().__init__(f"HTTP {response.status_code} {summary or response.reason_phrase}")

    @classmethod
    def from_response(cls, response: httpx.Response) -> AdsApiError:
        try:
            payload: Any = response.json()
        except ValueError:
            payload = {}
        entries = payload.get("errors", []) if isinstance(payload, dict) else []
        errors = [
            ErrorDetail(str(e.get("code", "")), str(e.get("message", "")), e.get("parameter"))
            for e in entries
            if isinstance(e, dict)
        ]
        return cls(response, errors)


class PreflightError(Exception):
    """The request breaks the spec or its rules; it was not sent."""

    def __init__(self, request: httpx.Request, violations: list[Violation]) -> None:
        self.request = request
        self.violations = violations
        lines = "\n".join(f"  {v}" for v in violations)
        super().__init__(f"{request.method} {request.url.path} was not sent:\n{lines}")


def expect(result: object, kind: type[T]) -> T:
    """Narrow a generated `sync()` answer (success | ErrorEnvelope | None) to its success type.

    With `connect(raise_errors=True)` error statuses raise first, so this only fails on a bug.
    """
    if not isinstance(result, kind):
        raise TypeError(f"expected {kind.__name__}, got {type(result).__name__}: {result!r}")
    return result
