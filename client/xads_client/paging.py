"""Walk `next_cursor` across the pages of any list operation, sync or async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any


def _page(result: Any) -> tuple[list[Any], str | None]:
    data = getattr(result, "data", None)
    if data is None or not isinstance(data, list):
        raise TypeError(f"expected a list response, got {type(result).__name__}: {result!r}")
    cursor = getattr(result, "next_cursor", None)
    return data, cursor if isinstance(cursor, str) and cursor else None


def paginate(operation: Callable[..., Any], *args: Any, **kwargs: Any) -> Iterator[Any]:
    """Items of every page: `paginate(list_cards.sync, account_id, client=client, count=200)`."""
    cursor: str | None = None
    while True:
        items, cursor = _page(operation(*args, **kwargs, **({"cursor": cursor} if cursor else {})))
        yield from items
        if cursor is None:
            return


async def apaginate(operation: Callable[..., Awaitable[Any]], *args: Any, **kwargs: Any) -> AsyncIterator[Any]:
    """The async twin of `paginate`, for the generated `asyncio` functions."""
    cursor: str | None = None
    while True:
        items, cursor = _page(await operation(*args, **kwargs, **({"cursor": cursor} if cursor else {})))
        for item in items:
            yield item
        if cursor is None:
            return
