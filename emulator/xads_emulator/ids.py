"""Ids that look like the real ones: short base 36 for most resources, 64-bit decimals for Tweets and cards."""

from __future__ import annotations

import string

from xads_emulator.storage import Store

_BASE36 = string.digits + string.ascii_lowercase


def base36_id(store: Store) -> str:
    number = store.next_number("base36", 36**4)
    text = ""
    while number:
        number, digit = divmod(number, 36)
        text = _BASE36[digit] + text
    return text


def decimal_id(store: Store) -> str:
    return str(store.next_number("decimal", 1_500_000_000_000_000_000))
