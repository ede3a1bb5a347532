from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.scheduled_promoted_tweet_response import ScheduledPromotedTweetResponse
from ...types import UNSET, Response


def _get_kwargs(
    account_id: str,
    *,
    line_item_id: str,
    scheduled_tweet_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["line_item_id"] = line_item_id

    params["scheduled_tweet_id"] = scheduled_tweet_id

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
        "url": "/accounts/{account_id}/scheduled_promoted_tweets".format(
            account_id=quote(str(account_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ScheduledPromotedTweetResponse | None:
    if response.status_code == 200:
        response_200 = ScheduledPromotedTweetResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | ScheduledPromotedTweetResponse]:
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
    line_item_id: str,
    scheduled_tweet_id: str,
) -> Response[ErrorEnvelope | ScheduledPromotedTweetResponse]:
    """Promote a scheduled Tweet in a line item

     Associates one scheduled Tweet, nullcast or organic and still SCHEDULED, with a line item; several
    scheduled Tweets need one call each, and an association cannot be changed afterwards. Besides the
    SCHEDULED state and the fit with the line item's objective, nothing is checked now; the remaining
    checks run when the Tweet goes live. Then the association's `tweet_id` is filled, a promoted Tweet
    is created, and the line item serves the live Tweet once its flight dates are current (schedule the
    Tweet before the flight starts, or the line item has nothing to serve). Only the Scheduled Tweets
    guide documents this endpoint, by one example; this description follows that example.

    Args:
        account_id (str):
        line_item_id (str):
        scheduled_tweet_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ScheduledPromotedTweetResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        line_item_id=line_item_id,
        scheduled_tweet_id=scheduled_tweet_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    line_item_id: str,
    scheduled_tweet_id: str,
) -> ErrorEnvelope | ScheduledPromotedTweetResponse | None:
    """Promote a scheduled Tweet in a line item

     Associates one scheduled Tweet, nullcast or organic and still SCHEDULED, with a line item; several
    scheduled Tweets need one call each, and an association cannot be changed afterwards. Besides the
    SCHEDULED state and the fit with the line item's objective, nothing is checked now; the remaining
    checks run when the Tweet goes live. Then the association's `tweet_id` is filled, a promoted Tweet
    is created, and the line item serves the live Tweet once its flight dates are current (schedule the
    Tweet before the flight starts, or the line item has nothing to serve). Only the Scheduled Tweets
    guide documents this endpoint, by one example; this description follows that example.

    Args:
        account_id (str):
        line_item_id (str):
        scheduled_tweet_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ScheduledPromotedTweetResponse
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        line_item_id=line_item_id,
        scheduled_tweet_id=scheduled_tweet_id,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    line_item_id: str,
    scheduled_tweet_id: str,
) -> Response[ErrorEnvelope | ScheduledPromotedTweetResponse]:
    """Promote a scheduled Tweet in a line item

     Associates one scheduled Tweet, nullcast or organic and still SCHEDULED, with a line item; several
    scheduled Tweets need one call each, and an association cannot be changed afterwards. Besides the
    SCHEDULED state and the fit with the line item's objective, nothing is checked now; the remaining
    checks run when the Tweet goes live. Then the association's `tweet_id` is filled, a promoted Tweet
    is created, and the line item serves the live Tweet once its flight dates are current (schedule the
    Tweet before the flight starts, or the line item has nothing to serve). Only the Scheduled Tweets
    guide documents this endpoint, by one example; this description follows that example.

    Args:
        account_id (str):
        line_item_id (str):
        scheduled_tweet_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ScheduledPromotedTweetResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        line_item_id=line_item_id,
        scheduled_tweet_id=scheduled_tweet_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    line_item_id: str,
    scheduled_tweet_id: str,
) -> ErrorEnvelope | ScheduledPromotedTweetResponse | None:
    """Promote a scheduled Tweet in a line item

     Associates one scheduled Tweet, nullcast or organic and still SCHEDULED, with a line item; several
    scheduled Tweets need one call each, and an association cannot be changed afterwards. Besides the
    SCHEDULED state and the fit with the line item's objective, nothing is checked now; the remaining
    checks run when the Tweet goes live. Then the association's `tweet_id` is filled, a promoted Tweet
    is created, and the line item serves the live Tweet once its flight dates are current (schedule the
    Tweet before the flight starts, or the line item has nothing to serve). Only the Scheduled Tweets
    guide documents this endpoint, by one example; this description follows that example.

    Args:
        account_id (str):
        line_item_id (str):
        scheduled_tweet_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ScheduledPromotedTweetResponse
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            line_item_id=line_item_id,
            scheduled_tweet_id=scheduled_tweet_id,
        )
    ).parsed
