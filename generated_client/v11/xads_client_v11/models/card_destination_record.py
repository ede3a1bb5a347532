from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CardDestinationRecord")


@_attrs_define
class CardDestinationRecord:
    """A destination as returned; website destinations also carry the t.co link (`tco_url`).

    Attributes:
        type_ (str | Unset): WEBSITE or APP.
        url (str | Unset):
        tco_url (str | Unset):
        country_code (str | Unset):
        googleplay_app_id (str | Unset):
        ios_app_store_identifier (str | Unset):
        googleplay_deep_link (str | Unset):
        ios_deep_link (str | Unset):
    """

    type_: str | Unset = UNSET
    url: str | Unset = UNSET
    tco_url: str | Unset = UNSET
    country_code: str | Unset = UNSET
    googleplay_app_id: str | Unset = UNSET
    ios_app_store_identifier: str | Unset = UNSET
    googleplay_deep_link: str | Unset = UNSET
    ios_deep_link: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        url = self.url

        tco_url = self.tco_url

        country_code = self.country_code

        googleplay_app_id = self.googleplay_app_id

        ios_app_store_identifier = self.ios_app_store_identifier

        googleplay_deep_link = self.googleplay_deep_link

        ios_deep_link = self.ios_deep_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if url is not UNSET:
            field_dict["url"] = url
        if tco_url is not UNSET:
            field_dict["tco_url"] = tco_url
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if googleplay_app_id is not UNSET:
            field_dict["googleplay_app_id"] = googleplay_app_id
        if ios_app_store_identifier is not UNSET:
            field_dict["ios_app_store_identifier"] = ios_app_store_identifier
        if googleplay_deep_link is not UNSET:
            field_dict["googleplay_deep_link"] = googleplay_deep_link
        if ios_deep_link is not UNSET:
            field_dict["ios_deep_link"] = ios_deep_link

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        url = d.pop("url", UNSET)

        tco_url = d.pop("tco_url", UNSET)

        country_code = d.pop("country_code", UNSET)

        googleplay_app_id = d.pop("googleplay_app_id", UNSET)

        ios_app_store_identifier = d.pop("ios_app_store_identifier", UNSET)

        googleplay_deep_link = d.pop("googleplay_deep_link", UNSET)

        ios_deep_link = d.pop("ios_deep_link", UNSET)

        card_destination_record = cls(
            type_=type_,
            url=url,
            tco_url=tco_url,
            country_code=country_code,
            googleplay_app_id=googleplay_app_id,
            ios_app_store_identifier=ios_app_store_identifier,
            googleplay_deep_link=googleplay_deep_link,
            ios_deep_link=ios_deep_link,
        )

        card_destination_record.additional_properties = d
        return card_destination_record

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
