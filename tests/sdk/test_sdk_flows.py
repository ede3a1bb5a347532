"""The official `twitter-ads` SDK's documented flows (its README and examples/) against the emulator's /11.

Each test follows one example of the SDK as a user would write it, with the seed's ids in place
of the example's; nothing of the SDK is patched but its host (conftest.py). A step that fails here
is the emulator's bug unless the live API refuses it too (docs/fidelity.md says which).
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from typing import Any

import pytest
from twitter_ads.account import Account
from twitter_ads.audience import CustomAudience, CustomAudiencePermission
from twitter_ads.campaign import ScheduledPromotedTweet, Tweet
from twitter_ads.client import Client
from twitter_ads.creative import (
    Card,
    CardsFetch,
    DraftTweet,
    ImageConversationCard,
    MediaLibrary,
    PollCard,
    PromotedTweet,
    ScheduledTweet,
    TweetPreview,
    Tweets,
    VideoConversationCard,
)
from twitter_ads.cursor import Cursor
from twitter_ads.enum import MEDIA_TYPE, PERMISSION_LEVEL, TWEET_TYPE
from twitter_ads.error import NotFound
from twitter_ads.http import Request
from twitter_ads.utils import format_time

from tests.support.emulator import ACCOUNT

# From the default seed (emulator/seed/default.yaml).
USER_ID = "756201191646691328"  # the demo account's FULL promotable user
SISTER_ACCOUNT = "18ce54aymz3"  # same business as ACCOUNT
WIDE_IMAGE = "3_1073727809120419840"  # 1.91:1, in the media library
VIDEO = "13_1089771253848666112"  # in the media library
UPLOADED_IMAGE = "3_931236738554519552"  # uploaded, not yet in the media library
UPLOADED_VIDEO = "13_958388276489895936"  # uploaded, not yet in the media library
ENGAGEMENT_LINE_ITEM = "a44qc"
EDITED_URL = "https://twitter.com/newvalue"
# A MEDIA component's `media_metadata` as live answers carry it (the SDK's tests/fixtures/cards_load.json).
VIDEO_METADATA = {
    "type": "VIDEO",
    "url": "https://video.twimg.com/amplify_video/1089771253848666112/vid/1280x720/tyL-pUBP7GgkS9bl.mp4",
    "width": 1280,
    "height": 720,
    "video_duration": 5283,
    "video_aspect_ratio": "16:9",
}


def ids(cursor: Cursor) -> list[str]:
    """Every id a cursor yields, paging through all of it the SDK's way."""
    return [str(item.id) for item in cursor]


def test_readme_client_lists_and_loads_accounts(client: Client) -> None:
    """README quick start: `client.accounts()` iterates the user's accounts, `client.accounts(id=...)` loads one."""
    listed = {str(account.id): account for account in client.accounts()}
    assert set(listed) == {ACCOUNT, SISTER_ACCOUNT}
    account = client.accounts(id=ACCOUNT)
    assert isinstance(account, Account)
    assert (account.id, account.name) == (ACCOUNT, "Demo advertiser")
    assert account.business_id == "b1"
    assert account.created_at.endswith("Z")  # the SDK keeps the raw string (its TIME transform is overwritten)
    assert listed[ACCOUNT].name == account.name


