"""SQLite storage: one table of JSON resources, keyed for keyset pagination, plus used nonces.

Every resource the emulator serves (accounts, media, cards, audiences, ...) lives in the
same table, distinguished by `kind`; the sequence column orders inserts, so cursors stay
stable while other clients insert.
"""

from __future__ import annotations

import base64
import contextlib
import json
import sqlite3
import threading
import time
import weakref
from collections.abc import Iterator
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
"""
ISO = "%Y-%m-%dT%H:%M:%SZ"
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


class Store:
    """All reads and writes; writes happen inside `transaction()` and are all-or-nothing."""

    def __init__(self, path: str | Path) -> None:
        self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(SCHEMA)
        self._lock = threading.RLock()
        self._since_prune = 0
        if str(path) != ":memory:":
            self._db.execute("PRAGMA wal_autocheckpoint=0")
            threading.Thread(target=_checkpoints, args=(str(path), weakref.ref(self)), daemon=True).start()

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
        neither repeat nor skip items. Filters test JSON fields; names are bound, never spliced."""
        where = ["kind = ?", "account_id = ?"]
        args: list[Any] = [kind, account_id]
        if not with_deleted:
            where.append("deleted = 0")
        for name, value in (equals or {}).items():
            where.append("json_extract(data, ?) = ?")
            args += [f"$.{name}", value]
        for name, values in (any_of or {}).items():
            marks = ",".join("?" * len(values))
            if name == "id":
                where.append(f"id IN ({marks})")
            else:
                where.append(f"json_extract(data, ?) IN ({marks})")
                args.append(f"$.{name}")
            args.extend(values)
        if prefix:
            fields, text = prefix
            escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            where.append("(" + " OR ".join("lower(json_extract(data, ?)) LIKE ? ESCAPE '\\'" for _ in fields) + ")")
            for field_name in fields:
                args += [f"$.{field_name}", f"{escaped}%"]
        total = None
        if with_total:
            total = int(
                self._db.execute(f"SELECT count(*) FROM resources WHERE {' AND '.join(where)}", args).fetchone()[0]
            )
        if sort is None:
            if cursor:
                where.append("seq > ?")
                args.append(_decode_cursor(cursor))
            rows = self._db.execute(
                f"SELECT seq, data FROM resources WHERE {' AND '.join(where)} ORDER BY seq LIMIT ?", [*args, count + 1]
            ).fetchall()
            following = _encode_cursor(rows[count - 1][0]) if len(rows) > count else None
            return Page([_loads(r[1]) for r in rows[:count]], following, total)
        field_name, descending = sort
        key = "ifnull(json_extract(data, ?), '')"
        path = f"$.{field_name}"
        if cursor:
            value, seq = _decode_sort_cursor(cursor)
            after = "<" if descending else ">"
            where.append(f"({key} {after} ? OR ({key} = ? AND seq {after} ?))")
            args += [path, value, path, value, seq]
        direction = "DESC" if descending else "ASC"
        rows = self._db.execute(
            f"SELECT seq, data, {key} FROM resources WHERE {' AND '.join(where)} "
            f"ORDER BY {key} {direction}, seq {direction} LIMIT ?",
            [path, *args, path, count + 1],
        ).fetchall()
        following = _encode_sort_cursor(rows[count - 1][2], rows[count - 1][0]) if len(rows) > count else None
        return Page([_loads(r[1]) for r in rows[:count]], following, total)

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
        """Back to a snapshot's resources and counters; nonces used since stay used, as on `clear`."""
        with self._lock:
            used = self._db.execute("SELECT consumer_key, nonce, timestamp FROM nonces").fetchall()
            copy.backup(self._db)
            with self.transaction():
                self._db.executemany("INSERT OR IGNORE INTO nonces VALUES (?, ?, ?)", used)

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
