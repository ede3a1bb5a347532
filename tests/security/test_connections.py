"""Connection hygiene (server.ConnectionLimits): oversized heads are refused as they arrive,
stalled connections are answered 408 or closed after their timeout, and while hundreds of them
hang, other clients are served promptly. The server here runs with short timeouts."""

from __future__ import annotations

import selectors
import socket
import threading
import time
from collections.abc import Iterator

import orjson
import pytest

from tests.security.conftest import ACCOUNT
from tests.support.emulator import DEMO, Emulator, ResponseChecker, checked_emulator
from xads_client import OAuth1Auth
from xads_client.auth import FORM
from xads_emulator.server import ConnectionLimits

TIMEOUT = 1.0
LIMITS = ConnectionLimits(idle_timeout=TIMEOUT, header_timeout=TIMEOUT, body_timeout=TIMEOUT)
SLACK = 1.5  # seconds past a timeout within which the server must have acted


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Emulator]:
    """This module's emulator, with second-long timeouts (the defaults are seconds long)."""
    database = tmp_path_factory.mktemp("connections") / "emulator.sqlite3"
    with checked_emulator(database, ResponseChecker(), LIMITS) as served:
        yield served


def _connect(server: Emulator) -> socket.socket:
    host, port = server.base.removeprefix("http://").split(":")
    return socket.create_connection((host, int(port)), timeout=10)


def _read_until_closed(conn: socket.socket) -> bytes:
    received = b""
    while chunk := conn.recv(65536):
        received += chunk
    return received


def _status_and_error(raw: bytes) -> tuple[int, dict[str, str]]:
    """Status and the first error of an answer in the envelope (which closes the connection)."""
    head, _, body = raw.partition(b"\r\n\r\n")
    assert b"connection: close" in head.lower(), head
    for name in (b"x-rate-limit-limit", b"x-rate-limit-remaining", b"x-rate-limit-reset"):
        assert name in head.lower(), head  # the spec declares them on every answer, refusals included
    return int(head.split()[1]), orjson.loads(body)["errors"][0]


def test_an_8_mb_header_is_refused_quickly(server: Emulator) -> None:
    header = b"X-Big: " + b"a" * 8_000_000 + b"\r\n"
    with _connect(server) as conn:
        started = time.monotonic()
        conn.sendall(b"GET /12/accounts HTTP/1.1\r\nHost: x\r\n")
        sent = 0
        try:
            while sent < len(header):  # the server closes long before all of it is sent
                conn.sendall(header[sent : sent + 65536])
                sent += 65536
        except OSError:  # reset by the server: it stopped reading
            pass
        status, error = _status_and_error(_read_until_closed(conn))
    assert status == 431 and "16384" in error["message"]
    assert time.monotonic() - started < 2
    assert sent < len(header)


