from enum import StrEnum


class CardButtonLabelValue(StrEnum):
    BOOK = "BOOK"
    CONNECT = "CONNECT"
    INSTALL = "INSTALL"
    OPEN = "OPEN"
    ORDER = "ORDER"
    PLAY = "PLAY"
    SHOP = "SHOP"

    def __str__(self) -> str:
        return str(self.value)
