import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.scheduled_tweet_response import ScheduledTweetResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_id: str,
    scheduled_tweet_id: str,
    *,
    card_uri: str | Unset = UNSET,
    media_keys: list[str] | Unset = UNSET,
    nullcast: bool | Unset = UNSET,
    scheduled_at: datetime.date | datetime.datetime | Unset = UNSET,
    text: str | Unset = UNSET,
    name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["card_uri"] = card_uri

    json_media_keys: list[str] | Unset = UNSET
    if not isinstance(media_keys, Unset):
        json_media_keys = media_keys

    params["media_keys"] = json_media_keys

    params["nullcast"] = nullcast

    json_scheduled_at: str | Unset
    if isinstance(scheduled_at, Unset):
        json_scheduled_at = UNSET
    elif isinstance(scheduled_at, datetime.datetime):
        json_scheduled_at = (
            (scheduled_at if scheduled_at.tzinfo else scheduled_at.replace(tzinfo=datetime.UTC))
            .astimezone(datetime.UTC)
            .isoformat()
            .replace("+00:00", "Z")
        )
    else:
        json_scheduled_at = scheduled_at.isoformat()

    params["scheduled_at"] = json_scheduled_at

    params["text"] = text

    params["name"] = name

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
        "method": "put",
        "url": "/accounts/{account_id}/scheduled_tweets/{scheduled_tweet_id}".format(
            account_id=quote(str(account_id), safe=""),
            scheduled_tweet_id=quote(str(scheduled_tweet_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ScheduledTweetResponse | None:
    if response.status_code == 200:
        response_200 = ScheduledTweetResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | ScheduledTweetResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    scheduled_tweet_id: str,
    *,
    client: AuthenticatedClient | Client,
    card_uri: str | Unset = UNSET,
    media_keys: list[str] | Unset = UNSET,
    nullcast: bool | Unset = UNSET,
    scheduled_at: datetime.date | datetime.datetime | Unset = UNSET,
    text: str | Unset = UNSET,
    name: str | Unset = UNSET,
) -> Response[ErrorEnvelope | ScheduledTweetResponse]:
    """Change a scheduled Tweet

     Changes a scheduled Tweet, including whether it is promoted-only (`nullcast`), up to its
    `scheduled_at` time; after that it can no longer be edited. Sending `card_uri` or `media_keys` with
    an empty value removes the card or the media. Edits are checked like creates: a new `scheduled_at`
    is at most a year ahead and subject to the 30-per-15-minutes limit.

    Args:
        account_id (str):
        scheduled_tweet_id (str):
        card_uri (str | Unset):
        media_keys (list[str] | Unset):
        nullcast (bool | Unset):
        scheduled_at (datetime.date | datetime.datetime | Unset): ISO 8601 date-time, or a date
            meaning midnight UTC (the reference's examples send both).
        text (str | Unset):
        name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ScheduledTweetResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        scheduled_tweet_id=scheduled_tweet_id,
        card_uri=card_uri,
        media_keys=media_keys,
        nullcast=nullcast,
        scheduled_at=scheduled_at,
        text=text,
        name=name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    scheduled_tweet_id: str,
    *,
    client: AuthenticatedClient | Client,
    card_uri: str | Unset = UNSET,
    media_keys: list[str] | Unset = UNSET,
    nullcast: bool | Unset = UNSET,
    scheduled_at: datetime.date | datetime.datetime | Unset = UNSET,
    text: str | Unset = UNSET,
    name: str | Unset = UNSET,
) -> ErrorEnvelope | ScheduledTweetResponse | None:
    """Change a scheduled Tweet

     Changes a scheduled Tweet, including whether it is promoted-only (`nullcast`), up to its
    `scheduled_at` time; after that it can no longer be edited. Sending `card_uri` or `media_keys` with
    an empty value removes the card or the media. Edits are checked like creates: a new `scheduled_at`
    is at most a year ahead and subject to the 30-per-15-minutes limit.

    Args:
        account_id (str):
        scheduled_tweet_id (str):
        card_uri (str | Unset):
        media_keys (list[str] | Unset):
        nullcast (bool | Unset):
        scheduled_at (datetime.date | datetime.datetime | Unset): ISO 8601 date-time, or a date
            meaning midnight UTC (the reference's examples send both).
        text (str | Unset):
        name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ScheduledTweetResponse
    """

    return sync_detailed(
        account_id=account_id,
        scheduled_tweet_id=scheduled_tweet_id,
        client=client,
        card_uri=card_uri,
        media_keys=media_keys,
        nullcast=nullcast,
        scheduled_at=scheduled_at,
        text=text,
        name=name,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    scheduled_tweet_id: str,
    *,
    client: AuthenticatedClient | Client,
    card_uri: str | Unset = UNSET,
    media_keys: list[str] | Unset = UNSET,
    nullcast: bool | Unset = UNSET,
    scheduled_at: datetime.date | datetime.datetime | Unset = UNSET,
    text: str | Unset = UNSET,
    name: str | Unset = UNSET,
) -> Response[ErrorEnvelope | ScheduledTweetResponse]:
    """Change a scheduled Tweet

     Changes a scheduled Tweet, including whether it is promoted-only (`nullcast`), up to its
    `scheduled_at` time; after that it can no longer be edited. Sending `card_uri` or `media_keys` with
    an empty value removes the card or the media. Edits are checked like creates: a new `scheduled_at`
    is at most a year ahead and subject to the 30-per-15-minutes limit.

    Args:
        account_id (str):
        scheduled_tweet_id (str):
        card_uri (str | Unset):
        media_keys (list[str] | Unset):
        nullcast (bool | Unset):
        scheduled_at (datetime.date | datetime.datetime | Unset): ISO 8601 date-time, or a date
            meaning midnight UTC (the reference's examples send both).
        text (str | Unset):
        name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ScheduledTweetResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        scheduled_tweet_id=scheduled_tweet_id,
        card_uri=card_uri,
        media_keys=media_keys,
        nullcast=nullcast,
        scheduled_at=scheduled_at,
        text=text,
        name=name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    scheduled_tweet_id: str,
    *,
    client: AuthenticatedClient | Client,
    card_uri: str | Unset = UNSET,
    media_keys: list[str] | Unset = UNSET,
    nullcast: bool | Unset = UNSET,
    scheduled_at: datetime.date | datetime.datetime | Unset = UNSET,
    text: str | Unset = UNSET,
    name: str | Unset = UNSET,
) -> ErrorEnvelope | ScheduledTweetResponse | None:
    """Change a scheduled Tweet

     Changes a scheduled Tweet, including whether it is promoted-only (`nullcast`), up to its
    `scheduled_at` time; after that it can no longer be edited. Sending `card_uri` or `media_keys` with
    an empty value removes the card or the media. Edits are checked like creates: a new `scheduled_at`
    is at most a year ahead and subject to the 30-per-15-minutes limit.

    Args:
        account_id (str):
        scheduled_tweet_id (str):
        card_uri (str | Unset):
        media_keys (list[str] | Unset):
        nullcast (bool | Unset):
        scheduled_at (datetime.date | datetime.datetime | Unset): ISO 8601 date-time, or a date
            meaning midnight UTC (the reference's examples send both).
        text (str | Unset):
        name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ScheduledTweetResponse
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            scheduled_tweet_id=scheduled_tweet_id,
            client=client,
            card_uri=card_uri,
            media_keys=media_keys,
            nullcast=nullcast,
            scheduled_at=scheduled_at,
            text=text,
            name=name,
        )
    ).parsed