def test_cards_example_create_fetch_edit_delete(account: Account) -> None:
    """examples/cards.py: create a unified card, find it with `card_ids`, load it, edit its URL, save."""
    card = Card(account)
    card.name = "my new card"
    card.components = [
        {"type": "MEDIA", "media_key": VIDEO},
        {"type": "DETAILS", "title": "Twitter", "destination": {"type": "WEBSITE", "url": "https://twitter.com/login"}},
    ]
    card.save()
    assert card.id and card.card_uri.startswith("card://")
    assert (card.name, card.card_type) == ("my new card", "VIDEO_WEBSITE")

    fetched = Card.all(account, card_ids=card.id).first
    assert (fetched.id, fetched.card_uri) == (card.id, card.card_uri)

    loaded = Card.load(account=account, id=card.id)
    assert loaded.components[1]["destination"]["url"] == "https://twitter.com/login"
    # As the example: the components as the live API answers them (media_metadata included), new URL.
    loaded.components = [
        {"media_key": VIDEO, "type": "MEDIA", "media_metadata": {VIDEO: VIDEO_METADATA}},
        {"title": "Twitter", "type": "DETAILS", "destination": {"url": EDITED_URL, "type": "WEBSITE"}},
    ]
    loaded.save()
    assert loaded.components[1]["destination"]["url"] == EDITED_URL
    assert Card.load(account=account, id=card.id).components[1]["destination"]["url"] == EDITED_URL

    tweet = Tweet.create(account, text="Created from the SDK", as_user_id=USER_ID, card_uri=card.card_uri)
    assert tweet["card_uri"] == card.card_uri

    # The SDK's Card has no delete(); its manual_request example is the documented way.
    Request(account.client, "delete", Card.RESOURCE.format(account_id=account.id, id=card.id)).perform()
    assert card.id not in ids(Card.all(account))
    with pytest.raises(NotFound):
        Card.load(account=account, id=card.id)


def test_cards_fetch_example_by_uri_and_by_id(account: Account) -> None:
    """examples/cards_fetch.py: `CardsFetch.load` with `card_uris`, then with `card_id`."""
    poll = PollCard(account)
    poll.name, poll.duration_in_minutes = "fetch me", 60
    poll.first_choice, poll.second_choice = "yes", "no"
    poll.save()

    by_uri = CardsFetch.load(account, card_uris=[poll.card_uri]).first
    assert (by_uri.card_uri, by_uri.card_type, by_uri.name) == (poll.card_uri, "TEXT_POLLS", "fetch me")
    by_id = CardsFetch.load(account, card_id=by_uri.id)
    assert (by_id.id, by_id.card_uri, by_id.first_choice) == (by_uri.id, poll.card_uri, "yes")


def test_card_id_is_the_number_in_its_card_uri(account: Account) -> None:
    """A unified card's id is its card_uri's number, as in the SDK's recorded live answers (cards_load.json)."""
    card = Card(account)
    card.name = "numbered"
    card.components = [
        {"type": "MEDIA", "media_key": WIDE_IMAGE},
        {"type": "DETAILS", "title": "X", "destination": {"type": "WEBSITE", "url": "https://x.com"}},
    ]
    card.save()
    assert card.card_uri == f"card://{card.id}"
    assert CardsFetch.load(account, card_uris=[card.card_uri]).first.id == card.id


def test_cards_answer_their_media_urls(account: Account) -> None:
    """Cards made from library media answer the media's URLs, as the reference's examples show."""
    poll = PollCard(account)
    poll.name, poll.duration_in_minutes, poll.media_key = "video poll", 60, VIDEO
    poll.first_choice, poll.second_choice = "yes", "no"
    poll.save()
    assert poll.video_url.startswith("https://video.twimg.com/"), poll.video_url
    assert poll.video_poster_url.startswith("https://pbs.twimg.com/"), poll.video_poster_url

    image = ImageConversationCard(account)
    image.name, image.title, image.media_key = "image urls", "Title", WIDE_IMAGE
    image.first_cta, image.first_cta_tweet, image.thank_you_text = "#APIs", "I love APIs", "Thanks!"
    image.save()
    assert image.media_url.startswith("https://pbs.twimg.com/"), image.media_url

    video = VideoConversationCard(account)
    video.name, video.title, video.media_key = "video urls", "Title", VIDEO
    video.first_cta, video.first_cta_tweet, video.thank_you_text = "#APIs", "I love APIs", "Thanks!"
    video.save()
    assert video.media_url.startswith("https://video.twimg.com/"), video.media_url
    assert video.poster_media_url.startswith("https://pbs.twimg.com/"), video.poster_media_url


