from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_tailored_audience_permission_permission_level import (
    CreateTailoredAudiencePermissionPermissionLevel,
)
from ...models.error_envelope import ErrorEnvelope
from ...models.tailored_audience_permission_response import TailoredAudiencePermissionResponse
from ...types import UNSET, Response


def _get_kwargs(
    account_id: str,
    tailored_audience_id: str,
    *,
    granted_account_id: str,
    permission_level: CreateTailoredAudiencePermissionPermissionLevel,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["granted_account_id"] = granted_account_id

    json_permission_level = permission_level.value
    params["permission_level"] = json_permission_level

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
        "url": "/accounts/{account_id}/tailored_audiences/{tailored_audience_id}/permissions".format(
            account_id=quote(str(account_id), safe=""),
            tailored_audience_id=quote(str(tailored_audience_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | TailoredAudiencePermissionResponse | None:
    if response.status_code == 200:
        response_200 = TailoredAudiencePermissionResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | TailoredAudiencePermissionResponse]:
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
    granted_account_id: str,
    permission_level: CreateTailoredAudiencePermissionPermissionLevel,
) -> Response[ErrorEnvelope | TailoredAudiencePermissionResponse]:
    """Share a tailored audience with another account

     Grants another ads account READ_ONLY or READ_WRITE access to the audience. Only the
    account that owns the audience may change its permissions (`is_owner` on the audience;
    an account it is shared with, even READ_WRITE, cannot), and sharing is limited to accounts of the
    same business unless the owner has the
    SHARE_AUDIENCE_OUTSIDE_BUSINESS feature.
    Deprecated, being the older name of the custom audience permissions endpoints (the
    reference documents it only at version 5); it behaves the same.

    Args:
        account_id (str):
        tailored_audience_id (str):
        granted_account_id (str):
        permission_level (CreateTailoredAudiencePermissionPermissionLevel):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TailoredAudiencePermissionResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        tailored_audience_id=tailored_audience_id,
        granted_account_id=granted_account_id,
        permission_level=permission_level,
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
    granted_account_id: str,
    permission_level: CreateTailoredAudiencePermissionPermissionLevel,
) -> ErrorEnvelope | TailoredAudiencePermissionResponse | None:
    """Share a tailored audience with another account

     Grants another ads account READ_ONLY or READ_WRITE access to the audience. Only the
    account that owns the audience may change its permissions (`is_owner` on the audience;
    an account it is shared with, even READ_WRITE, cannot), and sharing is limited to accounts of the
    same business unless the owner has the
    SHARE_AUDIENCE_OUTSIDE_BUSINESS feature.
    Deprecated, being the older name of the custom audience permissions endpoints (the
    reference documents it only at version 5); it behaves the same.

    Args:
        account_id (str):
        tailored_audience_id (str):
        granted_account_id (str):
        permission_level (CreateTailoredAudiencePermissionPermissionLevel):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TailoredAudiencePermissionResponse
    """

    return sync_detailed(
        account_id=account_id,
        tailored_audience_id=tailored_audience_id,
        client=client,
        granted_account_id=granted_account_id,
        permission_level=permission_level,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    tailored_audience_id: str,
    *,
    client: AuthenticatedClient | Client,
    granted_account_id: str,
    permission_level: CreateTailoredAudiencePermissionPermissionLevel,
) -> Response[ErrorEnvelope | TailoredAudiencePermissionResponse]:
    """Share a tailored audience with another account

     Grants another ads account READ_ONLY or READ_WRITE access to the audience. Only the
    account that owns the audience may change its permissions (`is_owner` on the audience;
    an account it is shared with, even READ_WRITE, cannot), and sharing is limited to accounts of the
    same business unless the owner has the
    SHARE_AUDIENCE_OUTSIDE_BUSINESS feature.
    Deprecated, being the older name of the custom audience permissions endpoints (the
    reference documents it only at version 5); it behaves the same.

    Args:
        account_id (str):
        tailored_audience_id (str):
        granted_account_id (str):
        permission_level (CreateTailoredAudiencePermissionPermissionLevel):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TailoredAudiencePermissionResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        tailored_audience_id=tailored_audience_id,
        granted_account_id=granted_account_id,
        permission_level=permission_level,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    tailored_audience_id: str,
    *,
    client: AuthenticatedClient | Client,
    granted_account_id: str,
    permission_level: CreateTailoredAudiencePermissionPermissionLevel,
) -> ErrorEnvelope | TailoredAudiencePermissionResponse | None:
    """Share a tailored audience with another account

     Grants another ads account READ_ONLY or READ_WRITE access to the audience. Only the
    account that owns the audience may change its permissions (`is_owner` on the audience;
    an account it is shared with, even READ_WRITE, cannot), and sharing is limited to accounts of the
    same business unless the owner has the
    SHARE_AUDIENCE_OUTSIDE_BUSINESS feature.
    Deprecated, being the older name of the custom audience permissions endpoints (the
    reference documents it only at version 5); it behaves the same.

    Args:
        account_id (str):
        tailored_audience_id (str):
        granted_account_id (str):
        permission_level (CreateTailoredAudiencePermissionPermissionLevel):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TailoredAudiencePermissionResponse
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            tailored_audience_id=tailored_audience_id,
            client=client,
            granted_account_id=granted_account_id,
            permission_level=permission_level,
        )
    ).parsed
