from enum import StrEnum


class FlexibleAudienceParamsAudienceType(StrEnum):
    FLEXIBLE = "FLEXIBLE"
    MOBILE_AUDIENCE = "MOBILE_AUDIENCE"

    def __str__(self) -> str:
        return str(self.value)
