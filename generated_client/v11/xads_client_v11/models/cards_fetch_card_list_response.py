from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cards_fetch_card import CardsFetchCard
    from ..models.request_echo import RequestEcho


T = TypeVar("T", bound="CardsFetchCardListResponse")


@_attrs_define
class CardsFetchCardListResponse:
    """
    Attributes:
        data (list[CardsFetchCard]):
        request (RequestEcho | Unset): What the server understood of the request.
        next_cursor (None | str | Unset):
        total_count (int | Unset):
    """

    data: list[CardsFetchCard]
    request: RequestEcho | Unset = UNSET
    next_cursor: None | str | Unset = UNSET
    total_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        request: dict[str, Any] | Unset = UNSET
        if not isinstance(self.request, Unset):
            request = self.request.to_dict()

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if request is not UNSET:
            field_dict["request"] = request
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor
        if total_count is not UNSET:
            field_dict["total_count"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cards_fetch_card import CardsFetchCard  # noqa: PLC0415
        from ..models.request_echo import RequestEcho  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = CardsFetchCard.from_dict(data_item_data)

            data.append(data_item)

        _request = d.pop("request", UNSET)
        request: RequestEcho | Unset
        if isinstance(_request, Unset):
            request = UNSET
        else:
            request = RequestEcho.from_dict(_request)

        def _parse_next_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor", UNSET))

        total_count = d.pop("total_count", UNSET)

        cards_fetch_card_list_response = cls(
            data=data,
            request=request,
            next_cursor=next_cursor,
            total_count=total_count,
        )

        cards_fetch_card_list_response.additional_properties = d
        return cards_fetch_card_list_response

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
