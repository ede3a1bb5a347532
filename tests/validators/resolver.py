"""An in-memory Resolver for the rule tests: the stored facts a test sets up, nothing more."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from xads_validators import AccountFacts, AudienceFacts, MediaFacts, ScheduledTweetFacts


@dataclass
class MemoryResolver:
    media_items: dict[str, MediaFacts] = field(default_factory=dict)
    accounts: dict[str, AccountFacts] = field(default_factory=dict)
    audiences: dict[str, AudienceFacts] = field(default_factory=dict)
    audience_names: set[str] = field(default_factory=set)
    do_not_reach: bool = False
    scheduled: dict[str, ScheduledTweetFacts] = field(default_factory=dict)
    line_items: set[str] = field(default_factory=set)
    published: set[str] = field(default_factory=set)
    caller: str | None = None

    def media(self, account_id: str, media_key: str) -> MediaFacts | None:
        return self.media_items.get(media_key)

    def account(self, account_id: str) -> AccountFacts | None:
        return self.accounts.get(account_id)

    def custom_audience(self, account_id: str, custom_audience_id: str) -> AudienceFacts | None:
        return self.audiences.get(custom_audience_id)

    def custom_audience_name_taken(self, account_id: str, name: str, except_id: str | None) -> bool:
        return name in self.audience_names

    def has_do_not_reach_list(self, account_id: str) -> bool:
        return self.do_not_reach

    def scheduled_tweets_between(self, account_id: str, start: datetime, end: datetime, except_id: str | None) -> int:
        return sum(
            1
            for key, facts in self.scheduled.items()
            if key != except_id and facts.scheduled_status == "SCHEDULED" and start <= facts.scheduled_at < end
        )

    def scheduled_tweet(self, account_id: str, scheduled_tweet_id: str) -> ScheduledTweetFacts | None:
        return self.scheduled.get(scheduled_tweet_id)

    def line_item_exists(self, account_id: str, line_item_id: str) -> bool:
        return line_item_id in self.line_items

    def published_tweet_exists(self, account_id: str, tweet_id: str) -> bool:
        return tweet_id in self.published

    def authenticated_user_id(self) -> str | None:
        return self.caller
