from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.card_component_record import CardComponentRecord


T = TypeVar("T", bound="Card")


@_attrs_define
class Card:
    """A card made with POST cards; it carries `components` or, for a multi-destination carousel, `slides`.

    Attributes:
        id (str): The card's id, the number of its `card_uri` (`card://1234` has id `1234`).
        name (str):
        card_uri (str): Card URI, `card://` followed by digits.
        card_type (str): One of the CardType values (the carousel guide also shows UNIFIED); left open.
        created_at (datetime.datetime): ISO 8601 timestamp in UTC, e.g. `2017-07-10T00:00:00Z`.
        updated_at (datetime.datetime): ISO 8601 timestamp in UTC, e.g. `2017-07-10T00:00:00Z`.
        deleted (bool):
        components (list[CardComponentRecord] | Unset):
        slides (list[list[CardComponentRecord]] | Unset):
    """

    id: str
    name: str
    card_uri: str
    card_type: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    deleted: bool
    components: list[CardComponentRecord] | Unset = UNSET
    slides: list[list[CardComponentRecord]] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        card_uri = self.card_uri

        card_type = self.card_type

        created_at = (
            (self.created_at if self.created_at.tzinfo else self.created_at.replace(tzinfo=datetime.UTC))
            .astimezone(datetime.UTC)
            .isoformat()
            .replace("+00:00", "Z")
        )

        updated_at = (
            (self.updated_at if self.updated_at.tzinfo else self.updated_at.replace(tzinfo=datetime.UTC))
            .astimezone(datetime.UTC)
            .isoformat()
            .replace("+00:00", "Z")
        )

        deleted = self.deleted

        components: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.components, Unset):
            components = []
            for components_item_data in self.components:
                components_item = components_item_data.to_dict()
                components.append(components_item)

        slides: list[list[dict[str, Any]]] | Unset = UNSET
        if not isinstance(self.slides, Unset):
            slides = []
            for slides_item_data in self.slides:
                slides_item = []
                for slides_item_item_data in slides_item_data:
                    slides_item_item = slides_item_item_data.to_dict()
                    slides_item.append(slides_item_item)

                slides.append(slides_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "card_uri": card_uri,
                "card_type": card_type,
                "created_at": created_at,
                "updated_at": updated_at,
                "deleted": deleted,
            }
        )
        if components is not UNSET:
            field_dict["components"] = components
        if slides is not UNSET:
            field_dict["slides"] = slides

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.card_component_record import CardComponentRecord  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        card_uri = d.pop("card_uri")

        card_type = d.pop("card_type")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        deleted = d.pop("deleted")

        _components = d.pop("components", UNSET)
        components: list[CardComponentRecord] | Unset = UNSET
        if _components is not UNSET:
            components = []
            for components_item_data in _components:
                components_item = CardComponentRecord.from_dict(components_item_data)

                components.append(components_item)

        _slides = d.pop("slides", UNSET)
        slides: list[list[CardComponentRecord]] | Unset = UNSET
        if _slides is not UNSET:
            slides = []
            for slides_item_data in _slides:
                slides_item = []
                _slides_item = slides_item_data
                for slides_item_item_data in _slides_item:
                    slides_item_item = CardComponentRecord.from_dict(slides_item_item_data)

                    slides_item.append(slides_item_item)

                slides.append(slides_item)

        card = cls(
            id=id,
            name=name,
            card_uri=card_uri,
            card_type=card_type,
            created_at=created_at,
            updated_at=updated_at,
            deleted=deleted,
            components=components,
            slides=slides,
        )

        card.additional_properties = d
        return card

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
