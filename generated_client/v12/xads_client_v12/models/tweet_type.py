from enum import StrEnum


class TweetType(StrEnum):
    DRAFT = "DRAFT"
    PUBLISHED = "PUBLISHED"
    SCHEDULED = "SCHEDULED"

    def __str__(self) -> str:
        return str(self.value)
