"""Signing, aiming and checking generated cases, over HTTP or in-process through the ASGI app.

Schemathesis's auth hook only marks a request for signing (a placeholder Authorization);
the session's auth signs marked requests with OAuth 1.0a just before they leave. The
negative auth checks drop or replace the placeholder, so they really reach the server
unsigned or wrongly signed.
"""

from __future__ import annotations

import itertools
import json
import re
import time
import weakref
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests
import schemathesis
from requests.auth import AuthBase
from requests_oauthlib import OAuth1
from schemathesis.config import GenerationConfig, SchemathesisConfig
from schemathesis.core.failures import Failure, FailureGroup
from schemathesis.generation import GenerationMode
from schemathesis.python.asgi import HOST, ASGIClient
from schemathesis.specs.openapi.schemas import OpenApiSchema

from xads_client import Credentials
from xads_fuzz.depth import unrolled_to_max_depth
from xads_spec.bundle import operations
from xads_spec.documents import dist_path

PLACEHOLDER = "OAuth sign-me"
OTHER_PLACEHOLDER = "OAuth sign-me-as-the-other-user"
CONFIG = Path(__file__).resolve().parent / "schemathesis.toml"
_ACCOUNT_ID = re.compile(r"[0-9a-z]+")


class _SignWhenAsked(AuthBase):
    """Signs a request marked with a placeholder as the identity the placeholder names; a
    request marked otherwise (or not at all) leaves unchanged."""

    def __init__(self, identities: dict[str, Credentials]) -> None:
        self.signers = {placeholder: _oauth1(credentials) for placeholder, credentials in identities.items()}

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        signer = self.signers.get(str(request.headers.get("Authorization")))
        if signer is None:
            return request
        del request.headers["Authorization"]
        signed: requests.PreparedRequest = signer(request)
        for name, value in signed.headers.items():  # requests-oauthlib leaves bytes; the ASGI client wants str
            if isinstance(value, bytes):
                signed.headers[name] = value.decode("latin-1")
        return signed


class _AskForSignature:
    def get(self, case: Any, context: Any) -> str:
        return PLACEHOLDER

    def set(self, case: Any, data: str, context: Any) -> None:
        case.headers = {**(case.headers or {}), "Authorization": data}


def load_schema(version: int) -> OpenApiSchema:
    """The bundled spec of one API version, its recursive schemas unrolled to their `x-max-depth`
    (xads_fuzz.depth), with the signing hook registered and the checks configured by
    schemathesis.toml beside this module."""
    document = unrolled_to_max_depth(json.loads(dist_path(version).read_text()))
    schema = schemathesis.openapi.from_dict(document, config=SchemathesisConfig.from_path(CONFIG))
    schema.auth()(_AskForSignature)
    return schema


@dataclass(frozen=True)
class Target:
    """Where cases go: a base URL with its version prefix, a signing session, and the account
    whose id replaces generated account ids (a random id would only ever meet a 404). With
    `other` (a user none of whose accounts is `account`), every case aimed at the account is
    also replayed as that user (xads_fuzz.isolation)."""

    base_url: str
    session: requests.Session
    account: str
    app: Any = None
    other: Credentials | None = None

    def __post_init__(self) -> None:
        _TARGETS[self.session] = self

    @classmethod
    def over_http(
        cls, base_url: str, credentials: Credentials, account: str, other: Credentials | None = None
    ) -> Target:
        session = requests.Session()
        session.auth = _signer(credentials, other)
        return cls(base_url, session, account, other=other)

    @classmethod
    def in_process(
        cls, app: Any, credentials: Credentials, account: str, version: int, other: Credentials | None = None
    ) -> Target:
        """Cases reach the ASGI app without a socket, still signed and verified for real."""
        session = ASGIClient(app)
        session.auth = _signer(credentials, other)
        return cls(f"http://{HOST}/{version}", session, account, app, other)


_TARGETS: weakref.WeakKeyDictionary[requests.Session, Target] = weakref.WeakKeyDictionary()


def target_of(session: Any) -> Target | None:
    """The target whose session sent a request (how a check finds out who else to sign as)."""
    return _TARGETS.get(session) if isinstance(session, requests.Session) else None


def _signer(credentials: Credentials, other: Credentials | None) -> _SignWhenAsked:
    identities = {PLACEHOLDER: credentials}
    if other is not None:
        identities[OTHER_PLACEHOLDER] = other
    return _SignWhenAsked(identities)


def _oauth1(credentials: Credentials) -> OAuth1:
    return OAuth1(
        credentials.consumer_key,
        client_secret=credentials.consumer_secret,
        resource_owner_key=credentials.access_token,
        resource_owner_secret=credentials.access_token_secret,
    )


def aim(case: Any, account: str) -> None:
    """Point a case at the target's account and fill the coverage phase's empty signature slot
    (an absent or other Authorization is one of schemathesis's auth probes: left alone).

    The account id is kept only where it is what the case breaks: a coverage case that breaks
    another parameter carries a broken account id too, which would only ever meet a 404."""
    path_parameters = case.path_parameters or {}
    value = path_parameters.get("account_id")
    broken = getattr(getattr(getattr(case.meta, "phase", None), "data", None), "parameter", None)
    if isinstance(value, str) and (_ACCOUNT_ID.fullmatch(value) or broken not in (None, "account_id")):
        path_parameters["account_id"] = account
    if (case.headers or {}).get("Authorization") == "":
        case.headers["Authorization"] = PLACEHOLDER


def check(case: Any, target: Target, skip: Sequence[Any] = ()) -> Any:
    """Send one case and run every schemathesis check but those in `skip`; raises on a failure,
    else returns the response."""
    aim(case, target.account)
    # Schemathesis picks the transport for its own probes from the schema's and the operation's app.
    case.operation.schema.app = case.operation.app = target.app
    return case.call_and_validate(base_url=target.base_url, session=target.session, excluded_checks=list(skip))


def coverage_cases(
    schema: OpenApiSchema,
    operation_id: str,
    modes: Sequence[GenerationMode] = (GenerationMode.POSITIVE, GenerationMode.NEGATIVE),
) -> Iterator[Any]:
    """Schemathesis's coverage phase for one operation: boundary values, each enum value, every
    constraint broken once (negative mode), unsupported methods."""
    operation = schema.find_operation_by_id(operation_id)
    yield from schema.iter_coverage_cases(operation, generation_modes=list(modes), generation_config=GenerationConfig())


def first_coverage_cases(schema: OpenApiSchema, per_operation: int) -> list[Any]:
    """The first `per_operation` coverage cases of every operation."""
    operation_ids = [operation["operationId"] for _path, _method, operation in operations(schema.raw_schema)]
    return [case for op in operation_ids for case in itertools.islice(coverage_cases(schema, op), per_operation)]


@dataclass
class Run:
    cases: int = 0
    seconds: float = 0.0
    failures: list[str] = field(default_factory=list)
    statuses: Counter[int] = field(default_factory=Counter)


def run_cases(cases: list[Any], target: Target) -> Run:
    """Every case checked against the target; failures collected rather than raised."""
    run = Run(cases=len(cases))
    began = time.perf_counter()
    for case in cases:
        try:
            run.statuses[check(case, target).status_code] += 1
        except (Failure, FailureGroup) as failure:
            run.failures.append(f"{case.method} {case.formatted_path}: {failure}")
    run.seconds = time.perf_counter() - began
    return run
