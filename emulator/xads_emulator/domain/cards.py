"""Cards: URIs, card types derived from content, poll timing, and lookups across card kinds."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

from xads_emulator import kinds
from xads_emulator.calls import Call, envelope, not_found
from xads_emulator.clock import iso
from xads_emulator.domain import DECORATORS, HANDLERS
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


def component_card(call: Call, item: dict[str, Any]) -> None:
    """A component card's id is the number of its card URI (spec: Card.id x-fidelity)."""
    _card_uri(call, item)
    item.setdefault("id", str(item["card_uri"]).removeprefix("card://"))
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
    minutes = int(item["duration_in_minutes"])
    item["duration_in_minutes"] = str(minutes)
    item["start_time"] = call.timestamp
    item["end_time"] = iso(call.now + timedelta(minutes=minutes))


def conversation_card(card_type: str) -> Any:
    def decorate(call: Call, item: dict[str, Any]) -> None:
        _card_uri(call, item)
        item["card_type"] = card_type

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
    create_video_conversation_card=conversation_card("VIDEO_CONVERSATION"),
)
HANDLERS.update(list_cards=list_cards, fetch_cards=fetch_cards, fetch_card=fetch_card)
