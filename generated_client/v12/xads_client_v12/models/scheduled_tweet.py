from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scheduled_tweet_scheduled_status import ScheduledTweetScheduledStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScheduledTweet")


@_attrs_define
class ScheduledTweet:
    """A Tweet waiting for its `scheduled_at` time, or the record of one that went live or failed. The answer always
    carries `card_uri` (null without a card).

        Attributes:
            id (int | str): A 64-bit Tweet or user id in an answer: a digit string, or a JSON number as in the classic Tweet
                format (see the Tweet schema's `x-fidelity`).
            card_uri (None | str):
            name (None | str | Unset):
            text (None | str | Unset): The Tweet text (empty for a media-only Tweet); a card's preview URL, when used,
                appears here.
            user_id (str | Unset): The promotable user the Tweet belongs to.
            scheduled_status (ScheduledTweetScheduledStatus | Unset): SCHEDULED until `scheduled_at`; then SUCCESS (live,
                `tweet_id` set) or FAILED (the Tweet failed the usual creation checks); DELETED in the answer of a delete.
            scheduled_at (datetime.datetime | Unset): ISO 8601 timestamp in UTC, e.g. `2017-07-10T00:00:00Z`.
            completed_at (datetime.datetime | None | Unset): When the Tweet went live (or failed); null while SCHEDULED.
            tweet_id (None | str | Unset): The live Tweet's id, null until the Tweet has gone live.
            nullcast (bool | Unset): Promoted-only (true) or organic (false).
            media_keys (list[str] | Unset):
            media_ids (list[str] | Unset): The media ids of `media_keys` (the Identifying Media guide lists both).
            created_at (datetime.datetime | Unset): ISO 8601 timestamp in UTC, e.g. `2017-07-10T00:00:00Z`.
            updated_at (datetime.datetime | Unset): ISO 8601 timestamp in UTC, e.g. `2017-07-10T00:00:00Z`.
    """

    id: int | str
    card_uri: None | str
    name: None | str | Unset = UNSET
    text: None | str | Unset = UNSET
    user_id: str | Unset = UNSET
    scheduled_status: ScheduledTweetScheduledStatus | Unset = UNSET
    scheduled_at: datetime.datetime | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    tweet_id: None | str | Unset = UNSET
    nullcast: bool | Unset = UNSET
    media_keys: list[str] | Unset = UNSET
    media_ids: list[str] | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        card_uri: None | str
        card_uri = self.card_uri

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        user_id = self.user_id

        scheduled_status: str | Unset = UNSET
        if not isinstance(self.scheduled_status, Unset):
            scheduled_status = self.scheduled_status.value

        scheduled_at: str | Unset = UNSET
        if not isinstance(self.scheduled_at, Unset):
            scheduled_at = (
                (self.scheduled_at if self.scheduled_at.tzinfo else self.scheduled_at.replace(tzinfo=datetime.UTC))
                .astimezone(datetime.UTC)
                .isoformat()
                .replace("+00:00", "Z")
            )

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = (
                (self.completed_at if self.completed_at.tzinfo else self.completed_at.replace(tzinfo=datetime.UTC))
                .astimezone(datetime.UTC)
                .isoformat()
                .replace("+00:00", "Z")
            )
        else:
            completed_at = self.completed_at

        tweet_id: None | str | Unset
        if isinstance(self.tweet_id, Unset):
            tweet_id = UNSET
        else:
            tweet_id = self.tweet_id

        nullcast = self.nullcast

        media_keys: list[str] | Unset = UNSET
        if not isinstance(self.media_keys, Unset):
            media_keys = self.media_keys

        media_ids: list[str] | Unset = UNSET
        if not isinstance(self.media_ids, Unset):
            media_ids = self.media_ids

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "card_uri": card_uri,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if text is not UNSET:
            field_dict["text"] = text
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if scheduled_status is not UNSET:
            field_dict["scheduled_status"] = scheduled_status
        if scheduled_at is not UNSET:
            field_dict["scheduled_at"] = scheduled_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if tweet_id is not UNSET:
            field_dict["tweet_id"] = tweet_id
        if nullcast is not UNSET:
            field_dict["nullcast"] = nullcast
        if media_keys is not UNSET:
            field_dict["media_keys"] = media_keys
        if media_ids is not UNSET:
            field_dict["media_ids"] = media_ids
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> int | str:
            return cast(int | str, data)

        id = _parse_id(d.pop("id"))

        def _parse_card_uri(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        card_uri = _parse_card_uri(d.pop("card_uri"))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        user_id = d.pop("user_id", UNSET)

        _scheduled_status = d.pop("scheduled_status", UNSET)
        scheduled_status: ScheduledTweetScheduledStatus | Unset
        if isinstance(_scheduled_status, Unset):
            scheduled_status = UNSET
        else:
            scheduled_status = ScheduledTweetScheduledStatus(_scheduled_status)

        _scheduled_at = d.pop("scheduled_at", UNSET)
        scheduled_at: datetime.datetime | Unset
        if isinstance(_scheduled_at, Unset):
            scheduled_at = UNSET
        else:
            scheduled_at = datetime.datetime.fromisoformat(_scheduled_at)

        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        def _parse_tweet_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tweet_id = _parse_tweet_id(d.pop("tweet_id", UNSET))

        nullcast = d.pop("nullcast", UNSET)

        media_keys = cast(list[str], d.pop("media_keys", UNSET))

        media_ids = cast(list[str], d.pop("media_ids", UNSET))

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

        scheduled_tweet = cls(
            id=id,
            card_uri=card_uri,
            name=name,
            text=text,
            user_id=user_id,
            scheduled_status=scheduled_status,
            scheduled_at=scheduled_at,
            completed_at=completed_at,
            tweet_id=tweet_id,
            nullcast=nullcast,
            media_keys=media_keys,
            media_ids=media_ids,
            created_at=created_at,
            updated_at=updated_at,
        )

        scheduled_tweet.additional_properties = d
        return scheduled_tweet

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
