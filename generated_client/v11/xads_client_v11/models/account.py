from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Account")


@_attrs_define
class Account:
    """An ads account. The live API returns more fields than listed; all are accepted.

    Attributes:
        id (str): Account id.
        name (str):
        business_id (None | str | Unset):
        business_name (None | str | Unset):
        timezone (str | Unset):
        timezone_switch_at (datetime.datetime | None | Unset):
        approval_status (str | Unset):
        industry_type (None | str | Unset):
        created_at (datetime.datetime | Unset): ISO 8601 timestamp in UTC, e.g. `2017-07-10T00:00:00Z`.
        updated_at (datetime.datetime | Unset): ISO 8601 timestamp in UTC, e.g. `2017-07-10T00:00:00Z`.
        deleted (bool | Unset):
    """

    id: str
    name: str
    business_id: None | str | Unset = UNSET
    business_name: None | str | Unset = UNSET
    timezone: str | Unset = UNSET
    timezone_switch_at: datetime.datetime | None | Unset = UNSET
    approval_status: str | Unset = UNSET
    industry_type: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    deleted: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        business_id: None | str | Unset
        if isinstance(self.business_id, Unset):
            business_id = UNSET
        else:
            business_id = self.business_id

        business_name: None | str | Unset
        if isinstance(self.business_name, Unset):
            business_name = UNSET
        else:
            business_name = self.business_name

        timezone = self.timezone

        timezone_switch_at: None | str | Unset
        if isinstance(self.timezone_switch_at, Unset):
            timezone_switch_at = UNSET
        elif isinstance(self.timezone_switch_at, datetime.datetime):
            timezone_switch_at = (
                (
                    self.timezone_switch_at
                    if self.timezone_switch_at.tzinfo
                    else self.timezone_switch_at.replace(tzinfo=datetime.UTC)
                )
                .astimezone(datetime.UTC)
                .isoformat()
                .replace("+00:00", "Z")
            )
        else:
            timezone_switch_at = self.timezone_switch_at

        approval_status = self.approval_status

        industry_type: None | str | Unset
        if isinstance(self.industry_type, Unset):
            industry_type = UNSET
        else:
            industry_type = self.industry_type

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
                "name": name,
            }
        )
        if business_id is not UNSET:
            field_dict["business_id"] = business_id
        if business_name is not UNSET:
            field_dict["business_name"] = business_name
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if timezone_switch_at is not UNSET:
            field_dict["timezone_switch_at"] = timezone_switch_at
        if approval_status is not UNSET:
            field_dict["approval_status"] = approval_status
        if industry_type is not UNSET:
            field_dict["industry_type"] = industry_type
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

        name = d.pop("name")

        def _parse_business_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        business_id = _parse_business_id(d.pop("business_id", UNSET))

        def _parse_business_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        business_name = _parse_business_name(d.pop("business_name", UNSET))

        timezone = d.pop("timezone", UNSET)

        def _parse_timezone_switch_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                timezone_switch_at_type_0 = datetime.datetime.fromisoformat(data)

                return timezone_switch_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        timezone_switch_at = _parse_timezone_switch_at(d.pop("timezone_switch_at", UNSET))

        approval_status = d.pop("approval_status", UNSET)

        def _parse_industry_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        industry_type = _parse_industry_type(d.pop("industry_type", UNSET))

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

        account = cls(
            id=id,
            name=name,
            business_id=business_id,
            business_name=business_name,
            timezone=timezone,
            timezone_switch_at=timezone_switch_at,
            approval_status=approval_status,
            industry_type=industry_type,
            created_at=created_at,
            updated_at=updated_at,
            deleted=deleted,
        )

        account.additional_properties = d
        return account

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
