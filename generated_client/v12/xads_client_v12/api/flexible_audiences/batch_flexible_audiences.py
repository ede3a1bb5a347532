from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_error_envelope import BatchErrorEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...models.flexible_audience_batch_response import FlexibleAudienceBatchResponse
from ...models.flexible_audience_operation import FlexibleAudienceOperation
from ...types import Response


def _get_kwargs(
    account_id: str,
    *,
    body: list[FlexibleAudienceOperation],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/batch/accounts/{account_id}/custom_audiences".format(
            account_id=quote(str(account_id), safe=""),
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
) -> BatchErrorEnvelope | ErrorEnvelope | FlexibleAudienceBatchResponse | None:
    if response.status_code == 200:
        response_200 = FlexibleAudienceBatchResponse.from_dict(response.json())

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
) -> Response[BatchErrorEnvelope | ErrorEnvelope | FlexibleAudienceBatchResponse]:
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
    body: list[FlexibleAudienceOperation],
) -> Response[BatchErrorEnvelope | ErrorEnvelope | FlexibleAudienceBatchResponse]:
    """Create flexible audiences in one batch

     Takes a JSON array of at most 10 items; each creates one flexible audience from a tree
    of the account's custom audiences combined with AND/OR, optionally negated, and
    qualified by a lookback window and a frequency. One tree may name at most 10 custom
    audiences as leaves. Flexible audiences are immutable, so only `Create` items are
    accepted. The batch succeeds or fails as a whole and answers in request order:
    request-level problems come back in `errors`, item-level ones in `operation_errors`.
    The reference calls the endpoint a closed beta in which only flexible audiences built
    on mobile custom audiences can be created.

    Decisions (see `x-decision`): `negate` defaults to false; leaf ids are accepted in any
    case; `data` is a list with one audience per item, so the reference's example answer is
    written with its single audience inside a list.

    Args:
        account_id (str):
        body (list[FlexibleAudienceOperation]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchErrorEnvelope | ErrorEnvelope | FlexibleAudienceBatchResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[FlexibleAudienceOperation],
) -> BatchErrorEnvelope | ErrorEnvelope | FlexibleAudienceBatchResponse | None:
    """Create flexible audiences in one batch

     Takes a JSON array of at most 10 items; each creates one flexible audience from a tree
    of the account's custom audiences combined with AND/OR, optionally negated, and
    qualified by a lookback window and a frequency. One tree may name at most 10 custom
    audiences as leaves. Flexible audiences are immutable, so only `Create` items are
    accepted. The batch succeeds or fails as a whole and answers in request order:
    request-level problems come back in `errors`, item-level ones in `operation_errors`.
    The reference calls the endpoint a closed beta in which only flexible audiences built
    on mobile custom audiences can be created.

    Decisions (see `x-decision`): `negate` defaults to false; leaf ids are accepted in any
    case; `data` is a list with one audience per item, so the reference's example answer is
    written with its single audience inside a list.

    Args:
        account_id (str):
        body (list[FlexibleAudienceOperation]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchErrorEnvelope | ErrorEnvelope | FlexibleAudienceBatchResponse
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[FlexibleAudienceOperation],
) -> Response[BatchErrorEnvelope | ErrorEnvelope | FlexibleAudienceBatchResponse]:
    """Create flexible audiences in one batch

     Takes a JSON array of at most 10 items; each creates one flexible audience from a tree
    of the account's custom audiences combined with AND/OR, optionally negated, and
    qualified by a lookback window and a frequency. One tree may name at most 10 custom
    audiences as leaves. Flexible audiences are immutable, so only `Create` items are
    accepted. The batch succeeds or fails as a whole and answers in request order:
    request-level problems come back in `errors`, item-level ones in `operation_errors`.
    The reference calls the endpoint a closed beta in which only flexible audiences built
    on mobile custom audiences can be created.

    Decisions (see `x-decision`): `negate` defaults to false; leaf ids are accepted in any
    case; `data` is a list with one audience per item, so the reference's example answer is
    written with its single audience inside a list.

    Args:
        account_id (str):
        body (list[FlexibleAudienceOperation]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchErrorEnvelope | ErrorEnvelope | FlexibleAudienceBatchResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[FlexibleAudienceOperation],
) -> BatchErrorEnvelope | ErrorEnvelope | FlexibleAudienceBatchResponse | None:
    """Create flexible audiences in one batch

     Takes a JSON array of at most 10 items; each creates one flexible audience from a tree
    of the account's custom audiences combined with AND/OR, optionally negated, and
    qualified by a lookback window and a frequency. One tree may name at most 10 custom
    audiences as leaves. Flexible audiences are immutable, so only `Create` items are
    accepted. The batch succeeds or fails as a whole and answers in request order:
    request-level problems come back in `errors`, item-level ones in `operation_errors`.
    The reference calls the endpoint a closed beta in which only flexible audiences built
    on mobile custom audiences can be created.

    Decisions (see `x-decision`): `negate` defaults to false; leaf ids are accepted in any
    case; `data` is a list with one audience per item, so the reference's example answer is
    written with its single audience inside a list.

    Args:
        account_id (str):
        body (list[FlexibleAudienceOperation]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchErrorEnvelope | ErrorEnvelope | FlexibleAudienceBatchResponse
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            body=body,
        )
    ).parsed
