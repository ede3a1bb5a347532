"""The spec and the rules layer name the same rules, and every rule has tests."""

from __future__ import annotations

from pathlib import Path

from xads_spec import load_bundle
from xads_spec.bundle import operations
from xads_validators.catalogue import rule_index
from xads_validators.rules import REGISTRY

RULE_TESTS = (Path(__file__).parent / "test_rules.py").read_text(encoding="utf-8")


def test_every_spec_rule_is_implemented() -> None:
    assert sorted(set(rule_index()) - set(REGISTRY)) == []


def test_every_implementation_is_used_by_the_spec() -> None:
    assert sorted(set(REGISTRY) - set(rule_index())) == []


def test_every_rule_has_boundary_tests() -> None:
    untested = [rule_id for rule_id in rule_index() if f'"{rule_id}"' not in RULE_TESTS]
    assert untested == []


def test_rule_entries_are_well_formed() -> None:
    for _path, _method, op in operations(load_bundle()):
        for entry in op.get("x-rules", []):
            assert set(entry) <= {"id", "statement", "kind", "args", "x-decision"}, entry
            assert entry["kind"] in {"stateless", "stateful", "clock"}
            assert entry["statement"].strip().endswith(".")


def test_every_list_with_total_count_lists_the_cursor_rule() -> None:
    for _path, _method, op in operations(load_bundle()):
        names = {p["name"] for p in op.get("parameters", [])}
        ids = {entry["id"] for entry in op.get("x-rules", [])}
        if {"with_total_count", "cursor"} <= names:
            assert "list.total_count_excludes_cursor" in ids, op["operationId"]
