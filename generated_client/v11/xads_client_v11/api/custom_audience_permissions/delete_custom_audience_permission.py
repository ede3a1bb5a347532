from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_audience_permission_response import CustomAudiencePermissionResponse
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    account_id: str,
    custom_audience_id: str,
    custom_audience_permission_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/accounts/{account_id}/custom_audiences/{custom_audience_id}/permissions/{custom_audience_permission_id}".format(
            account_id=quote(str(account_id), safe=""),
            custom_audience_id=quote(str(custom_audience_id), safe=""),
            custom_audience_permission_id=quote(str(custom_audience_permission_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomAudiencePermissionResponse | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = CustomAudiencePermissionResponse.from_dict(response.json())

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
) -> Response[CustomAudiencePermissionResponse | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    custom_audience_id: str,
    custom_audience_permission_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CustomAudiencePermissionResponse | ErrorEnvelope]:
    """Revoke a custom audience permission

     Revokes a share. The granted account can no longer target the audience in new
    campaigns; its running campaigns keep the audience and keep serving, but can no longer
    be copied. Hard delete: the permission disappears from the list (which has no
    `with_deleted`); the answer shows it once with `deleted: true`. Only the account that
    owns the audience may revoke; an account the audience is shared with cannot.

    Args:
        account_id (str):
        custom_audience_id (str):
        custom_audience_permission_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomAudiencePermissionResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        custom_audience_id=custom_audience_id,
        custom_audience_permission_id=custom_audience_permission_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    custom_audience_id: str,
    custom_audience_permission_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CustomAudiencePermissionResponse | ErrorEnvelope | None:
    """Revoke a custom audience permission

     Revokes a share. The granted account can no longer target the audience in new
    campaigns; its running campaigns keep the audience and keep serving, but can no longer
    be copied. Hard delete: the permission disappears from the list (which has no
    `with_deleted`); the answer shows it once with `deleted: true`. Only the account that
    owns the audience may revoke; an account the audience is shared with cannot.

    Args:
        account_id (str):
        custom_audience_id (str):
        custom_audience_permission_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomAudiencePermissionResponse | ErrorEnvelope
    """

    return sync_detailed(
        account_id=account_id,
        custom_audience_id=custom_audience_id,
        custom_audience_permission_id=custom_audience_permission_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    custom_audience_id: str,
    custom_audience_permission_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CustomAudiencePermissionResponse | ErrorEnvelope]:
    """Revoke a custom audience permission

     Revokes a share. The granted account can no longer target the audience in new
    campaigns; its running campaigns keep the audience and keep serving, but can no longer
    be copied. Hard delete: the permission disappears from the list (which has no
    `with_deleted`); the answer shows it once with `deleted: true`. Only the account that
    owns the audience may revoke; an account the audience is shared with cannot.

    Args:
        account_id (str):
        custom_audience_id (str):
        custom_audience_permission_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomAudiencePermissionResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        custom_audience_id=custom_audience_id,
        custom_audience_permission_id=custom_audience_permission_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    custom_audience_id: str,
    custom_audience_permission_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CustomAudiencePermissionResponse | ErrorEnvelope | None:
    """Revoke a custom audience permission

     Revokes a share. The granted account can no longer target the audience in new
    campaigns; its running campaigns keep the audience and keep serving, but can no longer
    be copied. Hard delete: the permission disappears from the list (which has no
    `with_deleted`); the answer shows it once with `deleted: true`. Only the account that
    owns the audience may revoke; an account the audience is shared with cannot.

    Args:
        account_id (str):
        custom_audience_id (str):
        custom_audience_permission_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomAudiencePermissionResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            custom_audience_id=custom_audience_id,
            custom_audience_permission_id=custom_audience_permission_id,
            client=client,
        )
    ).parsed
