from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tweet_conversation_settings import TweetConversationSettings
from ..models.tweet_type import TweetType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tweet_coordinates_type_0 import TweetCoordinatesType0
    from ..models.tweet_entities import TweetEntities
    from ..models.tweet_extended_entities import TweetExtendedEntities
    from ..models.tweet_geo_type_0 import TweetGeoType0
    from ..models.tweet_place_type_0 import TweetPlaceType0
    from ..models.tweet_scopes import TweetScopes
    from ..models.tweet_user import TweetUser


T = TypeVar("T", bound="Tweet")


@_attrs_define
class Tweet:
    """A Tweet as the Ads API renders it: the classic Tweet object (times like `Sat Jun 24 05:08:30 +0000 2017`) plus
    `name`, `nullcast`, `tweet_type`, `tweet_id` and, on reads, `conversation_settings`. `card_uri` appears only for
    Tweets made with a card URI. `id` (and the user's `id`) is a digit string or a JSON number; the `_str` duplicates
    are gone from version 11 (see `x-fidelity`).

        Attributes:
            id (int | str): A 64-bit Tweet or user id in an answer: a digit string, or a JSON number as in the classic Tweet
                format (see the Tweet schema's `x-fidelity`).
            tweet_id (str | Unset): The Tweet id as a string (Ads API field).
            text (str | Unset):
            full_text (str | Unset):
            display_text_range (list[int] | Unset):
            truncated (bool | Unset):
            name (None | str | Unset):
            nullcast (bool | Unset): Promoted-only (true) or organic (false).
            tweet_type (TweetType | Unset): Published, scheduled or draft Tweet.
            scheduled_status (None | str | Unset):
            scheduled_at (None | str | Unset):
            conversation_settings (TweetConversationSettings | Unset): Who may reply to a Tweet (users it mentions always
                can).
            card_uri (None | str | Unset):
            created_at (str | Unset): Classic format, e.g. `Tue Aug 27 22:22:12 +0000 2019`.
            source (str | Unset): The app that posted the Tweet (plain name or an HTML link).
            entities (TweetEntities | Unset): Hashtags, symbols, mentions, URLs and (first) media found in the text.
            extended_entities (TweetExtendedEntities | Unset): All media of the Tweet (several images, video variants).
            user (TweetUser | Unset): The author; only `id` with trim_user=true, the full user object otherwise. `id` is a
                digit string or a JSON number (see the Tweet's `x-fidelity`).
            in_reply_to_status_id (int | None | str | Unset):
            in_reply_to_user_id (int | None | str | Unset):
            in_reply_to_screen_name (None | str | Unset):
            geo (None | TweetGeoType0 | Unset):
            coordinates (None | TweetCoordinatesType0 | Unset):
            place (None | TweetPlaceType0 | Unset):
            contributors (list[int] | None | Unset):
            retweet_count (int | Unset):
            favorite_count (int | Unset):
            favorited (bool | Unset):
            retweeted (bool | Unset):
            possibly_sensitive (bool | Unset):
            scopes (TweetScopes | Unset):
            lang (None | str | Unset):
    """

    id: int | str
    tweet_id: str | Unset = UNSET
    text: str | Unset = UNSET
    full_text: str | Unset = UNSET
    display_text_range: list[int] | Unset = UNSET
    truncated: bool | Unset = UNSET
    name: None | str | Unset = UNSET
    nullcast: bool | Unset = UNSET
    tweet_type: TweetType | Unset = UNSET
    scheduled_status: None | str | Unset = UNSET
    scheduled_at: None | str | Unset = UNSET
    conversation_settings: TweetConversationSettings | Unset = UNSET
    card_uri: None | str | Unset = UNSET
    created_at: str | Unset = UNSET
    source: str | Unset = UNSET
    entities: TweetEntities | Unset = UNSET
    extended_entities: TweetExtendedEntities | Unset = UNSET
    user: TweetUser | Unset = UNSET
    in_reply_to_status_id: int | None | str | Unset = UNSET
    in_reply_to_user_id: int | None | str | Unset = UNSET
    in_reply_to_screen_name: None | str | Unset = UNSET
    geo: None | TweetGeoType0 | Unset = UNSET
    coordinates: None | TweetCoordinatesType0 | Unset = UNSET
    place: None | TweetPlaceType0 | Unset = UNSET
    contributors: list[int] | None | Unset = UNSET
    retweet_count: int | Unset = UNSET
    favorite_count: int | Unset = UNSET
    favorited: bool | Unset = UNSET
    retweeted: bool | Unset = UNSET
    possibly_sensitive: bool | Unset = UNSET
    scopes: TweetScopes | Unset = UNSET
    lang: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.tweet_coordinates_type_0 import TweetCoordinatesType0  # noqa: PLC0415
        from ..models.tweet_geo_type_0 import TweetGeoType0  # noqa: PLC0415
        from ..models.tweet_place_type_0 import TweetPlaceType0  # noqa: PLC0415

        id: int | str
        id = self.id

        tweet_id = self.tweet_id

        text = self.text

        full_text = self.full_text

        display_text_range: list[int] | Unset = UNSET
        if not isinstance(self.display_text_range, Unset):
            display_text_range = self.display_text_range

        truncated = self.truncated

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        nullcast = self.nullcast

        tweet_type: str | Unset = UNSET
        if not isinstance(self.tweet_type, Unset):
            tweet_type = self.tweet_type.value

        scheduled_status: None | str | Unset
        if isinstance(self.scheduled_status, Unset):
            scheduled_status = UNSET
        else:
            scheduled_status = self.scheduled_status

        scheduled_at: None | str | Unset
        if isinstance(self.scheduled_at, Unset):
            scheduled_at = UNSET
        else:
            scheduled_at = self.scheduled_at

        conversation_settings: str | Unset = UNSET
        if not isinstance(self.conversation_settings, Unset):
            conversation_settings = self.conversation_settings.value

        card_uri: None | str | Unset
        if isinstance(self.card_uri, Unset):
            card_uri = UNSET
        else:
            card_uri = self.card_uri

        created_at = self.created_at

        source = self.source

        entities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.entities, Unset):
            entities = self.entities.to_dict()

        extended_entities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extended_entities, Unset):
            extended_entities = self.extended_entities.to_dict()

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        in_reply_to_status_id: int | None | str | Unset
        if isinstance(self.in_reply_to_status_id, Unset):
            in_reply_to_status_id = UNSET
        else:
            in_reply_to_status_id = self.in_reply_to_status_id

        in_reply_to_user_id: int | None | str | Unset
        if isinstance(self.in_reply_to_user_id, Unset):
            in_reply_to_user_id = UNSET
        else:
            in_reply_to_user_id = self.in_reply_to_user_id

        in_reply_to_screen_name: None | str | Unset
        if isinstance(self.in_reply_to_screen_name, Unset):
            in_reply_to_screen_name = UNSET
        else:
            in_reply_to_screen_name = self.in_reply_to_screen_name

        geo: dict[str, Any] | None | Unset
        if isinstance(self.geo, Unset):
            geo = UNSET
        elif isinstance(self.geo, TweetGeoType0):
            geo = self.geo.to_dict()
        else:
            geo = self.geo

        coordinates: dict[str, Any] | None | Unset
        if isinstance(self.coordinates, Unset):
            coordinates = UNSET
        elif isinstance(self.coordinates, TweetCoordinatesType0):
            coordinates = self.coordinates.to_dict()
        else:
            coordinates = self.coordinates

        place: dict[str, Any] | None | Unset
        if isinstance(self.place, Unset):
            place = UNSET
        elif isinstance(self.place, TweetPlaceType0):
            place = self.place.to_dict()
        else:
            place = self.place

        contributors: list[int] | None | Unset
        if isinstance(self.contributors, Unset):
            contributors = UNSET
        elif isinstance(self.contributors, list):
            contributors = self.contributors

        else:
            contributors = self.contributors

        retweet_count = self.retweet_count

        favorite_count = self.favorite_count

        favorited = self.favorited

        retweeted = self.retweeted

        possibly_sensitive = self.possibly_sensitive

        scopes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = self.scopes.to_dict()

        lang: None | str | Unset
        if isinstance(self.lang, Unset):
            lang = UNSET
        else:
            lang = self.lang

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if tweet_id is not UNSET:
            field_dict["tweet_id"] = tweet_id
        if text is not UNSET:
            field_dict["text"] = text
        if full_text is not UNSET:
            field_dict["full_text"] = full_text
        if display_text_range is not UNSET:
            field_dict["display_text_range"] = display_text_range
        if truncated is not UNSET:
            field_dict["truncated"] = truncated
        if name is not UNSET:
            field_dict["name"] = name
        if nullcast is not UNSET:
            field_dict["nullcast"] = nullcast
        if tweet_type is not UNSET:
            field_dict["tweet_type"] = tweet_type
        if scheduled_status is not UNSET:
            field_dict["scheduled_status"] = scheduled_status
        if scheduled_at is not UNSET:
            field_dict["scheduled_at"] = scheduled_at
        if conversation_settings is not UNSET:
            field_dict["conversation_settings"] = conversation_settings
        if card_uri is not UNSET:
            field_dict["card_uri"] = card_uri
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if source is not UNSET:
            field_dict["source"] = source
        if entities is not UNSET:
            field_dict["entities"] = entities
        if extended_entities is not UNSET:
            field_dict["extended_entities"] = extended_entities
        if user is not UNSET:
            field_dict["user"] = user
        if in_reply_to_status_id is not UNSET:
            field_dict["in_reply_to_status_id"] = in_reply_to_status_id
        if in_reply_to_user_id is not UNSET:
            field_dict["in_reply_to_user_id"] = in_reply_to_user_id
        if in_reply_to_screen_name is not UNSET:
            field_dict["in_reply_to_screen_name"] = in_reply_to_screen_name
        if geo is not UNSET:
            field_dict["geo"] = geo
        if coordinates is not UNSET:
            field_dict["coordinates"] = coordinates
        if place is not UNSET:
            field_dict["place"] = place
        if contributors is not UNSET:
            field_dict["contributors"] = contributors
        if retweet_count is not UNSET:
            field_dict["retweet_count"] = retweet_count
        if favorite_count is not UNSET:
            field_dict["favorite_count"] = favorite_count
        if favorited is not UNSET:
            field_dict["favorited"] = favorited
        if retweeted is not UNSET:
            field_dict["retweeted"] = retweeted
        if possibly_sensitive is not UNSET:
            field_dict["possibly_sensitive"] = possibly_sensitive
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if lang is not UNSET:
            field_dict["lang"] = lang

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tweet_coordinates_type_0 import TweetCoordinatesType0  # noqa: PLC0415
        from ..models.tweet_entities import TweetEntities  # noqa: PLC0415
        from ..models.tweet_extended_entities import TweetExtendedEntities  # noqa: PLC0415
        from ..models.tweet_geo_type_0 import TweetGeoType0  # noqa: PLC0415
        from ..models.tweet_place_type_0 import TweetPlaceType0  # noqa: PLC0415
        from ..models.tweet_scopes import TweetScopes  # noqa: PLC0415
        from ..models.tweet_user import TweetUser  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id(data: object) -> int | str:
            return cast(int | str, data)

        id = _parse_id(d.pop("id"))

        tweet_id = d.pop("tweet_id", UNSET)

        text = d.pop("text", UNSET)

        full_text = d.pop("full_text", UNSET)

        display_text_range = cast(list[int], d.pop("display_text_range", UNSET))

        truncated = d.pop("truncated", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        nullcast = d.pop("nullcast", UNSET)

        _tweet_type = d.pop("tweet_type", UNSET)
        tweet_type: TweetType | Unset
        if isinstance(_tweet_type, Unset):
            tweet_type = UNSET
        else:
            tweet_type = TweetType(_tweet_type)

        def _parse_scheduled_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scheduled_status = _parse_scheduled_status(d.pop("scheduled_status", UNSET))

        def _parse_scheduled_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scheduled_at = _parse_scheduled_at(d.pop("scheduled_at", UNSET))

        _conversation_settings = d.pop("conversation_settings", UNSET)
        conversation_settings: TweetConversationSettings | Unset
        if isinstance(_conversation_settings, Unset):
            conversation_settings = UNSET
        else:
            conversation_settings = TweetConversationSettings(_conversation_settings)

        def _parse_card_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        card_uri = _parse_card_uri(d.pop("card_uri", UNSET))

        created_at = d.pop("created_at", UNSET)

        source = d.pop("source", UNSET)

        _entities = d.pop("entities", UNSET)
        entities: TweetEntities | Unset
        if isinstance(_entities, Unset):
            entities = UNSET
        else:
            entities = TweetEntities.from_dict(_entities)

        _extended_entities = d.pop("extended_entities", UNSET)
        extended_entities: TweetExtendedEntities | Unset
        if isinstance(_extended_entities, Unset):
            extended_entities = UNSET
        else:
            extended_entities = TweetExtendedEntities.from_dict(_extended_entities)

        _user = d.pop("user", UNSET)
        user: TweetUser | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = TweetUser.from_dict(_user)

        def _parse_in_reply_to_status_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        in_reply_to_status_id = _parse_in_reply_to_status_id(d.pop("in_reply_to_status_id", UNSET))

        def _parse_in_reply_to_user_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        in_reply_to_user_id = _parse_in_reply_to_user_id(d.pop("in_reply_to_user_id", UNSET))

        def _parse_in_reply_to_screen_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        in_reply_to_screen_name = _parse_in_reply_to_screen_name(d.pop("in_reply_to_screen_name", UNSET))

        def _parse_geo(data: object) -> None | TweetGeoType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                geo_type_0 = TweetGeoType0.from_dict(data)

                return geo_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TweetGeoType0 | Unset, data)

        geo = _parse_geo(d.pop("geo", UNSET))

        def _parse_coordinates(data: object) -> None | TweetCoordinatesType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                coordinates_type_0 = TweetCoordinatesType0.from_dict(data)

                return coordinates_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TweetCoordinatesType0 | Unset, data)

        coordinates = _parse_coordinates(d.pop("coordinates", UNSET))

        def _parse_place(data: object) -> None | TweetPlaceType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                place_type_0 = TweetPlaceType0.from_dict(data)

                return place_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TweetPlaceType0 | Unset, data)

        place = _parse_place(d.pop("place", UNSET))

        def _parse_contributors(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                contributors_type_0 = cast(list[int], data)

                return contributors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        contributors = _parse_contributors(d.pop("contributors", UNSET))

        retweet_count = d.pop("retweet_count", UNSET)

        favorite_count = d.pop("favorite_count", UNSET)

        favorited = d.pop("favorited", UNSET)

        retweeted = d.pop("retweeted", UNSET)

        possibly_sensitive = d.pop("possibly_sensitive", UNSET)

        _scopes = d.pop("scopes", UNSET)
        scopes: TweetScopes | Unset
        if isinstance(_scopes, Unset):
            scopes = UNSET
        else:
            scopes = TweetScopes.from_dict(_scopes)

        def _parse_lang(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lang = _parse_lang(d.pop("lang", UNSET))

        tweet = cls(
            id=id,
            tweet_id=tweet_id,
            text=text,
            full_text=full_text,
            display_text_range=display_text_range,
            truncated=truncated,
            name=name,
            nullcast=nullcast,
            tweet_type=tweet_type,
            scheduled_status=scheduled_status,
            scheduled_at=scheduled_at,
            conversation_settings=conversation_settings,
            card_uri=card_uri,
            created_at=created_at,
            source=source,
            entities=entities,
            extended_entities=extended_entities,
            user=user,
            in_reply_to_status_id=in_reply_to_status_id,
            in_reply_to_user_id=in_reply_to_user_id,
            in_reply_to_screen_name=in_reply_to_screen_name,
            geo=geo,
            coordinates=coordinates,
            place=place,
            contributors=contributors,
            retweet_count=retweet_count,
            favorite_count=favorite_count,
            favorited=favorited,
            retweeted=retweeted,
            possibly_sensitive=possibly_sensitive,
            scopes=scopes,
            lang=lang,
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
