from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.request_echo import RequestEcho
    from ..models.tweet import Tweet


T = TypeVar("T", bound="TweetResponse")


@_attrs_define
class TweetResponse:
    """
    Attributes:
        data (Tweet): A Tweet as the Ads API renders it: the classic Tweet object (times like `Sat Jun 24 05:08:30 +0000
            2017`) plus `name`, `nullcast`, `tweet_type`, `tweet_id` and, on reads, `conversation_settings`. `card_uri`
            appears only for Tweets made with a card URI. `id` (and the user's `id`) is a digit string or a JSON number; the
            `_str` duplicates are gone from version 11 (see `x-fidelity`).
        request (RequestEcho | Unset): What the server understood of the request.
    """

    data: Tweet
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
        from ..models.request_echo import RequestEcho  # noqa: PLC0415
        from ..models.tweet import Tweet  # noqa: PLC0415

        d = dict(src_dict)
        data = Tweet.from_dict(d.pop("data"))

        _request = d.pop("request", UNSET)
        request: RequestEcho | Unset
        if isinstance(_request, Unset):
            request = UNSET
        else:
            request = RequestEcho.from_dict(_request)

        tweet_response = cls(
            data=data,
            request=request,
        )

        tweet_response.additional_properties = d
        return tweet_response

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
