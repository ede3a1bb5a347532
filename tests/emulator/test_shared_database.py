"""Two emulators serving one SQLite file (as several worker processes would, each with its own
connection) share what must be shared: used nonces, rate-limit windows and id sequences."""

from __future__ import annotations

import http.client
import os
import signal
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest
from oauthlib import oauth1

from bench.soak import cpu_seconds, start, worker_pids
from tests.support.emulator import DEMO
from xads_client import OAuth1Auth
from xads_emulator.app import EmulatorApp
from xads_emulator.ratelimit import DEFAULT_LIMIT, RateLimiter
from xads_emulator.server import running

ACCOUNT = "18ce54d4x5t"
TOKEN = "shared-database-test-token"
LIMIT = 3  # requests per window for operations the spec gives no limit


@contextmanager
def _two(db: Path, limit: tuple[int, int] = DEFAULT_LIMIT) -> Iterator[tuple[str, str]]:
    """Base URLs (version 12) of two emulators on the database file `db`."""
    first, second = (EmulatorApp(db, limits=RateLimiter(limit)) for _ in range(2))
    with running(first) as one, running(second) as two:
        yield f"{one}/12", f"{two}/12"


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    with _two(tmp_path_factory.mktemp("shared") / "shared.sqlite3", (LIMIT, 900)) as both:
        yield both


def _signed(url: str) -> dict[str, str]:
    signer = oauth1.Client(DEMO.consumer_key, DEMO.consumer_secret, DEMO.access_token, DEMO.access_token_secret)
    _uri, headers, _body = signer.sign(url)
    return dict(headers)


def test_each_refuses_a_nonce_the_other_has_seen(pair: tuple[str, str]) -> None:
    one, two = pair
    url = f"{one}/accounts/{ACCOUNT}"
    headers = _signed(url)
    assert httpx.get(url, headers=headers).status_code == 200
    # The same signed request (same Host, so the signature still verifies) to the other emulator.
    replay = httpx.get(f"{two}/accounts/{ACCOUNT}", headers={**headers, "Host": httpx.URL(one).netloc.decode()})
    assert replay.status_code == 401
    assert replay.json()["errors"][0]["message"] == "The OAuth nonce was already used"


def test_rate_limits_hold_across_them(pair: tuple[str, str]) -> None:
    statuses = []
    remaining = []
    for turn in range(LIMIT + 2):
        base = pair[turn % 2]
        with httpx.Client(base_url=base, auth=OAuth1Auth(DEMO)) as api:
            answer = api.get(f"/accounts/{ACCOUNT}/draft_tweets")
        statuses.append(answer.status_code)
        remaining.append(int(answer.headers["x-rate-limit-remaining"]))
    assert statuses == [200] * LIMIT + [429, 429]
    assert remaining == [LIMIT - 1, LIMIT - 2, 0, 0, 0]


def test_ids_stay_unique_across_them(tmp_path: Path) -> None:
    made = []
    with _two(tmp_path / "ids.sqlite3") as both:
        for turn in range(6):
            with httpx.Client(base_url=both[turn % 2], auth=OAuth1Auth(DEMO)) as api:
                answer = api.post(
                    f"/accounts/{ACCOUNT}/preroll_call_to_actions",
                    params={"line_item_id": "8v53k", "call_to_action": "SHOP", "call_to_action_url": "https://x.com"},
                )
            assert answer.status_code == 200, answer.text
            made.append(answer.json()["data"]["id"])
    assert len(set(made)) == len(made)


@pytest.fixture(scope="module")
def workers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    """`xads-emulator serve --workers 2` as a process of its own (its version-12 base URL)."""
    process, base = start(tmp_path_factory.mktemp("workers") / "workers.sqlite3", workers=2, admin_token=TOKEN)
    try:
        yield process, base
    finally:
        process.terminate()
        process.wait(timeout=10)


