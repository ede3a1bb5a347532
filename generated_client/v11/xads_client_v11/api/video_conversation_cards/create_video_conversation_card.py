from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.video_conversation_card_response import VideoConversationCardResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_id: str,
    *,
    first_cta: str,
    first_cta_tweet: str,
    media_key: str,
    name: str,
    thank_you_text: str,
    title: str | Unset = UNSET,
    second_cta: str | Unset = UNSET,
    second_cta_tweet: str | Unset = UNSET,
    poster_media_key: str | Unset = UNSET,
    third_cta: str | Unset = UNSET,
    third_cta_tweet: str | Unset = UNSET,
    fourth_cta: str | Unset = UNSET,
    fourth_cta_tweet: str | Unset = UNSET,
    thank_you_url: str | Unset = UNSET,
    unlocked_image_media_key: str | Unset = UNSET,
    unlocked_video_media_key: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["first_cta"] = first_cta

    params["first_cta_tweet"] = first_cta_tweet

    params["media_key"] = media_key

    params["name"] = name

    params["thank_you_text"] = thank_you_text

    params["title"] = title

    params["second_cta"] = second_cta

    params["second_cta_tweet"] = second_cta_tweet

    params["poster_media_key"] = poster_media_key

    params["third_cta"] = third_cta

    params["third_cta_tweet"] = third_cta_tweet

    params["fourth_cta"] = fourth_cta

    params["fourth_cta_tweet"] = fourth_cta_tweet

    params["thank_you_url"] = thank_you_url

    params["unlocked_image_media_key"] = unlocked_image_media_key

    params["unlocked_video_media_key"] = unlocked_video_media_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}
    params = {
        k: ",".join(str(item) for item in v)
        if isinstance(v, list)
        else ("true" if v else "false")
        if isinstance(v, bool)
        else v
        for k, v in params.items()
    }

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accounts/{account_id}/cards/video_conversation".format(
            account_id=quote(str(account_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | VideoConversationCardResponse | None:
    if response.status_code == 200:
        response_200 = VideoConversationCardResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = ErrorEnvelope.from_dict(response.json())

        return response_413

    if response.status_code == 429:
        response_429 = ErrorEnvelope.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = ErrorEnvelope.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | VideoConversationCardResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    first_cta: str,
    first_cta_tweet: str,
    media_key: str,
    name: str,
    thank_you_text: str,
    title: str | Unset = UNSET,
    second_cta: str | Unset = UNSET,
    second_cta_tweet: str | Unset = UNSET,
    poster_media_key: str | Unset = UNSET,
    third_cta: str | Unset = UNSET,
    third_cta_tweet: str | Unset = UNSET,
    fourth_cta: str | Unset = UNSET,
    fourth_cta_tweet: str | Unset = UNSET,
    thank_you_url: str | Unset = UNSET,
    unlocked_image_media_key: str | Unset = UNSET,
    unlocked_video_media_key: str | Unset = UNSET,
) -> Response[ErrorEnvelope | VideoConversationCardResponse]:
    """Create a video conversation card

     Creates a card that plays a 16:9 library video above one to four hashtag calls to
    action; clicking one lets the viewer Tweet the matching text. Every call to action
    given needs its Tweet text, and the card needs a `title` unless it has a second call to
    action. A poster image (default: the video's first frame) and an unlock image or video
    are optional. `poster_media_key` is a media key string although the reference types it
    as a long (see x-decision).

    Args:
        account_id (str):
        first_cta (str):
        first_cta_tweet (str):
        media_key (str): Media key, `<prefix>_<media id>`, e.g. `3_1151345051455819776`. The
            prefix tells the
            media type (`x-media-key-prefixes`): 3 image, 7 video (TWEET_VIDEO), 13 video
            (AMPLIFY_VIDEO), 16 GIF, as the reference's examples show.
        name (str):
        thank_you_text (str):
        title (str | Unset):
        second_cta (str | Unset):
        second_cta_tweet (str | Unset):
        poster_media_key (str | Unset): Media key, `<prefix>_<media id>`, e.g.
            `3_1151345051455819776`. The prefix tells the
            media type (`x-media-key-prefixes`): 3 image, 7 video (TWEET_VIDEO), 13 video
            (AMPLIFY_VIDEO), 16 GIF, as the reference's examples show.
        third_cta (str | Unset):
        third_cta_tweet (str | Unset):
        fourth_cta (str | Unset):
        fourth_cta_tweet (str | Unset):
        thank_you_url (str | Unset):
        unlocked_image_media_key (str | Unset): Media key, `<prefix>_<media id>`, e.g.
            `3_1151345051455819776`. The prefix tells the
            media type (`x-media-key-prefixes`): 3 image, 7 video (TWEET_VIDEO), 13 video
            (AMPLIFY_VIDEO), 16 GIF, as the reference's examples show.
        unlocked_video_media_key (str | Unset): Media key, `<prefix>_<media id>`, e.g.
            `3_1151345051455819776`. The prefix tells the
            media type (`x-media-key-prefixes`): 3 image, 7 video (TWEET_VIDEO), 13 video
            (AMPLIFY_VIDEO), 16 GIF, as the reference's examples show.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | VideoConversationCardResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        first_cta=first_cta,
        first_cta_tweet=first_cta_tweet,
        media_key=media_key,
        name=name,
        thank_you_text=thank_you_text,
        title=title,
        second_cta=second_cta,
        second_cta_tweet=second_cta_tweet,
        poster_media_key=poster_media_key,
        third_cta=third_cta,
        third_cta_tweet=third_cta_tweet,
        fourth_cta=fourth_cta,
        fourth_cta_tweet=fourth_cta_tweet,
        thank_you_url=thank_you_url,
        unlocked_image_media_key=unlocked_image_media_key,
        unlocked_video_media_key=unlocked_video_media_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    first_cta: str,
    first_cta_tweet: str,
    media_key: str,
    name: str,
    thank_you_text: str,
    title: str | Unset = UNSET,
    second_cta: str | Unset = UNSET,
    second_cta_tweet: str | Unset = UNSET,
    poster_media_key: str | Unset = UNSET,
    third_cta: str | Unset = UNSET,
    third_cta_tweet: str | Unset = UNSET,
    fourth_cta: str | Unset = UNSET,
    fourth_cta_tweet: str | Unset = UNSET,
    thank_you_url: str | Unset = UNSET,
    unlocked_image_media_key: str | Unset = UNSET,
    unlocked_video_media_key: str | Unset = UNSET,
) -> ErrorEnvelope | VideoConversationCardResponse | None:
    """Create a video conversation card

     Creates a card that plays a 16:9 library video above one to four hashtag calls to
    action; clicking one lets the viewer Tweet the matching text. Every call to action
    given needs its Tweet text, and the card needs a `title` unless it has a second call to
    action. A poster image (default: the video's first frame) and an unlock image or video
    are optional. `poster_media_key` is a media key string although the reference types it
    as a long (see x-decision).

    Args:
        account_id (str):
        first_cta (str):
        first_cta_tweet (str):
        media_key (str): Media key, `<prefix>_<media id>`, e.g. `3_1151345051455819776`. The
            prefix tells the
            media type (`x-media-key-prefixes`): 3 image, 7 video (TWEET_VIDEO), 13 video
            (AMPLIFY_VIDEO), 16 GIF, as the reference's examples show.
        name (str):
        thank_you_text (str):
        title (str | Unset):
        second_cta (str | Unset):
        second_cta_tweet (str | Unset):
        poster_media_key (str | Unset): Media key, `<prefix>_<media id>`, e.g.
            `3_1151345051455819776`. The prefix tells the
            media type (`x-media-key-prefixes`): 3 image, 7 video (TWEET_VIDEO), 13 video
            (AMPLIFY_VIDEO), 16 GIF, as the reference's examples show.
        third_cta (str | Unset):
        third_cta_tweet (str | Unset):
        fourth_cta (str | Unset):
        fourth_cta_tweet (str | Unset):
        thank_you_url (str | Unset):
        unlocked_image_media_key (str | Unset): Media key, `<prefix>_<media id>`, e.g.
            `3_1151345051455819776`. The prefix tells the
            media type (`x-media-key-prefixes`): 3 image, 7 video (TWEET_VIDEO), 13 video
            (AMPLIFY_VIDEO), 16 GIF, as the reference's examples show.
        unlocked_video_media_key (str | Unset): Media key, `<prefix>_<media id>`, e.g.
            `3_1151345051455819776`. The prefix tells the
            media type (`x-media-key-prefixes`): 3 image, 7 video (TWEET_VIDEO), 13 video
            (AMPLIFY_VIDEO), 16 GIF, as the reference's examples show.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | VideoConversationCardResponse
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        first_cta=first_cta,
        first_cta_tweet=first_cta_tweet,
        media_key=media_key,
        name=name,
        thank_you_text=thank_you_text,
        title=title,
        second_cta=second_cta,
        second_cta_tweet=second_cta_tweet,
        poster_media_key=poster_media_key,
        third_cta=third_cta,
        third_cta_tweet=third_cta_tweet,
        fourth_cta=fourth_cta,
        fourth_cta_tweet=fourth_cta_tweet,
        thank_you_url=thank_you_url,
        unlocked_image_media_key=unlocked_image_media_key,
        unlocked_video_media_key=unlocked_video_media_key,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    first_cta: str,
    first_cta_tweet: str,
    media_key: str,
    name: str,
    thank_you_text: str,
    title: str | Unset = UNSET,
    second_cta: str | Unset = UNSET,
    second_cta_tweet: str | Unset = UNSET,
    poster_media_key: str | Unset = UNSET,
    third_cta: str | Unset = UNSET,
    third_cta_tweet: str | Unset = UNSET,
    fourth_cta: str | Unset = UNSET,
    fourth_cta_tweet: str | Unset = UNSET,
    thank_you_url: str | Unset = UNSET,
    unlocked_image_media_key: str | Unset = UNSET,
    unlocked_video_media_key: str | Unset = UNSET,
) -> Response[ErrorEnvelope | VideoConversationCardResponse]:
    """Create a video conversation card

     Creates a card that plays a 16:9 library video above one to four hashtag calls to
    action; clicking one lets the viewer Tweet the matching text. Every call to action
    given needs its Tweet text, and the card needs a `title` unless it has a second call to
    action. A poster image (default: the video's first frame) and an unlock image or video
    are optional. `poster_media_key` is a media key string although the reference types it
    as a long (see x-decision).

    Args:
        account_id (str):
        first_cta (str):
        first_cta_tweet (str):
        media_key (str): Media key, `<prefix>_<media id>`, e.g. `3_1151345051455819776`. The
            prefix tells the
            media type (`x-media-key-prefixes`): 3 image, 7 video (TWEET_VIDEO), 13 video
            (AMPLIFY_VIDEO), 16 GIF, as the reference's examples show.
        name (str):
        thank_you_text (str):
        title (str | Unset):
        second_cta (str | Unset):
        second_cta_tweet (str | Unset):
        poster_media_key (str | Unset): Media key, `<prefix>_<media id>`, e.g.
            `3_1151345051455819776`. The prefix tells the
            media type (`x-media-key-prefixes`): 3 image, 7 video (TWEET_VIDEO), 13 video
            (AMPLIFY_VIDEO), 16 GIF, as the reference's examples show.
        third_cta (str | Unset):
        third_cta_tweet (str | Unset):
        fourth_cta (str | Unset):
        fourth_cta_tweet (str | Unset):
        thank_you_url (str | Unset):
        unlocked_image_media_key (str | Unset): Media key, `<prefix>_<media id>`, e.g.
            `3_1151345051455819776`. The prefix tells the
            media type (`x-media-key-prefixes`): 3 image, 7 video (TWEET_VIDEO), 13 video
            (AMPLIFY_VIDEO), 16 GIF, as the reference's examples show.
        unlocked_video_media_key (str | Unset): Media key, `<prefix>_<media id>`, e.g.
            `3_1151345051455819776`. The prefix tells the
            media type (`x-media-key-prefixes`): 3 image, 7 video (TWEET_VIDEO), 13 video
            (AMPLIFY_VIDEO), 16 GIF, as the reference's examples show.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | VideoConversationCardResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        first_cta=first_cta,
        first_cta_tweet=first_cta_tweet,
        media_key=media_key,
        name=name,
        thank_you_text=thank_you_text,
        title=title,
        second_cta=second_cta,
        second_cta_tweet=second_cta_tweet,
        poster_media_key=poster_media_key,
        third_cta=third_cta,
        third_cta_tweet=third_cta_tweet,
        fourth_cta=fourth_cta,
        fourth_cta_tweet=fourth_cta_tweet,
        thank_you_url=thank_you_url,
        unlocked_image_media_key=unlocked_image_media_key,
        unlocked_video_media_key=unlocked_video_media_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    first_cta: str,
    first_cta_tweet: str,
    media_key: str,
    name: str,
    thank_you_text: str,
    title: str | Unset = UNSET,
    second_cta: str | Unset = UNSET,
    second_cta_tweet: str | Unset = UNSET,
    poster_media_key: str | Unset = UNSET,
    third_cta: str | Unset = UNSET,
    third_cta_tweet: str | Unset = UNSET,
    fourth_cta: str | Unset = UNSET,
    fourth_cta_tweet: str | Unset = UNSET,
    thank_you_url: str | Unset = UNSET,
    unlocked_image_media_key: str | Unset = UNSET,
    unlocked_video_media_key: str | Unset = UNSET,
) -> ErrorEnvelope | VideoConversationCardResponse | None:
    """Create a video conversation card

     Creates a card that plays a 16:9 library video above one to four hashtag calls to
    action; clicking one lets the viewer Tweet the matching text. Every call to action
    given needs its Tweet text, and the card needs a `title` unless it has a second call to
    action. A poster image (default: the video's first frame) and an unlock image or video
    are optional. `poster_media_key` is a media key string although the reference types it
    as a long (see x-decision).

    Args:
        account_id (str):
        first_cta (str):
        first_cta_tweet (str):
        media_key (str): Media key, `<prefix>_<media id>`, e.g. `3_1151345051455819776`. The
            prefix tells the
            media type (`x-media-key-prefixes`): 3 image, 7 video (TWEET_VIDEO), 13 video
            (AMPLIFY_VIDEO), 16 GIF, as the reference's examples show.
        name (str):
        thank_you_text (str):
        title (str | Unset):
        second_cta (str | Unset):
        second_cta_tweet (str | Unset):
        poster_media_key (str | Unset): Media key, `<prefix>_<media id>`, e.g.
            `3_1151345051455819776`. The prefix tells the
            media type (`x-media-key-prefixes`): 3 image, 7 video (TWEET_VIDEO), 13 video
            (AMPLIFY_VIDEO), 16 GIF, as the reference's examples show.
        third_cta (str | Unset):
        third_cta_tweet (str | Unset):
        fourth_cta (str | Unset):
        fourth_cta_tweet (str | Unset):
        thank_you_url (str | Unset):
        unlocked_image_media_key (str | Unset): Media key, `<prefix>_<media id>`, e.g.
            `3_1151345051455819776`. The prefix tells the
            media type (`x-media-key-prefixes`): 3 image, 7 video (TWEET_VIDEO), 13 video
            (AMPLIFY_VIDEO), 16 GIF, as the reference's examples show.
        unlocked_video_media_key (str | Unset): Media key, `<prefix>_<media id>`, e.g.
            `3_1151345051455819776`. The prefix tells the
            media type (`x-media-key-prefixes`): 3 image, 7 video (TWEET_VIDEO), 13 video
            (AMPLIFY_VIDEO), 16 GIF, as the reference's examples show.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | VideoConversationCardResponse
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            first_cta=first_cta,
            first_cta_tweet=first_cta_tweet,
            media_key=media_key,
            name=name,
            thank_you_text=thank_you_text,
            title=title,
            second_cta=second_cta,
            second_cta_tweet=second_cta_tweet,
            poster_media_key=poster_media_key,
            third_cta=third_cta,
            third_cta_tweet=third_cta_tweet,
            fourth_cta=fourth_cta,
            fourth_cta_tweet=fourth_cta_tweet,
            thank_you_url=thank_you_url,
            unlocked_image_media_key=unlocked_image_media_key,
            unlocked_video_media_key=unlocked_video_media_key,
        )
    ).parsed
