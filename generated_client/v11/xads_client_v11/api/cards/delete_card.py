from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.card_single_response import CardSingleResponse
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    account_id: str,
    card_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/accounts/{account_id}/cards/{card_id}".format(
            account_id=quote(str(account_id), safe=""),
            card_id=quote(str(card_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CardSingleResponse | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = CardSingleResponse.from_dict(response.json())

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
) -> Response[CardSingleResponse | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    card_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CardSingleResponse | ErrorEnvelope]:
    """Delete a card

     Soft delete: the answer is the card with `deleted: true`, and it stays readable and
    listable with `with_deleted=true`. `data` is one card object (a one-item list is
    accepted too; see `x-fidelity`).

    Args:
        account_id (str):
        card_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CardSingleResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        card_id=card_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    card_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CardSingleResponse | ErrorEnvelope | None:
    """Delete a card

     Soft delete: the answer is the card with `deleted: true`, and it stays readable and
    listable with `with_deleted=true`. `data` is one card object (a one-item list is
    accepted too; see `x-fidelity`).

    Args:
        account_id (str):
        card_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CardSingleResponse | ErrorEnvelope
    """

    return sync_detailed(
        account_id=account_id,
        card_id=card_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    card_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CardSingleResponse | ErrorEnvelope]:
    """Delete a card

     Soft delete: the answer is the card with `deleted: true`, and it stays readable and
    listable with `with_deleted=true`. `data` is one card object (a one-item list is
    accepted too; see `x-fidelity`).

    Args:
        account_id (str):
        card_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CardSingleResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        card_id=card_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    card_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CardSingleResponse | ErrorEnvelope | None:
    """Delete a card

     Soft delete: the answer is the card with `deleted: true`, and it stays readable and
    listable with `with_deleted=true`. `data` is one card object (a one-item list is
    accepted too; see `x-fidelity`).

    Args:
        account_id (str):
        card_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CardSingleResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            card_id=card_id,
            client=client,
        )
    ).parsed
