from enum import StrEnum


class MediaLibraryMediaCategory(StrEnum):
    AMPLIFY_VIDEO = "AMPLIFY_VIDEO"
    TWEET_GIF = "TWEET_GIF"
    TWEET_IMAGE = "TWEET_IMAGE"
    TWEET_VIDEO = "TWEET_VIDEO"

    def __str__(self) -> str:
        return str(self.value)
