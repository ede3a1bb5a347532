"""Cards: URIs, card types derived from content, poll timing, and lookups across card kinds."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

from xads_emulator import kinds
from xads_emulator.calls import Call, envelope, not_found
from xads_emulator.clock import iso
from xads_emulator.domain import DECORATORS, HANDLERS
from xads_emulator.domain.media import vmap_url
from xads_emulator.engine import list_items, public, shape_of
from xads_validators.rules.media import media_type_of


def _card_uri(call: Call, item: dict[str, Any]) -> None:
    item.setdefault("card_uri", f"card://{call.decimal_id()}")


def _component_card_type(components: list[dict[str, Any]], multi_destination: bool) -> str:
    media = components[0] if components else {}
    keys = media.get("media_keys") or [media.get("media_key", "")]
    types = {media_type_of(str(k)) for k in keys}
    prefix = "MIXED_MEDIA" if len(types) > 1 else ("VIDEO" if types == {"VIDEO"} else "IMAGE")
    destination = "APP" if any(c.get("type") == "BUTTON" for c in components) else "WEBSITE"
    if media.get("type") == "SWIPEABLE_MEDIA" or multi_destination:
        shape = "MULTI_DEST_CAROUSEL" if multi_destination else "CAROUSEL"
        if prefix == "MIXED_MEDIA":
            shape = "MULTI_DEST_CAROUSEL" if multi_destination else "SINGLE_DEST_CAROUSEL"
        return f"{prefix}_{shape}_{destination}"
    return f"{prefix}_{destination}"


def _library(call: Call, media_key: Any) -> dict[str, Any]:
    """The media library entry a card shows (the card rules require one); {} if it is gone."""
    return call.store.get(kinds.MEDIA_LIBRARY, call.account_id, str(media_key), with_deleted=False) or {}


def _media_metadata(entry: dict[str, Any]) -> dict[str, Any]:
    """A MEDIA component's `media_metadata` entry, in the recorded live answers' shape
    (spec: CardMediaMetadata x-fidelity); videos add their length and aspect ratio."""
    metadata = {
        "type": entry["media_type"],
        "url": entry["media_url"],
        "width": entry.get("_width"),
        "height": entry.get("_height"),
    }
    if entry["media_type"] == "VIDEO":
        metadata.update(video_duration=entry.get("duration"), video_aspect_ratio=entry.get("aspect_ratio"))
    return {k: v for k, v in metadata.items() if v is not None}


def _describe_media(call: Call, components: list[dict[str, Any]]) -> None:
    """Each MEDIA component answers what its media is, from the library; what a client sent
    under that read-only name never reaches here (the validators drop or refuse it)."""
    for component in components:
        if component.get("type") == "MEDIA":
            entry = _library(call, component.get("media_key"))
            if entry:
                component["media_metadata"] = {entry["media_key"]: _media_metadata(entry)}


def component_card(call: Call, item: dict[str, Any]) -> None:
    """A component card's id is the number of its card URI (spec: Card.id x-fidelity)."""
    _card_uri(call, item)
    item.setdefault("id", str(item["card_uri"]).removeprefix("card://"))
    for components in [item.get("components") or [], *(item.get("slides") or [])]:
        _describe_media(call, components)
    if item.get("slides"):
        item.pop("components", None)
        item["card_type"] = _component_card_type(item["slides"][0], multi_destination=True)
    elif item.get("components"):
        item.pop("slides", None)
        item["card_type"] = _component_card_type(item["components"], multi_destination=False)


def poll_card(call: Call, item: dict[str, Any]) -> None:
    _card_uri(call, item)
    media = item.get("media_key")
    item["card_type"] = {"IMAGE": "IMAGE_POLLS", "VIDEO": "VIDEO_POLLS"}.get(
        media_type_of(str(media)) or "", "TEXT_POLLS"
    )
    entry = _library(call, media) if item["card_type"] == "VIDEO_POLLS" else {}
    if entry:  # as the reference's video poll answers: the VMAP and the poster frame
        item["video_url"] = vmap_url(entry["media_id"])
        item["video_poster_url"] = entry.get("poster_media_url")
    minutes = int(item["duration_in_minutes"])
    item["duration_in_minutes"] = str(minutes)
    item["start_time"] = call.timestamp
    item["end_time"] = iso(call.now + timedelta(minutes=minutes))


def conversation_card(card_type: str) -> Any:
    """Conversation cards answer their media's URLs as the reference's examples show them: an
    image card its image; a video card the video's VMAP and its poster (the poster image's
    own when `poster_media_key` names one)."""

    def decorate(call: Call, item: dict[str, Any]) -> None:
        _card_uri(call, item)
        item["card_type"] = card_type
        entry = _library(call, item.get("media_key"))
        if not entry:
            return
        if entry["media_type"] == "IMAGE":
            item["media_url"] = entry["media_url"]
            return
        item["media_url"] = vmap_url(entry["media_id"])
        poster = _library(call, item["poster_media_key"]) if item.get("poster_media_key") else {}
        item["poster_media_url"] = poster.get("media_url") or entry.get("poster_media_url")

    return decorate


def list_cards(call: Call) -> dict[str, Any]:
    """`card_id` is the reference's name of the `card_ids` filter (spec: x-fidelity): either
    filters by id, and given both a card must be in both lists."""
    params = dict(call.params)
    if "card_id" in params:
        alias = [str(v) for v in params.pop("card_id")]
        params["card_ids"] = [str(v) for v in params.get("card_ids", alias) if str(v) in alias]
    answer = list_items(replace(call, params=params), shape_of(call.operation))
    answer["request"] = {"params": call.params}
    return answer


def fetch_cards(call: Call) -> dict[str, Any]:
    """Cards by URI, whichever card endpoint made them, in the order asked."""
    wanted = [str(u) for u in call.params["card_uris"]]
    found = {c["card_uri"]: c for c in call.store.find(kinds.CARD_KINDS, call.account_id, "card_uri", wanted)}
    return envelope(call, [public(found[u]) for u in wanted if u in found])


def fetch_card(call: Call) -> dict[str, Any]:
    card_id = str(call.params["card_id"])
    with_deleted = bool(call.params.get("with_deleted"))
    for kind in kinds.CARD_KINDS:
        card = call.store.get(kind, call.account_id, card_id, with_deleted=with_deleted)
        if card is not None:
            return envelope(call, public(card))
    raise not_found("card", "card_id")


DECORATORS.update(
    create_card=component_card,
    update_card=component_card,
    create_poll_card=poll_card,
    create_image_conversation_card=conversation_card("IMAGE_CONVERSATION"),
    update_image_conversation_card=conversation_card("IMAGE_CONVERSATION"),
    create_video_conversation_card=conversation_card("VIDEO_CONVERSATION"),
    update_video_conversation_card=conversation_card("VIDEO_CONVERSATION"),
)
HANDLERS.update(list_cards=list_cards, fetch_cards=fetch_cards, fetch_card=fetch_card)