def test_draft_tweet_example_create_load_update_tweet_delete(account: Account) -> None:
    """examples/draft_tweet.py: create, list, load, update (PUT with what was loaded), Tweet it, delete."""
    draft = DraftTweet(account)
    draft.text = "draft tweet - new"
    draft.as_user_id = USER_ID
    draft = draft.save()
    assert draft.id and draft.text == "draft tweet - new"
    assert str(draft.user_id) == USER_ID
    assert draft.id in ids(DraftTweet.all(account))

    draft = draft.load(account, draft.id)
    assert draft.text == "draft tweet - new"
    draft.text = "draft tweet - update"
    draft = draft.save()
    assert draft.text == "draft tweet - update"
    assert DraftTweet.load(account, draft.id).text == "draft tweet - update"
    # The same PUT by hand (the SDK's manual_request example): the answer names what was ignored.
    resource = DraftTweet.RESOURCE.format(account_id=account.id, id=draft.id)
    answer = Request(account.client, "put", resource, params=draft.to_params()).perform()
    assert set(answer.headers["x-xads-ignored-parameters"].split(",")) == {"id", "created_at", "updated_at", "user_id"}

    tweet = Tweet.create(account, text=draft.text, as_user_id=USER_ID)
    assert tweet["full_text"] == "draft tweet - update"

    draft.delete()
    assert draft.id not in ids(DraftTweet.all(account))
    with pytest.raises(NotFound):
        DraftTweet.load(account, draft.id)


def test_scheduled_tweet_example_schedule_reschedule_promote_delete(account: Account) -> None:
    """examples/scheduled_tweet.py, then load → change → save, schedule its promotion, delete."""
    scheduled = ScheduledTweet(account)
    scheduled.text = "Future"
    scheduled.as_user_id = USER_ID
    when = (datetime.utcnow() + timedelta(days=2)).replace(second=0, microsecond=0)
    scheduled.scheduled_at = when
    scheduled.save()
    assert scheduled.id and scheduled.text == "Future"
    assert scheduled.scheduled_status == "SCHEDULED"
    assert scheduled.scheduled_at == format_time(when)
    assert scheduled.id in ids(account.scheduled_tweets())

    loaded = account.scheduled_tweets(scheduled.id)
    loaded.text = "Future, later"
    loaded.scheduled_at = when + timedelta(days=1)
    loaded.save()
    reloaded = ScheduledTweet.load(account, scheduled.id)
    assert reloaded.text == "Future, later"
    assert reloaded.scheduled_at == format_time(when + timedelta(days=1))

    promotion = ScheduledPromotedTweet(account)
    promotion.line_item_id = ENGAGEMENT_LINE_ITEM
    promotion.scheduled_tweet_id = scheduled.id
    promotion.save()
    assert promotion.id and str(promotion.scheduled_tweet_id) == str(scheduled.id)

    reloaded.delete()
    assert scheduled.id not in ids(account.scheduled_tweets())


def test_poll_card_example_with_library_video(account: Account) -> None:
    """examples/poll_card.py: the newest library video in a poll card, Tweeted; then listed, loaded, deleted."""
    library = MediaLibrary(account).all(account, media_type=MEDIA_TYPE.VIDEO)
    assert library.first.media_type == "VIDEO"
    poll = PollCard(account)
    poll.duration_in_minutes = 10080
    poll.first_choice = "Northern"
    poll.second_choice = "Southern"
    poll.name = library.first.name + " poll card from SDK"
    poll.media_key = library.first.media_key
    poll.save()
    assert poll.id and poll.card_uri.startswith("card://")
    assert (poll.first_choice, poll.second_choice, str(poll.duration_in_minutes)) == ("Northern", "Southern", "10080")
    assert poll.card_type == "VIDEO_POLLS"

    tweet = Tweet.create(account, text="Which hemisphere do you prefer?", as_user_id=USER_ID, card_uri=poll.card_uri)
    assert tweet["card_uri"] == poll.card_uri

    assert poll.id in ids(PollCard.all(account))
    assert PollCard.load(account, poll.id).name == poll.name
    poll.delete()
    assert poll.deleted is True
    assert poll.id not in ids(PollCard.all(account))


