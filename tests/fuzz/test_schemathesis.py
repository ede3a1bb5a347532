"""Schemathesis against a server that claims to implement the spec, signed with OAuth 1.0a.

By default the target is the emulator on loopback, with a bounded number of examples per
operation (part of `make test`). `make fuzz` runs the same harness with many more; set
XADS_FUZZ_BASE_URL (e.g. http://127.0.0.1:8080/12), XADS_FUZZ_CREDENTIALS
("consumer_key:consumer_secret:token:token_secret") and XADS_FUZZ_ACCOUNT to fuzz another server."""

from __future__ import annotations

import os
import re
from collections import Counter
from typing import Any, ClassVar

import httpx
import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, settings
from requests_oauthlib import OAuth1
from schemathesis.config import GenerationConfig
from schemathesis.generation import GenerationMode
from schemathesis.specs.openapi.checks import positive_data_acceptance

from tests.support.emulator import ACCOUNT, DEMO, Emulator
from xads_client import Credentials
from xads_spec import load_bundle
from xads_spec.bundle import operations
from xads_spec.documents import dist_path

schema = schemathesis.openapi.from_path(dist_path(12))
EXAMPLES = int(os.environ.get("XADS_FUZZ_EXAMPLES", "5"))


PLACEHOLDER = "OAuth sign-me"


class SignWhenAsked(OAuth1):
    """Signs requests that carry the placeholder header, so schemathesis's auth checks, which
    drop the header, really reach the server unsigned."""

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        if request.headers.get("Authorization") != PLACEHOLDER:
            return request
        del request.headers["Authorization"]
        signed: requests.PreparedRequest = super().__call__(request)
        return signed


TARGET_URL = os.environ.get("XADS_FUZZ_BASE_URL")
TARGET_ACCOUNT = os.environ.get("XADS_FUZZ_ACCOUNT", ACCOUNT)
CREDENTIALS = (
    Credentials(*os.environ["XADS_FUZZ_CREDENTIALS"].split(":", 3)) if "XADS_FUZZ_CREDENTIALS" in os.environ else DEMO
)


ACCOUNT_ID = re.compile(r"[0-9a-z]+")


@schema.auth()
class AskForSignature:
    """Schemathesis's own auth hook marks the requests to sign; its negative auth checks drop it."""

    def get(self, case: Any, context: Any) -> str:
        return PLACEHOLDER

    def set(self, case: Any, data: str, context: Any) -> None:
        case.headers = {**(case.headers or {}), "Authorization": data}


@pytest.fixture(scope="module")
def signed_session() -> requests.Session:
    session = requests.Session()
    session.auth = SignWhenAsked(
        CREDENTIALS.consumer_key,
        client_secret=CREDENTIALS.consumer_secret,
        resource_owner_key=CREDENTIALS.access_token,
        resource_owner_secret=CREDENTIALS.access_token_secret,
    )
    return session


@pytest.fixture(scope="module")
def base_url(request: pytest.FixtureRequest) -> str:
    if TARGET_URL:
        return TARGET_URL
    emulator: Emulator = request.getfixturevalue("emulator")
    return emulator.url


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
def test_server_conforms(case: Any, base_url: str, signed_session: requests.Session) -> None:
    account = (case.path_parameters or {}).get("account_id")
    if isinstance(account, str) and ACCOUNT_ID.fullmatch(account):
        case.path_parameters["account_id"] = TARGET_ACCOUNT  # reach a real account, not a random 404
    case.call_and_validate(
        base_url=base_url,
        session=signed_session,
        # Schema-valid data may still break a documented rule (an x-rules entry) or name an id
        # that does not exist: the emulator rejects it with 400/403/404, as the Ads API does.
        excluded_checks=[positive_data_acceptance],
    )


class Workflows(schema.as_state_machine()):  # type: ignore[misc]
    """Stateful phase: chains of create → get/update/delete through the spec's OpenAPI links."""

    base_url: str = ""
    session: requests.Session | None = None
    statuses: ClassVar[Counter[int]] = Counter()

    def after_call(self, response: Any, case: Any) -> None:
        self.statuses[response.status_code] += 1

    def setup(self) -> None:
        """Each run starts from the seed, so the same choices meet the same answers."""
        if not TARGET_URL:
            httpx.post(self.base_url.rsplit("/", 1)[0] + "/_emulator/reset").raise_for_status()

    def before_call(self, case: Any) -> None:
        account = (case.path_parameters or {}).get("account_id")
        if isinstance(account, str) and ACCOUNT_ID.fullmatch(account):
            case.path_parameters["account_id"] = TARGET_ACCOUNT

    def get_call_kwargs(self, case: Any) -> dict[str, Any]:
        return {"base_url": self.base_url, "session": self.session}

    def validate_response(self, response: Any, case: Any, additional_checks: Any = None, **kwargs: Any) -> None:
        kwargs.pop("base_url", None)
        kwargs.pop("session", None)
        case.validate_response(response, excluded_checks=[positive_data_acceptance])


def test_stateful_workflows(base_url: str, signed_session: requests.Session) -> None:
    Workflows.base_url = base_url
    Workflows.session = signed_session
    # Runs start from the seed (setup() resets the emulator); without replay or shrinking,
    # which would meet a server whose clock and ids have moved on.
    runs = max(2, EXAMPLES // 2) if not TARGET_URL else max(2, min(10, EXAMPLES // 2))
    Workflows.TestCase.settings = settings(
        max_examples=runs,
        stateful_step_count=6,
        deadline=None,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    Workflows.TestCase().runTest()
    assert Workflows.statuses[200] > 0, Workflows.statuses  # the chains really ran, signed


COVERAGE_CASES = int(os.environ.get("XADS_FUZZ_COVERAGE_CASES", "8"))  # 0: every case


@pytest.mark.parametrize("operation_id", sorted(op["operationId"] for _p, _m, op in operations(load_bundle(12))))
def test_coverage_phase(operation_id: str, base_url: str, signed_session: requests.Session) -> None:
    """Schemathesis's coverage phase: boundary values, each enum value, every constraint broken once."""
    operation = schema.find_operation_by_id(operation_id)
    modes = [GenerationMode.POSITIVE, GenerationMode.NEGATIVE]
    cases = schema.iter_coverage_cases(operation, generation_modes=modes, generation_config=GenerationConfig())
    case: Any
    for number, case in enumerate(cases):
        if COVERAGE_CASES and number >= COVERAGE_CASES:
            break
        account = (case.path_parameters or {}).get("account_id")
        if isinstance(account, str) and ACCOUNT_ID.fullmatch(account):
            case.path_parameters["account_id"] = TARGET_ACCOUNT
        if (case.headers or {}).get("Authorization") == "":  # the slot for our signature; absent or other = auth test
            case.headers["Authorization"] = PLACEHOLDER
        case.call_and_validate(base_url=base_url, session=signed_session, excluded_checks=[positive_data_acceptance])
