from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.preroll_call_to_action_response import PrerollCallToActionResponse
from ...models.preroll_call_to_action_text import PrerollCallToActionText
from ...types import UNSET, Response


def _get_kwargs(
    account_id: str,
    *,
    call_to_action: PrerollCallToActionText,
    call_to_action_url: str,
    line_item_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_call_to_action = call_to_action.value
    params["call_to_action"] = json_call_to_action

    params["call_to_action_url"] = call_to_action_url

    params["line_item_id"] = line_item_id

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
        "url": "/accounts/{account_id}/preroll_call_to_actions".format(
            account_id=quote(str(account_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | PrerollCallToActionResponse | None:
    if response.status_code == 200:
        response_200 = PrerollCallToActionResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | PrerollCallToActionResponse]:
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
    call_to_action: PrerollCallToActionText,
    call_to_action_url: str,
    line_item_id: str,
) -> Response[ErrorEnvelope | PrerollCallToActionResponse]:
    """Set the call-to-action button of a pre-roll line item

     Sets the optional call-to-action button shown with the pre-roll video of a PREROLL_VIEWS line item.

    Args:
        account_id (str):
        call_to_action (PrerollCallToActionText): Text of a pre-roll call-to-action button.
        call_to_action_url (str):
        line_item_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PrerollCallToActionResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        call_to_action=call_to_action,
        call_to_action_url=call_to_action_url,
        line_item_id=line_item_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    call_to_action: PrerollCallToActionText,
    call_to_action_url: str,
    line_item_id: str,
) -> ErrorEnvelope | PrerollCallToActionResponse | None:
    """Set the call-to-action button of a pre-roll line item

     Sets the optional call-to-action button shown with the pre-roll video of a PREROLL_VIEWS line item.

    Args:
        account_id (str):
        call_to_action (PrerollCallToActionText): Text of a pre-roll call-to-action button.
        call_to_action_url (str):
        line_item_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PrerollCallToActionResponse
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        call_to_action=call_to_action,
        call_to_action_url=call_to_action_url,
        line_item_id=line_item_id,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    call_to_action: PrerollCallToActionText,
    call_to_action_url: str,
    line_item_id: str,
) -> Response[ErrorEnvelope | PrerollCallToActionResponse]:
    """Set the call-to-action button of a pre-roll line item

     Sets the optional call-to-action button shown with the pre-roll video of a PREROLL_VIEWS line item.

    Args:
        account_id (str):
        call_to_action (PrerollCallToActionText): Text of a pre-roll call-to-action button.
        call_to_action_url (str):
        line_item_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PrerollCallToActionResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        call_to_action=call_to_action,
        call_to_action_url=call_to_action_url,
        line_item_id=line_item_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    call_to_action: PrerollCallToActionText,
    call_to_action_url: str,
    line_item_id: str,
) -> ErrorEnvelope | PrerollCallToActionResponse | None:
    """Set the call-to-action button of a pre-roll line item

     Sets the optional call-to-action button shown with the pre-roll video of a PREROLL_VIEWS line item.

    Args:
        account_id (str):
        call_to_action (PrerollCallToActionText): Text of a pre-roll call-to-action button.
        call_to_action_url (str):
        line_item_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PrerollCallToActionResponse
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            call_to_action=call_to_action,
            call_to_action_url=call_to_action_url,
            line_item_id=line_item_id,
        )
    ).parsed
