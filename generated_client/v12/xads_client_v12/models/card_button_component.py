from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.card_button_label import CardButtonLabel


T = TypeVar("T", bound="CardButtonComponent")


@_attrs_define
class CardButtonComponent:
    """Button with a label and an app destination, shown under the media (description component).

    Attributes:
        type_ (Literal['BUTTON']):
        label (CardButtonLabel): The text on a BUTTON component, chosen from a fixed list.
        destination (Any): A mobile app to send users to; only BUTTON components take it. It names at least one
            app id (anyOf), and a deep link only together with the app id of its own platform
            (dependentRequired).
    """

    type_: Literal["BUTTON"]
    label: CardButtonLabel
    destination: Any

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        label = self.label.to_dict()

        destination: Any
        destination = self.destination

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "label": label,
                "destination": destination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.card_button_label import CardButtonLabel  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["BUTTON"], d.pop("type"))
        if type_ != "BUTTON":
            raise ValueError(f"type must match const 'BUTTON', got '{type_}'")

        label = CardButtonLabel.from_dict(d.pop("label"))

        def _parse_destination(data: object) -> Any:
            return cast(Any, data)

        destination = _parse_destination(d.pop("destination"))

        card_button_component = cls(
            type_=type_,
            label=label,
            destination=destination,
        )

        return card_button_component
