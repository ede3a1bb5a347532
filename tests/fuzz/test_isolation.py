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
from schemathesis.generation import GenerationMode

from tests.support.emulator import ACCOUNT, DEMO, OTHER
from xads_client import OAuth1Auth
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
    user (re-signing the request), as the emulator did for a path spelled with extra slashes.
    `keep` names the statuses the other user is then shown; any other answer is swapped for a
    404 after the request was handled (all kept: a plain leak; none: applied but hidden; 400:
    validation before the account check)."""

    def __init__(self, inner: EmulatorApp, suffix: str, keep: range | set[int]) -> None:
        self.inner, self.suffix, self.keep = inner, suffix, keep

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        headers = dict(scope.get("headers", []))
        signed_by_other = f'oauth_token="{OTHER.access_token}"'.encode() in headers.get(b"authorization", b"")
        if scope["type"] != "http" or not scope["path"].endswith(self.suffix) or not signed_by_other:
            await self.inner(scope, receive, send)
            return
        body = await _whole_body(receive)
        query = "?" + scope["query_string"].decode() if scope["query_string"] else ""
        url = f"http://{headers[b'host'].decode()}{scope['raw_path'].decode()}{query}"
        content_type = headers.get(b"content-type", b"").decode()
        headers[b"authorization"] = OAuth1Auth(DEMO).authorization(scope["method"], url, content_type, body).encode()
        scope = {**scope, "headers": list(headers.items())}

        async def replay() -> dict[str, Any]:
            return {"type": "http.request", "body": body, "more_body": False}

        await self.inner(scope, replay, _answering_404_unless(self.keep, send))


async def _whole_body(receive: Any) -> bytes:
    body, more = b"", True
    while more:
        message = await receive()
        body += message.get("body", b"")
        more = message.get("more_body", False)
    return body


def _answering_404_unless(keep: range | set[int], send: Any) -> Callable[[MutableMapping[str, Any]], Awaitable[None]]:
    """Passes an answer whose status is in `keep` through; swaps any other for a 404 in the envelope."""
    kept = False

    async def sending(message: MutableMapping[str, Any]) -> None:
        nonlocal kept
        if message["type"] == "http.response.start":
            kept = message["status"] in keep
            json = [(b"content-type", b"application/json")]
            await send(message if kept else {"type": "http.response.start", "status": 404, "headers": json})
        elif kept:
            await send(message)
        elif not message.get("more_body", False):
            error = {"errors": [{"code": "NOT_FOUND", "message": "Sorry, that page does not exist", "parameter": None}]}
            await send({"type": "http.response.body", "body": orjson.dumps(error)})

    return sending


@pytest.mark.parametrize(
    ("operation_id", "suffix", "keep", "reason"),
    [
        ("list_poll_cards", "/cards/poll", range(600), "reached account"),  # the other user reads the cards
        ("create_preroll_call_to_action", "/preroll_call_to_actions", range(600), "reached account"),  # ... writes
        ("create_preroll_call_to_action", "/preroll_call_to_actions", set(), "changed account"),  # ... told 404
    ],
)
def test_a_server_leaking_across_accounts_is_caught(
    tmp_path: Path, operation_id: str, suffix: str, keep: range | set[int], reason: str
) -> None:
    inner = EmulatorApp(tmp_path / "leaky.sqlite3")
    cases = valid_cases([operation_id, "list_account_media"])
    run = run_cases(cases, Target.in_process(Leaky(inner, suffix, keep), DEMO, ACCOUNT, 12, OTHER))
    leaked = [failure for failure in run.failures if suffix in failure.split(":")[0]]
    assert leaked and len(leaked) == len(run.failures)  # caught on the leaky operation only
    assert all(reason in failure for failure in leaked)


def test_validation_before_the_account_check_is_caught(tmp_path: Path) -> None:
    """A server that validates before it checks the account tells the other user what is wrong
    with a request (the same 400, naming the parameter) instead of 404: caught, while refusals
    naming no parameter (a limit on the whole message) may come before the account check."""
    inner = EmulatorApp(tmp_path / "validating.sqlite3")
    target = Target.in_process(Leaky(inner, "/cards/poll", {400}), DEMO, ACCOUNT, 12, OTHER)
    invalid = valid_cases(["list_poll_cards"], 1)[0]
    invalid.query = {**invalid.query, "count": "0"}  # below the minimum: 400 naming `count`
    run = run_cases([invalid], target)
    [failure] = run.failures
    assert "reached account" in failure and "-> 400" in failure and '"parameter":"count"' in failure
