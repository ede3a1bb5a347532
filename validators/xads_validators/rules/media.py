"""Rules about media: which type a key names, and what the library knows of it."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any

from xads_spec import load_bundle
from xads_validators.resolver import MediaFacts
from xads_validators.rules.registry import RuleContext, given, rule, values_at
from xads_validators.violation import MISSING_PARAMETER, Violation

_RATIO_TOLERANCE = 0.01


@functools.lru_cache(maxsize=1)
def _prefixes() -> dict[str, str]:
    media_key: dict[str, Any] = load_bundle()["components"]["schemas"]["MediaKey"]
    return dict(media_key["x-media-key-prefixes"])


def media_type_of(media_key: str) -> str | None:
    """The type the key's prefix tells (IMAGE, GIF, VIDEO), or None for a bare id or unknown prefix."""
    prefix, separator, _rest = media_key.partition("_")
    return _prefixes().get(prefix) if separator else None


def _keys(ctx: RuleContext) -> list[tuple[str, str]]:
    keys: list[tuple[str, str]] = []
    for selector in ctx.args["parameters"]:
        for where, key in values_at(ctx, selector):
            if isinstance(key, str) and key:
                keys.append((where, key))
    return keys


def _library(ctx: RuleContext) -> Iterator[tuple[str, MediaFacts]]:
    resolver = ctx.need_resolver()
    for where, key in _keys(ctx):
        facts = resolver.media(ctx.account_id, key)
        if facts is not None:
            yield where, facts


@rule("media.kind")
def kind(ctx: RuleContext) -> Iterator[Violation]:
    allowed: list[str] = ctx.args["media_types"]
    for where, key in _keys(ctx):
        media_type = media_type_of(key)
        if media_type is not None and media_type not in allowed:
            yield ctx.violation(where, f"`{where}` names a {media_type} ({key}); expected {' or '.join(allowed)}")


@rule("media.in_library")
def in_library(ctx: RuleContext) -> Iterator[Violation]:
    """With `or_uploaded`, media uploaded but not yet in the library also counts (Tweeting adds it)."""
    resolver = ctx.need_resolver()
    uploads = bool(ctx.args.get("or_uploaded"))
    for where, key in _keys(ctx):
        if resolver.media(ctx.account_id, key) is not None:
            continue
        if not uploads:
            yield ctx.violation(where, f"`{where}` {key} is not in the account's media library")
        elif resolver.uploaded_media(ctx.account_id, key) is None:
            yield ctx.violation(where, f"`{where}` {key} was neither uploaded nor added to the account's media library")


@rule("media.image_min_width")
def image_min_width(ctx: RuleContext) -> Iterator[Violation]:
    least = int(ctx.args["min_width"])
    for where, facts in _library(ctx):
        if facts.media_type == "IMAGE" and facts.width is not None and facts.width < least:
            yield ctx.violation(where, f"`{where}` is {facts.width} px wide; at least {least} px required")


def _ratio(text: str) -> float:
    width, _, height = text.partition(":")
    return float(width) / float(height)


@rule("media.aspect_ratio")
def aspect_ratio(ctx: RuleContext) -> Iterator[Violation]:
    wanted: list[str] = ctx.args["ratios"]
    for where, facts in _library(ctx):
        if facts.media_type != ctx.args["media_type"] or not facts.width or not facts.height:
            continue
        actual = facts.width / facts.height
        if not any(abs(actual - _ratio(r)) <= _RATIO_TOLERANCE * _ratio(r) for r in wanted):
            yield ctx.violation(
                where,
                f"`{where}` is {facts.width}x{facts.height} ({actual:.2f}:1); this needs {' or '.join(wanted)}",
            )


@rule("media_library.category_for_media_id")
def category_for_media_id(ctx: RuleContext) -> Iterator[Violation]:
    key, category = ctx.args["parameter"], ctx.args["category"]
    value = ctx.params.get(key)
    if isinstance(value, str) and "_" not in value and not given(ctx, category):
        yield ctx.violation(category, f"`{category}` is required when `{key}` is a bare media id", MISSING_PARAMETER)


@rule("media_library.video_only_fields")
def video_only_fields(ctx: RuleContext) -> Iterator[Violation]:
    key = str(ctx.params.get(ctx.args["media"], ""))
    media_type = media_type_of(key)
    if media_type is None and "category" in ctx.args:
        media_type = ctx.args["category_types"].get(ctx.params.get(ctx.args["category"]))
    allowed: list[str] = ctx.args["media_types"]
    if media_type is None or media_type in allowed:
        return
    for name in ctx.args["parameters"]:
        if given(ctx, name):
            yield ctx.violation(name, f"`{name}` applies only to {' and '.join(allowed)} media, not {media_type}")
