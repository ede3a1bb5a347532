"""Turning what arrives on the wire (strings and bytes) into typed values, per the spec's style rules."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote

import orjson

from xads_validators.operations import MALFORMED_ESCAPE, Parameter
from xads_validators.violation import INVALID_JSON, Location, Violation

_INTEGER = re.compile(r"-?[0-9]+")
_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?")
_MAX_QUERY_PAIRS = 1000
# Digits of the largest 64-bit integer: longer digit strings are refused before int() reads
# them (Python refuses to read more than 4300 digits, and no parameter holds such a number).
_MAX_INTEGER_DIGITS = len(str(2**64))


class _Unreadable(ValueError):
    pass


def parse_pairs(text: str, location: Location) -> tuple[list[tuple[str, str]], list[Violation]]:
    """Name/value pairs of a query string or form body; refuses malformed percent-escapes,
    escapes that are not UTF-8 and absurd numbers of pairs, so that no pair is read in a way
    an OAuth signature check would not read it."""
    if MALFORMED_ESCAPE.search(text):
        return [], [
            Violation("spec.parameters", location, None, f"unreadable {location} parameters: a malformed %-escape")
        ]
    if text.count("&") >= _MAX_QUERY_PAIRS:
        return [], [
            Violation(
                "spec.parameters",
                location,
                None,
                f"unreadable {location} parameters: more than {_MAX_QUERY_PAIRS} pairs",
            )
        ]
    try:
        pairs = [(_decode(name), _decode(value)) for name, _, value in (p.partition("=") for p in text.split("&") if p)]
    except UnicodeDecodeError as error:
        return [], [Violation("spec.parameters", location, None, f"unreadable {location} parameters: {error}")]
    return pairs, []


def _decode(text: str) -> str:
    """One form-encoded name or value (`+` is a space); most have nothing to decode."""
    if "+" in text:
        text = text.replace("+", " ")
    return unquote(text, errors="strict") if "%" in text else text


def _scalar(kind: str, raw: str) -> Any:
    if kind == "integer":
        if not _INTEGER.fullmatch(raw):
            raise _Unreadable("an integer")
        sign, digits = ("-", raw[1:]) if raw.startswith("-") else ("", raw)
        digits = digits.lstrip("0") or "0"
        if len(digits) > _MAX_INTEGER_DIGITS:
            raise _Unreadable("an integer of at most 64 bits")
        return int(sign + digits)
    if kind == "number":
        if not _NUMBER.fullmatch(raw):
            raise _Unreadable("a number")
        return float(raw)
    if kind == "boolean":
        lowered = raw.lower()
        if lowered not in ("true", "false"):
            raise _Unreadable("true or false")
        return lowered == "true"
    return raw


def coerce(parameter: Parameter, raw: str, location: Location) -> tuple[Any, Violation | None]:
    """The typed value of one wire string; comma-separated for explode=false arrays."""
    try:
        if parameter.kind == "array":
            if raw == "":
                return [], None  # an empty list: how the reference unsets media_keys on PUT
            items = raw.split(",") if not parameter.explode else [raw]
            return [_scalar(parameter.item_kind, item) for item in items], None
        return _scalar(parameter.kind, raw), None
    except _Unreadable as expected:
        shown = raw if len(raw) <= 60 else raw[:57] + "..."
        return None, Violation(
            "spec.type", location, parameter.name, f'`{parameter.name}` must be {expected}, got "{shown}"'
        )


def parse_json(body: bytes) -> tuple[Any, Violation | None]:
    """orjson refuses invalid UTF-8, numbers beyond 64 bits and nesting deeper than 1024."""
    try:
        return orjson.loads(body), None
    except orjson.JSONDecodeError as error:
        return None, Violation("spec.json", "body", "/", f"the body is not valid JSON: {error}", INVALID_JSON)
