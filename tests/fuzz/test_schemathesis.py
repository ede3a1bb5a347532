"""Schemathesis against a server that claims to implement the spec, signed with OAuth 1.0a.

For every operation schemathesis runs the spec's own examples, its whole coverage phase
(boundary values, each enum value, every constraint broken once, unsupported methods) and
XADS_FUZZ_EXAMPLES generated cases; then chains of linked calls run statefully. By default the
target is the emulator on loopback with 5 generated cases per operation (part of `make test`);
`make fuzz` generates 200. Set
XADS_FUZZ_BASE_URL (e.g. http://127.0.0.1:8080/12), XADS_FUZZ_CREDENTIALS
("consumer_key:consumer_secret:token:token_secret") and XADS_FUZZ_ACCOUNT to fuzz another server,
and XADS_FUZZ_RESET_URL if it can be put back to a known state with a POST (the emulator's
/_emulator/reset, with its admin token in XADS_FUZZ_RESET_TOKEN) so stateful runs may be many.

Cross-account isolation (xads_fuzz.isolation): every stateful call, and in a long run
(XADS_FUZZ_EXAMPLES of 20 or more, as in `make fuzz`) every case, is replayed as another user,
XADS_FUZZ_OTHER_CREDENTIALS (default: the seed's other advertiser), who must get 404 and change
nothing; `make test` checks every operation a few times in test_isolation.py instead."""

from __future__ import annotations

import os
from collections import Counter
from typing import Any, ClassVar

import httpx
import pytest
from hypothesis import HealthCheck, Phase, settings

from tests.fuzz.tally import SENT, count
from tests.support.emulator import ACCOUNT, DEMO, OTHER
from xads_client import Credentials
from xads_emulator.control import admin_headers
from xads_fuzz import Target, account_isolation, aim, check, load_schema

schema = load_schema(12)
EXAMPLES = int(os.environ.get("XADS_FUZZ_EXAMPLES", "5"))
LONG_RUN = EXAMPLES >= 20  # `make fuzz`: explores afresh each time, every case checked for isolation
TARGET_URL = os.environ.get("XADS_FUZZ_BASE_URL")
TARGET_ACCOUNT = os.environ.get("XADS_FUZZ_ACCOUNT", ACCOUNT)
RESET_URL = os.environ.get("XADS_FUZZ_RESET_URL")
RESET_TOKEN = os.environ.get("XADS_FUZZ_RESET_TOKEN")
CREDENTIALS = (
    Credentials(*os.environ["XADS_FUZZ_CREDENTIALS"].split(":", 3)) if "XADS_FUZZ_CREDENTIALS" in os.environ else DEMO
)
OTHER_CREDENTIALS = (
    Credentials(*os.environ["XADS_FUZZ_OTHER_CREDENTIALS"].split(":", 3))
    if "XADS_FUZZ_OTHER_CREDENTIALS" in os.environ
    else OTHER
)


@pytest.fixture(scope="module")
def target(request: pytest.FixtureRequest) -> Target:
    """The server named by XADS_FUZZ_BASE_URL, else the session's emulator."""
    url = TARGET_URL or request.getfixturevalue("emulator").url
    return Target.over_http(url, CREDENTIALS, TARGET_ACCOUNT, OTHER_CREDENTIALS)


@schema.parametrize()
# Derandomized in `make test` (the same cases every run, so CI does not depend on luck); `make fuzz`
# explores afresh.
@settings(max_examples=EXAMPLES, deadline=None, derandomize=not LONG_RUN, suppress_health_check=list(HealthCheck))
def test_server_conforms(case: Any, target: Target) -> None:
    count(case.operation.label, f"{case.meta.phase.name.value} phase" if case.meta else "other")
    check(case, target, skip=() if LONG_RUN else (account_isolation,))


class Workflows(schema.as_state_machine()):  # type: ignore[misc]
    """Stateful phase: chains of create → get/update/delete through the spec's OpenAPI links."""

    target: Target | None = None
    resettable = False
    reset_token: str | None = None
    statuses: ClassVar[Counter[int]] = Counter()

    def after_call(self, response: Any, case: Any) -> None:
        SENT["stateful calls"] += 1
        self.statuses[response.status_code] += 1

    def setup(self) -> None:
        """Each run starts from the seed, so the same choices meet the same answers."""
        if self.target and self.resettable:
            headers = admin_headers(self.reset_token) if self.reset_token else {}
            httpx.post(reset_url(self.target), json={}, headers=headers).raise_for_status()

    def before_call(self, case: Any) -> None:
        if self.target:
            aim(case, self.target.account)

    def get_call_kwargs(self, case: Any) -> dict[str, Any]:
        assert self.target is not None
        return {"base_url": self.target.base_url, "session": self.target.session}

    def validate_response(self, response: Any, case: Any, additional_checks: Any = None, **kwargs: Any) -> None:
        case.validate_response(response, transport_kwargs=self.get_call_kwargs(case))


def reset_url(target: Target) -> str:
    return RESET_URL or target.base_url.rsplit("/", 1)[0] + "/_emulator/reset"


def test_stateful_workflows(target: Target, request: pytest.FixtureRequest) -> None:
    Workflows.target = target
    Workflows.resettable = not TARGET_URL or RESET_URL is not None
    Workflows.reset_token = RESET_TOKEN or (None if TARGET_URL else request.getfixturevalue("emulator").admin_token)
    # Runs start from the seed (setup() resets the server); without replay or shrinking,
    # which would meet a server whose clock and ids have moved on. A server that cannot be
    # reset sees different answers to the same choices, which Hypothesis reports as flaky
    # after a few runs: those get 10 at most.
    # The bounded run in `make test` is derandomized: the same few chains every time, so its
    # outcome does not depend on luck; `make fuzz` explores afresh on each invocation.
    runs = max(5, EXAMPLES // 2) if Workflows.resettable else max(5, min(10, EXAMPLES // 2))
    Workflows.TestCase.settings = settings(
        max_examples=runs,
        stateful_step_count=6,
        deadline=None,
        database=None,
        derandomize=not LONG_RUN,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    Workflows.TestCase().runTest()
    assert Workflows.statuses[200] > 0, Workflows.statuses  # the chains really ran, signed
