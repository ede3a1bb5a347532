"""Recorded traffic judged against the spec: each request with the strict profile, each answer
against the schema of its status. What `xads-validate cassette` reports, per operation."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from xads_validators.cassettes import Exchange, by_operation, read_cassettes
from xads_validators.responses import ResponseValidator
from xads_validators.validator import RequestValidator
from xads_validators.violation import Violation


@dataclass
class ExchangeVerdict:
    source: str  # `file.yaml#3`: the cassette and the interaction's index
    method: str
    path: str
    status: int
    operation: str | None
    request: list[Violation] = field(default_factory=list)
    response: list[Violation] = field(default_factory=list)

    @property
    def conforms(self) -> bool:
        return not self.request and not self.response

    def as_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "method": self.method,
            "path": self.path,
            "status": self.status,
            "operation": self.operation,
            "conforms": self.conforms,
            "request_violations": [v.as_dict() for v in self.request],
            "response_violations": [v.as_dict() for v in self.response],
        }


def _recorded_at(exchange: Exchange) -> datetime | None:
    """The answer's Date header: clock rules are judged at the moment the request was made."""
    try:
        return parsedate_to_datetime(exchange.header("date", response=True))
    except (TypeError, ValueError):
        return None


def judge(exchanges: Iterable[tuple[str, Exchange]]) -> list[ExchangeVerdict]:
    requests, responses = RequestValidator(), ResponseValidator()
    verdicts = []
    for source, exchange in exchanges:
        headers = {name: values[0] for name, values in exchange.request_headers.items() if values}
        result = requests.validate_wire(
            exchange.method,
            exchange.path,
            headers=headers,
            body=exchange.request_body,
            now=_recorded_at(exchange),
            profile="strict",
        )
        operation = result.operation or responses.operation(exchange.method, exchange.uri)
        verdict = ExchangeVerdict(
            source,
            exchange.method,
            exchange.path,
            exchange.status,
            operation.operation_id if operation else None,
            request=list(result.violations),
        )
        if operation is not None:
            verdict.response = responses.validate(operation, exchange.status, exchange.response_body)
        verdicts.append(verdict)
    return verdicts


def judge_files(paths: Iterable[Path]) -> list[ExchangeVerdict]:
    """Every interaction of every cassette; raises ValueError for a file that is not a cassette."""
    return judge(read_cassettes(paths))


def as_text(verdicts: list[ExchangeVerdict]) -> str:
    lines = []
    for operation, group in by_operation(verdicts).items():
        good = sum(v.conforms for v in group)
        lines.append(f"{operation}: {good} of {len(group)} exchange(s) conform")
        for verdict in group:
            if verdict.conforms:
                continue
            lines.append(f"  {verdict.source} {verdict.method} {verdict.path} -> {verdict.status}")
            lines += [f"    request  {v.parameter or '-'} [{v.rule}] {v.message}" for v in verdict.request]
            lines += [f"    response {v.parameter or '-'} [{v.rule}] {v.message}" for v in verdict.response]
    bad = sum(not v.conforms for v in verdicts)
    lines.append(f"{len(verdicts)} exchange(s), {bad} not conforming")
    return "\n".join(lines) + "\n"


def as_json(verdicts: list[ExchangeVerdict]) -> dict[str, Any]:
    return {
        "conforms": all(v.conforms for v in verdicts),
        "operations": {
            operation: {
                "exchanges": len(group),
                "conforming": sum(v.conforms for v in group),
                "not_conforming": [v.as_dict() for v in group if not v.conforms],
            }
            for operation, group in by_operation(verdicts).items()
        },
    }
