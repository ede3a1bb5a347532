"""Injected faults: rules that make matching requests misbehave the way the live API does.

A rule matches by operation id or path pattern (fnmatch, against the path as sent, e.g.
`/12/accounts/*/cards`), method and account; it fires with a `probability` and/or for the
`times` next matching calls, until it `expires_in_seconds` (real time). Its effect is a
`latency` (fixed `{seconds}`, `{uniform: [low, high]}` or `{normal: [mean, stddev]}`, slept
without blocking the server), then at most one of: a `status` (429 with the per-user or per-account
reset headers, 503 with or without `retry_after`, 500) in the Ads API error envelope, a dropped
connection (`drop: true`), or failing `batch_items` (indexes) in `operation_errors`.
The first rule that fires decides; every check below happens before a rule is added.
"""

from __future__ import annotations

import asyncio
import fnmatch
import itertools
import math
import random
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import orjson

from xads_emulator.errors import STATUS, entry, envelope, from_violations
from xads_emulator.ratelimit import Rate, RateLimiter
from xads_spec import supported_versions
from xads_validators import RequestValidator, Violation, WireRequest

# The statuses a rule may answer with, and the error code of each (errors.STATUS for the first two).
CODES = {code_status: code for code, code_status in STATUS.items() if code_status in (429, 500)} | {
    503: "SERVICE_UNAVAILABLE"
}
FIELDS = (
    "operation",
    "path",
    "method",
    "account",
    "probability",
    "times",
    "expires_in_seconds",
    "latency",
    "status",
    "scope",
    "reset_in_seconds",
    "retry_after",
    "drop",
    "batch_items",
    "message",
)
RULE = "lab.fault"  # the rule id of an injected batch item's violation, as the journal lists it


class FaultError(ValueError):
    """A rule that cannot be added; `field` names the part at fault."""

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(message)
        self.field = field_name


class Dropped(Exception):
    """A rule dropped the connection: nothing is answered (lab.drop_connection closes it)."""


@dataclass
class Injected:
    """What a fired rule answers instead of the operation."""

    status: int
    body: dict[str, Any]
    headers: list[tuple[bytes, bytes]]
    rate: Rate | None
    rule: int


@dataclass
class Rule:
    id: int
    spec: dict[str, Any]
    operation: str | None = None
    path: str | None = None
    method: str | None = None
    account: str | None = None
    probability: float = 1.0
    times: int | None = None
    expires_at: float | None = None
    latency: tuple[str, float, float] | None = None
    status: int | None = None
    fired: int = 0
    batch_items: list[int] = field(default_factory=list)

    def describe(self, now: float) -> dict[str, Any]:
        """The rule as given, with its id, how often it fired and what is left of it."""
        left: dict[str, Any] = {"id": self.id, **self.spec, "fired": self.fired}
        if self.times is not None:
            left["times_left"] = self.times - self.fired
        if self.expires_at is not None:
            left["expires_in_seconds"] = round(max(0.0, self.expires_at - now), 3)
        return left


def _number(spec: dict[str, Any], name: str, low: float, high: float, integer: bool = False) -> float | None:
    value = spec.get(name)
    if value is None:
        return None
    kinds = int if integer else int | float
    if isinstance(value, bool) or not isinstance(value, kinds) or not math.isfinite(value) or not low <= value <= high:
        kind = "an integer" if integer else "a number"
        raise FaultError(name, f"`{name}` must be {kind} from {low:g} to {high:g}")
    return float(value)


def _text(spec: dict[str, Any], name: str) -> str | None:
    value = spec.get(name)
    if value is not None and (not isinstance(value, str) or not value or len(value) > 200):
        raise FaultError(name, f"`{name}` must be a non-empty string of at most 200 characters")
    return value


