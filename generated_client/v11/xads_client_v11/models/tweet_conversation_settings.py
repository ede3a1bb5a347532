from enum import StrEnum


class TweetConversationSettings(StrEnum):
    EVERYONE = "EVERYONE"
    FOLLOWING = "FOLLOWING"
    MENTIONED_USERS = "MENTIONED_USERS"

    def __str__(self) -> str:
        return str(self.value)
