"""The request journal: over HTTP, through the fixture's handle, and as a page in headless Chromium."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.lab.conftest import Lab, serve_lab
from tests.support.browser import Browser
from tests.support.emulator import ACCOUNT

A = f"/accounts/{ACCOUNT}"


@pytest.fixture(scope="module")
def journal_lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Lab]:
    """A lab of its own, so the journal holds only this module's requests."""
    with serve_lab(tmp_path_factory.mktemp("journal") / "emulator.sqlite3") as served:
        yield served


@pytest.fixture(scope="module")
def traffic(journal_lab: Lab) -> Lab:
    with journal_lab.api() as api:
        api.get(f"{A}/media_library", params={"count": "5", "colour": "red"})  # an ignored parameter
        api.get(f"{A}/media_library", params={"count": "0"})  # a violation
        # A secret in a form body and the query is never shown, nor oauth_* parameters.
        api.post(f"{A}/custom_audiences", data={"name": "demo-user-token-secret"})
        api.get(f"{A}/preroll_call_to_actions", params={"oauth_token": "demo-user-token", "q": "<script>x</script>"})
    return journal_lab


def test_the_journal_lists_requests_with_what_the_server_saw(traffic: Lab) -> None:
    entries = traffic.control("GET", "requests").json()["data"]
    assert [e["operation"] for e in entries] == [
        "list_media_library",
        "list_media_library",
        "create_custom_audience",
        "list_preroll_call_to_actions",
    ]
    ignored, invalid, created, odd = entries
    assert ignored["ignored_parameters"] == ["colour"] and ignored["status"] == 200
    assert ignored["parameters"] == {"count": "5", "colour": "red"} and ignored["profile"] == "live"
    assert invalid["status"] == 400 and invalid["violations"] and all("." in v for v in invalid["violations"])
    assert created["parameters"] == {"name": "REDACTED"}
    assert "demo-user-token" not in str(entries) and "demo-consumer-secret" not in str(entries)
    assert odd["parameters"]["oauth_token"] == "REDACTED"
    assert ignored["account"] == ACCOUNT and ignored["latency_ms"] > 0 and ignored["id"] < invalid["id"]


def test_filters_over_http_and_the_fixture(traffic: Lab) -> None:
    only = traffic.control("GET", "requests", params={"operation": "list_media_library", "status": "400"})
    assert [e["parameters"] for e in only.json()["data"]] == [{"count": "0"}]
    assert traffic.handle.requests(operation="create_custom_audience")[0]["status"] == 200
    newest = traffic.handle.requests(limit=1)
    assert newest[0]["operation"] == "list_preroll_call_to_actions"
    assert traffic.handle.requests(since=newest[0]["id"]) == []
    bad = traffic.control("GET", "requests", params={"status": "teapot"})
    assert bad.status_code == 400 and bad.json()["errors"][0]["parameter"] == "status"
    assert traffic.control("GET", "requests", params={"colour": "red"}).json()["errors"][0]["parameter"] == "colour"
    # The token goes in the header here; only the page takes it in the URL.
    assert httpx.get(f"{traffic.base}/_emulator/requests", params={"token": traffic.token}).status_code == 401
    assert traffic.control("POST", "requests", json={}).status_code == 405


def test_the_page_needs_the_token_and_refuses_browsers_cross_site(traffic: Lab) -> None:
    page = f"{traffic.base}/_emulator/"
    assert httpx.get(page).status_code == 401
    assert httpx.get(page, params={"token": "wrong"}).status_code == 401
    opened = httpx.get(page, params={"token": traffic.token})
    assert opened.status_code == 200 and opened.headers["content-type"].startswith("text/html")
    assert opened.headers["referrer-policy"] == "no-referrer" and opened.headers["cache-control"] == "no-store"
    assert "default-src 'none'" in opened.headers["content-security-policy"]
    cross_site = httpx.get(page, params={"token": traffic.token}, headers={"Origin": "http://evil.example"})
    assert cross_site.status_code == 403
    assert httpx.post(page, params={"token": traffic.token}, json={}).status_code == 401  # POST: header only


def test_the_page_in_headless_chromium(traffic: Lab, tmp_path: Path) -> None:
    page = f"{traffic.base}/_emulator/?token={traffic.token}"
    with Browser(tmp_path / "profile") as browser:
        browser.open(f"{page}&operation=list_media_library")
        dom = browser.markup("html", ['id="count">2 request(s)'])
        browser.open(page)
        everything = browser.markup("html", ["&lt;script&gt;x&lt;/script&gt;"])
    rows = re.findall(r'<tr data-id="(\d+)">(.*?)</tr>', dom, flags=re.S)
    assert len(rows) == 2 and int(rows[0][0]) > int(rows[1][0])  # newest first, filtered
    assert "list_media_library" in rows[0][1] and ">400<" in rows[0][1] and "colour" in rows[1][1]
    assert 'id="count">2 request(s)' in dom
    assert "&lt;script&gt;x&lt;/script&gt;" in everything and "<script>x" not in everything  # escaped, not run
    assert "demo-user-token" not in everything.replace(traffic.token, "")
