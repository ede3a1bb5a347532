from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="CardWebsiteDestination")


@_attrs_define
class CardWebsiteDestination:
    """A website to send users to; only DETAILS components take it.

    Attributes:
        type_ (Literal['WEBSITE']):
        url (str):
    """

    type_: Literal["WEBSITE"]
    url: str

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        url = self.url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["WEBSITE"], d.pop("type"))
        if type_ != "WEBSITE":
            raise ValueError(f"type must match const 'WEBSITE', got '{type_}'")

        url = d.pop("url")

        card_website_destination = cls(
            type_=type_,
            url=url,
        )

        return card_website_destination
