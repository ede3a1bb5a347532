"""The emulator's validation profile: `live` by default (unknown parameter names ignored and
named in a response header and the log), `strict` on request."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote

import httpx
import pytest

from tests.support.emulator import ACCOUNT, DEMO, ResponseChecker
from xads_client import OAuth1Auth
from xads_emulator.app import EmulatorApp
from xads_emulator.server import running
from xads_spec import load_bundle

A = f"/accounts/{ACCOUNT}"
REPORT = load_bundle(12)["x-validation-profiles"]["report"]
HEADER = REPORT["header"]


@pytest.fixture(scope="module")
def strict(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    app = EmulatorApp(tmp_path_factory.mktemp("strict") / "emulator.sqlite3", profile="strict")
    checker = ResponseChecker()
    with (
        running(app) as base,
        httpx.Client(
            base_url=f"{base}/12", auth=OAuth1Auth(DEMO), event_hooks={"response": [checker]}, timeout=30
        ) as client,
    ):
        yield client
    assert checker.failures == []


def test_live_ignores_unknown_parameters_and_says_so(api: httpx.Client, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="xads_emulator"):
        listed = api.get(f"{A}/cards", params={"count": 2, "bogus": "1"})
    assert listed.status_code == 200 and listed.headers[HEADER] == "bogus"
    assert any("bogus" in record.getMessage() for record in caplog.records if record.name == "xads_emulator")
    assert HEADER not in api.get(f"{A}/cards", params={"count": 2}).headers


def test_load_change_save_as_the_official_sdk_does(api: httpx.Client) -> None:
    """The SDK's save() sends back every attribute it loaded; live ignores those it does not know."""
    draft = api.post(f"{A}/draft_tweets", params={"text": "first"})
    assert draft.status_code == 200
    loaded = draft.json()["data"]
    echoed = {k: v for k, v in loaded.items() if isinstance(v, str) and k not in ("text", "as_user_id", "card_uri")}
    saved = api.put(f"{A}/draft_tweets/{loaded['id']}", data={**echoed, "text": "changed"})
    assert saved.status_code == 200, saved.text
    assert saved.json()["data"]["text"] == "changed"
    assert set(saved.headers[HEADER].split(",")) == set(echoed) and "id" in echoed


def test_a_bad_value_of_a_known_parameter_is_400_in_live(api: httpx.Client) -> None:
    refused = api.get(f"{A}/cards", params={"count": 0, "bogus": "1"})
    assert refused.status_code == 400
    assert [e["parameter"] for e in refused.json()["errors"]] == ["count"]
    assert refused.headers[HEADER] == "bogus"


def test_the_header_stays_a_header(api: httpx.Client) -> None:
    """Names are percent-encoded (a comma or line break cannot split the list or the header) and
    as many as fit in the spec's max-bytes, then `+N`."""
    odd = api.get(f"{A}/cards", params={"a,b\r\nx-evil: 1": "1"})
    assert odd.status_code == 200 and odd.headers[HEADER] == "a%2Cb%0D%0Ax-evil%3A%201"
    many = {f"unknown_parameter_{n:04d}": "1" for n in range(400)}
    capped = api.get(f"{A}/cards", params=many).headers[HEADER]
    assert len(capped) <= int(REPORT["max-bytes"]) + len(",+400")
    names = capped.split(",")
    assert names[0] == "unknown_parameter_0000" and names[-1] == f"+{400 - (len(names) - 1)}"


def test_strict_refuses_what_live_ignores(strict: httpx.Client) -> None:
    refused = strict.get(f"{A}/cards", params={"bogus": "1"})
    assert refused.status_code == 400 and HEADER not in refused.headers
    assert [e["parameter"] for e in refused.json()["errors"]] == ["bogus"]
    bad = strict.get(f"{A}/cards", params={"count": 0})
    assert [e["parameter"] for e in bad.json()["errors"]] == ["count"]


VIDEO = "13_1089771253848666112"  # in the seed's media library: AMPLIFY_VIDEO, 1280x720, 5283 ms
FORGED = {VIDEO: {"type": "VIDEO", "url": "https://example.com/forged.mp4", "width": 1, "height": 1}}
DETAILS = {"type": "DETAILS", "title": "T", "destination": {"type": "WEBSITE", "url": "https://x.com"}}


def test_live_drops_read_only_body_fields_and_names_their_pointers(api: httpx.Client) -> None:
    """The SDK's cards example sends back the `media_metadata` a card was answered with; live
    drops it (the header names its JSON pointer) and the card keeps the emulator's own."""
    echoed = [{"type": "MEDIA", "media_key": VIDEO, "media_metadata": FORGED}, DETAILS]
    created = api.post(f"{A}/cards", json={"name": "echo", "components": echoed})
    assert created.status_code == 200, created.text
    assert unquote(created.headers[HEADER]) == "/components/0/media_metadata"
    card = created.json()["data"]
    own = card["components"][0]["media_metadata"]
    assert own[VIDEO]["url"].startswith("https://video.twimg.com/amplify_video/1089771253848666112/")
    assert (own[VIDEO]["width"], own[VIDEO]["video_duration"], own[VIDEO]["video_aspect_ratio"]) == (1280, 5283, "16:9")

    loaded = api.get(f"{A}/cards/{card['id']}").json()["data"]
    assert loaded["components"][0]["media_metadata"] == own
    loaded["components"][0]["media_metadata"] = FORGED
    saved = api.put(f"{A}/cards/{card['id']}", json={"components": loaded["components"]})
    assert saved.status_code == 200, saved.text
    assert unquote(saved.headers[HEADER]) == "/components/0/media_metadata"
    assert api.get(f"{A}/cards/{card['id']}").json()["data"]["components"][0]["media_metadata"] == own


def test_strict_refuses_read_only_body_fields(strict: httpx.Client) -> None:
    echoed = [{"type": "MEDIA", "media_key": VIDEO, "media_metadata": FORGED}, DETAILS]
    refused = strict.post(f"{A}/cards", json={"name": "echo", "components": echoed})
    assert refused.status_code == 400 and HEADER not in refused.headers
    [error] = refused.json()["errors"]
    assert error["parameter"] == "/components/0/media_metadata" and "read-only" in error["message"]


def test_an_unknown_profile_does_not_start(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no validation profile"):
        EmulatorApp(tmp_path / "emulator.sqlite3", profile="lenient")
