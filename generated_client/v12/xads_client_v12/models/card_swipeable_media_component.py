from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="CardSwipeableMediaComponent")


@_attrs_define
class CardSwipeableMediaComponent:
    """Two to six images or videos, swiped through in the order given (media component).

    Attributes:
        type_ (Literal['SWIPEABLE_MEDIA']):
        media_keys (list[str]):
    """

    type_: Literal["SWIPEABLE_MEDIA"]
    media_keys: list[str]

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        media_keys = self.media_keys

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "media_keys": media_keys,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["SWIPEABLE_MEDIA"], d.pop("type"))
        if type_ != "SWIPEABLE_MEDIA":
            raise ValueError(f"type must match const 'SWIPEABLE_MEDIA', got '{type_}'")

        media_keys = cast(list[str], d.pop("media_keys"))

        card_swipeable_media_component = cls(
            type_=type_,
            media_keys=media_keys,
        )

        return card_swipeable_media_component
