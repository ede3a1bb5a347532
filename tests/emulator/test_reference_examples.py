"""Every example request of the reference, replayed against the emulator over HTTP, with the
emulator's clock set to a day before the example's earliest timestamp (they are years old).

Whatever the stored state makes of them (created, 400, 404, 403), no answer may be a 500 or
break the spec's response schema for its status (checked centrally by the fixture); examples
the spec marks invalid must be refused.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import unquote, urlsplit

import httpx
import pytest

from tests.support.emulator import Emulator
from tests.validators.conftest import encode_reference_url
from xads_spec import load_bundle
from xads_spec.bundle import operations
from xads_validators.rules.registry import parse_time, walk


def _examples() -> list[Any]:
    return [
        pytest.param(method.upper(), example, id=f"{op['operationId']}#{number}")
        for _path, method, op in operations(load_bundle())
        for number, example in enumerate(op.get("x-reference-examples", []))
    ]


@pytest.mark.parametrize(("method", "example"), _examples())
def test_reference_example_never_breaks_the_server(
    fresh_emulator: Emulator, fresh_api: httpx.Client, method: str, example: dict[str, Any]
) -> None:
    parts = urlsplit(encode_reference_url(example["url"]))
    target = parts.path.split("/", 2)[2] + (f"?{parts.query}" if parts.query else "")
    headers: dict[str, str] = {}
    content: bytes | None = None
    if "body" in example:
        headers["Content-Type"] = "application/json"
        content = json.dumps(example["body"]).encode()
    elif "form" in example:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        content = encode_reference_url("?" + str(example["form"]))[1:].encode()
    before = len(fresh_emulator.checker.failures)
    fresh_emulator.app.clock.set(_clock_for(parts.query, example))
    try:
        response = fresh_api.request(method, f"/{target}", content=content, headers=headers)
    finally:
        fresh_emulator.app.clock.set(datetime.now(UTC))
    assert response.status_code < 500, response.text
    if example["expect"] == "invalid":
        assert 400 <= response.status_code < 500, response.text
    assert fresh_emulator.checker.failures[before:] == []


def _clock_for(query: str, example: dict[str, Any]) -> datetime:
    """A day before the earliest timestamp the example sends, so time rules judge it as of then."""
    values = [unquote(part.partition("=")[2]) for part in f"{query}&{example.get('form') or ''}".split("&")]
    times = [parse_time(value) for value in values] + [parse_time(value) for _p, value in walk(example.get("body"))]
    known = [t for t in times if t is not None]
    return min(known) - timedelta(days=1) if known else datetime.now(UTC)
