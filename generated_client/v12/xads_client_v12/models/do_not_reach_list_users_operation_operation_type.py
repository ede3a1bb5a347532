from enum import StrEnum


class DoNotReachListUsersOperationOperationType(StrEnum):
    DELETE = "Delete"
    UPDATE = "Update"

    def __str__(self) -> str:
        return str(self.value)
