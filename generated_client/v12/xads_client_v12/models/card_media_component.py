from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="CardMediaComponent")


@_attrs_define
class CardMediaComponent:
    """One image or video (media component).

    Attributes:
        type_ (Literal['MEDIA']):
        media_key (str): Media key, `<prefix>_<media id>`, e.g. `3_1151345051455819776`. The prefix tells the
            media type (`x-media-key-prefixes`): 3 image, 7 video (TWEET_VIDEO), 13 video
            (AMPLIFY_VIDEO), 16 GIF, as the reference's examples show.
    """

    type_: Literal["MEDIA"]
    media_key: str

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        media_key = self.media_key

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "media_key": media_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["MEDIA"], d.pop("type"))
        if type_ != "MEDIA":
            raise ValueError(f"type must match const 'MEDIA', got '{type_}'")

        media_key = d.pop("media_key")

        card_media_component = cls(
            type_=type_,
            media_key=media_key,
        )

        return card_media_component
