from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.card_components_item import CardComponentsItem
    from ..models.card_slides_item_item import CardSlidesItemItem


T = TypeVar("T", bound="Card")


@_attrs_define
class Card:
    """A card. Component cards carry `components` or `slides`; other card types carry their own fields.

    Attributes:
        id (str):
        card_uri (str): Card URI, `card://` followed by digits.
        name (str | Unset):
        card_type (str | Unset):
        components (list[CardComponentsItem] | Unset):
        slides (list[list[CardSlidesItemItem]] | Unset):
        created_at (datetime.datetime | Unset): ISO 8601 timestamp in UTC, e.g. `2017-07-10T00:00:00Z`.
        updated_at (datetime.datetime | Unset): ISO 8601 timestamp in UTC, e.g. `2017-07-10T00:00:00Z`.
        deleted (bool | Unset):
    """

    id: str
    card_uri: str
    name: str | Unset = UNSET
    card_type: str | Unset = UNSET
    components: list[CardComponentsItem] | Unset = UNSET
    slides: list[list[CardSlidesItemItem]] | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    deleted: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        card_uri = self.card_uri

        name = self.name

        card_type = self.card_type

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
                "card_uri": card_uri,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if card_type is not UNSET:
            field_dict["card_type"] = card_type
        if components is not UNSET:
            field_dict["components"] = components
        if slides is not UNSET:
            field_dict["slides"] = slides
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if deleted is not UNSET:
            field_dict["deleted"] = deleted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.card_components_item import CardComponentsItem  # noqa: PLC0415
        from ..models.card_slides_item_item import CardSlidesItemItem  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        card_uri = d.pop("card_uri")

        name = d.pop("name", UNSET)

        card_type = d.pop("card_type", UNSET)

        _components = d.pop("components", UNSET)
        components: list[CardComponentsItem] | Unset = UNSET
        if _components is not UNSET:
            components = []
            for components_item_data in _components:
                components_item = CardComponentsItem.from_dict(components_item_data)

                components.append(components_item)

        _slides = d.pop("slides", UNSET)
        slides: list[list[CardSlidesItemItem]] | Unset = UNSET
        if _slides is not UNSET:
            slides = []
            for slides_item_data in _slides:
                slides_item = []
                _slides_item = slides_item_data
                for slides_item_item_data in _slides_item:
                    slides_item_item = CardSlidesItemItem.from_dict(slides_item_item_data)

                    slides_item.append(slides_item_item)

                slides.append(slides_item)

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

        card = cls(
            id=id,
            card_uri=card_uri,
            name=name,
            card_type=card_type,
            components=components,
            slides=slides,
            created_at=created_at,
            updated_at=updated_at,
            deleted=deleted,
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
