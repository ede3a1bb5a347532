"""The emulator as a lab: injected faults (faults.py), a request journal (journal.py, page.py),
snapshots of the whole state, and deterministic data (deterministic.py).

The app calls three hooks: `inject` once a request is authenticated (an empty fault table costs
one truth test), `record` for every answer, and `drop_connection` when a rule drops one. The
endpoints under /_emulator/ come through control.py's guard (admin token, no Origin, JSON
bodies) to `answer`.
"""

from __future__ import annotations

import asyncio
import logging
import random
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, MutableMapping
from datetime import datetime
from typing import Any
from urllib.parse import parse_qsl

from xads_emulator.errors import entry, envelope
from xads_emulator.lab.deterministic import SEED
from xads_emulator.lab.faults import Dropped, FaultError, FaultTable, Injected
from xads_emulator.lab.journal import BODY_KEPT, Journal
from xads_emulator.lab.page import HEADERS, render
from xads_emulator.ratelimit import RateLimiter
from xads_emulator.storage import Store
from xads_validators import ValidationResult, WireRequest

__all__ = ["DROP", "PAGE", "Dropped", "FaultError", "Injected", "Lab", "page_token"]

Reply = tuple[int, Any, list[tuple[bytes, bytes]]]
PAGE = "/_emulator/"
# One compact line per request (method, path, status, milliseconds, violated rule ids); `serve --quiet` silences it.
ACCESS_LOG = logging.getLogger("xads_emulator.requests")
DROP = "xads.drop"  # the ASGI extension (server.py) that closes the connection without an answer
REQUEST, RESULT, FAULT = "xads.request", "xads.result", "xads.fault"  # what a request left in its scope
JOURNAL_SIZE = 1000
_NAME = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")
_FILTERS = {"operation": str, "status": int, "since": int, "limit": int}


def page_token(query: str) -> str:
    """The admin token a browser gives in the page's URL (`/_emulator/?token=...`)."""
    return next((value for name, value in parse_qsl(query) if name == "token"), "")


def _error(status: int, message: str, parameter: str | None = None, code: str = "INVALID_PARAMETER") -> Reply:
    return status, envelope([entry(code, message, parameter)]), []


