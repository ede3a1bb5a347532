from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.preroll_call_to_action_list_response import PrerollCallToActionListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_id: str,
    *,
    line_item_ids: list[str] | Unset = UNSET,
    count: int | Unset = 200,
    cursor: str | Unset = UNSET,
    preroll_call_to_action_ids: list[str] | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    with_deleted: bool | Unset = False,
    with_total_count: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_line_item_ids: list[str] | Unset = UNSET
    if not isinstance(line_item_ids, Unset):
        json_line_item_ids = line_item_ids

    params["line_item_ids"] = json_line_item_ids

    params["count"] = count

    params["cursor"] = cursor

    json_preroll_call_to_action_ids: list[str] | Unset = UNSET
    if not isinstance(preroll_call_to_action_ids, Unset):
        json_preroll_call_to_action_ids = preroll_call_to_action_ids

    params["preroll_call_to_action_ids"] = json_preroll_call_to_action_ids

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
        "url": "/accounts/{account_id}/preroll_call_to_actions".format(
            account_id=quote(str(account_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | PrerollCallToActionListResponse | None:
    if response.status_code == 200:
        response_200 = PrerollCallToActionListResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | PrerollCallToActionListResponse]:
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
    line_item_ids: list[str] | Unset = UNSET,
    count: int | Unset = 200,
    cursor: str | Unset = UNSET,
    preroll_call_to_action_ids: list[str] | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    with_deleted: bool | Unset = False,
    with_total_count: bool | Unset = False,
) -> Response[ErrorEnvelope | PrerollCallToActionListResponse]:
    """List pre-roll call-to-action buttons

     Lists the call-to-action (CTA) buttons set on the pre-roll videos of the account's PREROLL_VIEWS
    line items.

    Args:
        account_id (str):
        line_item_ids (list[str] | Unset):
        count (int | Unset):  Default: 200.
        cursor (str | Unset):
        preroll_call_to_action_ids (list[str] | Unset):
        sort_by (str | Unset):
        with_deleted (bool | Unset):  Default: False.
        with_total_count (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PrerollCallToActionListResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        line_item_ids=line_item_ids,
        count=count,
        cursor=cursor,
        preroll_call_to_action_ids=preroll_call_to_action_ids,
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
    line_item_ids: list[str] | Unset = UNSET,
    count: int | Unset = 200,
    cursor: str | Unset = UNSET,
    preroll_call_to_action_ids: list[str] | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    with_deleted: bool | Unset = False,
    with_total_count: bool | Unset = False,
) -> ErrorEnvelope | PrerollCallToActionListResponse | None:
    """List pre-roll call-to-action buttons

     Lists the call-to-action (CTA) buttons set on the pre-roll videos of the account's PREROLL_VIEWS
    line items.

    Args:
        account_id (str):
        line_item_ids (list[str] | Unset):
        count (int | Unset):  Default: 200.
        cursor (str | Unset):
        preroll_call_to_action_ids (list[str] | Unset):
        sort_by (str | Unset):
        with_deleted (bool | Unset):  Default: False.
        with_total_count (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PrerollCallToActionListResponse
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        line_item_ids=line_item_ids,
        count=count,
        cursor=cursor,
        preroll_call_to_action_ids=preroll_call_to_action_ids,
        sort_by=sort_by,
        with_deleted=with_deleted,
        with_total_count=with_total_count,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    line_item_ids: list[str] | Unset = UNSET,
    count: int | Unset = 200,
    cursor: str | Unset = UNSET,
    preroll_call_to_action_ids: list[str] | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    with_deleted: bool | Unset = False,
    with_total_count: bool | Unset = False,
) -> Response[ErrorEnvelope | PrerollCallToActionListResponse]:
    """List pre-roll call-to-action buttons

     Lists the call-to-action (CTA) buttons set on the pre-roll videos of the account's PREROLL_VIEWS
    line items.

    Args:
        account_id (str):
        line_item_ids (list[str] | Unset):
        count (int | Unset):  Default: 200.
        cursor (str | Unset):
        preroll_call_to_action_ids (list[str] | Unset):
        sort_by (str | Unset):
        with_deleted (bool | Unset):  Default: False.
        with_total_count (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PrerollCallToActionListResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        line_item_ids=line_item_ids,
        count=count,
        cursor=cursor,
        preroll_call_to_action_ids=preroll_call_to_action_ids,
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
    line_item_ids: list[str] | Unset = UNSET,
    count: int | Unset = 200,
    cursor: str | Unset = UNSET,
    preroll_call_to_action_ids: list[str] | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    with_deleted: bool | Unset = False,
    with_total_count: bool | Unset = False,
) -> ErrorEnvelope | PrerollCallToActionListResponse | None:
    """List pre-roll call-to-action buttons

     Lists the call-to-action (CTA) buttons set on the pre-roll videos of the account's PREROLL_VIEWS
    line items.

    Args:
        account_id (str):
        line_item_ids (list[str] | Unset):
        count (int | Unset):  Default: 200.
        cursor (str | Unset):
        preroll_call_to_action_ids (list[str] | Unset):
        sort_by (str | Unset):
        with_deleted (bool | Unset):  Default: False.
        with_total_count (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PrerollCallToActionListResponse
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            line_item_ids=line_item_ids,
            count=count,
            cursor=cursor,
            preroll_call_to_action_ids=preroll_call_to_action_ids,
            sort_by=sort_by,
            with_deleted=with_deleted,
            with_total_count=with_total_count,
        )
    ).parsed
