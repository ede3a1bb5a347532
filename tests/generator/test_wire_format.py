"""The generated client puts requests on the wire the way the Ads API wants them.

Decisions checked here (the templates in generator/templates implement them):
- a `style: form, explode: false` list is ONE query value, items joined by commas, sent
  form-encoded as httpx encodes every query value: `account_ids=a%2Cb`, which any server
  decodes to `a,b` (the reference's examples print the comma literally; the official
  Python SDK sends it encoded the same way, and OAuth 1.0a signs the decoded value);
- booleans are `true`/`false`;
- date-times are ISO 8601 in UTC with `Z`; aware values are converted to UTC, naive
  values are taken to be UTC already;
- a JSON body is sent only where the requestBody is application/json; every other
  parameter of a POST/PUT/DELETE goes in the query string, never in a form body.

Operations are chosen by walking the v12 bundle, so the tests follow the spec as it grows.
"""

from __future__ import annotations

import asyncio
import datetime
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
from xads_client_v12 import Client
from xads_client_v12.api.accounts import list_accounts

from tests.generator.conftest import Captured, Wire
from tests.generator.spec_walk import (
    Call,
    Operation,
    all_operations,
    call_from_wire,
    first,
    full_call,
    literal_pairs,
    on_the_wire,
    path_values,
    python_name,
    reference_examples,
    same_times,
)

VERSION = 12
PARIS_SUMMER = datetime.timezone(datetime.timedelta(hours=2))
NOT_FOUND = {"errors": [{"code": "NOT_FOUND", "message": "recorded"}]}


def _client(wire: Wire) -> Client:
    return Client(base_url=wire.base_url + all_operations(VERSION)[0].base_path)


def _send(wire: Wire, call: Call, *, asynchronous: bool = False) -> tuple[Captured, Any]:
    """Make the call against the recording server, answering the operation's 200 example."""
    operation = call.operation
    answer = operation.answer()
    if answer is None:  # no documented 200 body: answer the error every operation declares
        wire.expect(NOT_FOUND, status=404)
    else:
        wire.expect(answer)
    kwargs = {"client": _client(wire), **call.kwargs}
    if asynchronous:
        response = asyncio.run(operation.module.asyncio_detailed(*call.path_args, **kwargs))
    else:
        response = operation.module.sync_detailed(*call.path_args, **kwargs)
    assert response.status_code == wire.status
    return wire.only(), response.parsed


def _assert_sent(call: Call, sent: Captured, parsed: Any) -> None:
    """The exact request line, a body only for JSON operations, and the answer parsed into its model."""
    assert sent.request_line == call.request_line()
    names = [name for name, _ in sent.query]
    assert len(names) == len(set(names)), f"a parameter was sent twice: {sent.raw_query}"
    if call.operation.json_body is not None:
        assert sent.headers["Content-Type"] == "application/json"
        assert sent.json() == call.body()
    else:
        assert sent.body == b""
        assert sent.headers["Content-Type"] is None
    answer = call.operation.answer()
    if answer is None:
        assert type(parsed).__name__ == "ErrorEnvelope"
        return
    if call.operation.answer_class() is not None:
        assert type(parsed).__name__ == call.operation.answer_class()
    assert parsed.to_dict() == same_times(answer)


# --- one operation per parameter style, found by walking the spec -------------------------------


def _posts_query(op: Operation) -> bool:
    return op.method == "post" and op.json_body is None and bool(op.of("query"))


STYLES: dict[str, Callable[[Operation], bool]] = {
    "comma_list": lambda op: any(p.is_comma_list for p in op.of("query")),
    "boolean": lambda op: any(p.has_type("boolean") for p in op.of("query")),
    "date_time": lambda op: any(p.has_format("date-time") for p in op.of("query")),
    "integer": lambda op: any(p.has_type("integer") for p in op.of("query")),
    "json_body": lambda op: op.json_body is not None,
    "json_array_body": lambda op: op.json_body is not None and "array" in str(op.json_body["schema"].get("type")),
    "post_with_query": _posts_query,
    "put_with_query": lambda op: op.method == "put" and op.json_body is None and bool(op.of("query")),
    "delete": lambda op: op.method == "delete",
    "several_path_parameters": lambda op: len(op.of("path")) > 1,
}


@pytest.mark.parametrize("style", list(STYLES))
def test_first_operation_of_each_style(wire: Wire, style: str) -> None:
    operation = first(VERSION, STYLES[style])
    if operation is None:
        pytest.skip(f"no v{VERSION} operation has the style {style}")
    call = full_call(operation)
    sent, parsed = _send(wire, call)
    _assert_sent(call, sent, parsed)


def test_comma_list_is_one_value(wire: Wire) -> None:
    operation = first(VERSION, STYLES["comma_list"])
    assert operation is not None
    call = full_call(operation)
    lists = [p for p in operation.of("query") if p.is_comma_list]
    sent, _ = _send(wire, call)
    for parameter in lists:
        value = call.kwargs[python_name(parameter.name)]
        decoded = dict(sent.query)[parameter.name]
        assert decoded == ",".join(str(getattr(v, "value", v)) for v in value)
        assert sent.raw_query.count(f"{parameter.name}=") == 1


