from enum import StrEnum


class SearchKeywordInsightsGranularity(StrEnum):
    DAY = "DAY"
    HOUR = "HOUR"

    def __str__(self) -> str:
        return str(self.value)
