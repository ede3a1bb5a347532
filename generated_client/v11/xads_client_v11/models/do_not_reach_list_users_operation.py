from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.do_not_reach_list_users_operation_operation_type import DoNotReachListUsersOperationOperationType

if TYPE_CHECKING:
    from ..models.do_not_reach_list_users_params import DoNotReachListUsersParams


T = TypeVar("T", bound="DoNotReachListUsersOperation")


@_attrs_define
class DoNotReachListUsersOperation:
    """One batch item.

    Attributes:
        operation_type (DoNotReachListUsersOperationOperationType): Update adds or refreshes the users, Delete removes
            them.
        params (DoNotReachListUsersParams): The users of one batch item; no `effective_at` (changes apply at once).
    """

    operation_type: DoNotReachListUsersOperationOperationType
    params: DoNotReachListUsersParams

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
        from ..models.do_not_reach_list_users_params import DoNotReachListUsersParams  # noqa: PLC0415

        d = dict(src_dict)
        operation_type = DoNotReachListUsersOperationOperationType(d.pop("operation_type"))

        params = DoNotReachListUsersParams.from_dict(d.pop("params"))

        do_not_reach_list_users_operation = cls(
            operation_type=operation_type,
            params=params,
        )

        return do_not_reach_list_users_operation
