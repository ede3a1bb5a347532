"""SQLite storage: one table of JSON resources, keyed for keyset pagination, plus used nonces.

Every resource the emulator serves (accounts, media, cards, audiences, ...) lives in the
same table, distinguished by `kind`; the sequence column orders inserts, so cursors stay
stable while other clients insert.
"""

from __future__ import annotations

import base64
import contextlib
import json
import re
import sqlite3
import threading
import time
import weakref
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import orjson

SCHEMA = """
CREATE TABLE IF NOT EXISTS resources (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    account_id TEXT NOT NULL,
    id TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    data TEXT NOT NULL,
    UNIQUE (kind, account_id, id)
);
CREATE INDEX IF NOT EXISTS resources_page ON resources (kind, account_id, deleted, seq);
CREATE INDEX IF NOT EXISTS resources_all ON resources (kind, account_id);
CREATE INDEX IF NOT EXISTS resources_due ON resources (json_extract(data, '$.scheduled_at'))
    WHERE kind = 'scheduled_tweets' AND deleted = 0 AND json_extract(data, '$.scheduled_status') = 'SCHEDULED';
CREATE TABLE IF NOT EXISTS nonces (
    consumer_key TEXT NOT NULL,
    nonce TEXT NOT NULL,
    timestamp TEXT NOT NULL,
    PRIMARY KEY (consumer_key, nonce)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS nonces_age ON nonces (timestamp);
CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS settings (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS rate_windows (
    subject TEXT NOT NULL,
    operation TEXT NOT NULL,
    scope TEXT NOT NULL,
    began INTEGER NOT NULL,
    used INTEGER NOT NULL,
    PRIMARY KEY (subject, operation, scope)
) WITHOUT ROWID;
"""
# Items per kind, account and deletedness, kept by triggers, so a total count reads one row.
# The last statement counts what a database made before the table already holds.
_UNCOUNT = (
    "UPDATE resource_counts SET n = n - 1 "
    "WHERE kind = old.kind AND account_id = old.account_id AND deleted = old.deleted"
)
_COUNT = (
    "INSERT INTO resource_counts VALUES (new.kind, new.account_id, new.deleted, 1) ON CONFLICT DO UPDATE SET n = n + 1"
)
COUNTS = (
    "CREATE TABLE resource_counts (kind TEXT NOT NULL, account_id TEXT NOT NULL, deleted INTEGER NOT NULL, "
    "n INTEGER NOT NULL, PRIMARY KEY (kind, account_id, deleted)) WITHOUT ROWID",
    f"CREATE TRIGGER resources_counted AFTER INSERT ON resources BEGIN {_COUNT}; END",
    f"CREATE TRIGGER resources_uncounted AFTER DELETE ON resources BEGIN {_UNCOUNT}; END",
    "CREATE TRIGGER resources_recounted AFTER UPDATE OF kind, account_id, deleted ON resources WHEN "
    "old.kind IS NOT new.kind OR old.account_id IS NOT new.account_id OR old.deleted IS NOT new.deleted "
    f"BEGIN {_UNCOUNT}; {_COUNT}; END",
    "INSERT INTO resource_counts SELECT kind, account_id, deleted, count(*) FROM resources GROUP BY 1, 2, 3",
)
ISO = "%Y-%m-%dT%H:%M:%SZ"
_IDENTIFIER = re.compile(r"[a-z_][a-z0-9_]*")  # field names spliced into SQL
_KIND = re.compile(r"[a-z_][a-z0-9_/]*")
_UNIQUE_KEY = "sqlite_autoindex_resources_1"  # SQLite's name for UNIQUE (kind, account_id, id)
_MAX_ARMS = 400  # values of one filter read one by one (SQLite allows 500 terms in a compound SELECT)
_TOP = "\U0010ffff"  # after every text that starts with a given prefix
_SEQ_MAX = 2**63 - 1
_PRUNE_EVERY = 1000  # nonces recorded between two sweeps of expired ones
_CHECKPOINT_EVERY = 0.2  # seconds between two checkpoints of the write-ahead log


class CursorError(ValueError):
    """A cursor that this server did not hand out."""


@dataclass
class Page:
    items: list[dict[str, Any]]
    next_cursor: str | None
    total_count: int | None


