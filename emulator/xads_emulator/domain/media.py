"""Media library and account media: uploads become library entries; AMPLIFY_VIDEO becomes PREROLL."""

from __future__ import annotations

from typing import Any

from xads_emulator import kinds
from xads_emulator.calls import ApiError, Call, envelope
from xads_emulator.domain import HANDLERS
from xads_emulator.engine import public
from xads_emulator.ids import base36_id
from xads_emulator.storage import Store


def library_entry(upload: dict[str, Any], now: str, **labels: Any) -> dict[str, Any]:
    """A library entry for an uploaded file; `_width`/`_height` feed the media rules."""
    key = str(upload["media_key"])
    media_id = key.partition("_")[2]
    return {
        "media_key": key,
        "media_id": media_id,
        "media_type": upload["media_type"],
        "media_category": upload.get("media_category"),
        "media_status": "TRANSCODE_COMPLETED",
        **_urls(upload, media_id),
        "name": labels.get("name", upload.get("name")),
        "file_name": labels.get("file_name"),
        "title": labels.get("title"),
        "description": labels.get("description"),
        "poster_media_key": labels.get("poster_media_key"),
        "aspect_ratio": _ratio(upload) if upload["media_type"] != "IMAGE" else None,
        "duration": upload.get("duration"),
        "tweeted": False,
        "created_at": now,
        "updated_at": now,
        "deleted": False,
        "_width": upload.get("width"),
        "_height": upload.get("height"),
    }


def _urls(upload: dict[str, Any], media_id: str) -> dict[str, str]:
    """`media_url` (and, for GIFs and videos, `poster_media_url`) in the forms of the reference's
    media library answers: an image's jpg; a GIF's or video's mp4 with a jpg poster frame."""
    if upload["media_type"] == "IMAGE":
        return {"media_url": f"https://pbs.twimg.com/media/{media_id}.jpg"}
    if upload["media_type"] == "GIF":
        return {
            "media_url": f"https://video.twimg.com/tweet_video/{media_id}.mp4",
            "poster_media_url": f"https://pbs.twimg.com/tweet_video_thumb/{media_id}.jpg",
        }
    size = f"/{upload['width']}x{upload['height']}" if upload.get("width") and upload.get("height") else ""
    if upload.get("media_category") == "AMPLIFY_VIDEO":
        return {
            "media_url": f"https://video.twimg.com/amplify_video/{media_id}/vid{size}/{media_id}.mp4",
            "poster_media_url": f"https://pbs.twimg.com/amplify_video_thumb/{media_id}/img/{media_id}.jpg",
        }
    return {
        "media_url": f"https://video.twimg.com/ext_tw_video/{media_id}/pu/vid{size}/{media_id}.mp4",
        "poster_media_url": f"https://pbs.twimg.com/ext_tw_video_thumb/{media_id}/pu/img/{media_id}.jpg",
    }


def vmap_url(media_id: str) -> str:
    """The URL video cards answer for their video: a VMAP, in the reference's form ("Video cards:
    video_url ... .vmap"; the mp4 is the library entry's `media_url`)."""
    return f"https://video.twimg.com/amplify_video/vmap/{media_id}.vmap"


def _ratio(upload: dict[str, Any]) -> str | None:
    width, height = upload.get("width"), upload.get("height")
    if not width or not height:
        return None
    a, b = int(width), int(height)
    while b:
        a, b = b, a % b
    return f"{int(width) // a}:{int(height) // a}"


def add_preroll(store: Store, account_id: str, media_key: str, now: str) -> None:
    """The reference: AMPLIFY_VIDEO added to the library also appears as PREROLL account media."""
    item_id = base36_id(store)
    item: dict[str, Any] = {
        "id": item_id,
        "creative_type": "PREROLL",
        "video_id": media_key,
        "media_url": None,
        "created_at": now,
        "updated_at": now,
        "deleted": False,
    }
    store.put(kinds.ACCOUNT_MEDIA, account_id, item_id, item)


def tweet_media(store: Store, account_id: str, media_keys: list[str], now: str) -> None:
    """Media in a published Tweet is in the library, marked tweeted: the guide says Tweeting media
    straight after the upload adds it to the library (media.in_library let such uploads through)."""
    for key in media_keys:
        entry = store.get(kinds.MEDIA_LIBRARY, account_id, key, with_deleted=False)
        if entry is None:
            upload = store.get(kinds.UPLOADS, account_id, key)
            if upload is None:
                continue
            entry = library_entry(upload, now)
            if upload.get("media_category") == "AMPLIFY_VIDEO":
                add_preroll(store, account_id, key, now)
        entry["tweeted"] = True
        store.put(kinds.MEDIA_LIBRARY, account_id, key, entry)


def create_media_library_item(call: Call) -> dict[str, Any]:
    given = str(call.params["media_key"])
    uploads = call.store.all(kinds.UPLOADS, call.account_id)
    upload = next((u for u in uploads if u["media_key"] == given or u["media_key"].partition("_")[2] == given), None)
    if upload is None:
        raise ApiError(400, "INVALID_PARAMETER", f"No uploaded media {given} for this account", "media_key")
    existing = call.store.get(kinds.MEDIA_LIBRARY, call.account_id, upload["media_key"], with_deleted=False)
    if existing is not None:
        raise ApiError(400, "INVALID_PARAMETER", f"{upload['media_key']} is already in the library", "media_key")
    labels = {
        k: call.params[k] for k in ("name", "file_name", "title", "description", "poster_media_key") if k in call.params
    }
    entry = library_entry(upload, call.timestamp, **labels)
    call.store.put(kinds.MEDIA_LIBRARY, call.account_id, entry["media_key"], entry)
    if upload.get("media_category") == "AMPLIFY_VIDEO":
        add_preroll(call.store, call.account_id, entry["media_key"], call.timestamp)
    return envelope(call, public(entry))


HANDLERS.update(create_media_library_item=create_media_library_item)
