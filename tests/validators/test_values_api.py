"""`validate_values` as a user calls it: operation ids, versions, and the errors for wrong ones."""

from __future__ import annotations

import pytest

from xads_validators import RequestValidator, UnknownOperation


def test_values_by_operation_id() -> None:
    result = RequestValidator().validate_values("list_cards", 12, {"account_id": "18ce54d4x5t", "count": 500})
    assert [(v.rule, v.parameter) for v in result.violations] == [("spec.maximum", "count")]


@pytest.mark.parametrize(
    ("operation_id", "version", "says"),
    [
        ("createCard", 12, "did you mean create_card"),
        ("list_card", 11, "did you mean list_cards"),
        ("nothing_like_it", 12, "operation ids are snake_case"),
        ("list_cards", 13, "API version 13 is not served; use one of [11, 12]"),
    ],
)
def test_unknown_operation_or_version_says_what_exists(operation_id: str, version: int, says: str) -> None:
    with pytest.raises(UnknownOperation) as raised:
        RequestValidator().validate_values(operation_id, version, {})
    assert says in str(raised.value)
    assert isinstance(raised.value, KeyError)  # code that caught the bare KeyError keeps working


def test_skipped_rules_are_listed_once() -> None:
    """create_card runs media.aspect_ratio twice (two component kinds); without stored data it is
    skipped, and listed once."""
    card = {
        "name": "c",
        "components": [
            {"type": "SWIPEABLE_MEDIA", "media_keys": ["3_1", "3_2"]},
            {"type": "DETAILS", "title": "X", "destination": {"type": "WEBSITE", "url": "https://x.com"}},
        ],
    }
    result = RequestValidator().validate_values("create_card", 12, {"account_id": "18ce54d4x5t"}, card)
    assert result.violations == []
    assert "media.aspect_ratio" in result.skipped_rules
    assert len(result.skipped_rules) == len(set(result.skipped_rules))
