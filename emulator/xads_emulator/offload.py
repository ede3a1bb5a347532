"""Large JSON bodies are judged in a worker process first, so that parsing and checking megabytes
never holds the event loop other clients are waiting on.

The worker runs the validators without stored data (the spec's constraints and the stateless
rules), at the emulator's clock. A body it refuses is answered with its violations and is never
parsed in the server; a body it accepts is validated again in the server as every request is,
with the stateful rules, in the request's transaction (a valid body is bounded by its schema, so
that parse is short).
"""

from __future__ import annotations

import asyncio
import functools
import multiprocessing
import threading
from collections.abc import Mapping
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import datetime

from xads_validators import RequestValidator, ValidationResult

# Bodies from this size on go to the worker first; below it, judging in the server is quicker
# than the round trip and holds the event loop for a few milliseconds at most.
OFFLOAD_FROM_BYTES = 512 * 1024

_pool: ProcessPoolExecutor | None = None
_pool_lock = threading.Lock()


def _executor() -> ProcessPoolExecutor:
    """One worker per server process, started on first use (spawned: the server has threads)."""
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
        return _pool


@functools.cache
def _validator() -> RequestValidator:
    return RequestValidator()


def _judge(
    method: str, path: str, query: str, headers: dict[str, str], body: bytes, now: datetime, profile: str
) -> ValidationResult:
    """In the worker: the request's violations without stored data, and the parameters read (the
    error envelope echoes them); the parsed body stays in the worker."""
    result = _validator().validate_wire(method, path, query=query, headers=headers, body=body, now=now, profile=profile)
    return ValidationResult(None, params=result.params, violations=result.violations)


async def judge_elsewhere(
    method: str, path: str, query: str, headers: Mapping[str, str], body: bytes, now: datetime, profile: str
) -> ValidationResult | None:
    """What the worker finds (no operation, no body: only parameters and violations), or None when
    the body is small enough to judge here or the worker is not available (the server then
    judges it itself, as before)."""
    if len(body) < OFFLOAD_FROM_BYTES:
        return None
    try:
        return await asyncio.get_running_loop().run_in_executor(
            _executor(), _judge, method, path, query, dict(headers), body, now, profile
        )
    except (BrokenProcessPool, OSError, RuntimeError):
        return None
