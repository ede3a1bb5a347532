from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CardMediaComponent")


@_attrs_define
class CardMediaComponent:
    """One image or video (media component).

    Attributes:
        type_ (Literal['MEDIA']):
        media_key (str): Media key, `<prefix>_<media id>`, e.g. `3_1151345051455819776`. The prefix tells the
            media type (`x-media-key-prefixes`): 3 image, 7 video (TWEET_VIDEO), 13 video
            (AMPLIFY_VIDEO), 16 GIF, as the reference's examples show.
        media_metadata (Any | Unset): Answered, never taken (CardMediaMetadata): a client that sends back the components
            it loaded sends it too, as the official SDK's cards example does. The `live` profile drops it, `strict` refuses
            it (`x-validation-profiles`).
    """

    type_: Literal["MEDIA"]
    media_key: str
    media_metadata: Any | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        media_key = self.media_key

        media_metadata = self.media_metadata

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "media_key": media_key,
            }
        )
        if media_metadata is not UNSET:
            field_dict["media_metadata"] = media_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["MEDIA"], d.pop("type"))
        if type_ != "MEDIA":
            raise ValueError(f"type must match const 'MEDIA', got '{type_}'")

        media_key = d.pop("media_key")

        media_metadata = d.pop("media_metadata", UNSET)

        card_media_component = cls(
            type_=type_,
            media_key=media_key,
            media_metadata=media_metadata,
        )

        return card_media_component
