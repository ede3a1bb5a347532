from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomAudienceUser")


@_attrs_define
class CustomAudienceUser:
    """One user, named by one or more identifier types. Every identifier but partner_user_id is a SHA-256 digest.

    Attributes:
        email (list[str] | Unset): Identifiers of one type, each normalised and then SHA-256 hashed.
        device_id (list[str] | Unset): Identifiers of one type, each normalised and then SHA-256 hashed.
        handle (list[str] | Unset): Identifiers of one type, each normalised and then SHA-256 hashed.
        twitter_id (list[str] | Unset): Identifiers of one type, each normalised and then SHA-256 hashed.
        phone_number (list[str] | Unset): Identifiers of one type, each normalised and then SHA-256 hashed.
        partner_user_id (list[str] | Unset): The user's ids in the partner's own system, sent as they are (not hashed).
    """

    email: list[str] | Unset = UNSET
    device_id: list[str] | Unset = UNSET
    handle: list[str] | Unset = UNSET
    twitter_id: list[str] | Unset = UNSET
    phone_number: list[str] | Unset = UNSET
    partner_user_id: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        email: list[str] | Unset = UNSET
        if not isinstance(self.email, Unset):
            email = self.email

        device_id: list[str] | Unset = UNSET
        if not isinstance(self.device_id, Unset):
            device_id = self.device_id

        handle: list[str] | Unset = UNSET
        if not isinstance(self.handle, Unset):
            handle = self.handle

        twitter_id: list[str] | Unset = UNSET
        if not isinstance(self.twitter_id, Unset):
            twitter_id = self.twitter_id

        phone_number: list[str] | Unset = UNSET
        if not isinstance(self.phone_number, Unset):
            phone_number = self.phone_number

        partner_user_id: list[str] | Unset = UNSET
        if not isinstance(self.partner_user_id, Unset):
            partner_user_id = self.partner_user_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if device_id is not UNSET:
            field_dict["device_id"] = device_id
        if handle is not UNSET:
            field_dict["handle"] = handle
        if twitter_id is not UNSET:
            field_dict["twitter_id"] = twitter_id
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if partner_user_id is not UNSET:
            field_dict["partner_user_id"] = partner_user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = cast(list[str], d.pop("email", UNSET))

        device_id = cast(list[str], d.pop("device_id", UNSET))

        handle = cast(list[str], d.pop("handle", UNSET))

        twitter_id = cast(list[str], d.pop("twitter_id", UNSET))

        phone_number = cast(list[str], d.pop("phone_number", UNSET))

        partner_user_id = cast(list[str], d.pop("partner_user_id", UNSET))

        custom_audience_user = cls(
            email=email,
            device_id=device_id,
            handle=handle,
            twitter_id=twitter_id,
            phone_number=phone_number,
            partner_user_id=partner_user_id,
        )

        return custom_audience_user
