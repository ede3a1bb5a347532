from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.image_conversation_card_response import ImageConversationCardResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_id: str,
    *,
    first_cta: str,
    first_cta_tweet: str,
    media_key: str,
    name: str,
    thank_you_text: str,
    second_cta: str | Unset = UNSET,
    second_cta_tweet: str | Unset = UNSET,
    title: str | Unset = UNSET,
    third_cta: str | Unset = UNSET,
    third_cta_tweet: str | Unset = UNSET,
    fourth_cta: str | Unset = UNSET,
    fourth_cta_tweet: str | Unset = UNSET,
    unlocked_image_media_key: str | Unset = UNSET,
    thank_you_url: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["first_cta"] = first_cta

    params["first_cta_tweet"] = first_cta_tweet

    params["media_key"] = media_key

    params["name"] = name

    params["thank_you_text"] = thank_you_text

    params["second_cta"] = second_cta

    params["second_cta_tweet"] = second_cta_tweet

    params["title"] = title

    params["third_cta"] = third_cta

    params["third_cta_tweet"] = third_cta_tweet

    params["fourth_cta"] = fourth_cta

    params["fourth_cta_tweet"] = fourth_cta_tweet

    params["unlocked_image_media_key"] = unlocked_image_media_key

    params["thank_you_url"] = thank_you_url

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
        "url": "/accounts/{account_id}/cards/image_conversation".format(
            account_id=quote(str(account_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ImageConversationCardResponse | None:
    if response.status_code == 200:
        response_200 = ImageConversationCardResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | ImageConversationCardResponse]:
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
    second_cta: str | Unset = UNSET,
    second_cta_tweet: str | Unset = UNSET,
    title: str | Unset = UNSET,
    third_cta: str | Unset = UNSET,
    third_cta_tweet: str | Unset = UNSET,
    fourth_cta: str | Unset = UNSET,
    fourth_cta_tweet: str | Unset = UNSET,
    unlocked_image_media_key: str | Unset = UNSET,
    thank_you_url: str | Unset = UNSET,
) -> Response[ErrorEnvelope | ImageConversationCardResponse]:
    """Create an image conversation card

     Creates a card that shows a library image (at least 800 px wide, 1.91:1) above one to
    four hashtag calls to action; clicking one lets the viewer Tweet the matching text.
    Every call to action given needs its Tweet text, and the card needs a `title` unless it
    has a second call to action. An optional 5:2 unlock image is write-only: answers carry
    a URL for it instead of the key. Attach the card to a Tweet through its `card_uri`.

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
        second_cta (str | Unset):
        second_cta_tweet (str | Unset):
        title (str | Unset):
        third_cta (str | Unset):
        third_cta_tweet (str | Unset):
        fourth_cta (str | Unset):
        fourth_cta_tweet (str | Unset):
        unlocked_image_media_key (str | Unset): Media key, `<prefix>_<media id>`, e.g.
            `3_1151345051455819776`. The prefix tells the
            media type (`x-media-key-prefixes`): 3 image, 7 video (TWEET_VIDEO), 13 video
            (AMPLIFY_VIDEO), 16 GIF, as the reference's examples show.
        thank_you_url (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ImageConversationCardResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        first_cta=first_cta,
        first_cta_tweet=first_cta_tweet,
        media_key=media_key,
        name=name,
        thank_you_text=thank_you_text,
        second_cta=second_cta,
        second_cta_tweet=second_cta_tweet,
        title=title,
        third_cta=third_cta,
        third_cta_tweet=third_cta_tweet,
        fourth_cta=fourth_cta,
        fourth_cta_tweet=fourth_cta_tweet,
        unlocked_image_media_key=unlocked_image_media_key,
        thank_you_url=thank_you_url,
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
    second_cta: str | Unset = UNSET,
    second_cta_tweet: str | Unset = UNSET,
    title: str | Unset = UNSET,
    third_cta: str | Unset = UNSET,
    third_cta_tweet: str | Unset = UNSET,
    fourth_cta: str | Unset = UNSET,
    fourth_cta_tweet: str | Unset = UNSET,
    unlocked_image_media_key: str | Unset = UNSET,
    thank_you_url: str | Unset = UNSET,
) -> ErrorEnvelope | ImageConversationCardResponse | None:
    """Create an image conversation card

     Creates a card that shows a library image (at least 800 px wide, 1.91:1) above one to
    four hashtag calls to action; clicking one lets the viewer Tweet the matching text.
    Every call to action given needs its Tweet text, and the card needs a `title` unless it
    has a second call to action. An optional 5:2 unlock image is write-only: answers carry
    a URL for it instead of the key. Attach the card to a Tweet through its `card_uri`.

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
        second_cta (str | Unset):
        second_cta_tweet (str | Unset):
        title (str | Unset):
        third_cta (str | Unset):
        third_cta_tweet (str | Unset):
        fourth_cta (str | Unset):
        fourth_cta_tweet (str | Unset):
        unlocked_image_media_key (str | Unset): Media key, `<prefix>_<media id>`, e.g.
            `3_1151345051455819776`. The prefix tells the
            media type (`x-media-key-prefixes`): 3 image, 7 video (TWEET_VIDEO), 13 video
            (AMPLIFY_VIDEO), 16 GIF, as the reference's examples show.
        thank_you_url (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ImageConversationCardResponse
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        first_cta=first_cta,
        first_cta_tweet=first_cta_tweet,
        media_key=media_key,
        name=name,
        thank_you_text=thank_you_text,
        second_cta=second_cta,
        second_cta_tweet=second_cta_tweet,
        title=title,
        third_cta=third_cta,
        third_cta_tweet=third_cta_tweet,
        fourth_cta=fourth_cta,
        fourth_cta_tweet=fourth_cta_tweet,
        unlocked_image_media_key=unlocked_image_media_key,
        thank_you_url=thank_you_url,
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
    second_cta: str | Unset = UNSET,
    second_cta_tweet: str | Unset = UNSET,
    title: str | Unset = UNSET,
    third_cta: str | Unset = UNSET,
    third_cta_tweet: str | Unset = UNSET,
    fourth_cta: str | Unset = UNSET,
    fourth_cta_tweet: str | Unset = UNSET,
    unlocked_image_media_key: str | Unset = UNSET,
    thank_you_url: str | Unset = UNSET,
) -> Response[ErrorEnvelope | ImageConversationCardResponse]:
    """Create an image conversation card

     Creates a card that shows a library image (at least 800 px wide, 1.91:1) above one to
    four hashtag calls to action; clicking one lets the viewer Tweet the matching text.
    Every call to action given needs its Tweet text, and the card needs a `title` unless it
    has a second call to action. An optional 5:2 unlock image is write-only: answers carry
    a URL for it instead of the key. Attach the card to a Tweet through its `card_uri`.

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
        second_cta (str | Unset):
        second_cta_tweet (str | Unset):
        title (str | Unset):
        third_cta (str | Unset):
        third_cta_tweet (str | Unset):
        fourth_cta (str | Unset):
        fourth_cta_tweet (str | Unset):
        unlocked_image_media_key (str | Unset): Media key, `<prefix>_<media id>`, e.g.
            `3_1151345051455819776`. The prefix tells the
            media type (`x-media-key-prefixes`): 3 image, 7 video (TWEET_VIDEO), 13 video
            (AMPLIFY_VIDEO), 16 GIF, as the reference's examples show.
        thank_you_url (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ImageConversationCardResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        first_cta=first_cta,
        first_cta_tweet=first_cta_tweet,
        media_key=media_key,
        name=name,
        thank_you_text=thank_you_text,
        second_cta=second_cta,
        second_cta_tweet=second_cta_tweet,
        title=title,
        third_cta=third_cta,
        third_cta_tweet=third_cta_tweet,
        fourth_cta=fourth_cta,
        fourth_cta_tweet=fourth_cta_tweet,
        unlocked_image_media_key=unlocked_image_media_key,
        thank_you_url=thank_you_url,
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
    second_cta: str | Unset = UNSET,
    second_cta_tweet: str | Unset = UNSET,
    title: str | Unset = UNSET,
    third_cta: str | Unset = UNSET,
    third_cta_tweet: str | Unset = UNSET,
    fourth_cta: str | Unset = UNSET,
    fourth_cta_tweet: str | Unset = UNSET,
    unlocked_image_media_key: str | Unset = UNSET,
    thank_you_url: str | Unset = UNSET,
) -> ErrorEnvelope | ImageConversationCardResponse | None:
    """Create an image conversation card

     Creates a card that shows a library image (at least 800 px wide, 1.91:1) above one to
    four hashtag calls to action; clicking one lets the viewer Tweet the matching text.
    Every call to action given needs its Tweet text, and the card needs a `title` unless it
    has a second call to action. An optional 5:2 unlock image is write-only: answers carry
    a URL for it instead of the key. Attach the card to a Tweet through its `card_uri`.

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
        second_cta (str | Unset):
        second_cta_tweet (str | Unset):
        title (str | Unset):
        third_cta (str | Unset):
        third_cta_tweet (str | Unset):
        fourth_cta (str | Unset):
        fourth_cta_tweet (str | Unset):
        unlocked_image_media_key (str | Unset): Media key, `<prefix>_<media id>`, e.g.
            `3_1151345051455819776`. The prefix tells the
            media type (`x-media-key-prefixes`): 3 image, 7 video (TWEET_VIDEO), 13 video
            (AMPLIFY_VIDEO), 16 GIF, as the reference's examples show.
        thank_you_url (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ImageConversationCardResponse
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
            second_cta=second_cta,
            second_cta_tweet=second_cta_tweet,
            title=title,
            third_cta=third_cta,
            third_cta_tweet=third_cta_tweet,
            fourth_cta=fourth_cta,
            fourth_cta_tweet=fourth_cta_tweet,
            unlocked_image_media_key=unlocked_image_media_key,
            thank_you_url=thank_you_url,
        )
    ).parsed
