"""Rules of audiences, do-not-reach lists and account-level facts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

from xads_validators.rules.registry import RuleContext, given, rule, values_at
from xads_validators.violation import UNAUTHORIZED_ACCESS, Violation


def _audience(ctx: RuleContext) -> tuple[str, Any]:
    name = ctx.args["audience"]
    return name, ctx.need_resolver().custom_audience(ctx.account_id, str(ctx.params.get(name, "")))


@rule("audience.owner_only")
def owner_only(ctx: RuleContext) -> Iterator[Violation]:
    name, facts = _audience(ctx)
    if facts is not None and facts.owner_account_id != ctx.account_id:
        yield ctx.violation(name, "only the account that owns the audience may do this", UNAUTHORIZED_ACCESS)


@rule("audience.writable")
def writable(ctx: RuleContext) -> Iterator[Violation]:
    name, facts = _audience(ctx)
    if facts is not None and facts.owner_account_id != ctx.account_id and facts.permission_level != "READ_WRITE":
        yield ctx.violation(name, "the audience is shared with this account READ_ONLY", UNAUTHORIZED_ACCESS)


@rule("audience.share_within_business")
def share_within_business(ctx: RuleContext) -> Iterator[Violation]:
    resolver = ctx.need_resolver()
    name = ctx.args["granted_account"]
    owner = resolver.account(ctx.account_id)
    granted_id = str(ctx.params.get(name, ""))
    granted = resolver.account(granted_id)
    if owner is None or not granted_id:
        return
    if granted is None:
        yield ctx.violation(name, f"`{name}` {granted_id!r} is not an ads account")
        return
    if ctx.args["feature"] in owner.features:
        return
    if owner.business_id is None or owner.business_id != granted.business_id:
        yield ctx.violation(
            name, f"`{name}` belongs to another business; sharing outside it needs {ctx.args['feature']}"
        )


@rule("custom_audience.unique_name")
def unique_name(ctx: RuleContext) -> Iterator[Violation]:
    resolver = ctx.need_resolver()
    selector = ctx.args["parameter"]
    except_id = ctx.params.get("custom_audience_id")
    names = list(values_at(ctx, selector))
    repeated = Counter(str(value) for _where, value in names)
    for where, value in names:
        if repeated[str(value)] > 1:
            yield ctx.violation(where, f"`{where}` {value!r} is used more than once in this request")
        elif resolver.custom_audience_name_taken(ctx.account_id, str(value), except_id):
            yield ctx.violation(where, f"a custom audience named {value!r} already exists")


@rule("custom_audience.flexible_immutable")
def flexible_immutable(ctx: RuleContext) -> Iterator[Violation]:
    name, facts = _audience(ctx)
    if facts is not None and facts.audience_type == ctx.args["audience_type"]:
        yield ctx.violation(name, f"{facts.audience_type} audiences cannot be changed once created")


@rule("flexible_audience.immutable")
def only_create(ctx: RuleContext) -> Iterator[Violation]:
    allowed: list[str] = ctx.args["allowed"]
    for where, value in values_at(ctx, ctx.args["operation_type"]):
        if value not in allowed:
            yield ctx.violation(where, f"flexible audiences are immutable; `{where}` must be {' or '.join(allowed)}")


def _leaves(segment: Any) -> int:
    """Leaf audiences of a tree, counted without recursion (depth is x-max-depth's job, but a
    rule must not overflow on input that skipped it)."""
    count, pending = 0, [segment]
    while pending:
        node = pending.pop()
        if isinstance(node, dict):
            count += 1 if "custom_audience_id" in node else 0
            children = node.get("child_segments")
            pending.extend(children if isinstance(children, list) else [])
    return count


@rule("flexible_audience.max_leaf_audiences")
def max_leaf_audiences(ctx: RuleContext) -> Iterator[Violation]:
    most = int(ctx.args["max"])
    for where, tree in values_at(ctx, ctx.args["tree"], flatten=False):
        count = _leaves(tree)
        if count > most:
            yield ctx.violation(where, f"`{where}` uses {count} custom audiences; at most {most}")


@rule("do_not_reach_list.one_per_account")
def one_per_account(ctx: RuleContext) -> Iterator[Violation]:
    if ctx.need_resolver().has_do_not_reach_list(ctx.account_id):
        yield ctx.violation("account_id", "the account already has a do-not-reach list")


@rule("account.feature_required")
def feature_required(ctx: RuleContext) -> Iterator[Violation]:
    trigger, feature = ctx.args["when_given"], ctx.args["feature"]
    if not given(ctx, trigger):
        return
    account = ctx.need_resolver().account(ctx.account_id)
    if account is not None and feature not in account.features:
        yield ctx.violation(trigger, f"`{trigger}` needs the {feature} account feature", UNAUTHORIZED_ACCESS)


@rule("line_item.exists")
def line_item_exists(ctx: RuleContext) -> Iterator[Violation]:
    name = ctx.args["parameter"]
    if given(ctx, name) and not ctx.need_resolver().line_item_exists(ctx.account_id, str(ctx.params[name])):
        yield ctx.violation(name, f"no line item {ctx.params[name]} in this account")
