"""One route and one parse per request (issue 11, "What must hold" 1), against the real emulator.

Requests are signed for real with oauthlib over the exact raw target and sent with http.client,
which (unlike httpx) sends a path as written: `/./` and `..` are not tidied away before they
reach the server. Another user's credentials are used throughout, so any spelling that reached
an operation without the account check would read or change the demo user's account.
"""

from __future__ import annotations

import http.client
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast
from urllib.parse import urlsplit

import pytest
from oauthlib import oauth1

from tests.support.emulator import ACCOUNT, DEMO, OTHER
from xads_client import Credentials
from xads_emulator.app import EmulatorApp
from xads_emulator.server import running
from xads_spec import load_bundle, supported_versions
from xads_spec.bundle import operations

FORM = "application/x-www-form-urlencoded"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    database = tmp_path_factory.mktemp("routing") / "emulator.sqlite3"
    with running(EmulatorApp(database)) as base:
        yield base, database


def send(
    base: str,
    method: str,
    target: str,
    credentials: Credentials,
    body: str | bytes = "",
    content_type: str | None = None,
    sign_body: bool = True,
) -> tuple[int, dict[str, str], bytes]:
    """One signed request with `target` sent byte for byte; `sign_body=False` signs as if the
    body were not a form (what a signer does when it does not read the content type as form)."""
    client = oauth1.Client(
        credentials.consumer_key,
        client_secret=credentials.consumer_secret,
        resource_owner_key=credentials.access_token,
        resource_owner_secret=credentials.access_token_secret,
    )
    signed_body = body if sign_body and isinstance(body, str) and body else None
    signed_headers = {"Content-Type": FORM} if signed_body else {}
    _uri, headers, _body = client.sign(f"{base}{target}", cast(Any, method), signed_body, signed_headers)
    if content_type:
        headers["Content-Type"] = content_type
    netloc = urlsplit(base).netloc
    connection = http.client.HTTPConnection(netloc, timeout=10)
    try:
        payload = body.encode() if isinstance(body, str) else body
        connection.request(method, target, body=payload or None, headers=headers)
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        connection.close()


def stored(database: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(database) as db:
        return db.execute("SELECT * FROM resources ORDER BY 1, 2, 3").fetchall()


def targets(version: int) -> list[tuple[str, str]]:
    """Every operation of a version as (method, canonical path in the demo user's account)."""
    found = []
    for path, method, _op in operations(load_bundle(version)):
        filled = re.sub(r"\{([^}]+)\}", lambda m: ACCOUNT if m.group(1) == "account_id" else "1234", path)
        found.append((method.upper(), f"/{version}{filled}"))
    return found


def spellings(path: str) -> list[str]:
    """Non-canonical spellings of `/12/accounts/...`, each of which once reached the same operation."""
    version, rest = path[1:].split("/", 1)
    head, _, tail = rest.partition("/")
    return [
        f"/{path}",  # //12/...
        f"/{version}//{rest}",  # /12//accounts
        f"/{version}/./{rest}",
        f"/{version}/x/../{rest}",
        f"/{version}/{head}/%2E/{tail}" if tail else f"/{version}/%2E/{rest}",
        f"/{version}%2F{rest}",
        f"/{version}/{head}%2F{tail}" if tail else f"/{version}/{head}%2F",
        f"{path}/",
        f"{path}//",
    ]


@pytest.mark.parametrize("version", supported_versions())
def test_every_operation_in_every_spelling_is_404_for_another_user(served: tuple[str, Path], version: int) -> None:
    base, database = served
    before = stored(database)
    for method, path in targets(version):
        for target in spellings(path):
            status, _headers, body = send(base, method, target, OTHER)
            assert status == 404, (method, target, body)
            assert b'"errors"' in body
    assert stored(database) == before


def test_the_canonical_spelling_reaches_the_account_check(served: tuple[str, Path]) -> None:
    """The control: written canonically, another user meets the account check, the owner the operation."""
    base, _database = served
    status, _headers, body = send(base, "GET", f"/12/accounts/{ACCOUNT}/cards", OTHER)
    assert status == 404 and b'"account_id"' in body
    assert send(base, "GET", f"/12/accounts/{ACCOUNT}/cards", DEMO)[0] == 200


def test_a_form_body_the_signature_cannot_read_is_refused(served: tuple[str, Path]) -> None:
    base, database = served
    before = stored(database)
    target = f"/12/accounts/{ACCOUNT}/draft_tweets"
    # a malformed escape; an escaped Latin-1 byte; a raw Latin-1 byte: none of them UTF-8 form data
    for body in ("text=50%zzoff", "text=%E9t%E9", b"text=caf\xe9"):
        status, _headers, answer = send(base, "POST", target, DEMO, body, FORM, sign_body=False)
        assert status == 400 and b'"errors"' in answer, answer
    assert stored(database) == before


def test_form_content_type_spellings_are_signed_or_refused(served: tuple[str, Path]) -> None:
    """`Application/X-WWW-Form-Urlencoded; charset=UTF-8` is a form: its pairs must be signed;
    a signature that left them out (as a case-sensitive signer would) is refused, not applied."""
    base, database = served
    target = f"/12/accounts/{ACCOUNT}/draft_tweets"
    spelled = "Application/X-WWW-Form-Urlencoded; charset=UTF-8"
    before = stored(database)
    status, _headers, answer = send(base, "POST", target, DEMO, "text=unsigned", spelled, sign_body=False)
    assert status == 401, answer
    assert stored(database) == before
    status, _headers, answer = send(base, "POST", target, DEMO, "text=signed", spelled)
    assert status == 200 and b'"signed"' in answer


def test_a_count_of_5000_digits_is_400(served: tuple[str, Path]) -> None:
    base, _database = served
    status, _headers, answer = send(base, "GET", f"/12/accounts/{ACCOUNT}/cards?count={'9' * 5000}", DEMO)
    assert status == 400 and b'"count"' in answer
