"""The two entry points: a request as it goes on the wire, and values a client holds before sending."""

from __future__ import annotations

import difflib
import enum
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from xads_spec import supported_versions
from xads_validators.operations import Operation, Profile, Route, VersionIndex, route, version_index
from xads_validators.read_only import find_read_only, pointer, without
from xads_validators.resolver import Resolver
from xads_validators.rules import REGISTRY, RuleContext
from xads_validators.rules.registry import SkipRule
from xads_validators.schemas import bound_violations, collector_paused, schema_violations
from xads_validators.violation import (
    METHOD_NOT_ALLOWED,
    MISSING_PARAMETER,
    PAYLOAD_TOO_LARGE,
    TRUNCATED,
    UNSUPPORTED_MEDIA_TYPE,
    Location,
    Violation,
    cap,
)
from xads_validators.wire import coerce, parse_json, parse_pairs

_OAUTH_PREFIX = "oauth_"
# Bodies from this size on are parsed and checked with the cycle collector paused (schemas.collector_paused);
# below it a collection costs less than pausing and resuming.
_PAUSE_FROM_BYTES = 65536
_FORM = "application/x-www-form-urlencoded"
_JSON = "application/json"


class UnknownOperation(KeyError):
    """An operation id or API version the spec does not have (a KeyError, for lookups that expect one)."""

    def __str__(self) -> str:
        return str(self.args[0])


