"""Schemathesis against any server that claims to implement the spec, signed with OAuth 1.0a:
the harness behind `make fuzz`, the bounded fuzz in `make test`, the demo and the benchmark."""

from xads_fuzz.harness import (
    Target,
    aim,
    check,
    coverage_cases,
    first_coverage_cases,
    load_schema,
    run_cases,
)

__all__ = [
    "Target",
    "aim",
    "check",
    "coverage_cases",
    "first_coverage_cases",
    "load_schema",
    "run_cases",
]
