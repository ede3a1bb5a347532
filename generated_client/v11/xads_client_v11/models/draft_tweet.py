from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DraftTweet")


@_attrs_define
class DraftTweet:
    """An unpublished Tweet. The answer always carries `card_uri` (null without a card).

    Attributes:
        id (int | str): A 64-bit Tweet or user id in an answer: a digit string, or a JSON number as in the classic Tweet
            format (see the Tweet schema's `x-fidelity`).
        card_uri (None | str):
        name (None | str | Unset):
        text (None | str | Unset): The Tweet text; a card's preview URL, when used, appears here.
        user_id (str | Unset): The promotable user the draft belongs to.
        nullcast (bool | Unset): Promoted-only (true) or organic (false).
        media_keys (list[str] | Unset):
        media_ids (list[str] | Unset): The media ids of `media_keys` (the Identifying Media guide lists both).
        status (str | Unset): DELETED in the answer of a delete.
        created_at (datetime.datetime | Unset): ISO 8601 timestamp in UTC, e.g. `2017-07-10T00:00:00Z`.
        updated_at (datetime.datetime | Unset): ISO 8601 timestamp in UTC, e.g. `2017-07-10T00:00:00Z`.
    """

    id: int | str
    card_uri: None | str
    name: None | str | Unset = UNSET
    text: None | str | Unset = UNSET
    user_id: str | Unset = UNSET
    nullcast: bool | Unset = UNSET
    media_keys: list[str] | Unset = UNSET
    media_ids: list[str] | Unset = UNSET
    status: str | Unset = UNSET
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

        nullcast = self.nullcast

        media_keys: list[str] | Unset = UNSET
        if not isinstance(self.media_keys, Unset):
            media_keys = self.media_keys

        media_ids: list[str] | Unset = UNSET
        if not isinstance(self.media_ids, Unset):
            media_ids = self.media_ids

        status = self.status

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
        if nullcast is not UNSET:
            field_dict["nullcast"] = nullcast
        if media_keys is not UNSET:
            field_dict["media_keys"] = media_keys
        if media_ids is not UNSET:
            field_dict["media_ids"] = media_ids
        if status is not UNSET:
            field_dict["status"] = status
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

        nullcast = d.pop("nullcast", UNSET)

        media_keys = cast(list[str], d.pop("media_keys", UNSET))

        media_ids = cast(list[str], d.pop("media_ids", UNSET))

        status = d.pop("status", UNSET)

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

        draft_tweet = cls(
            id=id,
            card_uri=card_uri,
            name=name,
            text=text,
            user_id=user_id,
            nullcast=nullcast,
            media_keys=media_keys,
            media_ids=media_ids,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
        )

        draft_tweet.additional_properties = d
        return draft_tweet

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
