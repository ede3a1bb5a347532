"""Every example request of the reference is accepted, except those the spec marks as
contradicting the reference's own rules, which are refused by the rule named."""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from urllib.parse import unquote

import pytest

from tests.validators.conftest import NOW, encode_reference_url, rules_of, send
from xads_spec import load_bundle
from xads_spec.bundle import operations
from xads_validators import RequestValidator
from xads_validators.rules.registry import parse_time, walk


def _examples() -> list[Any]:
    found = []
    for _path, method, op in operations(load_bundle()):
        for number, example in enumerate(op.get("x-reference-examples", [])):
            found.append(pytest.param(method.upper(), op["operationId"], example, id=f"{op['operationId']}#{number}"))
    return found


def _expected_rule(name: str) -> str:
    """`violates` names x-rules ids as they are, and JSON Schema keywords as `spec.<keyword>`."""
    if "." in name:
        return name
    return "spec." + "".join(f"_{c.lower()}" if c.isupper() else c for c in name)


def _clock_for(example: dict[str, Any], url: str) -> Any:
    """The reference's examples are years old: judge time rules as of a day before their earliest timestamp."""
    query = url.partition("?")[2] + "&" + (example.get("form") or "")
    times = [parse_time(unquote(part.partition("=")[2])) for part in query.split("&")]
    times += [parse_time(value) for _pointer, value in walk(example.get("body"))]
    known = [t for t in times if t is not None]
    return min(known) - timedelta(days=1) if known else NOW


@pytest.mark.parametrize(("method", "operation_id", "example"), _examples())
def test_reference_example(
    validator: RequestValidator, method: str, operation_id: str, example: dict[str, Any]
) -> None:
    url = encode_reference_url(example["url"])
    result = send(
        validator, method, url, body=example.get("body"), form=example.get("form"), now=_clock_for(example, url)
    )
    routed = result.operation.operation_id if result.operation else None
    # an operation gone from the served versions (x-removed-in) routes nowhere; every other example
    # reaches the operation it documents
    assert routed == (None if "spec.unknown_operation" in example.get("violates", []) else operation_id)
    if example["expect"] == "valid":
        assert [str(v) for v in result.violations] == []
    else:
        expected = {_expected_rule(name) for name in example["violates"]}
        assert expected <= rules_of(result.violations), [str(v) for v in result.violations]


def test_examples_exist_for_most_operations() -> None:
    with_examples = [op for _p, _m, op in operations(load_bundle()) if op.get("x-reference-examples")]
    assert len(with_examples) >= 60
