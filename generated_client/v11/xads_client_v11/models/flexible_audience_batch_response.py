from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_operation_error import BatchOperationError
    from ..models.custom_audience import CustomAudience
    from ..models.flexible_audience_batch_echo import FlexibleAudienceBatchEcho


T = TypeVar("T", bound="FlexibleAudienceBatchResponse")


@_attrs_define
class FlexibleAudienceBatchResponse:
    """
    Attributes:
        data (list[CustomAudience]): The created audiences, in request order.
        request (list[FlexibleAudienceBatchEcho] | Unset):
        operation_errors (list[BatchOperationError] | Unset): Item-level problems, by item index.
    """

    data: list[CustomAudience]
    request: list[FlexibleAudienceBatchEcho] | Unset = UNSET
    operation_errors: list[BatchOperationError] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        request: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.request, Unset):
            request = []
            for request_item_data in self.request:
                request_item = request_item_data.to_dict()
                request.append(request_item)

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
        from ..models.custom_audience import CustomAudience  # noqa: PLC0415
        from ..models.flexible_audience_batch_echo import FlexibleAudienceBatchEcho  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = CustomAudience.from_dict(data_item_data)

            data.append(data_item)

        _request = d.pop("request", UNSET)
        request: list[FlexibleAudienceBatchEcho] | Unset = UNSET
        if _request is not UNSET:
            request = []
            for request_item_data in _request:
                request_item = FlexibleAudienceBatchEcho.from_dict(request_item_data)

                request.append(request_item)

        _operation_errors = d.pop("operation_errors", UNSET)
        operation_errors: list[BatchOperationError] | Unset = UNSET
        if _operation_errors is not UNSET:
            operation_errors = []
            for operation_errors_item_data in _operation_errors:
                operation_errors_item = BatchOperationError.from_dict(operation_errors_item_data)

                operation_errors.append(operation_errors_item)

        flexible_audience_batch_response = cls(
            data=data,
            request=request,
            operation_errors=operation_errors,
        )

        flexible_audience_batch_response.additional_properties = d
        return flexible_audience_batch_response

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
