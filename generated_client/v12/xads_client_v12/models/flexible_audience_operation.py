from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.flexible_audience_operation_operation_type import FlexibleAudienceOperationOperationType

if TYPE_CHECKING:
    from ..models.flexible_audience_operation_params import FlexibleAudienceOperationParams


T = TypeVar("T", bound="FlexibleAudienceOperation")


@_attrs_define
class FlexibleAudienceOperation:
    """
    Attributes:
        operation_type (FlexibleAudienceOperationOperationType):
        params (FlexibleAudienceOperationParams):
    """

    operation_type: FlexibleAudienceOperationOperationType
    params: FlexibleAudienceOperationParams

    def to_dict(self) -> dict[str, Any]:
        operation_type = self.operation_type.value

        params = self.params.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "operation_type": operation_type,
                "params": params,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.flexible_audience_operation_params import FlexibleAudienceOperationParams  # noqa: PLC0415

        d = dict(src_dict)
        operation_type = FlexibleAudienceOperationOperationType(d.pop("operation_type"))

        params = FlexibleAudienceOperationParams.from_dict(d.pop("params"))

        flexible_audience_operation = cls(
            operation_type=operation_type,
            params=params,
        )

        return flexible_audience_operation