def test_list_accounts_account_ids(wire: Wire) -> None:
    """The brief's example, spelled out: we send `account_ids=a%2Cb`, which decodes to `a,b`."""
    operation = first(VERSION, lambda op: op.id == "list_accounts")
    assert operation is not None
    wire.expect(operation.answer())
    response = list_accounts.sync_detailed(client=_client(wire), account_ids=["a", "b"])
    sent = wire.only()
    assert sent.method == "GET"
    assert sent.path == "/12/accounts"
    assert "account_ids=a%2Cb" in sent.raw_query.split("&")
    assert [value for name, value in sent.query if name == "account_ids"] == ["a,b"]
    assert sent.request_line == Call(operation, [], {"account_ids": ["a", "b"]}).request_line()
    assert type(response.parsed).__name__ == "AccountListResponse"


def test_booleans_are_lowercase(wire: Wire) -> None:
    operation = first(VERSION, STYLES["boolean"])
    assert operation is not None
    flags = [p for p in operation.of("query") if p.has_type("boolean")]
    for value, text in ((True, "true"), (False, "false")):
        call = full_call(operation)
        call.kwargs.update({python_name(p.name): value for p in flags})
        sent, _ = _send(wire, call)
        assert {name: v for name, v in sent.query if name in {p.name for p in flags}} == {p.name: text for p in flags}


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (datetime.datetime(2026, 1, 2, 5, 4, 5, tzinfo=PARIS_SUMMER), "2026-01-02T03:04:05Z"),
        (datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.UTC), "2026-01-02T03:04:05Z"),
        (datetime.datetime(2026, 1, 2, 3, 4, 5), "2026-01-02T03:04:05Z"),
        (datetime.datetime(2026, 1, 2, 0, 30, tzinfo=PARIS_SUMMER), "2026-01-01T22:30:00Z"),
    ],
    ids=["aware-plus-2h", "aware-utc", "naive-is-utc", "crosses-midnight"],
)
def test_date_times_are_utc_with_z(wire: Wire, given: datetime.datetime, expected: str) -> None:
    operation = first(VERSION, STYLES["date_time"])
    if operation is None:
        pytest.skip("no date-time query parameter in the spec")
    stamps = [p for p in operation.of("query") if p.has_format("date-time")]
    call = full_call(operation)
    call.kwargs.update({python_name(p.name): given for p in stamps})
    sent, _ = _send(wire, call)
    assert on_the_wire(given) == expected
    for parameter in stamps:
        assert dict(sent.query)[parameter.name] == expected
    assert sent.request_line == call.request_line()


def test_post_without_json_body_sends_query_only(wire: Wire) -> None:
    operation = first(VERSION, _posts_query)
    assert operation is not None
    sent, _ = _send(wire, full_call(operation))
    assert sent.method == "POST"
    assert sent.raw_query
    assert sent.body == b""
    assert sent.headers["Content-Type"] is None


def test_asyncio_variant_sends_the_same_request(wire: Wire) -> None:
    for style in ("comma_list", "json_body"):
        operation = first(VERSION, STYLES[style])
        assert operation is not None
        call = full_call(operation)
        sent_sync, _ = _send(wire, call)
        sent_async, parsed = _send(wire, call, asynchronous=True)
        assert (sent_async.request_line, sent_async.body) == (sent_sync.request_line, sent_sync.body)
        _assert_sent(call, sent_async, parsed)


# --- every operation, and every example request of the reference ------------------------------


@pytest.mark.parametrize("operation", all_operations(VERSION), ids=lambda op: op.id)
def test_every_operation_with_every_parameter(wire: Wire, operation: Operation) -> None:
    call = full_call(operation)
    sent, parsed = _send(wire, call)
    _assert_sent(call, sent, parsed)


def _defaults_sent(call: Call) -> list[tuple[str, str]]:
    given = {python_name(name) for name in call.kwargs}
    return [(name, value) for name, value in call.query_pairs() if python_name(name) not in given]


@pytest.mark.parametrize(
    ("operation", "example"),
    [pytest.param(op, example, id=f"{op.id}#{n}") for op, n, example in reference_examples(VERSION)],
)
def test_reference_example_requests(wire: Wire, operation: Operation, example: dict[str, Any]) -> None:
    """Each example request of the reference, made through the client, arrives as the reference wrote it."""
    url, _, query = example["url"].partition("?")
    written = literal_pairs(query) + literal_pairs(example.get("form", ""))
    call = call_from_wire(operation, path_values(operation, urlsplit(url).path), dict(written), example.get("body"))
    sent, parsed = _send(wire, call)
    _assert_sent(call, sent, parsed)
    expected = {name: _canonical(operation, name, value) for name, value in written}
    assert dict(sent.query) == expected | dict(_defaults_sent(call))
    assert dict(parse_qsl(sent.raw_query)) == dict(sent.query)


def _canonical(operation: Operation, name: str, value: str) -> str:
    """The reference's value as the client must send it: date-times normalised to UTC `Z`."""
    parameter = next(p for p in operation.of("query") if p.name == name)
    if parameter.has_format("date-time") and "T" in value:
        return on_the_wire(datetime.datetime.fromisoformat(value))
    return value
