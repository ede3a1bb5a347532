from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.targeted_audience_line_item import TargetedAudienceLineItem


T = TypeVar("T", bound="TargetedAudience")


@_attrs_define
class TargetedAudience:
    """A campaign with the line items of it that target the audience.

    Attributes:
        campaign_id (str):
        line_items (list[TargetedAudienceLineItem]):
        campaign_name (None | str | Unset):
    """

    campaign_id: str
    line_items: list[TargetedAudienceLineItem]
    campaign_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_id = self.campaign_id

        line_items = []
        for line_items_item_data in self.line_items:
            line_items_item = line_items_item_data.to_dict()
            line_items.append(line_items_item)

        campaign_name: None | str | Unset
        if isinstance(self.campaign_name, Unset):
            campaign_name = UNSET
        else:
            campaign_name = self.campaign_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign_id": campaign_id,
                "line_items": line_items,
            }
        )
        if campaign_name is not UNSET:
            field_dict["campaign_name"] = campaign_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.targeted_audience_line_item import TargetedAudienceLineItem  # noqa: PLC0415

        d = dict(src_dict)
        campaign_id = d.pop("campaign_id")

        line_items = []
        _line_items = d.pop("line_items")
        for line_items_item_data in _line_items:
            line_items_item = TargetedAudienceLineItem.from_dict(line_items_item_data)

            line_items.append(line_items_item)

        def _parse_campaign_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        campaign_name = _parse_campaign_name(d.pop("campaign_name", UNSET))

        targeted_audience = cls(
            campaign_id=campaign_id,
            line_items=line_items,
            campaign_name=campaign_name,
        )

        targeted_audience.additional_properties = d
        return targeted_audience

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
