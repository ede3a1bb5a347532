from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_audience_user import CustomAudienceUser


T = TypeVar("T", bound="CustomAudienceUsersOperationParams")


@_attrs_define
class CustomAudienceUsersOperationParams:
    """
    Attributes:
        users (list[CustomAudienceUser]):
        effective_at (datetime.datetime | Unset): ISO 8601 timestamp in UTC, e.g. `2017-07-10T00:00:00Z`.
        expires_at (datetime.datetime | Unset): ISO 8601 timestamp in UTC, e.g. `2017-07-10T00:00:00Z`.
    """

    users: list[CustomAudienceUser]
    effective_at: datetime.datetime | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        users = []
        for users_item_data in self.users:
            users_item = users_item_data.to_dict()
            users.append(users_item)

        effective_at: str | Unset = UNSET
        if not isinstance(self.effective_at, Unset):
            effective_at = (
                (self.effective_at if self.effective_at.tzinfo else self.effective_at.replace(tzinfo=datetime.UTC))
                .astimezone(datetime.UTC)
                .isoformat()
                .replace("+00:00", "Z")
            )

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
        if effective_at is not UNSET:
            field_dict["effective_at"] = effective_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_audience_user import CustomAudienceUser  # noqa: PLC0415

        d = dict(src_dict)
        users = []
        _users = d.pop("users")
        for users_item_data in _users:
            users_item = CustomAudienceUser.from_dict(users_item_data)

            users.append(users_item)

        _effective_at = d.pop("effective_at", UNSET)
        effective_at: datetime.datetime | Unset
        if isinstance(_effective_at, Unset):
            effective_at = UNSET
        else:
            effective_at = datetime.datetime.fromisoformat(_effective_at)

        _expires_at = d.pop("expires_at", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        custom_audience_users_operation_params = cls(
            users=users,
            effective_at=effective_at,
            expires_at=expires_at,
        )

        return custom_audience_users_operation_params
