from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.flexible_audience_params_audience_type import FlexibleAudienceParamsAudienceType

if TYPE_CHECKING:
    from ..models.flexible_audience_segment import FlexibleAudienceSegment


T = TypeVar("T", bound="FlexibleAudienceParams")


@_attrs_define
class FlexibleAudienceParams:
    """The audience to create.

    Attributes:
        name (str): Display name; unique among the account's custom audiences (rule custom_audience.unique_name).
        audience_type (FlexibleAudienceParamsAudienceType): The type of audience to create.
        segments (FlexibleAudienceSegment): A node of the audience tree. A leaf names a custom audience
            (`custom_audience_id`, then
            `lookback_window` is required); an inner node combines its `child_segments` with
            `boolean_operator` (required as soon as `child_segments` is non-empty). Every node has a
            custom audience or at least one child; `negate` excludes the node's users instead.
            A tree nests at most 10 levels (`x-max-depth`, root = 1), checked before anything
            walks it.
    """

    name: str
    audience_type: FlexibleAudienceParamsAudienceType
    segments: FlexibleAudienceSegment

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        audience_type = self.audience_type.value

        segments = self.segments.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "audience_type": audience_type,
                "segments": segments,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.flexible_audience_segment import FlexibleAudienceSegment  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        audience_type = FlexibleAudienceParamsAudienceType(d.pop("audience_type"))

        segments = FlexibleAudienceSegment.from_dict(d.pop("segments"))

        flexible_audience_params = cls(
            name=name,
            audience_type=audience_type,
            segments=segments,
        )

        return flexible_audience_params
