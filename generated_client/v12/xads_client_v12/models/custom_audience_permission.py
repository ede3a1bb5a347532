from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_audience_permission_permission_level import CustomAudiencePermissionPermissionLevel
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomAudiencePermission")


@_attrs_define
class CustomAudiencePermission:
    """A grant of access to a custom audience for another ads account.

    Attributes:
        id (str):
        custom_audience_id (str | Unset):
        granted_account_id (str | Unset):
        permission_level (CustomAudiencePermissionPermissionLevel | Unset):
        created_at (datetime.datetime | Unset): ISO 8601 timestamp in UTC, e.g. `2017-07-10T00:00:00Z`.
        updated_at (datetime.datetime | Unset): ISO 8601 timestamp in UTC, e.g. `2017-07-10T00:00:00Z`.
        deleted (bool | Unset):
    """

    id: str
    custom_audience_id: str | Unset = UNSET
    granted_account_id: str | Unset = UNSET
    permission_level: CustomAudiencePermissionPermissionLevel | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    deleted: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        custom_audience_id = self.custom_audience_id

        granted_account_id = self.granted_account_id

        permission_level: str | Unset = UNSET
        if not isinstance(self.permission_level, Unset):
            permission_level = self.permission_level.value

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                (self.created_at if self.created_at.tzinfo else self.created_at.replace(tzinfo=datetime.UTC))
                .astimezone(datetime.UTC)
                .isoformat()
                .replace("+00:00", "Z")
            )

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = (
                (self.updated_at if self.updated_at.tzinfo else self.updated_at.replace(tzinfo=datetime.UTC))
                .astimezone(datetime.UTC)
                .isoformat()
                .replace("+00:00", "Z")
            )

        deleted = self.deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if custom_audience_id is not UNSET:
            field_dict["custom_audience_id"] = custom_audience_id
        if granted_account_id is not UNSET:
            field_dict["granted_account_id"] = granted_account_id
        if permission_level is not UNSET:
            field_dict["permission_level"] = permission_level
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if deleted is not UNSET:
            field_dict["deleted"] = deleted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        custom_audience_id = d.pop("custom_audience_id", UNSET)

        granted_account_id = d.pop("granted_account_id", UNSET)

        _permission_level = d.pop("permission_level", UNSET)
        permission_level: CustomAudiencePermissionPermissionLevel | Unset
        if isinstance(_permission_level, Unset):
            permission_level = UNSET
        else:
            permission_level = CustomAudiencePermissionPermissionLevel(_permission_level)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        deleted = d.pop("deleted", UNSET)

        custom_audience_permission = cls(
            id=id,
            custom_audience_id=custom_audience_id,
            granted_account_id=granted_account_id,
            permission_level=permission_level,
            created_at=created_at,
            updated_at=updated_at,
            deleted=deleted,
        )

        custom_audience_permission.additional_properties = d
        return custom_audience_permission

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
