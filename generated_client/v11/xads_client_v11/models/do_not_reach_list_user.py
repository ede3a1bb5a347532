from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DoNotReachListUser")


@_attrs_define
class DoNotReachListUser:
    """One user, by at least one identifier type; every identifier is a SHA-256 digest of the normalised value.

    Attributes:
        email (list[str] | Unset): Identifiers of one type, each normalised and then SHA-256 hashed.
    """

    email: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        email: list[str] | Unset = UNSET
        if not isinstance(self.email, Unset):
            email = self.email

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = cast(list[str], d.pop("email", UNSET))

        do_not_reach_list_user = cls(
            email=email,
        )

        return do_not_reach_list_user
