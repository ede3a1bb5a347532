from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.tweet_preview_list_response import TweetPreviewListResponse
from ...models.tweet_type import TweetType
from ...types import UNSET, Response


def _get_kwargs(
    account_id: str,
    *,
    tweet_ids: list[str],
    tweet_type: TweetType,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_tweet_ids = tweet_ids

    params["tweet_ids"] = json_tweet_ids

    json_tweet_type = tweet_type.value
    params["tweet_type"] = json_tweet_type

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
        "url": "/accounts/{account_id}/tweet_previews".format(
            account_id=quote(str(account_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | TweetPreviewListResponse | None:
    if response.status_code == 200:
        response_200 = TweetPreviewListResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | TweetPreviewListResponse]:
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
    tweet_ids: list[str],
    tweet_type: TweetType,
) -> Response[ErrorEnvelope | TweetPreviewListResponse]:
    """Render previews of Tweets

     Returns, for up to 200 published, scheduled or draft Tweets of one `tweet_type`, an iframe element
    that renders each Tweet as it would appear, with current layout, styles and card formats (CSS and
    images are served by X). Ids that are not of `tweet_type` are not an error: they simply get no
    preview. Scheduled Tweets can be previewed once created, not before.

    Args:
        account_id (str):
        tweet_ids (list[str]):
        tweet_type (TweetType): Published, scheduled or draft Tweet.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TweetPreviewListResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        tweet_ids=tweet_ids,
        tweet_type=tweet_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    tweet_ids: list[str],
    tweet_type: TweetType,
) -> ErrorEnvelope | TweetPreviewListResponse | None:
    """Render previews of Tweets

     Returns, for up to 200 published, scheduled or draft Tweets of one `tweet_type`, an iframe element
    that renders each Tweet as it would appear, with current layout, styles and card formats (CSS and
    images are served by X). Ids that are not of `tweet_type` are not an error: they simply get no
    preview. Scheduled Tweets can be previewed once created, not before.

    Args:
        account_id (str):
        tweet_ids (list[str]):
        tweet_type (TweetType): Published, scheduled or draft Tweet.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TweetPreviewListResponse
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        tweet_ids=tweet_ids,
        tweet_type=tweet_type,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    tweet_ids: list[str],
    tweet_type: TweetType,
) -> Response[ErrorEnvelope | TweetPreviewListResponse]:
    """Render previews of Tweets

     Returns, for up to 200 published, scheduled or draft Tweets of one `tweet_type`, an iframe element
    that renders each Tweet as it would appear, with current layout, styles and card formats (CSS and
    images are served by X). Ids that are not of `tweet_type` are not an error: they simply get no
    preview. Scheduled Tweets can be previewed once created, not before.

    Args:
        account_id (str):
        tweet_ids (list[str]):
        tweet_type (TweetType): Published, scheduled or draft Tweet.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TweetPreviewListResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        tweet_ids=tweet_ids,
        tweet_type=tweet_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    tweet_ids: list[str],
    tweet_type: TweetType,
) -> ErrorEnvelope | TweetPreviewListResponse | None:
    """Render previews of Tweets

     Returns, for up to 200 published, scheduled or draft Tweets of one `tweet_type`, an iframe element
    that renders each Tweet as it would appear, with current layout, styles and card formats (CSS and
    images are served by X). Ids that are not of `tweet_type` are not an error: they simply get no
    preview. Scheduled Tweets can be previewed once created, not before.

    Args:
        account_id (str):
        tweet_ids (list[str]):
        tweet_type (TweetType): Published, scheduled or draft Tweet.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TweetPreviewListResponse
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            tweet_ids=tweet_ids,
            tweet_type=tweet_type,
        )
    ).parsed
