"""An in-memory Resolver for the rule tests: the stored facts a test sets up, nothing more."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from xads_validators import AccountFacts, AudienceFacts, MediaFacts, ScheduledTweetFacts
from xads_validators.resolver import LineItemFacts, TweetFacts


@dataclass
class MemoryResolver:
    media_items: dict[str, MediaFacts] = field(default_factory=dict)
    uploads: dict[str, MediaFacts] = field(default_factory=dict)  # uploaded, not (yet) in the library
    accounts: dict[str, AccountFacts] = field(default_factory=dict)
    audiences: dict[str, AudienceFacts] = field(default_factory=dict)
    audience_names: set[str] = field(default_factory=set)
    do_not_reach: bool = False
    scheduled: dict[str, ScheduledTweetFacts] = field(default_factory=dict)
    line_items: set[str] = field(default_factory=set)
    objectives: dict[str, str] = field(default_factory=dict)  # line item id -> objective
    published: set[str] = field(default_factory=set)
    tweets: dict[tuple[str, str], TweetFacts] = field(default_factory=dict)  # (tweet_type, id) -> facts
    cards: set[str] = field(default_factory=set)  # card URIs of the account
    caller: str | None = None

    def media(self, account_id: str, media_key: str) -> MediaFacts | None:
        return self.media_items.get(media_key)

    def uploaded_media(self, account_id: str, media_key: str) -> MediaFacts | None:
        return self.uploads.get(media_key) or self.media_items.get(media_key)

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
        return self.line_item(account_id, line_item_id) is not None

    def line_item(self, account_id: str, line_item_id: str) -> LineItemFacts | None:
        if line_item_id not in self.line_items and line_item_id not in self.objectives:
            return None
        return LineItemFacts(line_item_id, self.objectives.get(line_item_id))

    def published_tweet_exists(self, account_id: str, tweet_id: str) -> bool:
        return tweet_id in self.published

    def tweet(self, account_id: str, tweet_type: str, tweet_id: str) -> TweetFacts | None:
        return self.tweets.get((tweet_type, tweet_id))

    def card_exists(self, account_id: str, card_uri: str) -> bool:
        return card_uri in self.cards

    def authenticated_user_id(self) -> str | None:
        return self.caller
