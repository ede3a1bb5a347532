from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cards_fetch_card_list_response import CardsFetchCardListResponse
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_id: str,
    *,
    card_uris: list[str],
    with_deleted: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_card_uris = card_uris

    params["card_uris"] = json_card_uris

    params["with_deleted"] = with_deleted

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
        "url": "/accounts/{account_id}/cards/all".format(
            account_id=quote(str(account_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CardsFetchCardListResponse | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = CardsFetchCardListResponse.from_dict(response.json())

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
) -> Response[CardsFetchCardListResponse | ErrorEnvelope]:
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
    card_uris: list[str],
    with_deleted: bool | Unset = False,
) -> Response[CardsFetchCardListResponse | ErrorEnvelope]:
    """Look up cards by card URI, whatever endpoint made them

     Returns the account's cards named in `card_uris` (up to 200), of any card type, e.g.
    the card a Tweet's `card_uri` points at. The fields of each card depend on its type.

    Args:
        account_id (str):
        card_uris (list[str]):
        with_deleted (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CardsFetchCardListResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        card_uris=card_uris,
        with_deleted=with_deleted,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    card_uris: list[str],
    with_deleted: bool | Unset = False,
) -> CardsFetchCardListResponse | ErrorEnvelope | None:
    """Look up cards by card URI, whatever endpoint made them

     Returns the account's cards named in `card_uris` (up to 200), of any card type, e.g.
    the card a Tweet's `card_uri` points at. The fields of each card depend on its type.

    Args:
        account_id (str):
        card_uris (list[str]):
        with_deleted (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CardsFetchCardListResponse | ErrorEnvelope
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        card_uris=card_uris,
        with_deleted=with_deleted,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    card_uris: list[str],
    with_deleted: bool | Unset = False,
) -> Response[CardsFetchCardListResponse | ErrorEnvelope]:
    """Look up cards by card URI, whatever endpoint made them

     Returns the account's cards named in `card_uris` (up to 200), of any card type, e.g.
    the card a Tweet's `card_uri` points at. The fields of each card depend on its type.

    Args:
        account_id (str):
        card_uris (list[str]):
        with_deleted (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CardsFetchCardListResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        card_uris=card_uris,
        with_deleted=with_deleted,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    card_uris: list[str],
    with_deleted: bool | Unset = False,
) -> CardsFetchCardListResponse | ErrorEnvelope | None:
    """Look up cards by card URI, whatever endpoint made them

     Returns the account's cards named in `card_uris` (up to 200), of any card type, e.g.
    the card a Tweet's `card_uri` points at. The fields of each card depend on its type.

    Args:
        account_id (str):
        card_uris (list[str]):
        with_deleted (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CardsFetchCardListResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            card_uris=card_uris,
            with_deleted=with_deleted,
        )
    ).parsed
