from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.card_create import CardCreate
from ...models.card_response import CardResponse
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    account_id: str,
    *,
    body: CardCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accounts/{account_id}/cards".format(
            account_id=quote(str(account_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CardResponse | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = CardResponse.from_dict(response.json())

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

    if response.status_code == 415:
        response_415 = ErrorEnvelope.from_dict(response.json())

        return response_415

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
) -> Response[CardResponse | ErrorEnvelope]:
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
    body: CardCreate,
) -> Response[CardResponse | ErrorEnvelope]:
    """Create a card from components or carousel slides

     Takes a JSON body only (`Content-Type: application/json`). The body names the card and
    gives exactly one of:
    - `components`: in render order (top to bottom), one media component (MEDIA with one
      image or video, or SWIPEABLE_MEDIA with 2 to 6, shown in the order given), then one
      DETAILS component (title and WEBSITE destination) or one BUTTON component (label and
      APP destination);
    - `slides`: a multi-destination carousel, each slide a complete component list as above.

    An APP destination needs a country code and at least one app id (Google Play or iOS
    App Store); a deep link only goes with the app id of its platform. Every media key
    must be in the account's media library; images must be at least 800 px wide and 1:1
    or 1.91:1, videos 16:9 or 1:1. (The overview also caps card images at 3 MB in BMP,
    JPEG or PNG; that is checked when the media is uploaded.) The answer's `card_uri` is
    what Tweets, scheduled Tweets and draft Tweets attach.

    Args:
        account_id (str):
        body (CardCreate): A new card; exactly one of `components` and `slides`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CardResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CardCreate,
) -> CardResponse | ErrorEnvelope | None:
    """Create a card from components or carousel slides

     Takes a JSON body only (`Content-Type: application/json`). The body names the card and
    gives exactly one of:
    - `components`: in render order (top to bottom), one media component (MEDIA with one
      image or video, or SWIPEABLE_MEDIA with 2 to 6, shown in the order given), then one
      DETAILS component (title and WEBSITE destination) or one BUTTON component (label and
      APP destination);
    - `slides`: a multi-destination carousel, each slide a complete component list as above.

    An APP destination needs a country code and at least one app id (Google Play or iOS
    App Store); a deep link only goes with the app id of its platform. Every media key
    must be in the account's media library; images must be at least 800 px wide and 1:1
    or 1.91:1, videos 16:9 or 1:1. (The overview also caps card images at 3 MB in BMP,
    JPEG or PNG; that is checked when the media is uploaded.) The answer's `card_uri` is
    what Tweets, scheduled Tweets and draft Tweets attach.

    Args:
        account_id (str):
        body (CardCreate): A new card; exactly one of `components` and `slides`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CardResponse | ErrorEnvelope
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CardCreate,
) -> Response[CardResponse | ErrorEnvelope]:
    """Create a card from components or carousel slides

     Takes a JSON body only (`Content-Type: application/json`). The body names the card and
    gives exactly one of:
    - `components`: in render order (top to bottom), one media component (MEDIA with one
      image or video, or SWIPEABLE_MEDIA with 2 to 6, shown in the order given), then one
      DETAILS component (title and WEBSITE destination) or one BUTTON component (label and
      APP destination);
    - `slides`: a multi-destination carousel, each slide a complete component list as above.

    An APP destination needs a country code and at least one app id (Google Play or iOS
    App Store); a deep link only goes with the app id of its platform. Every media key
    must be in the account's media library; images must be at least 800 px wide and 1:1
    or 1.91:1, videos 16:9 or 1:1. (The overview also caps card images at 3 MB in BMP,
    JPEG or PNG; that is checked when the media is uploaded.) The answer's `card_uri` is
    what Tweets, scheduled Tweets and draft Tweets attach.

    Args:
        account_id (str):
        body (CardCreate): A new card; exactly one of `components` and `slides`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CardResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CardCreate,
) -> CardResponse | ErrorEnvelope | None:
    """Create a card from components or carousel slides

     Takes a JSON body only (`Content-Type: application/json`). The body names the card and
    gives exactly one of:
    - `components`: in render order (top to bottom), one media component (MEDIA with one
      image or video, or SWIPEABLE_MEDIA with 2 to 6, shown in the order given), then one
      DETAILS component (title and WEBSITE destination) or one BUTTON component (label and
      APP destination);
    - `slides`: a multi-destination carousel, each slide a complete component list as above.

    An APP destination needs a country code and at least one app id (Google Play or iOS
    App Store); a deep link only goes with the app id of its platform. Every media key
    must be in the account's media library; images must be at least 800 px wide and 1:1
    or 1.91:1, videos 16:9 or 1:1. (The overview also caps card images at 3 MB in BMP,
    JPEG or PNG; that is checked when the media is uploaded.) The answer's `card_uri` is
    what Tweets, scheduled Tweets and draft Tweets attach.

    Args:
        account_id (str):
        body (CardCreate): A new card; exactly one of `components` and `slides`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CardResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            body=body,
        )
    ).parsed
