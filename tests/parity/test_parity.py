"""Record, validate, replay: traffic recorded against the emulator replays against a fresh one with
no difference, and traffic recorded against a server with planted changes is caught, by validation
and by replay, naming the operation and the field."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest
import requests
from requests_oauthlib import OAuth1
from xads_client_v12.api.custom_audiences import (
    create_custom_audience,
    delete_custom_audience,
    get_custom_audience,
    update_custom_audience,
)
from xads_client_v12.api.draft_tweets import create_draft_tweet
from xads_client_v12.api.media_library import list_media_library
from xads_client_v12.models import CustomAudienceResponse

from xads_client import Credentials, OAuth1Auth, connect, expect
from xads_client.recording import Recorder, record_traffic
from xads_emulator import replay
from xads_emulator.app import EmulatorApp
from xads_emulator.inprocess import mock_ads_api
from xads_emulator.proxy import TOKEN_HEADER, RecordingGateway, credentials_from_environment
from xads_emulator.server import running
from xads_validators import conformance
from xads_validators.cassettes import read_cassette

ACCOUNT = "18ce54d4x5t"
DEMO = Credentials("demo-consumer-key", "demo-consumer-secret", "demo-user-token", "demo-user-token-secret")


def traffic(client: Any) -> None:
    """A short, ordinary session: create, read, change and delete an audience, list media, draft."""
    audience = expect(create_custom_audience.sync(ACCOUNT, client=client, name="parity"), CustomAudienceResponse).data
    # A client generated from the spec cannot read an answer whose required field was renamed;
    # the exchange is recorded before that, all the same.
    with contextlib.suppress(KeyError):
        get_custom_audience.sync(ACCOUNT, audience.id, client=client)
    update_custom_audience.sync(ACCOUNT, audience.id, client=client, description="renamed in the session")
    list_media_library.sync(ACCOUNT, client=client, count=3)
    create_draft_tweet.sync(ACCOUNT, client=client, text="parity draft", as_user_id="756201191646691328")
    delete_custom_audience.sync(ACCOUNT, audience.id, client=client)


def recorded(app: EmulatorApp, directory: Path) -> Path:
    """`traffic` against `app` on loopback through connect(record=...); the cassette's path."""
    with running(app) as base:
        traffic(connect(f"{base}/12", DEMO, record=directory, raise_errors=False, preflight=False))
    (cassette,) = directory.glob("*.yaml")
    return cassette


def test_recorded_emulator_traffic_conforms_and_replays_alike(tmp_path: Path) -> None:
    cassette = recorded(EmulatorApp(tmp_path / "upstream.sqlite3"), tmp_path / "cassettes")
    exchanges = read_cassette(cassette)
    assert [e.status for e in exchanges] == [200] * 6

    verdicts = conformance.judge_files([cassette])
    assert all(v.conforms for v in verdicts), conformance.as_text(verdicts)
    assert {v.operation for v in verdicts} >= {"create_custom_audience", "create_draft_tweet"}

    assert replay.main([str(cassette)]) == 0
    seed = replay.seed_from_cassette(exchanges)
    assert [a["id"] for a in seed["accounts"]] == [ACCOUNT]
    assert seed["custom_audiences"] == []  # the audience was created by the session itself


class PlantedApp(EmulatorApp):
    """The emulator with the kinds of drift the live API shows: a field renamed, an enum member
    added, a status changed, a limit moved."""

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return await super().__call__(scope, receive, send)
        query = scope.get("query_string", b"")
        if b"count=1001" in query:  # a limit moved: the live API now takes 1001
            scope = {**scope, "query_string": query.replace(b"count=1001", b"count=3")}
        path = scope["path"]
        answer: dict[str, Any] = {}

        async def capture(message: Any) -> None:
            answer.setdefault(message["type"], message)

        await super().__call__(scope, receive, capture)
        start, body = answer["http.response.start"], answer["http.response.body"]["body"]
        status = start["status"]
        if scope["method"] == "GET" and "/custom_audiences/" in path:
            document = orjson.loads(body)
            data = document["data"]
            data["audience_id"] = data.pop("id")  # a field renamed
            data["permission_level"] = "READ_WRITE_SHARE"  # an enum member added
            body = orjson.dumps(document)
        if scope["method"] == "DELETE":
            status = 202  # a status changed
        headers = [(k, v) for k, v in start["headers"] if k != b"content-length"]
        headers.append((b"content-length", str(len(body)).encode()))
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})


