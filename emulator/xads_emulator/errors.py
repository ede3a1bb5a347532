"""The Ads API error envelope, and which HTTP status each error code answers with.

Every error answer is `{"errors": [{code, message, parameter?}], "request": {"params": ...}}`;
batch operations (JSON array bodies) put item-level problems in `operation_errors`, by the
item's index, as the reference's batch endpoints do.
"""

from __future__ import annotations

import re
from typing import Any

from xads_validators import Violation
from xads_validators.violation import TRUNCATED, cap

# The status an error code answers with; codes not listed (INVALID_PARAMETER, ...) answer 400.
STATUS = {
    "NOT_FOUND": 404,
    "METHOD_NOT_ALLOWED": 405,
    "UNSUPPORTED_MEDIA_TYPE": 415,
    "PAYLOAD_TOO_LARGE": 413,
    "UNAUTHORIZED_ACCESS": 403,
    "TOO_MANY_REQUESTS": 429,
    "INTERNAL_ERROR": 500,
}
# When violations of several codes come together, the first of these decides the status.
PRIORITY = ("PAYLOAD_TOO_LARGE", "METHOD_NOT_ALLOWED", "NOT_FOUND", "UNSUPPORTED_MEDIA_TYPE", "UNAUTHORIZED_ACCESS")
_ITEM = re.compile(r"^/(\d+)(?:/|$)")


class ApiError(Exception):
    """An answer in the Ads API error envelope, raised by domain code inside the transaction."""

    def __init__(self, status: int, code: str, message: str, parameter: str | None = None, **extra: Any) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.parameter, self.extra = status, code, message, parameter, extra

    def body(self, params: dict[str, Any] | None) -> dict[str, Any]:
        return envelope([entry(self.code, self.message, self.parameter)], params, **self.extra)


def not_found(what: str, parameter: str) -> ApiError:
    return ApiError(404, "NOT_FOUND", f"No {what} found for {parameter}", parameter)


def entry(code: str, message: str, parameter: str | None = None) -> dict[str, str]:
    """One element of `errors`; `parameter` only when a parameter is at fault."""
    item = {"code": code, "message": message}
    if parameter:
        item["parameter"] = parameter
    return item


def envelope(errors: list[dict[str, str]], params: dict[str, Any] | None = None, **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"errors": errors, **extra}
    if params is not None:
        body["request"] = {"params": params}
    return body


def status_of(codes: set[str]) -> int:
    code = next((c for c in PRIORITY if c in codes), None)
    return STATUS.get(code or "", 400)


def from_violations(violations: list[Violation], params: dict[str, Any], batch: bool) -> tuple[int, dict[str, Any]]:
    """Status and envelope for the validators' violations.

    For a batch, a violation whose JSON pointer starts with an item index is that item's
    problem (`operation_errors`); `errors` keeps the request-level ones, or one line saying
    that nothing was applied, since `errors` is never empty. At most MAX_VIOLATIONS problems
    are listed in all, `errors` and `operation_errors` together; the last entry of `errors`
    counts the rest.
    """
    status = status_of({v.code for v in violations})
    violations = cap(violations)
    if not batch:
        return status, envelope([entry(v.code, v.message, v.parameter) for v in violations], params)
    request_level: list[dict[str, str]] = []
    summary = [entry(v.code, v.message) for v in violations if v.rule == TRUNCATED]
    by_item: dict[int, list[dict[str, str]]] = {}
    for violation in violations:
        if violation.rule == TRUNCATED:
            continue
        found = _ITEM.match(violation.parameter or "") if violation.location == "body" else None
        if found is None:
            request_level.append(entry(violation.code, violation.message, violation.parameter))
        else:
            by_item.setdefault(int(found.group(1)), []).append(
                entry(violation.code, violation.message, violation.parameter)
            )
    if not by_item:
        return status, envelope(request_level + summary, params)
    if not request_level:
        first = by_item[min(by_item)][0]["code"]
        listed = "listed " if summary else ""
        request_level = [entry(first, f"{len(by_item)} {listed}batch item(s) are invalid; nothing was applied")]
    items = [{"index": index, "errors": by_item[index]} for index in sorted(by_item)]
    return status, envelope(request_level + summary, params, operation_errors=items)
