from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.list_tweets_timeline_type import ListTweetsTimelineType
from ...models.tweet_list_response import TweetListResponse
from ...models.tweet_type import TweetType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_id: str,
    *,
    tweet_type: TweetType,
    count: int | Unset = 200,
    cursor: str | Unset = UNSET,
    include_mentions_and_replies: bool | Unset = False,
    name: str | Unset = UNSET,
    timeline_type: ListTweetsTimelineType | Unset = ListTweetsTimelineType.NULLCAST,
    trim_user: bool | Unset = False,
    tweet_ids: list[str] | Unset = UNSET,
    user_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_tweet_type = tweet_type.value
    params["tweet_type"] = json_tweet_type

    params["count"] = count

    params["cursor"] = cursor

    params["include_mentions_and_replies"] = include_mentions_and_replies

    params["name"] = name

    json_timeline_type: str | Unset = UNSET
    if not isinstance(timeline_type, Unset):
        json_timeline_type = timeline_type.value

    params["timeline_type"] = json_timeline_type

    params["trim_user"] = trim_user

    json_tweet_ids: list[str] | Unset = UNSET
    if not isinstance(tweet_ids, Unset):
        json_tweet_ids = tweet_ids

    params["tweet_ids"] = json_tweet_ids

    params["user_id"] = user_id

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
        "url": "/accounts/{account_id}/tweets".format(
            account_id=quote(str(account_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | TweetListResponse | None:
    if response.status_code == 200:
        response_200 = TweetListResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | TweetListResponse]:
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
    tweet_type: TweetType,
    count: int | Unset = 200,
    cursor: str | Unset = UNSET,
    include_mentions_and_replies: bool | Unset = False,
    name: str | Unset = UNSET,
    timeline_type: ListTweetsTimelineType | Unset = ListTweetsTimelineType.NULLCAST,
    trim_user: bool | Unset = False,
    tweet_ids: list[str] | Unset = UNSET,
    user_id: str | Unset = UNSET,
) -> Response[ErrorEnvelope | TweetListResponse]:
    """List Tweets of a promotable user

     Lists the published, scheduled or draft Tweets (`tweet_type`) of the account's FULL promotable user,
    or of any promotable user of the account named by `user_id`, in the classic Tweet format plus the
    Ads API fields (`name`, `nullcast`, `tweet_type`, `tweet_id`, `conversation_settings`). By default
    only promoted-only Tweets (`timeline_type=NULLCAST`). Ids in `tweet_ids` that are not of
    `tweet_type` are not returned. Paged with `count` (1 to 1000, default 200) and `cursor`.

    Args:
        account_id (str):
        tweet_type (TweetType): Published, scheduled or draft Tweet.
        count (int | Unset):  Default: 200.
        cursor (str | Unset):
        include_mentions_and_replies (bool | Unset):  Default: False.
        name (str | Unset):
        timeline_type (ListTweetsTimelineType | Unset):  Default: ListTweetsTimelineType.NULLCAST.
        trim_user (bool | Unset):  Default: False.
        tweet_ids (list[str] | Unset):
        user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TweetListResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        tweet_type=tweet_type,
        count=count,
        cursor=cursor,
        include_mentions_and_replies=include_mentions_and_replies,
        name=name,
        timeline_type=timeline_type,
        trim_user=trim_user,
        tweet_ids=tweet_ids,
        user_id=user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    tweet_type: TweetType,
    count: int | Unset = 200,
    cursor: str | Unset = UNSET,
    include_mentions_and_replies: bool | Unset = False,
    name: str | Unset = UNSET,
    timeline_type: ListTweetsTimelineType | Unset = ListTweetsTimelineType.NULLCAST,
    trim_user: bool | Unset = False,
    tweet_ids: list[str] | Unset = UNSET,
    user_id: str | Unset = UNSET,
) -> ErrorEnvelope | TweetListResponse | None:
    """List Tweets of a promotable user

     Lists the published, scheduled or draft Tweets (`tweet_type`) of the account's FULL promotable user,
    or of any promotable user of the account named by `user_id`, in the classic Tweet format plus the
    Ads API fields (`name`, `nullcast`, `tweet_type`, `tweet_id`, `conversation_settings`). By default
    only promoted-only Tweets (`timeline_type=NULLCAST`). Ids in `tweet_ids` that are not of
    `tweet_type` are not returned. Paged with `count` (1 to 1000, default 200) and `cursor`.

    Args:
        account_id (str):
        tweet_type (TweetType): Published, scheduled or draft Tweet.
        count (int | Unset):  Default: 200.
        cursor (str | Unset):
        include_mentions_and_replies (bool | Unset):  Default: False.
        name (str | Unset):
        timeline_type (ListTweetsTimelineType | Unset):  Default: ListTweetsTimelineType.NULLCAST.
        trim_user (bool | Unset):  Default: False.
        tweet_ids (list[str] | Unset):
        user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TweetListResponse
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        tweet_type=tweet_type,
        count=count,
        cursor=cursor,
        include_mentions_and_replies=include_mentions_and_replies,
        name=name,
        timeline_type=timeline_type,
        trim_user=trim_user,
        tweet_ids=tweet_ids,
        user_id=user_id,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    tweet_type: TweetType,
    count: int | Unset = 200,
    cursor: str | Unset = UNSET,
    include_mentions_and_replies: bool | Unset = False,
    name: str | Unset = UNSET,
    timeline_type: ListTweetsTimelineType | Unset = ListTweetsTimelineType.NULLCAST,
    trim_user: bool | Unset = False,
    tweet_ids: list[str] | Unset = UNSET,
    user_id: str | Unset = UNSET,
) -> Response[ErrorEnvelope | TweetListResponse]:
    """List Tweets of a promotable user

     Lists the published, scheduled or draft Tweets (`tweet_type`) of the account's FULL promotable user,
    or of any promotable user of the account named by `user_id`, in the classic Tweet format plus the
    Ads API fields (`name`, `nullcast`, `tweet_type`, `tweet_id`, `conversation_settings`). By default
    only promoted-only Tweets (`timeline_type=NULLCAST`). Ids in `tweet_ids` that are not of
    `tweet_type` are not returned. Paged with `count` (1 to 1000, default 200) and `cursor`.

    Args:
        account_id (str):
        tweet_type (TweetType): Published, scheduled or draft Tweet.
        count (int | Unset):  Default: 200.
        cursor (str | Unset):
        include_mentions_and_replies (bool | Unset):  Default: False.
        name (str | Unset):
        timeline_type (ListTweetsTimelineType | Unset):  Default: ListTweetsTimelineType.NULLCAST.
        trim_user (bool | Unset):  Default: False.
        tweet_ids (list[str] | Unset):
        user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TweetListResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        tweet_type=tweet_type,
        count=count,
        cursor=cursor,
        include_mentions_and_replies=include_mentions_and_replies,
        name=name,
        timeline_type=timeline_type,
        trim_user=trim_user,
        tweet_ids=tweet_ids,
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    tweet_type: TweetType,
    count: int | Unset = 200,
    cursor: str | Unset = UNSET,
    include_mentions_and_replies: bool | Unset = False,
    name: str | Unset = UNSET,
    timeline_type: ListTweetsTimelineType | Unset = ListTweetsTimelineType.NULLCAST,
    trim_user: bool | Unset = False,
    tweet_ids: list[str] | Unset = UNSET,
    user_id: str | Unset = UNSET,
) -> ErrorEnvelope | TweetListResponse | None:
    """List Tweets of a promotable user

     Lists the published, scheduled or draft Tweets (`tweet_type`) of the account's FULL promotable user,
    or of any promotable user of the account named by `user_id`, in the classic Tweet format plus the
    Ads API fields (`name`, `nullcast`, `tweet_type`, `tweet_id`, `conversation_settings`). By default
    only promoted-only Tweets (`timeline_type=NULLCAST`). Ids in `tweet_ids` that are not of
    `tweet_type` are not returned. Paged with `count` (1 to 1000, default 200) and `cursor`.

    Args:
        account_id (str):
        tweet_type (TweetType): Published, scheduled or draft Tweet.
        count (int | Unset):  Default: 200.
        cursor (str | Unset):
        include_mentions_and_replies (bool | Unset):  Default: False.
        name (str | Unset):
        timeline_type (ListTweetsTimelineType | Unset):  Default: ListTweetsTimelineType.NULLCAST.
        trim_user (bool | Unset):  Default: False.
        tweet_ids (list[str] | Unset):
        user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TweetListResponse
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            tweet_type=tweet_type,
            count=count,
            cursor=cursor,
            include_mentions_and_replies=include_mentions_and_replies,
            name=name,
            timeline_type=timeline_type,
            trim_user=trim_user,
            tweet_ids=tweet_ids,
            user_id=user_id,
        )
    ).parsed
