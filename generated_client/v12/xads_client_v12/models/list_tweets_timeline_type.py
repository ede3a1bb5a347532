from enum import StrEnum


class ListTweetsTimelineType(StrEnum):
    ALL = "ALL"
    NULLCAST = "NULLCAST"
    ORGANIC = "ORGANIC"

    def __str__(self) -> str:
        return str(self.value)
