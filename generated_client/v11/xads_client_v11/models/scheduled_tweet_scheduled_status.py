from enum import StrEnum


class ScheduledTweetScheduledStatus(StrEnum):
    DELETED = "DELETED"
    FAILED = "FAILED"
    SCHEDULED = "SCHEDULED"
    SUCCESS = "SUCCESS"

    def __str__(self) -> str:
        return str(self.value)
