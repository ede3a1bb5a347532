from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.media_library_list_response import MediaLibraryListResponse
from ...models.media_library_media_type import MediaLibraryMediaType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_id: str,
    *,
    count: int | Unset = 20,
    cursor: str | Unset = UNSET,
    media_type: MediaLibraryMediaType | Unset = UNSET,
    q: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["count"] = count

    params["cursor"] = cursor

    json_media_type: str | Unset = UNSET
    if not isinstance(media_type, Unset):
        json_media_type = media_type.value

    params["media_type"] = json_media_type

    params["q"] = q

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
        "method": "get",
        "url": "/accounts/{account_id}/media_library".format(
            account_id=quote(str(account_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | MediaLibraryListResponse | None:
    if response.status_code == 200:
        response_200 = MediaLibraryListResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | MediaLibraryListResponse]:
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
    count: int | Unset = 20,
    cursor: str | Unset = UNSET,
    media_type: MediaLibraryMediaType | Unset = UNSET,
    q: str | Unset = UNSET,
) -> Response[ErrorEnvelope | MediaLibraryListResponse]:
    """List the account's media library

     Lists the images, GIFs and videos of the account's media library. Media uploaded and
    Tweeted right away are in the library without being added, and so is the media of every
    Tweet, scheduled Tweet and draft Tweet, and the video of every video card and PREROLL
    account media entry. The list takes no `with_deleted` or `with_total_count`.

    Args:
        account_id (str):
        count (int | Unset):  Default: 20.
        cursor (str | Unset):
        media_type (MediaLibraryMediaType | Unset): Kind of media in the library.
        q (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | MediaLibraryListResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        count=count,
        cursor=cursor,
        media_type=media_type,
        q=q,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    count: int | Unset = 20,
    cursor: str | Unset = UNSET,
    media_type: MediaLibraryMediaType | Unset = UNSET,
    q: str | Unset = UNSET,
) -> ErrorEnvelope | MediaLibraryListResponse | None:
    """List the account's media library

     Lists the images, GIFs and videos of the account's media library. Media uploaded and
    Tweeted right away are in the library without being added, and so is the media of every
    Tweet, scheduled Tweet and draft Tweet, and the video of every video card and PREROLL
    account media entry. The list takes no `with_deleted` or `with_total_count`.

    Args:
        account_id (str):
        count (int | Unset):  Default: 20.
        cursor (str | Unset):
        media_type (MediaLibraryMediaType | Unset): Kind of media in the library.
        q (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | MediaLibraryListResponse
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        count=count,
        cursor=cursor,
        media_type=media_type,
        q=q,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    count: int | Unset = 20,
    cursor: str | Unset = UNSET,
    media_type: MediaLibraryMediaType | Unset = UNSET,
    q: str | Unset = UNSET,
) -> Response[ErrorEnvelope | MediaLibraryListResponse]:
    """List the account's media library

     Lists the images, GIFs and videos of the account's media library. Media uploaded and
    Tweeted right away are in the library without being added, and so is the media of every
    Tweet, scheduled Tweet and draft Tweet, and the video of every video card and PREROLL
    account media entry. The list takes no `with_deleted` or `with_total_count`.

    Args:
        account_id (str):
        count (int | Unset):  Default: 20.
        cursor (str | Unset):
        media_type (MediaLibraryMediaType | Unset): Kind of media in the library.
        q (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | MediaLibraryListResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        count=count,
        cursor=cursor,
        media_type=media_type,
        q=q,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    count: int | Unset = 20,
    cursor: str | Unset = UNSET,
    media_type: MediaLibraryMediaType | Unset = UNSET,
    q: str | Unset = UNSET,
) -> ErrorEnvelope | MediaLibraryListResponse | None:
    """List the account's media library

     Lists the images, GIFs and videos of the account's media library. Media uploaded and
    Tweeted right away are in the library without being added, and so is the media of every
    Tweet, scheduled Tweet and draft Tweet, and the video of every video card and PREROLL
    account media entry. The list takes no `with_deleted` or `with_total_count`.

    Args:
        account_id (str):
        count (int | Unset):  Default: 20.
        cursor (str | Unset):
        media_type (MediaLibraryMediaType | Unset): Kind of media in the library.
        q (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | MediaLibraryListResponse
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            count=count,
            cursor=cursor,
            media_type=media_type,
            q=q,
        )
    ).parsed
