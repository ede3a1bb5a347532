from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PromotedTweet")


@_attrs_define
class PromotedTweet:
    """A Tweet associated with a line item.

    Attributes:
        id (str): Promoted Tweet id (base-36), not the Tweet id.
        line_item_id (str | Unset):
        tweet_id (str | Unset): The promoted Tweet's numeric id.
        entity_status (str | Unset):
        approval_status (str | Unset):
        created_at (datetime.datetime | Unset): ISO 8601 timestamp in UTC, e.g. `2017-07-10T00:00:00Z`.
        updated_at (datetime.datetime | Unset): ISO 8601 timestamp in UTC, e.g. `2017-07-10T00:00:00Z`.
        deleted (bool | Unset):
    """

    id: str
    line_item_id: str | Unset = UNSET
    tweet_id: str | Unset = UNSET
    entity_status: str | Unset = UNSET
    approval_status: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    deleted: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        line_item_id = self.line_item_id

        tweet_id = self.tweet_id

        entity_status = self.entity_status

        approval_status = self.approval_status

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
        if tweet_id is not UNSET:
            field_dict["tweet_id"] = tweet_id
        if entity_status is not UNSET:
            field_dict["entity_status"] = entity_status
        if approval_status is not UNSET:
            field_dict["approval_status"] = approval_status
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

        tweet_id = d.pop("tweet_id", UNSET)

        entity_status = d.pop("entity_status", UNSET)

        approval_status = d.pop("approval_status", UNSET)

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

        promoted_tweet = cls(
            id=id,
            line_item_id=line_item_id,
            tweet_id=tweet_id,
            entity_status=entity_status,
            approval_status=approval_status,
            created_at=created_at,
            updated_at=updated_at,
            deleted=deleted,
        )

        promoted_tweet.additional_properties = d
        return promoted_tweet

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
