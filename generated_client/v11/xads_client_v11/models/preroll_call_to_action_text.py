from enum import StrEnum


class PrerollCallToActionText(StrEnum):
    GO_TO = "GO_TO"
    SEE_MORE = "SEE_MORE"
    SHOP = "SHOP"
    VISIT_SITE = "VISIT_SITE"
    WATCH_NOW = "WATCH_NOW"

    def __str__(self) -> str:
        return str(self.value)
