"""Validate an outgoing request with the same library the emulator uses when it receives one."""

from __future__ import annotations

import httpx

from xads_client.errors import PreflightError
from xads_validators import RequestValidator, Resolver


class Preflight:
    """Raises PreflightError listing every violation; the request is then never sent."""

    def __init__(self, validator: RequestValidator | None = None, resolver: Resolver | None = None) -> None:
        self.validator = validator or RequestValidator()
        self.resolver = resolver

    def check(self, request: httpx.Request) -> None:
        result = self.validator.validate_wire(
            request.method,
            request.url.raw_path.decode("ascii"),
            headers=dict(request.headers),
            body=request.content,
            resolver=self.resolver,
        )
        if result.violations:
            raise PreflightError(request, result.violations)
