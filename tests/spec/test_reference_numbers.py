"""Spot checks that pin the reference's numbers in the spec; each names its source section."""

from __future__ import annotations

from typing import Any

import pytest

from tests.spec.conftest import operation, parameter, resolve
from xads_spec import load_bundle


def schema(name: str) -> dict[str, Any]:
    return resolve({"$ref": f"#/components/schemas/{name}"})


def rule_args(operation_id: str, rule_id: str) -> list[dict[str, Any]]:
    return [r.get("args", {}) for r in operation(operation_id).get("x-rules", []) if r["id"] == rule_id]


def body(operation_id: str) -> dict[str, Any]:
    return resolve(operation(operation_id)["requestBody"]["content"]["application/json"]["schema"])


CHECKS: list[tuple[str, Any, Any]] = [
    # (source section, actual value, expected value)
    ("Cards > POST cards: name maximum length 80", lambda: schema("CardCreate")["properties"]["name"]["maxLength"], 80),
    (
        "Carousels: SWIPEABLE_MEDIA media_keys at least 2",
        lambda: schema("CardSwipeableMediaComponent")["properties"]["media_keys"]["minItems"],
        2,
    ),
    (
        "Carousels: SWIPEABLE_MEDIA media_keys at most 6",
        lambda: schema("CardSwipeableMediaComponent")["properties"]["media_keys"]["maxItems"],
        6,
    ),
    (
        "Cards > Label: button label values",
        lambda: schema("CardButtonLabel")["properties"]["value"]["enum"],
        ["BOOK", "CONNECT", "INSTALL", "OPEN", "ORDER", "PLAY", "SHOP"],
    ),
    (
        "Poll Cards > POST: duration_in_minutes minimum 5",
        lambda: parameter("create_poll_card", "duration_in_minutes")["schema"]["minimum"],
        5,
    ),
    (
        "Poll Cards > POST: duration_in_minutes maximum 10080",
        lambda: parameter("create_poll_card", "duration_in_minutes")["schema"]["maximum"],
        10080,
    ),
    (
        "Poll Cards > POST: choices at most 25 characters",
        lambda: {
            parameter("create_poll_card", f"{o}_choice")["schema"]["maxLength"]
            for o in ("first", "second", "third", "fourth")
        },
        {25},
    ),
    (
        "Image Conversation Cards > POST: CTA at most 20 characters not counting #",
        lambda: rule_args("create_image_conversation_card", "conversation_card.cta_length")[0],
        {"max": 20, "not_counting": "#", "parameters": ["first_cta", "second_cta", "third_cta", "fourth_cta"]},
    ),
    (
        "Image Conversation Cards > POST: thank_you_text at most 23 characters",
        lambda: parameter("create_image_conversation_card", "thank_you_text")["schema"]["maxLength"],
        23,
    ),
    (
        "Video Conversation Cards > POST: title at most 23 characters",
        lambda: parameter("create_video_conversation_card", "title")["schema"]["maxLength"],
        23,
    ),
    (
        "Media Library > GET: count 1-50, default 20",
        lambda: {k: parameter("list_media_library", "count")["schema"][k] for k in ("minimum", "maximum", "default")},
        {"minimum": 1, "maximum": 50, "default": 20},
    ),
    (
        "Cards > GET cards: count 1-200, default 100",
        lambda: {k: parameter("list_cards", "count")["schema"][k] for k in ("minimum", "maximum", "default")},
        {"minimum": 1, "maximum": 200, "default": 100},
    ),
    (
        "Custom Audiences > GET: count 1-1000, default 200",
        lambda: {
            k: parameter("list_custom_audiences", "count")["schema"][k] for k in ("minimum", "maximum", "default")
        },
        {"minimum": 1, "maximum": 1000, "default": 200},
    ),
    (
        "Draft Tweets > GET: count 1-200, default 100",
        lambda: {k: parameter("list_draft_tweets", "count")["schema"][k] for k in ("minimum", "maximum", "default")},
        {"minimum": 1, "maximum": 200, "default": 100},
    ),
    ("Custom Audiences Users: batch size 2500", lambda: body("update_custom_audience_users")["maxItems"], 2500),
    (
        "Custom Audiences Users: body at most 5,000,000 bytes",
        lambda: operation("update_custom_audience_users")["x-max-body-bytes"],
        5_000_000,
    ),
    (
        "Custom Audiences Users: 1500 requests per minute",
        lambda: operation("update_custom_audience_users")["x-rate-limit"],
        {"requests": 1500, "window_seconds": 60},
    ),
    (
        "Do Not Reach Lists > batch users: batch size 2500",
        lambda: body("update_do_not_reach_list_users")["maxItems"],
        2500,
    ),
    ("Flexible Audiences: batch size 10", lambda: body("batch_flexible_audiences")["maxItems"], 10),
    (
        "Flexible Audiences: at most 10 custom audience leaves",
        lambda: rule_args("batch_flexible_audiences", "flexible_audience.max_leaf_audiences")[0]["max"],
        10,
    ),
    (
        "Flexible Audiences: lookback_window values",
        lambda: schema("FlexibleAudienceSegment")["properties"]["lookback_window"]["enum"],
        [1, 7, 14, 30],
    ),
    (
        "Keyword Insights: at most 10 keywords with negative keywords",
        lambda: rule_args("search_keyword_insights", "keyword_insights.max_keywords")[0]["max"],
        10,
    ),
    (
        "Keyword Insights: range at most 7 days",
        lambda: rule_args("search_keyword_insights", "keyword_insights.max_range")[0]["max_days"],
        7,
    ),
    (
        "Account Media > GET: up to 200 ids",
        lambda: parameter("list_account_media", "account_media_ids")["schema"]["maxItems"],
        200,
    ),
    (
        "Cards Fetch: card_uris up to 200, required",
        lambda: (
            parameter("fetch_cards", "card_uris")["schema"]["maxItems"],
            parameter("fetch_cards", "card_uris")["required"],
        ),
        (200, True),
    ),
    (
        "Scheduled Tweets > POST: at most one year ahead",
        lambda: rule_args("create_scheduled_tweet", "scheduled_tweet.within_year")[0]["max_days"],
        365,
    ),
    (
        "Scheduled Tweets guide: 30 per 15-minute window",
        lambda: {
            k: rule_args("create_scheduled_tweet", "scheduled_tweet.window_limit")[0][k]
            for k in ("max", "window_minutes", "code")
        },
        {"max": 30, "window_minutes": 15, "code": "SCHEDULED_TWEET_LIMIT_EXCEEDED"},
    ),
    (
        "Tweets > POST tweet: up to 4 images, 1 GIF or 1 video",
        lambda: rule_args("create_tweet", "tweet.media_mix")[0]["limits"],
        {"IMAGE": 4, "GIF": 1, "VIDEO": 1},
    ),
    (
        "Do Not Reach Lists: expires_at under 13 months",
        lambda: rule_args("update_do_not_reach_list_users", "do_not_reach_list.expires_within")[0]["months"],
        13,
    ),
    (
        "Media Library > POST: name, file_name, title, description limits",
        lambda: {
            n: parameter("create_media_library_item", n)["schema"]["maxLength"]
            for n in ("name", "file_name", "title", "description")
        },
        {"name": 100, "file_name": 255, "title": 70, "description": 200},
    ),
    (
        "Image Conversation Cards: images at least 800 px wide",
        lambda: rule_args("create_image_conversation_card", "media.image_min_width")[0]["min_width"],
        800,
    ),
    (
        "Image Conversation Cards: unlock image 5:2",
        lambda: [a["ratios"] for a in rule_args("create_image_conversation_card", "media.aspect_ratio")],
        [["1.91:1"], ["5:2"]],
    ),
    (
        "Video Conversation Cards: 16:9 video",
        lambda: rule_args("create_video_conversation_card", "media.aspect_ratio")[0]["ratios"],
        ["16:9"],
    ),
    (
        "Overview > Image: website images 1:1 and 1.91:1",
        lambda: rule_args("create_card", "media.aspect_ratio")[0]["ratios"],
        ["1:1", "1.91:1"],
    ),
    (
        "Tweets > POST tweet: conversation_settings only from version 8",
        lambda: parameter("create_tweet", "conversation_settings")["x-since"],
        8,
    ),
    (
        "Identifying Cards: preview_url gone since version 5",
        lambda: schema("Card")["properties"]["preview_url"]["x-removed-in"],
        5,
    ),
    ("Scheduled Tweets > DELETE: hard delete", lambda: operation("delete_scheduled_tweet")["x-delete"], "hard"),
    ("Draft Tweets > DELETE: hard delete", lambda: operation("delete_draft_tweet")["x-delete"], "hard"),
    ("Poll Cards > DELETE: hard delete", lambda: operation("delete_poll_card")["x-delete"], "hard"),
    (
        "Video Conversation Cards > DELETE: hard delete",
        lambda: operation("delete_video_conversation_card")["x-delete"],
        "hard",
    ),
    ("Cards > DELETE: soft delete", lambda: operation("delete_card")["x-delete"], "soft"),
    ("Custom Audiences > DELETE: soft delete", lambda: operation("delete_custom_audience")["x-delete"], "soft"),
    (
        "Poll Cards: no PUT",
        lambda: "put" in load_bundle()["paths"]["/accounts/{account_id}/cards/poll/{card_id}"],
        False,
    ),
    (
        "Preroll CTAs > POST: call_to_action values",
        lambda: resolve(parameter("create_preroll_call_to_action", "call_to_action")["schema"])["enum"],
        ["GO_TO", "SEE_MORE", "SHOP", "VISIT_SITE", "WATCH_NOW"],
    ),
    (
        "Tailored Audience Permissions: shown at version 5, deprecated",
        lambda: (
            operation("create_tailored_audience_permission")["deprecated"],
            operation("create_tailored_audience_permission")["x-shown-at-version"],
        ),
        (True, 5),
    ),
]


@pytest.mark.parametrize(("source", "actual", "expected"), CHECKS, ids=[c[0] for c in CHECKS])
def test_reference_number(source: str, actual: Any, expected: Any) -> None:
    assert actual() == expected, source


def test_comma_separated_lists_are_form_arrays() -> None:
    """Every array query parameter is a comma-separated list (style form, explode false)."""
    from xads_spec.bundle import operations

    arrays = [
        (op["operationId"], p)
        for _path, _method, op in operations(load_bundle())
        for p in op.get("parameters", [])
        if p["in"] == "query" and p["schema"].get("type") == "array"
    ]
    assert len(arrays) > 20
    assert all(p.get("style") == "form" and p.get("explode") is False for _op, p in arrays)
    clearable = sorted(op for op, p in arrays if "minItems" not in p["schema"])
    assert clearable == ["update_draft_tweet", "update_scheduled_tweet"]  # an empty media_keys removes the media


def test_at_least_25_spot_checks() -> None:
    assert len(CHECKS) >= 25
