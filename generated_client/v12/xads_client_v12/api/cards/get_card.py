from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.card_single_response import CardSingleResponse
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_id: str,
    card_id: str,
    *,
    with_deleted: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

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
        "url": "/accounts/{account_id}/cards/{card_id}".format(
            account_id=quote(str(account_id), safe=""),
            card_id=quote(str(card_id), safe=""),
        ),
        "params": params,
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
    with_deleted: bool | Unset = False,
) -> Response[CardSingleResponse | ErrorEnvelope]:
    """Get one card

     Returns one card made with POST cards; `with_deleted=true` also finds deleted ones.
    `data` is one card object; the schema also accepts the one-item list the reference's
    example shows (see `x-fidelity`).

    Args:
        account_id (str):
        card_id (str):
        with_deleted (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CardSingleResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        card_id=card_id,
        with_deleted=with_deleted,
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
    with_deleted: bool | Unset = False,
) -> CardSingleResponse | ErrorEnvelope | None:
    """Get one card

     Returns one card made with POST cards; `with_deleted=true` also finds deleted ones.
    `data` is one card object; the schema also accepts the one-item list the reference's
    example shows (see `x-fidelity`).

    Args:
        account_id (str):
        card_id (str):
        with_deleted (bool | Unset):  Default: False.

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
        with_deleted=with_deleted,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    card_id: str,
    *,
    client: AuthenticatedClient | Client,
    with_deleted: bool | Unset = False,
) -> Response[CardSingleResponse | ErrorEnvelope]:
    """Get one card

     Returns one card made with POST cards; `with_deleted=true` also finds deleted ones.
    `data` is one card object; the schema also accepts the one-item list the reference's
    example shows (see `x-fidelity`).

    Args:
        account_id (str):
        card_id (str):
        with_deleted (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CardSingleResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        card_id=card_id,
        with_deleted=with_deleted,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    card_id: str,
    *,
    client: AuthenticatedClient | Client,
    with_deleted: bool | Unset = False,
) -> CardSingleResponse | ErrorEnvelope | None:
    """Get one card

     Returns one card made with POST cards; `with_deleted=true` also finds deleted ones.
    `data` is one card object; the schema also accepts the one-item list the reference's
    example shows (see `x-fidelity`).

    Args:
        account_id (str):
        card_id (str):
        with_deleted (bool | Unset):  Default: False.

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
            with_deleted=with_deleted,
        )
    ).parsed
