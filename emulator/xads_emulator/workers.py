"""`xads-emulator serve --workers N`: N processes answering on one port, over one SQLite file.

What the processes share lives in the database: used nonces, rate-limit windows, id counters,
resources and cursors, and (for this run) the clock's offset; the request's write transaction
makes the stateful checks, the scheduled Tweets going live and the writes one step across
processes. Each process has its own app, connection, compiled spec and lab. The parent only
holds the port, starts the workers, passes SIGTERM and SIGINT on to them and waits; a
worker that dies (even by SIGKILL) leaves the others serving.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import sys
import uuid
from collections.abc import Callable
from types import FrameType

import uvicorn

from xads_emulator.app import EmulatorApp
from xads_emulator.clock import RUN_ENV
from xads_emulator.server import ConnectionLimits, config

# Linux spreads connections over the listening sockets of one port (SO_REUSEPORT) by their
# addresses. One socket shared by all workers would not: whichever worker wakes first accepts
# every connection waiting, so a client's keep-alive connections, opened at once, all land on
# one worker and the others idle.
_SPREAD = sys.platform == "linux"


def _socket(host: str, port: int) -> socket.socket:
    """Bound to (host, port), not yet listening."""
    bound = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    bound.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if _SPREAD:
        bound.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    bound.bind((host, port))
    return bound


def serve(workers: int, build: Callable[[], EmulatorApp], host: str, port: int, limits: ConnectionLimits) -> int:
    """Fork `workers` processes that each `build()` an app (after the fork: no connection is
    shared) and serve it on the port bound here, each on a listening socket of its own where the
    kernel spreads connections over them; 0 once all have ended well, else 1."""
    held = _socket(host, port)  # holds the port (and fails here if it is taken); never listens when spread
    port = held.getsockname()[1]
    if not _SPREAD:
        held.listen(2048)
    os.environ[RUN_ENV] = uuid.uuid4().hex
    children = []
    for _ in range(workers):
        pid = os.fork()
        if pid == 0:  # a worker
            code = 0
            try:
                listener = held
                if _SPREAD:
                    listener = _socket(host, port)
                    listener.listen(2048)
                    held.close()
                uvicorn.Server(config(build(), host, port, limits)).run(sockets=[listener])
            except BaseException:
                code = 1
                raise
            finally:
                os._exit(code)
        children.append(pid)

    def stop(signum: int, _frame: FrameType | None) -> None:
        for pid in children:
            with contextlib.suppress(ProcessLookupError):  # that worker is gone already
                os.kill(pid, signum)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    statuses = [os.waitpid(pid, 0)[1] for pid in children]
    return 0 if not any(statuses) else 1
