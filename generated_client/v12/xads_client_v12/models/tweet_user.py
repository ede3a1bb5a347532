from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TweetUser")


@_attrs_define
class TweetUser:
    """The author; only `id` with trim_user=true, the full user object otherwise. `id` is a digit string or a JSON number
    (see the Tweet's `x-fidelity`).

        Attributes:
            id (int | str): A 64-bit Tweet or user id in an answer: a digit string, or a JSON number as in the classic Tweet
                format (see the Tweet schema's `x-fidelity`).
            name (str | Unset):
            screen_name (str | Unset):
    """

    id: int | str
    name: str | Unset = UNSET
    screen_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        name = self.name

        screen_name = self.screen_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if screen_name is not UNSET:
            field_dict["screen_name"] = screen_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> int | str:
            return cast(int | str, data)

        id = _parse_id(d.pop("id"))

        name = d.pop("name", UNSET)

        screen_name = d.pop("screen_name", UNSET)

        tweet_user = cls(
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
