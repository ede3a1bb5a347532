from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.card_button_label_value import CardButtonLabelValue

T = TypeVar("T", bound="CardButtonLabel")


@_attrs_define
class CardButtonLabel:
    """The text on a BUTTON component, chosen from a fixed list.

    Attributes:
        type_ (Literal['ENUM']):
        value (CardButtonLabelValue):
    """

    type_: Literal["ENUM"]
    value: CardButtonLabelValue

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        value = self.value.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["ENUM"], d.pop("type"))
        if type_ != "ENUM":
            raise ValueError(f"type must match const 'ENUM', got '{type_}'")

        value = CardButtonLabelValue(d.pop("value"))

        card_button_label = cls(
            type_=type_,
            value=value,
        )

        return card_button_label
