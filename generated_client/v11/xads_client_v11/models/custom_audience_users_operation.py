from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.custom_audience_users_operation_operation_type import CustomAudienceUsersOperationOperationType

if TYPE_CHECKING:
    from ..models.custom_audience_users_operation_params import CustomAudienceUsersOperationParams


T = TypeVar("T", bound="CustomAudienceUsersOperation")


@_attrs_define
class CustomAudienceUsersOperation:
    """One operation of the batch; all its users are added (Update) or removed (Delete).

    Attributes:
        operation_type (CustomAudienceUsersOperationOperationType):
        params (CustomAudienceUsersOperationParams):
    """

    operation_type: CustomAudienceUsersOperationOperationType
    params: CustomAudienceUsersOperationParams

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
        from ..models.custom_audience_users_operation_params import CustomAudienceUsersOperationParams  # noqa: PLC0415

        d = dict(src_dict)
        operation_type = CustomAudienceUsersOperationOperationType(d.pop("operation_type"))

        params = CustomAudienceUsersOperationParams.from_dict(d.pop("params"))

        custom_audience_users_operation = cls(
            operation_type=operation_type,
            params=params,
        )

        return custom_audience_users_operation
