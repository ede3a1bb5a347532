from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_conversation_card_card_type import VideoConversationCardCardType
from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoConversationCard")


@_attrs_define
class VideoConversationCard:
    """A video conversation card. Video dimensions come back as strings of digits (the
    reference shows the aspect ratio, 16 by 9). The poster and unlock media are answered as
    URLs, not as media keys. A delete's answer may carry only some fields.

        Attributes:
            id (str): Card id.
            name (str | Unset):
            card_uri (str | Unset): Card URI, `card://` followed by digits.
            card_type (VideoConversationCardCardType | Unset):
            title (None | str | Unset):
            first_cta (str | Unset):
            first_cta_tweet (str | Unset):
            second_cta (None | str | Unset):
            second_cta_tweet (None | str | Unset):
            third_cta (None | str | Unset):
            third_cta_tweet (None | str | Unset):
            fourth_cta (None | str | Unset):
            fourth_cta_tweet (None | str | Unset):
            thank_you_text (str | Unset):
            thank_you_url (None | str | Unset):
            media_key (str | Unset): Media key, `<prefix>_<media id>`, e.g. `3_1151345051455819776`. The prefix tells the
                media type (`x-media-key-prefixes`): 3 image, 7 video (TWEET_VIDEO), 13 video
                (AMPLIFY_VIDEO), 16 GIF, as the reference's examples show.
            media_url (str | Unset): VMAP URL of the card's video.
            video_width (str | Unset):
            video_height (str | Unset):
            video_owner_id (str | Unset): User id of the video's owner.
            poster_media_url (str | Unset): URL of the poster image.
            created_at (datetime.datetime | Unset): ISO 8601 timestamp in UTC, e.g. `2017-07-10T00:00:00Z`.
            updated_at (datetime.datetime | Unset): ISO 8601 timestamp in UTC, e.g. `2017-07-10T00:00:00Z`.
            deleted (bool | Unset):
    """

    id: str
    name: str | Unset = UNSET
    card_uri: str | Unset = UNSET
    card_type: VideoConversationCardCardType | Unset = UNSET
    title: None | str | Unset = UNSET
    first_cta: str | Unset = UNSET
    first_cta_tweet: str | Unset = UNSET
    second_cta: None | str | Unset = UNSET
    second_cta_tweet: None | str | Unset = UNSET
    third_cta: None | str | Unset = UNSET
    third_cta_tweet: None | str | Unset = UNSET
    fourth_cta: None | str | Unset = UNSET
    fourth_cta_tweet: None | str | Unset = UNSET
    thank_you_text: str | Unset = UNSET
    thank_you_url: None | str | Unset = UNSET
    media_key: str | Unset = UNSET
    media_url: str | Unset = UNSET
    video_width: str | Unset = UNSET
    video_height: str | Unset = UNSET
    video_owner_id: str | Unset = UNSET
    poster_media_url: str | Unset = UNSET
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

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        first_cta = self.first_cta

        first_cta_tweet = self.first_cta_tweet

        second_cta: None | str | Unset
        if isinstance(self.second_cta, Unset):
            second_cta = UNSET
        else:
            second_cta = self.second_cta

        second_cta_tweet: None | str | Unset
        if isinstance(self.second_cta_tweet, Unset):
            second_cta_tweet = UNSET
        else:
            second_cta_tweet = self.second_cta_tweet

        third_cta: None | str | Unset
        if isinstance(self.third_cta, Unset):
            third_cta = UNSET
        else:
            third_cta = self.third_cta

        third_cta_tweet: None | str | Unset
        if isinstance(self.third_cta_tweet, Unset):
            third_cta_tweet = UNSET
        else:
            third_cta_tweet = self.third_cta_tweet

        fourth_cta: None | str | Unset
        if isinstance(self.fourth_cta, Unset):
            fourth_cta = UNSET
        else:
            fourth_cta = self.fourth_cta

        fourth_cta_tweet: None | str | Unset
        if isinstance(self.fourth_cta_tweet, Unset):
            fourth_cta_tweet = UNSET
        else:
            fourth_cta_tweet = self.fourth_cta_tweet

        thank_you_text = self.thank_you_text

        thank_you_url: None | str | Unset
        if isinstance(self.thank_you_url, Unset):
            thank_you_url = UNSET
        else:
            thank_you_url = self.thank_you_url

        media_key = self.media_key

        media_url = self.media_url

        video_width = self.video_width

        video_height = self.video_height

        video_owner_id = self.video_owner_id

        poster_media_url = self.poster_media_url

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
        if title is not UNSET:
            field_dict["title"] = title
        if first_cta is not UNSET:
            field_dict["first_cta"] = first_cta
        if first_cta_tweet is not UNSET:
            field_dict["first_cta_tweet"] = first_cta_tweet
        if second_cta is not UNSET:
            field_dict["second_cta"] = second_cta
        if second_cta_tweet is not UNSET:
            field_dict["second_cta_tweet"] = second_cta_tweet
        if third_cta is not UNSET:
            field_dict["third_cta"] = third_cta
        if third_cta_tweet is not UNSET:
            field_dict["third_cta_tweet"] = third_cta_tweet
        if fourth_cta is not UNSET:
            field_dict["fourth_cta"] = fourth_cta
        if fourth_cta_tweet is not UNSET:
            field_dict["fourth_cta_tweet"] = fourth_cta_tweet
        if thank_you_text is not UNSET:
            field_dict["thank_you_text"] = thank_you_text
        if thank_you_url is not UNSET:
            field_dict["thank_you_url"] = thank_you_url
        if media_key is not UNSET:
            field_dict["media_key"] = media_key
        if media_url is not UNSET:
            field_dict["media_url"] = media_url
        if video_width is not UNSET:
            field_dict["video_width"] = video_width
        if video_height is not UNSET:
            field_dict["video_height"] = video_height
        if video_owner_id is not UNSET:
            field_dict["video_owner_id"] = video_owner_id
        if poster_media_url is not UNSET:
            field_dict["poster_media_url"] = poster_media_url
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
        card_type: VideoConversationCardCardType | Unset
        if isinstance(_card_type, Unset):
            card_type = UNSET
        else:
            card_type = VideoConversationCardCardType(_card_type)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        first_cta = d.pop("first_cta", UNSET)

        first_cta_tweet = d.pop("first_cta_tweet", UNSET)

        def _parse_second_cta(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        second_cta = _parse_second_cta(d.pop("second_cta", UNSET))

        def _parse_second_cta_tweet(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        second_cta_tweet = _parse_second_cta_tweet(d.pop("second_cta_tweet", UNSET))

        def _parse_third_cta(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        third_cta = _parse_third_cta(d.pop("third_cta", UNSET))

        def _parse_third_cta_tweet(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        third_cta_tweet = _parse_third_cta_tweet(d.pop("third_cta_tweet", UNSET))

        def _parse_fourth_cta(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fourth_cta = _parse_fourth_cta(d.pop("fourth_cta", UNSET))

        def _parse_fourth_cta_tweet(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fourth_cta_tweet = _parse_fourth_cta_tweet(d.pop("fourth_cta_tweet", UNSET))

        thank_you_text = d.pop("thank_you_text", UNSET)

        def _parse_thank_you_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        thank_you_url = _parse_thank_you_url(d.pop("thank_you_url", UNSET))

        media_key = d.pop("media_key", UNSET)

        media_url = d.pop("media_url", UNSET)

        video_width = d.pop("video_width", UNSET)

        video_height = d.pop("video_height", UNSET)

        video_owner_id = d.pop("video_owner_id", UNSET)

        poster_media_url = d.pop("poster_media_url", UNSET)

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

        video_conversation_card = cls(
            id=id,
            name=name,
            card_uri=card_uri,
            card_type=card_type,
            title=title,
            first_cta=first_cta,
            first_cta_tweet=first_cta_tweet,
            second_cta=second_cta,
            second_cta_tweet=second_cta_tweet,
            third_cta=third_cta,
            third_cta_tweet=third_cta_tweet,
            fourth_cta=fourth_cta,
            fourth_cta_tweet=fourth_cta_tweet,
            thank_you_text=thank_you_text,
            thank_you_url=thank_you_url,
            media_key=media_key,
            media_url=media_url,
            video_width=video_width,
            video_height=video_height,
            video_owner_id=video_owner_id,
            poster_media_url=poster_media_url,
            created_at=created_at,
            updated_at=updated_at,
            deleted=deleted,
        )

        video_conversation_card.additional_properties = d
        return video_conversation_card

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
