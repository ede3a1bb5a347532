"""The spec layer on the wire: routing, parameter styles, bodies; every violation reported at once."""

from __future__ import annotations

from tests.validators.conftest import rules_of, send
from xads_spec import load_bundle
from xads_spec.bundle import operations
from xads_validators import RequestValidator


def _first_json_operation() -> tuple[str, str]:
    for path, method, op in operations(load_bundle(12)):
        if "application/json" in op.get("requestBody", {}).get("content", {}):
            return method.upper(), "/12" + path.replace("{account_id}", "18ce54d4x5t").replace("{", "").replace("}", "")
    raise AssertionError("the spec has no JSON-body operation")


def test_valid_list_request(validator: RequestValidator) -> None:
    result = send(validator, "GET", "/12/accounts?count=5&account_ids=abc,def&with_deleted=true")
    assert result.violations == []
    assert result.operation is not None and result.operation.operation_id == "list_accounts"
    assert result.params == {"count": 5, "account_ids": ["abc", "def"], "with_deleted": True}


def test_full_url_is_accepted(validator: RequestValidator) -> None:
    assert send(validator, "GET", "https://ads-api.x.com/12/accounts/18ce54d4x5t").ok


def test_all_violations_reported_together(validator: RequestValidator) -> None:
    result = send(validator, "GET", "/12/accounts?count=0&account_ids=a,B&with_deleted=yes&bogus=1")
    assert rules_of(result.violations) == {"spec.minimum", "spec.pattern", "spec.type", "spec.unknown_parameter"}
    by_param = {v.parameter: v for v in result.violations}
    assert by_param["count"].message == "`count` must be at least 1, got 0"
    assert by_param["account_ids"].location == "query"
    assert by_param["bogus"].rule == "spec.unknown_parameter"


def test_count_boundaries(validator: RequestValidator) -> None:
    assert send(validator, "GET", "/12/accounts?count=1").ok
    assert send(validator, "GET", "/12/accounts?count=1000").ok
    assert rules_of(send(validator, "GET", "/12/accounts?count=1001").violations) == {"spec.maximum"}
    assert rules_of(send(validator, "GET", "/12/accounts?count=abc").violations) == {"spec.type"}


def test_id_list_limit(validator: RequestValidator) -> None:
    ids = ",".join(f"a{i}" for i in range(200))
    assert send(validator, "GET", f"/12/accounts?account_ids={ids}").ok
    over = send(validator, "GET", f"/12/accounts?account_ids={ids},zz")
    assert [v.message for v in over.violations] == ["`account_ids` has 201 items; takes 1–200 items"]


def test_repeated_parameter_is_refused(validator: RequestValidator) -> None:
    result = send(validator, "GET", "/12/accounts?account_ids=a&account_ids=b")
    assert rules_of(result.violations) == {"spec.repeated_parameter"}


def test_oauth_query_parameters_are_not_unknown(validator: RequestValidator) -> None:
    assert send(validator, "GET", "/12/accounts?oauth_nonce=x&oauth_signature=y").ok


def test_routing_errors(validator: RequestValidator) -> None:
    assert [v.code for v in send(validator, "GET", "/13/accounts").violations] == ["NOT_FOUND"]
    assert [v.rule for v in send(validator, "GET", "/12/nothing/here").violations] == ["spec.unknown_operation"]
    wrong = send(validator, "DELETE", "/12/accounts")
    assert [v.code for v in wrong.violations] == ["METHOD_NOT_ALLOWED"]
    assert "allowed: GET" in wrong.violations[0].message


def test_path_parameter_is_checked(validator: RequestValidator) -> None:
    result = send(validator, "GET", "/12/accounts/NOT-VALID")
    assert [(v.rule, v.location, v.parameter) for v in result.violations] == [("spec.pattern", "path", "account_id")]


def test_json_body_needs_json_content_type(validator: RequestValidator) -> None:
    method, url = _first_json_operation()
    result = send(validator, method, url, form="a=b")
    assert [v.code for v in result.violations if v.rule == "spec.content_type"] == ["UNSUPPORTED_MEDIA_TYPE"]


def test_json_body_malformed_or_too_deep(validator: RequestValidator) -> None:
    method, url = _first_json_operation()
    for raw in (b"{not json", b"[" * 100_000 + b"]" * 100_000, b'{"a": "\xff"}', b'{"n": 1' + b"0" * 400 + b"}"):
        result = send(validator, method, url, body=raw)
        assert "spec.json" in rules_of(result.violations), raw[:20]


def test_body_size_limit(validator: RequestValidator) -> None:
    method, url = _first_json_operation()
    limit = load_bundle()["x-max-body-bytes"]
    result = send(validator, method, url, body=b" " * (limit + 1))
    assert [v.code for v in result.violations] == ["PAYLOAD_TOO_LARGE"]


def test_form_body_is_read_like_the_query(validator: RequestValidator) -> None:
    """twurl's -d sends parameters as a form body; they are checked like query parameters."""
    for path, method, op in operations(load_bundle(12)):
        if method == "post" and "requestBody" not in op and any(p["in"] == "query" for p in op["parameters"]):
            url = "/12" + path.replace("{account_id}", "18ce54d4x5t")
            if "{" in url:
                continue
            result = send(validator, "POST", url, form="definitely_unknown=1")
            assert ("spec.unknown_parameter", "definitely_unknown") in {
                (v.rule, v.parameter) for v in result.violations
            }
            return
    raise AssertionError("no POST operation with query parameters in the spec")


def test_empty_list_value_is_refused_for_filters(validator: RequestValidator) -> None:
    """`card_ids=` is an empty list (form style); filters need at least one id (found by fuzzing)."""
    assert [v.rule for v in send(validator, "GET", "/12/accounts/abc/cards/poll?card_ids=").violations] == [
        "spec.min_items"
    ]
    assert send(validator, "PUT", "/12/accounts/abc/draft_tweets/1?media_keys=").ok  # clears the media
