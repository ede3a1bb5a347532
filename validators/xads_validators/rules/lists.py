"""Rules of list operations and other rules that span query parameters."""

from __future__ import annotations

from collections.abc import Iterator

from xads_validators.rules.registry import RuleContext, given, rule
from xads_validators.violation import MISSING_PARAMETER, Violation


@rule("list.total_count_excludes_cursor")
def total_count_excludes_cursor(ctx: RuleContext) -> Iterator[Violation]:
    if ctx.params.get("with_total_count") is True and given(ctx, "cursor"):
        yield ctx.violation("with_total_count", "`with_total_count` cannot be combined with `cursor`")


@rule("poll.choice_order")
def choice_order(ctx: RuleContext) -> Iterator[Violation]:
    names: list[str] = ctx.args["parameters"]
    for index, name in enumerate(names):
        missing = [earlier for earlier in names[:index] if not given(ctx, earlier)]
        if given(ctx, name) and missing:
            yield ctx.violation(name, f"`{name}` needs {', '.join(f'`{m}`' for m in missing)} first")


@rule("tweet.video_cta_pair")
@rule("conversation_card.cta_pairs")
def required_pairs(ctx: RuleContext) -> Iterator[Violation]:
    """In each pair the second value is needed when the first is given."""
    for first, second in ctx.args["pairs"]:
        if given(ctx, first) and not given(ctx, second):
            yield ctx.violation(second, f"`{second}` is required when `{first}` is given", MISSING_PARAMETER)


@rule("conversation_card.title_or_second_cta")
def title_or_second_cta(ctx: RuleContext) -> Iterator[Violation]:
    title, cta = ctx.args["title"], ctx.args["cta"]
    if not given(ctx, title) and not given(ctx, cta):
        yield ctx.violation(title, f"`{title}` is required when `{cta}` is not given", MISSING_PARAMETER)


@rule("conversation_card.cta_length")
def cta_length(ctx: RuleContext) -> Iterator[Violation]:
    limit, skipped = int(ctx.args["max"]), str(ctx.args["not_counting"])
    for name in ctx.args["parameters"]:
        value = ctx.params.get(name)
        if isinstance(value, str):
            length = len(value) - value.count(skipped)
            if length > limit:
                yield ctx.violation(
                    name, f"`{name}` has {length} characters not counting `{skipped}`; at most {limit} allowed"
                )


@rule("keyword_insights.max_keywords")
def max_keywords(ctx: RuleContext) -> Iterator[Violation]:
    names: list[str] = ctx.args["parameters"]
    total = sum(len(ctx.params.get(name) or []) for name in names)
    if total > int(ctx.args["max"]):
        yield ctx.violation(
            names[0],
            f"{' and '.join(f'`{n}`' for n in names)} name {total} keywords together; at most {ctx.args['max']}",
        )