def test_image_conversation_card_load_change_save_delete(account: Account) -> None:
    """ImageConversationCard: create, list, load → rename → save, delete."""
    card = ImageConversationCard(account)
    card.name = "image conversation"
    card.first_cta = "#APIs"
    card.first_cta_tweet = "I love APIs"
    card.thank_you_text = "Thanks!"
    card.title = "Which do you like?"
    card.media_key = WIDE_IMAGE
    card.save()
    assert card.id and card.card_uri.startswith("card://")
    assert (card.card_type, card.title) == ("IMAGE_CONVERSATION", "Which do you like?")
    assert card.id in ids(ImageConversationCard.all(account))

    loaded = ImageConversationCard.load(account, card.id)
    loaded.name = "image conversation, renamed"
    loaded.save()
    assert loaded.name == "image conversation, renamed"
    assert ImageConversationCard.load(account, card.id).first_cta == "#APIs"

    loaded.delete()
    assert loaded.deleted is True
    assert card.id not in ids(ImageConversationCard.all(account))


def test_video_conversation_card_load_change_save_delete(account: Account) -> None:
    """VideoConversationCard: create with a library video, load → change the title → save, delete."""
    card = VideoConversationCard(account)
    card.name = "video conversation"
    card.first_cta = "#APIs"
    card.first_cta_tweet = "I love APIs"
    card.thank_you_text = "Thanks!"
    card.title = "Watch this"
    card.media_key = VIDEO
    card.save()
    assert card.id and card.card_uri.startswith("card://")
    assert (card.card_type, card.title) == ("VIDEO_CONVERSATION", "Watch this")
    assert card.id in ids(VideoConversationCard.all(account))

    loaded = VideoConversationCard.load(account, card.id)
    loaded.title = "Watch this again"
    loaded.save()
    assert VideoConversationCard.load(account, card.id).title == "Watch this again"

    loaded.delete()
    assert loaded.deleted is True
    assert card.id not in ids(VideoConversationCard.all(account))


def test_media_library_add_update_delete(account: Account) -> None:
    """examples/media_library.py (after the upload it starts with): add, list, load → update, delete."""
    item = MediaLibrary(account)
    item.media_key = UPLOADED_IMAGE
    item.name = "name"
    item.file_name = "name.jpeg"
    item.add()
    assert (item.media_key, item.name, item.file_name) == (UPLOADED_IMAGE, "name", "name.jpeg")
    assert item.media_type == "IMAGE"
    assert UPLOADED_IMAGE in [media.media_key for media in MediaLibrary.all(account)]

    loaded = MediaLibrary.load(account, UPLOADED_IMAGE)
    loaded.name = "renamed"
    loaded.file_name = "renamed.jpeg"
    loaded.update()
    assert (loaded.name, loaded.file_name) == ("renamed", "renamed.jpeg")
    assert MediaLibrary.load(account, UPLOADED_IMAGE).name == "renamed"

    loaded.delete()
    assert UPLOADED_IMAGE not in [media.media_key for media in MediaLibrary.all(account)]


def test_media_library_video_urls_and_update(account: Account) -> None:
    """A video added to the library answers a video URL and a poster image URL, as the reference shows;
    load → set its video-only title and description → update() keeps them."""
    item = MediaLibrary(account)
    item.media_key = UPLOADED_VIDEO
    item.name = "uploaded video"
    item.add()
    for video in [item, *MediaLibrary.all(account, media_type=MEDIA_TYPE.VIDEO)]:
        assert video.media_type == "VIDEO"
        assert video.media_url.startswith("https://video.twimg.com/"), video.media_url
        assert video.poster_media_url.startswith("https://pbs.twimg.com/"), video.poster_media_url

    loaded = MediaLibrary.load(account, UPLOADED_VIDEO)
    loaded.title, loaded.description = "Sunrise", "Shot at dawn"
    loaded.update()
    reloaded = MediaLibrary.load(account, UPLOADED_VIDEO)
    assert (reloaded.title, reloaded.description, reloaded.name) == ("Sunrise", "Shot at dawn", "uploaded video")


