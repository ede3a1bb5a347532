from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.poll_card_response import PollCardResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_id: str,
    *,
    duration_in_minutes: int,
    first_choice: str,
    name: str,
    second_choice: str,
    fourth_choice: str | Unset = UNSET,
    media_key: str | Unset = UNSET,
    third_choice: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["duration_in_minutes"] = duration_in_minutes

    params["first_choice"] = first_choice

    params["name"] = name

    params["second_choice"] = second_choice

    params["fourth_choice"] = fourth_choice

    params["media_key"] = media_key

    params["third_choice"] = third_choice

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
        "url": "/accounts/{account_id}/cards/poll".format(
            account_id=quote(str(account_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | PollCardResponse | None:
    if response.status_code == 200:
        response_200 = PollCardResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | PollCardResponse]:
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
    duration_in_minutes: int,
    first_choice: str,
    name: str,
    second_choice: str,
    fourth_choice: str | Unset = UNSET,
    media_key: str | Unset = UNSET,
    third_choice: str | Unset = UNSET,
) -> Response[ErrorEnvelope | PollCardResponse]:
    """Create a poll card

     Creates a poll with two to four choices. It stays open for `duration_in_minutes`,
    counted from the card's creation rather than from its first Tweet; `end_time` in the
    answer marks the close. A poll may show one library image (at least 800 px wide,
    1.91:1) or one 16:9 video; these media polls are a beta that needs the
    PROMOTED_MEDIA_POLLS account feature. The media key is write-only (answers carry URLs).
    Poll cards cannot be changed after creation: there is no update operation.

    Args:
        account_id (str):
        duration_in_minutes (int):
        first_choice (str):
        name (str):
        second_choice (str):
        fourth_choice (str | Unset):
        media_key (str | Unset): Media key, `<prefix>_<media id>`, e.g. `3_1151345051455819776`.
            The prefix tells the
            media type (`x-media-key-prefixes`): 3 image, 7 video (TWEET_VIDEO), 13 video
            (AMPLIFY_VIDEO), 16 GIF, as the reference's examples show.
        third_choice (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PollCardResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        duration_in_minutes=duration_in_minutes,
        first_choice=first_choice,
        name=name,
        second_choice=second_choice,
        fourth_choice=fourth_choice,
        media_key=media_key,
        third_choice=third_choice,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    duration_in_minutes: int,
    first_choice: str,
    name: str,
    second_choice: str,
    fourth_choice: str | Unset = UNSET,
    media_key: str | Unset = UNSET,
    third_choice: str | Unset = UNSET,
) -> ErrorEnvelope | PollCardResponse | None:
    """Create a poll card

     Creates a poll with two to four choices. It stays open for `duration_in_minutes`,
    counted from the card's creation rather than from its first Tweet; `end_time` in the
    answer marks the close. A poll may show one library image (at least 800 px wide,
    1.91:1) or one 16:9 video; these media polls are a beta that needs the
    PROMOTED_MEDIA_POLLS account feature. The media key is write-only (answers carry URLs).
    Poll cards cannot be changed after creation: there is no update operation.

    Args:
        account_id (str):
        duration_in_minutes (int):
        first_choice (str):
        name (str):
        second_choice (str):
        fourth_choice (str | Unset):
        media_key (str | Unset): Media key, `<prefix>_<media id>`, e.g. `3_1151345051455819776`.
            The prefix tells the
            media type (`x-media-key-prefixes`): 3 image, 7 video (TWEET_VIDEO), 13 video
            (AMPLIFY_VIDEO), 16 GIF, as the reference's examples show.
        third_choice (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PollCardResponse
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        duration_in_minutes=duration_in_minutes,
        first_choice=first_choice,
        name=name,
        second_choice=second_choice,
        fourth_choice=fourth_choice,
        media_key=media_key,
        third_choice=third_choice,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    duration_in_minutes: int,
    first_choice: str,
    name: str,
    second_choice: str,
    fourth_choice: str | Unset = UNSET,
    media_key: str | Unset = UNSET,
    third_choice: str | Unset = UNSET,
) -> Response[ErrorEnvelope | PollCardResponse]:
    """Create a poll card

     Creates a poll with two to four choices. It stays open for `duration_in_minutes`,
    counted from the card's creation rather than from its first Tweet; `end_time` in the
    answer marks the close. A poll may show one library image (at least 800 px wide,
    1.91:1) or one 16:9 video; these media polls are a beta that needs the
    PROMOTED_MEDIA_POLLS account feature. The media key is write-only (answers carry URLs).
    Poll cards cannot be changed after creation: there is no update operation.

    Args:
        account_id (str):
        duration_in_minutes (int):
        first_choice (str):
        name (str):
        second_choice (str):
        fourth_choice (str | Unset):
        media_key (str | Unset): Media key, `<prefix>_<media id>`, e.g. `3_1151345051455819776`.
            The prefix tells the
            media type (`x-media-key-prefixes`): 3 image, 7 video (TWEET_VIDEO), 13 video
            (AMPLIFY_VIDEO), 16 GIF, as the reference's examples show.
        third_choice (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PollCardResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        duration_in_minutes=duration_in_minutes,
        first_choice=first_choice,
        name=name,
        second_choice=second_choice,
        fourth_choice=fourth_choice,
        media_key=media_key,
        third_choice=third_choice,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    duration_in_minutes: int,
    first_choice: str,
    name: str,
    second_choice: str,
    fourth_choice: str | Unset = UNSET,
    media_key: str | Unset = UNSET,
    third_choice: str | Unset = UNSET,
) -> ErrorEnvelope | PollCardResponse | None:
    """Create a poll card

     Creates a poll with two to four choices. It stays open for `duration_in_minutes`,
    counted from the card's creation rather than from its first Tweet; `end_time` in the
    answer marks the close. A poll may show one library image (at least 800 px wide,
    1.91:1) or one 16:9 video; these media polls are a beta that needs the
    PROMOTED_MEDIA_POLLS account feature. The media key is write-only (answers carry URLs).
    Poll cards cannot be changed after creation: there is no update operation.

    Args:
        account_id (str):
        duration_in_minutes (int):
        first_choice (str):
        name (str):
        second_choice (str):
        fourth_choice (str | Unset):
        media_key (str | Unset): Media key, `<prefix>_<media id>`, e.g. `3_1151345051455819776`.
            The prefix tells the
            media type (`x-media-key-prefixes`): 3 image, 7 video (TWEET_VIDEO), 13 video
            (AMPLIFY_VIDEO), 16 GIF, as the reference's examples show.
        third_choice (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PollCardResponse
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            duration_in_minutes=duration_in_minutes,
            first_choice=first_choice,
            name=name,
            second_choice=second_choice,
            fourth_choice=fourth_choice,
            media_key=media_key,
            third_choice=third_choice,
        )
    ).parsed
