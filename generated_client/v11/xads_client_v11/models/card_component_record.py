from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.card_destination_record import CardDestinationRecord
    from ..models.card_label_record import CardLabelRecord
    from ..models.card_media_metadata import CardMediaMetadata


T = TypeVar("T", bound="CardComponentRecord")


@_attrs_define
class CardComponentRecord:
    """A component as returned; which fields it has depends on `type`.

    Attributes:
        type_ (str): MEDIA, SWIPEABLE_MEDIA, DETAILS or BUTTON.
        media_key (str | Unset): Media key, `<prefix>_<media id>`, e.g. `3_1151345051455819776`. The prefix tells the
            media type (`x-media-key-prefixes`): 3 image, 7 video (TWEET_VIDEO), 13 video
            (AMPLIFY_VIDEO), 16 GIF, as the reference's examples show.
        media_metadata (CardMediaMetadata | Unset): What a MEDIA component's media is, by media key: its type, its
            library URL (the mp4 of a video), its size and, for videos, length in milliseconds and aspect ratio.
        media_keys (list[str] | Unset):
        title (str | Unset):
        label (CardLabelRecord | Unset): A BUTTON label as returned.
        destination (CardDestinationRecord | Unset): A destination as returned; website destinations also carry the t.co
            link (`tco_url`).
    """

    type_: str
    media_key: str | Unset = UNSET
    media_metadata: CardMediaMetadata | Unset = UNSET
    media_keys: list[str] | Unset = UNSET
    title: str | Unset = UNSET
    label: CardLabelRecord | Unset = UNSET
    destination: CardDestinationRecord | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        media_key = self.media_key

        media_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.media_metadata, Unset):
            media_metadata = self.media_metadata.to_dict()

        media_keys: list[str] | Unset = UNSET
        if not isinstance(self.media_keys, Unset):
            media_keys = self.media_keys

        title = self.title

        label: dict[str, Any] | Unset = UNSET
        if not isinstance(self.label, Unset):
            label = self.label.to_dict()

        destination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.destination, Unset):
            destination = self.destination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if media_key is not UNSET:
            field_dict["media_key"] = media_key
        if media_metadata is not UNSET:
            field_dict["media_metadata"] = media_metadata
        if media_keys is not UNSET:
            field_dict["media_keys"] = media_keys
        if title is not UNSET:
            field_dict["title"] = title
        if label is not UNSET:
            field_dict["label"] = label
        if destination is not UNSET:
            field_dict["destination"] = destination

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.card_destination_record import CardDestinationRecord  # noqa: PLC0415
        from ..models.card_label_record import CardLabelRecord  # noqa: PLC0415
        from ..models.card_media_metadata import CardMediaMetadata  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        media_key = d.pop("media_key", UNSET)

        _media_metadata = d.pop("media_metadata", UNSET)
        media_metadata: CardMediaMetadata | Unset
        if isinstance(_media_metadata, Unset):
            media_metadata = UNSET
        else:
            media_metadata = CardMediaMetadata.from_dict(_media_metadata)

        media_keys = cast(list[str], d.pop("media_keys", UNSET))

        title = d.pop("title", UNSET)

        _label = d.pop("label", UNSET)
        label: CardLabelRecord | Unset
        if isinstance(_label, Unset):
            label = UNSET
        else:
            label = CardLabelRecord.from_dict(_label)

        _destination = d.pop("destination", UNSET)
        destination: CardDestinationRecord | Unset
        if isinstance(_destination, Unset):
            destination = UNSET
        else:
            destination = CardDestinationRecord.from_dict(_destination)

        card_component_record = cls(
            type_=type_,
            media_key=media_key,
            media_metadata=media_metadata,
            media_keys=media_keys,
            title=title,
            label=label,
            destination=destination,
        )

        card_component_record.additional_properties = d
        return card_component_record

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
