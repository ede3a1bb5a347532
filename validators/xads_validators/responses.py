"""Checking answers against the spec: is the status documented for the operation, and does the body
match the schema the spec gives for that status. Used by our tests on every emulator answer and by
`xads-validate cassette` on recorded live answers."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import orjson

from xads_spec import supported_versions
from xads_validators.operations import Operation, route
from xads_validators.schemas import CompiledSchema, compile_schema, schema_violations
from xads_validators.violation import Violation


class ResponseValidator:
    """Response schemas compiled once per operation and status."""

    def __init__(self) -> None:
        self._versions = supported_versions()
        self._compiled: dict[tuple[int, str, str], CompiledSchema | None] = {}

    def operation(self, method: str, url: str) -> Operation | None:
        routed = route(urlsplit(url).path, self._versions)
        return None if isinstance(routed, Violation) else routed.operation(method)

    def _schema(self, operation: Operation, status: str) -> CompiledSchema | None:
        key = (operation.version, operation.operation_id, status)
        if key not in self._compiled:
            spec = operation.spec["responses"].get(status, {})
            schema = spec.get("content", {}).get("application/json", {}).get("schema")
            self._compiled[key] = compile_schema(schema, operation.components) if schema else None
        return self._compiled[key]

    def validate(self, operation: Operation, status: int, body: bytes | Any) -> list[Violation]:
        """Violations of one answer; `body` as bytes off the wire or already parsed."""
        code = str(status)
        if code not in operation.spec["responses"]:
            documented = ", ".join(sorted(operation.spec["responses"]))
            return [
                Violation(
                    "response.status",
                    "response",
                    None,
                    f"{operation.operation_id} does not document status {code} (documented: {documented})",
                )
            ]
        schema = self._schema(operation, code)
        if schema is None:
            return []
        if isinstance(body, bytes | bytearray):
            try:
                body = orjson.loads(body)
            except orjson.JSONDecodeError as error:
                return [Violation("response.json", "response", "/", f"the answer is not JSON: {error}")]
        return [
            Violation(v.rule.replace("spec.", "response.", 1), "response", v.parameter, v.message, v.code)
            for v in schema_violations(schema, body, "body", None)
        ]
