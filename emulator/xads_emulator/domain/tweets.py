"""Tweets, drafts and scheduled Tweets: who they belong to, going live, previews, promotion."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from xads_emulator import kinds
from xads_emulator.calls import ApiError, Call, envelope, not_found
from xads_emulator.clock import iso
from xads_emulator.domain import DECORATORS, HANDLERS
from xads_emulator.domain.media import tweet_media
from xads_emulator.engine import default_of
from xads_emulator.ids import base36_id
from xads_emulator.resolver import TWEET_KINDS, StoreResolver
from xads_emulator.storage import CursorError, Store
from xads_spec import supported_versions
from xads_validators import RequestValidator
from xads_validators.rules.media import media_type_of
from xads_validators.rules.registry import parse_time
from xads_validators.rules.timing import granularity, truncate

CLASSIC_TIME = "%a %b %d %H:%M:%S +0000 %Y"


def full_promotable_user(call: Call) -> str:
    account = call.store.get(kinds.ACCOUNTS, call.account_id, call.account_id) or {}
    users = account.get("_promotable_users", [])
    full = [u for u in users if u.get("promotable_user_type") == "FULL"]
    return str((full or users or [{"user_id": call.user.user_id}])[0]["user_id"])


def tweet_fields(call: Call, item: dict[str, Any]) -> None:
    """Drafts and scheduled Tweets: the author, who last signed its content (a scheduled Tweet goes
    live with that signer's permissions), and the fields the reference always returns."""
    item["user_id"] = str(item.pop("as_user_id", None) or item.get("user_id") or full_promotable_user(call))
    item["_signed_by"] = call.user.user_id
    item.setdefault("text", "")
    item.setdefault("name", None)
    item.setdefault("card_uri", None)
    item.setdefault("media_keys", [])
    item.setdefault("nullcast", True)


def scheduled_fields(call: Call, item: dict[str, Any]) -> None:
    """Kept as the rules judged it: scheduled_at rounded down to its granularity (the minute)."""
    tweet_fields(call, item)
    moment = parse_time(item.get("scheduled_at"))
    if moment is not None:
        item["scheduled_at"] = iso(truncate(moment, granularity(call.operation, "scheduled_at")))
    item.setdefault("scheduled_status", "SCHEDULED")
    item.setdefault("tweet_id", None)
    item.setdefault("completed_at", None)


def deleted_draft(call: Call, item: dict[str, Any]) -> None:
    item["status"] = "DELETED"


def deleted_scheduled(call: Call, item: dict[str, Any]) -> None:
    item["scheduled_status"] = "DELETED"


_HASHTAG = re.compile(r"(?<!\w)#(\w+)")
_MENTION = re.compile(r"(?<!\w)@(\w{1,15})")
_URL = re.compile(r"https?://\S+")
_MEDIA_KIND = {"IMAGE": "photo", "VIDEO": "video", "GIF": "animated_gif"}
SOURCE = '<a href="https://ads-api.x.com" rel="nofollow">Ads API Internal Test App</a>'


def _entities(text: str, media_keys: list[str]) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """Classic `entities` found in the text, and `extended_entities` for the media."""
    media = [
        {"media_key": key, "id_str": key.partition("_")[2], "type": _MEDIA_KIND.get(media_type_of(key) or "", "photo")}
        for key in media_keys
    ]
    entities: dict[str, Any] = {
        "hashtags": [{"text": m.group(1), "indices": [m.start(), m.end()]} for m in _HASHTAG.finditer(text)],
        "symbols": [],
        "user_mentions": [
            {"screen_name": m.group(1), "indices": [m.start(), m.end()]} for m in _MENTION.finditer(text)
        ],
        "urls": [
            {"url": m.group(0), "expanded_url": m.group(0), "indices": [m.start(), m.end()]}
            for m in _URL.finditer(text)
        ],
    }
    if media:
        entities["media"] = media[:1]
    return entities, ({"media": media} if media else None)


def screen_names(call: Call) -> dict[str, str]:
    """Screen names of the account's promotable users that the seed knows."""
    account = call.store.get(kinds.ACCOUNTS, call.account_id, call.account_id) or {}
    return {
        str(u["user_id"]): str(u["screen_name"]) for u in account.get("_promotable_users", []) if u.get("screen_name")
    }


def _author(user_id: str, trim_user: bool, names: dict[str, str]) -> dict[str, Any]:
    user: dict[str, Any] = {"id": user_id}  # a digit string; no `id_str` since version 11 (spec: Tweet x-fidelity)
    if not trim_user:
        screen_name = names.get(user_id) or f"user{user_id}"
        user.update(name=screen_name, screen_name=screen_name)
    return user


def tweet_view(
    call: Call, item: dict[str, Any], tweet_type: str, names: dict[str, str] | None = None
) -> dict[str, Any]:
    """A published, draft or scheduled Tweet in the classic Tweet format plus the Ads API fields."""
    tweet_id = str(item.get("id"))
    text = str(item.get("text") or "")
    entities, extended = _entities(text, [str(k) for k in item.get("media_keys") or []])
    created = item.get("_created_at") or item.get("created_at")
    if isinstance(created, str) and created.endswith("Z"):
        created = datetime.fromisoformat(created.replace("Z", "+00:00")).strftime(CLASSIC_TIME)
    view: dict[str, Any] = {
        "id": tweet_id,  # a digit string; no `_str` duplicates since version 11 (spec: Tweet x-fidelity)
        "tweet_id": tweet_id,
        "text": text,
        "full_text": text,
        "display_text_range": [0, len(text)],
        "truncated": False,
        "name": item.get("name"),
        "nullcast": item.get("nullcast", True),
        "tweet_type": tweet_type,
        "scheduled_status": item.get("scheduled_status"),
        "scheduled_at": item.get("scheduled_at"),
        "conversation_settings": item.get("conversation_settings", "EVERYONE"),
        "card_uri": item.get("card_uri"),
        "created_at": created,
        "source": SOURCE,
        "entities": entities,
        "user": _author(
            str(item.get("user_id")),
            bool(call.params.get("trim_user")),
            screen_names(call) if names is None else names,
        ),
        "in_reply_to_status_id": None,
        "in_reply_to_user_id": None,
        "in_reply_to_screen_name": None,
        "geo": None,
        "coordinates": None,
        "place": None,
        "contributors": None,
        "retweet_count": 0,
        "favorite_count": 0,
        "favorited": False,
        "retweeted": False,
        "scopes": {"followers": False},
        "lang": "en",
    }
    if extended:
        view["extended_entities"] = extended
    return view


def create_tweet(call: Call) -> dict[str, Any]:
    tweet_id = call.decimal_id()
    item = {
        "id": tweet_id,
        "text": call.params.get("text", ""),
        "name": call.params.get("name"),
        "nullcast": call.params.get("nullcast", True),
        "card_uri": call.params.get("card_uri"),
        "media_keys": call.params.get("media_keys", []),
        "conversation_settings": call.params.get("conversation_settings", "EVERYONE"),
        "user_id": str(call.params.get("as_user_id") or full_promotable_user(call)),
        "created_at": call.now.strftime(CLASSIC_TIME),
        "_created_at": call.timestamp,
    }
    for name in ("video_cta", "video_cta_value", "video_title", "video_description"):
        if name in call.params:
            item[name] = call.params[name]
    call.store.put(kinds.TWEETS, call.account_id, tweet_id, item)
    tweet_media(call.store, call.account_id, item["media_keys"], call.timestamp)
    view = tweet_view(call, item, "PUBLISHED")
    for hidden in ("conversation_settings", "tweet_type", "scheduled_status", "scheduled_at", "nullcast", "tweet_id"):
        view.pop(hidden)  # the reference's create answer is the classic Tweet only
    return envelope(call, view)


def list_tweets(call: Call) -> dict[str, Any]:
    """Tweets of one type by one promotable user, keyset-paged like every list."""
    params = call.params
    tweet_type = str(params["tweet_type"])
    equals: dict[str, Any] = {"user_id": str(params.get("user_id") or full_promotable_user(call))}
    timeline = params.get("timeline_type", "NULLCAST")
    if timeline != "ALL":
        equals["nullcast"] = timeline == "NULLCAST"
    ids = [str(i) for i in params.get("tweet_ids", [])]
    try:
        page = call.store.page(
            TWEET_KINDS[tweet_type],
            call.account_id,
            count=int(params.get("count", default_of(call.operation, "count", 200))),
            cursor=params.get("cursor"),
            equals=equals,
            any_of={"id": ids} if ids else None,
            prefix=(["name"], str(params["name"])) if "name" in params else None,
        )
    except CursorError as error:
        raise ApiError(400, "INVALID_PARAMETER", "The cursor is not one this server handed out", "cursor") from error
    names = screen_names(call)
    return envelope(call, [tweet_view(call, t, tweet_type, names) for t in page.items], next_cursor=page.next_cursor)


def update_tweet_name(call: Call) -> dict[str, Any]:
    tweet_id = str(call.params["tweet_id"])
    item = call.store.get(kinds.TWEETS, call.account_id, tweet_id)
    if item is None:
        raise not_found("Tweet", "tweet_id")
    item["name"] = call.params.get("name")
    call.store.put(kinds.TWEETS, call.account_id, tweet_id, item)
    return envelope(call, tweet_view(call, item, "PUBLISHED"))


def preview_draft_tweet(call: Call) -> dict[str, Any]:
    if call.store.get(kinds.DRAFT_TWEETS, call.account_id, str(call.params["draft_tweet_id"])) is None:
        raise not_found("draft Tweet", "draft_tweet_id")
    handle = call.user.screen_name or call.user.user_id
    return {
        "request": {"params": call.params},
        "message": f"See @{handle}'s notifications in the X app to preview your Tweet.",
    }


def list_tweet_previews(call: Call) -> dict[str, Any]:
    kind = TWEET_KINDS[str(call.params["tweet_type"])]
    previews = [
        {
            "tweet_id": str(tweet_id),
            "preview": f"<iframe class='tweet-preview' src='https://ton.twimg.com/ads-manager/tweet-preview/index.html?data={tweet_id}'>",
        }
        for tweet_id in call.params["tweet_ids"]
        if call.store.get(kind, call.account_id, str(tweet_id), with_deleted=False) is not None
    ]
    return envelope(call, previews)


def promoted_tweet(promoted_id: str, line_item_id: str, tweet_id: str, now: str) -> dict[str, Any]:
    return {
        "id": promoted_id,
        "line_item_id": line_item_id,
        "tweet_id": tweet_id,
        "entity_status": "ACTIVE",
        "approval_status": "ACCEPTED",
        "created_at": now,
        "updated_at": now,
        "deleted": False,
    }


def create_promoted_tweets(call: Call) -> dict[str, Any]:
    created = []
    for tweet_id in call.params["tweet_ids"]:
        if call.store.get(kinds.TWEETS, call.account_id, str(tweet_id)) is None:
            raise not_found("Tweet", "tweet_ids")
        item = promoted_tweet(call.base36_id(), str(call.params["line_item_id"]), str(tweet_id), call.timestamp)
        call.store.put(kinds.PROMOTED_TWEETS, call.account_id, item["id"], item)
        created.append(item)
    return envelope(call, created, total_count=len(created))


def go_live(store: Store, validator: RequestValidator, now: datetime) -> int:
    """Publish every scheduled Tweet whose time has come: SUCCESS with a tweet_id, or FAILED when
    the Tweet would be refused now (the reference runs the usual Tweet checks at scheduled_at),
    including the author and nullcast its last signer may Tweet with and its card."""
    due = store.due_scheduled(now)
    if not due:
        return 0
    with store.transaction():
        for account_id, item in due:
            params = {
                "account_id": account_id,
                "text": item.get("text") or None,
                "media_keys": item.get("media_keys") or None,
                "as_user_id": item.get("user_id"),
                "nullcast": item.get("nullcast", True),
                "card_uri": item.get("card_uri") or None,
            }
            check = validator.validate_values(
                "create_tweet",
                max(supported_versions()),
                {k: v for k, v in params.items() if v is not None},
                resolver=StoreResolver(store, item.get("_signed_by"), fresh_uploads=False),
                now=now,
            )
            item["completed_at"] = iso(now)
            if check.violations:
                item["scheduled_status"] = "FAILED"
            else:
                tweet_id = str(store.next_number("decimal", 1_500_000_000_000_000_000))
                tweet = {
                    "id": tweet_id,
                    "text": item.get("text", ""),
                    "name": item.get("name"),
                    "nullcast": item.get("nullcast", True),
                    "card_uri": item.get("card_uri"),
                    "media_keys": item.get("media_keys", []),
                    "user_id": item.get("user_id"),
                    "created_at": now.strftime(CLASSIC_TIME),
                }
                store.put(kinds.TWEETS, account_id, tweet_id, tweet)
                tweet_media(store, account_id, tweet["media_keys"], iso(now))
                item["scheduled_status"] = "SUCCESS"
                item["tweet_id"] = tweet_id
                for promoted in store.find(
                    (kinds.SCHEDULED_PROMOTED_TWEETS,), account_id, "scheduled_tweet_id", [item["id"]]
                ):
                    promoted["tweet_id"] = tweet_id
                    promoted["updated_at"] = iso(now)
                    store.put(kinds.SCHEDULED_PROMOTED_TWEETS, account_id, promoted["id"], promoted)
                    # The reference: going live also creates the Promoted Tweet on the same line item.
                    promoted_id = base36_id(store)
                    store.put(
                        kinds.PROMOTED_TWEETS,
                        account_id,
                        promoted_id,
                        promoted_tweet(promoted_id, promoted["line_item_id"], tweet_id, iso(now)),
                    )
            item["updated_at"] = iso(now)
            store.put(kinds.SCHEDULED_TWEETS, account_id, item["id"], item)
    return len(due)


def scheduled_promoted(call: Call, item: dict[str, Any]) -> None:
    item["scheduled_tweet_id"] = str(item["scheduled_tweet_id"])
    item["tweet_id"] = None


DECORATORS.update(
    create_draft_tweet=tweet_fields,
    update_draft_tweet=tweet_fields,
    delete_draft_tweet=deleted_draft,
    create_scheduled_tweet=scheduled_fields,
    update_scheduled_tweet=scheduled_fields,
    delete_scheduled_tweet=deleted_scheduled,
    create_scheduled_promoted_tweets=scheduled_promoted,
)
HANDLERS.update(
    create_tweet=create_tweet,
    list_tweets=list_tweets,
    update_tweet_name=update_tweet_name,
    preview_draft_tweet=preview_draft_tweet,
    list_tweet_previews=list_tweet_previews,
    create_promoted_tweets=create_promoted_tweets,
)
