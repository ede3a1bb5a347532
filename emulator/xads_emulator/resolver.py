"""The validators' Resolver answered from the emulator's database."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from xads_emulator import kinds
from xads_emulator.sharing import card_by_uri, find_audience, visible
from xads_emulator.storage import Store
from xads_validators import AccountFacts, AudienceFacts, MediaFacts, ScheduledTweetFacts
from xads_validators.resolver import LineItemFacts, TweetFacts

# Where each `tweet_type` is stored.
TWEET_KINDS = {"PUBLISHED": kinds.TWEETS, "DRAFT": kinds.DRAFT_TWEETS, "SCHEDULED": kinds.SCHEDULED_TWEETS}


class StoreResolver:
    """Answers for one request (`for_user` makes one per request), whose rules all run before its
    operation writes: so an item read once is kept, and the rules of a carousel that each ask
    for the same media, or of a call to action that check its line item twice, read it once."""

    def __init__(self, store: Store, user_id: str | None = None, fresh_uploads: bool = True) -> None:
        """`fresh_uploads=False` when judging a scheduled Tweet at go-live: that is not "directly
        after the upload" (uploads expire after a day live; the emulator's never do)."""
        self._store = store
        self._user_id = user_id
        self._fresh_uploads = fresh_uploads
        self._seen: dict[tuple[str, str, str], dict[str, Any] | None] = {}

    def _visible(self, account_id: str, kind: str, item_id: str) -> dict[str, Any] | None:
        key = (account_id, kind, item_id)
        if key not in self._seen:
            self._seen[key] = visible(self._store, account_id, kind, item_id)
        return self._seen[key]

    def for_user(self, user_id: str) -> StoreResolver:
        """The same facts, answering for the user who signed this request."""
        return StoreResolver(self._store, user_id, self._fresh_uploads)

    def authenticated_user_id(self) -> str | None:
        return self._user_id

    def published_tweet_exists(self, account_id: str, tweet_id: str) -> bool:
        return self._visible(account_id, kinds.TWEETS, tweet_id) is not None

    def tweet(self, account_id: str, tweet_type: str, tweet_id: str) -> TweetFacts | None:
        item = self._visible(account_id, TWEET_KINDS[tweet_type], tweet_id)
        return None if item is None else TweetFacts(str(item.get("user_id")), item.get("nullcast", True) is not False)

    def card_exists(self, account_id: str, card_uri: str) -> bool:
        return card_by_uri(self._store, account_id, card_uri) is not None

    def media(self, account_id: str, media_key: str) -> MediaFacts | None:
        item = self._visible(account_id, kinds.MEDIA_LIBRARY, media_key)
        if item is None:
            return None
        return MediaFacts(
            media_key, item["media_type"], item.get("_width"), item.get("_height"), item.get("media_category")
        )

    def uploaded_media(self, account_id: str, media_key: str) -> MediaFacts | None:
        item = self._store.get(kinds.UPLOADS, account_id, media_key) if self._fresh_uploads else None
        if item is None:
            return None
        return MediaFacts(
            media_key, item["media_type"], item.get("width"), item.get("height"), item.get("media_category")
        )

    def account(self, account_id: str) -> AccountFacts | None:
        item = self._store.get(kinds.ACCOUNTS, account_id, account_id)
        if item is None:
            return None
        users = item.get("_promotable_users", [])
        return AccountFacts(
            account_id,
            item.get("business_id"),
            frozenset(item.get("_features", [])),
            frozenset(str(u["user_id"]) for u in users),
            next((str(u["user_id"]) for u in users if u.get("promotable_user_type") == "FULL"), None),
            frozenset(str(u["user_id"]) for u in users if u.get("promotable_user_type") == "TWEET_COMPOSER"),
        )

    def custom_audience(self, account_id: str, custom_audience_id: str) -> AudienceFacts | None:
        found = find_audience(self._store, account_id, custom_audience_id)
        if found is None:
            return None
        return AudienceFacts(found.owner_account_id, found.audience.get("audience_type", "CRM"), found.permission_level)

    def custom_audience_name_taken(self, account_id: str, name: str, except_id: str | None) -> bool:
        same = self._store.find((kinds.CUSTOM_AUDIENCES,), account_id, "name", [name])
        return any(a["id"] != except_id for a in same)

    def has_do_not_reach_list(self, account_id: str) -> bool:
        return bool(self._store.page(kinds.DO_NOT_REACH_LISTS, account_id, count=1).items)

    def scheduled_tweets_between(self, account_id: str, start: datetime, end: datetime, except_id: str | None) -> int:
        return self._store.count_scheduled(account_id, start, end, except_id)

    def scheduled_tweet(self, account_id: str, scheduled_tweet_id: str) -> ScheduledTweetFacts | None:
        item = self._store.get(kinds.SCHEDULED_TWEETS, account_id, scheduled_tweet_id, with_deleted=False)
        if item is None:
            return None
        moment = datetime.fromisoformat(item["scheduled_at"].replace("Z", "+00:00"))
        return ScheduledTweetFacts(moment, item["scheduled_status"])

    def line_item_exists(self, account_id: str, line_item_id: str) -> bool:
        return self._visible(account_id, kinds.LINE_ITEMS, line_item_id) is not None

    def line_item(self, account_id: str, line_item_id: str) -> LineItemFacts | None:
        item = self._visible(account_id, kinds.LINE_ITEMS, line_item_id)
        return None if item is None else LineItemFacts(line_item_id, item.get("objective"))
