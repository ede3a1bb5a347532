"""Rules of Tweets, drafts and scheduled Tweets."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import datetime, timedelta

from xads_validators.resolver import AccountFacts
from xads_validators.rules.media import media_type_of
from xads_validators.rules.registry import RuleContext, given, parse_time, rule, values_at
from xads_validators.rules.timing import truncate
from xads_validators.violation import (
    INVALID_PARAMETER,
    MISSING_PARAMETER,
    NOT_FOUND,
    UNAUTHORIZED_ACCESS,
    Violation,
)


@rule("tweet.text_or_media")
def text_or_media(ctx: RuleContext) -> Iterator[Violation]:
    text, media = ctx.args["text"], ctx.args["media"]
    if not given(ctx, text) and not given(ctx, media):
        yield ctx.violation(text, f"`{text}` is required when `{media}` is not given", MISSING_PARAMETER)


@rule("tweet.media_mix")
def media_mix(ctx: RuleContext) -> Iterator[Violation]:
    name = ctx.args["parameter"]
    limits: dict[str, int] = ctx.args["limits"]
    counts = Counter(t for _where, key in values_at(ctx, name) if (t := media_type_of(str(key))) is not None)
    if len(counts) > 1:
        kinds = ", ".join(f"{n} {t}" for t, n in sorted(counts.items()))
        yield ctx.violation(name, f"`{name}` mixes media types ({kinds}); use one type only")
        return
    for media_type, count in counts.items():
        if media_type in limits and count > limits[media_type]:
            yield ctx.violation(name, f"`{name}` has {count} {media_type} items; at most {limits[media_type]}")


@rule("tweet.promotable_user")
def promotable_user(ctx: RuleContext) -> Iterator[Violation]:
    name = ctx.args["parameter"]
    if not given(ctx, name):
        return
    account = ctx.need_resolver().account(ctx.account_id)
    if account is not None and str(ctx.params[name]) not in account.promotable_user_ids:
        yield ctx.violation(name, f"`{name}` {ctx.params[name]} is not a promotable user of the account")


def _window(ctx: RuleContext, minutes: int) -> tuple[datetime, datetime] | None:
    moment = parse_time(ctx.params.get(ctx.args["parameter"]))
    if moment is None:
        return None
    start = moment.replace(minute=moment.minute - moment.minute % minutes, second=0, microsecond=0)
    return start, start + timedelta(minutes=minutes)


@rule("scheduled_tweet.window_limit")
def window_limit(ctx: RuleContext) -> Iterator[Violation]:
    """Windows are the clock's quarter hours (…:00, :15, :30, :45) holding scheduled_at."""
    minutes, most = int(ctx.args["window_minutes"]), int(ctx.args["max"])
    window = _window(ctx, minutes)
    if window is None:
        return
    start, end = window
    except_id = ctx.params.get(ctx.args["except"]) if "except" in ctx.args else None
    taken = ctx.need_resolver().scheduled_tweets_between(ctx.account_id, start, end, except_id)
    if taken >= most:
        name = ctx.args["parameter"]
        yield ctx.violation(
            name,
            f"{taken} Tweets are already scheduled between {start:%H:%M} and {end:%H:%M} UTC; "
            f"at most {most} per {minutes} minutes",
            str(ctx.args["code"]),
        )


@rule("scheduled_tweet.editable_until_scheduled_at")
def editable_until_scheduled_at(ctx: RuleContext) -> Iterator[Violation]:
    """The Tweet goes live at its scheduled_at rounded down to the granularity; edits stop then."""
    name = ctx.args["tweet"]
    facts = ctx.need_resolver().scheduled_tweet(ctx.account_id, str(ctx.params.get(name, "")))
    if facts is None:
        return
    live_at = truncate(facts.scheduled_at, int(ctx.args.get("granularity_seconds", 1)))
    if facts.scheduled_status != "SCHEDULED" or live_at <= ctx.now:
        yield ctx.violation(
            name, f"the scheduled Tweet went live at {live_at:%Y-%m-%dT%H:%M:%SZ} and can no longer change"
        )


@rule("scheduled_tweet.still_scheduled")
def still_scheduled(ctx: RuleContext) -> Iterator[Violation]:
    name = ctx.args["parameter"]
    facts = ctx.need_resolver().scheduled_tweet(ctx.account_id, str(ctx.params.get(name, "")))
    if facts is None:
        yield ctx.violation(name, f"no scheduled Tweet {ctx.params.get(name)} in this account", NOT_FOUND)
    elif facts.scheduled_status != "SCHEDULED":
        yield ctx.violation(name, f"the scheduled Tweet is {facts.scheduled_status}, not SCHEDULED")


