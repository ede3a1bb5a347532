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
    """The API answered with an error status; `errors` holds its `errors[]` entries and, for a
    batch, `operation_errors` the problems of each invalid item by its index in the request."""

    def __init__(
        self,
        response: httpx.Response,
        errors: list[ErrorDetail],
        operation_errors: dict[int, list[ErrorDetail]] | None = None,
    ) -> None:
        self.response = response
        self.status_code = response.status_code
        self.errors = errors
        self.operation_errors = operation_errors or {}
        summary = "; ".join(f"{e.code}: {e.message}" + (f" ({e.parameter})" if e.parameter else "") for e in errors)
        super().__init__(f"HTTP {response.status_code} {summary or response.reason_phrase}")

    @classmethod
    def from_response(cls, response: httpx.Response) -> AdsApiError:
        try:
            payload: Any = response.json()
        except ValueError:
            payload = {}
        if not isinstance(payload, dict):
            payload = {}
        items = payload.get("operation_errors")
        by_index = {
            item["index"]: _details(item.get("errors"))
            for item in (items if isinstance(items, list) else [])
            if isinstance(item, dict) and isinstance(item.get("index"), int)
        }
        return cls(response, _details(payload.get("errors")), by_index)


def _details(entries: object) -> list[ErrorDetail]:
    """The well-formed entries of an `errors[]` array; anything else is ignored, not fatal."""
    return [
        ErrorDetail(str(e.get("code", "")), str(e.get("message", "")), e.get("parameter"))
        for e in (entries if isinstance(entries, list) else [])
        if isinstance(e, dict)
    ]


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
