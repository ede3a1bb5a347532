from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.tailored_audience_permission_list_response import TailoredAudiencePermissionListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_id: str,
    tailored_audience_id: str,
    *,
    count: int | Unset = 200,
    cursor: str | Unset = UNSET,
    granted_account_ids: list[str] | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    tailored_audience_permission_ids: list[str] | Unset = UNSET,
    with_total_count: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["count"] = count

    params["cursor"] = cursor

    json_granted_account_ids: list[str] | Unset = UNSET
    if not isinstance(granted_account_ids, Unset):
        json_granted_account_ids = granted_account_ids

    params["granted_account_ids"] = json_granted_account_ids

    params["sort_by"] = sort_by

    json_tailored_audience_permission_ids: list[str] | Unset = UNSET
    if not isinstance(tailored_audience_permission_ids, Unset):
        json_tailored_audience_permission_ids = tailored_audience_permission_ids

    params["tailored_audience_permission_ids"] = json_tailored_audience_permission_ids

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
        "url": "/accounts/{account_id}/tailored_audiences/{tailored_audience_id}/permissions".format(
            account_id=quote(str(account_id), safe=""),
            tailored_audience_id=quote(str(tailored_audience_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | TailoredAudiencePermissionListResponse | None:
    if response.status_code == 200:
        response_200 = TailoredAudiencePermissionListResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | TailoredAudiencePermissionListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    tailored_audience_id: str,
    *,
    client: AuthenticatedClient | Client,
    count: int | Unset = 200,
    cursor: str | Unset = UNSET,
    granted_account_ids: list[str] | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    tailored_audience_permission_ids: list[str] | Unset = UNSET,
    with_total_count: bool | Unset = False,
) -> Response[ErrorEnvelope | TailoredAudiencePermissionListResponse]:
    """List the accounts a tailored audience is shared with

     Returns the sharing permissions of one tailored audience. Deprecated, being the older name of the
    custom audience permissions endpoints (the reference documents it only at version 5); it behaves the
    same.

    Args:
        account_id (str):
        tailored_audience_id (str):
        count (int | Unset):  Default: 200.
        cursor (str | Unset):
        granted_account_ids (list[str] | Unset):
        sort_by (str | Unset):
        tailored_audience_permission_ids (list[str] | Unset):
        with_total_count (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TailoredAudiencePermissionListResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        tailored_audience_id=tailored_audience_id,
        count=count,
        cursor=cursor,
        granted_account_ids=granted_account_ids,
        sort_by=sort_by,
        tailored_audience_permission_ids=tailored_audience_permission_ids,
        with_total_count=with_total_count,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    tailored_audience_id: str,
    *,
    client: AuthenticatedClient | Client,
    count: int | Unset = 200,
    cursor: str | Unset = UNSET,
    granted_account_ids: list[str] | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    tailored_audience_permission_ids: list[str] | Unset = UNSET,
    with_total_count: bool | Unset = False,
) -> ErrorEnvelope | TailoredAudiencePermissionListResponse | None:
    """List the accounts a tailored audience is shared with

     Returns the sharing permissions of one tailored audience. Deprecated, being the older name of the
    custom audience permissions endpoints (the reference documents it only at version 5); it behaves the
    same.

    Args:
        account_id (str):
        tailored_audience_id (str):
        count (int | Unset):  Default: 200.
        cursor (str | Unset):
        granted_account_ids (list[str] | Unset):
        sort_by (str | Unset):
        tailored_audience_permission_ids (list[str] | Unset):
        with_total_count (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TailoredAudiencePermissionListResponse
    """

    return sync_detailed(
        account_id=account_id,
        tailored_audience_id=tailored_audience_id,
        client=client,
        count=count,
        cursor=cursor,
        granted_account_ids=granted_account_ids,
        sort_by=sort_by,
        tailored_audience_permission_ids=tailored_audience_permission_ids,
        with_total_count=with_total_count,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    tailored_audience_id: str,
    *,
    client: AuthenticatedClient | Client,
    count: int | Unset = 200,
    cursor: str | Unset = UNSET,
    granted_account_ids: list[str] | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    tailored_audience_permission_ids: list[str] | Unset = UNSET,
    with_total_count: bool | Unset = False,
) -> Response[ErrorEnvelope | TailoredAudiencePermissionListResponse]:
    """List the accounts a tailored audience is shared with

     Returns the sharing permissions of one tailored audience. Deprecated, being the older name of the
    custom audience permissions endpoints (the reference documents it only at version 5); it behaves the
    same.

    Args:
        account_id (str):
        tailored_audience_id (str):
        count (int | Unset):  Default: 200.
        cursor (str | Unset):
        granted_account_ids (list[str] | Unset):
        sort_by (str | Unset):
        tailored_audience_permission_ids (list[str] | Unset):
        with_total_count (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TailoredAudiencePermissionListResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        tailored_audience_id=tailored_audience_id,
        count=count,
        cursor=cursor,
        granted_account_ids=granted_account_ids,
        sort_by=sort_by,
        tailored_audience_permission_ids=tailored_audience_permission_ids,
        with_total_count=with_total_count,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    tailored_audience_id: str,
    *,
    client: AuthenticatedClient | Client,
    count: int | Unset = 200,
    cursor: str | Unset = UNSET,
    granted_account_ids: list[str] | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    tailored_audience_permission_ids: list[str] | Unset = UNSET,
    with_total_count: bool | Unset = False,
) -> ErrorEnvelope | TailoredAudiencePermissionListResponse | None:
    """List the accounts a tailored audience is shared with

     Returns the sharing permissions of one tailored audience. Deprecated, being the older name of the
    custom audience permissions endpoints (the reference documents it only at version 5); it behaves the
    same.

    Args:
        account_id (str):
        tailored_audience_id (str):
        count (int | Unset):  Default: 200.
        cursor (str | Unset):
        granted_account_ids (list[str] | Unset):
        sort_by (str | Unset):
        tailored_audience_permission_ids (list[str] | Unset):
        with_total_count (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TailoredAudiencePermissionListResponse
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            tailored_audience_id=tailored_audience_id,
            client=client,
            count=count,
            cursor=cursor,
            granted_account_ids=granted_account_ids,
            sort_by=sort_by,
            tailored_audience_permission_ids=tailored_audience_permission_ids,
            with_total_count=with_total_count,
        )
    ).parsed
