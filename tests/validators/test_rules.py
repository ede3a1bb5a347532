"""Each x-rules rule, accepted and refused at its exact boundaries."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from tests.validators.conftest import NOW, send
from tests.validators.resolver import MemoryResolver
from xads_validators import (
    AccountFacts,
    AudienceFacts,
    MediaFacts,
    RequestValidator,
    ScheduledTweetFacts,
    ValidationResult,
)
from xads_validators.resolver import TweetFacts
from xads_validators.rules.timing import granularity, truncate

A = "/12/accounts/abc"
IMAGE = "3_1000"
IMAGE_2 = "3_1001"
GIF = "16_2000"
VIDEO = "13_3000"


def _library(**sizes: tuple[str, int, int]) -> MemoryResolver:
    return MemoryResolver(
        media_items={key: MediaFacts(key, kind, width, height) for key, (kind, width, height) in sizes.items()}
    )


def rules(result: ValidationResult) -> list[str]:
    return sorted(v.rule for v in result.violations)


def check(validator: RequestValidator, method: str, url: str, **kwargs: Any) -> list[str]:
    return rules(send(validator, method, url, **kwargs))


# -- query-spanning rules -------------------------------------------------------------


def test_list_total_count_excludes_cursor(validator: RequestValidator) -> None:
    assert check(validator, "GET", f"{A}/cards/poll?with_total_count=true") == []
    assert check(validator, "GET", f"{A}/cards/poll?cursor=x") == []
    assert check(validator, "GET", f"{A}/cards/poll?with_total_count=true&cursor=x") == [
        "list.total_count_excludes_cursor"
    ]


def test_keyword_insights_max_keywords(validator: RequestValidator) -> None:
    base = "/12/insights/keywords/search?granularity=DAY&start_time=2026-05-30&end_time=2026-06-01"
    ten = f"{base}&keywords=a,b,c,d,e,f&negative_keywords=g,h,i,j"
    assert check(validator, "GET", ten) == []
    assert check(validator, "GET", ten + ",k") == ["keyword_insights.max_keywords"]


def test_keyword_insights_max_range(validator: RequestValidator) -> None:
    base = "/12/insights/keywords/search?granularity=HOUR&keywords=dev"
    assert check(validator, "GET", f"{base}&start_time=2026-05-01T00:00:00Z&end_time=2026-05-08T00:00:00Z") == []
    assert check(validator, "GET", f"{base}&start_time=2026-05-01T00:00:00Z&end_time=2026-05-08T00:00:01Z") == [
        "keyword_insights.max_range"
    ]
    assert check(validator, "GET", f"{base}&start_time=2026-05-02&end_time=2026-05-01") == [
        "keyword_insights.max_range"
    ]
    # Without end_time the range ends now (the pinned clock).
    assert check(validator, "GET", f"{base}&start_time=2026-05-25T12:00:00Z") == []
    assert check(validator, "GET", f"{base}&start_time=2026-05-25T11:59:59Z") == ["keyword_insights.max_range"]


def test_poll_choice_order(validator: RequestValidator) -> None:
    base = f"{A}/cards/poll?name=p&duration_in_minutes=5&first_choice=a&second_choice=b"
    assert check(validator, "POST", f"{base}&third_choice=c&fourth_choice=d") == []
    assert check(validator, "POST", f"{base}&fourth_choice=d") == ["poll.choice_order"]


@pytest.mark.parametrize(("minutes", "ok"), [(4, False), (5, True), (10080, True), (10081, False)])
def test_poll_duration_bounds(validator: RequestValidator, minutes: int, ok: bool) -> None:
    url = f"{A}/cards/poll?name=p&first_choice=a&second_choice=b&duration_in_minutes={minutes}"
    assert check(validator, "POST", url) == ([] if ok else ["spec.maximum" if minutes > 5 else "spec.minimum"])


IMG_CARD = f"{A}/cards/image_conversation?name=c&media_key={IMAGE}&thank_you_text=thanks"


def test_conversation_card_cta_length_not_counting_hash(validator: RequestValidator) -> None:
    twenty = "x" * 20
    assert check(validator, "POST", f"{IMG_CARD}&title=t&first_cta=%23{twenty}&first_cta_tweet=t") == []
    assert check(validator, "POST", f"{IMG_CARD}&title=t&first_cta={twenty}&first_cta_tweet=t") == []
    assert check(validator, "POST", f"{IMG_CARD}&title=t&first_cta={twenty}x&first_cta_tweet=t") == [
        "conversation_card.cta_length"
    ]


def test_conversation_card_cta_pairs(validator: RequestValidator) -> None:
    ok = f"{IMG_CARD}&first_cta=%23a&first_cta_tweet=t&second_cta=%23b&second_cta_tweet=u"
    assert check(validator, "POST", ok) == []
    assert check(validator, "POST", f"{IMG_CARD}&first_cta=%23a&first_cta_tweet=t&second_cta=%23b") == [
        "conversation_card.cta_pairs"
    ]
    assert check(validator, "PUT", f"{A}/cards/image_conversation/59woh?third_cta=%23c") == [
        "conversation_card.cta_pairs"
    ]


def test_conversation_card_title_or_second_cta(validator: RequestValidator) -> None:
    first = f"{IMG_CARD}&first_cta=%23a&first_cta_tweet=t"
    assert check(validator, "POST", f"{first}&title=hello") == []
    assert check(validator, "POST", f"{first}&second_cta=%23b&second_cta_tweet=u") == []
    assert check(validator, "POST", first) == ["conversation_card.title_or_second_cta"]


def test_thank_you_text_limit(validator: RequestValidator) -> None:
    base = f"{A}/cards/image_conversation?name=c&media_key={IMAGE}&first_cta=%23a&first_cta_tweet=t&title=t"
    assert check(validator, "POST", f"{base}&thank_you_text={'y' * 23}") == []
    assert check(validator, "POST", f"{base}&thank_you_text={'y' * 24}") == ["spec.max_length"]


def test_media_kind_from_prefix(validator: RequestValidator) -> None:
    url = f"{A}/cards/image_conversation?name=c&first_cta=%23a&first_cta_tweet=t&title=t&thank_you_text=t"
    assert check(validator, "POST", f"{url}&media_key={IMAGE}") == []
    assert check(validator, "POST", f"{url}&media_key={VIDEO}") == ["media.kind"]


# -- Tweets ---------------------------------------------------------------------------


def test_tweet_text_or_media(validator: RequestValidator) -> None:
    assert check(validator, "POST", f"{A}/tweet?text=hi") == []
    assert check(validator, "POST", f"{A}/tweet?media_keys={IMAGE}") == []
    assert check(validator, "POST", f"{A}/tweet?name=n") == ["tweet.text_or_media"]
    assert check(validator, "POST", f"{A}/draft_tweets?nullcast=true") == ["tweet.text_or_media"]


@pytest.mark.parametrize(
    ("keys", "ok"),
    [
        ("3_1,3_2,3_3,3_4", True),
        ("16_1", True),
        ("13_1", True),
        ("3_1,16_1", False),
        ("13_1,7_2", False),
        ("16_1,16_2", False),
    ],
)
def test_tweet_media_mix(validator: RequestValidator, keys: str, ok: bool) -> None:
    assert check(validator, "POST", f"{A}/tweet?media_keys={keys}") == ([] if ok else ["tweet.media_mix"])


def test_five_images_are_refused_by_schema_and_rule(validator: RequestValidator) -> None:
    assert check(validator, "POST", f"{A}/tweet?media_keys=3_1,3_2,3_3,3_4,3_5") == [
        "spec.max_items",
        "tweet.media_mix",
    ]


def test_tweet_video_cta_pair(validator: RequestValidator) -> None:
    """Only a value without its CTA is refused: the reference ties the value to a CTA, not the reverse."""
    assert check(validator, "POST", f"{A}/tweet?text=a&video_cta=WATCH_NOW&video_cta_value=https://x.com") == []
    assert check(validator, "POST", f"{A}/tweet?text=a&video_cta=WATCH_NOW") == []
    result = send(validator, "POST", f"{A}/tweet?text=a&video_cta_value=https://x.com")
    assert [(v.rule, v.parameter) for v in result.violations] == [("tweet.video_cta_pair", "video_cta")]


def _at(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def test_scheduled_tweet_within_year(validator: RequestValidator) -> None:
    """Seconds are ignored: the window is judged on scheduled_at rounded down to the minute."""
    base = f"{A}/scheduled_tweets?text=hi&scheduled_at="
    assert check(validator, "POST", base + _at(NOW + timedelta(days=365))) == []
    assert check(validator, "POST", base + _at(NOW + timedelta(days=365, seconds=59))) == []
    assert check(validator, "POST", base + _at(NOW + timedelta(days=365, minutes=1))) == ["scheduled_tweet.within_year"]
    assert check(validator, "POST", base + _at(NOW)) == ["scheduled_tweet.within_year"]
    assert check(validator, "POST", base + _at(NOW + timedelta(seconds=59))) == ["scheduled_tweet.within_year"]
    assert check(validator, "POST", base + _at(NOW + timedelta(minutes=1))) == []
    # PUT judges the same way.
    put = f"{A}/scheduled_tweets/1?scheduled_at="
    assert check(validator, "PUT", put + _at(NOW + timedelta(seconds=59))) == ["scheduled_tweet.within_year"]
    assert check(validator, "PUT", put + _at(NOW + timedelta(days=365, seconds=59))) == []
    message = send(validator, "POST", base + _at(NOW + timedelta(seconds=30))).violations[0].message
    assert "2026-06-01T12:00:00Z once rounded down" in message


def test_minute_granularity_is_read_from_the_spec(validator: RequestValidator) -> None:
    operation = validator.index(12).by_id["create_scheduled_tweet"]
    assert granularity(operation, "scheduled_at") == 60
    assert granularity(operation, "text") == 1
    assert truncate(NOW + timedelta(seconds=59, microseconds=5), 60) == NOW
    assert truncate(NOW + timedelta(minutes=1), 60) == NOW + timedelta(minutes=1)


def test_scheduled_tweet_window_limit(validator: RequestValidator) -> None:
    window = NOW.replace(hour=15, minute=15)
    stored = {str(i): ScheduledTweetFacts(window + timedelta(seconds=i * 25), "SCHEDULED") for i in range(29)}
    resolver = MemoryResolver(scheduled=stored)
    url = f"{A}/scheduled_tweets?text=hi&scheduled_at={_at(window + timedelta(minutes=14))}"
    assert check(validator, "POST", url, resolver=resolver) == []
    resolver.scheduled["29"] = ScheduledTweetFacts(window, "SCHEDULED")
    result = send(validator, "POST", url, resolver=resolver)
    assert [(v.rule, v.code) for v in result.violations] == [
        ("scheduled_tweet.window_limit", "SCHEDULED_TWEET_LIMIT_EXCEEDED")
    ]
    next_window = f"{A}/scheduled_tweets?text=hi&scheduled_at={_at(window + timedelta(minutes=15))}"
    assert check(validator, "POST", next_window, resolver=resolver) == []


def test_scheduled_tweet_editable_until_scheduled_at(validator: RequestValidator) -> None:
    resolver = MemoryResolver(
        scheduled={
            "1": ScheduledTweetFacts(NOW + timedelta(minutes=1), "SCHEDULED"),
            "2": ScheduledTweetFacts(NOW, "SCHEDULED"),
            "3": ScheduledTweetFacts(NOW + timedelta(days=1), "SUCCESS"),
            # Goes live at 12:00, the minute its seconds are dropped from: closed at 12:00:00.
            "4": ScheduledTweetFacts(NOW + timedelta(seconds=59), "SCHEDULED"),
        }
    )
    assert check(validator, "PUT", f"{A}/scheduled_tweets/1?text=x", resolver=resolver) == []
    for closed in ("2", "3", "4"):
        assert check(validator, "PUT", f"{A}/scheduled_tweets/{closed}?text=x", resolver=resolver) == [
            "scheduled_tweet.editable_until_scheduled_at"
        ]


def test_scheduled_promoted_tweet_needs_scheduled_state(validator: RequestValidator) -> None:
    resolver = MemoryResolver(
        scheduled={"5": ScheduledTweetFacts(NOW, "SCHEDULED"), "6": ScheduledTweetFacts(NOW, "FAILED")},
        line_items={"a44qc"},
    )
    url = f"{A}/scheduled_promoted_tweets?line_item_id=a44qc&scheduled_tweet_id="
    assert check(validator, "POST", url + "5", resolver=resolver) == []
    assert check(validator, "POST", url + "6", resolver=resolver) == ["scheduled_tweet.still_scheduled"]
    assert check(validator, "POST", url + "7", resolver=resolver) == ["scheduled_tweet.still_scheduled"]
    assert check(validator, "POST", url.replace("a44qc", "zzz") + "5", resolver=resolver) == ["line_item.exists"]


def test_line_item_objective(validator: RequestValidator) -> None:
    """Preroll CTAs need a PREROLL_VIEWS line item; scheduled Tweets cannot be promoted in one."""
    resolver = MemoryResolver(
        scheduled={"5": ScheduledTweetFacts(NOW + timedelta(days=1), "SCHEDULED")},
        objectives={"8v53k": "PREROLL_VIEWS", "a44qc": "ENGAGEMENTS"},
    )
    cta = f"{A}/preroll_call_to_actions?call_to_action=WATCH_NOW&call_to_action_url=https://x.com&line_item_id="
    assert check(validator, "POST", cta + "8v53k", resolver=resolver) == []
    refused = send(validator, "POST", cta + "a44qc", resolver=resolver).violations
    assert [(v.rule, v.parameter) for v in refused] == [("line_item.objective", "line_item_id")]
    assert "ENGAGEMENTS" in refused[0].message and "PREROLL_VIEWS" in refused[0].message
    promote = f"{A}/scheduled_promoted_tweets?scheduled_tweet_id=5&line_item_id="
    assert check(validator, "POST", promote + "a44qc", resolver=resolver) == []
    assert check(validator, "POST", promote + "8v53k", resolver=resolver) == ["line_item.objective"]
    # A line item whose objective the resolver does not know is not judged.
    resolver.line_items.add("x1")
    assert check(validator, "POST", promote + "x1", resolver=resolver) == []


def test_promotable_user(validator: RequestValidator) -> None:
    resolver = MemoryResolver(accounts={"abc": AccountFacts("abc", promotable_user_ids=frozenset({"42"}))})
    assert check(validator, "POST", f"{A}/tweet?text=a&as_user_id=42", resolver=resolver) == []
    assert check(validator, "POST", f"{A}/tweet?text=a&as_user_id=43", resolver=resolver) == ["tweet.promotable_user"]


# -- media facts ----------------------------------------------------------------------

POLL = f"{A}/cards/poll?name=p&duration_in_minutes=60&first_choice=a&second_choice=b&media_key="


def _poll_resolver(**media: tuple[str, int, int]) -> MemoryResolver:
    resolver = _library(**media)
    resolver.accounts["abc"] = AccountFacts("abc", features=frozenset({"PROMOTED_MEDIA_POLLS"}))
    return resolver


def test_media_in_library(validator: RequestValidator) -> None:
    resolver = _poll_resolver(**{IMAGE: ("IMAGE", 1910, 1000)})
    assert check(validator, "POST", POLL + IMAGE, resolver=resolver) == []
    assert check(validator, "POST", POLL + IMAGE_2, resolver=resolver) == ["media.in_library"]


def test_media_in_library_or_uploaded_for_tweets_only(validator: RequestValidator) -> None:
    """POST tweet also takes media uploaded but not yet in the library; drafts and scheduled Tweets do not."""
    resolver = _library(**{IMAGE: ("IMAGE", 1910, 1000)})
    resolver.uploads[IMAGE_2] = MediaFacts(IMAGE_2, "IMAGE", 1910, 1000)
    tweet = f"{A}/tweet?media_keys="
    assert check(validator, "POST", tweet + f"{IMAGE},{IMAGE_2}", resolver=resolver) == []
    refused = send(validator, "POST", tweet + f"{IMAGE_2},3_1002", resolver=resolver).violations
    assert [(v.rule, v.parameter) for v in refused] == [("media.in_library", "media_keys")]
    assert "3_1002 was neither uploaded nor added" in refused[0].message
    tomorrow = _at(NOW + timedelta(days=1))
    for url in (f"{A}/draft_tweets?media_keys=", f"{A}/scheduled_tweets?scheduled_at={tomorrow}&media_keys="):
        assert check(validator, "POST", url + IMAGE, resolver=resolver) == []
        assert check(validator, "POST", url + IMAGE_2, resolver=resolver) == ["media.in_library"]


@pytest.mark.parametrize(("width", "ok"), [(800, True), (799, False)])
def test_media_image_min_width(validator: RequestValidator, width: int, ok: bool) -> None:
    resolver = _poll_resolver(**{IMAGE: ("IMAGE", width, round(width / 1.91))})
    assert check(validator, "POST", POLL + IMAGE, resolver=resolver) == ([] if ok else ["media.image_min_width"])


@pytest.mark.parametrize(
    ("key", "kind", "size", "ok"),
    [
        (IMAGE, "IMAGE", (1910, 1000), True),
        (IMAGE, "IMAGE", (1000, 1000), False),
        (VIDEO, "VIDEO", (1920, 1080), True),
        (VIDEO, "VIDEO", (1080, 1080), False),
    ],
)
def test_media_aspect_ratio(validator: RequestValidator, key: str, kind: str, size: tuple[int, int], ok: bool) -> None:
    resolver = _poll_resolver(**{key: (kind, *size)})
    assert check(validator, "POST", POLL + key, resolver=resolver) == ([] if ok else ["media.aspect_ratio"])


def test_unlock_image_is_five_to_two(validator: RequestValidator) -> None:
    base = f"{IMG_CARD}&title=t&first_cta=%23a&first_cta_tweet=t&unlocked_image_media_key={IMAGE_2}"
    good = _library(**{IMAGE: ("IMAGE", 1910, 1000), IMAGE_2: ("IMAGE", 1000, 400)})
    bad = _library(**{IMAGE: ("IMAGE", 1910, 1000), IMAGE_2: ("IMAGE", 1910, 1000)})
    assert check(validator, "POST", base, resolver=good) == []
    assert check(validator, "POST", base, resolver=bad) == ["media.aspect_ratio"]


def test_account_feature_required_for_media_polls(validator: RequestValidator) -> None:
    resolver = _poll_resolver(**{IMAGE: ("IMAGE", 1910, 1000)})
    resolver.accounts["abc"] = AccountFacts("abc")
    assert check(validator, "POST", POLL + IMAGE, resolver=resolver) == ["account.feature_required"]
    assert check(validator, "POST", POLL.removesuffix("&media_key="), resolver=resolver) == []


def test_stateful_rules_are_skipped_without_resolver(validator: RequestValidator) -> None:
    result = send(validator, "POST", POLL + IMAGE)
    assert result.violations == []
    assert "media.in_library" in result.skipped_rules


def test_media_library_category_for_media_id(validator: RequestValidator) -> None:
    base = f"{A}/media_library?media_key="
    assert check(validator, "POST", base + "966947208837742592&media_category=TWEET_IMAGE") == []
    assert check(validator, "POST", base + "3_966947208837742592") == []
    assert check(validator, "POST", base + "966947208837742592") == ["media_library.category_for_media_id"]


def test_media_library_video_only_fields(validator: RequestValidator) -> None:
    assert check(validator, "POST", f"{A}/media_library?media_key={VIDEO}&title=t") == []
    assert check(validator, "PUT", f"{A}/media_library/{GIF}?title=t") == []
    assert check(validator, "POST", f"{A}/media_library?media_key={IMAGE}&title=t") == [
        "media_library.video_only_fields"
    ]
    assert check(validator, "POST", f"{A}/media_library?media_key=123&media_category=TWEET_IMAGE&description=d") == [
        "media_library.video_only_fields"
    ]


# -- cards ----------------------------------------------------------------------------

WEBSITE = {"type": "DETAILS", "title": "X", "destination": {"type": "WEBSITE", "url": "https://x.com"}}
APP_BUTTON = {
    "type": "BUTTON",
    "label": {"type": "ENUM", "value": "INSTALL"},
    "destination": {"type": "APP", "country_code": "US", "googleplay_app_id": "com.x"},
}


def swipe(count: int) -> dict[str, Any]:
    return {"type": "SWIPEABLE_MEDIA", "media_keys": [f"3_{i}" for i in range(count)]}


def card(validator: RequestValidator, body: Any, **kwargs: Any) -> list[str]:
    return check(validator, "POST", f"{A}/cards", body=body, **kwargs)


@pytest.mark.parametrize(("count", "ok"), [(1, False), (2, True), (6, True), (7, False)])
def test_swipeable_media_takes_two_to_six(validator: RequestValidator, count: int, ok: bool) -> None:
    result = send(validator, "POST", f"{A}/cards", body={"name": "c", "components": [swipe(count), WEBSITE]})
    if ok:
        assert result.violations == []
    else:
        [violation] = result.violations
        assert violation.parameter == "/components/0/media_keys"
        noun = "item" if count == 1 else "items"
        assert violation.message == f"`/components/0/media_keys` has {count} {noun}; takes 2–6 items"


def test_card_component_order(validator: RequestValidator) -> None:
    assert card(validator, {"name": "c", "components": [swipe(2), APP_BUTTON]}) == []
    assert card(validator, {"name": "c", "components": [WEBSITE, swipe(2)]}) == [
        "card.component_order",
        "card.component_order",
    ]
    slides = {"name": "c", "slides": [[swipe(2), WEBSITE], [WEBSITE, {"type": "MEDIA", "media_key": "3_1"}]]}
    result = send(validator, "POST", f"{A}/cards", body=slides)
    assert {v.parameter for v in result.violations} == {"/slides/1/0/type", "/slides/1/1/type"}


def test_card_components_xor_slides(validator: RequestValidator) -> None:
    both = {"name": "c", "components": [swipe(2), WEBSITE], "slides": [[swipe(2), WEBSITE], [swipe(2), WEBSITE]]}
    assert card(validator, both) == ["spec.not"]
    result = send(validator, "POST", f"{A}/cards", body={"name": "c"})
    assert [(v.parameter, v.message) for v in result.violations] == [
        ("/slides", "`/` needs `slides` because `components` is not given")
    ]


def test_card_destination_pairing_and_app_ids(validator: RequestValidator) -> None:
    wrong_pair = dict(APP_BUTTON, destination=WEBSITE["destination"])
    assert "spec.const" in card(validator, {"name": "c", "components": [swipe(2), wrong_pair]})
    no_app_id = dict(APP_BUTTON, destination={"type": "APP", "country_code": "US"})
    assert "spec.any_of" in card(validator, {"name": "c", "components": [swipe(2), no_app_id]})
    deep_link_alone = dict(
        APP_BUTTON,
        destination={
            "type": "APP",
            "country_code": "US",
            "ios_app_store_identifier": "1",
            "googleplay_deep_link": "x://",
        },
    )
    result = send(validator, "POST", f"{A}/cards", body={"name": "c", "components": [swipe(2), deep_link_alone]})
    assert [(v.parameter, v.message) for v in result.violations] == [
        (
            "/components/1/destination/googleplay_app_id",
            "`/components/1/destination` needs `googleplay_app_id` because `googleplay_deep_link` is given",
        )
    ]


def test_card_name_limit(validator: RequestValidator) -> None:
    assert card(validator, {"name": "n" * 80, "components": [swipe(2), WEBSITE]}) == []
    assert card(validator, {"name": "n" * 81, "components": [swipe(2), WEBSITE]}) == ["spec.max_length"]


# -- audiences ------------------------------------------------------------------------

HASH = "a" * 64


def users_batch(*operations: dict[str, Any]) -> list[dict[str, Any]]:
    return list(operations)


def test_expires_after_effective(validator: RequestValidator) -> None:
    url = f"{A}/custom_audiences/1nmth/users"

    def op(effective: str, expires: str) -> dict[str, Any]:
        params = {"users": [{"email": [HASH]}], "effective_at": effective, "expires_at": expires}
        return {"operation_type": "Update", "params": params}

    good = op("2026-01-01T00:00:00Z", "2026-01-01T00:00:01Z")
    bad = op("2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z")
    assert check(validator, "POST", url, body=[good, good]) == []
    result = send(validator, "POST", url, body=[good, bad])
    assert [(v.rule, v.parameter) for v in result.violations] == [
        ("time.expires_after_effective", "/1/params/expires_at")
    ]


def test_expires_after_effective_defaults_to_now(validator: RequestValidator) -> None:
    """Without effective_at the association takes effect now, so expires_at must be in the future."""
    url = f"{A}/custom_audiences/1nmth/users"

    def op(expires: datetime) -> dict[str, Any]:
        return {"operation_type": "Update", "params": {"users": [{"email": [HASH]}], "expires_at": _at(expires)}}

    assert check(validator, "POST", url, body=[op(NOW + timedelta(seconds=1))]) == []
    result = send(validator, "POST", url, body=[op(NOW + timedelta(days=1)), op(NOW)])
    assert [(v.rule, v.parameter, v.location) for v in result.violations] == [
        ("time.expires_after_effective", "/1/params/expires_at", "body")
    ]
    assert "defaults to now" in result.violations[0].message
    past = send(validator, "POST", url, body=[op(NOW - timedelta(days=1))]).violations
    assert [v.parameter for v in past] == ["/0/params/expires_at"]


def test_hashed_identifiers_any_case_except_partner_id(validator: RequestValidator) -> None:
    url = f"{A}/custom_audiences/1nmth/users"
    users = [{"email": [HASH.upper()], "partner_user_id": ["not-hashed"]}]
    assert check(validator, "POST", url, body=[{"operation_type": "Delete", "params": {"users": users}}]) == []
    plain = [{"email": ["someone@example.com"]}]
    assert check(validator, "POST", url, body=[{"operation_type": "Update", "params": {"users": plain}}]) == [
        "spec.pattern"
    ]


@pytest.mark.parametrize(("count", "ok"), [(2500, True), (2501, False)])
def test_users_batch_size(validator: RequestValidator, count: int, ok: bool) -> None:
    op = {"operation_type": "Update", "params": {"users": [{"email": [HASH]}]}}
    result = check(validator, "POST", f"{A}/custom_audiences/1nmth/users", body=[op] * count)
    assert result == ([] if ok else ["spec.max_items"])


def test_audience_owner_only_and_read_only_share(validator: RequestValidator) -> None:
    resolver = MemoryResolver(
        audiences={
            "own": AudienceFacts("abc", "CRM", None),
            "ro": AudienceFacts("other", "CRM", "READ_ONLY"),
            "rw": AudienceFacts("other", "CRM", "READ_WRITE"),
            "flex": AudienceFacts("abc", "FLEXIBLE", None),
        }
    )
    grant = "permissions?granted_account_id=zzz&permission_level=READ_ONLY"
    resolver.accounts = {"abc": AccountFacts("abc", "b1"), "zzz": AccountFacts("zzz", "b1")}
    assert check(validator, "POST", f"{A}/custom_audiences/own/{grant}", resolver=resolver) == []
    assert check(validator, "POST", f"{A}/custom_audiences/rw/{grant}", resolver=resolver) == ["audience.owner_only"]
    assert check(validator, "PUT", f"{A}/custom_audiences/rw?name=n", resolver=resolver) == []
    assert check(validator, "PUT", f"{A}/custom_audiences/ro?name=n", resolver=resolver) == ["audience.writable"]
    assert check(validator, "PUT", f"{A}/custom_audiences/flex?name=n", resolver=resolver) == [
        "custom_audience.flexible_immutable"
    ]


def test_audience_share_within_business(validator: RequestValidator) -> None:
    resolver = MemoryResolver(
        audiences={"own": AudienceFacts("abc", "CRM", None)},
        accounts={"abc": AccountFacts("abc", "b1"), "far": AccountFacts("far", "b2")},
    )
    url = f"{A}/custom_audiences/own/permissions?granted_account_id=far&permission_level=READ_ONLY"
    assert check(validator, "POST", url, resolver=resolver) == ["audience.share_within_business"]
    resolver.accounts["abc"] = AccountFacts("abc", "b1", frozenset({"SHARE_AUDIENCE_OUTSIDE_BUSINESS"}))
    assert check(validator, "POST", url, resolver=resolver) == []
    # an account that does not exist is refused, whatever the owner's features
    nowhere = url.replace("granted_account_id=far", "granted_account_id=nowhere")
    assert check(validator, "POST", nowhere, resolver=resolver) == ["audience.share_within_business"]


def test_custom_audience_unique_name(validator: RequestValidator) -> None:
    resolver = MemoryResolver(audience_names={"taken"})
    assert check(validator, "POST", f"{A}/custom_audiences?name=fresh", resolver=resolver) == []
    assert check(validator, "POST", f"{A}/custom_audiences?name=taken", resolver=resolver) == [
        "custom_audience.unique_name"
    ]


def _segment(leaves: int) -> dict[str, Any]:
    children = [{"custom_audience_id": f"a{i}", "lookback_window": 7} for i in range(leaves)]
    return {"boolean_operator": "OR", "child_segments": children}


def _flexible(leaves: int, operation_type: str = "Create") -> list[dict[str, Any]]:
    params = {"name": "f", "audience_type": "FLEXIBLE", "segments": _segment(leaves)}
    return [{"operation_type": operation_type, "params": params}]


def test_flexible_audience_leaf_limit_and_immutability(validator: RequestValidator) -> None:
    url = "/12/batch/accounts/abc/custom_audiences"
    assert check(validator, "POST", url, body=_flexible(10)) == []
    assert check(validator, "POST", url, body=_flexible(11)) == ["flexible_audience.max_leaf_audiences"]
    assert check(validator, "POST", url, body=_flexible(2, "Update")) == ["flexible_audience.immutable"]


def test_flexible_audience_tree_shape(validator: RequestValidator) -> None:
    url = "/12/batch/accounts/abc/custom_audiences"
    tree = _flexible(2)
    tree[0]["params"]["segments"]["child_segments"][0]["lookback_window"] = 3
    assert check(validator, "POST", url, body=tree) == ["spec.enum"]
    no_operator = _flexible(2)
    del no_operator[0]["params"]["segments"]["boolean_operator"]
    assert "spec.required" in check(validator, "POST", url, body=no_operator)
    assert check(validator, "POST", url, body=_flexible(1) * 11) == ["spec.max_items"]


def test_do_not_reach_list_rules(validator: RequestValidator) -> None:
    resolver = MemoryResolver(do_not_reach=True)
    assert check(validator, "POST", f"{A}/do_not_reach_lists") == []
    assert check(validator, "POST", f"{A}/do_not_reach_lists", resolver=resolver) == [
        "do_not_reach_list.one_per_account"
    ]
    url = "/12/batch/accounts/abc/do_not_reach_lists/4kzro/users"

    def batch(expires: str) -> list[dict[str, Any]]:
        return [{"operation_type": "Update", "params": {"expires_at": expires, "users": [{"email": [HASH]}]}}]

    limit = datetime(2027, 7, 1, 12, 0, tzinfo=UTC)  # 13 months after the pinned clock
    assert check(validator, "POST", url, body=batch(_at(limit - timedelta(seconds=1)))) == []
    assert check(validator, "POST", url, body=batch(_at(limit))) == ["do_not_reach_list.expires_within"]
    assert check(validator, "POST", url, body=batch(_at(NOW))) == ["do_not_reach_list.expires_within"]
    effective = batch(_at(NOW + timedelta(days=1)))
    effective[0]["params"]["effective_at"] = _at(NOW)
    assert check(validator, "POST", url, body=effective) == ["spec.additional_properties"]


def test_tweet_author_permission(validator: RequestValidator) -> None:
    account = AccountFacts(
        "abc",
        promotable_user_ids=frozenset({"1", "2"}),
        full_promotable_user_id="1",
        tweet_composer_ids=frozenset({"2"}),
    )
    author = MemoryResolver(accounts={"abc": account}, caller="1")
    composer = MemoryResolver(accounts={"abc": account}, caller="2")
    stranger = MemoryResolver(accounts={"abc": account}, caller="3")
    assert check(validator, "POST", f"{A}/tweet?text=a&nullcast=false", resolver=author) == []
    assert check(validator, "POST", f"{A}/tweet?text=a", resolver=composer) == []
    assert check(validator, "POST", f"{A}/tweet?text=a&nullcast=false", resolver=composer) == [
        "tweet.author_permission"
    ]
    assert check(validator, "POST", f"{A}/draft_tweets?text=a", resolver=stranger) == ["tweet.author_permission"]


def test_promoted_tweets_must_be_published(validator: RequestValidator) -> None:
    resolver = MemoryResolver(line_items={"6c62d"}, published={"11"})
    url = f"{A}/promoted_tweets?line_item_id=6c62d&tweet_ids="
    assert check(validator, "POST", url + "11", resolver=resolver) == []
    assert check(validator, "POST", url + "11,12", resolver=resolver) == ["promoted_tweet.published_tweets"]


def _composer_account() -> AccountFacts:
    """FULL user 1; promotable users 2 (TWEET_COMPOSER, the signer in these tests) and 4 (TWEET_COMPOSER)."""
    return AccountFacts(
        "abc",
        promotable_user_ids=frozenset({"1", "2", "4"}),
        full_promotable_user_id="1",
        tweet_composer_ids=frozenset({"2", "4"}),
    )


def _codes(result: ValidationResult) -> list[tuple[str, str | None, str]]:
    return [(v.rule, v.parameter, v.code) for v in result.violations]


def test_tweet_author_permission_whom_a_signer_may_tweet_as(validator: RequestValidator) -> None:
    account = _composer_account()
    full = MemoryResolver(accounts={"abc": account}, caller="1")
    composer = MemoryResolver(accounts={"abc": account}, caller="2")
    assert check(validator, "POST", f"{A}/tweet?text=a&as_user_id=1", resolver=composer) == []
    for other in ("2", "4"):  # itself, or another promotable user that is not the FULL one
        refused = send(
            validator,
            "POST",
            f"{A}/scheduled_tweets?text=a&scheduled_at=2026-06-02&as_user_id={other}",
            resolver=composer,
        )
        assert _codes(refused) == [("tweet.author_permission", "as_user_id", "UNAUTHORIZED_ACCESS")]
    assert check(validator, "POST", f"{A}/tweet?text=a&as_user_id=1&nullcast=false", resolver=full) == []
    assert check(validator, "POST", f"{A}/draft_tweets?text=a&as_user_id=4", resolver=full) == [
        "tweet.author_permission"
    ]


def test_tweet_author_permission_on_update(validator: RequestValidator) -> None:
    stored = {
        ("SCHEDULED", "10"): TweetFacts("1", nullcast=True),
        ("SCHEDULED", "11"): TweetFacts("1", nullcast=False),
        ("DRAFT", "20"): TweetFacts("1", nullcast=True),
    }
    account = _composer_account()
    composer = MemoryResolver(accounts={"abc": account}, caller="2", tweets=stored)
    full = MemoryResolver(accounts={"abc": account}, caller="1", tweets=stored)
    assert check(validator, "PUT", f"{A}/scheduled_tweets/10?text=b", resolver=composer) == []
    assert check(validator, "PUT", f"{A}/scheduled_tweets/10?nullcast=true", resolver=composer) == []
    organic = send(validator, "PUT", f"{A}/scheduled_tweets/10?nullcast=false", resolver=composer)
    assert _codes(organic) == [("tweet.author_permission", "nullcast", "INVALID_PARAMETER")]
    assert check(validator, "PUT", f"{A}/draft_tweets/20?nullcast=false", resolver=composer) == [
        "tweet.author_permission"
    ]
    # Already organic: the composer may not touch it, unless it makes it promoted-only again.
    assert check(validator, "PUT", f"{A}/scheduled_tweets/11?text=b", resolver=composer) == ["tweet.author_permission"]
    assert check(validator, "PUT", f"{A}/scheduled_tweets/11?nullcast=true", resolver=composer) == []
    assert check(validator, "PUT", f"{A}/scheduled_tweets/10?nullcast=false", resolver=full) == []
    # A Tweet the account does not have is the operation's 404, not this rule's.
    assert check(validator, "PUT", f"{A}/scheduled_tweets/99?nullcast=false", resolver=composer) == []


def test_tweet_card_in_account(validator: RequestValidator) -> None:
    resolver = MemoryResolver(cards={"card://100"})
    assert check(validator, "POST", f"{A}/tweet?text=a&card_uri=card://100", resolver=resolver) == []
    refused = send(validator, "POST", f"{A}/tweet?text=a&card_uri=card://101", resolver=resolver)
    assert _codes(refused) == [("tweet.card_in_account", "card_uri", "INVALID_PARAMETER")]
    assert check(validator, "PUT", f"{A}/draft_tweets/5?card_uri=card://101", resolver=resolver) == [
        "tweet.card_in_account"
    ]
    assert check(validator, "PUT", f"{A}/draft_tweets/5?card_uri=", resolver=resolver) == []  # removes the card


def test_list_user_id_is_a_promotable_user(validator: RequestValidator) -> None:
    resolver = MemoryResolver(accounts={"abc": _composer_account()})
    assert check(validator, "GET", f"{A}/tweets?tweet_type=PUBLISHED&user_id=4", resolver=resolver) == []
    assert check(validator, "GET", f"{A}/draft_tweets?user_id=5", resolver=resolver) == ["tweet.promotable_user"]
