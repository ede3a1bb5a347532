"""Shared pieces of the validator tests: one validator, a pinned clock, request helpers."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

import pytest

from xads_validators import RequestValidator, ValidationResult, Violation

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="session")
def validator() -> RequestValidator:
    return RequestValidator(clock=lambda: NOW)


def encode_reference_url(url: str) -> str:
    """The reference writes queries unencoded (spaces, `#`); encode each value as a client would."""
    base, _, query = url.partition("?")
    if not query:
        return base
    pairs = []
    for item in query.split("&"):
        name, _, value = item.partition("=")
        pairs.append(f"{name}={quote(value, safe=',:')}")
    return f"{base}?{'&'.join(pairs)}"


def send(
    validator: RequestValidator,
    method: str,
    url: str,
    body: Any = None,
    form: str | None = None,
    **kwargs: Any,
) -> ValidationResult:
    headers: dict[str, str] = {}
    raw = b""
    if body is not None:
        headers["Content-Type"] = "application/json"
        raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    elif form is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        raw = form.encode()
    return validator.validate_wire(method, url, headers=headers, body=raw, **kwargs)


def rules_of(violations: Iterable[Violation]) -> set[str]:
    return {v.rule for v in violations}
