from enum import StrEnum


class VideoConversationCardCardType(StrEnum):
    VIDEO_CONVERSATION = "VIDEO_CONVERSATION"

    def __str__(self) -> str:
        return str(self.value)