class Lab:
    def __init__(
        self,
        store: Store,
        limits: RateLimiter,
        secrets: Iterable[str],
        journal_size: int = JOURNAL_SIZE,
        deterministic: bool = False,
    ) -> None:
        self.store = store
        self.faults = FaultTable(limits, random.Random(SEED if deterministic else None))
        self.journal = Journal(journal_size, secrets)
        self._snapshots: dict[str, sqlite3.Connection] = {}
        self._lock = threading.Lock()

    # -- hooks the app calls ----------------------------------------------------------------
    async def inject(
        self, scope: MutableMapping[str, Any], request: WireRequest, path: str, account: str | None, user_key: str
    ) -> Injected | None:
        if not self.faults.rules:
            return None
        injected = None
        try:
            injected = await self.faults.inject(request, path, account, user_key)
        except Dropped:
            scope[FAULT] = -1
            raise
        if injected is not None:
            scope[FAULT] = injected.rule
        return injected

    def record(
        self, scope: MutableMapping[str, Any], status: int | None, began: float, now: datetime, profile: str
    ) -> None:
        """One log line and one journal entry from what the request left in its scope (control
        requests are neither)."""
        path = (scope.get("raw_path") or scope["path"].encode()).decode("latin-1")
        if path.startswith(PAGE):
            return
        request: WireRequest | None = scope.get(REQUEST)
        result: ValidationResult | None = scope.get(RESULT)
        violations = result.violations if result is not None else request.problems if request is not None else []
        if ACCESS_LOG.isEnabledFor(logging.INFO):
            rules = ",".join(dict.fromkeys(v.rule for v in violations))
            milliseconds = (time.perf_counter() - began) * 1000
            ACCESS_LOG.info("%s %s %s %.1fms %s", scope["method"], path, status or "-", milliseconds, rules)
        if not self.journal.size:
            return
        route = request.route if request is not None else None
        fault = scope.get(FAULT)
        self.journal.add(
            now,
            scope["method"],
            path,
            scope.get("query_string", b"").decode("latin-1"),
            request.media_type if request is not None else "",
            request.body[:BODY_KEPT] if request is not None else b"",
            request.operation.operation_id if request is not None and request.operation is not None else None,
            route.params.get("account_id") if route is not None else None,
            status,
            (time.perf_counter() - began) * 1000,
            tuple(v.rule for v in violations),
            tuple(result.ignored_parameters) if result is not None else (),
            profile,
            None if fault is None or fault < 0 else fault,
        )

    async def drop_connection(self, scope: MutableMapping[str, Any]) -> None:
        """Close the connection without an answer. Served by server.py, the transport is closed and
        the loop turned so uvicorn sees the disconnect; in-process (no such extension), the client
        gets the error httpx raises for a server that hung up."""
        close: Callable[[], None] | None = scope.get("extensions", {}).get(DROP)
        if close is None:
            import httpx  # the in-process double's transport (inprocess.py) passes this on to the client

            raise httpx.RemoteProtocolError("Server disconnected without sending a response.")
        close()
        for _ in range(3):
            await asyncio.sleep(0)

    # -- snapshots ------------------------------------------------------------------------
    def snapshot(self, name: str) -> None:
        copy = self.store.snapshot()
        with self._lock:
            previous = self._snapshots.pop(name, None)
            self._snapshots[name] = copy
        if previous is not None:
            previous.close()

    def restore(self, name: str) -> None:
        """KeyError for a name never saved."""
        with self._lock:
            copy = self._snapshots[name]
            self.store.restore(copy)

    def snapshot_names(self) -> list[str]:
        with self._lock:
            return sorted(self._snapshots)

    # -- endpoints ------------------------------------------------------------------------
    def serves(self, path: str) -> bool:
        return (
            path == PAGE
            or path in ("/_emulator/requests", "/_emulator/snapshot", "/_emulator/restore")
            or (path == "/_emulator/faults" or path.startswith("/_emulator/faults/"))
        )

    def answer(self, method: str, path: str, query: str, command: Callable[[], dict[str, Any]], token: str) -> Reply:
        """A lab endpoint, once control.py has checked the token and Origin. `command` reads the
        JSON object body (refusing other content types) for the endpoints that change state."""
        if path in (PAGE, "/_emulator/requests"):
            if method != "GET":
                return 405, envelope([entry("METHOD_NOT_ALLOWED", "Use GET")]), [(b"allow", b"GET")]
            filters = self._filters(query, page=path == PAGE)
            if isinstance(filters, tuple):
                return filters
            entries = self.journal.read(**filters)
            if path == "/_emulator/requests":
                return 200, {"data": entries}, []
            shown = {name: str(filters[name]) for name in ("operation", "status") if filters.get(name) is not None}
            return 200, render(entries, self.faults.listing(), token, shown), list(HEADERS)
        if path.startswith("/_emulator/faults"):
            return self._faults(method, path, command)
        if method == "GET" and path == "/_emulator/snapshot":
            return 200, {"data": self.snapshot_names()}, []
        if method != "POST":
            allow = b"GET, POST" if path == "/_emulator/snapshot" else b"POST"
            return 405, envelope([entry("METHOD_NOT_ALLOWED", f"Use {allow.decode()}")]), [(b"allow", allow)]
        return self._snapshot_command(path, command())

    def _filters(self, query: str, page: bool) -> dict[str, Any] | Reply:
        filters: dict[str, Any] = {}
        for name, value in parse_qsl(query, keep_blank_values=True):
            if page and name == "token":
                continue
            kind = _FILTERS.get(name)
            if kind is None:
                return _error(400, f"Unknown filter; the journal takes {', '.join(_FILTERS)}", name)
            if value == "" and page:  # the page's form sends empty fields
                continue
            if kind is int and not (value.isdigit() and len(value) < 10):
                return _error(400, f"`{name}` must be a non-negative integer", name)
            filters[name] = int(value) if kind is int else value
        return filters

    def _faults(self, method: str, path: str, command: Callable[[], dict[str, Any]]) -> Reply:
        rule_id = path.removeprefix("/_emulator/faults").strip("/")
        if rule_id:
            if method != "DELETE":
                return 405, envelope([entry("METHOD_NOT_ALLOWED", "Use DELETE")]), [(b"allow", b"DELETE")]
            if not rule_id.isdigit() or not self.faults.remove(int(rule_id)):
                return _error(404, f"No fault rule {rule_id}", "id", "NOT_FOUND")
            return 200, {"data": {"removed": 1}}, []
        if method == "GET":
            return 200, {"data": self.faults.listing()}, []
        if method == "DELETE":
            return 200, {"data": {"removed": self.faults.remove()}}, []
        if method != "POST":
            return (
                405,
                envelope([entry("METHOD_NOT_ALLOWED", "Use GET, POST or DELETE")]),
                [(b"allow", b"GET, POST, DELETE")],
            )
        given = command()
        rules = given["rules"] if set(given) == {"rules"} else [given]
        if not isinstance(rules, list) or not rules:
            return _error(400, "`rules` is a non-empty list of rules", "rules")
        try:
            return 200, {"data": self.faults.add(rules)}, []
        except FaultError as error:
            return _error(400, str(error), error.field)

    def _snapshot_command(self, path: str, command: dict[str, Any]) -> Reply:
        unknown = [name for name in command if name != "name"]
        if unknown:
            return _error(400, "Unknown field; expected name", unknown[0])
        name = command.get("name")
        if not isinstance(name, str) or not _NAME.match(name):
            return _error(400, "`name` is 1 to 64 letters, digits, '_', '.' or '-'", "name")
        began = time.perf_counter()
        if path == "/_emulator/snapshot":
            self.snapshot(name)
        else:
            try:
                self.restore(name)
            except KeyError:
                return _error(404, f"No snapshot {name!r}", "name", "NOT_FOUND")
        milliseconds = round((time.perf_counter() - began) * 1000, 3)
        return 200, {"data": {"name": name, "milliseconds": milliseconds}}, []
