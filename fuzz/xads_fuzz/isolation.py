"""Cross-account isolation as a schemathesis check: a request aimed at the target's account and
signed as its user, replayed with the credentials of a user who has no access to that account,
must be answered 404 and change nothing the account's user can see.

Schemathesis's own `ignored_auth` only drops or spoils credentials, and its
`object_level_authorization` replays reads only; this check replays every operation, writes
included, the way RESTler's namespace rule does (off by default there). It runs when the
target has `other` credentials (Target.over_http/in_process(..., other=...)).
"""

from __future__ import annotations

from typing import Any

import schemathesis
from requests.structures import CaseInsensitiveDict
from schemathesis.checks import CheckContext

from xads_fuzz.harness import OTHER_PLACEHOLDER, PLACEHOLDER, Target, target_of

_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_ACCOUNT_PATH = "/accounts/{account_id}"
_RATE_LIMITED = 429


@schemathesis.check
def account_isolation(ctx: CheckContext, response: Any, case: Any) -> bool | None:
    """The other user's replay of a case aimed at the target's account: 404, and the account's
    nearest readable state (a GET as the account's user) the same before and after."""
    # The session that sent the case names the target; checks have no public way to it.
    target = target_of((ctx.internals.transport_kwargs or {}).get("session"))
    if target is None or target.other is None or not _aimed_at_account(case, target):
        return None
    reads = [] if case.method.upper() in _SAFE_METHODS else _state_reads(case)
    before = [_read(read, target) for read in reads]
    headers = CaseInsensitiveDict({**case.headers, "Authorization": OTHER_PLACEHOLDER})
    replay = case.derive(headers=headers).call(base_url=target.base_url, session=target.session)
    sent = f"{case.method} {case.formatted_path} signed as the other user"
    if replay.status_code != 404 and not _refused_as_a_message(response, replay):
        raise AssertionError(
            f"Another user's request reached account {target.account}: {sent} -> {replay.status_code} "
            f"(expected 404, as for an account that does not exist)\n{replay.text[:500]}"
        )
    for read, seen in zip(reads, before, strict=True):
        now = _read(read, target)
        if now != seen and _RATE_LIMITED not in (seen[0], now[0]):  # a rate-limited read says nothing
            at = next((i for i, (a, b) in enumerate(zip(seen[1], now[1], strict=False)) if a != b), len(seen[1]))
            window = slice(max(at - 80, 0), at + 80)
            raise AssertionError(
                f"Another user's request changed account {target.account} although it was answered "
                f"{replay.status_code}: {sent}; GET {read.formatted_path} as the account's user answered\n"
                f"before: {seen[0]} ...{seen[1][window]!r}...\nafter:  {now[0]} ...{now[1][window]!r}..."
            )
    return None


def _refused_as_a_message(original: Any, replay: Any) -> bool:
    """The same refusal for both users, naming no parameter: a limit on the message as a whole
    (its size, its request line), which the server applies before it knows who asks. A refusal
    naming a parameter is validation, which must wait for the account check."""
    if original.status_code != replay.status_code or original.content != replay.content or original.status_code < 400:
        return False
    try:
        errors = replay.json()["errors"]
    except (ValueError, KeyError, TypeError):
        return False
    return isinstance(errors, list) and all(isinstance(e, dict) and not e.get("parameter") for e in errors)


def _aimed_at_account(case: Any, target: Target) -> bool:
    """Signed as the target's user, for the target's account, with the operation's own method
    (not an auth probe, a mangled account id or an unsupported-method probe)."""
    return bool(
        (case.headers or {}).get("Authorization") == PLACEHOLDER
        and (case.path_parameters or {}).get("account_id") == target.account
        and case.method.upper() == case.operation.method.upper()
    )


def _state_reads(case: Any) -> list[Any]:
    """A GET of what the case would change, as the account's user: at the case's own path, else
    the nearest enclosing path that has one (a batch path's resource path first), with the
    total count where a list offers it, so an item beyond the first page still counts."""
    schema = case.operation.schema
    paths = schema.raw_schema["paths"]
    template = case.operation.path.removeprefix("/batch")
    segments = template.split("/")
    while len(segments) >= len(_ACCOUNT_PATH.split("/")):
        path = "/".join(segments)
        if "get" in paths.get(path, {}):
            operation = schema.find_operation_by_label(f"GET {path}")
            names = {parameter.name for parameter in operation.path_parameters}
            query = {"with_total_count": "true"} if any(q.name == "with_total_count" for q in operation.query) else {}
            path_parameters = {name: case.path_parameters[name] for name in names if name in case.path_parameters}
            if len(path_parameters) == len(names):
                return [
                    operation.Case(
                        path_parameters=path_parameters, query=query, headers={"Authorization": PLACEHOLDER}
                    )
                ]
        segments.pop()
    return []


def _read(read: Any, target: Target) -> tuple[int, bytes]:
    response = read.call(base_url=target.base_url, session=target.session)
    return response.status_code, response.content
