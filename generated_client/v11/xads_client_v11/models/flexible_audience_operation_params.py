from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.flexible_audience_operation_params_audience_type import FlexibleAudienceOperationParamsAudienceType

if TYPE_CHECKING:
    from ..models.flexible_audience_segment import FlexibleAudienceSegment


T = TypeVar("T", bound="FlexibleAudienceOperationParams")


@_attrs_define
class FlexibleAudienceOperationParams:
    """
    Attributes:
        name (str): Display name, unique within the account.
        audience_type (FlexibleAudienceOperationParamsAudienceType):
        segments (FlexibleAudienceSegment): A node of the tree: a leaf names a custom audience (`custom_audience_id`
            with
            `lookback_window`); an inner node combines its `child_segments` with `boolean_operator`.
    """

    name: str
    audience_type: FlexibleAudienceOperationParamsAudienceType
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

        audience_type = FlexibleAudienceOperationParamsAudienceType(d.pop("audience_type"))

        segments = FlexibleAudienceSegment.from_dict(d.pop("segments"))

        flexible_audience_operation_params = cls(
            name=name,
            audience_type=audience_type,
            segments=segments,
        )

        return flexible_audience_operation_params
