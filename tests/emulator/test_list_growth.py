"""Every kind of list query reads an index whose order is the page's order (so a page costs the
same in a collection of any size: `make bench` measures it), and still answers exactly: the
right items, counts and cursors. Plans are checked with EXPLAIN QUERY PLAN on the statements
the app really runs; no timings here."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bench import growth
from bench.inprocess import ask
from bench.soak import ACCOUNT
from xads_emulator.app import EmulatorApp
from xads_emulator.storage import Store

SIZE = 400
LIVE = SIZE - SIZE // 10  # one in ten is deleted


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmulatorApp]:
    made = EmulatorApp(tmp_path_factory.mktemp("growth") / "growth.sqlite3")
    growth.populate(made, SIZE)
    yield made


def _plans(app: EmulatorApp, query: growth.Query) -> tuple[dict[str, object], list[str]]:
    """The answer to `query` and the query plan of each statement that read resources for it."""
    params = growth.target(app, query)
    statements: list[str] = []
    app.store._db.set_trace_callback(statements.append)
    try:
        [(status, answer, _seconds)] = ask(app, query.path, params)
    finally:
        app.store._db.set_trace_callback(None)
    assert status == 200, answer
    reads = [s for s in statements if s.startswith("SELECT") and "FROM resources" in s and "scheduled" not in s]
    assert reads, statements
    plans = []
    for statement in reads:
        plans += [row[3] for row in app.store._db.execute("EXPLAIN QUERY PLAN " + statement).fetchall()]
    return answer, plans


# The index each query kind must search (made from the spec's parameters; sorts on first use).
INDEXES = {
    "first page, default order": "resources_page",
    "next page, default order": "resources_page",
    "filter by a parent id (line_item_ids)": "list_equals_preroll_call_to_actions_line_item_id",
    "filter by two parent ids": "list_equals_preroll_call_to_actions_line_item_id",
    "filter by two parent ids, next page": "list_equals_preroll_call_to_actions_line_item_id",
    "filter by ids": "sqlite_autoindex_resources_1",
    "sort_by=created_at-desc": "list_sort_preroll_call_to_actions_created_at",
    "sort_by=created_at-desc, next page": "list_sort_preroll_call_to_actions_created_at",
    "sort_by=call_to_action_url-asc": "list_sort_preroll_call_to_actions_call_to_action_url",
    "with_total_count": "resources_page",
    "with_deleted": "resources_all",
    "with_deleted, next page": "resources_all",
    "q (name prefix)": "list_prefix_cards__poll_name",
}


@pytest.mark.parametrize("query", growth.queries(), ids=lambda q: q.label)
def test_every_list_query_searches_its_index(app: EmulatorApp, query: growth.Query) -> None:
    _answer, plans = _plans(app, query)
    reads = [plan for plan in plans if "resources" in plan]
    assert reads and all(plan.startswith(f"SEARCH resources USING INDEX {INDEXES[query.label]} (") for plan in reads)
    assert all("=?" in plan or ">?" in plan or "<?" in plan for plan in reads), plans  # a range, not the index
    # Sorting is left only where few rows are sorted: the ids asked for, the names `q` finds, and
    # each value's first page when a filter has several values (merged by UNION ALL).
    if not query.label.startswith(("filter by ids", "q (", "filter by two")):
        assert reads == plans, plans


def test_the_cursor_bounds_the_search(app: EmulatorApp) -> None:
    """Behind a cursor, the search starts at the cursor (not at the top, skipping rows)."""
    for label in ("next page, default order", "sort_by=created_at-desc, next page", "with_deleted, next page"):
        query = next(q for q in growth.queries() if q.label == label)
        _answer, plans = _plans(app, query)
        [plan] = plans
        assert "seq>?" in plan or "rowid>?" in plan or "<expr><?" in plan, plan


def test_a_total_count_reads_the_counts_not_the_rows(app: EmulatorApp) -> None:
    query = next(q for q in growth.queries() if q.label == "with_total_count")
    _answer, plans = _plans(app, query)
    assert len(plans) == 1  # the page only: no count(*) over resources


def _ids(answer: dict[str, object]) -> list[str]:
    data = answer["data"]
    assert isinstance(data, list)
    return [str(item["id"]) for item in data]


def test_answers_are_exact(app: EmulatorApp) -> None:
    by_label = {q.label: q for q in growth.queries()}
    live = [f"c{i}" for i in range(SIZE) if i % 10 != 9]

    answer, _ = _plans(app, by_label["first page, default order"])
    assert _ids(answer) == live[:20]
    answer, _ = _plans(app, by_label["next page, default order"])
    assert _ids(answer) == live[20:40]
    answer, _ = _plans(app, by_label["with_total_count"])
    assert answer["total_count"] == LIVE and _ids(answer) == live[:20]
    answer, _ = _plans(app, by_label["with_deleted, next page"])
    assert _ids(answer) == [f"c{i}" for i in range(20, 40)]
    answer, _ = _plans(app, by_label["filter by a parent id (line_item_ids)"])
    assert _ids(answer) == [c for c in live if int(c[1:]) % 4 == 1][:20]
    two = [c for c in live if int(c[1:]) % 4 in (1, 2)]
    answer, _ = _plans(app, by_label["filter by two parent ids"])
    assert _ids(answer) == two[:20]
    answer, _ = _plans(app, by_label["filter by two parent ids, next page"])
    assert _ids(answer) == two[20:40]
    answer, _ = _plans(app, by_label["filter by ids"])
    assert _ids(answer) == ["c7", "c8"]  # c9 is deleted
    answer, _ = _plans(app, by_label["q (name prefix)"])
    assert _ids(answer) == [f"p{i}" for i in range(growth.FOUND_BY_Q)]


def _every_page(app: EmulatorApp, params: dict[str, str]) -> list[str]:
    """The ids of every page of the list, following each page's cursor to the end."""
    seen: list[str] = []
    while True:
        [(status, answer, _s)] = ask(app, f"/accounts/{ACCOUNT}/{growth.CTAS}", params)
        assert status == 200
        seen += _ids(answer)
        if answer["next_cursor"] is None:
            break
        params = {**params, "cursor": str(answer["next_cursor"])}
    return seen


