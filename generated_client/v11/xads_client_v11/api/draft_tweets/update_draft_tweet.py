from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.draft_tweet_response import DraftTweetResponse
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_id: str,
    draft_tweet_id: str,
    *,
    card_uri: str | Unset = UNSET,
    media_keys: list[str] | Unset = UNSET,
    nullcast: bool | Unset = UNSET,
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
        "url": "/accounts/{account_id}/draft_tweets/{draft_tweet_id}".format(
            account_id=quote(str(account_id), safe=""),
            draft_tweet_id=quote(str(draft_tweet_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DraftTweetResponse | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = DraftTweetResponse.from_dict(response.json())

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
) -> Response[DraftTweetResponse | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    draft_tweet_id: str,
    *,
    client: AuthenticatedClient | Client,
    card_uri: str | Unset = UNSET,
    media_keys: list[str] | Unset = UNSET,
    nullcast: bool | Unset = UNSET,
    text: str | Unset = UNSET,
    name: str | Unset = UNSET,
) -> Response[DraftTweetResponse | ErrorEnvelope]:
    """Change a draft Tweet

     Changes a draft; drafts stay editable for as long as they exist, including whether they are
    promoted-only (`nullcast`). Sending `card_uri` or `media_keys` with an empty value removes the card
    or the media.

    Args:
        account_id (str):
        draft_tweet_id (str):
        card_uri (str | Unset):
        media_keys (list[str] | Unset):
        nullcast (bool | Unset):
        text (str | Unset):
        name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DraftTweetResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        draft_tweet_id=draft_tweet_id,
        card_uri=card_uri,
        media_keys=media_keys,
        nullcast=nullcast,
        text=text,
        name=name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    draft_tweet_id: str,
    *,
    client: AuthenticatedClient | Client,
    card_uri: str | Unset = UNSET,
    media_keys: list[str] | Unset = UNSET,
    nullcast: bool | Unset = UNSET,
    text: str | Unset = UNSET,
    name: str | Unset = UNSET,
) -> DraftTweetResponse | ErrorEnvelope | None:
    """Change a draft Tweet

     Changes a draft; drafts stay editable for as long as they exist, including whether they are
    promoted-only (`nullcast`). Sending `card_uri` or `media_keys` with an empty value removes the card
    or the media.

    Args:
        account_id (str):
        draft_tweet_id (str):
        card_uri (str | Unset):
        media_keys (list[str] | Unset):
        nullcast (bool | Unset):
        text (str | Unset):
        name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DraftTweetResponse | ErrorEnvelope
    """

    return sync_detailed(
        account_id=account_id,
        draft_tweet_id=draft_tweet_id,
        client=client,
        card_uri=card_uri,
        media_keys=media_keys,
        nullcast=nullcast,
        text=text,
        name=name,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    draft_tweet_id: str,
    *,
    client: AuthenticatedClient | Client,
    card_uri: str | Unset = UNSET,
    media_keys: list[str] | Unset = UNSET,
    nullcast: bool | Unset = UNSET,
    text: str | Unset = UNSET,
    name: str | Unset = UNSET,
) -> Response[DraftTweetResponse | ErrorEnvelope]:
    """Change a draft Tweet

     Changes a draft; drafts stay editable for as long as they exist, including whether they are
    promoted-only (`nullcast`). Sending `card_uri` or `media_keys` with an empty value removes the card
    or the media.

    Args:
        account_id (str):
        draft_tweet_id (str):
        card_uri (str | Unset):
        media_keys (list[str] | Unset):
        nullcast (bool | Unset):
        text (str | Unset):
        name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DraftTweetResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        draft_tweet_id=draft_tweet_id,
        card_uri=card_uri,
        media_keys=media_keys,
        nullcast=nullcast,
        text=text,
        name=name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    draft_tweet_id: str,
    *,
    client: AuthenticatedClient | Client,
    card_uri: str | Unset = UNSET,
    media_keys: list[str] | Unset = UNSET,
    nullcast: bool | Unset = UNSET,
    text: str | Unset = UNSET,
    name: str | Unset = UNSET,
) -> DraftTweetResponse | ErrorEnvelope | None:
    """Change a draft Tweet

     Changes a draft; drafts stay editable for as long as they exist, including whether they are
    promoted-only (`nullcast`). Sending `card_uri` or `media_keys` with an empty value removes the card
    or the media.

    Args:
        account_id (str):
        draft_tweet_id (str):
        card_uri (str | Unset):
        media_keys (list[str] | Unset):
        nullcast (bool | Unset):
        text (str | Unset):
        name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DraftTweetResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            draft_tweet_id=draft_tweet_id,
            client=client,
            card_uri=card_uri,
            media_keys=media_keys,
            nullcast=nullcast,
            text=text,
            name=name,
        )
    ).parsed
