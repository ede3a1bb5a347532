from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.card_button_component import CardButtonComponent
    from ..models.card_details_component import CardDetailsComponent
    from ..models.card_media_component import CardMediaComponent
    from ..models.card_swipeable_media_component import CardSwipeableMediaComponent


T = TypeVar("T", bound="CardUpdate")


@_attrs_define
class CardUpdate:
    """The fields to replace, at least one; `components` and `slides` exclude each other.

    Attributes:
        name (str | Unset): The card's new name.
        components (list[CardButtonComponent | CardDetailsComponent | CardMediaComponent | CardSwipeableMediaComponent]
            | Unset): One card's components in render order: a media component (MEDIA or SWIPEABLE_MEDIA),
            then a DETAILS or BUTTON component. The order is rule card.component_order (kept out of
            the schema so that generated clients keep one typed, discriminated component model).
        slides (list[list[CardButtonComponent | CardDetailsComponent | CardMediaComponent |
            CardSwipeableMediaComponent]] | Unset): Multi-destination carousel: each slide is a complete card's component
            list, in display
            order. A carousel holds 2 to 6 media assets, hence 2 to 6 slides.
    """

    name: str | Unset = UNSET
    components: (
        list[CardButtonComponent | CardDetailsComponent | CardMediaComponent | CardSwipeableMediaComponent] | Unset
    ) = UNSET
    slides: (
        list[list[CardButtonComponent | CardDetailsComponent | CardMediaComponent | CardSwipeableMediaComponent]]
        | Unset
    ) = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.card_details_component import CardDetailsComponent  # noqa: PLC0415
        from ..models.card_media_component import CardMediaComponent  # noqa: PLC0415
        from ..models.card_swipeable_media_component import CardSwipeableMediaComponent  # noqa: PLC0415

        name = self.name

        components: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.components, Unset):
            components = []
            for componentsschemas_card_components_item_data in self.components:
                componentsschemas_card_components_item: dict[str, Any]
                if isinstance(componentsschemas_card_components_item_data, CardMediaComponent):
                    componentsschemas_card_components_item = componentsschemas_card_components_item_data.to_dict()
                elif isinstance(componentsschemas_card_components_item_data, CardSwipeableMediaComponent):
                    componentsschemas_card_components_item = componentsschemas_card_components_item_data.to_dict()
                elif isinstance(componentsschemas_card_components_item_data, CardDetailsComponent):
                    componentsschemas_card_components_item = componentsschemas_card_components_item_data.to_dict()
                else:
                    componentsschemas_card_components_item = componentsschemas_card_components_item_data.to_dict()

                components.append(componentsschemas_card_components_item)

        slides: list[list[dict[str, Any]]] | Unset = UNSET
        if not isinstance(self.slides, Unset):
            slides = []
            for componentsschemas_card_slides_item_data in self.slides:
                componentsschemas_card_slides_item = []
                for componentsschemas_card_components_item_data in componentsschemas_card_slides_item_data:
                    componentsschemas_card_components_item: dict[str, Any]
                    if isinstance(componentsschemas_card_components_item_data, CardMediaComponent):
                        componentsschemas_card_components_item = componentsschemas_card_components_item_data.to_dict()
                    elif isinstance(componentsschemas_card_components_item_data, CardSwipeableMediaComponent):
                        componentsschemas_card_components_item = componentsschemas_card_components_item_data.to_dict()
                    elif isinstance(componentsschemas_card_components_item_data, CardDetailsComponent):
                        componentsschemas_card_components_item = componentsschemas_card_components_item_data.to_dict()
                    else:
                        componentsschemas_card_components_item = componentsschemas_card_components_item_data.to_dict()

                    componentsschemas_card_slides_item.append(componentsschemas_card_components_item)

                slides.append(componentsschemas_card_slides_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if components is not UNSET:
            field_dict["components"] = components
        if slides is not UNSET:
            field_dict["slides"] = slides

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.card_button_component import CardButtonComponent  # noqa: PLC0415
        from ..models.card_details_component import CardDetailsComponent  # noqa: PLC0415
        from ..models.card_media_component import CardMediaComponent  # noqa: PLC0415
        from ..models.card_swipeable_media_component import CardSwipeableMediaComponent  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _components = d.pop("components", UNSET)
        components: (
            list[CardButtonComponent | CardDetailsComponent | CardMediaComponent | CardSwipeableMediaComponent] | Unset
        ) = UNSET
        if _components is not UNSET:
            components = []
            for componentsschemas_card_components_item_data in _components:

                def _parse_componentsschemas_card_components_item(
                    data: object,
                ) -> CardButtonComponent | CardDetailsComponent | CardMediaComponent | CardSwipeableMediaComponent:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_card_component_type_0 = CardMediaComponent.from_dict(data)

                        return componentsschemas_card_component_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_card_component_type_1 = CardSwipeableMediaComponent.from_dict(data)

                        return componentsschemas_card_component_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_card_component_type_2 = CardDetailsComponent.from_dict(data)

                        return componentsschemas_card_component_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_card_component_type_3 = CardButtonComponent.from_dict(data)

                    return componentsschemas_card_component_type_3

                componentsschemas_card_components_item = _parse_componentsschemas_card_components_item(
                    componentsschemas_card_components_item_data
                )

                components.append(componentsschemas_card_components_item)

        _slides = d.pop("slides", UNSET)
        slides: (
            list[list[CardButtonComponent | CardDetailsComponent | CardMediaComponent | CardSwipeableMediaComponent]]
            | Unset
        ) = UNSET
        if _slides is not UNSET:
            slides = []
            for componentsschemas_card_slides_item_data in _slides:
                componentsschemas_card_slides_item = []
                _componentsschemas_card_slides_item = componentsschemas_card_slides_item_data
                for componentsschemas_card_components_item_data in _componentsschemas_card_slides_item:

                    def _parse_componentsschemas_card_components_item(
                        data: object,
                    ) -> CardButtonComponent | CardDetailsComponent | CardMediaComponent | CardSwipeableMediaComponent:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_card_component_type_0 = CardMediaComponent.from_dict(data)

                            return componentsschemas_card_component_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_card_component_type_1 = CardSwipeableMediaComponent.from_dict(data)

                            return componentsschemas_card_component_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_card_component_type_2 = CardDetailsComponent.from_dict(data)

                            return componentsschemas_card_component_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_card_component_type_3 = CardButtonComponent.from_dict(data)

                        return componentsschemas_card_component_type_3

                    componentsschemas_card_components_item = _parse_componentsschemas_card_components_item(
                        componentsschemas_card_components_item_data
                    )

                    componentsschemas_card_slides_item.append(componentsschemas_card_components_item)

                slides.append(componentsschemas_card_slides_item)

        card_update = cls(
            name=name,
            components=components,
            slides=slides,
        )

        return card_update
