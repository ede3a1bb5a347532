from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.promoted_tweet_list_response import PromotedTweetListResponse
from ...types import UNSET, Response


def _get_kwargs(
    account_id: str,
    *,
    line_item_id: str,
    tweet_ids: list[str],
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["line_item_id"] = line_item_id

    json_tweet_ids = tweet_ids

    params["tweet_ids"] = json_tweet_ids

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
        "url": "/accounts/{account_id}/promoted_tweets".format(
            account_id=quote(str(account_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | PromotedTweetListResponse | None:
    if response.status_code == 200:
        response_200 = PromotedTweetListResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | PromotedTweetListResponse]:
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
    tweet_ids: list[str],
) -> Response[ErrorEnvelope | PromotedTweetListResponse]:
    """Promote published Tweets in a line item

     Associates published Tweets (nullcast or organic, the account's own or another user's the advertiser
    may promote) with a line item. Each association is a promoted Tweet with its own base-36 id,
    distinct from the numeric Tweet id; the answer lists them with a `total_count`. A Tweet may be
    promoted in several campaigns, and a campaign may promote several Tweets. Scheduled Tweets are
    promoted with scheduled_promoted_tweets instead. Only the Tweets guide documents this endpoint, by
    one example; this description follows that example.

    Args:
        account_id (str):
        line_item_id (str):
        tweet_ids (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PromotedTweetListResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        line_item_id=line_item_id,
        tweet_ids=tweet_ids,
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
    tweet_ids: list[str],
) -> ErrorEnvelope | PromotedTweetListResponse | None:
    """Promote published Tweets in a line item

     Associates published Tweets (nullcast or organic, the account's own or another user's the advertiser
    may promote) with a line item. Each association is a promoted Tweet with its own base-36 id,
    distinct from the numeric Tweet id; the answer lists them with a `total_count`. A Tweet may be
    promoted in several campaigns, and a campaign may promote several Tweets. Scheduled Tweets are
    promoted with scheduled_promoted_tweets instead. Only the Tweets guide documents this endpoint, by
    one example; this description follows that example.

    Args:
        account_id (str):
        line_item_id (str):
        tweet_ids (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PromotedTweetListResponse
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        line_item_id=line_item_id,
        tweet_ids=tweet_ids,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    line_item_id: str,
    tweet_ids: list[str],
) -> Response[ErrorEnvelope | PromotedTweetListResponse]:
    """Promote published Tweets in a line item

     Associates published Tweets (nullcast or organic, the account's own or another user's the advertiser
    may promote) with a line item. Each association is a promoted Tweet with its own base-36 id,
    distinct from the numeric Tweet id; the answer lists them with a `total_count`. A Tweet may be
    promoted in several campaigns, and a campaign may promote several Tweets. Scheduled Tweets are
    promoted with scheduled_promoted_tweets instead. Only the Tweets guide documents this endpoint, by
    one example; this description follows that example.

    Args:
        account_id (str):
        line_item_id (str):
        tweet_ids (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PromotedTweetListResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        line_item_id=line_item_id,
        tweet_ids=tweet_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    line_item_id: str,
    tweet_ids: list[str],
) -> ErrorEnvelope | PromotedTweetListResponse | None:
    """Promote published Tweets in a line item

     Associates published Tweets (nullcast or organic, the account's own or another user's the advertiser
    may promote) with a line item. Each association is a promoted Tweet with its own base-36 id,
    distinct from the numeric Tweet id; the answer lists them with a `total_count`. A Tweet may be
    promoted in several campaigns, and a campaign may promote several Tweets. Scheduled Tweets are
    promoted with scheduled_promoted_tweets instead. Only the Tweets guide documents this endpoint, by
    one example; this description follows that example.

    Args:
        account_id (str):
        line_item_id (str):
        tweet_ids (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PromotedTweetListResponse
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            line_item_id=line_item_id,
            tweet_ids=tweet_ids,
        )
    ).parsed
