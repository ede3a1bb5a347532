from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.media_library_media_category import MediaLibraryMediaCategory
from ..models.media_library_media_type import MediaLibraryMediaType
from ..types import UNSET, Unset

T = TypeVar("T", bound="MediaLibraryItem")


@_attrs_define
class MediaLibraryItem:
    """One image, GIF or video of the library.

    Attributes:
        media_key (str): Media key, `<prefix>_<media id>`, e.g. `3_1151345051455819776`. The prefix tells the
            media type (`x-media-key-prefixes`): 3 image, 7 video (TWEET_VIDEO), 13 video
            (AMPLIFY_VIDEO), 16 GIF, as the reference's examples show.
        media_id (str | Unset): The media id (the media key without its prefix), for endpoints that take ids.
        media_type (MediaLibraryMediaType | Unset): Kind of media in the library.
        media_category (MediaLibraryMediaCategory | Unset): Upload category of a medium (AMPLIFY_VIDEO and TWEET_VIDEO
            are videos).
        media_status (str | Unset): Processing state, e.g. TRANSCODE_COMPLETED.
        media_url (None | str | Unset): URL of the image, or of the GIF's or video's mp4.
        name (None | str | Unset):
        file_name (None | str | Unset):
        title (None | str | Unset): Video headline (videos and GIFs).
        description (None | str | Unset): Video description (videos and GIFs).
        poster_media_key (None | str | Unset): Media key of the poster image (videos and GIFs).
        poster_media_url (None | str | Unset): URL of the poster frame (a jpg) of a GIF or video, shown in the
            reference's GIF and video answers; image answers carry none.
        aspect_ratio (None | str | Unset): Width:height, given for GIFs and videos; lets cards pick media of the ratio
            they need.
        duration (int | None | Unset): Video length (milliseconds, judging by the reference's values).
        tweeted (bool | Unset): Whether the media has been used in a Tweet.
        created_at (datetime.datetime | Unset): ISO 8601 timestamp in UTC, e.g. `2017-07-10T00:00:00Z`.
        updated_at (datetime.datetime | Unset): ISO 8601 timestamp in UTC, e.g. `2017-07-10T00:00:00Z`.
        deleted (bool | Unset):
    """

    media_key: str
    media_id: str | Unset = UNSET
    media_type: MediaLibraryMediaType | Unset = UNSET
    media_category: MediaLibraryMediaCategory | Unset = UNSET
    media_status: str | Unset = UNSET
    media_url: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    file_name: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    poster_media_key: None | str | Unset = UNSET
    poster_media_url: None | str | Unset = UNSET
    aspect_ratio: None | str | Unset = UNSET
    duration: int | None | Unset = UNSET
    tweeted: bool | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    deleted: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        media_key = self.media_key

        media_id = self.media_id

        media_type: str | Unset = UNSET
        if not isinstance(self.media_type, Unset):
            media_type = self.media_type.value

        media_category: str | Unset = UNSET
        if not isinstance(self.media_category, Unset):
            media_category = self.media_category.value

        media_status = self.media_status

        media_url: None | str | Unset
        if isinstance(self.media_url, Unset):
            media_url = UNSET
        else:
            media_url = self.media_url

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        file_name: None | str | Unset
        if isinstance(self.file_name, Unset):
            file_name = UNSET
        else:
            file_name = self.file_name

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        poster_media_key: None | str | Unset
        if isinstance(self.poster_media_key, Unset):
            poster_media_key = UNSET
        else:
            poster_media_key = self.poster_media_key

        poster_media_url: None | str | Unset
        if isinstance(self.poster_media_url, Unset):
            poster_media_url = UNSET
        else:
            poster_media_url = self.poster_media_url

        aspect_ratio: None | str | Unset
        if isinstance(self.aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = self.aspect_ratio

        duration: int | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        tweeted = self.tweeted

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
                "media_key": media_key,
            }
        )
        if media_id is not UNSET:
            field_dict["media_id"] = media_id
        if media_type is not UNSET:
            field_dict["media_type"] = media_type
        if media_category is not UNSET:
            field_dict["media_category"] = media_category
        if media_status is not UNSET:
            field_dict["media_status"] = media_status
        if media_url is not UNSET:
            field_dict["media_url"] = media_url
        if name is not UNSET:
            field_dict["name"] = name
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if poster_media_key is not UNSET:
            field_dict["poster_media_key"] = poster_media_key
        if poster_media_url is not UNSET:
            field_dict["poster_media_url"] = poster_media_url
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if duration is not UNSET:
            field_dict["duration"] = duration
        if tweeted is not UNSET:
            field_dict["tweeted"] = tweeted
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
        media_key = d.pop("media_key")

        media_id = d.pop("media_id", UNSET)

        _media_type = d.pop("media_type", UNSET)
        media_type: MediaLibraryMediaType | Unset
        if isinstance(_media_type, Unset):
            media_type = UNSET
        else:
            media_type = MediaLibraryMediaType(_media_type)

        _media_category = d.pop("media_category", UNSET)
        media_category: MediaLibraryMediaCategory | Unset
        if isinstance(_media_category, Unset):
            media_category = UNSET
        else:
            media_category = MediaLibraryMediaCategory(_media_category)

        media_status = d.pop("media_status", UNSET)

        def _parse_media_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        media_url = _parse_media_url(d.pop("media_url", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_file_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_name = _parse_file_name(d.pop("file_name", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_poster_media_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        poster_media_key = _parse_poster_media_key(d.pop("poster_media_key", UNSET))

        def _parse_poster_media_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        poster_media_url = _parse_poster_media_url(d.pop("poster_media_url", UNSET))

        def _parse_aspect_ratio(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        aspect_ratio = _parse_aspect_ratio(d.pop("aspect_ratio", UNSET))

        def _parse_duration(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        tweeted = d.pop("tweeted", UNSET)

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

        media_library_item = cls(
            media_key=media_key,
            media_id=media_id,
            media_type=media_type,
            media_category=media_category,
            media_status=media_status,
            media_url=media_url,
            name=name,
            file_name=file_name,
            title=title,
            description=description,
            poster_media_key=poster_media_key,
            poster_media_url=poster_media_url,
            aspect_ratio=aspect_ratio,
            duration=duration,
            tweeted=tweeted,
            created_at=created_at,
            updated_at=updated_at,
            deleted=deleted,
        )

        media_library_item.additional_properties = d
        return media_library_item

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
