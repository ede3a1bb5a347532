from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.poll_card_card_type import PollCardCardType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PollCard")


@_attrs_define
class PollCard:
    """A poll card. Numbers (duration, video sizes, content length) come back as strings of
    digits. `card_type` tells whether the poll is text only or carries an image or a video;
    the media key sent at creation is not answered (video polls answer their URLs). A
    delete's answer may carry only some fields.

        Attributes:
            id (str): Card id.
            name (str | Unset):
            card_uri (str | Unset): Card URI, `card://` followed by digits.
            card_type (PollCardCardType | Unset):
            first_choice (str | Unset):
            second_choice (str | Unset):
            third_choice (None | str | Unset):
            fourth_choice (None | str | Unset):
            duration_in_minutes (str | Unset): Minutes the poll is open.
            start_time (datetime.datetime | Unset): ISO 8601 timestamp in UTC, e.g. `2017-07-10T00:00:00Z`.
            end_time (datetime.datetime | Unset): ISO 8601 timestamp in UTC, e.g. `2017-07-10T00:00:00Z`.
            video_url (str | Unset): VMAP URL of the poll's video.
            video_hls_url (str | Unset): Streaming URL of the poll's video.
            video_width (str | Unset):
            video_height (str | Unset):
            video_poster_url (str | Unset): URL of the video's poster image.
            video_poster_width (str | Unset):
            video_poster_height (str | Unset):
            content_duration_seconds (str | Unset): Length of the video in seconds.
            created_at (datetime.datetime | Unset): ISO 8601 timestamp in UTC, e.g. `2017-07-10T00:00:00Z`.
            updated_at (datetime.datetime | Unset): ISO 8601 timestamp in UTC, e.g. `2017-07-10T00:00:00Z`.
            deleted (bool | Unset):
    """

    id: str
    name: str | Unset = UNSET
    card_uri: str | Unset = UNSET
    card_type: PollCardCardType | Unset = UNSET
    first_choice: str | Unset = UNSET
    second_choice: str | Unset = UNSET
    third_choice: None | str | Unset = UNSET
    fourth_choice: None | str | Unset = UNSET
    duration_in_minutes: str | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
    end_time: datetime.datetime | Unset = UNSET
    video_url: str | Unset = UNSET
    video_hls_url: str | Unset = UNSET
    video_width: str | Unset = UNSET
    video_height: str | Unset = UNSET
    video_poster_url: str | Unset = UNSET
    video_poster_width: str | Unset = UNSET
    video_poster_height: str | Unset = UNSET
    content_duration_seconds: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    deleted: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        card_uri = self.card_uri

        card_type: str | Unset = UNSET
        if not isinstance(self.card_type, Unset):
            card_type = self.card_type.value

        first_choice = self.first_choice

        second_choice = self.second_choice

        third_choice: None | str | Unset
        if isinstance(self.third_choice, Unset):
            third_choice = UNSET
        else:
            third_choice = self.third_choice

        fourth_choice: None | str | Unset
        if isinstance(self.fourth_choice, Unset):
            fourth_choice = UNSET
        else:
            fourth_choice = self.fourth_choice

        duration_in_minutes = self.duration_in_minutes

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = (
                (self.start_time if self.start_time.tzinfo else self.start_time.replace(tzinfo=datetime.UTC))
                .astimezone(datetime.UTC)
                .isoformat()
                .replace("+00:00", "Z")
            )

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = (
                (self.end_time if self.end_time.tzinfo else self.end_time.replace(tzinfo=datetime.UTC))
                .astimezone(datetime.UTC)
                .isoformat()
                .replace("+00:00", "Z")
            )

        video_url = self.video_url

        video_hls_url = self.video_hls_url

        video_width = self.video_width

        video_height = self.video_height

        video_poster_url = self.video_poster_url

        video_poster_width = self.video_poster_width

        video_poster_height = self.video_poster_height

        content_duration_seconds = self.content_duration_seconds

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
        if card_uri is not UNSET:
            field_dict["card_uri"] = card_uri
        if card_type is not UNSET:
            field_dict["card_type"] = card_type
        if first_choice is not UNSET:
            field_dict["first_choice"] = first_choice
        if second_choice is not UNSET:
            field_dict["second_choice"] = second_choice
        if third_choice is not UNSET:
            field_dict["third_choice"] = third_choice
        if fourth_choice is not UNSET:
            field_dict["fourth_choice"] = fourth_choice
        if duration_in_minutes is not UNSET:
            field_dict["duration_in_minutes"] = duration_in_minutes
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if video_hls_url is not UNSET:
            field_dict["video_hls_url"] = video_hls_url
        if video_width is not UNSET:
            field_dict["video_width"] = video_width
        if video_height is not UNSET:
            field_dict["video_height"] = video_height
        if video_poster_url is not UNSET:
            field_dict["video_poster_url"] = video_poster_url
        if video_poster_width is not UNSET:
            field_dict["video_poster_width"] = video_poster_width
        if video_poster_height is not UNSET:
            field_dict["video_poster_height"] = video_poster_height
        if content_duration_seconds is not UNSET:
            field_dict["content_duration_seconds"] = content_duration_seconds
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

        card_uri = d.pop("card_uri", UNSET)

        _card_type = d.pop("card_type", UNSET)
        card_type: PollCardCardType | Unset
        if isinstance(_card_type, Unset):
            card_type = UNSET
        else:
            card_type = PollCardCardType(_card_type)

        first_choice = d.pop("first_choice", UNSET)

        second_choice = d.pop("second_choice", UNSET)

        def _parse_third_choice(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        third_choice = _parse_third_choice(d.pop("third_choice", UNSET))

        def _parse_fourth_choice(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fourth_choice = _parse_fourth_choice(d.pop("fourth_choice", UNSET))

        duration_in_minutes = d.pop("duration_in_minutes", UNSET)

        _start_time = d.pop("start_time", UNSET)
        start_time: datetime.datetime | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = datetime.datetime.fromisoformat(_start_time)

        _end_time = d.pop("end_time", UNSET)
        end_time: datetime.datetime | Unset
        if isinstance(_end_time, Unset):
            end_time = UNSET
        else:
            end_time = datetime.datetime.fromisoformat(_end_time)

        video_url = d.pop("video_url", UNSET)

        video_hls_url = d.pop("video_hls_url", UNSET)

        video_width = d.pop("video_width", UNSET)

        video_height = d.pop("video_height", UNSET)

        video_poster_url = d.pop("video_poster_url", UNSET)

        video_poster_width = d.pop("video_poster_width", UNSET)

        video_poster_height = d.pop("video_poster_height", UNSET)

        content_duration_seconds = d.pop("content_duration_seconds", UNSET)

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

        poll_card = cls(
            id=id,
            name=name,
            card_uri=card_uri,
            card_type=card_type,
            first_choice=first_choice,
            second_choice=second_choice,
            third_choice=third_choice,
            fourth_choice=fourth_choice,
            duration_in_minutes=duration_in_minutes,
            start_time=start_time,
            end_time=end_time,
            video_url=video_url,
            video_hls_url=video_hls_url,
            video_width=video_width,
            video_height=video_height,
            video_poster_url=video_poster_url,
            video_poster_width=video_poster_width,
            video_poster_height=video_poster_height,
            content_duration_seconds=content_duration_seconds,
            created_at=created_at,
            updated_at=updated_at,
            deleted=deleted,
        )

        poll_card.additional_properties = d
        return poll_card

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
