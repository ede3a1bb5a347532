"""The control endpoints (/_emulator/reset, /_emulator/clock): only with the admin token, never
from a browser (Origin) or a form, only clock values in range; every refusal changes nothing."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.security.conftest import ACCOUNT
from tests.support.emulator import Emulator
from xads_emulator.app import EmulatorApp
from xads_emulator.control import TOKEN_ENV, admin_headers
from xads_emulator.server import free_port, running, wait_until_serving

CTAS = f"/accounts/{ACCOUNT}/preroll_call_to_actions"


def _post(server: Emulator, endpoint: str, **options: Any) -> httpx.Response:
    return httpx.post(f"{server.base}/_emulator/{endpoint}", **options)


def _clock_is_real(server: Emulator) -> bool:
    return abs(server.app.clock.now() - datetime.now(UTC)) < timedelta(seconds=5)


@pytest.fixture
def cta(server: Emulator, as_demo: httpx.Client) -> Iterator[str]:
    """A resource made after the seed, which a reset would remove; the clock is real again afterwards."""
    made = as_demo.post(
        CTAS, params={"line_item_id": "8v53k", "call_to_action": "SHOP", "call_to_action_url": "https://x.com"}
    )
    assert made.status_code == 200, made.text
    yield str(made.json()["data"]["id"])
    server.app.clock.set(datetime.now(UTC))


def _refusals(token: str) -> list[tuple[str, dict[str, Any], int, str | None]]:
    """(what, request options, status, parameter named) for each way a request is refused."""
    auth = admin_headers(token)
    return [
        ("no token", {"json": {}}, 401, "Authorization"),
        ("wrong token", {"json": {}, "headers": admin_headers(token + "x")}, 401, "Authorization"),
        ("token not as Bearer", {"json": {}, "headers": {"Authorization": token}}, 401, "Authorization"),
        ("an Origin", {"json": {}, "headers": {**auth, "Origin": "https://example.com"}}, 403, "Origin"),
        ("a null Origin", {"json": {}, "headers": {**auth, "Origin": "null"}}, 403, "Origin"),
        ("a form post", {"data": {"now": "2030-01-01T00:00:00Z"}, "headers": auth}, 415, "Content-Type"),
        ("text/plain", {"content": b"{}", "headers": {**auth, "Content-Type": "text/plain"}}, 415, "Content-Type"),
        (
            "multipart",
            {"files": {"f": b"{}"}, "data": {"advance_seconds": "9"}, "headers": auth},
            415,
            "Content-Type",
        ),
        ("no content type", {"headers": auth}, 415, "Content-Type"),
    ]


@pytest.mark.parametrize("endpoint", ["reset", "clock"])
def test_refused_requests_change_nothing(server: Emulator, as_demo: httpx.Client, cta: str, endpoint: str) -> None:
    for what, options, status, parameter in _refusals(server.admin_token):
        if endpoint == "clock" and "json" in options:
            options = {**options, "json": {"now": "2030-01-01T00:00:00Z"}}
        answer = _post(server, endpoint, **options)
        assert answer.status_code == status, (what, answer.text)
        assert answer.json()["errors"][0].get("parameter") == parameter, what
        assert _clock_is_real(server), what
        assert as_demo.get(f"{CTAS}/{cta}").status_code == 200, what  # not reset


def test_with_the_token_reset_and_clock_work(server: Emulator, as_demo: httpx.Client, cta: str) -> None:
    moved = server.control("clock", now="2030-01-01T00:00:00Z")
    assert moved.json() == {"now": "2030-01-01T00:00:00Z"}
    assert server.control("clock", advance_seconds=3600).json() == {"now": "2030-01-01T01:00:00Z"}
    assert server.control("reset").json() == {"reset": True}
    assert as_demo.get(f"{CTAS}/{cta}").status_code == 404


def test_methods_and_unknown_endpoints(server: Emulator) -> None:
    auth = admin_headers(server.admin_token)
    wrong_method = httpx.get(f"{server.base}/_emulator/clock", headers=auth)
    assert wrong_method.status_code == 405 and wrong_method.headers["allow"] == "POST"
    assert _post(server, "nothing", json={}, headers=auth).status_code == 404
    assert _post(server, "nothing", json={}).status_code == 401  # no endpoint listing without the token


@pytest.mark.parametrize(
    ("command", "parameter"),
    [
        ({"advance_seconds": 1e300}, "advance_seconds"),
        ({"advance_seconds": -1e300}, "advance_seconds"),
        ({"advance_seconds": 200 * 365 * 86400}, "advance_seconds"),
        ({"advance_seconds": "3600"}, "advance_seconds"),
        ({"advance_seconds": True}, "advance_seconds"),
        ({"advance_seconds": None}, "advance_seconds"),
        ({"now": "2100-01-01T00:00:00Z"}, "now"),
        ({"now": "1999-12-31T23:59:59Z"}, "now"),
        ({"now": "9999-12-31T23:59:59+00:00"}, "now"),
        ({"now": "2030-01-01T00:00:00"}, "now"),  # no time zone
        ({"now": "soon"}, "now"),
        ({"now": 1893456000}, "now"),
        ({"now": "2099-12-31T23:00:00Z", "advance_seconds": 7200}, "now"),
        ({"advance": 60}, "advance"),
    ],
)
def test_clock_takes_only_bounded_valid_values(
    server: Emulator, as_demo: httpx.Client, command: dict[str, Any], parameter: str
) -> None:
    answer = server.control("clock", **command)
    assert answer.status_code == 400, answer.text
    assert answer.json()["errors"][0]["parameter"] == parameter
    assert _clock_is_real(server)
    assert as_demo.get(f"/accounts/{ACCOUNT}").status_code == 200  # later requests still work


NOT_JSON_OBJECTS = [b"[1]", b"not json", b'{"now": NaN}', b'{"advance_seconds": Infinity}']


@pytest.mark.parametrize("body", [*NOT_JSON_OBJECTS, b'{"advance_seconds": 1%s}' % (b"0" * 400)])
def test_clock_bodies_that_are_not_a_json_object_are_400(server: Emulator, body: bytes) -> None:
    headers = {**admin_headers(server.admin_token), "Content-Type": "application/json"}
    assert _post(server, "clock", content=body, headers=headers).status_code == 400
    assert _clock_is_real(server)


def test_clock_moves_to_the_edges_of_its_range(server: Emulator) -> None:
    try:
        assert server.control("clock", now="2000-01-01T00:00:00Z").status_code == 200
        assert server.control("clock", advance_seconds=-1).status_code == 400
        assert server.control("clock", now="2099-12-31T00:00:00Z").status_code == 200
        assert server.control("clock", advance_seconds=86400).status_code == 400
    finally:
        server.app.clock.set(datetime.now(UTC))


def test_without_a_token_the_endpoints_are_off(tmp_path: Path) -> None:
    app = EmulatorApp(tmp_path / "off.sqlite3")
    with running(app) as base:
        for token in ("x", "anything"):
            answer = httpx.post(f"{base}/_emulator/reset", json={}, headers=admin_headers(token))
            assert answer.status_code == 404


def test_the_cli_prints_a_random_token_per_start_or_takes_one() -> None:
    """The printed token opens the clock; --admin-token sets it (over the environment, which
    start_process uses, as the demo's test shows); --no-control turns the endpoints off.
    (Three processes, started together.)"""
    clean = {k: v for k, v in os.environ.items() if k != TOKEN_ENV}
    runs: dict[str, tuple[tuple[str, ...], dict[str, str]]] = {
        "random": ((), clean),
        "flag": (("--admin-token", "from-the-flag"), {**clean, TOKEN_ENV: "overridden"}),
        "off": (("--no-control",), {**clean, TOKEN_ENV: "ignored"}),
    }
    started = {}
    for name, (options, env) in runs.items():
        port = free_port()
        command = [sys.executable, "-m", "xads_emulator", "serve", "--port", str(port), "--db", ":memory:", *options]
        started[name] = (subprocess.Popen(command, stdout=subprocess.PIPE, env=env), f"http://127.0.0.1:{port}")
    tokens: dict[str, str | None] = {}
    try:
        for name, (process, base) in started.items():
            tokens[name] = _banner_token(process, base)
    finally:
        for process, _base in started.values():
            process.terminate()
            process.wait(timeout=10)
    assert tokens["random"] and len(tokens["random"]) >= 32
    assert tokens["flag"] == "from-the-flag"
    assert tokens["off"] is None


def _banner_token(process: subprocess.Popen[bytes], base: str) -> str | None:
    """Once the emulator serves, the token its start banner printed; checks that it opens the clock."""
    wait_until_serving(base, process)
    assert process.stdout is not None
    os.set_blocking(process.stdout.fileno(), False)
    banner = (process.stdout.read() or b"").decode()  # printed and flushed before serving
    assert "X Ads API emulator on" in banner
    found = re.search(r"Authorization: Bearer (\S+)", banner)
    token = found.group(1) if found else None
    answer = httpx.post(f"{base}/_emulator/clock", json={}, headers=admin_headers(token or "none"))
    assert answer.status_code == (200 if token else 404), answer.text
    return token
