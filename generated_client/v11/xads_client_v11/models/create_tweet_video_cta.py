from enum import StrEnum


class CreateTweetVideoCta(StrEnum):
    VISIT_SITE = "VISIT_SITE"
    WATCH_NOW = "WATCH_NOW"

    def __str__(self) -> str:
        return str(self.value)