def test_sorted_pages_follow_each_other(app: EmulatorApp) -> None:
    """Page after page by a sort key, the keyset cursor neither repeats nor skips an item."""
    stored = {str(item["id"]): item for item in app.store.all(growth.CTAS) if not item["deleted"]}
    expected = sorted(stored, key=lambda i: (stored[i]["created_at"], app_seq(app, i)), reverse=True)
    assert _every_page(app, {"count": "50", "sort_by": "created_at-desc"}) == expected


def test_pages_of_a_filter_by_several_values_follow_each_other(app: EmulatorApp) -> None:
    wanted = [f"c{i}" for i in range(SIZE) if i % 10 != 9 and i % 4 in (0, 2, 3)]
    line_items = ",".join([growth.LINE_ITEMS[3], growth.LINE_ITEMS[0], *growth.LINE_ITEMS[2:]])
    assert _every_page(app, {"count": "37", "line_item_ids": line_items}) == wanted


def app_seq(app: EmulatorApp, resource_id: str) -> int:
    row = app.store._db.execute(
        "SELECT seq FROM resources WHERE kind = ? AND id = ?", (growth.CTAS, resource_id)
    ).fetchone()
    return int(row[0])


def _scanned_count(store: Store, kind: str, account_id: str, with_deleted: bool) -> int:
    where = "" if with_deleted else " AND deleted = 0"
    return int(
        store._db.execute(
            f"SELECT count(*) FROM resources WHERE kind = ? AND account_id = ?{where}", (kind, account_id)
        ).fetchone()[0]
    )


def test_counts_follow_inserts_deletes_and_moves(tmp_path: Path) -> None:
    store = Store(tmp_path / "counts.sqlite3")
    with store.transaction():
        for i in range(30):
            store.put("things", "a1", f"t{i}", {"id": f"t{i}", "deleted": False})
        store.put("things", "a1", "t3", {"id": "t3", "deleted": True})  # soft delete
        store.put("things", "a1", "t3", {"id": "t3", "deleted": True})  # unchanged
        store.remove("things", "a1", "t4")
        store.put("things", "a2", "t0", {"id": "t0", "deleted": True})
    for account in ("a1", "a2"):
        for with_deleted in (True, False):
            assert store._count("things", account, with_deleted) == _scanned_count(
                store, "things", account, with_deleted
            )
    assert store._count("things", "a1", False) == 28
    store.clear()
    assert store._count("things", "a1", True) == 0


def test_counts_start_from_what_an_older_database_holds(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    store = Store(path)
    with store.transaction():
        for i in range(12):
            store.put("things", "a1", f"t{i}", {"id": f"t{i}", "deleted": i < 2})
        for name in ("resources_counted", "resources_uncounted", "resources_recounted"):
            store._db.execute(f"DROP TRIGGER {name}")
        store._db.execute("DROP TABLE resource_counts")
    reopened = Store(path)
    assert reopened._count("things", "a1", False) == 10
    assert reopened._count("things", "a1", True) == 12