def author_refusal(
    account: AccountFacts, signer: str, author: str, nullcast: bool, permission: str
) -> tuple[str, str] | None:
    """Whom a signer may Tweet as, per the reference: the FULL promotable user as itself, organic or
    not; a user with `permission` (TWEET_COMPOSER) only for the FULL promotable user and only
    promoted-only; nobody else. Returns (code, reason) when refused: UNAUTHORIZED_ACCESS for the
    author, INVALID_PARAMETER for nullcast."""
    full = account.full_promotable_user_id
    if signer == full:
        return None if author == full else (UNAUTHORIZED_ACCESS, f"the FULL promotable user may not Tweet for {author}")
    if signer not in account.tweet_composer_ids:
        return UNAUTHORIZED_ACCESS, f"the authenticated user may not Tweet for {author}; it needs {permission}"
    if author != full:
        return UNAUTHORIZED_ACCESS, f"a {permission} user may Tweet only for the FULL promotable user, not {author}"
    if not nullcast:
        return INVALID_PARAMETER, f"a {permission} user may create only promoted-only Tweets (nullcast=true)"
    return None


@rule("tweet.author_permission")
def author_permission(ctx: RuleContext) -> Iterator[Violation]:
    """On create the author is `author` (default the FULL user) and nullcast defaults to true; on
    update (`tweet` names the stored Tweet) both come from the stored Tweet unless nullcast is given."""
    resolver = ctx.need_resolver()
    signer = resolver.authenticated_user_id()
    account = resolver.account(ctx.account_id)
    if signer is None or account is None:
        return
    nullcast_param = ctx.args["nullcast"]
    if "tweet" in ctx.args:
        author_param = ctx.args["tweet"]
        stored = resolver.tweet(ctx.account_id, ctx.args["tweet_type"], str(ctx.params.get(author_param, "")))
        if stored is None:
            return  # the operation answers 404 for a Tweet the account does not have
        author, nullcast = stored.user_id, stored.nullcast
    else:
        author_param = ctx.args["author"]
        named = str(ctx.params[author_param]) if given(ctx, author_param) else account.full_promotable_user_id
        if named is None:
            return
        author, nullcast = named, True
    if given(ctx, nullcast_param):
        nullcast = ctx.params[nullcast_param] is not False
    refused = author_refusal(account, signer, author, nullcast, ctx.args["permission"])
    if refused is not None:
        code, reason = refused
        yield ctx.violation(nullcast_param if code == INVALID_PARAMETER else author_param, reason, code)


@rule("tweet.card_in_account")
def card_in_account(ctx: RuleContext) -> Iterator[Violation]:
    name = ctx.args["parameter"]
    if given(ctx, name) and not ctx.need_resolver().card_exists(ctx.account_id, str(ctx.params[name])):
        yield ctx.violation(name, f"`{name}` {ctx.params[name]} is not a card of the account")


@rule("promoted_tweet.published_tweets")
def published_tweets(ctx: RuleContext) -> Iterator[Violation]:
    resolver = ctx.need_resolver()
    for where, tweet_id in values_at(ctx, ctx.args["parameter"]):
        if not resolver.published_tweet_exists(ctx.account_id, str(tweet_id)):
            yield ctx.violation(where, f"`{where}` {tweet_id} is not a published Tweet of the account")


@rule("line_item.objective")
def line_item_objective(ctx: RuleContext) -> Iterator[Violation]:
    """The line item's objective must be one of `objectives`, or not one of `not_objectives`."""
    name = ctx.args["parameter"]
    if not given(ctx, name):
        return
    facts = ctx.need_resolver().line_item(ctx.account_id, str(ctx.params[name]))
    if facts is None or facts.objective is None:
        return
    allowed: list[str] | None = ctx.args.get("objectives")
    refused: list[str] = ctx.args.get("not_objectives", [])
    if allowed is not None and facts.objective not in allowed:
        yield ctx.violation(
            name,
            f"line item {ctx.params[name]} has the objective {facts.objective}; this needs {' or '.join(allowed)}",
        )
    elif facts.objective in refused:
        yield ctx.violation(
            name, f"line item {ctx.params[name]} has the objective {facts.objective}, which cannot take this"
        )
