"""The parity loop's commands as a user runs them: exit statuses and both output forms."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from xads_emulator import replay
from xads_validators.cassettes import Exchange, write_cassette
from xads_validators.cli import main as validate

GOOD = Exchange(
    "GET",
    "https://ads-api.x.com/12/accounts/18ce54d4x5t/cards?count=5",
    status=200,
    response_headers={"Content-Type": ["application/json"]},
    response_body=b'{"request": {"params": {}}, "data": [], "next_cursor": null}',
)
OVER_LIMIT = Exchange(
    "GET",
    "https://ads-api.x.com/12/accounts/18ce54d4x5t/cards?count=5000",
    status=200,
    response_body=b'{"request": {"params": {}}, "data": [], "next_cursor": null}',
)


def test_validate_cassette_exit_statuses_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good, bad, broken = tmp_path / "good.yaml", tmp_path / "bad.yaml", tmp_path / "broken.yaml"
    write_cassette(good, [GOOD])
    write_cassette(bad, [GOOD, OVER_LIMIT])
    broken.write_text("just: text\n")

    assert validate(["cassette", str(good)]) == 0
    assert "list_cards: 1 of 1 exchange(s) conform" in capsys.readouterr().out

    assert validate(["--json", "cassette", str(bad)]) == 1
    report = json.loads(capsys.readouterr().out)
    (problem,) = report["operations"]["list_cards"]["not_conforming"]
    assert report["conforms"] is False
    assert [(v["rule"], v["parameter"]) for v in problem["request_violations"]] == [("spec.maximum", "count")]

    assert validate(["cassette", str(bad), "--json"]) == 1  # --json after the subcommand too
    assert json.loads(capsys.readouterr().out)["operations"]["list_cards"]["conforming"] == 1

    assert validate(["cassette", str(broken)]) == 2
    assert "not a vcrpy cassette" in capsys.readouterr().err


def test_replay_writes_the_seed_it_reads_off_the_cassette(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cassette, seed = tmp_path / "c.yaml", tmp_path / "seed.yaml"
    write_cassette(cassette, [GOOD])
    assert replay.main([str(cassette), "--write-seed", str(seed)]) == 0
    assert "18ce54d4x5t" in seed.read_text()
    capsys.readouterr()
    assert replay.main([str(cassette), "--seed", str(seed), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "alike": True,
        "operations": {"list_cards": {"exchanges": 1, "alike": 1, "different": []}},
    }
    assert replay.main([str(tmp_path / "missing.yaml")]) == 2
