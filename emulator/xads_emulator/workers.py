"""`xads-emulator serve --workers N`: N processes answering on one listening socket, over one
SQLite file.

What the processes share lives in the database: used nonces, rate-limit windows, id counters,
resources and cursors, and (for this run) the clock's offset; the request's write transaction
makes the stateful checks, the scheduled Tweets going live and the writes one step across
processes. Each process has its own app, connection, compiled spec and lab. The parent only
holds the socket, starts the workers, passes SIGTERM and SIGINT on to them and waits; a
worker that dies (even by SIGKILL) leaves the others serving.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import uuid
from collections.abc import Callable
from types import FrameType

import uvicorn

from xads_emulator.app import EmulatorApp
from xads_emulator.clock import RUN_ENV
from xads_emulator.server import ConnectionLimits, config


def serve(workers: int, build: Callable[[], EmulatorApp], host: str, port: int, limits: ConnectionLimits) -> int:
    """Fork `workers` processes that each `build()` an app (after the fork: no connection is
    shared) and serve it on the one socket bound here; 0 once all have ended well, else 1."""
    listener = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind((host, port))
    listener.listen(2048)
    os.environ[RUN_ENV] = uuid.uuid4().hex
    children = []
    for _ in range(workers):
        pid = os.fork()
        if pid == 0:  # a worker
            code = 0
            try:
                uvicorn.Server(config(build(), host, port, limits)).run(sockets=[listener])
            except BaseException:
                code = 1
                raise
            finally:
                os._exit(code)
        children.append(pid)
    listener.close()

    def stop(signum: int, _frame: FrameType | None) -> None:
        for pid in children:
            with contextlib.suppress(ProcessLookupError):  # that worker is gone already
                os.kill(pid, signum)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    statuses = [os.waitpid(pid, 0)[1] for pid in children]
    return 0 if not any(statuses) else 1
