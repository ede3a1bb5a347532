"""Request validation for the X Ads API: the spec's constraints plus its cross-field rules.

from xads_validators import RequestValidator
result = RequestValidator().validate_wire("GET", "/12/accounts/abc/cards?count=0")
for violation in result.violations:
    print(violation)
"""

from xads_validators.operations import Route
from xads_validators.resolver import AccountFacts, AudienceFacts, MediaFacts, Resolver, ScheduledTweetFacts
from xads_validators.validator import RequestValidator, UnknownOperation, ValidationResult, WireRequest
from xads_validators.violation import Violation

__all__ = [
    "AccountFacts",
    "AudienceFacts",
    "MediaFacts",
    "RequestValidator",
    "Resolver",
    "Route",
    "ScheduledTweetFacts",
    "UnknownOperation",
    "ValidationResult",
    "Violation",
    "WireRequest",
]
