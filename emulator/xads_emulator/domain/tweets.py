"""Tweets, drafts and scheduled Tweets: who they belong to, going live, previews, promotion."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from xads_emulator import kinds
from xads_emulator.calls import Call, envelope, not_found
from xads_emulator.clock import iso
from xads_emulator.domain import DECORATORS, HANDLERS
from xads_emulator.engine import public
from xads_emulator.resolver import StoreResolver
from xads_emulator.storage import Store
from xads_spec import supported_versions
from xads_validators import RequestValidator

CLASSIC_TIME = "%a %b %d %H:%M:%S +0000 %Y"


def full_promotable_user(call: Call) -> str:
    account = call.store.get(kinds.ACCOUNTS, call.account_id, call.account_id) or {}
    users = account.get("_promotable_users", [])
    full = [u for u in users if u.get("promotable_user_type") == "FULL"]
    return str((full or users or [{"user_id": call.user.user_id}])[0]["user_id"])


def tweet_fields(call: Call, item: dict[str, Any]) -> None:
    """Drafts and scheduled Tweets: the author, and the fields the reference always returns."""
    item["user_id"] = str(item.pop("as_user_id", None) or item.get("user_id") or full_promotable_user(call))
    item.setdefault("text", "")
    item.setdefault("name", None)
    item.setdefault("card_uri", None)
    item.setdefault("media_keys", [])
    item.setdefault("nullcast", True)


def scheduled_fields(call: Call, item: dict[str, Any]) -> None:
    tweet_fields(call, item)
    moment = item.get("scheduled_at")
    if isinstance(moment, str):
        parsed = (
            datetime.fromisoformat(moment.replace("Z", "+00:00"))
            if "T" in moment
            else datetime.fromisoformat(moment + "T00:00:00+00:00")
        )
        item["scheduled_at"] = iso(parsed.replace(second=0))  # minute precision, as the reference says
    item.setdefault("scheduled_status", "SCHEDULED")
    item.setdefault("tweet_id", None)
    item.setdefault("completed_at", None)


def deleted_draft(call: Call, item: dict[str, Any]) -> None:
    item["status"] = "DELETED"


def deleted_scheduled(call: Call, item: dict[str, Any]) -> None:
    item["scheduled_status"] = "DELETED"


def _tweet_view(item: dict[str, Any], tweet_type: str) -> dict[str, Any]:
    view = public(item)
    tweet_id = str(item.get("id"))
    return {
        **view,
        "id": int(tweet_id) if tweet_id.isdigit() else tweet_id,
        "id_str": tweet_id,
        "tweet_id": tweet_id,
        "full_text": item.get("text", ""),
        "tweet_type": tweet_type,
    }


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
    call.store.put(kinds.TWEETS, call.account_id, tweet_id, item)
    view = _tweet_view(item, "PUBLISHED")
    view.pop("conversation_settings")  # the reference: not echoed by the create answer
    view["user"] = {"id": int(item["user_id"]), "id_str": item["user_id"]}
    return envelope(call, view)


_TYPES = {"PUBLISHED": kinds.TWEETS, "DRAFT": kinds.DRAFT_TWEETS, "SCHEDULED": kinds.SCHEDULED_TWEETS}


def list_tweets(call: Call) -> dict[str, Any]:
    tweet_type = str(call.params["tweet_type"])
    ids = {str(i) for i in call.params.get("tweet_ids", [])}
    user = str(call.params.get("user_id") or full_promotable_user(call))
    timeline = call.params.get("timeline_type", "NULLCAST")
    name = str(call.params.get("name", "")).lower()
    items = [
        _tweet_view(t, tweet_type)
        for t in call.store.all(_TYPES[tweet_type], call.account_id)
        if not t.get("deleted")
        and (not ids or str(t["id"]) in ids)
        and str(t.get("user_id")) == user
        and (timeline == "ALL" or t.get("nullcast", True) == (timeline == "NULLCAST"))
        and str(t.get("name") or "").lower().startswith(name)
    ]
    count = int(call.params.get("count", 200))
    return envelope(call, items[:count], next_cursor=None)


def update_tweet_name(call: Call) -> dict[str, Any]:
    tweet_id = str(call.params["tweet_id"])
    item = call.store.get(kinds.TWEETS, call.account_id, tweet_id)
    if item is None:
        raise not_found("Tweet", "tweet_id")
    item["name"] = call.params.get("name")
    call.store.put(kinds.TWEETS, call.account_id, tweet_id, item)
    return envelope(call, _tweet_view(item, "PUBLISHED"))


def preview_draft_tweet(call: Call) -> dict[str, Any]:
    if call.store.get(kinds.DRAFT_TWEETS, call.account_id, str(call.params["draft_tweet_id"])) is None:
        raise not_found("draft Tweet", "draft_tweet_id")
    handle = call.user.screen_name or call.user.user_id
    return {
        "request": {"params": call.params},
        "message": f"See @{handle}'s notifications in the X app to preview your Tweet.",
    }


def list_tweet_previews(call: Call) -> dict[str, Any]:
    kind = _TYPES[str(call.params["tweet_type"])]
    previews = [
        {
            "tweet_id": str(tweet_id),
            "preview": f"<iframe class='tweet-preview' src='https://ton.twimg.com/ads-manager/tweet-preview/index.html?data={tweet_id}'>",
        }
        for tweet_id in call.params["tweet_ids"]
        if call.store.get(kind, call.account_id, str(tweet_id), with_deleted=False) is not None
    ]
    return envelope(call, previews)


def create_promoted_tweets(call: Call) -> dict[str, Any]:
    created = []
    for tweet_id in call.params["tweet_ids"]:
        if call.store.get(kinds.TWEETS, call.account_id, str(tweet_id)) is None:
            raise not_found("Tweet", "tweet_ids")
        item = {
            "id": call.base36_id(),
            "line_item_id": call.params["line_item_id"],
            "tweet_id": str(tweet_id),
            "entity_status": "ACTIVE",
            "approval_status": "ACCEPTED",
            "created_at": call.timestamp,
            "updated_at": call.timestamp,
            "deleted": False,
        }
        call.store.put(kinds.PROMOTED_TWEETS, call.account_id, item["id"], item)
        created.append(item)
    return envelope(call, created, total_count=len(created))


def go_live(store: Store, validator: RequestValidator, now: datetime) -> int:
    """Publish every scheduled Tweet whose time has come: SUCCESS with a tweet_id, or FAILED when
    the Tweet would be refused now (the reference runs the usual Tweet checks at scheduled_at)."""
    due = store.due_scheduled(now)
    with store.transaction():
        for account_id, item in due:
            params = {
                "account_id": account_id,
                "text": item.get("text") or None,
                "media_keys": item.get("media_keys") or None,
            }
            check = validator.validate_values(
                "create_tweet",
                max(supported_versions()),
                {k: v for k, v in params.items() if v is not None},
                resolver=StoreResolver(store),
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
                item["scheduled_status"] = "SUCCESS"
                item["tweet_id"] = tweet_id
                for promoted in store.all(kinds.SCHEDULED_PROMOTED_TWEETS, account_id):
                    if promoted.get("scheduled_tweet_id") == item["id"]:
                        promoted["tweet_id"] = tweet_id
                        store.put(kinds.SCHEDULED_PROMOTED_TWEETS, account_id, promoted["id"], promoted)
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
