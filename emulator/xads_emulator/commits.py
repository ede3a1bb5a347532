"""Group commit: the requests one turn of the event loop runs share one COMMIT.

A commit writes the changed pages to SQLite's write-ahead log, the largest single cost of a
request (docs/scaling.md). Each request still runs in a transaction of its own (a savepoint
of the shared one: its writes are undone alone when it fails), and its answer waits until the
shared transaction is committed, so nothing is acknowledged before it is durable. The commit
runs once the requests ready in this turn of the loop have run their (synchronous) parts.
"""

from __future__ import annotations

import asyncio

from xads_emulator.storage import Store


class GroupCommit:
    def __init__(self, store: Store) -> None:
        self._store = store
        self._waiting: list[asyncio.Future[None]] = []

    def join(self) -> None:
        """Before a request's transaction: share the open group, or open one."""
        self._store.begin_group()

    async def durable(self) -> None:
        """Return once what this request wrote is committed (at once when no group is open). The
        first to wait schedules the commit: it runs after the requests ready in this turn."""
        if not self._store.in_group:
            return
        loop = asyncio.get_running_loop()
        done: asyncio.Future[None] = loop.create_future()
        self._waiting.append(done)
        if len(self._waiting) == 1:
            loop.call_soon(self._commit)
        await done

    def commit(self) -> None:
        """Commit the open group now (also before an endpoint that must see no open transaction);
        a failure reaches every waiting request and the caller."""
        error = self._commit()
        if error is not None:
            raise error

    def _commit(self) -> Exception | None:
        waiting, self._waiting = self._waiting, []
        try:
            self._store.commit_group()
        except Exception as error:  # each waiting request answers it (a 500, as a failed commit did before)
            for done in waiting:
                if not done.done():
                    done.set_exception(error)
            return error
        for done in waiting:
            if not done.done():
                done.set_result(None)
        return None
