from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DoNotReachList")


@_attrs_define
class DoNotReachList:
    """The users an account's campaigns exclude. Its name is always "Do Not Reach List".

    Attributes:
        id (str):
        name (str | Unset):
        description (None | str | Unset):
        targetable (bool | Unset):
        reasons_not_targetable (list[str] | Unset): Why the list is not in effect yet, e.g. PROCESSING, TOO_SMALL.
        list_size (int | None | Unset): Number of users; null while unknown.
        created_at (datetime.datetime | Unset): ISO 8601 timestamp in UTC, e.g. `2017-07-10T00:00:00Z`.
        updated_at (datetime.datetime | Unset): ISO 8601 timestamp in UTC, e.g. `2017-07-10T00:00:00Z`.
        deleted (bool | Unset):
    """

    id: str
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    targetable: bool | Unset = UNSET
    reasons_not_targetable: list[str] | Unset = UNSET
    list_size: int | None | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    deleted: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        targetable = self.targetable

        reasons_not_targetable: list[str] | Unset = UNSET
        if not isinstance(self.reasons_not_targetable, Unset):
            reasons_not_targetable = self.reasons_not_targetable

        list_size: int | None | Unset
        if isinstance(self.list_size, Unset):
            list_size = UNSET
        else:
            list_size = self.list_size

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
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if targetable is not UNSET:
            field_dict["targetable"] = targetable
        if reasons_not_targetable is not UNSET:
            field_dict["reasons_not_targetable"] = reasons_not_targetable
        if list_size is not UNSET:
            field_dict["list_size"] = list_size
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

        name = d.pop("name", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        targetable = d.pop("targetable", UNSET)

        reasons_not_targetable = cast(list[str], d.pop("reasons_not_targetable", UNSET))

        def _parse_list_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        list_size = _parse_list_size(d.pop("list_size", UNSET))

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

        do_not_reach_list = cls(
            id=id,
            name=name,
            description=description,
            targetable=targetable,
            reasons_not_targetable=reasons_not_targetable,
            list_size=list_size,
            created_at=created_at,
            updated_at=updated_at,
            deleted=deleted,
        )

        do_not_reach_list.additional_properties = d
        return do_not_reach_list

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
