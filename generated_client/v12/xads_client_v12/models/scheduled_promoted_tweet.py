from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScheduledPromotedTweet")


@_attrs_define
class ScheduledPromotedTweet:
    """A scheduled Tweet associated with a line item.

    Attributes:
        id (str): Scheduled promoted Tweet id.
        line_item_id (str | Unset):
        scheduled_tweet_id (str | Unset):
        tweet_id (None | str | Unset): The live Tweet's id, null until the scheduled Tweet has gone live.
        created_at (datetime.datetime | Unset): ISO 8601 timestamp in UTC, e.g. `2017-07-10T00:00:00Z`.
        updated_at (datetime.datetime | Unset): ISO 8601 timestamp in UTC, e.g. `2017-07-10T00:00:00Z`.
        deleted (bool | Unset):
    """

    id: str
    line_item_id: str | Unset = UNSET
    scheduled_tweet_id: str | Unset = UNSET
    tweet_id: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    deleted: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        line_item_id = self.line_item_id

        scheduled_tweet_id = self.scheduled_tweet_id

        tweet_id: None | str | Unset
        if isinstance(self.tweet_id, Unset):
            tweet_id = UNSET
        else:
            tweet_id = self.tweet_id

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
        if scheduled_tweet_id is not UNSET:
            field_dict["scheduled_tweet_id"] = scheduled_tweet_id
        if tweet_id is not UNSET:
            field_dict["tweet_id"] = tweet_id
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

        scheduled_tweet_id = d.pop("scheduled_tweet_id", UNSET)

        def _parse_tweet_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tweet_id = _parse_tweet_id(d.pop("tweet_id", UNSET))

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

        scheduled_promoted_tweet = cls(
            id=id,
            line_item_id=line_item_id,
            scheduled_tweet_id=scheduled_tweet_id,
            tweet_id=tweet_id,
            created_at=created_at,
            updated_at=updated_at,
            deleted=deleted,
        )

        scheduled_promoted_tweet.additional_properties = d
        return scheduled_promoted_tweet

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
