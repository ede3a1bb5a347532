import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.keyword_insights_response import KeywordInsightsResponse
from ...models.search_keyword_insights_granularity import SearchKeywordInsightsGranularity
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    granularity: SearchKeywordInsightsGranularity,
    keywords: list[str],
    start_time: datetime.date | datetime.datetime,
    end_time: datetime.date | datetime.datetime | Unset = UNSET,
    location: str | Unset = UNSET,
    negative_keywords: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_granularity = granularity.value
    params["granularity"] = json_granularity

    json_keywords = keywords

    params["keywords"] = json_keywords

    json_start_time: str
    if isinstance(start_time, datetime.datetime):
        json_start_time = (
            (start_time if start_time.tzinfo else start_time.replace(tzinfo=datetime.UTC))
            .astimezone(datetime.UTC)
            .isoformat()
            .replace("+00:00", "Z")
        )
    else:
        json_start_time = start_time.isoformat()

    params["start_time"] = json_start_time

    json_end_time: str | Unset
    if isinstance(end_time, Unset):
        json_end_time = UNSET
    elif isinstance(end_time, datetime.datetime):
        json_end_time = (
            (end_time if end_time.tzinfo else end_time.replace(tzinfo=datetime.UTC))
            .astimezone(datetime.UTC)
            .isoformat()
            .replace("+00:00", "Z")
        )
    else:
        json_end_time = end_time.isoformat()

    params["end_time"] = json_end_time

    params["location"] = location

    json_negative_keywords: list[str] | Unset = UNSET
    if not isinstance(negative_keywords, Unset):
        json_negative_keywords = negative_keywords

    params["negative_keywords"] = json_negative_keywords

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
        "url": "/insights/keywords/search",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | KeywordInsightsResponse | None:
    if response.status_code == 200:
        response_200 = KeywordInsightsResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | KeywordInsightsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    granularity: SearchKeywordInsightsGranularity,
    keywords: list[str],
    start_time: datetime.date | datetime.datetime,
    end_time: datetime.date | datetime.datetime | Unset = UNSET,
    location: str | Unset = UNSET,
    negative_keywords: list[str] | Unset = UNSET,
) -> Response[ErrorEnvelope | KeywordInsightsResponse]:
    """Tweet volume and related keywords for a set of keywords

     Returns the Tweet volume of the given keywords over a time range, one data point per
    `granularity` step, plus 30 related keywords. The volume counts the input keywords only.
    Results are scoped to one country. The range may span at most 7 days and all keywords,
    negative ones included, may number at most 10 (rules `keyword_insights.max_range` and
    `keyword_insights.max_keywords`). `start_time` and `end_time` take an ISO 8601
    date-time or a bare date (midnight UTC), because the reference's own example sends dates.

    Args:
        granularity (SearchKeywordInsightsGranularity):
        keywords (list[str]):
        start_time (datetime.date | datetime.datetime): ISO 8601 date-time, or a date meaning
            midnight UTC (the reference's examples send both).
        end_time (datetime.date | datetime.datetime | Unset): ISO 8601 date-time, or a date
            meaning midnight UTC (the reference's examples send both).
        location (str | Unset):
        negative_keywords (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | KeywordInsightsResponse]
    """

    kwargs = _get_kwargs(
        granularity=granularity,
        keywords=keywords,
        start_time=start_time,
        end_time=end_time,
        location=location,
        negative_keywords=negative_keywords,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    granularity: SearchKeywordInsightsGranularity,
    keywords: list[str],
    start_time: datetime.date | datetime.datetime,
    end_time: datetime.date | datetime.datetime | Unset = UNSET,
    location: str | Unset = UNSET,
    negative_keywords: list[str] | Unset = UNSET,
) -> ErrorEnvelope | KeywordInsightsResponse | None:
    """Tweet volume and related keywords for a set of keywords

     Returns the Tweet volume of the given keywords over a time range, one data point per
    `granularity` step, plus 30 related keywords. The volume counts the input keywords only.
    Results are scoped to one country. The range may span at most 7 days and all keywords,
    negative ones included, may number at most 10 (rules `keyword_insights.max_range` and
    `keyword_insights.max_keywords`). `start_time` and `end_time` take an ISO 8601
    date-time or a bare date (midnight UTC), because the reference's own example sends dates.

    Args:
        granularity (SearchKeywordInsightsGranularity):
        keywords (list[str]):
        start_time (datetime.date | datetime.datetime): ISO 8601 date-time, or a date meaning
            midnight UTC (the reference's examples send both).
        end_time (datetime.date | datetime.datetime | Unset): ISO 8601 date-time, or a date
            meaning midnight UTC (the reference's examples send both).
        location (str | Unset):
        negative_keywords (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | KeywordInsightsResponse
    """

    return sync_detailed(
        client=client,
        granularity=granularity,
        keywords=keywords,
        start_time=start_time,
        end_time=end_time,
        location=location,
        negative_keywords=negative_keywords,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    granularity: SearchKeywordInsightsGranularity,
    keywords: list[str],
    start_time: datetime.date | datetime.datetime,
    end_time: datetime.date | datetime.datetime | Unset = UNSET,
    location: str | Unset = UNSET,
    negative_keywords: list[str] | Unset = UNSET,
) -> Response[ErrorEnvelope | KeywordInsightsResponse]:
    """Tweet volume and related keywords for a set of keywords

     Returns the Tweet volume of the given keywords over a time range, one data point per
    `granularity` step, plus 30 related keywords. The volume counts the input keywords only.
    Results are scoped to one country. The range may span at most 7 days and all keywords,
    negative ones included, may number at most 10 (rules `keyword_insights.max_range` and
    `keyword_insights.max_keywords`). `start_time` and `end_time` take an ISO 8601
    date-time or a bare date (midnight UTC), because the reference's own example sends dates.

    Args:
        granularity (SearchKeywordInsightsGranularity):
        keywords (list[str]):
        start_time (datetime.date | datetime.datetime): ISO 8601 date-time, or a date meaning
            midnight UTC (the reference's examples send both).
        end_time (datetime.date | datetime.datetime | Unset): ISO 8601 date-time, or a date
            meaning midnight UTC (the reference's examples send both).
        location (str | Unset):
        negative_keywords (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | KeywordInsightsResponse]
    """

    kwargs = _get_kwargs(
        granularity=granularity,
        keywords=keywords,
        start_time=start_time,
        end_time=end_time,
        location=location,
        negative_keywords=negative_keywords,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    granularity: SearchKeywordInsightsGranularity,
    keywords: list[str],
    start_time: datetime.date | datetime.datetime,
    end_time: datetime.date | datetime.datetime | Unset = UNSET,
    location: str | Unset = UNSET,
    negative_keywords: list[str] | Unset = UNSET,
) -> ErrorEnvelope | KeywordInsightsResponse | None:
    """Tweet volume and related keywords for a set of keywords

     Returns the Tweet volume of the given keywords over a time range, one data point per
    `granularity` step, plus 30 related keywords. The volume counts the input keywords only.
    Results are scoped to one country. The range may span at most 7 days and all keywords,
    negative ones included, may number at most 10 (rules `keyword_insights.max_range` and
    `keyword_insights.max_keywords`). `start_time` and `end_time` take an ISO 8601
    date-time or a bare date (midnight UTC), because the reference's own example sends dates.

    Args:
        granularity (SearchKeywordInsightsGranularity):
        keywords (list[str]):
        start_time (datetime.date | datetime.datetime): ISO 8601 date-time, or a date meaning
            midnight UTC (the reference's examples send both).
        end_time (datetime.date | datetime.datetime | Unset): ISO 8601 date-time, or a date
            meaning midnight UTC (the reference's examples send both).
        location (str | Unset):
        negative_keywords (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | KeywordInsightsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            granularity=granularity,
            keywords=keywords,
            start_time=start_time,
            end_time=end_time,
            location=location,
            negative_keywords=negative_keywords,
        )
    ).parsed
