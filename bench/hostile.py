"""Hostile bodies against a real emulator process: how long each holds the event loop, and what
other clients see meanwhile (issue 11, "What must hold" 2).

Every worst-case request (big batches, deep nesting, many parameters, up to the 5 MB body
limit) is signed in advance. While one is answered, a probe on its own connection sends
unsigned GETs (answered 401 at once) back to back: how much longer than usual the probe
waited is how long the server's event loop was held. The same bytes are also sent where the
server only parses them (an operation that refuses the body at its root): that hold is the
server's own cost of parsing, CPython's collector included, and is taken off, since the
ceiling is on the work beyond parsing. Then clients sending ordinary signed reads run while
one client sends the hostile bodies, and their p99 is reported. Results are ratios against
the ceilings below; each hold is the least of REPEATS tries (noise on a shared host only adds).
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httptools
import httpx
import orjson

from bench.load import Call, oauth_signer, presign
from bench.soak import ACCOUNT, CREDENTIALS
from xads_client import OAuth1Auth
from xads_emulator.server import start_process

HOLD_CEILING_MS = 100.0  # no request holds the event loop longer than this beyond parsing
P99_CEILING_MS = 50.0  # other clients' p99 while one client sends worst-case bodies
CLIENTS = 4
FORM = "application/x-www-form-urlencoded"
HASH = "a" * 64


REPEATS = 3  # each measurement is the least of this many: noise on a shared host only adds


@dataclass(frozen=True)
class Hostile:
    """A worst case, signed afresh for each send (a nonce is good once, a timestamp for minutes),
    and the same bytes sent where the server only parses them (`parse_only`: an operation whose
    schema refuses the body at its root), whose hold is the server's own cost of parsing them."""

    label: str
    request: Callable[[], bytes]
    parse_only: Callable[[], bytes] | None = None


def _signer(base: str, call: Call) -> Callable[[], bytes]:
    return lambda: presign(base, CREDENTIALS, [call])[0]


def _json(base: str, label: str, path: str, body: Any) -> Hostile:
    raw = body if isinstance(body, bytes) else orjson.dumps(body)
    # An array where an object is expected, or the reverse: parsed, then refused at once.
    elsewhere = f"/accounts/{ACCOUNT}/cards" if raw[:1] == b"[" else f"/batch/accounts/{ACCOUNT}/custom_audiences"
    return Hostile(
        f"{label} ({len(raw) / 1e6:.2f} MB)",
        _signer(base, Call("POST", path, json_body=raw)),
        _signer(base, Call("POST", elsewhere, json_body=raw)),
    )


def _form(base: str, label: str, path: str, pairs: list[tuple[str, str]]) -> Hostile:
    """A form body is part of the OAuth signature, so it is signed with its parameters; it is
    read before the signature is checked, so what the server does with it is all "beyond"."""
    body = "&".join(f"{name}={value}" for name, value in pairs)
    parts = urlsplit(base)
    signer = oauth_signer(CREDENTIALS)
    raw = body.encode()

    def signed() -> bytes:
        _, headers, _ = signer.sign(f"{base}{path}", "POST", body, {"Content-Type": FORM})
        head = (
            f"POST {parts.path}{path} HTTP/1.1\r\nHost: {parts.netloc}\r\n"
            f"Authorization: {headers['Authorization']}\r\n"
            f"Content-Type: {FORM}\r\nContent-Length: {len(raw)}\r\n\r\n"
        )
        return head.encode() + raw

    return Hostile(f"{label} ({len(raw) / 1e6:.2f} MB)", signed)


def _query(base: str, label: str, path: str, query: dict[str, str]) -> Hostile:
    return Hostile(label, _signer(base, Call("GET", path, query)))


def _deep(depth: int) -> bytes:
    """A flexible-audience batch nesting `depth` levels, written out (orjson writes at most 255)."""
    leaf = b'{"custom_audience_id":"a1","lookback_window":7}'
    tree = b'{"boolean_operator":"OR","child_segments":[' * (depth - 1) + leaf + b"]}" * (depth - 1)
    return b'[{"operation_type":"Create","params":{"name":"f","audience_type":"FLEXIBLE","segments":' + tree + b"}}]"


