"""Rules of list operations."""

from __future__ import annotations

from collections.abc import Iterator

from xads_validators.rules.registry import RuleContext, rule
from xads_validators.violation import Violation


@rule("list.total_count_excludes_cursor")
def total_count_excludes_cursor(ctx: RuleContext) -> Iterator[Violation]:
    if ctx.params.get("with_total_count") is True and "cursor" in ctx.params:
        yield ctx.violation("with_total_count", "`with_total_count` cannot be combined with `cursor`")
