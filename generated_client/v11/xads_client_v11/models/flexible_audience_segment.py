from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.flexible_audience_segment_boolean_operator import FlexibleAudienceSegmentBooleanOperator
from ..models.flexible_audience_segment_frequency_comparator import FlexibleAudienceSegmentFrequencyComparator
from ..models.flexible_audience_segment_lookback_window import FlexibleAudienceSegmentLookbackWindow
from ..types import UNSET, Unset

T = TypeVar("T", bound="FlexibleAudienceSegment")


@_attrs_define
class FlexibleAudienceSegment:
    """A node of the audience tree. A leaf names a custom audience (`custom_audience_id`, then
    `lookback_window` is required); an inner node combines its `child_segments` with
    `boolean_operator` (required as soon as `child_segments` is non-empty). Every node has a
    custom audience or at least one child; `negate` excludes the node's users instead.
    A tree nests at most 10 levels (`x-max-depth`, root = 1), checked before anything
    walks it.

        Attributes:
            custom_audience_id (str | Unset): The custom audience this leaf stands for; accepted in any case.
            boolean_operator (FlexibleAudienceSegmentBooleanOperator | Unset): How the child segments combine.
            child_segments (list[FlexibleAudienceSegment] | Unset): Nested segments; an empty list on a leaf is allowed.
            lookback_window (FlexibleAudienceSegmentLookbackWindow | Unset): Days within which the user must have qualified
                for the audience.
            frequency (int | Unset): How many times within the lookback window the user must have qualified, compared with
                `frequency_comparator`. Default: 1.
            frequency_comparator (FlexibleAudienceSegmentFrequencyComparator | Unset): Comparison applied to `frequency`
                (greater or equal, greater, equal, less or equal, less). Default:
                FlexibleAudienceSegmentFrequencyComparator.NUM_GTE.
            negate (bool | Unset): Exclude this segment's users instead of including them (default decided in the
                operation's x-decision). Default: False.
    """

    custom_audience_id: str | Unset = UNSET
    boolean_operator: FlexibleAudienceSegmentBooleanOperator | Unset = UNSET
    child_segments: list[FlexibleAudienceSegment] | Unset = UNSET
    lookback_window: FlexibleAudienceSegmentLookbackWindow | Unset = UNSET
    frequency: int | Unset = 1
    frequency_comparator: FlexibleAudienceSegmentFrequencyComparator | Unset = (
        FlexibleAudienceSegmentFrequencyComparator.NUM_GTE
    )
    negate: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        custom_audience_id = self.custom_audience_id

        boolean_operator: str | Unset = UNSET
        if not isinstance(self.boolean_operator, Unset):
            boolean_operator = self.boolean_operator.value

        child_segments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.child_segments, Unset):
            child_segments = []
            for child_segments_item_data in self.child_segments:
                child_segments_item = child_segments_item_data.to_dict()
                child_segments.append(child_segments_item)

        lookback_window: int | Unset = UNSET
        if not isinstance(self.lookback_window, Unset):
            lookback_window = self.lookback_window.value

        frequency = self.frequency

        frequency_comparator: str | Unset = UNSET
        if not isinstance(self.frequency_comparator, Unset):
            frequency_comparator = self.frequency_comparator.value

        negate = self.negate

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if custom_audience_id is not UNSET:
            field_dict["custom_audience_id"] = custom_audience_id
        if boolean_operator is not UNSET:
            field_dict["boolean_operator"] = boolean_operator
        if child_segments is not UNSET:
            field_dict["child_segments"] = child_segments
        if lookback_window is not UNSET:
            field_dict["lookback_window"] = lookback_window
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if frequency_comparator is not UNSET:
            field_dict["frequency_comparator"] = frequency_comparator
        if negate is not UNSET:
            field_dict["negate"] = negate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        custom_audience_id = d.pop("custom_audience_id", UNSET)

        _boolean_operator = d.pop("boolean_operator", UNSET)
        boolean_operator: FlexibleAudienceSegmentBooleanOperator | Unset
        if isinstance(_boolean_operator, Unset):
            boolean_operator = UNSET
        else:
            boolean_operator = FlexibleAudienceSegmentBooleanOperator(_boolean_operator)

        _child_segments = d.pop("child_segments", UNSET)
        child_segments: list[FlexibleAudienceSegment] | Unset = UNSET
        if _child_segments is not UNSET:
            child_segments = []
            for child_segments_item_data in _child_segments:
                child_segments_item = FlexibleAudienceSegment.from_dict(child_segments_item_data)

                child_segments.append(child_segments_item)

        _lookback_window = d.pop("lookback_window", UNSET)
        lookback_window: FlexibleAudienceSegmentLookbackWindow | Unset
        if isinstance(_lookback_window, Unset):
            lookback_window = UNSET
        else:
            lookback_window = FlexibleAudienceSegmentLookbackWindow(_lookback_window)

        frequency = d.pop("frequency", UNSET)

        _frequency_comparator = d.pop("frequency_comparator", UNSET)
        frequency_comparator: FlexibleAudienceSegmentFrequencyComparator | Unset
        if isinstance(_frequency_comparator, Unset):
            frequency_comparator = UNSET
        else:
            frequency_comparator = FlexibleAudienceSegmentFrequencyComparator(_frequency_comparator)

        negate = d.pop("negate", UNSET)

        flexible_audience_segment = cls(
            custom_audience_id=custom_audience_id,
            boolean_operator=boolean_operator,
            child_segments=child_segments,
            lookback_window=lookback_window,
            frequency=frequency,
            frequency_comparator=frequency_comparator,
            negate=negate,
        )

        return flexible_audience_segment
