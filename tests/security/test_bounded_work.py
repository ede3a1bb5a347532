"""Bounded work per request (issue 11, "What must hold" 2 and the recursion part of 3).

Against the real emulator on loopback: hostile bodies answer 400 in the error envelope with
a capped, small error list. Sizes and counts are asserted, never times (the time budget is
bench/hostile.py's, in `make bench`).
"""

from __future__ import annotations

from typing import Any

import httpx
import orjson

from tests.support.emulator import ACCOUNT
from tests.support.schemas import request_schemas
from xads_emulator import offload
from xads_spec import load_bundle
from xads_validators import RequestValidator
from xads_validators.operations import version_index
from xads_validators.schemas import nesting
from xads_validators.violation import MAX_VIOLATIONS

USERS = f"/accounts/{ACCOUNT}/custom_audiences/{{audience}}/users"
FLEXIBLE = f"/batch/accounts/{ACCOUNT}/custom_audiences"
JSON = {"Content-Type": "application/json"}


def _audience(client: httpx.Client) -> str:
    return str(client.get(f"/accounts/{ACCOUNT}/custom_audiences").json()["data"][0]["id"])


def _post(client: httpx.Client, path: str, body: bytes) -> httpx.Response:
    return client.post(path, content=body, headers=JSON)


def _entries(answer: dict[str, Any]) -> int:
    return len(answer["errors"]) + sum(len(item["errors"]) for item in answer.get("operation_errors", []))


def _segments(depth: int) -> bytes:
    """A flexible-audience batch whose segment tree nests `depth` levels (the leaf included)."""
    inner = b'{"custom_audience_id":"a1","lookback_window":7}'
    tree = b'{"boolean_operator":"OR","child_segments":[' * (depth - 1) + inner + b"]}" * (depth - 1)
    return b'[{"operation_type":"Create","params":{"name":"deep","audience_type":"FLEXIBLE","segments":' + tree + b"}}]"


def _batch_limit(operation_id: str) -> int:
    """The operation's batch size limit, as the spec states it (its body's maxItems)."""
    ref = version_index(12).by_id[operation_id].body_schema or {}
    name = str(ref["$ref"]).rsplit("/", 1)[-1]
    return int(load_bundle(12)["components"]["schemas"][name]["maxItems"])


def _max_depth() -> int:
    return int(load_bundle(12)["components"]["schemas"]["FlexibleAudienceSegment"]["x-max-depth"])


def test_a_batch_of_100000_empty_items_is_one_max_items_error(as_demo: httpx.Client) -> None:
    body = orjson.dumps([{}] * 100_000)
    response = _post(as_demo, USERS.format(audience=_audience(as_demo)), body)
    assert response.status_code == 400
    answer = response.json()
    assert [(e["code"], e["parameter"]) for e in answer["errors"]] == [("INVALID_PARAMETER", "/")]
    assert "100000 items" in answer["errors"][0]["message"]
    assert "operation_errors" not in answer
    assert len(response.content) < 2_000


def test_a_full_batch_of_bad_items_lists_at_most_the_cap(as_demo: httpx.Client) -> None:
    most = _batch_limit("update_custom_audience_users")
    bad = {"operation_type": "Update", "params": {"users": [{"email": ["not-a-hash"] * 3}]}}
    response = _post(as_demo, USERS.format(audience=_audience(as_demo)), orjson.dumps([bad] * most))
    assert response.status_code == 400
    answer = response.json()
    # The listed problems, the "nothing was applied" line and one summary counting the rest.
    assert _entries(answer) == MAX_VIOLATIONS + 2
    summary = answer["errors"][-1]
    assert "more problem(s)" in summary["message"] and "parameter" not in summary
    # Counted without looking inside each invalid item again: at least one per remaining item.
    assert int(summary["message"].split()[2]) >= most - MAX_VIOLATIONS
    assert len(response.content) < 40_000


def test_many_bad_list_values_are_capped(as_demo: httpx.Client) -> None:
    ids = ",".join(f"bad-{i}" for i in range(5_000))
    response = as_demo.get(f"/accounts/{ACCOUNT}/cards", params={"card_ids": ids})
    assert response.status_code == 400
    assert len(response.json()["errors"]) <= MAX_VIOLATIONS + 1
    assert len(response.content) < 40_000