def test_custom_audience_users_and_permissions(account: Account) -> None:
    """examples/custom_audience.py, then share it with a sister account and take the share back."""
    audience = CustomAudience.create(account, "test TA")
    assert audience.id and audience.name == "test TA"
    assert audience.id in ids(account.custom_audiences())

    email_hash = hashlib.sha256(b"test-email@test.com").hexdigest()
    user = [{"operation_type": "Update", "params": {"users": [{"email": [email_hash]}]}}]
    success_count, total_count = audience.users(user)
    assert success_count == total_count == 1

    permission = CustomAudiencePermission(account)
    permission.custom_audience_id = audience.id
    permission.granted_account_id = SISTER_ACCOUNT
    permission.permission_level = PERMISSION_LEVEL.READ_ONLY
    permission.save()
    assert permission.id and permission.granted_account_id == SISTER_ACCOUNT
    assert permission.id in ids(audience.permissions())

    permission.delete()
    assert permission.id not in ids(audience.permissions())

    audience.delete()
    assert audience.deleted is True
    assert audience.id not in ids(account.custom_audiences())


def test_custom_audience_targeted_lists_line_items(account: Account) -> None:
    """`CustomAudience.targeted()` of the seeded audience: servable line items, or all with `with_active=false`."""
    audience = account.custom_audiences("2906h")
    active = {target.campaign_id: target for target in audience.targeted()}
    assert set(active) == {"59hod"}
    assert [line["id"] for line in active["59hod"].line_items] == ["5gzog"]
    every = {target.campaign_id: target for target in audience.targeted(with_active="false")}
    assert set(every) == {"59hod", "arja7"}
    assert [line["id"] for line in every["arja7"].line_items] == ["a44qc"]


def test_tweet_previews_of_published_draft_and_scheduled(account: Account) -> None:
    """examples/tweet_previews.py: previews of published Tweets, and of a draft and a scheduled Tweet."""
    first = Tweet.create(account, text="first to preview", as_user_id=USER_ID)
    second = Tweet.create(account, text="second to preview", as_user_id=USER_ID)
    published = [str(first["id"]), str(second["id"])]
    previews = TweetPreview.load(account, tweet_ids=published, tweet_type=TWEET_TYPE.PUBLISHED)
    assert sorted(str(preview.tweet_id) for preview in previews) == sorted(published)
    assert all("<iframe" in preview.preview for preview in previews)

    draft = DraftTweet(account)
    draft.text, draft.as_user_id = "draft to preview", USER_ID
    draft.save()
    [of_draft] = TweetPreview.load(account, tweet_ids=[draft.id], tweet_type=TWEET_TYPE.DRAFT)
    assert str(of_draft.tweet_id) == str(draft.id)

    scheduled = ScheduledTweet(account)
    scheduled.text, scheduled.as_user_id = "scheduled to preview", USER_ID
    scheduled.scheduled_at = datetime.utcnow() + timedelta(days=1)
    scheduled.save()
    [of_scheduled] = TweetPreview.load(account, tweet_ids=[scheduled.id], tweet_type=TWEET_TYPE.SCHEDULED)
    assert str(of_scheduled.tweet_id) == str(scheduled.id)


def test_promoted_tweet_example_attaches_new_tweets(account: Account) -> None:
    """examples/promoted_tweet.py: two new promoted-only Tweets attached to a line item."""
    tweets = [Tweet.create(account, text=text, as_user_id=USER_ID) for text in ("one", "two")]
    promoted = PromotedTweet.attach(account, line_item_id=ENGAGEMENT_LINE_ITEM, tweet_ids=[t["id"] for t in tweets])
    attached = list(promoted)
    assert sorted(str(p.tweet_id) for p in attached) == sorted(str(t["id"]) for t in tweets)
    assert all(p.line_item_id == ENGAGEMENT_LINE_ITEM and p.id for p in attached)


def test_tweets_lookup_finds_created_tweets(account: Account) -> None:
    """`Tweets.all` (GET tweets) finds promoted-only Tweets just created by id, with their text."""
    created = [Tweet.create(account, text=text, as_user_id=USER_ID) for text in ("look", "me up")]
    found = list(Tweets.all(account, tweet_type=TWEET_TYPE.PUBLISHED, tweet_ids=[t["id"] for t in created]))
    def texts(tweets: list[dict[str, Any]]) -> list[tuple[str, str]]:
        return sorted((str(tweet["id"]), tweet["full_text"]) for tweet in tweets)

    assert texts(found) == texts(created)
