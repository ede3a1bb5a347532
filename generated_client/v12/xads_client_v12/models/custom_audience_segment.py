from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomAudienceSegment")


@_attrs_define
class CustomAudienceSegment:
    """A node of a stored flexible audience tree, with the server's defaults filled in.

    Attributes:
        custom_audience_id (str | Unset):
        boolean_operator (str | Unset):
        lookback_window (int | Unset):
        frequency (int | Unset):
        frequency_comparator (str | Unset):
        negate (bool | Unset):
        child_segments (list[CustomAudienceSegment] | Unset):
    """

    custom_audience_id: str | Unset = UNSET
    boolean_operator: str | Unset = UNSET
    lookback_window: int | Unset = UNSET
    frequency: int | Unset = UNSET
    frequency_comparator: str | Unset = UNSET
    negate: bool | Unset = UNSET
    child_segments: list[CustomAudienceSegment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_audience_id = self.custom_audience_id

        boolean_operator = self.boolean_operator

        lookback_window = self.lookback_window

        frequency = self.frequency

        frequency_comparator = self.frequency_comparator

        negate = self.negate

        child_segments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.child_segments, Unset):
            child_segments = []
            for child_segments_item_data in self.child_segments:
                child_segments_item = child_segments_item_data.to_dict()
                child_segments.append(child_segments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom_audience_id is not UNSET:
            field_dict["custom_audience_id"] = custom_audience_id
        if boolean_operator is not UNSET:
            field_dict["boolean_operator"] = boolean_operator
        if lookback_window is not UNSET:
            field_dict["lookback_window"] = lookback_window
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if frequency_comparator is not UNSET:
            field_dict["frequency_comparator"] = frequency_comparator
        if negate is not UNSET:
            field_dict["negate"] = negate
        if child_segments is not UNSET:
            field_dict["child_segments"] = child_segments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        custom_audience_id = d.pop("custom_audience_id", UNSET)

        boolean_operator = d.pop("boolean_operator", UNSET)

        lookback_window = d.pop("lookback_window", UNSET)

        frequency = d.pop("frequency", UNSET)

        frequency_comparator = d.pop("frequency_comparator", UNSET)

        negate = d.pop("negate", UNSET)

        _child_segments = d.pop("child_segments", UNSET)
        child_segments: list[CustomAudienceSegment] | Unset = UNSET
        if _child_segments is not UNSET:
            child_segments = []
            for child_segments_item_data in _child_segments:
                child_segments_item = CustomAudienceSegment.from_dict(child_segments_item_data)

                child_segments.append(child_segments_item)

        custom_audience_segment = cls(
            custom_audience_id=custom_audience_id,
            boolean_operator=boolean_operator,
            lookback_window=lookback_window,
            frequency=frequency,
            frequency_comparator=frequency_comparator,
            negate=negate,
            child_segments=child_segments,
        )

        custom_audience_segment.additional_properties = d
        return custom_audience_segment

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
