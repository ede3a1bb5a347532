from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tweet_entities_hashtags_item import TweetEntitiesHashtagsItem
    from ..models.tweet_entities_media_item import TweetEntitiesMediaItem
    from ..models.tweet_entities_symbols_item import TweetEntitiesSymbolsItem
    from ..models.tweet_entities_urls_item import TweetEntitiesUrlsItem
    from ..models.tweet_entities_user_mentions_item import TweetEntitiesUserMentionsItem


T = TypeVar("T", bound="TweetEntities")


@_attrs_define
class TweetEntities:
    """Hashtags, symbols, mentions, URLs and (first) media found in the text.

    Attributes:
        hashtags (list[TweetEntitiesHashtagsItem] | Unset):
        symbols (list[TweetEntitiesSymbolsItem] | Unset):
        user_mentions (list[TweetEntitiesUserMentionsItem] | Unset):
        urls (list[TweetEntitiesUrlsItem] | Unset): Links; `expanded_url` holds a card's preview URL when one was put in
            the text.
        media (list[TweetEntitiesMediaItem] | Unset): Media of the Tweet (`id_str` is the media id); with several
            images, see extended_entities.
    """

    hashtags: list[TweetEntitiesHashtagsItem] | Unset = UNSET
    symbols: list[TweetEntitiesSymbolsItem] | Unset = UNSET
    user_mentions: list[TweetEntitiesUserMentionsItem] | Unset = UNSET
    urls: list[TweetEntitiesUrlsItem] | Unset = UNSET
    media: list[TweetEntitiesMediaItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hashtags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.hashtags, Unset):
            hashtags = []
            for hashtags_item_data in self.hashtags:
                hashtags_item = hashtags_item_data.to_dict()
                hashtags.append(hashtags_item)

        symbols: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.symbols, Unset):
            symbols = []
            for symbols_item_data in self.symbols:
                symbols_item = symbols_item_data.to_dict()
                symbols.append(symbols_item)

        user_mentions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.user_mentions, Unset):
            user_mentions = []
            for user_mentions_item_data in self.user_mentions:
                user_mentions_item = user_mentions_item_data.to_dict()
                user_mentions.append(user_mentions_item)

        urls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.urls, Unset):
            urls = []
            for urls_item_data in self.urls:
                urls_item = urls_item_data.to_dict()
                urls.append(urls_item)

        media: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.media, Unset):
            media = []
            for media_item_data in self.media:
                media_item = media_item_data.to_dict()
                media.append(media_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hashtags is not UNSET:
            field_dict["hashtags"] = hashtags
        if symbols is not UNSET:
            field_dict["symbols"] = symbols
        if user_mentions is not UNSET:
            field_dict["user_mentions"] = user_mentions
        if urls is not UNSET:
            field_dict["urls"] = urls
        if media is not UNSET:
            field_dict["media"] = media

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tweet_entities_hashtags_item import TweetEntitiesHashtagsItem  # noqa: PLC0415
        from ..models.tweet_entities_media_item import TweetEntitiesMediaItem  # noqa: PLC0415
        from ..models.tweet_entities_symbols_item import TweetEntitiesSymbolsItem  # noqa: PLC0415
        from ..models.tweet_entities_urls_item import TweetEntitiesUrlsItem  # noqa: PLC0415
        from ..models.tweet_entities_user_mentions_item import TweetEntitiesUserMentionsItem  # noqa: PLC0415

        d = dict(src_dict)
        _hashtags = d.pop("hashtags", UNSET)
        hashtags: list[TweetEntitiesHashtagsItem] | Unset = UNSET
        if _hashtags is not UNSET:
            hashtags = []
            for hashtags_item_data in _hashtags:
                hashtags_item = TweetEntitiesHashtagsItem.from_dict(hashtags_item_data)

                hashtags.append(hashtags_item)

        _symbols = d.pop("symbols", UNSET)
        symbols: list[TweetEntitiesSymbolsItem] | Unset = UNSET
        if _symbols is not UNSET:
            symbols = []
            for symbols_item_data in _symbols:
                symbols_item = TweetEntitiesSymbolsItem.from_dict(symbols_item_data)

                symbols.append(symbols_item)

        _user_mentions = d.pop("user_mentions", UNSET)
        user_mentions: list[TweetEntitiesUserMentionsItem] | Unset = UNSET
        if _user_mentions is not UNSET:
            user_mentions = []
            for user_mentions_item_data in _user_mentions:
                user_mentions_item = TweetEntitiesUserMentionsItem.from_dict(user_mentions_item_data)

                user_mentions.append(user_mentions_item)

        _urls = d.pop("urls", UNSET)
        urls: list[TweetEntitiesUrlsItem] | Unset = UNSET
        if _urls is not UNSET:
            urls = []
            for urls_item_data in _urls:
                urls_item = TweetEntitiesUrlsItem.from_dict(urls_item_data)

                urls.append(urls_item)

        _media = d.pop("media", UNSET)
        media: list[TweetEntitiesMediaItem] | Unset = UNSET
        if _media is not UNSET:
            media = []
            for media_item_data in _media:
                media_item = TweetEntitiesMediaItem.from_dict(media_item_data)

                media.append(media_item)

        tweet_entities = cls(
            hashtags=hashtags,
            symbols=symbols,
            user_mentions=user_mentions,
            urls=urls,
            media=media,
        )

        tweet_entities.additional_properties = d
        return tweet_entities

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
