from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.do_not_reach_list_users_operation_operation_type import DoNotReachListUsersOperationOperationType

if TYPE_CHECKING:
    from ..models.do_not_reach_list_users_operation_params import DoNotReachListUsersOperationParams


T = TypeVar("T", bound="DoNotReachListUsersOperation")


@_attrs_define
class DoNotReachListUsersOperation:
    """
    Attributes:
        operation_type (DoNotReachListUsersOperationOperationType):
        params (DoNotReachListUsersOperationParams):
    """

    operation_type: DoNotReachListUsersOperationOperationType
    params: DoNotReachListUsersOperationParams

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
        from ..models.do_not_reach_list_users_operation_params import DoNotReachListUsersOperationParams  # noqa: PLC0415

        d = dict(src_dict)
        operation_type = DoNotReachListUsersOperationOperationType(d.pop("operation_type"))

        params = DoNotReachListUsersOperationParams.from_dict(d.pop("params"))

        do_not_reach_list_users_operation = cls(
            operation_type=operation_type,
            params=params,
        )

        return do_not_reach_list_users_operation
