from enum import StrEnum


class CreateTweetTweetMode(StrEnum):
    COMPAT = "compat"
    EXTENDED = "extended"

    def __str__(self) -> str:
        return str(self.value)
