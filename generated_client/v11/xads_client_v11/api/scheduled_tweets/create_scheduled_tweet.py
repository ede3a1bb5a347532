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
    *,
    scheduled_at: datetime.date | datetime.datetime,
    as_user_id: str | Unset = UNSET,
    text: str | Unset = UNSET,
    card_uri: str | Unset = UNSET,
    media_keys: list[str] | Unset = UNSET,
    nullcast: bool | Unset = True,
    name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_scheduled_at: str
    if isinstance(scheduled_at, datetime.datetime):
        json_scheduled_at = (
            (scheduled_at if scheduled_at.tzinfo else scheduled_at.replace(tzinfo=datetime.UTC))
            .astimezone(datetime.UTC)
            .isoformat()
            .replace("+00:00", "Z")
        )
    else:
        json_scheduled_at = scheduled_at.isoformat()

    params["scheduled_at"] = json_scheduled_at

    params["as_user_id"] = as_user_id

    params["text"] = text

    params["card_uri"] = card_uri

    json_media_keys: list[str] | Unset = UNSET
    if not isinstance(media_keys, Unset):
        json_media_keys = media_keys

    params["media_keys"] = json_media_keys

    params["nullcast"] = nullcast

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
        "method": "post",
        "url": "/accounts/{account_id}/scheduled_tweets".format(
            account_id=quote(str(account_id), safe=""),
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
    *,
    client: AuthenticatedClient | Client,
    scheduled_at: datetime.date | datetime.datetime,
    as_user_id: str | Unset = UNSET,
    text: str | Unset = UNSET,
    card_uri: str | Unset = UNSET,
    media_keys: list[str] | Unset = UNSET,
    nullcast: bool | Unset = True,
    name: str | Unset = UNSET,
) -> Response[ErrorEnvelope | ScheduledTweetResponse]:
    """Schedule a Tweet

     Creates a Tweet that goes live at `scheduled_at` (minute precision, seconds are dropped; at most a
    year ahead), for the account's FULL promotable user or the promotable user `as_user_id`. `text` is
    required unless `media_keys` is given; media are up to 4 images, or 1 GIF, or 1 video from the media
    library. Promoted-only (`nullcast=true`) by default. At most 30 Tweets may go live in one 15-minute
    window; more are refused with SCHEDULED_TWEET_LIMIT_EXCEEDED. The answer's `id` names the scheduled
    Tweet; `tweet_id` stays null until it goes live. At `scheduled_at` the usual Tweet-creation checks
    run again: on success `scheduled_status` becomes SUCCESS, `completed_at` and `tweet_id` are set
    (also on any scheduled promoted Tweet, and a promoted Tweet is created); otherwise it becomes FAILED
    (for example an image mixed with a GIF).

    Args:
        account_id (str):
        scheduled_at (datetime.date | datetime.datetime): ISO 8601 date-time, or a date meaning
            midnight UTC (the reference's examples send both).
        as_user_id (str | Unset):
        text (str | Unset):
        card_uri (str | Unset): Card URI, `card://` followed by digits.
        media_keys (list[str] | Unset):
        nullcast (bool | Unset):  Default: True.
        name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ScheduledTweetResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        scheduled_at=scheduled_at,
        as_user_id=as_user_id,
        text=text,
        card_uri=card_uri,
        media_keys=media_keys,
        nullcast=nullcast,
        name=name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    scheduled_at: datetime.date | datetime.datetime,
    as_user_id: str | Unset = UNSET,
    text: str | Unset = UNSET,
    card_uri: str | Unset = UNSET,
    media_keys: list[str] | Unset = UNSET,
    nullcast: bool | Unset = True,
    name: str | Unset = UNSET,
) -> ErrorEnvelope | ScheduledTweetResponse | None:
    """Schedule a Tweet

     Creates a Tweet that goes live at `scheduled_at` (minute precision, seconds are dropped; at most a
    year ahead), for the account's FULL promotable user or the promotable user `as_user_id`. `text` is
    required unless `media_keys` is given; media are up to 4 images, or 1 GIF, or 1 video from the media
    library. Promoted-only (`nullcast=true`) by default. At most 30 Tweets may go live in one 15-minute
    window; more are refused with SCHEDULED_TWEET_LIMIT_EXCEEDED. The answer's `id` names the scheduled
    Tweet; `tweet_id` stays null until it goes live. At `scheduled_at` the usual Tweet-creation checks
    run again: on success `scheduled_status` becomes SUCCESS, `completed_at` and `tweet_id` are set
    (also on any scheduled promoted Tweet, and a promoted Tweet is created); otherwise it becomes FAILED
    (for example an image mixed with a GIF).

    Args:
        account_id (str):
        scheduled_at (datetime.date | datetime.datetime): ISO 8601 date-time, or a date meaning
            midnight UTC (the reference's examples send both).
        as_user_id (str | Unset):
        text (str | Unset):
        card_uri (str | Unset): Card URI, `card://` followed by digits.
        media_keys (list[str] | Unset):
        nullcast (bool | Unset):  Default: True.
        name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ScheduledTweetResponse
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        scheduled_at=scheduled_at,
        as_user_id=as_user_id,
        text=text,
        card_uri=card_uri,
        media_keys=media_keys,
        nullcast=nullcast,
        name=name,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    scheduled_at: datetime.date | datetime.datetime,
    as_user_id: str | Unset = UNSET,
    text: str | Unset = UNSET,
    card_uri: str | Unset = UNSET,
    media_keys: list[str] | Unset = UNSET,
    nullcast: bool | Unset = True,
    name: str | Unset = UNSET,
) -> Response[ErrorEnvelope | ScheduledTweetResponse]:
    """Schedule a Tweet

     Creates a Tweet that goes live at `scheduled_at` (minute precision, seconds are dropped; at most a
    year ahead), for the account's FULL promotable user or the promotable user `as_user_id`. `text` is
    required unless `media_keys` is given; media are up to 4 images, or 1 GIF, or 1 video from the media
    library. Promoted-only (`nullcast=true`) by default. At most 30 Tweets may go live in one 15-minute
    window; more are refused with SCHEDULED_TWEET_LIMIT_EXCEEDED. The answer's `id` names the scheduled
    Tweet; `tweet_id` stays null until it goes live. At `scheduled_at` the usual Tweet-creation checks
    run again: on success `scheduled_status` becomes SUCCESS, `completed_at` and `tweet_id` are set
    (also on any scheduled promoted Tweet, and a promoted Tweet is created); otherwise it becomes FAILED
    (for example an image mixed with a GIF).

    Args:
        account_id (str):
        scheduled_at (datetime.date | datetime.datetime): ISO 8601 date-time, or a date meaning
            midnight UTC (the reference's examples send both).
        as_user_id (str | Unset):
        text (str | Unset):
        card_uri (str | Unset): Card URI, `card://` followed by digits.
        media_keys (list[str] | Unset):
        nullcast (bool | Unset):  Default: True.
        name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ScheduledTweetResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        scheduled_at=scheduled_at,
        as_user_id=as_user_id,
        text=text,
        card_uri=card_uri,
        media_keys=media_keys,
        nullcast=nullcast,
        name=name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    scheduled_at: datetime.date | datetime.datetime,
    as_user_id: str | Unset = UNSET,
    text: str | Unset = UNSET,
    card_uri: str | Unset = UNSET,
    media_keys: list[str] | Unset = UNSET,
    nullcast: bool | Unset = True,
    name: str | Unset = UNSET,
) -> ErrorEnvelope | ScheduledTweetResponse | None:
    """Schedule a Tweet

     Creates a Tweet that goes live at `scheduled_at` (minute precision, seconds are dropped; at most a
    year ahead), for the account's FULL promotable user or the promotable user `as_user_id`. `text` is
    required unless `media_keys` is given; media are up to 4 images, or 1 GIF, or 1 video from the media
    library. Promoted-only (`nullcast=true`) by default. At most 30 Tweets may go live in one 15-minute
    window; more are refused with SCHEDULED_TWEET_LIMIT_EXCEEDED. The answer's `id` names the scheduled
    Tweet; `tweet_id` stays null until it goes live. At `scheduled_at` the usual Tweet-creation checks
    run again: on success `scheduled_status` becomes SUCCESS, `completed_at` and `tweet_id` are set
    (also on any scheduled promoted Tweet, and a promoted Tweet is created); otherwise it becomes FAILED
    (for example an image mixed with a GIF).

    Args:
        account_id (str):
        scheduled_at (datetime.date | datetime.datetime): ISO 8601 date-time, or a date meaning
            midnight UTC (the reference's examples send both).
        as_user_id (str | Unset):
        text (str | Unset):
        card_uri (str | Unset): Card URI, `card://` followed by digits.
        media_keys (list[str] | Unset):
        nullcast (bool | Unset):  Default: True.
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
            client=client,
            scheduled_at=scheduled_at,
            as_user_id=as_user_id,
            text=text,
            card_uri=card_uri,
            media_keys=media_keys,
            nullcast=nullcast,
            name=name,
        )
    ).parsed
