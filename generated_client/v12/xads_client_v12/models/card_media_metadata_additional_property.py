from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CardMediaMetadataAdditionalProperty")


@_attrs_define
class CardMediaMetadataAdditionalProperty:
    """
    Attributes:
        type_ (str | Unset): IMAGE, GIF or VIDEO.
        url (str | Unset):
        width (int | Unset):
        height (int | Unset):
        video_duration (int | Unset): Milliseconds.
        video_aspect_ratio (str | Unset):
    """

    type_: str | Unset = UNSET
    url: str | Unset = UNSET
    width: int | Unset = UNSET
    height: int | Unset = UNSET
    video_duration: int | Unset = UNSET
    video_aspect_ratio: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        url = self.url

        width = self.width

        height = self.height

        video_duration = self.video_duration

        video_aspect_ratio = self.video_aspect_ratio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if url is not UNSET:
            field_dict["url"] = url
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if video_duration is not UNSET:
            field_dict["video_duration"] = video_duration
        if video_aspect_ratio is not UNSET:
            field_dict["video_aspect_ratio"] = video_aspect_ratio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        url = d.pop("url", UNSET)

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        video_duration = d.pop("video_duration", UNSET)

        video_aspect_ratio = d.pop("video_aspect_ratio", UNSET)

        card_media_metadata_additional_property = cls(
            type_=type_,
            url=url,
            width=width,
            height=height,
            video_duration=video_duration,
            video_aspect_ratio=video_aspect_ratio,
        )

        card_media_metadata_additional_property.additional_properties = d
        return card_media_metadata_additional_property

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
