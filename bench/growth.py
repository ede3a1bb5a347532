"""What one list page costs as a collection grows, for every kind of list query, through the app.

Two collections of the same size in the demo account: preroll call-to-actions (line-item
filter, ids, sort_by, with_total_count, with_deleted, cursors) and poll cards (`q`). One in ten
items is deleted; the items spread over four line items; five cards are named so that `q`
finds them whatever the size. Each query is signed in advance and sent through the ASGI app
in process (no sockets), so what grows is the app's own work.
"""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass
from typing import Any

from bench.inprocess import ask
from bench.soak import ACCOUNT
from xads_emulator.app import EmulatorApp

CTAS = "preroll_call_to_actions"
POLLS = "cards/poll"
LINE_ITEMS = ("8v53k", "5gzog", "a1b2c", "d3e4f")
FOUND_BY_Q = 5  # cards named so that `q` matches them


@dataclass(frozen=True)
class Query:
    label: str
    path: str
    params: dict[str, str]
    follow: bool = False  # measure the page behind the first page's cursor


def queries() -> list[Query]:
    ctas, polls = f"/accounts/{ACCOUNT}/{CTAS}", f"/accounts/{ACCOUNT}/{POLLS}"
    return [
        Query("first page, default order", ctas, {"count": "20"}),
        Query("next page, default order", ctas, {"count": "20"}, follow=True),
        Query("filter by a parent id (line_item_ids)", ctas, {"count": "20", "line_item_ids": LINE_ITEMS[1]}),
        Query("filter by two parent ids", ctas, {"count": "20", "line_item_ids": ",".join(LINE_ITEMS[1:3])}),
        Query(
            "filter by two parent ids, next page",
            ctas,
            {"count": "20", "line_item_ids": ",".join(LINE_ITEMS[1:3])},
            True,
        ),
        Query("filter by ids", ctas, {"count": "20", "preroll_call_to_action_ids": "c7,c8,c9"}),
        Query("sort_by=created_at-desc", ctas, {"count": "20", "sort_by": "created_at-desc"}),
        Query("sort_by=created_at-desc, next page", ctas, {"count": "20", "sort_by": "created_at-desc"}, True),
        Query("sort_by=call_to_action_url-asc", ctas, {"count": "20", "sort_by": "call_to_action_url-asc"}),
        Query("with_total_count", ctas, {"count": "20", "with_total_count": "true"}),
        Query("with_deleted", ctas, {"count": "20", "with_deleted": "true"}),
        Query("with_deleted, next page", ctas, {"count": "20", "with_deleted": "true"}, follow=True),
        Query("q (name prefix)", polls, {"count": "20", "q": "target"}),
    ]


def populate(app: EmulatorApp, size: int) -> None:
    """`size` call-to-actions and `size` poll cards in the demo account, in one transaction."""
    with app.store.transaction():
        for i in range(size):
            stamp = f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}T{i % 24:02d}:{i % 60:02d}:{i // 60 % 60:02d}Z"
            deleted = i % 10 == 9
            cta: dict[str, Any] = {
                "id": f"c{i}",
                "line_item_id": LINE_ITEMS[i % len(LINE_ITEMS)],
                "call_to_action": "SHOP",
                "call_to_action_url": f"https://x.com/{i}",
                "created_at": stamp,
                "updated_at": stamp,
                "deleted": deleted,
            }
            app.store.put(CTAS, ACCOUNT, cta["id"], cta)
            name = f"target {i}" if i < FOUND_BY_Q else f"poll {i}"
            card: dict[str, Any] = {
                "id": f"p{i}",
                "name": name,
                "card_type": "POLL",
                "created_at": stamp,
                "deleted": deleted,
            }
            app.store.put(POLLS, ACCOUNT, card["id"], card)


def target(app: EmulatorApp, query: Query) -> dict[str, str]:
    """The query's parameters, with the first page's cursor when it follows one."""
    if not query.follow:
        return query.params
    [(_status, first, _seconds)] = ask(app, query.path, query.params)
    return {**query.params, "cursor": str(first["next_cursor"])}


def page_cost(app: EmulatorApp, query: Query, copies: int = 40, rounds: int = 3) -> float:
    """µs of one page of `query` through the app: the median of a round of `copies`, the best of
    `rounds` (the host is shared), after unmeasured runs (the first makes a sort's index on
    first use) and a pause for the storage's background checkpoint."""
    params = target(app, query)
    ask(app, query.path, params, 10)
    time.sleep(0.5)
    best = float("inf")
    for _ in range(rounds):
        answers = ask(app, query.path, params, copies)
        assert all(status == 200 for status, _a, _s in answers), answers[0]
        best = min(best, statistics.median(seconds for _st, _a, seconds in answers))
    return best * 1e6
