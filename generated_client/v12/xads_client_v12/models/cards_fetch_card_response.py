from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cards_fetch_card import CardsFetchCard
    from ..models.request_echo import RequestEcho


T = TypeVar("T", bound="CardsFetchCardResponse")


@_attrs_define
class CardsFetchCardResponse:
    """
    Attributes:
        data (CardsFetchCard): A card of any type. Only the fields every card has are required; the others listed are
            those the reference shows for app, website and component cards (numbers come as
            strings). Further type-specific fields (polls, conversation cards) are accepted as they come.
        request (RequestEcho | Unset): What the server understood of the request.
    """

    data: CardsFetchCard
    request: RequestEcho | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

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
        from ..models.cards_fetch_card import CardsFetchCard  # noqa: PLC0415
        from ..models.request_echo import RequestEcho  # noqa: PLC0415

        d = dict(src_dict)
        data = CardsFetchCard.from_dict(d.pop("data"))

        _request = d.pop("request", UNSET)
        request: RequestEcho | Unset
        if isinstance(_request, Unset):
            request = UNSET
        else:
            request = RequestEcho.from_dict(_request)

        cards_fetch_card_response = cls(
            data=data,
            request=request,
        )

        cards_fetch_card_response.additional_properties = d
        return cards_fetch_card_response

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
