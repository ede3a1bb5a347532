"""The request journal: the last N requests the API answered, for people and tests to inspect.

Recording is cheap (one tuple into a bounded deque, on the request path); everything else,
redaction included, happens when the journal is read. Secrets never leave it: the parameters
and body go through the cassettes' `redact` (oauth_* parameters and every credential the seed
knows), as a recorded exchange would.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import orjson

from xads_emulator.clock import iso
from xads_validators.cassettes import Exchange, redact

BODY_KEPT = 16 * 1024  # bytes of a request body the journal keeps (enough for any form; JSON beyond is cut)
FORM = "application/x-www-form-urlencoded"


@dataclass(frozen=True)
class Entry:
    """One request as recorded; `view` is what readers get."""

    id: int
    at: datetime
    method: str
    path: str
    query: str
    media_type: str
    body: bytes
    operation: str | None
    account: str | None
    status: int | None  # None: the connection was dropped (an injected fault)
    latency_ms: float
    violations: tuple[str, ...]
    ignored: tuple[str, ...]
    profile: str
    fault: int | None

    def view(self, secrets: frozenset[str]) -> dict[str, Any]:
        exchange = redact(
            Exchange(
                self.method,
                self.path + (f"?{self.query}" if self.query else ""),
                {"content-type": [self.media_type]} if self.media_type else {},
                self.body,
            ),
            secrets,
        )
        parameters: dict[str, Any] = {}
        form = exchange.request_body.decode("utf-8", "replace") if self.media_type == FORM else ""
        pairs = parse_qsl(urlsplit(exchange.uri).query, keep_blank_values=True) + parse_qsl(
            form, keep_blank_values=True
        )
        for name, value in pairs:  # a repeated name lists its values
            known = parameters.get(name)
            parameters[name] = (
                value if known is None else [*known, value] if isinstance(known, list) else [known, value]
            )
        body: Any = None
        if self.body and self.media_type != FORM:
            text = exchange.request_body.decode("utf-8", "replace")
            try:
                body = orjson.loads(text)
            except orjson.JSONDecodeError:
                body = text + (" [cut]" if len(self.body) >= BODY_KEPT else "")
        return {
            "id": self.id,
            "at": iso(self.at),
            "method": self.method,
            "path": self.path,
            "operation": self.operation,
            "account": self.account,
            "parameters": parameters,
            "body": body,
            "status": self.status,
            "latency_ms": round(self.latency_ms, 3),
            "violations": list(self.violations),
            "ignored_parameters": list(self.ignored),
            "profile": self.profile,
            "fault": self.fault,
        }


class Journal:
    """The last `size` requests (0 keeps none); thread-safe, as tests read it from their own thread."""

    def __init__(self, size: int, secrets: Iterable[str]) -> None:
        self.size = size
        self._entries: deque[Entry] = deque(maxlen=max(size, 1))
        self._secrets = frozenset(s for s in secrets if s)
        self._next = 1
        self._lock = threading.Lock()

    def add(self, *fields: Any) -> None:
        """An Entry's fields after its id (Entry's order)."""
        if not self.size:
            return
        with self._lock:
            self._entries.append(Entry(self._next, *fields))
            self._next += 1

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def read(
        self, operation: str | None = None, status: int | None = None, since: int = 0, limit: int | None = None
    ) -> list[dict[str, Any]]:
        """Oldest first; `since` an entry id (only later ones), `limit` the newest that many."""
        with self._lock:
            entries = [
                e
                for e in self._entries
                if e.id > since
                and (operation is None or e.operation == operation)
                and (status is None or e.status == status)
            ]
        if limit is not None:
            entries = entries[-limit:] if limit else []
        return [entry.view(self._secrets) for entry in entries]
