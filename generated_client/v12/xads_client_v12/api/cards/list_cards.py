from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.card_list_response import CardListResponse
from ...models.card_type import CardType
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_id: str,
    *,
    card_types: list[CardType] | Unset = UNSET,
    card_ids: list[str] | Unset = UNSET,
    card_id: list[str] | Unset = UNSET,
    card_uris: list[str] | Unset = UNSET,
    count: int | Unset = 100,
    cursor: str | Unset = UNSET,
    include_legacy_cards: bool | Unset = False,
    q: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    with_deleted: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_card_types: list[str] | Unset = UNSET
    if not isinstance(card_types, Unset):
        json_card_types = []
        for card_types_item_data in card_types:
            card_types_item = card_types_item_data.value
            json_card_types.append(card_types_item)

    params["card_types"] = json_card_types

    json_card_ids: list[str] | Unset = UNSET
    if not isinstance(card_ids, Unset):
        json_card_ids = card_ids

    params["card_ids"] = json_card_ids

    json_card_id: list[str] | Unset = UNSET
    if not isinstance(card_id, Unset):
        json_card_id = card_id

    params["card_id"] = json_card_id

    json_card_uris: list[str] | Unset = UNSET
    if not isinstance(card_uris, Unset):
        json_card_uris = card_uris

    params["card_uris"] = json_card_uris

    params["count"] = count

    params["cursor"] = cursor

    params["include_legacy_cards"] = include_legacy_cards

    params["q"] = q

    params["sort_by"] = sort_by

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
        "url": "/accounts/{account_id}/cards".format(
            account_id=quote(str(account_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CardListResponse | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = CardListResponse.from_dict(response.json())

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
) -> Response[CardListResponse | ErrorEnvelope]:
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
    card_types: list[CardType] | Unset = UNSET,
    card_ids: list[str] | Unset = UNSET,
    card_id: list[str] | Unset = UNSET,
    card_uris: list[str] | Unset = UNSET,
    count: int | Unset = 100,
    cursor: str | Unset = UNSET,
    include_legacy_cards: bool | Unset = False,
    q: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    with_deleted: bool | Unset = False,
) -> Response[CardListResponse | ErrorEnvelope]:
    """List cards made from components

     Lists the account's cards that were made with POST cards (single-media cards, carousels
    and multi-destination carousels). Cards made by the other card endpoints are left out;
    `include_legacy_cards=true` adds the legacy website and app cards. Paged with `count`
    (1 to 200, default 100) and `cursor`.

    Args:
        account_id (str):
        card_types (list[CardType] | Unset):
        card_ids (list[str] | Unset):
        card_id (list[str] | Unset):
        card_uris (list[str] | Unset):
        count (int | Unset):  Default: 100.
        cursor (str | Unset):
        include_legacy_cards (bool | Unset):  Default: False.
        q (str | Unset):
        sort_by (str | Unset):
        with_deleted (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CardListResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        card_types=card_types,
        card_ids=card_ids,
        card_id=card_id,
        card_uris=card_uris,
        count=count,
        cursor=cursor,
        include_legacy_cards=include_legacy_cards,
        q=q,
        sort_by=sort_by,
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
    card_types: list[CardType] | Unset = UNSET,
    card_ids: list[str] | Unset = UNSET,
    card_id: list[str] | Unset = UNSET,
    card_uris: list[str] | Unset = UNSET,
    count: int | Unset = 100,
    cursor: str | Unset = UNSET,
    include_legacy_cards: bool | Unset = False,
    q: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    with_deleted: bool | Unset = False,
) -> CardListResponse | ErrorEnvelope | None:
    """List cards made from components

     Lists the account's cards that were made with POST cards (single-media cards, carousels
    and multi-destination carousels). Cards made by the other card endpoints are left out;
    `include_legacy_cards=true` adds the legacy website and app cards. Paged with `count`
    (1 to 200, default 100) and `cursor`.

    Args:
        account_id (str):
        card_types (list[CardType] | Unset):
        card_ids (list[str] | Unset):
        card_id (list[str] | Unset):
        card_uris (list[str] | Unset):
        count (int | Unset):  Default: 100.
        cursor (str | Unset):
        include_legacy_cards (bool | Unset):  Default: False.
        q (str | Unset):
        sort_by (str | Unset):
        with_deleted (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CardListResponse | ErrorEnvelope
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        card_types=card_types,
        card_ids=card_ids,
        card_id=card_id,
        card_uris=card_uris,
        count=count,
        cursor=cursor,
        include_legacy_cards=include_legacy_cards,
        q=q,
        sort_by=sort_by,
        with_deleted=with_deleted,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    card_types: list[CardType] | Unset = UNSET,
    card_ids: list[str] | Unset = UNSET,
    card_id: list[str] | Unset = UNSET,
    card_uris: list[str] | Unset = UNSET,
    count: int | Unset = 100,
    cursor: str | Unset = UNSET,
    include_legacy_cards: bool | Unset = False,
    q: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    with_deleted: bool | Unset = False,
) -> Response[CardListResponse | ErrorEnvelope]:
    """List cards made from components

     Lists the account's cards that were made with POST cards (single-media cards, carousels
    and multi-destination carousels). Cards made by the other card endpoints are left out;
    `include_legacy_cards=true` adds the legacy website and app cards. Paged with `count`
    (1 to 200, default 100) and `cursor`.

    Args:
        account_id (str):
        card_types (list[CardType] | Unset):
        card_ids (list[str] | Unset):
        card_id (list[str] | Unset):
        card_uris (list[str] | Unset):
        count (int | Unset):  Default: 100.
        cursor (str | Unset):
        include_legacy_cards (bool | Unset):  Default: False.
        q (str | Unset):
        sort_by (str | Unset):
        with_deleted (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CardListResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        card_types=card_types,
        card_ids=card_ids,
        card_id=card_id,
        card_uris=card_uris,
        count=count,
        cursor=cursor,
        include_legacy_cards=include_legacy_cards,
        q=q,
        sort_by=sort_by,
        with_deleted=with_deleted,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    card_types: list[CardType] | Unset = UNSET,
    card_ids: list[str] | Unset = UNSET,
    card_id: list[str] | Unset = UNSET,
    card_uris: list[str] | Unset = UNSET,
    count: int | Unset = 100,
    cursor: str | Unset = UNSET,
    include_legacy_cards: bool | Unset = False,
    q: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    with_deleted: bool | Unset = False,
) -> CardListResponse | ErrorEnvelope | None:
    """List cards made from components

     Lists the account's cards that were made with POST cards (single-media cards, carousels
    and multi-destination carousels). Cards made by the other card endpoints are left out;
    `include_legacy_cards=true` adds the legacy website and app cards. Paged with `count`
    (1 to 200, default 100) and `cursor`.

    Args:
        account_id (str):
        card_types (list[CardType] | Unset):
        card_ids (list[str] | Unset):
        card_id (list[str] | Unset):
        card_uris (list[str] | Unset):
        count (int | Unset):  Default: 100.
        cursor (str | Unset):
        include_legacy_cards (bool | Unset):  Default: False.
        q (str | Unset):
        sort_by (str | Unset):
        with_deleted (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CardListResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            card_types=card_types,
            card_ids=card_ids,
            card_id=card_id,
            card_uris=card_uris,
            count=count,
            cursor=cursor,
            include_legacy_cards=include_legacy_cards,
            q=q,
            sort_by=sort_by,
            with_deleted=with_deleted,
        )
    ).parsed
