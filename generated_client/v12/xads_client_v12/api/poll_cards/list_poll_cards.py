from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.poll_card_list_response import PollCardListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_id: str,
    *,
    card_ids: list[str] | Unset = UNSET,
    count: int | Unset = 200,
    cursor: str | Unset = UNSET,
    q: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    with_deleted: bool | Unset = False,
    with_total_count: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_card_ids: list[str] | Unset = UNSET
    if not isinstance(card_ids, Unset):
        json_card_ids = card_ids

    params["card_ids"] = json_card_ids

    params["count"] = count

    params["cursor"] = cursor

    params["q"] = q

    params["sort_by"] = sort_by

    params["with_deleted"] = with_deleted

    params["with_total_count"] = with_total_count

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
        "url": "/accounts/{account_id}/cards/poll".format(
            account_id=quote(str(account_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | PollCardListResponse | None:
    if response.status_code == 200:
        response_200 = PollCardListResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | PollCardListResponse]:
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
    card_ids: list[str] | Unset = UNSET,
    count: int | Unset = 200,
    cursor: str | Unset = UNSET,
    q: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    with_deleted: bool | Unset = False,
    with_total_count: bool | Unset = False,
) -> Response[ErrorEnvelope | PollCardListResponse]:
    """List poll cards

     Lists the account's poll cards (text, image and video polls), optionally only the given ids or names
    starting with `q`.

    Args:
        account_id (str):
        card_ids (list[str] | Unset):
        count (int | Unset):  Default: 200.
        cursor (str | Unset):
        q (str | Unset):
        sort_by (str | Unset):
        with_deleted (bool | Unset):  Default: False.
        with_total_count (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PollCardListResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        card_ids=card_ids,
        count=count,
        cursor=cursor,
        q=q,
        sort_by=sort_by,
        with_deleted=with_deleted,
        with_total_count=with_total_count,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    card_ids: list[str] | Unset = UNSET,
    count: int | Unset = 200,
    cursor: str | Unset = UNSET,
    q: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    with_deleted: bool | Unset = False,
    with_total_count: bool | Unset = False,
) -> ErrorEnvelope | PollCardListResponse | None:
    """List poll cards

     Lists the account's poll cards (text, image and video polls), optionally only the given ids or names
    starting with `q`.

    Args:
        account_id (str):
        card_ids (list[str] | Unset):
        count (int | Unset):  Default: 200.
        cursor (str | Unset):
        q (str | Unset):
        sort_by (str | Unset):
        with_deleted (bool | Unset):  Default: False.
        with_total_count (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PollCardListResponse
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        card_ids=card_ids,
        count=count,
        cursor=cursor,
        q=q,
        sort_by=sort_by,
        with_deleted=with_deleted,
        with_total_count=with_total_count,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    card_ids: list[str] | Unset = UNSET,
    count: int | Unset = 200,
    cursor: str | Unset = UNSET,
    q: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    with_deleted: bool | Unset = False,
    with_total_count: bool | Unset = False,
) -> Response[ErrorEnvelope | PollCardListResponse]:
    """List poll cards

     Lists the account's poll cards (text, image and video polls), optionally only the given ids or names
    starting with `q`.

    Args:
        account_id (str):
        card_ids (list[str] | Unset):
        count (int | Unset):  Default: 200.
        cursor (str | Unset):
        q (str | Unset):
        sort_by (str | Unset):
        with_deleted (bool | Unset):  Default: False.
        with_total_count (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PollCardListResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        card_ids=card_ids,
        count=count,
        cursor=cursor,
        q=q,
        sort_by=sort_by,
        with_deleted=with_deleted,
        with_total_count=with_total_count,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    card_ids: list[str] | Unset = UNSET,
    count: int | Unset = 200,
    cursor: str | Unset = UNSET,
    q: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    with_deleted: bool | Unset = False,
    with_total_count: bool | Unset = False,
) -> ErrorEnvelope | PollCardListResponse | None:
    """List poll cards

     Lists the account's poll cards (text, image and video polls), optionally only the given ids or names
    starting with `q`.

    Args:
        account_id (str):
        card_ids (list[str] | Unset):
        count (int | Unset):  Default: 200.
        cursor (str | Unset):
        q (str | Unset):
        sort_by (str | Unset):
        with_deleted (bool | Unset):  Default: False.
        with_total_count (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PollCardListResponse
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            card_ids=card_ids,
            count=count,
            cursor=cursor,
            q=q,
            sort_by=sort_by,
            with_deleted=with_deleted,
            with_total_count=with_total_count,
        )
    ).parsed
