"""Schemathesis against any server that claims to implement the spec, signed with OAuth 1.0a:
the harness behind `make fuzz`, the bounded fuzz in `make test`, the demo and the benchmark.
Importing it registers the cross-account check (xads_fuzz.isolation)."""

from xads_fuzz.harness import (
    Target,
    aim,
    check,
    coverage_cases,
    first_coverage_cases,
    load_schema,
    run_cases,
)
from xads_fuzz.isolation import account_isolation

__all__ = [
    "Target",
    "account_isolation",
    "aim",
    "check",
    "coverage_cases",
    "first_coverage_cases",
    "load_schema",
    "run_cases",
]
