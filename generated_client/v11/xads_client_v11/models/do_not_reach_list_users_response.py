from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_operation_error import BatchOperationError
    from ..models.do_not_reach_list_users_response_request_item import DoNotReachListUsersResponseRequestItem
    from ..models.user_batch_result import UserBatchResult


T = TypeVar("T", bound="DoNotReachListUsersResponse")


@_attrs_define
class DoNotReachListUsersResponse:
    """
    Attributes:
        request (list[DoNotReachListUsersResponseRequestItem] | Unset):
        data (list[UserBatchResult] | Unset):
        operation_errors (list[BatchOperationError] | Unset):
    """

    request: list[DoNotReachListUsersResponseRequestItem] | Unset = UNSET
    data: list[UserBatchResult] | Unset = UNSET
    operation_errors: list[BatchOperationError] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.request, Unset):
            request = []
            for request_item_data in self.request:
                request_item = request_item_data.to_dict()
                request.append(request_item)

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        operation_errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.operation_errors, Unset):
            operation_errors = []
            for operation_errors_item_data in self.operation_errors:
                operation_errors_item = operation_errors_item_data.to_dict()
                operation_errors.append(operation_errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request is not UNSET:
            field_dict["request"] = request
        if data is not UNSET:
            field_dict["data"] = data
        if operation_errors is not UNSET:
            field_dict["operation_errors"] = operation_errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_operation_error import BatchOperationError  # noqa: PLC0415
        from ..models.do_not_reach_list_users_response_request_item import DoNotReachListUsersResponseRequestItem  # noqa: PLC0415
        from ..models.user_batch_result import UserBatchResult  # noqa: PLC0415

        d = dict(src_dict)
        _request = d.pop("request", UNSET)
        request: list[DoNotReachListUsersResponseRequestItem] | Unset = UNSET
        if _request is not UNSET:
            request = []
            for request_item_data in _request:
                request_item = DoNotReachListUsersResponseRequestItem.from_dict(request_item_data)

                request.append(request_item)

        _data = d.pop("data", UNSET)
        data: list[UserBatchResult] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = UserBatchResult.from_dict(data_item_data)

                data.append(data_item)

        _operation_errors = d.pop("operation_errors", UNSET)
        operation_errors: list[BatchOperationError] | Unset = UNSET
        if _operation_errors is not UNSET:
            operation_errors = []
            for operation_errors_item_data in _operation_errors:
                operation_errors_item = BatchOperationError.from_dict(operation_errors_item_data)

                operation_errors.append(operation_errors_item)

        do_not_reach_list_users_response = cls(
            request=request,
            data=data,
            operation_errors=operation_errors,
        )

        do_not_reach_list_users_response.additional_properties = d
        return do_not_reach_list_users_response

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
