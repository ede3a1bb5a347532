from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_error_envelope import BatchErrorEnvelope
from ...models.custom_audience_users_operation import CustomAudienceUsersOperation
from ...models.custom_audience_users_response import CustomAudienceUsersResponse
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    account_id: str,
    custom_audience_id: str,
    *,
    body: list[CustomAudienceUsersOperation],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accounts/{account_id}/custom_audiences/{custom_audience_id}/users".format(
            account_id=quote(str(account_id), safe=""),
            custom_audience_id=quote(str(custom_audience_id), safe=""),
        ),
    }

    _kwargs["json"] = []
    for componentsschemas_custom_audience_users_batch_item_data in body:
        componentsschemas_custom_audience_users_batch_item = (
            componentsschemas_custom_audience_users_batch_item_data.to_dict()
        )
        _kwargs["json"].append(componentsschemas_custom_audience_users_batch_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BatchErrorEnvelope | CustomAudienceUsersResponse | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = CustomAudienceUsersResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BatchErrorEnvelope.from_dict(response.json())

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
) -> Response[BatchErrorEnvelope | CustomAudienceUsersResponse | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    custom_audience_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[CustomAudienceUsersOperation],
) -> Response[BatchErrorEnvelope | CustomAudienceUsersResponse | ErrorEnvelope]:
    """Add, update or remove users of a custom audience in one batch

     Takes a JSON array of up to 2,500 operations; `Update` adds or refreshes the users
    of one operation, `Delete` removes them. A user may be named by several identifier
    types at once; every identifier except `partner_user_id` must be normalised and then
    SHA-256 hashed (64 hex characters). `effective_at` defaults to now and `expires_at`
    to 13 months after the request, and must be later than `effective_at`.

    The body may be at most 5,000,000 bytes and the endpoint allows 1,500 requests per
    minute. The batch succeeds or fails as a whole and answers in request order:
    request-level problems (such as too many operations) come back in `errors`,
    item-level ones (such as a missing field) in `operation_errors`, each with the
    `index` of the operation in the request. On success `success_count` and
    `total_count` are equal and count the records processed; a difference from the
    number of records sent is an error and the batch should be retried. The audience
    must be owned by the account or shared with it READ_WRITE.

    Args:
        account_id (str):
        custom_audience_id (str):
        body (list[CustomAudienceUsersOperation]): A batch of at most 2,500 operations, counted as
            operation objects.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchErrorEnvelope | CustomAudienceUsersResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        custom_audience_id=custom_audience_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    custom_audience_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[CustomAudienceUsersOperation],
) -> BatchErrorEnvelope | CustomAudienceUsersResponse | ErrorEnvelope | None:
    """Add, update or remove users of a custom audience in one batch

     Takes a JSON array of up to 2,500 operations; `Update` adds or refreshes the users
    of one operation, `Delete` removes them. A user may be named by several identifier
    types at once; every identifier except `partner_user_id` must be normalised and then
    SHA-256 hashed (64 hex characters). `effective_at` defaults to now and `expires_at`
    to 13 months after the request, and must be later than `effective_at`.

    The body may be at most 5,000,000 bytes and the endpoint allows 1,500 requests per
    minute. The batch succeeds or fails as a whole and answers in request order:
    request-level problems (such as too many operations) come back in `errors`,
    item-level ones (such as a missing field) in `operation_errors`, each with the
    `index` of the operation in the request. On success `success_count` and
    `total_count` are equal and count the records processed; a difference from the
    number of records sent is an error and the batch should be retried. The audience
    must be owned by the account or shared with it READ_WRITE.

    Args:
        account_id (str):
        custom_audience_id (str):
        body (list[CustomAudienceUsersOperation]): A batch of at most 2,500 operations, counted as
            operation objects.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchErrorEnvelope | CustomAudienceUsersResponse | ErrorEnvelope
    """

    return sync_detailed(
        account_id=account_id,
        custom_audience_id=custom_audience_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    custom_audience_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[CustomAudienceUsersOperation],
) -> Response[BatchErrorEnvelope | CustomAudienceUsersResponse | ErrorEnvelope]:
    """Add, update or remove users of a custom audience in one batch

     Takes a JSON array of up to 2,500 operations; `Update` adds or refreshes the users
    of one operation, `Delete` removes them. A user may be named by several identifier
    types at once; every identifier except `partner_user_id` must be normalised and then
    SHA-256 hashed (64 hex characters). `effective_at` defaults to now and `expires_at`
    to 13 months after the request, and must be later than `effective_at`.

    The body may be at most 5,000,000 bytes and the endpoint allows 1,500 requests per
    minute. The batch succeeds or fails as a whole and answers in request order:
    request-level problems (such as too many operations) come back in `errors`,
    item-level ones (such as a missing field) in `operation_errors`, each with the
    `index` of the operation in the request. On success `success_count` and
    `total_count` are equal and count the records processed; a difference from the
    number of records sent is an error and the batch should be retried. The audience
    must be owned by the account or shared with it READ_WRITE.

    Args:
        account_id (str):
        custom_audience_id (str):
        body (list[CustomAudienceUsersOperation]): A batch of at most 2,500 operations, counted as
            operation objects.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchErrorEnvelope | CustomAudienceUsersResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        custom_audience_id=custom_audience_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    custom_audience_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[CustomAudienceUsersOperation],
) -> BatchErrorEnvelope | CustomAudienceUsersResponse | ErrorEnvelope | None:
    """Add, update or remove users of a custom audience in one batch

     Takes a JSON array of up to 2,500 operations; `Update` adds or refreshes the users
    of one operation, `Delete` removes them. A user may be named by several identifier
    types at once; every identifier except `partner_user_id` must be normalised and then
    SHA-256 hashed (64 hex characters). `effective_at` defaults to now and `expires_at`
    to 13 months after the request, and must be later than `effective_at`.

    The body may be at most 5,000,000 bytes and the endpoint allows 1,500 requests per
    minute. The batch succeeds or fails as a whole and answers in request order:
    request-level problems (such as too many operations) come back in `errors`,
    item-level ones (such as a missing field) in `operation_errors`, each with the
    `index` of the operation in the request. On success `success_count` and
    `total_count` are equal and count the records processed; a difference from the
    number of records sent is an error and the batch should be retried. The audience
    must be owned by the account or shared with it READ_WRITE.

    Args:
        account_id (str):
        custom_audience_id (str):
        body (list[CustomAudienceUsersOperation]): A batch of at most 2,500 operations, counted as
            operation objects.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchErrorEnvelope | CustomAudienceUsersResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            custom_audience_id=custom_audience_id,
            client=client,
            body=body,
        )
    ).parsed