def _snake(name: str) -> str:
    """`createCard` -> `create_card`: the spelling other tools use for operation ids."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


@dataclass(slots=True)
class ValidationResult:
    """Violations plus what was understood, so a server need not parse the request twice."""

    operation: Operation | None
    params: dict[str, Any] = field(default_factory=dict)
    body: Any = None
    violations: list[Violation] = field(default_factory=list)
    skipped_rules: list[str] = field(default_factory=list)
    ignored_parameters: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.violations

    def ignore(self, name: str) -> None:
        if name not in self.ignored_parameters:
            self.ignored_parameters.append(name)

    def unknown(self, name: str, location: Location, rules: Profile) -> None:
        """A parameter name the operation does not declare (at this location): ignored or refused, per profile."""
        if rules.ignore_unknown_parameters:
            self.ignore(name)
            return
        operation = self.operation.operation_id if self.operation else "this operation"
        self.violations.append(
            Violation("spec.unknown_parameter", location, name, f"`{name}` is not a parameter of {operation}")
        )


@dataclass(slots=True)
class WireRequest:
    """A request as received, routed and parsed once (see RequestValidator.parse_wire).

    `problems` stop it before validation: a path with no operation (404), a method the path
    does not take (405), a query or form body that cannot be read (400).
    """

    method: str
    route: Route | None
    operation: Operation | None
    query: list[tuple[str, str]]
    form: list[tuple[str, str]]
    body: bytes
    media_type: str
    problems: list[Violation]

    @property
    def signed_pairs(self) -> list[tuple[str, str]]:
        """The query and form pairs an OAuth 1.0a signature covers (RFC 5849 section 3.4.1.3)."""
        return self.query + self.form


def _media_type(headers: Mapping[str, str]) -> str:
    for name, value in headers.items():
        if name.lower() == "content-type":
            return value.split(";", 1)[0].strip().lower()
    return ""


def _plain(value: Any) -> Any:
    """Client-side values (datetimes, enums, tuples) as the JSON the wire would carry."""
    if isinstance(value, enum.Enum):
        return _plain(value.value)
    if isinstance(value, datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=UTC)
        return aware.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


class RequestValidator:
    """Validates requests against the bundled spec and its `x-rules`.

    `clock` gives the time clock-dependent rules compare against; tests pin it.
    """

    def __init__(self, clock: Callable[[], datetime] | None = None) -> None:
        self._clock = clock or (lambda: datetime.now(UTC))
        self._versions = supported_versions()

    def index(self, version: int) -> VersionIndex:
        return version_index(version)

    def operation(self, operation_id: str, version: int) -> Operation:
        """The operation by its spec `operationId` (snake_case: `create_card`, `list_cards`, ...)."""
        if version not in self._versions:
            raise UnknownOperation(f"API version {version!r} is not served; use one of {self._versions}")
        by_id = self.index(version).by_id
        if operation_id not in by_id:
            close = difflib.get_close_matches(operation_id, by_id, n=3, cutoff=0.5)
            close = close or difflib.get_close_matches(_snake(operation_id), by_id, n=3, cutoff=0.5)
            hint = f"; did you mean {', '.join(close)}?" if close else "; operation ids are snake_case, e.g. list_cards"
            raise UnknownOperation(f"no operation {operation_id!r} in version {version}{hint}")
        return by_id[operation_id]

    def profile(self, name: str, version: int) -> Profile:
        """A profile of the spec's `x-validation-profiles` (`strict`, `live`)."""
        try:
            return self.index(version).profiles[name]
        except KeyError:
            raise ValueError(
                f"no validation profile {name!r}; the spec has {sorted(self.index(version).profiles)}"
            ) from None

    # -- wire entry point -------------------------------------------------------------
    def parse_wire(
        self,
        method: str,
        target: str,
        *,
        query: str | None = None,
        headers: Mapping[str, str] | None = None,
        body: bytes = b"",
    ) -> WireRequest:
        """Route the path and read the query and a form body, once. A server checks the OAuth
        signature over `signed_pairs` and validates the same pairs with `validate_parsed`.
        `target` is a full URL or a raw path starting with the version (`/12/accounts/...`)."""
        # A path is taken as it comes (urlsplit would read `//x/12/...` as a host and a path).
        if target.startswith("/"):
            path, _, target_query = target.partition("?")
        else:
            path, target_query = urlsplit(target)[2:4]
        routed = route(path, self._versions)
        media_type = _media_type(headers or {})
        if isinstance(routed, Violation):
            return WireRequest(method, None, None, [], [], body, media_type, [routed])
        operation = routed.operation(method)
        request = WireRequest(method, routed, operation, [], [], body, media_type, [])
        if operation is None:
            request.problems.append(
                Violation(
                    "spec.method_not_allowed",
                    "path",
                    None,
                    f"{method.upper()} is not allowed on {routed.path}; allowed: {routed.allowed}",
                    METHOD_NOT_ALLOWED,
                )
            )
            return request
        request.query, problems = parse_pairs("&".join(q for q in (target_query, query or "") if q), "query")
        request.problems.extend(problems)
        if body and media_type == _FORM:
            try:
                text = body.decode("utf-8")
            except UnicodeDecodeError:
                request.problems.append(Violation("spec.parameters", "body", None, "the form body is not UTF-8"))
            else:
                request.form, problems = parse_pairs(text, "body")
                request.problems.extend(problems)
        return request

    def validate_wire(
        self,
        method: str,
        target: str,
        *,
        query: str | None = None,
        headers: Mapping[str, str] | None = None,
        body: bytes = b"",
        resolver: Resolver | None = None,
        now: datetime | None = None,
        profile: str = "strict",
    ) -> ValidationResult:
        """`target` is a full URL or a raw path starting with the version (`/12/accounts/...`)."""
        request = self.parse_wire(method, target, query=query, headers=headers, body=body)
        return self.validate_parsed(request, resolver=resolver, now=now, profile=profile)

    def validate_parsed(
        self,
        request: WireRequest,
        *,
        resolver: Resolver | None = None,
        now: datetime | None = None,
        profile: str = "strict",
    ) -> ValidationResult:
        """Validate a request `parse_wire` read, under a profile of the spec."""
        operation = request.operation
        result = ValidationResult(operation, violations=list(request.problems))
        if operation is None or request.route is None or request.problems:
            return result
        rules = self.profile(profile, operation.version)
        violations = result.violations
        for name, value in request.route.params.items():
            self._take(operation, name, value, "path", result, rules)

        sources: list[tuple[list[tuple[str, str]], Location]] = [(request.query, "query")]
        body, media_type = request.body, request.media_type
        if len(body) > operation.max_body_bytes:
            violations.append(
                Violation(
                    "spec.body_too_large",
                    "body",
                    None,
                    f"the body has {len(body)} bytes; at most {operation.max_body_bytes} accepted",
                    PAYLOAD_TOO_LARGE,
                )
            )
        elif operation.takes_json:
            if not body:
                if operation.body_required:
                    violations.append(
                        Violation("spec.body_required", "body", "/", "a JSON body is required", MISSING_PARAMETER)
                    )
            elif media_type != _JSON:
                violations.append(self._content_type_violation(media_type, _JSON))
            else:
                if len(body) > _PAUSE_FROM_BYTES:
                    with collector_paused():
                        self._take_json(operation, body, result, rules)
                else:
                    self._take_json(operation, body, result, rules)
        elif body:
            if media_type != _FORM:
                violations.append(self._content_type_violation(media_type, _FORM))
            else:
                sources.append((request.form, "query"))

        seen: set[str] = set()
        for source, location in sources:
            for name, raw in source:
                if name.startswith(_OAUTH_PREFIX):
                    continue
                if name in seen:
                    if rules.ignore_repeated_parameters:
                        result.ignore(name)
                    else:
                        violations.append(
                            Violation(
                                "spec.repeated_parameter",
                                location,
                                name,
                                f"`{name}` is given more than once; send one value (lists are comma-separated)",
                            )
                        )
                    continue
                seen.add(name)
                self._take(operation, name, raw, location, result, rules)
        self._check_required(operation, result)
        self._apply_rules(operation, result, resolver, now)
        return result

    def _content_type_violation(self, got: str, expected: str) -> Violation:
        return Violation(
            "spec.content_type",
            "header",
            "Content-Type",
            f"this operation takes {expected}, got {got or 'no content type'}",
            UNSUPPORTED_MEDIA_TYPE,
        )

    def _take(
        self, operation: Operation, name: str, raw: str, location: Location, result: ValidationResult, rules: Profile
    ) -> None:
        parameter = operation.parameters.get(name)
        if parameter is None or parameter.location != location:
            result.unknown(name, location, rules)
            return
        value, problem = coerce(parameter, raw, location)
        if problem:
            result.violations.append(problem)
            return
        result.params[name] = value
        result.violations.extend(schema_violations(parameter.validator, value, location, name))

    def _check_required(self, operation: Operation, result: ValidationResult) -> None:
        for name, parameter in operation.parameters.items():
            if (
                parameter.required
                and name not in result.params
                and not any(v.parameter == name for v in result.violations)
            ):
                result.violations.append(
                    Violation(
                        "spec.required",
                        parameter.location,  # type: ignore[arg-type]
                        name,
                        f"`{name}` is required",
                        MISSING_PARAMETER,
                    )
                )

    # -- values entry point -----------------------------------------------------------
    def validate_values(
        self,
        operation_id: str,
        version: int,
        params: Mapping[str, Any],
        body: Any = None,
        *,
        resolver: Resolver | None = None,
        now: datetime | None = None,
        profile: str = "strict",
    ) -> ValidationResult:
        """Values as a client holds them: path and query parameters in one mapping (datetimes and enums
        are accepted and rendered as the wire would carry them); the body as JSON-ready data, as a
        generated model's `to_dict()` gives it (not walked again, so a 5 MB batch stays cheap)."""
        operation = self.operation(operation_id, version)
        rules = self.profile(profile, version)
        result = ValidationResult(operation)
        for name, value in params.items():
            if value is None:
                continue
            parameter = operation.parameters.get(name)
            if parameter is None:
                result.unknown(name, "query", rules)
                continue
            plain = _plain(value)
            result.params[name] = plain
            location: Location = parameter.location  # type: ignore[assignment]
            result.violations.extend(schema_violations(parameter.validator, plain, location, name))
        if operation.takes_json:
            if body is None:
                if operation.body_required:
                    result.violations.append(
                        Violation("spec.body_required", "body", "/", "a JSON body is required", MISSING_PARAMETER)
                    )
            else:
                self._take_body(operation, body, result, rules)
        self._check_required(operation, result)
        self._apply_rules(operation, result, resolver, now)
        return result

    def _take_json(self, operation: Operation, body: bytes, result: ValidationResult, rules: Profile) -> None:
        parsed, problem = parse_json(body)
        if problem:
            result.violations.append(problem)
        else:
            self._take_body(operation, parsed, result, rules)

    def _take_body(self, operation: Operation, body: Any, result: ValidationResult, rules: Profile) -> None:
        """A body beyond its bounds (batch size, nesting depth) is refused before anything walks
        it. Read-only fields (answered, not taken) are taken out next: refused or ignored per
        profile. A body with more problems than are listed is kept from the rules."""
        bounds = bound_violations(operation.body_validator, body)
        if bounds:
            result.violations.extend(bounds)  # result.body stays None: no rule walks it either
            return
        places = operation.read_only
        paths = find_read_only(places, body) if places else []
        if paths:
            body = without(body, paths)
            if rules.ignore_read_only_body_fields:
                result.ignored_parameters.extend(pointer(path) for path in paths)
            else:
                result.violations.extend(
                    Violation(
                        "spec.read_only",
                        "body",
                        pointer(path),
                        f"`{pointer(path)}` is read-only: answers carry it, requests must leave it out",
                    )
                    for path in paths
                )
        found = schema_violations(operation.body_validator, body, "body", None)
        result.body = None if any(v.rule == TRUNCATED for v in found) else body
        result.violations.extend(found)

    # -- rules ------------------------------------------------------------------------
    def _apply_rules(
        self, operation: Operation, result: ValidationResult, resolver: Resolver | None, now: datetime | None
    ) -> None:
        """Run the operation's x-rules. Without a resolver, rules the spec declares `stateful`
        are skipped unrun, and a rule that asks for stored data anyway (SkipRule) is skipped too.

        On input the spec layer already refused, a rule that cannot read its fields stays
        silent; on valid input the same failure is a bug and propagates.
        """
        spec_clean = not result.violations
        context = RuleContext("", operation, result.params, result.body, {}, self._clock, resolver, moment=now)
        skipped = result.skipped_rules
        for ref in operation.rules:
            if resolver is None and ref.kind == "stateful":
                if ref.id not in skipped:  # one rule id may be listed twice (different args)
                    skipped.append(ref.id)
                continue
            context.rule_id, context.args = ref.id, ref.args
            try:
                result.violations.extend(REGISTRY[ref.id](context))
            except SkipRule:
                if ref.id not in skipped:
                    skipped.append(ref.id)
            except (TypeError, KeyError, ValueError, AttributeError, IndexError):
                if spec_clean:
                    raise
        if result.violations:
            result.violations[:] = cap(result.violations)