def hostile_requests(base: str, audience: str) -> list[Hostile]:
    """The worst cases, each within the 5 MB body limit."""
    users = f"/accounts/{ACCOUNT}/custom_audiences/{audience}/users"
    flexible = f"/batch/accounts/{ACCOUNT}/custom_audiences"

    def flex(segments: dict[str, Any]) -> list[dict[str, Any]]:
        params = {"name": "f", "audience_type": "FLEXIBLE", "segments": segments}
        return [{"operation_type": "Create", "params": params}]

    def update(user_list: list[dict[str, Any]]) -> dict[str, Any]:
        return {"operation_type": "Update", "params": {"users": user_list}}

    return [
        _json(base, "users batch: 100,000 empty items", users, [{}] * 100_000),
        _json(base, "users batch: 1,600,000 empty items", users, [{}] * 1_600_000),
        _json(base, "users batch: 2,500 items, 400 bad emails each", users, [update([{"email": ["x"] * 400}])] * 2500),
        _json(base, "users batch: 1 item, 300,000 bad users", users, [update([{"email": ["x"]}] * 300_000)]),
        _json(base, "users batch: 2,500 valid items, 70,000 hashes", users, [update([{"email": [HASH] * 28}])] * 2500),
        _json(base, "flexible audience: 500 levels deep", flexible, _deep(500)),
        _json(
            base,
            "flexible audience: 1,500,000 empty children",
            flexible,
            flex({"boolean_operator": "OR", "child_segments": [{}] * 1_500_000}),
        ),
        _json(base, "card: a 5 MB name", f"/accounts/{ACCOUNT}/cards", {"name": "n" * 4_900_000}),
        _query(
            base,
            "media library: 1,200 unknown query parameters",
            f"/accounts/{ACCOUNT}/media_library",
            {f"p{n}": "1" for n in range(1_200)},
        ),
        _query(
            base,
            "media library: 900 unknown query parameters",
            f"/accounts/{ACCOUNT}/media_library",
            {f"p{n}": "1" for n in range(900)},
        ),
        _form(
            base,
            "call-to-action: form body of 900 parameters of 4 KB",
            f"/accounts/{ACCOUNT}/preroll_call_to_actions",
            [("line_item_id", "8v53k"), ("call_to_action", "SHOP")] + [(f"x{n}", "v" * 4000) for n in range(900)],
        ),
        _form(
            base,
            "call-to-action: form body of 400,000 parameters",
            f"/accounts/{ACCOUNT}/preroll_call_to_actions",
            [("line_item_id", "8v53k"), ("call_to_action", "SHOP")] + [(f"x{n}", "1") for n in range(400_000)],
        ),
    ]


# -- the wire ------------------------------------------------------------------------------------


class _Reply:
    def __init__(self) -> None:
        self.done = False
        self.size = 0

    def on_body(self, body: bytes) -> None:
        self.size += len(body)

    def on_message_complete(self) -> None:
        self.done = True


async def _exchange(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, request: bytes) -> tuple[int, int]:
    """Sends one request and reads its answer: (status, body bytes)."""
    reply = _Reply()
    parser = httptools.HttpResponseParser(reply)
    writer.write(request)
    await writer.drain()
    while not reply.done:
        data = await reader.read(65536)
        if not data:
            raise ConnectionError("the server closed the connection")
        parser.feed_data(data)
    return parser.get_status_code(), reply.size


async def _send(host: str, port: int, request: bytes) -> tuple[int, int]:
    reader, writer = await asyncio.open_connection(host, port)
    try:
        return await _exchange(reader, writer, request)
    finally:
        writer.close()


async def _probe(host: str, port: int, stop: asyncio.Event, samples: list[tuple[float, float]]) -> None:
    """Unsigned GETs back to back (each answered 401 without touching storage)."""
    request = f"GET /12/accounts HTTP/1.1\r\nHost: {host}:{port}\r\n\r\n".encode()
    reader, writer = await asyncio.open_connection(host, port)
    try:
        while not stop.is_set():
            began = time.perf_counter()
            await _exchange(reader, writer, request)
            samples.append((began, time.perf_counter()))
    finally:
        writer.close()


@dataclass(frozen=True)
class Hold:
    status: int
    answer_bytes: int
    hold_ms: float
    parse_ms: float

    @property
    def beyond_parsing_ms(self) -> float:
        return max(self.hold_ms - self.parse_ms, 0.0)