@pytest.mark.parametrize(
    ("head", "status"),
    [
        (b"GET /12/accounts HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 17_000 + b"\r\n\r\n", 431),
        (b"GET /12/accounts HTTP/1.1\r\nHost: x\r\n" + b"X-Many: 1\r\n" * 2_000 + b"\r\n", 431),
        (b"GET /12/accounts?q=" + b"a" * 17_000 + b" HTTP/1.1\r\nHost: x\r\n\r\n", 400),
    ],
    ids=["one-large-header", "many-headers", "request-line"],
)
def test_heads_over_their_limit_are_refused_in_the_envelope(server: Emulator, head: bytes, status: int) -> None:
    with _connect(server) as conn:
        conn.sendall(head)
        answer, error = _status_and_error(_read_until_closed(conn))
    assert answer == status and error["code"] == "INVALID_REQUEST"


def test_heads_within_the_limits_are_served(server: Emulator) -> None:
    with server.client() as api:
        answer = api.get(f"/accounts/{ACCOUNT}", params={"q": "a" * 8_000}, headers={"X-Padding": "p" * 15_000})
    assert answer.status_code in (200, 400)  # read and answered by the application, not refused by the server
    assert "request target" not in answer.text and "headers are larger" not in answer.text


def _stall(server: Emulator, count: int) -> dict[str, list[socket.socket]]:
    """`count` connections in each of three ways: silent, stopped mid-headers, stopped mid-body."""
    stalled: dict[str, list[socket.socket]] = {"silent": [], "mid-headers": [], "mid-body": []}
    for index in range(count):
        kind = list(stalled)[index % 3]
        conn = _connect(server)
        if kind == "mid-headers":
            conn.sendall(b"GET /12/accounts HTTP/1.1\r\nHost: x\r\nX-Slow: ")
        elif kind == "mid-body":
            conn.sendall(b"POST /12/accounts HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n{\"na")
        stalled[kind].append(conn)
    return stalled


def _closed_within(conns: list[socket.socket], seconds: float) -> dict[socket.socket, bytes]:
    """What each connection received until the server closed it, waiting at most `seconds` in all."""
    received = {conn: b"" for conn in conns}
    with selectors.DefaultSelector() as selector:
        for conn in conns:
            conn.setblocking(False)
            selector.register(conn, selectors.EVENT_READ)
        deadline = time.monotonic() + seconds
        while selector.get_map() and time.monotonic() < deadline:
            for key, _ in selector.select(timeout=0.1):
                ready = key.fileobj
                assert isinstance(ready, socket.socket)
                try:
                    chunk = ready.recv(65536)
                except ConnectionResetError:
                    chunk = b""
                if chunk:
                    received[ready] += chunk
                else:
                    selector.unregister(ready)
        open_ = len(selector.get_map())
    assert open_ == 0, f"{open_} connection(s) still open after {seconds} s"
    return received


def test_200_stalled_connections_do_not_stop_other_clients(server: Emulator) -> None:
    stalled = _stall(server, 200)
    started = time.monotonic()
    try:
        latencies: list[float] = []
        errors: list[BaseException] = []

        def client() -> None:
            try:
                with server.client() as api:
                    for _ in range(10):
                        sent = time.monotonic()
                        assert api.get(f"/accounts/{ACCOUNT}").status_code == 200
                        latencies.append(time.monotonic() - sent)
            except BaseException as error:  # reported by the main thread
                errors.append(error)

        threads = [threading.Thread(target=client) for _ in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
        assert len(latencies) == 30 and max(latencies) < 0.5, sorted(latencies)[-3:]
        assert time.monotonic() - started < TIMEOUT  # all served while every stalled connection still hung

        everything = [conn for conns in stalled.values() for conn in conns]
        received = _closed_within(everything, TIMEOUT + SLACK - (time.monotonic() - started))
        assert all(received[conn] == b"" for conn in stalled["silent"])  # nothing to answer: just closed
        for kind, part in (("mid-headers", "headers"), ("mid-body", "body")):
            for conn in stalled[kind]:
                status, error = _status_and_error(received[conn])
                assert status == 408 and error["code"] == "REQUEST_TIMEOUT" and part in error["message"], kind
    finally:
        for conns in stalled.values():
            for conn in conns:
                conn.close()


def test_an_idle_keep_alive_connection_is_closed(server: Emulator) -> None:
    with _connect(server) as conn:
        conn.sendall(b"GET /12/accounts HTTP/1.1\r\nHost: x\r\n\r\n")
        first = conn.recv(65536)
        assert first.startswith(b"HTTP/1.1 401"), first
        received = _closed_within([conn], TIMEOUT + SLACK)
    assert received[conn] == b""  # the whole answer came before; then the idle connection was closed


def _drip(conn: socket.socket, data: bytes) -> None:
    """Send `data` every 0.2 s for longer than the timeout, or until the server closes the connection."""
    started = time.monotonic()
    try:
        while time.monotonic() - started < TIMEOUT + SLACK:
            conn.sendall(data)
            time.sleep(0.2)
    except OSError:
        pass


def test_a_trickle_of_line_breaks_does_not_keep_a_connection_open(server: Emulator) -> None:
    """Bytes that start no request (blank lines) do not reset the idle timer."""
    with _connect(server) as conn:
        _drip(conn, b"\r\n")
        conn.settimeout(TIMEOUT + SLACK)
        try:
            closed = conn.recv(1) == b""
        except ConnectionResetError:
            closed = True
    assert closed


def test_a_slowloris_head_gets_408_although_bytes_keep_coming(server: Emulator) -> None:
    """The header timeout counts from the request's first byte: a byte now and then does not extend it."""
    with _connect(server) as conn:
        conn.sendall(b"GET /12/accounts HTTP/1.1\r\nHost: x\r\n")
        _drip(conn, b"X")
        conn.settimeout(SLACK)
        status, error = _status_and_error(_read_until_closed(conn))
    assert status == 408 and "headers" in error["message"]


def test_a_body_that_stalls_short_of_its_length_is_not_applied(server: Emulator) -> None:
    """A signed create whose body stops before its Content-Length gets 408, and nothing is made:
    the server's timeout ends the request, it does not hand the app a shortened body."""
    path = f"/12/accounts/{ACCOUNT}/custom_audiences"
    body = b"name=half+sent+audience"
    host = server.base.removeprefix("http://")
    authorization = OAuth1Auth(DEMO).authorization("POST", f"{server.base}{path}", FORM, body)
    conn = _connect(server)
    with conn:
        conn.sendall(
            f"POST {path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: {FORM}\r\nAuthorization: {authorization}\r\n"
            f"Content-Length: {len(body) + 100}\r\n\r\n".encode()
            + body
        )
        conn.settimeout(TIMEOUT + SLACK)
        status, error = _status_and_error(_read_until_closed(conn))
    assert (status, error["code"]) == (408, "REQUEST_TIMEOUT")
    with server.client() as api:
        names = [item["name"] for item in api.get(f"/accounts/{ACCOUNT}/custom_audiences").json()["data"]]
    assert "half sent audience" not in names
