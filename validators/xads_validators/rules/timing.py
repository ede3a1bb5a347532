"""Rules about timestamps, most of them judged against the clock the validator is given."""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import datetime, timedelta

from xads_validators.rules.registry import RuleContext, pairs, parse_time, rule, values_at
from xads_validators.violation import INVALID_PARAMETER, Violation


def add_months(moment: datetime, months: int) -> datetime:
    """Calendar months later, clamping the day (31 January + 1 month = 28/29 February)."""
    month_index = moment.month - 1 + months
    year, month = moment.year + month_index // 12, month_index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


@rule("time.expires_after_effective")
def expires_after_effective(ctx: RuleContext) -> Iterator[Violation]:
    for (where, later_value), earlier in pairs(ctx, ctx.args["later"], ctx.args["earlier"]):
        later = parse_time(later_value)
        before = parse_time(earlier[1]) if earlier else None
        if later and before and later <= before:
            yield ctx.violation(where, f"`{where}` must be later than `{earlier[0] if earlier else ''}`")


@rule("keyword_insights.max_range")
def keyword_range(ctx: RuleContext) -> Iterator[Violation]:
    start = parse_time(ctx.params.get(ctx.args["start"]))
    end_name = ctx.args["end"]
    end = parse_time(ctx.params.get(end_name)) or ctx.now
    if start is None:
        return
    days = int(ctx.args["max_days"])
    if end <= start:
        yield ctx.violation(end_name, f"`{end_name}` (now when absent) must be after `{ctx.args['start']}`")
    elif end - start > timedelta(days=days):
        yield ctx.violation(end_name, f"the time range spans {end - start}; at most {days} days allowed")


@rule("scheduled_tweet.within_year")
def within_year(ctx: RuleContext) -> Iterator[Violation]:
    name = ctx.args["parameter"]
    moment = parse_time(ctx.params.get(name))
    if moment is None:
        return
    days = int(ctx.args["max_days"])
    if moment <= ctx.now:
        yield ctx.violation(name, f"`{name}` must be in the future")
    elif moment > ctx.now + timedelta(days=days):
        yield ctx.violation(name, f"`{name}` is more than {days} days ahead")


@rule("do_not_reach_list.expires_within")
def expires_within(ctx: RuleContext) -> Iterator[Violation]:
    months = int(ctx.args["months"])
    limit = add_months(ctx.now, months)
    for where, value in values_at(ctx, ctx.args["parameter"]):
        moment = parse_time(value)
        if moment is None:
            continue
        if moment <= ctx.now:
            yield ctx.violation(where, f"`{where}` must be in the future")
        elif moment >= limit:
            yield ctx.violation(where, f"`{where}` must be less than {months} months ahead", INVALID_PARAMETER)
