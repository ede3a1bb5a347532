from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.media_library_item_response import MediaLibraryItemResponse
from ...types import Response


def _get_kwargs(
    account_id: str,
    media_key: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/accounts/{account_id}/media_library/{media_key}".format(
            account_id=quote(str(account_id), safe=""),
            media_key=quote(str(media_key), safe=""),
        ),
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
    media_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorEnvelope | MediaLibraryItemResponse]:
    """Remove media from the library

     Hard delete: the entry leaves the library; the answer shows it once with `deleted`
    true, and it cannot be read or listed again (the library has no `with_deleted`).

    Args:
        account_id (str):
        media_key (str): Media key, `<prefix>_<media id>`, e.g. `3_1151345051455819776`. The
            prefix tells the
            media type (`x-media-key-prefixes`): 3 image, 7 video (TWEET_VIDEO), 13 video
            (AMPLIFY_VIDEO), 16 GIF, as the reference's examples show.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | MediaLibraryItemResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        media_key=media_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    media_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorEnvelope | MediaLibraryItemResponse | None:
    """Remove media from the library

     Hard delete: the entry leaves the library; the answer shows it once with `deleted`
    true, and it cannot be read or listed again (the library has no `with_deleted`).

    Args:
        account_id (str):
        media_key (str): Media key, `<prefix>_<media id>`, e.g. `3_1151345051455819776`. The
            prefix tells the
            media type (`x-media-key-prefixes`): 3 image, 7 video (TWEET_VIDEO), 13 video
            (AMPLIFY_VIDEO), 16 GIF, as the reference's examples show.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | MediaLibraryItemResponse
    """

    return sync_detailed(
        account_id=account_id,
        media_key=media_key,
        client=client,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    media_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorEnvelope | MediaLibraryItemResponse]:
    """Remove media from the library

     Hard delete: the entry leaves the library; the answer shows it once with `deleted`
    true, and it cannot be read or listed again (the library has no `with_deleted`).

    Args:
        account_id (str):
        media_key (str): Media key, `<prefix>_<media id>`, e.g. `3_1151345051455819776`. The
            prefix tells the
            media type (`x-media-key-prefixes`): 3 image, 7 video (TWEET_VIDEO), 13 video
            (AMPLIFY_VIDEO), 16 GIF, as the reference's examples show.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | MediaLibraryItemResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        media_key=media_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    media_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorEnvelope | MediaLibraryItemResponse | None:
    """Remove media from the library

     Hard delete: the entry leaves the library; the answer shows it once with `deleted`
    true, and it cannot be read or listed again (the library has no `with_deleted`).

    Args:
        account_id (str):
        media_key (str): Media key, `<prefix>_<media id>`, e.g. `3_1151345051455819776`. The
            prefix tells the
            media type (`x-media-key-prefixes`): 3 image, 7 video (TWEET_VIDEO), 13 video
            (AMPLIFY_VIDEO), 16 GIF, as the reference's examples show.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | MediaLibraryItemResponse
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            media_key=media_key,
            client=client,
        )
    ).parsed
