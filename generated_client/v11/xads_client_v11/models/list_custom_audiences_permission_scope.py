from enum import StrEnum


class ListCustomAudiencesPermissionScope(StrEnum):
    OWNER = "OWNER"
    SHARED = "SHARED"

    def __str__(self) -> str:
        return str(self.value)
