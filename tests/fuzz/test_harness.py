"""The fuzz harness itself: in-process targets really reach the app signed, and a server that
breaks the spec is caught (a harness that cannot fail would make `make fuzz` meaningless)."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import orjson
from schemathesis.generation import GenerationMode

from tests.support.emulator import ACCOUNT, DEMO
from xads_emulator.app import EmulatorApp
from xads_fuzz import Target, aim, coverage_cases, load_schema, run_cases

schema = load_schema(12)
CASES = [
    case
    for operation_id in ("list_poll_cards", "create_preroll_call_to_action")
    for case in itertools.islice(coverage_cases(schema, operation_id), 10)
]


def test_in_process_cases_are_signed_and_pass(tmp_path: Path) -> None:
    app = EmulatorApp(tmp_path / "fuzz.sqlite3")
    run = run_cases(CASES, Target.in_process(app, DEMO, ACCOUNT, 12))
    assert run.failures == []
    assert run.statuses[200] > 0  # signed in-process requests pass OAuth verification
    assert set(run.statuses) <= {200, 400, 401, 404, 405, 413, 415}


def test_a_server_breaking_the_spec_is_caught(tmp_path: Path) -> None:
    inner = EmulatorApp(tmp_path / "broken.sqlite3")

    async def broken(scope: dict[str, Any], receive: Any, send: Any) -> None:
        """Answers every request 200 with a body no schema admits."""
        if scope["type"] != "http":
            await inner(scope, receive, send)
            return
        body = orjson.dumps({"data": "not what the spec says"})
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/json")]})
        await send({"type": "http.response.body", "body": body})

    run = run_cases(CASES, Target.in_process(broken, DEMO, ACCOUNT, 12))
    assert len(run.failures) == len(CASES)


def test_oversized_invalid_bodies_count_as_rejected() -> None:
    """A generated batch breaking maxItems can pass the body limit, and the emulator refuses it
    with 413 (tests/emulator: test_oversized_bodies_get_413). Found by `make test`: schemathesis
    sent 27 MB and, with its default list, called that 413 an acceptance."""
    operation = schema.find_operation_by_id("update_do_not_reach_list_users")
    checks = schema.config.checks_config_for(operation=operation, phase="fuzzing")
    assert "413" in checks.negative_data_rejection.expected_statuses
    assert not any(status.startswith("2") for status in checks.negative_data_rejection.expected_statuses)


def test_cases_breaking_another_parameter_are_aimed_at_the_account() -> None:
    """Coverage cases carry a broken account id whatever they break; only where the account id is
    what they break does it stay broken (else they would meet a 404, never validation)."""
    broken_by: dict[str, str] = {}
    for case in itertools.islice(coverage_cases(schema, "list_poll_cards", [GenerationMode.NEGATIVE]), 8):
        aim(case, ACCOUNT)
        broken_by.setdefault(case.meta.phase.data.parameter, case.path_parameters["account_id"])
    assert broken_by["account_id"] != ACCOUNT
    assert broken_by["card_ids"] == ACCOUNT
