from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_operation_error import BatchOperationError
    from ..models.request_echo import RequestEcho
    from ..models.user_batch_result import UserBatchResult


T = TypeVar("T", bound="CustomAudienceUsersResponse")


@_attrs_define
class CustomAudienceUsersResponse:
    """
    Attributes:
        data (UserBatchResult): Records processed; success_count equals total_count when the whole batch went through.
        request (RequestEcho | Unset): What the server understood of the request.
        operation_errors (list[BatchOperationError] | Unset): Item-level problems, in request order, each naming the
            operation by `index`.
    """

    data: UserBatchResult
    request: RequestEcho | Unset = UNSET
    operation_errors: list[BatchOperationError] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        request: dict[str, Any] | Unset = UNSET
        if not isinstance(self.request, Unset):
            request = self.request.to_dict()

        operation_errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.operation_errors, Unset):
            operation_errors = []
            for operation_errors_item_data in self.operation_errors:
                operation_errors_item = operation_errors_item_data.to_dict()
                operation_errors.append(operation_errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if request is not UNSET:
            field_dict["request"] = request
        if operation_errors is not UNSET:
            field_dict["operation_errors"] = operation_errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_operation_error import BatchOperationError  # noqa: PLC0415
        from ..models.request_echo import RequestEcho  # noqa: PLC0415
        from ..models.user_batch_result import UserBatchResult  # noqa: PLC0415

        d = dict(src_dict)
        data = UserBatchResult.from_dict(d.pop("data"))

        _request = d.pop("request", UNSET)
        request: RequestEcho | Unset
        if isinstance(_request, Unset):
            request = UNSET
        else:
            request = RequestEcho.from_dict(_request)

        _operation_errors = d.pop("operation_errors", UNSET)
        operation_errors: list[BatchOperationError] | Unset = UNSET
        if _operation_errors is not UNSET:
            operation_errors = []
            for operation_errors_item_data in _operation_errors:
                operation_errors_item = BatchOperationError.from_dict(operation_errors_item_data)

                operation_errors.append(operation_errors_item)

        custom_audience_users_response = cls(
            data=data,
            request=request,
            operation_errors=operation_errors,
        )

        custom_audience_users_response.additional_properties = d
        return custom_audience_users_response

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
