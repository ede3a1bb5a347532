from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.preroll_call_to_action_text import PrerollCallToActionText
from ..types import UNSET, Unset

T = TypeVar("T", bound="PrerollCallToAction")


@_attrs_define
class PrerollCallToAction:
    """The call-to-action button of a PREROLL_VIEWS line item's pre-roll video.

    Attributes:
        id (str):
        line_item_id (str | Unset): The PREROLL_VIEWS line item.
        call_to_action (PrerollCallToActionText | Unset): Text of a pre-roll call-to-action button.
        call_to_action_url (str | Unset):
        created_at (datetime.datetime | Unset): ISO 8601 timestamp in UTC, e.g. `2017-07-10T00:00:00Z`.
        updated_at (datetime.datetime | Unset): ISO 8601 timestamp in UTC, e.g. `2017-07-10T00:00:00Z`.
        deleted (bool | Unset):
    """

    id: str
    line_item_id: str | Unset = UNSET
    call_to_action: PrerollCallToActionText | Unset = UNSET
    call_to_action_url: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    deleted: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        line_item_id = self.line_item_id

        call_to_action: str | Unset = UNSET
        if not isinstance(self.call_to_action, Unset):
            call_to_action = self.call_to_action.value

        call_to_action_url = self.call_to_action_url

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
        if line_item_id is not UNSET:
            field_dict["line_item_id"] = line_item_id
        if call_to_action is not UNSET:
            field_dict["call_to_action"] = call_to_action
        if call_to_action_url is not UNSET:
            field_dict["call_to_action_url"] = call_to_action_url
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

        line_item_id = d.pop("line_item_id", UNSET)

        _call_to_action = d.pop("call_to_action", UNSET)
        call_to_action: PrerollCallToActionText | Unset
        if isinstance(_call_to_action, Unset):
            call_to_action = UNSET
        else:
            call_to_action = PrerollCallToActionText(_call_to_action)

        call_to_action_url = d.pop("call_to_action_url", UNSET)

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

        preroll_call_to_action = cls(
            id=id,
            line_item_id=line_item_id,
            call_to_action=call_to_action,
            call_to_action_url=call_to_action_url,
            created_at=created_at,
            updated_at=updated_at,
            deleted=deleted,
        )

        preroll_call_to_action.additional_properties = d
        return preroll_call_to_action

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