def test_planted_changes_are_reported_by_validation_and_replay(tmp_path: Path) -> None:
    app = PlantedApp(tmp_path / "planted.sqlite3")
    directory = tmp_path / "cassettes"
    with running(app) as base:
        client = connect(f"{base}/12", DEMO, record=directory, raise_errors=False, preflight=False)
        traffic(client)
        list_media_library.sync(ACCOUNT, client=client, count=1001)
    (cassette,) = directory.glob("*.yaml")

    verdicts = {(v.operation, v.method): v for v in conformance.judge_files([cassette])}
    get = verdicts["get_custom_audience", "GET"]
    assert {(v.rule, v.parameter) for v in get.response} == {
        ("response.required", "/data/id"),
        ("response.enum", "/data/permission_level"),
    }
    deleted = verdicts["delete_custom_audience", "DELETE"]
    assert [v.rule for v in deleted.response] == ["response.status"]
    listed = [v for v in conformance.judge_files([cassette]) if v.path.endswith("count=1001")]
    assert [(v.rule, v.parameter) for v in listed[0].request] == [("spec.maximum", "count")]

    exchanges = [(f"#{i}", e) for i, e in enumerate(read_cassette(cassette))]
    with mock_ads_api(EmulatorApp(":memory:")) as emulator, httpx.Client(auth=OAuth1Auth(DEMO)) as client:
        results = replay.replay(exchanges, client, emulator.base_url)
    found = {(r.operation, d.kind, d.pointer) for r in results for d in r.differences}
    # absent: recorded but not answered by the emulator; extra: the other way round.
    assert ("get_custom_audience", "absent", "/data/audience_id") in found
    assert ("get_custom_audience", "extra", "/data/id") in found
    assert ("get_custom_audience", "enum", "/data/permission_level") in found
    assert ("delete_custom_audience", "status", "") in found
    assert ("list_media_library", "status", "") in found
    report = replay.as_json(results)
    assert report["alike"] is False
    assert report["operations"]["create_custom_audience"]["alike"] == 1


def test_official_sdk_traffic_is_recorded_through_requests_and_redacted(tmp_path: Path) -> None:
    """requests-based code (here requests-oauthlib with the signature in the query, as some SDK
    paths send it) recorded while the in-process emulator answers; no secret reaches the file."""
    secret_values = [DEMO.consumer_secret, DEMO.access_token_secret, DEMO.access_token, DEMO.consumer_key]
    with mock_ads_api(), record_traffic(tmp_path, secrets=secret_values) as recorder:
        for signature_type in ("auth_header", "query"):
            auth = OAuth1(
                *(DEMO.consumer_key, DEMO.consumer_secret, DEMO.access_token, DEMO.access_token_secret),
                signature_type=signature_type,
            )
            answer = requests.get(f"https://ads-api.twitter.com/11/accounts/{ACCOUNT}/media_library?count=2", auth=auth)
            assert answer.status_code == 200
        form = OAuth1(
            DEMO.consumer_key, DEMO.consumer_secret, DEMO.access_token, DEMO.access_token_secret, signature_type="body"
        )
        created = requests.post(
            f"https://ads-api.twitter.com/11/accounts/{ACCOUNT}/custom_audiences", data={"name": "form"}, auth=form
        )
        assert created.status_code == 200
    text = recorder.path.read_text()
    assert len(recorder.exchanges) == 3
    for value in secret_values:
        assert value not in text
    assert "oauth_signature=REDACTED" in text and "oauth_nonce=REDACTED" in text
    assert text.count("REDACTED") >= 3
    assert all(e.header("authorization") in ("", "REDACTED") for e in recorder.exchanges)
    assert conformance.as_json(conformance.judge_files([recorder.path]))["conforms"] is True


@pytest.fixture
def upstream(tmp_path: Path) -> Iterator[str]:
    with running(EmulatorApp(tmp_path / "upstream.sqlite3")) as base:
        yield base


def _gateway_call(gateway: Any, client_address: str, headers: dict[str, str]) -> tuple[int, dict[str, Any]]:
    """One request through the gateway's ASGI app, as from `client_address` (no socket)."""
    transport = httpx.ASGITransport(app=gateway, client=(client_address, 40000))

    async def call() -> httpx.Response:
        async with httpx.AsyncClient(transport=transport, base_url="http://gateway") as client:
            return await client.get(f"/12/accounts/{ACCOUNT}/media_library?count=2", headers=headers)

    answer = asyncio.run(call())
    return answer.status_code, answer.json()


def test_gateway_signs_afresh_records_and_refuses_strangers(upstream: str, tmp_path: Path) -> None:
    environment = dict(
        zip(
            ("XADS_CONSUMER_KEY", "XADS_CONSUMER_SECRET", "XADS_ACCESS_TOKEN", "XADS_ACCESS_TOKEN_SECRET"),
            (DEMO.consumer_key, DEMO.consumer_secret, DEMO.access_token, DEMO.access_token_secret),
            strict=True,
        )
    )
    recorder = Recorder(tmp_path, secrets=[*environment.values(), "local-token"])
    gateway = RecordingGateway(upstream, credentials_from_environment(environment), "local-token", recorder)

    status, body = _gateway_call(gateway, "127.0.0.1", {TOKEN_HEADER: "local-token"})
    assert status == 200 and len(body["data"]) == 2
    status, body = _gateway_call(gateway, "127.0.0.1", {TOKEN_HEADER: "guess"})
    assert status == 401 and body["errors"][0]["code"] == "UNAUTHORIZED_ACCESS"
    status, _ = _gateway_call(gateway, "127.0.0.1", {})
    assert status == 401
    status, body = _gateway_call(gateway, "192.0.2.10", {TOKEN_HEADER: "local-token"})
    assert status == 403 and "loopback" in body["errors"][0]["message"]

    assert len(recorder.exchanges) == 1  # refused requests never reach the upstream
    text = recorder.path.read_text()
    assert all(value not in text for value in [*environment.values(), "local-token"])
    assert json.loads(json.dumps(read_cassette(recorder.path)[0].status)) == 200
