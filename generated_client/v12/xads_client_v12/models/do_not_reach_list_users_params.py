from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.do_not_reach_list_user import DoNotReachListUser


T = TypeVar("T", bound="DoNotReachListUsersParams")


@_attrs_define
class DoNotReachListUsersParams:
    """The users of one batch item; no `effective_at` (changes apply at once).

    Attributes:
        users (list[DoNotReachListUser]):
        expires_at (datetime.datetime | Unset): When the users leave the list (ISO 8601, UTC); later than now and less
            than 13 months ahead (rule do_not_reach_list.expires_within); defaults to 13 months after the request.
    """

    users: list[DoNotReachListUser]
    expires_at: datetime.datetime | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        users = []
        for users_item_data in self.users:
            users_item = users_item_data.to_dict()
            users.append(users_item)

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = (
                (self.expires_at if self.expires_at.tzinfo else self.expires_at.replace(tzinfo=datetime.UTC))
                .astimezone(datetime.UTC)
                .isoformat()
                .replace("+00:00", "Z")
            )

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "users": users,
            }
        )
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.do_not_reach_list_user import DoNotReachListUser  # noqa: PLC0415

        d = dict(src_dict)
        users = []
        _users = d.pop("users")
        for users_item_data in _users:
            users_item = DoNotReachListUser.from_dict(users_item_data)

            users.append(users_item)

        _expires_at = d.pop("expires_at", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        do_not_reach_list_users_params = cls(
            users=users,
            expires_at=expires_at,
        )

        return do_not_reach_list_users_params
