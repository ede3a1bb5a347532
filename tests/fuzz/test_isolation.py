"""The cross-account check (xads_fuzz.isolation): every account-scoped operation, replayed as a
user without access to the account, is 404 and changes nothing; and a server that lets the other
user through, or applies the request while answering 404, is caught.

The bounded run here (the first few positive coverage cases of each operation) is part of
`make test`; `make fuzz` also runs the check on every case of its long run.
"""

from __future__ import annotations

import itertools
from collections.abc import Awaitable, Callable, MutableMapping
from pathlib import Path
from typing import Any

import orjson
import pytest
from oauthlib import oauth1
from schemathesis.generation import GenerationMode

from tests.support.emulator import ACCOUNT, DEMO, OTHER
from xads_client import Credentials
from xads_emulator.app import EmulatorApp
from xads_fuzz import Target, coverage_cases, load_schema, run_cases
from xads_spec.bundle import operations

schema = load_schema(12)
PER_OPERATION = 2
ACCOUNT_OPERATIONS = [op["operationId"] for path, _m, op in operations(schema.raw_schema) if "{account_id}" in path]


def valid_cases(operation_ids: list[str], per_operation: int = PER_OPERATION) -> list[Any]:
    """The first schema-valid coverage cases of each operation (deterministic, no randomness)."""
    return [
        case
        for operation_id in operation_ids
        for case in itertools.islice(coverage_cases(schema, operation_id, [GenerationMode.POSITIVE]), per_operation)
    ]


def test_every_account_operation_is_isolated(tmp_path: Path) -> None:
    app = EmulatorApp(tmp_path / "isolated.sqlite3")
    run = run_cases(valid_cases(ACCOUNT_OPERATIONS), Target.in_process(app, DEMO, ACCOUNT, 12, OTHER))
    assert run.failures == []
    assert run.statuses[200] > 0  # some cases really reached their handler as the account's user


class Leaky:
    """The emulator, except that on paths ending in `suffix` it serves the other user as the demo
    user (re-signing the request), as the emulator did for a path spelled with extra slashes;
    with `hide`, it then answers 404 anyway, after applying the request."""

    def __init__(self, inner: EmulatorApp, suffix: str, hide: bool = False) -> None:
        self.inner, self.suffix, self.hide = inner, suffix, hide

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        headers = dict(scope.get("headers", []))
        signed_by_other = f'oauth_token="{OTHER.access_token}"'.encode() in headers.get(b"authorization", b"")
        if scope["type"] != "http" or not scope["path"].endswith(self.suffix) or not signed_by_other:
            await self.inner(scope, receive, send)
            return
        body = await _whole_body(receive)
        headers[b"authorization"] = _resigned(scope, headers, body, DEMO)
        scope = {**scope, "headers": list(headers.items())}

        async def replay() -> dict[str, Any]:
            return {"type": "http.request", "body": body, "more_body": False}

        await self.inner(scope, replay, _answering_404(send) if self.hide else send)


async def _whole_body(receive: Any) -> bytes:
    body, more = b"", True
    while more:
        message = await receive()
        body += message.get("body", b"")
        more = message.get("more_body", False)
    return body


def _resigned(scope: dict[str, Any], headers: dict[bytes, bytes], body: bytes, credentials: Credentials) -> bytes:
    client = oauth1.Client(
        credentials.consumer_key,
        client_secret=credentials.consumer_secret,
        resource_owner_key=credentials.access_token,
        resource_owner_secret=credentials.access_token_secret,
    )
    query = "?" + scope["query_string"].decode() if scope["query_string"] else ""
    url = f"http://{headers[b'host'].decode()}{scope['raw_path'].decode()}{query}"
    content_type = headers.get(b"content-type", b"").decode()
    form = content_type.startswith("application/x-www-form-urlencoded")
    _uri, signed, _body = client.sign(
        url, scope["method"], body.decode() if form else None, {"Content-Type": content_type} if form else None
    )
    return str(signed["Authorization"]).encode()


def _answering_404(send: Any) -> Callable[[MutableMapping[str, Any]], Awaitable[None]]:
    """Swallows the real answer and sends a 404 in the error envelope instead."""

    async def sending(message: MutableMapping[str, Any]) -> None:
        if message["type"] == "http.response.start":
            json = [(b"content-type", b"application/json")]
            await send({"type": "http.response.start", "status": 404, "headers": json})
        elif not message.get("more_body", False):
            error = {"errors": [{"code": "NOT_FOUND", "message": "Sorry, that page does not exist", "parameter": None}]}
            await send({"type": "http.response.body", "body": orjson.dumps(error)})

    return sending


@pytest.mark.parametrize(
    ("operation_id", "suffix", "hide"),
    [
        ("list_poll_cards", "/cards/poll", False),  # the other user reads the account's cards
        ("create_preroll_call_to_action", "/preroll_call_to_actions", False),  # ... writes into the account
        ("create_preroll_call_to_action", "/preroll_call_to_actions", True),  # ... and is told 404
    ],
)
def test_a_server_leaking_across_accounts_is_caught(tmp_path: Path, operation_id: str, suffix: str, hide: bool) -> None:
    inner = EmulatorApp(tmp_path / "leaky.sqlite3")
    cases = valid_cases([operation_id, "list_account_media"])
    run = run_cases(cases, Target.in_process(Leaky(inner, suffix, hide), DEMO, ACCOUNT, 12, OTHER))
    leaked = [failure for failure in run.failures if suffix in failure.split(":")[0]]
    assert leaked and len(leaked) == len(run.failures)  # caught on the leaky operation only
    reason = "changed account" if hide else "reached account"
    assert all(reason in failure for failure in leaked)
