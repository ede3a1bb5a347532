"""Rules about timestamps, most of them judged against the clock the validator is given."""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

from xads_validators.operations import Operation
from xads_validators.rules.registry import RuleContext, pairs, parse_time, rule, values_at
from xads_validators.violation import INVALID_PARAMETER, Violation


def add_months(moment: datetime, months: int) -> datetime:
    """Calendar months later, clamping the day (31 January + 1 month = 28/29 February)."""
    month_index = moment.month - 1 + months
    year, month = moment.year + month_index // 12, month_index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def truncate(moment: datetime, seconds: int) -> datetime:
    """`moment` rounded down to a whole multiple of `seconds` (60: the seconds are ignored)."""
    return moment - (moment - _EPOCH) % timedelta(seconds=max(seconds, 1))


def granularity(operation: Operation, parameter: str) -> int:
    """The `granularity_seconds` the operation's rules give `parameter` (1 when none does).

    The emulator stores the value rounded down to it, so what it keeps is what the rules judged.
    """
    steps = [
        int(r.args["granularity_seconds"])
        for r in operation.rules
        if r.args.get("parameter") == parameter and "granularity_seconds" in r.args
    ]
    return max(steps, default=1)


@rule("time.expires_after_effective")
def expires_after_effective(ctx: RuleContext) -> Iterator[Violation]:
    """With `earlier_default: now`, an item without the earlier time is judged against the clock."""
    earlier_name = ctx.args["earlier"].rsplit("/", 1)[-1]
    defaults_to_now = ctx.args.get("earlier_default") == "now"
    for (where, later_value), earlier in pairs(ctx, ctx.args["later"], ctx.args["earlier"]):
        later = parse_time(later_value)
        if later is None:
            continue
        if earlier is not None:
            before, what = parse_time(earlier[1]), f"`{earlier[0]}`"
        elif defaults_to_now:
            before, what = ctx.now, f"now (`{earlier_name}` is not given and defaults to now)"
        else:
            continue
        if before is not None and later <= before:
            yield ctx.violation(where, f"`{where}` must be later than {what}")


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
    """Judged on the time the Tweet will go live: scheduled_at rounded down to its granularity."""
    name = ctx.args["parameter"]
    given = parse_time(ctx.params.get(name))
    if given is None:
        return
    moment = truncate(given, int(ctx.args.get("granularity_seconds", 1)))
    shown = f"`{name}` ({moment:%Y-%m-%dT%H:%M:%SZ} once rounded down)" if moment != given else f"`{name}`"
    days = int(ctx.args["max_days"])
    if moment <= ctx.now:
        yield ctx.violation(name, f"{shown} must be in the future")
    elif moment > ctx.now + timedelta(days=days):
        yield ctx.violation(name, f"{shown} is more than {days} days ahead")


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