async def _held(host: str, port: int, request: bytes) -> tuple[int, int, float]:
    """(status, answer bytes, how much longer than usual the probe waited while it was answered)."""
    samples: list[tuple[float, float]] = []
    stop = asyncio.Event()
    probe = asyncio.create_task(_probe(host, port, stop, samples))
    await asyncio.sleep(0.1)
    usual = statistics.median(end - began for began, end in samples) if samples else 0.0
    began = time.perf_counter()
    status, size = await _send(host, port, request)
    ended = time.perf_counter()
    await asyncio.sleep(0.02)
    stop.set()
    await probe
    waits = [end - start for start, end in samples if end > began and start < ended]
    return status, size, max(max(waits, default=0.0) - usual, 0.0)


async def _hold(host: str, port: int, hostile: Hostile) -> Hold:
    held = [await _held(host, port, hostile.request()) for _ in range(REPEATS)]
    only = hostile.parse_only
    parsed = [(await _held(host, port, only()))[2] for _ in range(REPEATS)] if only else []
    status, size, _ = held[-1]
    return Hold(status, size, min(h[2] for h in held) * 1e3, min(parsed, default=0.0) * 1e3)


async def _under_attack(host: str, port: int, base: str, hostile: list[Hostile], rounds: int) -> list[float]:
    """Latencies of CLIENTS ordinary readers while one client sends every hostile body `rounds` times."""
    reads = presign(base, CREDENTIALS, [Call("GET", f"/accounts/{ACCOUNT}/media_library", {"count": "5"})] * 6000)
    attacks = [one.request() for _ in range(rounds) for one in hostile]  # signed before the clock starts
    done = asyncio.Event()
    latencies: list[float] = []

    async def reader(share: list[bytes]) -> None:
        stream, writer = await asyncio.open_connection(host, port)
        try:
            for request in share:
                if done.is_set():
                    return
                began = time.perf_counter()
                await _exchange(stream, writer, request)
                latencies.append(time.perf_counter() - began)
                await asyncio.sleep(0.002)  # ordinary clients, not a flood
        finally:
            writer.close()

    async def attacker() -> None:
        for attack in attacks:
            await _send(host, port, attack)
        done.set()

    await asyncio.gather(attacker(), *(reader(reads[n::CLIENTS]) for n in range(CLIENTS)))
    return latencies


def _audience(base: str) -> str:
    """A custom audience of the account (users batches name one)."""
    with httpx.Client(base_url=base, auth=OAuth1Auth(CREDENTIALS), timeout=30) as api:
        return str(api.get(f"/accounts/{ACCOUNT}/custom_audiences").json()["data"][0]["id"])


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        started = start_process(Path(scratch) / "hostile.sqlite3")
        try:
            base = f"{started.base}/12"
            parts = urlsplit(started.base)
            host, port = parts.hostname or "127.0.0.1", parts.port or 80
            print("Hostile bodies against an emulator process (ratios against the ceilings; ≤ 1.00 holds)")
            hostile = hostile_requests(base, _audience(base))
            worst = 0.0
            for one in hostile:
                held = asyncio.run(_hold(host, port, one))
                worst = max(worst, held.beyond_parsing_ms)
                print(
                    f"  {one.label:<62} {held.status}  answer {held.answer_bytes:>7} B"
                    f"  held {held.hold_ms:7.1f} ms  parse {held.parse_ms:6.1f} ms"
                    f"  beyond {held.beyond_parsing_ms:7.1f} ms  ratio {held.beyond_parsing_ms / HOLD_CEILING_MS:5.2f}"
                )
            print(
                f"  longest hold beyond parsing: {worst:.1f} ms,"
                f" ratio {worst / HOLD_CEILING_MS:.2f} of the {HOLD_CEILING_MS:.0f} ms ceiling"
            )
            latencies = asyncio.run(_under_attack(host, port, base, hostile, 2))
            p99 = statistics.quantiles(latencies, n=100)[98] * 1e3 if len(latencies) > 1 else float("nan")
            print(
                f"  other clients' p99 under attack ({len(latencies)} reads by {CLIENTS} clients): {p99:.1f} ms,"
                f" ratio {p99 / P99_CEILING_MS:.2f} of the {P99_CEILING_MS:.0f} ms ceiling"
            )
        finally:
            started.process.terminate()
            started.process.wait(timeout=10)


if __name__ == "__main__":
    main()
