from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_audience_segment import CustomAudienceSegment


T = TypeVar("T", bound="CustomAudienceMetadata")


@_attrs_define
class CustomAudienceMetadata:
    """How a flexible audience was built, as the server stored it.

    Attributes:
        custom_audience_id (str | Unset):
        account_id (str | Unset):
        name (str | Unset):
        audience_source (str | Unset):
        upload_status (str | Unset):
        segments (CustomAudienceSegment | Unset): A node of a stored flexible audience tree, with the server's defaults
            filled in.
    """

    custom_audience_id: str | Unset = UNSET
    account_id: str | Unset = UNSET
    name: str | Unset = UNSET
    audience_source: str | Unset = UNSET
    upload_status: str | Unset = UNSET
    segments: CustomAudienceSegment | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_audience_id = self.custom_audience_id

        account_id = self.account_id

        name = self.name

        audience_source = self.audience_source

        upload_status = self.upload_status

        segments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.segments, Unset):
            segments = self.segments.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom_audience_id is not UNSET:
            field_dict["custom_audience_id"] = custom_audience_id
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if name is not UNSET:
            field_dict["name"] = name
        if audience_source is not UNSET:
            field_dict["audience_source"] = audience_source
        if upload_status is not UNSET:
            field_dict["upload_status"] = upload_status
        if segments is not UNSET:
            field_dict["segments"] = segments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_audience_segment import CustomAudienceSegment  # noqa: PLC0415

        d = dict(src_dict)
        custom_audience_id = d.pop("custom_audience_id", UNSET)

        account_id = d.pop("account_id", UNSET)

        name = d.pop("name", UNSET)

        audience_source = d.pop("audience_source", UNSET)

        upload_status = d.pop("upload_status", UNSET)

        _segments = d.pop("segments", UNSET)
        segments: CustomAudienceSegment | Unset
        if isinstance(_segments, Unset):
            segments = UNSET
        else:
            segments = CustomAudienceSegment.from_dict(_segments)

        custom_audience_metadata = cls(
            custom_audience_id=custom_audience_id,
            account_id=account_id,
            name=name,
            audience_source=audience_source,
            upload_status=upload_status,
            segments=segments,
        )

        custom_audience_metadata.additional_properties = d
        return custom_audience_metadata

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
