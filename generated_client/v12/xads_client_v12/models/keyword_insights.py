from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KeywordInsights")


@_attrs_define
class KeywordInsights:
    """
    Attributes:
        related_keywords (list[str] | Unset): Keywords related to the input keywords (30 of them).
        tweet_volume (list[int] | Unset): Tweet volume per granularity step of the time range.
    """

    related_keywords: list[str] | Unset = UNSET
    tweet_volume: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        related_keywords: list[str] | Unset = UNSET
        if not isinstance(self.related_keywords, Unset):
            related_keywords = self.related_keywords

        tweet_volume: list[int] | Unset = UNSET
        if not isinstance(self.tweet_volume, Unset):
            tweet_volume = self.tweet_volume

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if related_keywords is not UNSET:
            field_dict["related_keywords"] = related_keywords
        if tweet_volume is not UNSET:
            field_dict["tweet_volume"] = tweet_volume

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        related_keywords = cast(list[str], d.pop("related_keywords", UNSET))

        tweet_volume = cast(list[int], d.pop("tweet_volume", UNSET))

        keyword_insights = cls(
            related_keywords=related_keywords,
            tweet_volume=tweet_volume,
        )

        keyword_insights.additional_properties = d
        return keyword_insights

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
