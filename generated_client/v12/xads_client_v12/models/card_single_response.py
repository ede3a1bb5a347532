from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.card import Card
    from ..models.request_echo import RequestEcho


T = TypeVar("T", bound="CardSingleResponse")


@_attrs_define
class CardSingleResponse:
    """Answer about one existing card: `data` is the card, or (as the reference's examples show it) a list holding just
    that card.

        Attributes:
            data (Card | list[Card]):
            request (RequestEcho | Unset): What the server understood of the request.
    """

    data: Card | list[Card]
    request: RequestEcho | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.card import Card  # noqa: PLC0415

        data: dict[str, Any] | list[dict[str, Any]]
        if isinstance(self.data, Card):
            data = self.data.to_dict()
        else:
            data = []
            for data_type_1_item_data in self.data:
                data_type_1_item = data_type_1_item_data.to_dict()
                data.append(data_type_1_item)

        request: dict[str, Any] | Unset = UNSET
        if not isinstance(self.request, Unset):
            request = self.request.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if request is not UNSET:
            field_dict["request"] = request

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.card import Card  # noqa: PLC0415
        from ..models.request_echo import RequestEcho  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_data(data: object) -> Card | list[Card]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = Card.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            data_type_1 = []
            _data_type_1 = data
            for data_type_1_item_data in _data_type_1:
                data_type_1_item = Card.from_dict(data_type_1_item_data)

                data_type_1.append(data_type_1_item)

            return data_type_1

        data = _parse_data(d.pop("data"))

        _request = d.pop("request", UNSET)
        request: RequestEcho | Unset
        if isinstance(_request, Unset):
            request = UNSET
        else:
            request = RequestEcho.from_dict(_request)

        card_single_response = cls(
            data=data,
            request=request,
        )

        card_single_response.additional_properties = d
        return card_single_response

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
