"""Facts that stateful rules need from stored data, asked through one small interface.

The emulator answers from its database; a client may answer from the live API, or pass
no resolver at all, in which case stateful rules are skipped and reported as such.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True, slots=True)
class MediaFacts:
    """What the media library knows of one media key."""

    media_key: str
    media_type: str  # IMAGE, GIF or VIDEO
    media_category: str | None
    width: int | None
    height: int | None


class Resolver(Protocol):
    def media(self, account_id: str, media_key: str) -> MediaFacts | None:
        """The library entry for `media_key`, or None when the account's library lacks it."""
        ...

    def custom_audience_name_taken(self, account_id: str, name: str, except_id: str | None) -> bool: ...

    def custom_audience(self, account_id: str, custom_audience_id: str) -> dict[str, object] | None:
        """Facts about an audience as seen from `account_id`: `owner_account_id`, `audience_type`,
        `permission_level` (None for the owner, READ_ONLY or READ_WRITE for a share)."""
        ...

    def has_do_not_reach_list(self, account_id: str) -> bool: ...

    def scheduled_tweets_between(
        self, account_id: str, start: datetime, end: datetime, except_id: str | None
    ) -> int:
        """How many live scheduled tweets of the account are scheduled in [start, end)."""
        ...

    def scheduled_tweet(self, account_id: str, scheduled_tweet_id: str) -> dict[str, object] | None:
        """`scheduled_at` (datetime) and `scheduled_status` of a scheduled tweet."""
        ...

    def account_features(self, account_id: str) -> frozenset[str]: ...