def _fresh(base: str, count: int, path: str = f"/accounts/{ACCOUNT}/draft_tweets") -> list[httpx.Response]:
    """`count` signed GETs, each on a connection of its own (so both workers take some)."""
    answers = []
    for _ in range(count):
        with httpx.Client(base_url=base, auth=OAuth1Auth(DEMO)) as api:
            answers.append(api.get(path))
    return answers


def test_workers_read_one_clock(workers: tuple[subprocess.Popen[bytes], str]) -> None:
    """The clock moved through one worker is the clock of every worker (control endpoints
    answer on whichever worker takes the connection)."""
    _process, base = workers
    origin = base.rsplit("/12", 1)[0]
    moved = httpx.post(
        f"{origin}/_emulator/clock", json={"now": "2031-05-05T00:00:00Z"}, headers={"Authorization": f"Bearer {TOKEN}"}
    )
    assert moved.status_code == 200, moved.text
    made = []
    for _ in range(16):  # a connection each: both workers take some
        with httpx.Client(base_url=base, auth=OAuth1Auth(DEMO)) as api:
            answer = api.post(
                f"/accounts/{ACCOUNT}/preroll_call_to_actions",
                params={"line_item_id": "8v53k", "call_to_action": "SHOP", "call_to_action_url": "https://x.com"},
            )
        assert answer.status_code == 200, answer.text
        made.append(answer.json()["data"]["created_at"])
    assert all(m.startswith("2031-05-05T00:0") for m in made), made


def _serving_process(server_port: int, client_port: int, pids: list[int]) -> int:
    """The worker holding the server side of the loopback connection from `client_port` (Linux:
    the connection's socket inode in /proc/net/tcp, then whose descriptors point at it)."""
    inode = None
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        local, remote = (int(address.rsplit(":", 1)[1], 16) for address in fields[1:3])
        if (local, remote) == (server_port, client_port):
            inode = fields[9]
    assert inode is not None, "no server side for this connection"
    for pid in pids:
        if any(os.readlink(fd) == f"socket:[{inode}]" for fd in Path(f"/proc/{pid}/fd").iterdir()):
            return pid
    raise AssertionError("no worker holds this connection")


def test_connections_opened_at_once_spread_over_the_workers(workers: tuple[subprocess.Popen[bytes], str]) -> None:
    """A client's keep-alive connections, opened together, are served by both workers, not all
    by whichever worker woke first."""
    process, base = workers
    pids = worker_pids(process)
    address = urlsplit(base)
    connections = [http.client.HTTPConnection(address.hostname or "", address.port, timeout=10) for _ in range(16)]
    for connection in connections:
        connection.connect()
    try:
        for connection in connections:
            path = f"{address.path}/accounts/{ACCOUNT}"
            connection.request("GET", path, headers=_signed(f"{base}/accounts/{ACCOUNT}"))
            answer = connection.getresponse()
            answer.read()
            assert answer.status == 200
        serving = {_serving_process(address.port or 0, c.sock.getsockname()[1], pids) for c in connections}
    finally:
        for connection in connections:
            connection.close()
    assert serving == set(pids)


def test_workers_serve_together_and_outlive_a_killed_one(workers: tuple[subprocess.Popen[bytes], str]) -> None:
    process, base = workers
    pids = worker_pids(process)
    assert len(pids) == 2
    busy = [cpu_seconds(pid) for pid in pids]
    assert {a.status_code for a in _fresh(base, 60)} == {200}
    assert all(cpu_seconds(pid) > before for pid, before in zip(pids, busy, strict=True))  # both took requests
    url = f"{base}/accounts/{ACCOUNT}"
    headers = _signed(url)
    replays = [httpx.get(url, headers=headers) for _ in range(12)]  # a new connection each
    assert [r.status_code for r in replays] == [200] + [401] * 11
    os.kill(pids[0], signal.SIGKILL)
    deadline = time.monotonic() + 10
    while pids[0] in worker_pids(process) and time.monotonic() < deadline:  # until the parent reaps it
        time.sleep(0.05)
    assert {a.status_code for a in _fresh(base, 20)} == {200}  # the other worker answers them all
