from enum import StrEnum


class CustomAudienceUsersOperationOperationType(StrEnum):
    DELETE = "Delete"
    UPDATE = "Update"

    def __str__(self) -> str:
        return str(self.value)
