"""What a validator reports: one problem, where it is, and which rule found it."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Literal

Location = Literal["path", "query", "header", "body"]

# Ads API error codes, used by the emulator's error envelope and by client exceptions.
MISSING_PARAMETER = "MISSING_PARAMETER"
INVALID_PARAMETER = "INVALID_PARAMETER"
NOT_FOUND = "NOT_FOUND"
METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED"
UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE"
PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE"
INVALID_JSON = "INVALID_JSON"
UNAUTHORIZED_ACCESS = "UNAUTHORIZED_ACCESS"


@dataclass(frozen=True, slots=True)
class Violation:
    """One problem with a request.

    `rule` is stable (`spec.<keyword>` for what the spec states, the spec's `x-rules`
    id otherwise); `parameter` is a parameter name, or a JSON pointer into the body.
    """

    rule: str
    location: Location
    parameter: str | None
    message: str
    code: str = INVALID_PARAMETER

    def as_dict(self) -> dict[str, str | None]:
        return asdict(self)

    def __str__(self) -> str:
        where = f"{self.location} {self.parameter}" if self.parameter else self.location
        return f"[{self.rule}] {where}: {self.message}"
