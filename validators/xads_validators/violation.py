"""What a validator reports: one problem, where it is, and which rule found it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Location = Literal["path", "query", "header", "body", "response"]

# Ads API error codes, used by the emulator's error envelope and by client exceptions.
MISSING_PARAMETER = "MISSING_PARAMETER"
INVALID_PARAMETER = "INVALID_PARAMETER"
NOT_FOUND = "NOT_FOUND"
METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED"
UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE"
PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE"
INVALID_JSON = "INVALID_JSON"
UNAUTHORIZED_ACCESS = "UNAUTHORIZED_ACCESS"

# How many problems one answer lists; the rest are counted in one summary entry, so a
# hostile body of 100,000 bad items still gets a small answer (our policy, not the API's).
MAX_VIOLATIONS = 100
TRUNCATED = "violations.truncated"


@dataclass(frozen=True, slots=True)
class Violation:
    """One problem with a request.

    `rule` is stable (`spec.<keyword>` for what the spec states, the spec's `x-rules`
    id otherwise); `parameter` is a parameter name, or a JSON pointer into the body.
    A summary entry (rule `violations.truncated`) stands for `omitted` problems not listed.
    """

    rule: str
    location: Location
    parameter: str | None
    message: str
    code: str = INVALID_PARAMETER
    omitted: int = 0

    def as_dict(self) -> dict[str, str | None]:
        return {
            "rule": self.rule,
            "location": self.location,
            "parameter": self.parameter,
            "message": self.message,
            "code": self.code,
        }

    def __str__(self) -> str:
        where = f"{self.location} {self.parameter}" if self.parameter else self.location
        return f"[{self.rule}] {where}: {self.message}"


def truncated(omitted: int, location: Location) -> Violation:
    """The summary entry for problems found beyond the listed ones (at least `omitted`:
    the schema layer stops looking inside a part once it knows the part is invalid)."""
    return Violation(TRUNCATED, location, None, f"at least {omitted} more problem(s), not listed", omitted=omitted)


def cap(violations: list[Violation], limit: int = MAX_VIOLATIONS) -> list[Violation]:
    """The first `limit` problems, plus one summary entry counting the rest (earlier summaries included)."""
    listed = [v for v in violations if v.rule != TRUNCATED]
    omitted = sum(v.omitted for v in violations if v.rule == TRUNCATED) + max(0, len(listed) - limit)
    if not omitted:
        return violations
    return [*listed[:limit], truncated(omitted, listed[-1].location if listed else "body")]
