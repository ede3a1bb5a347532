"""Facts that stateful rules need from stored data, asked through one small interface.

The emulator answers from its database; a client may answer from the live API, or pass
no resolver at all, in which case stateful rules are skipped and reported as such.
Every method answers for one ads account, the one the request acts on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True, slots=True)
class MediaFacts:
    """What the media library knows of one media key."""

    media_key: str
    media_type: str  # IMAGE, GIF or VIDEO
    width: int | None = None
    height: int | None = None
    media_category: str | None = None


@dataclass(frozen=True, slots=True)
class AccountFacts:
    account_id: str
    business_id: str | None = None
    features: frozenset[str] = field(default_factory=frozenset)
    promotable_user_ids: frozenset[str] = field(default_factory=frozenset)
    full_promotable_user_id: str | None = None
    tweet_composer_ids: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True, slots=True)
class AudienceFacts:
    """An audience as seen from one account: the owner, or a share with its level."""

    owner_account_id: str
    audience_type: str
    permission_level: str | None  # None for the owner; READ_ONLY or READ_WRITE for a share


@dataclass(frozen=True, slots=True)
class LineItemFacts:
    """What rules about promotion need of a line item."""

    line_item_id: str
    objective: str | None = None


@dataclass(frozen=True, slots=True)
class TweetFacts:
    """A stored published, draft or scheduled Tweet: who it is for and whether it is promoted-only."""

    user_id: str
    nullcast: bool


@dataclass(frozen=True, slots=True)
class ScheduledTweetFacts:
    scheduled_at: datetime
    scheduled_status: str


class Resolver(Protocol):
    def media(self, account_id: str, media_key: str) -> MediaFacts | None:
        """The library entry, or None when the account's library lacks the key."""
        ...

    def uploaded_media(self, account_id: str, media_key: str) -> MediaFacts | None:
        """Media the account uploaded, whether or not it is in the library yet; None if never uploaded."""
        ...

    def account(self, account_id: str) -> AccountFacts | None: ...

    def custom_audience(self, account_id: str, custom_audience_id: str) -> AudienceFacts | None: ...

    def custom_audience_name_taken(self, account_id: str, name: str, except_id: str | None) -> bool: ...

    def has_do_not_reach_list(self, account_id: str) -> bool: ...

    def scheduled_tweets_between(self, account_id: str, start: datetime, end: datetime, except_id: str | None) -> int:
        """How many SCHEDULED tweets of the account go live in [start, end)."""
        ...

    def scheduled_tweet(self, account_id: str, scheduled_tweet_id: str) -> ScheduledTweetFacts | None: ...

    def line_item_exists(self, account_id: str, line_item_id: str) -> bool: ...

    def line_item(self, account_id: str, line_item_id: str) -> LineItemFacts | None: ...

    def published_tweet_exists(self, account_id: str, tweet_id: str) -> bool: ...

    def tweet(self, account_id: str, tweet_type: str, tweet_id: str) -> TweetFacts | None:
        """The account's Tweet of `tweet_type` (PUBLISHED, DRAFT or SCHEDULED), or None."""
        ...

    def card_exists(self, account_id: str, card_uri: str) -> bool:
        """Whether `card_uri` names a card of the account (cards are never shared)."""
        ...

    def authenticated_user_id(self) -> str | None:
        """The user whose access token signed the request, when the resolver knows it."""
        ...
