from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tweet_entities import TweetEntities
    from ..models.tweet_user import TweetUser


T = TypeVar("T", bound="Tweet")


@_attrs_define
class Tweet:
    """A Tweet as the Ads API renders it (classic Tweet fields plus `name`, `nullcast`, `tweet_type`, `tweet_id`). Times
    are in the classic `Sat Jun 24 05:08:30 +0000 2017` form.

        Attributes:
            id (int | str | Unset):
            id_str (str | Unset):
            tweet_id (str | Unset):
            text (str | Unset):
            full_text (str | Unset):
            name (None | str | Unset):
            nullcast (bool | Unset):
            tweet_type (str | Unset):
            created_at (str | Unset):
            scheduled_at (None | str | Unset):
            conversation_settings (str | Unset):
            card_uri (None | str | Unset):
            lang (None | str | Unset):
            entities (TweetEntities | Unset):
            user (TweetUser | Unset):
    """

    id: int | str | Unset = UNSET
    id_str: str | Unset = UNSET
    tweet_id: str | Unset = UNSET
    text: str | Unset = UNSET
    full_text: str | Unset = UNSET
    name: None | str | Unset = UNSET
    nullcast: bool | Unset = UNSET
    tweet_type: str | Unset = UNSET
    created_at: str | Unset = UNSET
    scheduled_at: None | str | Unset = UNSET
    conversation_settings: str | Unset = UNSET
    card_uri: None | str | Unset = UNSET
    lang: None | str | Unset = UNSET
    entities: TweetEntities | Unset = UNSET
    user: TweetUser | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        id_str = self.id_str

        tweet_id = self.tweet_id

        text = self.text

        full_text = self.full_text

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        nullcast = self.nullcast

        tweet_type = self.tweet_type

        created_at = self.created_at

        scheduled_at: None | str | Unset
        if isinstance(self.scheduled_at, Unset):
            scheduled_at = UNSET
        else:
            scheduled_at = self.scheduled_at

        conversation_settings = self.conversation_settings

        card_uri: None | str | Unset
        if isinstance(self.card_uri, Unset):
            card_uri = UNSET
        else:
            card_uri = self.card_uri

        lang: None | str | Unset
        if isinstance(self.lang, Unset):
            lang = UNSET
        else:
            lang = self.lang

        entities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.entities, Unset):
            entities = self.entities.to_dict()

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if id_str is not UNSET:
            field_dict["id_str"] = id_str
        if tweet_id is not UNSET:
            field_dict["tweet_id"] = tweet_id
        if text is not UNSET:
            field_dict["text"] = text
        if full_text is not UNSET:
            field_dict["full_text"] = full_text
        if name is not UNSET:
            field_dict["name"] = name
        if nullcast is not UNSET:
            field_dict["nullcast"] = nullcast
        if tweet_type is not UNSET:
            field_dict["tweet_type"] = tweet_type
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if scheduled_at is not UNSET:
            field_dict["scheduled_at"] = scheduled_at
        if conversation_settings is not UNSET:
            field_dict["conversation_settings"] = conversation_settings
        if card_uri is not UNSET:
            field_dict["card_uri"] = card_uri
        if lang is not UNSET:
            field_dict["lang"] = lang
        if entities is not UNSET:
            field_dict["entities"] = entities
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tweet_entities import TweetEntities  # noqa: PLC0415
        from ..models.tweet_user import TweetUser  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        id_str = d.pop("id_str", UNSET)

        tweet_id = d.pop("tweet_id", UNSET)

        text = d.pop("text", UNSET)

        full_text = d.pop("full_text", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        nullcast = d.pop("nullcast", UNSET)

        tweet_type = d.pop("tweet_type", UNSET)

        created_at = d.pop("created_at", UNSET)

        def _parse_scheduled_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scheduled_at = _parse_scheduled_at(d.pop("scheduled_at", UNSET))

        conversation_settings = d.pop("conversation_settings", UNSET)

        def _parse_card_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        card_uri = _parse_card_uri(d.pop("card_uri", UNSET))

        def _parse_lang(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lang = _parse_lang(d.pop("lang", UNSET))

        _entities = d.pop("entities", UNSET)
        entities: TweetEntities | Unset
        if isinstance(_entities, Unset):
            entities = UNSET
        else:
            entities = TweetEntities.from_dict(_entities)

        _user = d.pop("user", UNSET)
        user: TweetUser | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = TweetUser.from_dict(_user)

        tweet = cls(
            id=id,
            id_str=id_str,
            tweet_id=tweet_id,
            text=text,
            full_text=full_text,
            name=name,
            nullcast=nullcast,
            tweet_type=tweet_type,
            created_at=created_at,
            scheduled_at=scheduled_at,
            conversation_settings=conversation_settings,
            card_uri=card_uri,
            lang=lang,
            entities=entities,
            user=user,
        )

        tweet.additional_properties = d
        return tweet

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
