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
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

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
CREATE TABLE IF NOT EXISTS nonces (
    consumer_key TEXT NOT NULL,
    nonce TEXT NOT NULL,
    timestamp TEXT NOT NULL,
    PRIMARY KEY (consumer_key, nonce)
);
CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
"""
ISO = "%Y-%m-%dT%H:%M:%SZ"


class CursorError(ValueError):
    """A cursor that this server did not hand out."""


@dataclass
class Page:
    items: list[dict[str, Any]]
    next_cursor: str | None
    total_count: int | None


def _encode_cursor(seq: int) -> str:
    return base64.urlsafe_b64encode(f"s{seq}".encode()).decode().rstrip("=")


def _decode_cursor(cursor: str) -> int:
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        if not text.startswith("s"):
            raise ValueError
        return int(text[1:])
    except (ValueError, UnicodeDecodeError) as error:
        raise CursorError(cursor) from error


class Store:
    """All reads and writes; writes happen inside `transaction()` and are all-or-nothing."""

    def __init__(self, path: str | Path) -> None:
        self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(SCHEMA)
        self._lock = threading.RLock()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

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
            (kind, account_id, resource_id, int(bool(data.get("deleted"))), json.dumps(data)),
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
        data: dict[str, Any] = json.loads(row[0])
        return data

    def all(self, kind: str, account_id: str | None = None) -> list[dict[str, Any]]:
        if account_id is None:
            rows = self._db.execute("SELECT data FROM resources WHERE kind = ? ORDER BY seq", (kind,)).fetchall()
        else:
            rows = self._db.execute(
                "SELECT data FROM resources WHERE kind = ? AND account_id = ? ORDER BY seq", (kind, account_id)
            ).fetchall()
        return [json.loads(r[0]) for r in rows]

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
        """One page, by sequence (keyset) unless `sort` names a field; filters are JSON field tests."""
        where = ["kind = ?", "account_id = ?"]
        args: list[Any] = [kind, account_id]
        if not with_deleted:
            where.append("deleted = 0")
        for name, value in (equals or {}).items():
            where.append(f"json_extract(data, '$.{name}') = ?")
            args.append(value)
        for name, values in (any_of or {}).items():
            column = "id" if name == "id" else f"json_extract(data, '$.{name}')"
            where.append(f"{column} IN ({','.join('?' * len(values))})")
            args.extend(values)
        if prefix:
            fields, text = prefix
            escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            tests = [f"lower(json_extract(data, '$.{f}')) LIKE ? ESCAPE '\\'" for f in fields]
            where.append("(" + " OR ".join(tests) + ")")
            args.extend(f"{escaped}%" for _ in fields)
        total = None
        if with_total:
            total = int(
                self._db.execute(f"SELECT count(*) FROM resources WHERE {' AND '.join(where)}", args).fetchone()[0]
            )
        if sort is None:
            start = _decode_cursor(cursor) if cursor else 0
            rows = self._db.execute(
                f"SELECT seq, data FROM resources WHERE {' AND '.join(where)} AND seq > ? ORDER BY seq LIMIT ?",
                [*args, start, count + 1],
            ).fetchall()
            items = [json.loads(r[1]) for r in rows[:count]]
            following = _encode_cursor(rows[count - 1][0]) if len(rows) > count else None
            return Page(items, following, total)
        field_name, descending = sort
        offset = _decode_cursor(cursor) if cursor else 0
        direction = "DESC" if descending else "ASC"
        rows = self._db.execute(
            f"SELECT seq, data FROM resources WHERE {' AND '.join(where)} "
            f"ORDER BY json_extract(data, '$.{field_name}') {direction}, seq {direction} LIMIT ? OFFSET ?",
            [*args, count + 1, offset],
        ).fetchall()
        items = [json.loads(r[1]) for r in rows[:count]]
        return Page(items, _encode_cursor(offset + count) if len(rows) > count else None, total)

    def count_scheduled(self, account_id: str, start: datetime, end: datetime, except_id: str | None) -> int:
        """Scheduled tweets still SCHEDULED in [start, end); timestamps are stored as sortable ISO text."""
        row = self._db.execute(
            "SELECT count(*) FROM resources WHERE kind = 'scheduled_tweets' AND account_id = ? AND deleted = 0 "
            "AND json_extract(data, '$.scheduled_status') = 'SCHEDULED' AND id != ? "
            "AND json_extract(data, '$.scheduled_at') >= ? AND json_extract(data, '$.scheduled_at') < ?",
            (account_id, except_id or "", start.strftime(ISO), end.strftime(ISO)),
        ).fetchone()
        return int(row[0])

    def due_scheduled(self, now: datetime) -> list[tuple[str, dict[str, Any]]]:
        rows = self._db.execute(
            "SELECT account_id, data FROM resources WHERE kind = 'scheduled_tweets' AND deleted = 0 "
            "AND json_extract(data, '$.scheduled_status') = 'SCHEDULED' AND json_extract(data, '$.scheduled_at') <= ?",
            (now.strftime(ISO),),
        ).fetchall()
        return [(r[0], json.loads(r[1])) for r in rows]

    def clear(self) -> None:
        """Forget every resource and id counter (nonces stay used, so old requests remain replays)."""
        with self.transaction():
            self._db.execute("DELETE FROM resources")
            self._db.execute("DELETE FROM counters")

    def nonce_unused(self, consumer_key: str, nonce: str) -> bool:
        row = self._db.execute(
            "SELECT 1 FROM nonces WHERE consumer_key = ? AND nonce = ?", (consumer_key, nonce)
        ).fetchone()
        return row is None

    def use_nonce(self, consumer_key: str, nonce: str, timestamp: str) -> bool:
        """Record a nonce; False when another request used it first (a replay)."""
        with self._lock:
            try:
                self._db.execute(
                    "INSERT INTO nonces (consumer_key, nonce, timestamp) VALUES (?, ?, ?)",
                    (consumer_key, nonce, timestamp),
                )
            except sqlite3.IntegrityError:
                return False
            return True
