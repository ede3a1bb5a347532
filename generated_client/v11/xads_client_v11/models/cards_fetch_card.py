from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.card_component_record import CardComponentRecord


T = TypeVar("T", bound="CardsFetchCard")


@_attrs_define
class CardsFetchCard:
    """A card of any type. Only the fields every card has are required; the others listed are
    those the reference shows for app, website and component cards (numbers come as
    strings). Further type-specific fields (polls, conversation cards) are accepted as they come.

        Attributes:
            id (str): The card's id (base-36, or decimal for component cards).
            card_uri (str): Card URI, `card://` followed by digits.
            card_type (str): The card type, e.g. IMAGE_APP_DOWNLOAD, VIDEO_WEBSITE, IMAGE_CAROUSEL_APP.
            created_at (datetime.datetime): ISO 8601 timestamp in UTC, e.g. `2017-07-10T00:00:00Z`.
            updated_at (datetime.datetime): ISO 8601 timestamp in UTC, e.g. `2017-07-10T00:00:00Z`.
            deleted (bool):
            name (str | Unset):
            components (list[CardComponentRecord] | Unset): Components of a card made with POST cards.
            slides (list[list[CardComponentRecord]] | Unset): Slides of a multi-destination carousel made with POST cards.
            title (str | Unset):
            app_cta (str | Unset): Call to action of an app card, e.g. INSTALL.
            country_code (str | Unset):
            googleplay_app_id (str | Unset):
            wide_app_image (str | Unset): URL of the app card's image.
            image_display_width (str | Unset):
            image_display_height (str | Unset):
            website_url (str | Unset):
            website_dest_url (str | Unset):
            website_display_url (str | Unset):
            website_shortened_url (str | Unset):
            video_content_id (str | Unset): Media key of the card's video.
            video_owner_id (str | Unset):
            video_url (str | Unset):
            video_hls_url (str | Unset):
            video_width (str | Unset):
            video_height (str | Unset):
            video_poster_url (str | Unset):
            video_poster_width (str | Unset):
            video_poster_height (str | Unset):
            content_duration_seconds (str | Unset):
    """

    id: str
    card_uri: str
    card_type: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    deleted: bool
    name: str | Unset = UNSET
    components: list[CardComponentRecord] | Unset = UNSET
    slides: list[list[CardComponentRecord]] | Unset = UNSET
    title: str | Unset = UNSET
    app_cta: str | Unset = UNSET
    country_code: str | Unset = UNSET
    googleplay_app_id: str | Unset = UNSET
    wide_app_image: str | Unset = UNSET
    image_display_width: str | Unset = UNSET
    image_display_height: str | Unset = UNSET
    website_url: str | Unset = UNSET
    website_dest_url: str | Unset = UNSET
    website_display_url: str | Unset = UNSET
    website_shortened_url: str | Unset = UNSET
    video_content_id: str | Unset = UNSET
    video_owner_id: str | Unset = UNSET
    video_url: str | Unset = UNSET
    video_hls_url: str | Unset = UNSET
    video_width: str | Unset = UNSET
    video_height: str | Unset = UNSET
    video_poster_url: str | Unset = UNSET
    video_poster_width: str | Unset = UNSET
    video_poster_height: str | Unset = UNSET
    content_duration_seconds: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        card_uri = self.card_uri

        card_type = self.card_type

        created_at = (
            (self.created_at if self.created_at.tzinfo else self.created_at.replace(tzinfo=datetime.UTC))
            .astimezone(datetime.UTC)
            .isoformat()
            .replace("+00:00", "Z")
        )

        updated_at = (
            (self.updated_at if self.updated_at.tzinfo else self.updated_at.replace(tzinfo=datetime.UTC))
            .astimezone(datetime.UTC)
            .isoformat()
            .replace("+00:00", "Z")
        )

        deleted = self.deleted

        name = self.name

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

        title = self.title

        app_cta = self.app_cta

        country_code = self.country_code

        googleplay_app_id = self.googleplay_app_id

        wide_app_image = self.wide_app_image

        image_display_width = self.image_display_width

        image_display_height = self.image_display_height

        website_url = self.website_url

        website_dest_url = self.website_dest_url

        website_display_url = self.website_display_url

        website_shortened_url = self.website_shortened_url

        video_content_id = self.video_content_id

        video_owner_id = self.video_owner_id

        video_url = self.video_url

        video_hls_url = self.video_hls_url

        video_width = self.video_width

        video_height = self.video_height

        video_poster_url = self.video_poster_url

        video_poster_width = self.video_poster_width

        video_poster_height = self.video_poster_height

        content_duration_seconds = self.content_duration_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "card_uri": card_uri,
                "card_type": card_type,
                "created_at": created_at,
                "updated_at": updated_at,
                "deleted": deleted,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if components is not UNSET:
            field_dict["components"] = components
        if slides is not UNSET:
            field_dict["slides"] = slides
        if title is not UNSET:
            field_dict["title"] = title
        if app_cta is not UNSET:
            field_dict["app_cta"] = app_cta
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if googleplay_app_id is not UNSET:
            field_dict["googleplay_app_id"] = googleplay_app_id
        if wide_app_image is not UNSET:
            field_dict["wide_app_image"] = wide_app_image
        if image_display_width is not UNSET:
            field_dict["image_display_width"] = image_display_width
        if image_display_height is not UNSET:
            field_dict["image_display_height"] = image_display_height
        if website_url is not UNSET:
            field_dict["website_url"] = website_url
        if website_dest_url is not UNSET:
            field_dict["website_dest_url"] = website_dest_url
        if website_display_url is not UNSET:
            field_dict["website_display_url"] = website_display_url
        if website_shortened_url is not UNSET:
            field_dict["website_shortened_url"] = website_shortened_url
        if video_content_id is not UNSET:
            field_dict["video_content_id"] = video_content_id
        if video_owner_id is not UNSET:
            field_dict["video_owner_id"] = video_owner_id
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if video_hls_url is not UNSET:
            field_dict["video_hls_url"] = video_hls_url
        if video_width is not UNSET:
            field_dict["video_width"] = video_width
        if video_height is not UNSET:
            field_dict["video_height"] = video_height
        if video_poster_url is not UNSET:
            field_dict["video_poster_url"] = video_poster_url
        if video_poster_width is not UNSET:
            field_dict["video_poster_width"] = video_poster_width
        if video_poster_height is not UNSET:
            field_dict["video_poster_height"] = video_poster_height
        if content_duration_seconds is not UNSET:
            field_dict["content_duration_seconds"] = content_duration_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.card_component_record import CardComponentRecord  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        card_uri = d.pop("card_uri")

        card_type = d.pop("card_type")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        deleted = d.pop("deleted")

        name = d.pop("name", UNSET)

        _components = d.pop("components", UNSET)
        components: list[CardComponentRecord] | Unset = UNSET
        if _components is not UNSET:
            components = []
            for components_item_data in _components:
                components_item = CardComponentRecord.from_dict(components_item_data)

                components.append(components_item)

        _slides = d.pop("slides", UNSET)
        slides: list[list[CardComponentRecord]] | Unset = UNSET
        if _slides is not UNSET:
            slides = []
            for slides_item_data in _slides:
                slides_item = []
                _slides_item = slides_item_data
                for slides_item_item_data in _slides_item:
                    slides_item_item = CardComponentRecord.from_dict(slides_item_item_data)

                    slides_item.append(slides_item_item)

                slides.append(slides_item)

        title = d.pop("title", UNSET)

        app_cta = d.pop("app_cta", UNSET)

        country_code = d.pop("country_code", UNSET)

        googleplay_app_id = d.pop("googleplay_app_id", UNSET)

        wide_app_image = d.pop("wide_app_image", UNSET)

        image_display_width = d.pop("image_display_width", UNSET)

        image_display_height = d.pop("image_display_height", UNSET)

        website_url = d.pop("website_url", UNSET)

        website_dest_url = d.pop("website_dest_url", UNSET)

        website_display_url = d.pop("website_display_url", UNSET)

        website_shortened_url = d.pop("website_shortened_url", UNSET)

        video_content_id = d.pop("video_content_id", UNSET)

        video_owner_id = d.pop("video_owner_id", UNSET)

        video_url = d.pop("video_url", UNSET)

        video_hls_url = d.pop("video_hls_url", UNSET)

        video_width = d.pop("video_width", UNSET)

        video_height = d.pop("video_height", UNSET)

        video_poster_url = d.pop("video_poster_url", UNSET)

        video_poster_width = d.pop("video_poster_width", UNSET)

        video_poster_height = d.pop("video_poster_height", UNSET)

        content_duration_seconds = d.pop("content_duration_seconds", UNSET)

        cards_fetch_card = cls(
            id=id,
            card_uri=card_uri,
            card_type=card_type,
            created_at=created_at,
            updated_at=updated_at,
            deleted=deleted,
            name=name,
            components=components,
            slides=slides,
            title=title,
            app_cta=app_cta,
            country_code=country_code,
            googleplay_app_id=googleplay_app_id,
            wide_app_image=wide_app_image,
            image_display_width=image_display_width,
            image_display_height=image_display_height,
            website_url=website_url,
            website_dest_url=website_dest_url,
            website_display_url=website_display_url,
            website_shortened_url=website_shortened_url,
            video_content_id=video_content_id,
            video_owner_id=video_owner_id,
            video_url=video_url,
            video_hls_url=video_hls_url,
            video_width=video_width,
            video_height=video_height,
            video_poster_url=video_poster_url,
            video_poster_width=video_poster_width,
            video_poster_height=video_poster_height,
            content_duration_seconds=content_duration_seconds,
        )

        cards_fetch_card.additional_properties = d
        return cards_fetch_card

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
