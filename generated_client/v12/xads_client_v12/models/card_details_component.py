from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.card_website_destination import CardWebsiteDestination


T = TypeVar("T", bound="CardDetailsComponent")


@_attrs_define
class CardDetailsComponent:
    """Title and website destination, shown under the media (description component).

    Attributes:
        type_ (Literal['DETAILS']):
        title (str):
        destination (CardWebsiteDestination): A website to send users to; only DETAILS components take it.
    """

    type_: Literal["DETAILS"]
    title: str
    destination: CardWebsiteDestination

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        title = self.title

        destination = self.destination.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "title": title,
                "destination": destination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.card_website_destination import CardWebsiteDestination  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["DETAILS"], d.pop("type"))
        if type_ != "DETAILS":
            raise ValueError(f"type must match const 'DETAILS', got '{type_}'")

        title = d.pop("title")

        destination = CardWebsiteDestination.from_dict(d.pop("destination"))

        card_details_component = cls(
            type_=type_,
            title=title,
            destination=destination,
        )

        return card_details_component
