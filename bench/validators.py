"""Validator benchmarks: ours against openapi-core on the same requests, printed as ratios.

Run with `make bench`. Targets: at least TARGET_RATIO times openapi-core's speed per request, and a full
2,500-operation users batch validated in no more time than `json.loads` of its body.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bench.timing import per_call, row
from xads_spec import load_bundle
from xads_validators import RequestValidator

BASE = "https://ads-api.x.com/12"
TARGET_RATIO = 50  # openapi-core's time over ours, on every sample


@dataclass
class Sample:
    label: str
    method: str
    path: str
    query: str
    body: bytes = b""

    @property
    def headers(self) -> dict[str, str]:
        return {"Content-Type": "application/json"} if self.body else {}


CAROUSEL = {
    "name": "website carousel",
    "components": [
        {"type": "SWIPEABLE_MEDIA", "media_keys": ["13_1089771253848666112", "13_1191948012077092867"]},
        {"type": "DETAILS", "title": "X", "destination": {"type": "WEBSITE", "url": "https://www.x.com"}},
    ],
}
SAMPLES = [
    Sample("carousel card POST (JSON body)", "POST", "/accounts/18ce54d4x5t/cards", "", json.dumps(CAROUSEL).encode()),
    Sample(
        "poll card POST (query)",
        "POST",
        "/accounts/18ce54d4x5t/cards/poll",
        "duration_in_minutes=10080&first_choice=East&second_choice=West&media_key=13_950589518557540353&name=poll",
    ),
    Sample(
        "image conversation card POST (query)",
        "POST",
        "/accounts/18ce54d4x5t/cards/image_conversation",
        "media_key=3_957113581522141184&name=card&first_cta=%23moon&first_cta_tweet=stars&thank_you_text=thanks&title=Full",
    ),
    Sample(
        "account media GET with 200 ids",
        "GET",
        "/accounts/18ce54d4x5t/account_media",
        "account_media_ids=" + ",".join(f"a{i}" for i in range(200)) + "&count=200",
    ),
]


def openapi_core_validator() -> Callable[[Sample], Callable[[], object]]:
    """openapi-core (werkzeug requests), the library a Python user would otherwise pick."""
    from openapi_core import OpenAPI
    from openapi_core.contrib.werkzeug import WerkzeugOpenAPIRequest
    from werkzeug.test import EnvironBuilder
    from werkzeug.wrappers import Request

    # Authentication is the server's job on both sides: neither validator checks it here.
    spec = {key: value for key, value in load_bundle(12).items() if key != "security"}
    api = OpenAPI.from_dict(spec)

    def prepare(sample: Sample) -> Callable[[], object]:
        builder = EnvironBuilder(
            method=sample.method,
            base_url=BASE,
            path=sample.path,
            query_string=sample.query,
            data=sample.body or None,
            content_type=sample.headers.get("Content-Type"),
        )
        request = WerkzeugOpenAPIRequest(Request(builder.get_environ()))
        api.validate_request(request)  # valid requests only: a failure here is a bench bug
        return lambda: api.validate_request(request)

    return prepare


def ours(validator: RequestValidator, sample: Sample) -> Callable[[], object]:
    target = f"/12{sample.path}?{sample.query}"

    def run() -> object:
        result = validator.validate_wire(sample.method, target, headers=sample.headers, body=sample.body)
        assert result.ok, result.violations
        return result

    run()
    return run


def users_batch(operations: int, users_per_operation: int = 11) -> bytes:
    batch = []
    for i in range(operations):
        users = [
            {
                "email": [hashlib.sha256(f"user{i}-{k}@example.com".encode()).hexdigest()],
                "twitter_id": [hashlib.sha256(f"{i}:{k}".encode()).hexdigest()],
            }
            for k in range(users_per_operation)
        ]
        params = {"effective_at": "2026-01-01T00:00:00Z", "expires_at": "2026-12-01T00:00:00Z", "users": users}
        batch.append({"operation_type": "Update", "params": params})
    return json.dumps(batch).encode()


def best(function: Callable[[], Any], rounds: int = 5) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    validator = RequestValidator()
    peer = openapi_core_validator()
    print("Per-request validation, best of 5 runs after warm-up (ratio = openapi-core time / ours)")
    ratios = []
    for sample in SAMPLES:
        mine = per_call(ours(validator, sample), calls=2000)
        theirs = per_call(peer(sample), calls=100)
        ratios.append(theirs / mine)
        print(row(sample.label, mine, theirs, "openapi-core"))
    verdict = "met" if min(ratios) >= TARGET_RATIO else "NOT met"
    print(f"  target at least {TARGET_RATIO}x on every request: {verdict} (lowest {min(ratios):.1f}x)")

    print("\nCustom audience users batch: whole body validated (spec layer + rules) vs json.loads")
    operation = validator.operation("update_custom_audience_users", 12)
    url = "/12/accounts/18ce54d4x5t/custom_audiences/1nmth/users"
    params = {"account_id": "18ce54d4x5t", "custom_audience_id": "1nmth"}
    headers = {"Content-Type": "application/json"}
    for count in (10, 100, 1000, 2500):
        body = users_batch(count)
        parsed = json.loads(body)

        def parse(body: bytes = body) -> object:
            return json.loads(body)

        def check_values(parsed: object = parsed) -> object:
            return validator.validate_values(operation.operation_id, 12, params, parsed)

        def check_wire(body: bytes = body) -> object:
            return validator.validate_wire("POST", url, headers=headers, body=body)

        loads, values, wire = best(parse), best(check_values), best(check_wire)
        print(
            f"{count:>5} operations {len(body):>9,} bytes: json.loads {loads * 1e3:7.2f} ms | "
            f"validate parsed body {values * 1e3:7.2f} ms ({values / loads:4.2f}x loads) | "
            f"validate raw bytes incl. parsing {wire * 1e3:7.2f} ms ({wire / loads:4.2f}x loads) | "
            f"{values / count * 1e6:6.1f} µs per operation"
        )


if __name__ == "__main__":
    main()
