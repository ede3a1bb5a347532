from enum import StrEnum


class ImageConversationCardCardType(StrEnum):
    IMAGE_CONVERSATION = "IMAGE_CONVERSATION"

    def __str__(self) -> str:
        return str(self.value)