def _latency(spec: Any) -> tuple[str, float, float] | None:
    """`{seconds: S}`, `{uniform: [low, high]}` or `{normal: [mean, stddev]}`, each at most 60 s."""
    if spec is None:
        return None
    if not isinstance(spec, dict) or len(spec) != 1:
        raise FaultError("latency", "`latency` takes one of {seconds: S}, {uniform: [low, high]}, {normal: [mean, sd]}")
    ((kind, value),) = spec.items()
    if kind == "seconds":
        seconds = _number(spec, "seconds", 0, 60)
        return ("seconds", seconds or 0.0, 0.0)
    pair = value if isinstance(value, list) and len(value) == 2 else None
    if kind not in ("uniform", "normal") or pair is None:
        raise FaultError("latency", "`latency` takes one of {seconds: S}, {uniform: [low, high]}, {normal: [mean, sd]}")
    first, second = (_number({"latency": v}, "latency", 0, 60) or 0.0 for v in pair)
    if kind == "uniform" and first > second:
        raise FaultError("latency", "`uniform` takes [low, high] with low <= high")
    return (kind, first, second)


def parse_rule(spec: Any, rule_id: int, operations: frozenset[str], now: float) -> Rule:
    """A rule from its JSON/YAML form; FaultError names the first field at fault."""
    if not isinstance(spec, dict):
        raise FaultError("rule", "A fault rule is a JSON object")
    unknown = [name for name in spec if name not in FIELDS]
    if unknown:
        raise FaultError(str(unknown[0]), f"Unknown field; a rule takes {', '.join(FIELDS)}")
    rule = Rule(rule_id, dict(spec))
    rule.operation, rule.path = _text(spec, "operation"), _text(spec, "path")
    if rule.operation is not None and rule.operation not in operations:
        raise FaultError("operation", f"No operation {rule.operation!r} in the spec")
    if rule.operation is not None and rule.path is not None:
        raise FaultError("path", "Give `operation` or `path`, not both")
    method = _text(spec, "method")
    rule.method = method.upper() if method else None
    rule.account = _text(spec, "account")
    probability = _number(spec, "probability", 0, 1)
    rule.probability = 1.0 if probability is None else probability
    times = _number(spec, "times", 1, 1_000_000, integer=True)
    rule.times = None if times is None else int(times)
    expires = _number(spec, "expires_in_seconds", 0, 86_400 * 365)
    rule.expires_at = None if expires is None else now + expires
    rule.latency = _latency(spec.get("latency"))
    status = _number(spec, "status", 100, 599, integer=True)
    rule.status = None if status is None else int(status)
    if rule.status is not None and rule.status not in CODES:
        raise FaultError("status", f"`status` is one of {', '.join(map(str, sorted(CODES)))}")
    _number(spec, "reset_in_seconds", 0, 86_400, integer=True)
    _number(spec, "retry_after", 0, 86_400, integer=True)
    _text(spec, "message")
    if spec.get("scope") not in (None, "user", "account"):
        raise FaultError("scope", "`scope` is user or account (whose rate limit a 429 reports)")
    for name in ("scope", "reset_in_seconds"):
        if name in spec and rule.status != 429:
            raise FaultError(name, f"`{name}` goes with status 429")
    if "retry_after" in spec and rule.status not in (429, 503):
        raise FaultError("retry_after", "`retry_after` goes with status 429 or 503")
    if spec.get("drop") not in (None, True):
        raise FaultError("drop", "`drop` is true or absent")
    items = spec.get("batch_items")
    if items is not None:
        if not isinstance(items, list) or not items or not all(isinstance(i, int) and 0 <= i < 10_000 for i in items):
            raise FaultError("batch_items", "`batch_items` is a non-empty list of item indexes")
        if rule.operation is None:
            raise FaultError("batch_items", "`batch_items` needs `operation` (a batch operation)")
        rule.batch_items = sorted(set(items))
    effects = [name for name in ("status", "drop", "batch_items") if name in spec]
    if len(effects) > 1:
        raise FaultError(effects[1], f"A rule has one effect besides latency; got {' and '.join(effects)}")
    if not effects and rule.latency is None:
        raise FaultError("rule", "A rule needs an effect: latency, status, drop or batch_items")
    return rule


