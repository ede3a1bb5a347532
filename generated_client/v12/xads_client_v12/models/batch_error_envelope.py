from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_operation_error import BatchOperationError
    from ..models.error import Error
    from ..models.request_echo import RequestEcho


T = TypeVar("T", bound="BatchErrorEnvelope")


@_attrs_define
class BatchErrorEnvelope:
    """The error body of a batch (JSON array) operation, applied all or nothing: `errors` holds the request-level problems,
    or one line saying that nothing was applied, and `operation_errors` the problems of each invalid item.

        Attributes:
            errors (list[Error]):
            request (RequestEcho | Unset): What the server understood of the request.
            operation_errors (list[BatchOperationError] | Unset): The invalid items, in request order.
    """

    errors: list[Error]
    request: RequestEcho | Unset = UNSET
    operation_errors: list[BatchOperationError] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

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
                "errors": errors,
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
        from ..models.error import Error  # noqa: PLC0415
        from ..models.request_echo import RequestEcho  # noqa: PLC0415

        d = dict(src_dict)
        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:
            errors_item = Error.from_dict(errors_item_data)

            errors.append(errors_item)

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

        batch_error_envelope = cls(
            errors=errors,
            request=request,
            operation_errors=operation_errors,
        )

        batch_error_envelope.additional_properties = d
        return batch_error_envelope

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
