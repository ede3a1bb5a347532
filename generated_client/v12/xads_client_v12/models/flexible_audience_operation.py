from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.flexible_audience_operation_operation_type import FlexibleAudienceOperationOperationType

if TYPE_CHECKING:
    from ..models.flexible_audience_params import FlexibleAudienceParams


T = TypeVar("T", bound="FlexibleAudienceOperation")


@_attrs_define
class FlexibleAudienceOperation:
    """One batch item.

    Attributes:
        operation_type (FlexibleAudienceOperationOperationType): Only Create is accepted (rule
            flexible_audience.immutable).
        params (FlexibleAudienceParams): The audience to create.
    """

    operation_type: FlexibleAudienceOperationOperationType
    params: FlexibleAudienceParams

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
        from ..models.flexible_audience_params import FlexibleAudienceParams  # noqa: PLC0415

        d = dict(src_dict)
        operation_type = FlexibleAudienceOperationOperationType(d.pop("operation_type"))

        params = FlexibleAudienceParams.from_dict(d.pop("params"))

        flexible_audience_operation = cls(
            operation_type=operation_type,
            params=params,
        )

        return flexible_audience_operation