def test_segments_nested_past_the_limit_are_refused_naming_the_field(as_demo: httpx.Client) -> None:
    for depth in (_max_depth() + 1, 500):
        response = _post(as_demo, FLEXIBLE, _segments(depth))
        assert response.status_code == 400, depth
        [item] = response.json()["operation_errors"]
        [error] = item["errors"]
        assert error["parameter"].startswith("/0/params/segments/child_segments/0/")
        assert error["parameter"].endswith("/child_segments")
        assert f"more than {_max_depth()} levels" in error["message"]


def test_deep_nesting_where_no_schema_recurses_is_a_400_naming_the_branch(as_demo: httpx.Client) -> None:
    """jsonschema-rs cannot describe a value nested 255 levels deep: such a body still gets a 400."""
    response = _post(as_demo, f"/accounts/{ACCOUNT}/cards", _segments(500))
    assert response.status_code == 400
    assert [e["parameter"] for e in response.json()["errors"]] == ["/"]  # an array where an object goes
    card = b'{"name":"c","components":' + b"[" * 300 + b"]" * 300 + b"}"
    response = _post(as_demo, f"/accounts/{ACCOUNT}/cards", card)
    assert response.status_code == 400
    assert any(e["parameter"].startswith("/components/0/0/") for e in response.json()["errors"])


def test_nesting_beyond_the_json_parser_limit_is_a_400(as_demo: httpx.Client) -> None:
    response = _post(as_demo, FLEXIBLE, _segments(2_000))
    assert response.status_code == 400
    [error] = response.json()["errors"]
    assert error["code"] == "INVALID_JSON" and "depth" in error["message"]


def test_the_depth_limit_itself_is_accepted_by_the_schema() -> None:
    validator = RequestValidator()
    headers = {"Content-Type": "application/json"}
    at_limit = validator.validate_wire("POST", f"/12{FLEXIBLE}", headers=headers, body=_segments(_max_depth()))
    assert [v for v in at_limit.violations if v.rule.startswith("spec.")] == []


def test_every_recursive_schema_declares_a_depth_limit() -> None:
    """Recursion in a schema without x-max-depth would let a body nest until the parser stops it."""
    document = load_bundle(12)
    components = document["components"]
    schemas = components["schemas"]
    recursive = {name for name in request_schemas(document) if nesting(schemas[name], components)}
    assert "FlexibleAudienceSegment" in recursive
    assert {name for name in recursive if "x-max-depth" not in schemas[name]} == set()


def test_large_bodies_are_judged_in_a_worker_with_the_same_answer(as_demo: httpx.Client) -> None:
    """Past offload.OFFLOAD_FROM_BYTES a JSON body is judged in a worker process first (so its
    parse never holds the event loop): a refused one gets the answer the server would give, an
    accepted one is applied as ever."""
    users = USERS.format(audience=_audience(as_demo))
    hashes = ["a" * 64] * 4_000
    bad = {"operation_type": "Update", "params": {"users": [{"email": [*hashes, "not-a-hash"]}]}}
    body = orjson.dumps([bad] * 3)
    assert len(body) > offload.OFFLOAD_FROM_BYTES
    refused = _post(as_demo, users, body)
    expected = RequestValidator().validate_wire("POST", f"/12{users}", headers=JSON, body=body).violations
    assert refused.status_code == 400
    listed = [e["parameter"] for item in refused.json()["operation_errors"] for e in item["errors"]]
    assert listed == [v.parameter for v in expected] and len(listed) == 3
    assert refused.json()["request"]["params"]["account_id"] == ACCOUNT  # the echo, as from the server
    assert offload._pool is not None  # the worker judged it

    good = {"operation_type": "Update", "params": {"users": [{"email": hashes}]}}
    accepted = _post(as_demo, users, orjson.dumps([good] * 3))
    assert accepted.status_code == 200, accepted.text
    counted = accepted.json()["data"]
    assert counted["success_count"] == counted["total_count"] > 0
