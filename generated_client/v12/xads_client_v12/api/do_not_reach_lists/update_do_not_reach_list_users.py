from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_error_envelope import BatchErrorEnvelope
from ...models.do_not_reach_list_users_operation import DoNotReachListUsersOperation
from ...models.do_not_reach_list_users_response import DoNotReachListUsersResponse
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    account_id: str,
    do_not_reach_list_id: str,
    *,
    body: list[DoNotReachListUsersOperation],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/batch/accounts/{account_id}/do_not_reach_lists/{do_not_reach_list_id}/users".format(
            account_id=quote(str(account_id), safe=""),
            do_not_reach_list_id=quote(str(do_not_reach_list_id), safe=""),
        ),
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BatchErrorEnvelope | DoNotReachListUsersResponse | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = DoNotReachListUsersResponse.from_dict(response.json())

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
) -> Response[BatchErrorEnvelope | DoNotReachListUsersResponse | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    do_not_reach_list_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[DoNotReachListUsersOperation],
) -> Response[BatchErrorEnvelope | DoNotReachListUsersResponse | ErrorEnvelope]:
    """Add, update or remove users of the do-not-reach list in one batch

     Takes a JSON array of at most 2,500 operations (`Update` adds or refreshes users,
    `Delete` removes them); the body may be at most 5,000,000 bytes and the endpoint allows
    1,500 requests a minute. Each user is given by hashed emails and/or phone numbers:
    normalised, then SHA-256 (64 hexadecimal characters, either case); nothing is sent in
    clear. Changes take effect at once (`effective_at` is refused); `expires_at` must lie in
    the future and less than 13 months ahead, and defaults to 13 months after the request.
    The list acts as exclusion targeting for every campaign of the account; it does not
    remove users from custom audiences. The batch succeeds or fails as a whole and answers
    in request order: request-level problems in `errors`, item-level ones in
    `operation_errors` by item index. Each `data` entry's `success_count` must equal its
    `total_count` and the number of users sent; otherwise treat the call as failed and retry.
    Although the reference's introduction names emails as the only identifier, phone
    numbers are accepted too from version 12 (see `x-decision`, and the `x-fidelity` of
    `phone_number`).

    Args:
        account_id (str):
        do_not_reach_list_id (str):
        body (list[DoNotReachListUsersOperation]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchErrorEnvelope | DoNotReachListUsersResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        do_not_reach_list_id=do_not_reach_list_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    do_not_reach_list_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[DoNotReachListUsersOperation],
) -> BatchErrorEnvelope | DoNotReachListUsersResponse | ErrorEnvelope | None:
    """Add, update or remove users of the do-not-reach list in one batch

     Takes a JSON array of at most 2,500 operations (`Update` adds or refreshes users,
    `Delete` removes them); the body may be at most 5,000,000 bytes and the endpoint allows
    1,500 requests a minute. Each user is given by hashed emails and/or phone numbers:
    normalised, then SHA-256 (64 hexadecimal characters, either case); nothing is sent in
    clear. Changes take effect at once (`effective_at` is refused); `expires_at` must lie in
    the future and less than 13 months ahead, and defaults to 13 months after the request.
    The list acts as exclusion targeting for every campaign of the account; it does not
    remove users from custom audiences. The batch succeeds or fails as a whole and answers
    in request order: request-level problems in `errors`, item-level ones in
    `operation_errors` by item index. Each `data` entry's `success_count` must equal its
    `total_count` and the number of users sent; otherwise treat the call as failed and retry.
    Although the reference's introduction names emails as the only identifier, phone
    numbers are accepted too from version 12 (see `x-decision`, and the `x-fidelity` of
    `phone_number`).

    Args:
        account_id (str):
        do_not_reach_list_id (str):
        body (list[DoNotReachListUsersOperation]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchErrorEnvelope | DoNotReachListUsersResponse | ErrorEnvelope
    """

    return sync_detailed(
        account_id=account_id,
        do_not_reach_list_id=do_not_reach_list_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    do_not_reach_list_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[DoNotReachListUsersOperation],
) -> Response[BatchErrorEnvelope | DoNotReachListUsersResponse | ErrorEnvelope]:
    """Add, update or remove users of the do-not-reach list in one batch

     Takes a JSON array of at most 2,500 operations (`Update` adds or refreshes users,
    `Delete` removes them); the body may be at most 5,000,000 bytes and the endpoint allows
    1,500 requests a minute. Each user is given by hashed emails and/or phone numbers:
    normalised, then SHA-256 (64 hexadecimal characters, either case); nothing is sent in
    clear. Changes take effect at once (`effective_at` is refused); `expires_at` must lie in
    the future and less than 13 months ahead, and defaults to 13 months after the request.
    The list acts as exclusion targeting for every campaign of the account; it does not
    remove users from custom audiences. The batch succeeds or fails as a whole and answers
    in request order: request-level problems in `errors`, item-level ones in
    `operation_errors` by item index. Each `data` entry's `success_count` must equal its
    `total_count` and the number of users sent; otherwise treat the call as failed and retry.
    Although the reference's introduction names emails as the only identifier, phone
    numbers are accepted too from version 12 (see `x-decision`, and the `x-fidelity` of
    `phone_number`).

    Args:
        account_id (str):
        do_not_reach_list_id (str):
        body (list[DoNotReachListUsersOperation]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchErrorEnvelope | DoNotReachListUsersResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        do_not_reach_list_id=do_not_reach_list_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    do_not_reach_list_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[DoNotReachListUsersOperation],
) -> BatchErrorEnvelope | DoNotReachListUsersResponse | ErrorEnvelope | None:
    """Add, update or remove users of the do-not-reach list in one batch

     Takes a JSON array of at most 2,500 operations (`Update` adds or refreshes users,
    `Delete` removes them); the body may be at most 5,000,000 bytes and the endpoint allows
    1,500 requests a minute. Each user is given by hashed emails and/or phone numbers:
    normalised, then SHA-256 (64 hexadecimal characters, either case); nothing is sent in
    clear. Changes take effect at once (`effective_at` is refused); `expires_at` must lie in
    the future and less than 13 months ahead, and defaults to 13 months after the request.
    The list acts as exclusion targeting for every campaign of the account; it does not
    remove users from custom audiences. The batch succeeds or fails as a whole and answers
    in request order: request-level problems in `errors`, item-level ones in
    `operation_errors` by item index. Each `data` entry's `success_count` must equal its
    `total_count` and the number of users sent; otherwise treat the call as failed and retry.
    Although the reference's introduction names emails as the only identifier, phone
    numbers are accepted too from version 12 (see `x-decision`, and the `x-fidelity` of
    `phone_number`).

    Args:
        account_id (str):
        do_not_reach_list_id (str):
        body (list[DoNotReachListUsersOperation]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchErrorEnvelope | DoNotReachListUsersResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            do_not_reach_list_id=do_not_reach_list_id,
            client=client,
            body=body,
        )
    ).parsed