def _dumps(data: dict[str, Any]) -> str:
    try:
        return orjson.dumps(data).decode()
    except TypeError:  # integers beyond 64 bits: the standard encoder takes them
        return json.dumps(data)


def _loads(text: str) -> dict[str, Any]:
    try:
        loaded: dict[str, Any] = orjson.loads(text)
    except orjson.JSONDecodeError:
        loaded = json.loads(text)
    return loaded


def _b64(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def _unb64(cursor: str) -> str:
    try:
        return base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
    except (ValueError, UnicodeDecodeError) as error:
        raise CursorError(cursor) from error


def _encode_cursor(seq: int) -> str:
    return _b64(f"s{seq}")


def _decode_cursor(cursor: str) -> int:
    text = _unb64(cursor)
    if not text.startswith("s") or not text[1:].isdigit() or len(text) > 21 or int(text[1:]) > _SEQ_MAX:
        raise CursorError(cursor)
    return int(text[1:])


def _encode_sort_cursor(value: Any, seq: int) -> str:
    return _b64("k" + json.dumps([value, seq]))


def _decode_sort_cursor(cursor: str) -> tuple[Any, int]:
    text = _unb64(cursor)
    try:
        value, seq = json.loads(text[1:]) if text.startswith("k") else (None, None)
    except (ValueError, TypeError) as error:
        raise CursorError(cursor) from error
    if not isinstance(seq, int) or not 0 <= seq <= _SEQ_MAX or not isinstance(value, str | int | float):
        raise CursorError(cursor)
    if isinstance(value, int | float) and not -_SEQ_MAX <= value <= _SEQ_MAX:  # also refuses inf and NaN
        raise CursorError(cursor)
    return value, seq


def _checkpoints(path: str, store: weakref.ref[Store]) -> None:
    """Copies the write-ahead log into the database now and then, on a thread of its own, while
    the store lives: a checkpoint fsyncs, and no request should wait on that (SQLite's automatic
    checkpoint runs inside whichever commit crosses its threshold)."""
    db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
    try:
        while store() is not None:
            time.sleep(_CHECKPOINT_EVERY)
            with contextlib.suppress(sqlite3.Error):  # busy: the next round catches up
                db.execute("PRAGMA wal_checkpoint(PASSIVE)")
    finally:
        db.close()


def _field(name: str, args: list[Any]) -> str:
    """A JSON field of `data` in SQL: a literal path for a plain identifier (as the list indexes
    spell it), else a bound one (appended to `args`)."""
    if _IDENTIFIER.fullmatch(name):
        return f"json_extract(data, '$.{name}')"
    args.append(f"$.{name}")
    return "json_extract(data, ?)"


def _index_name(how: str, kind: str, field_name: str) -> str:
    """The name of a list index (Store.list_index), for making it and for choosing it."""
    return f"list_{how}_{kind.replace('/', '__')}_{field_name}"


class Store:
    """All reads and writes; writes happen inside `transaction()` and are all-or-nothing."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(SCHEMA)
        self._lock = threading.RLock()
        self._since_prune = 0
        self._indexes: set[str] = set()
        self._settings: dict[str, str] = {}
        self._settings_version: int | None = None  # PRAGMA data_version when _settings was read
        with self.transaction():  # counts start from what a database made before them holds
            if not self._db.execute("SELECT 1 FROM sqlite_master WHERE name = 'resource_counts'").fetchone():
                for statement in COUNTS:
                    self._db.execute(statement)
        if self.on_disk:
            self._db.execute("PRAGMA wal_autocheckpoint=0")
            threading.Thread(target=_checkpoints, args=(self.path, weakref.ref(self)), daemon=True).start()

    @property
    def on_disk(self) -> bool:
        """Whether the database is a file (other connections and processes can share it)."""
        return self.path != ":memory:"

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """All or nothing. Inside another transaction this is a savepoint: its writes are undone
        alone when it fails, and committed with the outer one (a request's nonce and its operation)."""
        with self._lock:
            nested = self._db.in_transaction
            self._db.execute("SAVEPOINT nested" if nested else "BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self._db.execute("ROLLBACK TO nested" if nested else "ROLLBACK")
                if nested:
                    self._db.execute("RELEASE nested")
                raise
            self._db.execute("RELEASE nested" if nested else "COMMIT")

    @property
    def in_group(self) -> bool:
        """Whether a shared write transaction (begin_group) is open: between requests, only that one is."""
        return self._db.in_transaction

    def begin_group(self) -> None:
        """Open the write transaction several requests share (commits.GroupCommit), unless one is
        open. Their `transaction()`s are savepoints inside it."""
        with self._lock:
            if not self.in_group:
                self._db.execute("BEGIN IMMEDIATE")

    def commit_group(self) -> None:
        """Commit the shared transaction, if one is open; undone whole if the commit fails."""
        with self._lock:
            if not self.in_group:
                return
            try:
                self._db.execute("COMMIT")
            except sqlite3.Error:
                self._db.execute("ROLLBACK")
                raise

    def next_number(self, name: str, start: int) -> int:
        """A counter that survives restarts, for ids."""
        with self._lock:
            row = self._db.execute(
                "INSERT INTO counters (name, value) VALUES (?, ?) "
                "ON CONFLICT(name) DO UPDATE SET value = value + 1 RETURNING value",
                (name, start),
            ).fetchone()
            return int(row[0])

    def put(self, kind: str, account_id: str, resource_id: str, data: dict[str, Any]) -> None:
        self._db.execute(
            "INSERT INTO resources (kind, account_id, id, deleted, data) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(kind, account_id, id) DO UPDATE SET deleted = excluded.deleted, data = excluded.data",
            (kind, account_id, resource_id, int(bool(data.get("deleted"))), _dumps(data)),
        )

    def remove(self, kind: str, account_id: str, resource_id: str) -> None:
        self._db.execute(
            "DELETE FROM resources WHERE kind = ? AND account_id = ? AND id = ?", (kind, account_id, resource_id)
        )

    def get(self, kind: str, account_id: str, resource_id: str, with_deleted: bool = True) -> dict[str, Any] | None:
        row = self._db.execute(
            "SELECT data, deleted FROM resources WHERE kind = ? AND account_id = ? AND id = ?",
            (kind, account_id, resource_id),
        ).fetchone()
        if row is None or (row[1] and not with_deleted):
            return None
        return _loads(row[0])

    def all(self, kind: str, account_id: str | None = None) -> list[dict[str, Any]]:
        if account_id is None:
            rows = self._db.execute("SELECT data FROM resources WHERE kind = ? ORDER BY seq", (kind,)).fetchall()
        else:
            rows = self._db.execute(
                "SELECT data FROM resources WHERE kind = ? AND account_id = ? ORDER BY seq", (kind, account_id)
            ).fetchall()
        return [_loads(r[0]) for r in rows]

    def page(
        self,
        kind: str,
        account_id: str,
        *,
        count: int,
        cursor: str | None = None,
        with_deleted: bool = False,
        equals: dict[str, Any] | None = None,
        any_of: dict[str, list[Any]] | None = None,
        prefix: tuple[list[str], str] | None = None,
        sort: tuple[str, bool] | None = None,
        with_total: bool = False,
    ) -> Page:
        """One page in insertion order, or by `sort` (field, descending), always by keyset:
        the cursor holds the last row's sort key and sequence, so inserts between pages
        neither repeat nor skip items. Filters test JSON fields; values are bound, and field
        names are spliced only when they are plain identifiers (then they match the list
        indexes, see `add_list_indexes`), else bound too.

        Each query kind reads an index whose order is the page's order, so a page costs the
        same in a collection of any size: a filter by field (one value) its `equals` index,
        `sort` its `sort` index (made on first use), `q` its `prefix` index (then the matches
        are sorted: their number, not the collection's, sets the cost), ids the unique key,
        `with_deleted` alone `resources_all`. Counts without filters come from resource_counts."""
        where = [self._kind_sql(kind), "account_id = ?"]
        args: list[Any] = [account_id]
        index: str | None = "resources_page" if not with_deleted else "resources_all"
        if not with_deleted:
            where.append("deleted = 0")
        filtered = bool(equals or any_of or prefix)
        by_field: str | None = None
        split: tuple[int, int, int, str, list[Any]] | None = None  # a filter by several values, read value by value
        for name, value in (equals or {}).items():
            where.append(f"{_field(name, args)} = ?")
            args.append(value)
            by_field = by_field or name
        for name, values in (any_of or {}).items():
            marks = ",".join("?" * len(values))
            if name == "id":
                where.append(f"id IN ({marks})")
                index = _UNIQUE_KEY
            else:
                expression = _field(name, args)
                if by_field is None and 1 < len(set(values)) <= _MAX_ARMS:
                    split = (len(where), len(args), len(values), expression, list(dict.fromkeys(values)))
                where.append(f"{expression} IN ({marks})")
                by_field = by_field or name
            args.extend(values)
        if prefix:
            fields, text = prefix
            lowered = text.lower()
            escaped = lowered.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            tests = []
            for field_name in fields:
                if _IDENTIFIER.fullmatch(field_name):  # the range lets the prefix index find candidates
                    lower = f"lower({_field(field_name, args)})"
                    tests.append(f"({lower} >= ? AND {lower} < ? AND {lower} LIKE ? ESCAPE '\\')")
                    args += [lowered, lowered + _TOP, f"{escaped}%"]
                else:
                    tests.append("lower(json_extract(data, ?)) LIKE ? ESCAPE '\\'")
                    args += [f"$.{field_name}", f"{escaped}%"]
            where.append("(" + " OR ".join(tests) + ")")
            if len(fields) == 1 and index is not None and by_field is None:
                index = self._indexed("prefix", kind, fields[0])
        if by_field is not None and index is not None:
            index = self._indexed("equals", kind, by_field)
        total = None
        if with_total:
            total = self._count(kind, account_id, with_deleted) if not filtered else None
            if total is None:
                total = int(
                    self._rows(index, f"SELECT count(*) FROM {{source}} WHERE {' AND '.join(where)}", args)[0][0]
                )
        if sort is None:
            if cursor:
                where.append("seq > ?")
                args.append(_decode_cursor(cursor))
            if split is not None and index is not None:
                rows = self._merged(index, where, args, split, count + 1)
            else:
                rows = self._rows(
                    index,
                    f"SELECT seq, data FROM {{source}} WHERE {' AND '.join(where)} ORDER BY seq LIMIT ?",
                    [*args, count + 1],
                )
            following = _encode_cursor(rows[count - 1][0]) if len(rows) > count else None
            return Page([_loads(r[1]) for r in rows[:count]], following, total)
        field_name, descending = sort
        if not filtered and _IDENTIFIER.fullmatch(field_name):
            index = self.list_index("sort", kind, field_name)
        key_args: list[Any] = []
        key = f"ifnull({_field(field_name, key_args)}, '')"
        if cursor:
            value, seq = _decode_sort_cursor(cursor)
            after = "<" if descending else ">"
            # (key, seq) after (value, seq), spelled so that the key bounds the index range.
            where.append(f"{key} {after}= ? AND ({key} {after} ? OR seq {after} ?)")
            args += [*key_args, value, *key_args, value, seq]
        direction = "DESC" if descending else "ASC"
        rows = self._rows(
            index,
            f"SELECT seq, data, {key} FROM {{source}} WHERE {' AND '.join(where)} "
            f"ORDER BY {key} {direction}, seq {direction} LIMIT ?",
            [*key_args, *args, *key_args, count + 1],
        )
        following = _encode_sort_cursor(rows[count - 1][2], rows[count - 1][0]) if len(rows) > count else None
        return Page([_loads(r[1]) for r in rows[:count]], following, total)

    def _merged(
        self, index: str, where: list[str], args: list[Any], split: tuple[int, int, int, str, list[Any]], limit: int
    ) -> list[Any]:
        """The first `limit` rows by seq of a filter by several values: each value's rows come
        in seq order from the index (at most `limit` each), and only those are merged, so the
        cost follows the page and the number of values, not the collection."""
        at, first_arg, bound, expression, values = split
        arms, arm_args = [], []
        for value in values:
            clauses = [*where[:at], f"{expression} = ?", *where[at + 1 :]]
            arms.append(
                f"SELECT * FROM (SELECT seq, data FROM {{source}} WHERE {' AND '.join(clauses)} ORDER BY seq LIMIT ?)"
            )
            arm_args += [*args[:first_arg], value, *args[first_arg + bound :], limit]
        return self._rows(index, " UNION ALL ".join(arms) + " ORDER BY seq LIMIT ?", [*arm_args, limit])

    def _rows(self, index: str | None, template: str, args: list[Any]) -> list[Any]:
        """Run a list query with `{source}` naming the index it should read. The index is a
        choice made from the filters' kinds; where a combination of filters leaves SQLite no
        plan that reads it ("no query solution"), the same query runs with the planner's own
        choice: a slower page, never a failed one."""
        try:
            return self._db.execute(template.replace("{source}", self._from(index)), args).fetchall()
        except sqlite3.OperationalError as error:
            if index is None or "no query solution" not in str(error):
                raise
            return self._db.execute(template.replace("{source}", self._from(None)), args).fetchall()

    # -- list indexes -------------------------------------------------------------------
    def add_list_indexes(self, wanted: Iterable[tuple[str, str, str]]) -> None:
        """Indexes for list queries, as (how, kind, field): `equals` (a filter by the field),
        `prefix` (`q` over it), `sort` (sort_by it). Each covers one kind's rows only."""
        for how, kind, field_name in wanted:
            self.list_index(how, kind, field_name)

    def list_index(self, how: str, kind: str, field_name: str) -> str | None:
        """The index for one list query kind over one field, made if missing (None when the
        names are not plain identifiers: such a query is left to the planner)."""
        name = _index_name(how, kind, field_name)
        if name in self._indexes:
            return name
        if not _KIND.fullmatch(kind) or not _IDENTIFIER.fullmatch(field_name):
            return None
        expression = _field(field_name, [])
        expression = {"equals": expression, "prefix": f"lower({expression})", "sort": f"ifnull({expression}, '')"}[how]
        with self._lock:
            self._db.execute(
                f"CREATE INDEX IF NOT EXISTS \"{name}\" ON resources (account_id, {expression}) WHERE kind = '{kind}'"
            )
            self._indexes.add(name)
        return name

    def _indexed(self, how: str, kind: str, field_name: str) -> str | None:
        name = _index_name(how, kind, field_name)
        return name if name in self._indexes else None

    @staticmethod
    def _kind_sql(kind: str) -> str:
        """`kind = '...'` as a literal (partial indexes are chosen by it); kinds are the spec's path words."""
        if not _KIND.fullmatch(kind):
            raise ValueError(f"not a resource kind: {kind!r}")
        return f"kind = '{kind}'"

    @staticmethod
    def _from(index: str | None) -> str:
        return f'resources INDEXED BY "{index}"' if index else "resources"

    def _count(self, kind: str, account_id: str, with_deleted: bool) -> int:
        """Items of a kind in an account, from the counts the triggers keep (no scan)."""
        row = self._db.execute(
            "SELECT ifnull(sum(n), 0) FROM resource_counts WHERE kind = ? AND account_id = ?"
            + ("" if with_deleted else " AND deleted = 0"),
            (kind, account_id),
        ).fetchone()
        return int(row[0])

    def count_scheduled(self, account_id: str, start: datetime, end: datetime, except_id: str | None) -> int:
        """Scheduled tweets still SCHEDULED in [start, end); timestamps are stored as sortable ISO text."""
        row = self._db.execute(
            "SELECT count(*) FROM resources INDEXED BY resources_due "
            "WHERE kind = 'scheduled_tweets' AND account_id = ? AND deleted = 0 "
            "AND json_extract(data, '$.scheduled_status') = 'SCHEDULED' AND id != ? "
            "AND json_extract(data, '$.scheduled_at') >= ? AND json_extract(data, '$.scheduled_at') < ?",
            (account_id, except_id or "", start.strftime(ISO), end.strftime(ISO)),
        ).fetchone()
        return int(row[0])

    def due_scheduled(self, now: datetime) -> list[tuple[str, dict[str, Any]]]:
        """Scheduled tweets whose time has come (a partial index keeps this cheap on every request)."""
        rows = self._db.execute(
            "SELECT account_id, data FROM resources INDEXED BY resources_due "
            "WHERE kind = 'scheduled_tweets' AND deleted = 0 "
            "AND json_extract(data, '$.scheduled_status') = 'SCHEDULED' AND json_extract(data, '$.scheduled_at') <= ?",
            (now.strftime(ISO),),
        ).fetchall()
        return [(r[0], _loads(r[1])) for r in rows]

    def find(self, kinds: tuple[str, ...], account_id: str, field: str, values: list[str]) -> list[dict[str, Any]]:
        """Live items of any of `kinds` whose `field` is one of `values` (one indexed scan per kind)."""
        if not values:
            return []
        rows = self._db.execute(
            f"SELECT data FROM resources WHERE kind IN ({','.join('?' * len(kinds))}) AND account_id = ? "
            f"AND deleted = 0 AND json_extract(data, ?) IN ({','.join('?' * len(values))}) ORDER BY seq",
            [*kinds, account_id, f"$.{field}", *values],
        ).fetchall()
        return [_loads(r[0]) for r in rows]

    def clear(self) -> None:
        """Forget every resource and id counter (nonces stay used, so old requests remain replays)."""
        with self.transaction():
            self._db.execute("DELETE FROM resources")
            self._db.execute("DELETE FROM counters")

    def snapshot(self) -> sqlite3.Connection:
        """The whole database copied into memory with SQLite's backup API (the lab's snapshots)."""
        copy = sqlite3.connect(":memory:", check_same_thread=False)
        with self._lock:
            self._db.backup(copy)
        return copy

    def restore(self, copy: sqlite3.Connection) -> None:
        """Back to a snapshot's resources and counters; nonces used since stay used, as on `clear`,
        and rate-limit windows stay as they are."""
        with self._lock:
            used = self._db.execute("SELECT consumer_key, nonce, timestamp FROM nonces").fetchall()
            windows = self._db.execute("SELECT * FROM rate_windows").fetchall()
            copy.backup(self._db)
            with self.transaction():
                self._db.executemany("INSERT OR IGNORE INTO nonces VALUES (?, ?, ?)", used)
                self._db.execute("DELETE FROM rate_windows")
                self._db.executemany("INSERT INTO rate_windows VALUES (?, ?, ?, ?, ?)", windows)

    def setting(self, name: str) -> str | None:
        """A value every process on this database reads (a shared clock's offset); read again only
        once another connection has committed (SQLite's data_version says so)."""
        with self._lock:
            version = int(self._db.execute("PRAGMA data_version").fetchone()[0])
            if version != self._settings_version:
                self._settings = dict(self._db.execute("SELECT name, value FROM settings").fetchall())
                self._settings_version = version
            return self._settings.get(name)

    def set_setting(self, name: str, value: str) -> None:
        with self.transaction():
            self._db.execute(
                "INSERT INTO settings VALUES (?, ?) ON CONFLICT DO UPDATE SET value = excluded.value", (name, value)
            )
            self._settings_version = None  # read again (this connection's own commits leave data_version)

    def rate_window(self, key: tuple[str, str, str], start: int, cost: int) -> tuple[int, int]:
        """(start, requests counted) of the fixed window beginning at `start` for `key` (subject,
        operation, scope), after counting `cost` more. In the database, so every process on it
        counts against the same windows; a window that began before `start` counts as empty."""
        with self._lock:
            if not cost:
                row = self._db.execute(
                    "SELECT began, used FROM rate_windows WHERE subject = ? AND operation = ? AND scope = ?", key
                ).fetchone()
                return (start, int(row[1])) if row is not None and row[0] == start else (start, 0)
            row = self._db.execute(
                "INSERT INTO rate_windows VALUES (?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET "
                "used = CASE WHEN began = excluded.began THEN used + excluded.used ELSE excluded.used END, "
                "began = excluded.began RETURNING began, used",
                (*key, start, cost),
            ).fetchone()
            return int(row[0]), int(row[1])

    def nonce_unused(self, consumer_key: str, nonce: str) -> bool:
        row = self._db.execute(
            "SELECT 1 FROM nonces WHERE consumer_key = ? AND nonce = ?", (consumer_key, nonce)
        ).fetchone()
        return row is None

    def use_nonce(self, consumer_key: str, nonce: str, timestamp: str, forget_before: int | None = None) -> bool:
        """Record a nonce with its OAuth timestamp; False when a request used it first (a replay).

        Now and then nonces older than `forget_before` (epoch seconds) are dropped: a request
        that old fails the timestamp check anyway, so the table stays small.
        """
        with self._lock:
            try:
                self._db.execute(
                    "INSERT INTO nonces (consumer_key, nonce, timestamp) VALUES (?, ?, ?)",
                    (consumer_key, nonce, timestamp),
                )
            except sqlite3.IntegrityError:
                return False
            self._since_prune += 1
            if forget_before is not None and self._since_prune >= _PRUNE_EVERY:
                self._since_prune = 0
                self._db.execute("DELETE FROM nonces WHERE timestamp < ?", (str(forget_before),))
            return True
