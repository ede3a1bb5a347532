from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_tweet_tweet_mode import CreateTweetTweetMode
from ...models.create_tweet_video_cta import CreateTweetVideoCta
from ...models.error_envelope import ErrorEnvelope
from ...models.tweet_conversation_settings import TweetConversationSettings
from ...models.tweet_response import TweetResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_id: str,
    *,
    as_user_id: str | Unset = UNSET,
    text: str | Unset = UNSET,
    card_uri: str | Unset = UNSET,
    conversation_settings: TweetConversationSettings | Unset = UNSET,
    media_keys: list[str] | Unset = UNSET,
    name: str | Unset = UNSET,
    nullcast: bool | Unset = True,
    trim_user: bool | Unset = False,
    tweet_mode: CreateTweetTweetMode | Unset = UNSET,
    video_cta: CreateTweetVideoCta | Unset = UNSET,
    video_cta_value: str | Unset = UNSET,
    video_description: str | Unset = UNSET,
    video_title: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["as_user_id"] = as_user_id

    params["text"] = text

    params["card_uri"] = card_uri

    json_conversation_settings: str | Unset = UNSET
    if not isinstance(conversation_settings, Unset):
        json_conversation_settings = conversation_settings.value

    params["conversation_settings"] = json_conversation_settings

    json_media_keys: list[str] | Unset = UNSET
    if not isinstance(media_keys, Unset):
        json_media_keys = media_keys

    params["media_keys"] = json_media_keys

    params["name"] = name

    params["nullcast"] = nullcast

    params["trim_user"] = trim_user

    json_tweet_mode: str | Unset = UNSET
    if not isinstance(tweet_mode, Unset):
        json_tweet_mode = tweet_mode.value

    params["tweet_mode"] = json_tweet_mode

    json_video_cta: str | Unset = UNSET
    if not isinstance(video_cta, Unset):
        json_video_cta = video_cta.value

    params["video_cta"] = json_video_cta

    params["video_cta_value"] = video_cta_value

    params["video_description"] = video_description

    params["video_title"] = video_title

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
        "url": "/accounts/{account_id}/tweet".format(
            account_id=quote(str(account_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | TweetResponse | None:
    if response.status_code == 200:
        response_200 = TweetResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | TweetResponse]:
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
    as_user_id: str | Unset = UNSET,
    text: str | Unset = UNSET,
    card_uri: str | Unset = UNSET,
    conversation_settings: TweetConversationSettings | Unset = UNSET,
    media_keys: list[str] | Unset = UNSET,
    name: str | Unset = UNSET,
    nullcast: bool | Unset = True,
    trim_user: bool | Unset = False,
    tweet_mode: CreateTweetTweetMode | Unset = UNSET,
    video_cta: CreateTweetVideoCta | Unset = UNSET,
    video_cta_value: str | Unset = UNSET,
    video_description: str | Unset = UNSET,
    video_title: str | Unset = UNSET,
) -> Response[ErrorEnvelope | TweetResponse]:
    """Publish a Tweet

     Publishes a Tweet for the account's FULL promotable user, or for the promotable user `as_user_id`.
    Promoted-only (`nullcast=true`, not in the public timeline nor served to followers) by default;
    organic Tweets only for the authenticated user's own account. A user who is not the author needs
    TWEET_COMPOSER permission on the account and may then create promoted-only Tweets for the FULL
    promotable user. `text` is required unless `media_keys` is given; media are up to 4 images, or 1
    GIF, or 1 video. For media uploaded through upload.x.com, set the upload's additional_owners to the
    same user as `as_user_id`. The answer is the classic Tweet object and leaves out
    `conversation_settings`, which GET shows.

    Args:
        account_id (str):
        as_user_id (str | Unset):
        text (str | Unset):
        card_uri (str | Unset): Card URI, `card://` followed by digits.
        conversation_settings (TweetConversationSettings | Unset): Who may reply to a Tweet (users
            it mentions always can).
        media_keys (list[str] | Unset):
        name (str | Unset):
        nullcast (bool | Unset):  Default: True.
        trim_user (bool | Unset):  Default: False.
        tweet_mode (CreateTweetTweetMode | Unset):
        video_cta (CreateTweetVideoCta | Unset):
        video_cta_value (str | Unset):
        video_description (str | Unset):
        video_title (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TweetResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        as_user_id=as_user_id,
        text=text,
        card_uri=card_uri,
        conversation_settings=conversation_settings,
        media_keys=media_keys,
        name=name,
        nullcast=nullcast,
        trim_user=trim_user,
        tweet_mode=tweet_mode,
        video_cta=video_cta,
        video_cta_value=video_cta_value,
        video_description=video_description,
        video_title=video_title,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    as_user_id: str | Unset = UNSET,
    text: str | Unset = UNSET,
    card_uri: str | Unset = UNSET,
    conversation_settings: TweetConversationSettings | Unset = UNSET,
    media_keys: list[str] | Unset = UNSET,
    name: str | Unset = UNSET,
    nullcast: bool | Unset = True,
    trim_user: bool | Unset = False,
    tweet_mode: CreateTweetTweetMode | Unset = UNSET,
    video_cta: CreateTweetVideoCta | Unset = UNSET,
    video_cta_value: str | Unset = UNSET,
    video_description: str | Unset = UNSET,
    video_title: str | Unset = UNSET,
) -> ErrorEnvelope | TweetResponse | None:
    """Publish a Tweet

     Publishes a Tweet for the account's FULL promotable user, or for the promotable user `as_user_id`.
    Promoted-only (`nullcast=true`, not in the public timeline nor served to followers) by default;
    organic Tweets only for the authenticated user's own account. A user who is not the author needs
    TWEET_COMPOSER permission on the account and may then create promoted-only Tweets for the FULL
    promotable user. `text` is required unless `media_keys` is given; media are up to 4 images, or 1
    GIF, or 1 video. For media uploaded through upload.x.com, set the upload's additional_owners to the
    same user as `as_user_id`. The answer is the classic Tweet object and leaves out
    `conversation_settings`, which GET shows.

    Args:
        account_id (str):
        as_user_id (str | Unset):
        text (str | Unset):
        card_uri (str | Unset): Card URI, `card://` followed by digits.
        conversation_settings (TweetConversationSettings | Unset): Who may reply to a Tweet (users
            it mentions always can).
        media_keys (list[str] | Unset):
        name (str | Unset):
        nullcast (bool | Unset):  Default: True.
        trim_user (bool | Unset):  Default: False.
        tweet_mode (CreateTweetTweetMode | Unset):
        video_cta (CreateTweetVideoCta | Unset):
        video_cta_value (str | Unset):
        video_description (str | Unset):
        video_title (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TweetResponse
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        as_user_id=as_user_id,
        text=text,
        card_uri=card_uri,
        conversation_settings=conversation_settings,
        media_keys=media_keys,
        name=name,
        nullcast=nullcast,
        trim_user=trim_user,
        tweet_mode=tweet_mode,
        video_cta=video_cta,
        video_cta_value=video_cta_value,
        video_description=video_description,
        video_title=video_title,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    as_user_id: str | Unset = UNSET,
    text: str | Unset = UNSET,
    card_uri: str | Unset = UNSET,
    conversation_settings: TweetConversationSettings | Unset = UNSET,
    media_keys: list[str] | Unset = UNSET,
    name: str | Unset = UNSET,
    nullcast: bool | Unset = True,
    trim_user: bool | Unset = False,
    tweet_mode: CreateTweetTweetMode | Unset = UNSET,
    video_cta: CreateTweetVideoCta | Unset = UNSET,
    video_cta_value: str | Unset = UNSET,
    video_description: str | Unset = UNSET,
    video_title: str | Unset = UNSET,
) -> Response[ErrorEnvelope | TweetResponse]:
    """Publish a Tweet

     Publishes a Tweet for the account's FULL promotable user, or for the promotable user `as_user_id`.
    Promoted-only (`nullcast=true`, not in the public timeline nor served to followers) by default;
    organic Tweets only for the authenticated user's own account. A user who is not the author needs
    TWEET_COMPOSER permission on the account and may then create promoted-only Tweets for the FULL
    promotable user. `text` is required unless `media_keys` is given; media are up to 4 images, or 1
    GIF, or 1 video. For media uploaded through upload.x.com, set the upload's additional_owners to the
    same user as `as_user_id`. The answer is the classic Tweet object and leaves out
    `conversation_settings`, which GET shows.

    Args:
        account_id (str):
        as_user_id (str | Unset):
        text (str | Unset):
        card_uri (str | Unset): Card URI, `card://` followed by digits.
        conversation_settings (TweetConversationSettings | Unset): Who may reply to a Tweet (users
            it mentions always can).
        media_keys (list[str] | Unset):
        name (str | Unset):
        nullcast (bool | Unset):  Default: True.
        trim_user (bool | Unset):  Default: False.
        tweet_mode (CreateTweetTweetMode | Unset):
        video_cta (CreateTweetVideoCta | Unset):
        video_cta_value (str | Unset):
        video_description (str | Unset):
        video_title (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TweetResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        as_user_id=as_user_id,
        text=text,
        card_uri=card_uri,
        conversation_settings=conversation_settings,
        media_keys=media_keys,
        name=name,
        nullcast=nullcast,
        trim_user=trim_user,
        tweet_mode=tweet_mode,
        video_cta=video_cta,
        video_cta_value=video_cta_value,
        video_description=video_description,
        video_title=video_title,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    as_user_id: str | Unset = UNSET,
    text: str | Unset = UNSET,
    card_uri: str | Unset = UNSET,
    conversation_settings: TweetConversationSettings | Unset = UNSET,
    media_keys: list[str] | Unset = UNSET,
    name: str | Unset = UNSET,
    nullcast: bool | Unset = True,
    trim_user: bool | Unset = False,
    tweet_mode: CreateTweetTweetMode | Unset = UNSET,
    video_cta: CreateTweetVideoCta | Unset = UNSET,
    video_cta_value: str | Unset = UNSET,
    video_description: str | Unset = UNSET,
    video_title: str | Unset = UNSET,
) -> ErrorEnvelope | TweetResponse | None:
    """Publish a Tweet

     Publishes a Tweet for the account's FULL promotable user, or for the promotable user `as_user_id`.
    Promoted-only (`nullcast=true`, not in the public timeline nor served to followers) by default;
    organic Tweets only for the authenticated user's own account. A user who is not the author needs
    TWEET_COMPOSER permission on the account and may then create promoted-only Tweets for the FULL
    promotable user. `text` is required unless `media_keys` is given; media are up to 4 images, or 1
    GIF, or 1 video. For media uploaded through upload.x.com, set the upload's additional_owners to the
    same user as `as_user_id`. The answer is the classic Tweet object and leaves out
    `conversation_settings`, which GET shows.

    Args:
        account_id (str):
        as_user_id (str | Unset):
        text (str | Unset):
        card_uri (str | Unset): Card URI, `card://` followed by digits.
        conversation_settings (TweetConversationSettings | Unset): Who may reply to a Tweet (users
            it mentions always can).
        media_keys (list[str] | Unset):
        name (str | Unset):
        nullcast (bool | Unset):  Default: True.
        trim_user (bool | Unset):  Default: False.
        tweet_mode (CreateTweetTweetMode | Unset):
        video_cta (CreateTweetVideoCta | Unset):
        video_cta_value (str | Unset):
        video_description (str | Unset):
        video_title (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TweetResponse
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            as_user_id=as_user_id,
            text=text,
            card_uri=card_uri,
            conversation_settings=conversation_settings,
            media_keys=media_keys,
            name=name,
            nullcast=nullcast,
            trim_user=trim_user,
            tweet_mode=tweet_mode,
            video_cta=video_cta,
            video_cta_value=video_cta_value,
            video_description=video_description,
            video_title=video_title,
        )
    ).parsed
