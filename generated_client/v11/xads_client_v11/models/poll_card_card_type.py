from enum import StrEnum


class PollCardCardType(StrEnum):
    IMAGE_POLLS = "IMAGE_POLLS"
    TEXT_POLLS = "TEXT_POLLS"
    VIDEO_POLLS = "VIDEO_POLLS"

    def __str__(self) -> str:
        return str(self.value)
