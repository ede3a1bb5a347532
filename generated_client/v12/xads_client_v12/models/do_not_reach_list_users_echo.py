from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.do_not_reach_list_users_echo_params import DoNotReachListUsersEchoParams


T = TypeVar("T", bound="DoNotReachListUsersEcho")


@_attrs_define
class DoNotReachListUsersEcho:
    """One batch item as the server understood it (path parameters and expires_at, without the users).

    Attributes:
        operation_type (str | Unset):
        params (DoNotReachListUsersEchoParams | Unset):
    """

    operation_type: str | Unset = UNSET
    params: DoNotReachListUsersEchoParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation_type = self.operation_type

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation_type is not UNSET:
            field_dict["operation_type"] = operation_type
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.do_not_reach_list_users_echo_params import DoNotReachListUsersEchoParams  # noqa: PLC0415

        d = dict(src_dict)
        operation_type = d.pop("operation_type", UNSET)

        _params = d.pop("params", UNSET)
        params: DoNotReachListUsersEchoParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = DoNotReachListUsersEchoParams.from_dict(_params)

        do_not_reach_list_users_echo = cls(
            operation_type=operation_type,
            params=params,
        )

        do_not_reach_list_users_echo.additional_properties = d
        return do_not_reach_list_users_echo

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
