from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TweetUser")


@_attrs_define
class TweetUser:
    """The author; only `id` and `id_str` with trim_user=true, the full user object otherwise.

    Attributes:
        id_str (str):
        id (int | Unset):
        name (str | Unset):
        screen_name (str | Unset):
    """

    id_str: str
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    screen_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id_str = self.id_str

        id = self.id

        name = self.name

        screen_name = self.screen_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id_str": id_str,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if screen_name is not UNSET:
            field_dict["screen_name"] = screen_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id_str = d.pop("id_str")

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        screen_name = d.pop("screen_name", UNSET)

        tweet_user = cls(
            id_str=id_str,
            id=id,
            name=name,
            screen_name=screen_name,
        )

        tweet_user.additional_properties = d
        return tweet_user

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