class FaultTable:
    """The rules in force. An empty table costs one truth test per request (app.py)."""

    def __init__(self, limits: RateLimiter, chooser: random.Random) -> None:
        self.rules: list[Rule] = []
        self._limits = limits
        self._chooser = chooser
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        validator = RequestValidator()
        self._operations = {
            operation_id: operation
            for version in supported_versions()
            for operation_id, operation in validator.index(version).by_id.items()
        }

    def add(self, specs: Iterable[Any]) -> list[dict[str, Any]]:
        """All of `specs` or none (FaultError)."""
        now = time.monotonic()
        with self._lock:
            new = [parse_rule(spec, next(self._ids), frozenset(self._operations), now) for spec in specs]
            for rule in new:
                if rule.batch_items and not self._operations[str(rule.operation)].takes_batch:
                    raise FaultError("batch_items", f"{rule.operation} is not a batch operation")
            self.rules.extend(new)
            return [rule.describe(now) for rule in new]

    def listing(self) -> list[dict[str, Any]]:
        now = time.monotonic()
        with self._lock:
            self._expire(now)
            return [rule.describe(now) for rule in self.rules]

    def remove(self, rule_id: int | None = None) -> int:
        """Drop one rule by id (or all); how many went."""
        with self._lock:
            kept = [rule for rule in self.rules if rule_id is not None and rule.id != rule_id]
            gone = len(self.rules) - len(kept)
            self.rules = kept
            return gone

    def _expire(self, now: float) -> None:
        self.rules = [
            r
            for r in self.rules
            if (r.expires_at is None or r.expires_at > now) and (r.times is None or r.fired < r.times)
        ]

    def _fires(self, request: WireRequest, account: str | None, path: str) -> Rule | None:
        operation = request.operation
        with self._lock:
            self._expire(time.monotonic())
            for rule in self.rules:
                if rule.operation is not None and (operation is None or operation.operation_id != rule.operation):
                    continue
                if rule.path is not None and not fnmatch.fnmatchcase(path, rule.path):
                    continue
                if (rule.method and rule.method != request.method) or (rule.account and rule.account != account):
                    continue
                if rule.batch_items and _batch_size(request.body) <= rule.batch_items[0]:
                    continue
                if rule.probability < 1 and self._chooser.random() >= rule.probability:
                    continue
                rule.fired += 1
                return rule
        return None

    async def inject(self, request: WireRequest, path: str, account: str | None, user_key: str) -> Injected | None:
        """The answer of the first rule that fires for this request, after its latency; None lets
        the request through (after any latency). Raises Dropped for a dropped connection."""
        rule = self._fires(request, account, path)
        if rule is None:
            return None
        if rule.latency is not None:
            await asyncio.sleep(self._delay(rule.latency))
        if rule.spec.get("drop"):
            raise Dropped
        operation = request.operation
        key = (user_key, operation.operation_id if operation else "")
        rate = self._limits.peek(key, operation, False, time.time())
        message = rule.spec.get("message")
        if rule.batch_items:
            violations = [
                Violation(RULE, "body", f"/{index}", message or f"Injected fault (rule {rule.id})")
                for index in rule.batch_items
                if index < _batch_size(request.body)
            ]
            status, body = from_violations(violations, dict(request.query + request.form), True)
            return Injected(status, body, [], rate, rule.id)
        if rule.status is None:
            return None
        headers: list[tuple[bytes, bytes]] = []
        if rule.status == 429:
            reset = int(time.time()) + int(rule.spec.get("reset_in_seconds", 60))
            exhausted = Rate(rate.limit, 0, reset, True)
            if rule.spec.get("scope") == "account":
                headers += [(b"x-account-" + name[2:], value) for name, value in exhausted.headers()]
            else:
                rate = exhausted
        if "retry_after" in rule.spec:
            headers.append((b"retry-after", str(rule.spec["retry_after"]).encode()))
        code = CODES[rule.status]
        text = message or f"Injected fault (rule {rule.id}): {code}"
        return Injected(rule.status, envelope([entry(code, text)], {}), headers, rate, rule.id)

    def _delay(self, latency: tuple[str, float, float]) -> float:
        kind, first, second = latency
        if kind == "uniform":
            return self._chooser.uniform(first, second)
        if kind == "normal":
            return min(60.0, max(0.0, self._chooser.gauss(first, second)))
        return first


def _batch_size(body: bytes) -> int:
    """Items in a batch body (a batch fault fires only on a body that has an item it names)."""
    try:
        items = orjson.loads(body)
    except orjson.JSONDecodeError:
        return 0
    return len(items) if isinstance(items, list) else 0
