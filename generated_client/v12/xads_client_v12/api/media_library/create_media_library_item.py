from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.media_library_item_response import MediaLibraryItemResponse
from ...models.media_library_media_category import MediaLibraryMediaCategory
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_id: str,
    *,
    media_key: str,
    media_category: MediaLibraryMediaCategory | Unset = UNSET,
    description: str | Unset = UNSET,
    file_name: str | Unset = UNSET,
    name: str | Unset = UNSET,
    poster_media_key: str | Unset = UNSET,
    title: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["media_key"] = media_key

    json_media_category: str | Unset = UNSET
    if not isinstance(media_category, Unset):
        json_media_category = media_category.value

    params["media_category"] = json_media_category

    params["description"] = description

    params["file_name"] = file_name

    params["name"] = name

    params["poster_media_key"] = poster_media_key

    params["title"] = title

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
        "url": "/accounts/{account_id}/media_library".format(
            account_id=quote(str(account_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | MediaLibraryItemResponse | None:
    if response.status_code == 200:
        response_200 = MediaLibraryItemResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | MediaLibraryItemResponse]:
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
    media_key: str,
    media_category: MediaLibraryMediaCategory | Unset = UNSET,
    description: str | Unset = UNSET,
    file_name: str | Unset = UNSET,
    name: str | Unset = UNSET,
    poster_media_key: str | Unset = UNSET,
    title: str | Unset = UNSET,
) -> Response[ErrorEnvelope | MediaLibraryItemResponse]:
    """Add uploaded media to the library

     Adds media uploaded through the media upload endpoints to the account's library. Name it
    by its media key, or by its bare media id together with `media_category`. Title,
    description and poster image apply to videos (GIFs, played as videos, take them too);
    the title and description show under the video only when the Tweet is created with
    `video_title` / `video_description`. Side effects on account media: an AMPLIFY_VIDEO
    added to the library also becomes PREROLL account media, and an image with the
    dimensions of an account media creative type becomes account media of that type.

    Args:
        account_id (str):
        media_key (str):
        media_category (MediaLibraryMediaCategory | Unset): Upload category of a medium
            (AMPLIFY_VIDEO and TWEET_VIDEO are videos).
        description (str | Unset):
        file_name (str | Unset):
        name (str | Unset):
        poster_media_key (str | Unset): Media key, `<prefix>_<media id>`, e.g.
            `3_1151345051455819776`. The prefix tells the
            media type (`x-media-key-prefixes`): 3 image, 7 video (TWEET_VIDEO), 13 video
            (AMPLIFY_VIDEO), 16 GIF, as the reference's examples show.
        title (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | MediaLibraryItemResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        media_key=media_key,
        media_category=media_category,
        description=description,
        file_name=file_name,
        name=name,
        poster_media_key=poster_media_key,
        title=title,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    media_key: str,
    media_category: MediaLibraryMediaCategory | Unset = UNSET,
    description: str | Unset = UNSET,
    file_name: str | Unset = UNSET,
    name: str | Unset = UNSET,
    poster_media_key: str | Unset = UNSET,
    title: str | Unset = UNSET,
) -> ErrorEnvelope | MediaLibraryItemResponse | None:
    """Add uploaded media to the library

     Adds media uploaded through the media upload endpoints to the account's library. Name it
    by its media key, or by its bare media id together with `media_category`. Title,
    description and poster image apply to videos (GIFs, played as videos, take them too);
    the title and description show under the video only when the Tweet is created with
    `video_title` / `video_description`. Side effects on account media: an AMPLIFY_VIDEO
    added to the library also becomes PREROLL account media, and an image with the
    dimensions of an account media creative type becomes account media of that type.

    Args:
        account_id (str):
        media_key (str):
        media_category (MediaLibraryMediaCategory | Unset): Upload category of a medium
            (AMPLIFY_VIDEO and TWEET_VIDEO are videos).
        description (str | Unset):
        file_name (str | Unset):
        name (str | Unset):
        poster_media_key (str | Unset): Media key, `<prefix>_<media id>`, e.g.
            `3_1151345051455819776`. The prefix tells the
            media type (`x-media-key-prefixes`): 3 image, 7 video (TWEET_VIDEO), 13 video
            (AMPLIFY_VIDEO), 16 GIF, as the reference's examples show.
        title (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | MediaLibraryItemResponse
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        media_key=media_key,
        media_category=media_category,
        description=description,
        file_name=file_name,
        name=name,
        poster_media_key=poster_media_key,
        title=title,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    media_key: str,
    media_category: MediaLibraryMediaCategory | Unset = UNSET,
    description: str | Unset = UNSET,
    file_name: str | Unset = UNSET,
    name: str | Unset = UNSET,
    poster_media_key: str | Unset = UNSET,
    title: str | Unset = UNSET,
) -> Response[ErrorEnvelope | MediaLibraryItemResponse]:
    """Add uploaded media to the library

     Adds media uploaded through the media upload endpoints to the account's library. Name it
    by its media key, or by its bare media id together with `media_category`. Title,
    description and poster image apply to videos (GIFs, played as videos, take them too);
    the title and description show under the video only when the Tweet is created with
    `video_title` / `video_description`. Side effects on account media: an AMPLIFY_VIDEO
    added to the library also becomes PREROLL account media, and an image with the
    dimensions of an account media creative type becomes account media of that type.

    Args:
        account_id (str):
        media_key (str):
        media_category (MediaLibraryMediaCategory | Unset): Upload category of a medium
            (AMPLIFY_VIDEO and TWEET_VIDEO are videos).
        description (str | Unset):
        file_name (str | Unset):
        name (str | Unset):
        poster_media_key (str | Unset): Media key, `<prefix>_<media id>`, e.g.
            `3_1151345051455819776`. The prefix tells the
            media type (`x-media-key-prefixes`): 3 image, 7 video (TWEET_VIDEO), 13 video
            (AMPLIFY_VIDEO), 16 GIF, as the reference's examples show.
        title (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | MediaLibraryItemResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        media_key=media_key,
        media_category=media_category,
        description=description,
        file_name=file_name,
        name=name,
        poster_media_key=poster_media_key,
        title=title,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    media_key: str,
    media_category: MediaLibraryMediaCategory | Unset = UNSET,
    description: str | Unset = UNSET,
    file_name: str | Unset = UNSET,
    name: str | Unset = UNSET,
    poster_media_key: str | Unset = UNSET,
    title: str | Unset = UNSET,
) -> ErrorEnvelope | MediaLibraryItemResponse | None:
    """Add uploaded media to the library

     Adds media uploaded through the media upload endpoints to the account's library. Name it
    by its media key, or by its bare media id together with `media_category`. Title,
    description and poster image apply to videos (GIFs, played as videos, take them too);
    the title and description show under the video only when the Tweet is created with
    `video_title` / `video_description`. Side effects on account media: an AMPLIFY_VIDEO
    added to the library also becomes PREROLL account media, and an image with the
    dimensions of an account media creative type becomes account media of that type.

    Args:
        account_id (str):
        media_key (str):
        media_category (MediaLibraryMediaCategory | Unset): Upload category of a medium
            (AMPLIFY_VIDEO and TWEET_VIDEO are videos).
        description (str | Unset):
        file_name (str | Unset):
        name (str | Unset):
        poster_media_key (str | Unset): Media key, `<prefix>_<media id>`, e.g.
            `3_1151345051455819776`. The prefix tells the
            media type (`x-media-key-prefixes`): 3 image, 7 video (TWEET_VIDEO), 13 video
            (AMPLIFY_VIDEO), 16 GIF, as the reference's examples show.
        title (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | MediaLibraryItemResponse
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            media_key=media_key,
            media_category=media_category,
            description=description,
            file_name=file_name,
            name=name,
            poster_media_key=poster_media_key,
            title=title,
        )
    ).parsed
