"""The ceiling for `make bench`: a bare ASGI app answering a fixed JSON body, served by uvicorn
with the emulator's own configuration (xads_emulator.server.config: its HTTP protocol and
connection limits). `python -m bench.bare PORT`.

It reads each body and answers every request 200, so what `bench.emulator` measures against
it is the server stack alone; the emulator's distance from it is its own work per request.
"""

from __future__ import annotations

import sys
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

import orjson
import uvicorn

from xads_emulator.server import config

BODY = orjson.dumps({"data": [], "next_cursor": None, "request": {"params": {}}})
HEADERS = [(b"content-type", b"application/json"), (b"content-length", str(len(BODY)).encode())]

Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


class Bare:
    """The fixed-answer ASGI app, with what server.config asks of an app (the rate-limit headers
    of the server's own refusals)."""

    async def __call__(self, scope: MutableMapping[str, Any], receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while (await receive())["type"] != "lifespan.shutdown":
                await send({"type": "lifespan.startup.complete"})
            await send({"type": "lifespan.shutdown.complete"})
            return
        while (await receive()).get("more_body"):
            pass
        await send({"type": "http.response.start", "status": 200, "headers": HEADERS})
        await send({"type": "http.response.body", "body": BODY})

    def unauthenticated_rate_headers(self) -> list[tuple[bytes, bytes]]:
        return []


def main() -> None:
    # config() takes any ASGI app with those headers; it is typed for the one it serves.
    uvicorn.Server(config(Bare(), port=int(sys.argv[1]))).run()  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
