from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_media_creative_type import AccountMediaCreativeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountMedia")


@_attrs_define
class AccountMedia:
    """Media for a non-Tweet placement. Videos carry `video_id` (a media key), images `media_url`.

    Attributes:
        id (str): Account media id.
        creative_type (AccountMediaCreativeType | Unset): Placement an account media entry is meant for.
        video_id (None | str | Unset): Media key of the video (PREROLL entries); null for images.
        media_url (None | str | Unset): URL of the image; null for videos.
        created_at (datetime.datetime | Unset): ISO 8601 timestamp in UTC, e.g. `2017-07-10T00:00:00Z`.
        updated_at (datetime.datetime | Unset): ISO 8601 timestamp in UTC, e.g. `2017-07-10T00:00:00Z`.
        deleted (bool | Unset):
    """

    id: str
    creative_type: AccountMediaCreativeType | Unset = UNSET
    video_id: None | str | Unset = UNSET
    media_url: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    deleted: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        creative_type: str | Unset = UNSET
        if not isinstance(self.creative_type, Unset):
            creative_type = self.creative_type.value

        video_id: None | str | Unset
        if isinstance(self.video_id, Unset):
            video_id = UNSET
        else:
            video_id = self.video_id

        media_url: None | str | Unset
        if isinstance(self.media_url, Unset):
            media_url = UNSET
        else:
            media_url = self.media_url

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
        if creative_type is not UNSET:
            field_dict["creative_type"] = creative_type
        if video_id is not UNSET:
            field_dict["video_id"] = video_id
        if media_url is not UNSET:
            field_dict["media_url"] = media_url
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

        _creative_type = d.pop("creative_type", UNSET)
        creative_type: AccountMediaCreativeType | Unset
        if isinstance(_creative_type, Unset):
            creative_type = UNSET
        else:
            creative_type = AccountMediaCreativeType(_creative_type)

        def _parse_video_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_id = _parse_video_id(d.pop("video_id", UNSET))

        def _parse_media_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        media_url = _parse_media_url(d.pop("media_url", UNSET))

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

        account_media = cls(
            id=id,
            creative_type=creative_type,
            video_id=video_id,
            media_url=media_url,
            created_at=created_at,
            updated_at=updated_at,
            deleted=deleted,
        )

        account_media.additional_properties = d
        return account_media

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
