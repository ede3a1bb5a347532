from enum import StrEnum


class MediaLibraryMediaType(StrEnum):
    GIF = "GIF"
    IMAGE = "IMAGE"
    VIDEO = "VIDEO"

    def __str__(self) -> str:
        return str(self.value)
