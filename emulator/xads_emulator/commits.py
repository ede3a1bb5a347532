"""Group commit: the requests of one turn of the event loop share one write transaction and one
COMMIT, and processes on one database take the write lock in turns without stalling their loops.

A commit writes the changed pages to SQLite's write-ahead log, the largest single cost of a
request (docs/scaling.md). Each request still runs in a transaction of its own (a savepoint
of the shared one: its writes are undone alone when it fails), and its answer waits until the
shared transaction is committed, so nothing is acknowledged before it is durable.

A request `join`s after the work that needs no lock (parsing, the signature). The group opens
one turn later, once every request ready in this turn has got there, so the write lock is held
only while their transactions run back to back, and the commit releases it. Between processes
(`serve --workers N`) the write lock is an advisory lock on a file beside the database: a
process that finds it taken waits for it on a thread while its loop goes on reading and
verifying requests. SQLite's own wait for its lock would stop the loop, sleeping in steps of up
to 100 ms.
"""

from __future__ import annotations

import asyncio
import os
import sys
import weakref
from concurrent.futures import ThreadPoolExecutor

from xads_emulator.storage import Store

if sys.platform != "win32":
    import fcntl


class WriterLock:
    """One writing process at a time on a database file: `flock` on `<database>-writer`."""

    def __init__(self, database: str) -> None:
        self._fd = os.open(f"{database}-writer", os.O_RDWR | os.O_CREAT, 0o644)
        weakref.finalize(self, os.close, self._fd)
        self._waiter = ThreadPoolExecutor(max_workers=1, thread_name_prefix="xads-writer-lock")

    def take(self) -> bool:
        """Take the lock if it is free; False when another process holds it."""
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def wait(self) -> asyncio.Future[None]:
        """Resolves once this process holds the lock (the wait blocks a thread, not the loop)."""
        return asyncio.get_running_loop().run_in_executor(self._waiter, fcntl.flock, self._fd, fcntl.LOCK_EX)

    def release(self) -> None:
        fcntl.flock(self._fd, fcntl.LOCK_UN)


class GroupCommit:
    def __init__(self, store: Store) -> None:
        self._store = store
        # In memory, or where there is no flock, no other process writes (or SQLite's wait serves).
        self._lock = WriterLock(store.path) if store.on_disk and sys.platform != "win32" else None
        self._joining: list[asyncio.Future[None]] = []  # requests waiting for the next group to open
        self._waiting: list[asyncio.Future[None]] = []
        self._group = 0  # which group a scheduled commit is for

    async def join(self) -> None:
        """Before a request's transaction: return inside the open group. The first request to
        find none schedules one to open after the requests ready in this turn have joined."""
        while not self._store.in_group:
            loop = asyncio.get_running_loop()
            opened: asyncio.Future[None] = loop.create_future()
            self._joining.append(opened)
            if len(self._joining) == 1:
                loop.call_soon(self._open)
            await opened

    def _open(self) -> None:
        if self._lock is None or self._lock.take():
            self._begin(None)
        else:
            self._lock.wait().add_done_callback(lambda waited: self._begin(waited.exception()))

    def _begin(self, error: BaseException | None) -> None:
        """With the write lock held (or `error` getting it): open the group, and schedule its
        commit behind the requests that waited for it."""
        joining, self._joining = self._joining, []
        if error is None:
            try:
                self._store.begin_group()
            except Exception as failure:
                self._release()
                error = failure
        for opened in joining:
            if opened.done():  # its request was cancelled
                continue
            if error is None:
                opened.set_result(None)
            else:  # every request that waited answers it (a 500)
                opened.set_exception(error)
        if error is not None:
            return
        self._group += 1
        asyncio.get_running_loop().call_soon(self._commit, self._group)

    async def durable(self) -> None:
        """Return once what this request wrote is committed (at once when no group is open)."""
        if not self._store.in_group:
            return
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiting.append(done)
        await done

    def commit(self) -> None:
        """Commit the open group now (before an endpoint that must see no open transaction); a
        failure reaches every waiting request and the caller."""
        error = self._commit(self._group)
        if error is not None:
            raise error

    def _commit(self, group: int) -> Exception | None:
        if group != self._group or not self._store.in_group:  # committed already
            return None
        waiting, self._waiting = self._waiting, []
        try:
            self._store.commit_group()
        except Exception as error:  # each waiting request answers it (a 500, as a failed commit did before)
            for done in waiting:
                if not done.done():
                    done.set_exception(error)
            return error
        finally:
            self._release()
        for done in waiting:
            if not done.done():
                done.set_result(None)
        return None

    def _release(self) -> None:
        if self._lock is not None:
            self._lock.release()
