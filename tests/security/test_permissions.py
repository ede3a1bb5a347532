"""Permissions follow the reference everywhere (issue 11, item 6), against the real emulator on
loopback, signed as the seed's users.

- Whatever a request names (card URI, media key, custom audience, line item, Tweet) must be the
  account's own, or an audience shared with it: otherwise 404 or 400 naming the parameter, and
  nothing is stored.
- A TWEET_COMPOSER user creates only promoted-only Tweets, only for the FULL promotable user:
  on create, on update, and when a scheduled Tweet goes live.
- A sub-resource of a parent that does not exist is 404, for every operation with a parent.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from tests.emulator.test_reference_examples import _clock_for
from tests.security.conftest import ACCOUNT, OTHER_ACCOUNT
from tests.support.emulator import Emulator
from tests.validators.conftest import encode_reference_url
from xads_client import Credentials
from xads_emulator import kinds
from xads_emulator.engine import shape_of
from xads_spec import load_bundle
from xads_spec.bundle import operations

COMPOSER = Credentials("demo-consumer-key", "demo-consumer-secret", "composer-user-token", "composer-user-token-secret")
FULL_USER = "756201191646691328"  # the FULL promotable user of ACCOUNT (the demo user)
COMPOSER_USER = "1100000000000000001"  # TWEET_COMPOSER on ACCOUNT
OTHER_PROMOTABLE = "3271358660"  # another TWEET_COMPOSER promotable user of ACCOUNT, not the FULL one
SISTER = "18ce54aymz3"  # the demo user's second account, same business as ACCOUNT
A = f"/accounts/{ACCOUNT}"
B = f"/accounts/{OTHER_ACCOUNT}"


@pytest.fixture(scope="module")
def as_composer(server: Emulator) -> Iterator[httpx.Client]:
    with server.client(COMPOSER) as client:
        yield client


def ok(response: httpx.Response) -> Any:
    assert response.status_code == 200, f"{response.request.method} {response.request.url}: {response.text}"
    return response.json()["data"]


def refused(response: httpx.Response, parameter: str, statuses: tuple[int, ...] = (400, 404)) -> None:
    """Refused in the error envelope, with an error (or a batch item's error) naming `parameter`."""
    assert response.status_code in statuses, f"{response.request.url}: {response.status_code} {response.text}"
    answer = response.json()
    errors = answer["errors"] + [e for item in answer.get("operation_errors", []) for e in item["errors"]]
    named = [str(e.get("parameter")) for e in errors]
    assert any(p == parameter or p.endswith(f"/{parameter}") for p in named), named


def state(server: Emulator) -> dict[str, list[dict[str, Any]]]:
    """Every stored resource of every kind the spec's paths and the domain name, for 'nothing changed'."""
    validator = server.app.validator
    every = {shape_of(validator.operation(op["operationId"], 12)).kind for _p, _m, op in operations(load_bundle(12))}
    every |= {value for name, value in vars(kinds).items() if name.isupper() and isinstance(value, str)}
    every |= set(kinds.CARD_KINDS)
    return {kind: server.app.store.all(kind) for kind in sorted(every)}


@pytest.fixture(scope="module")
def theirs(as_other: httpx.Client) -> dict[str, str]:
    """Resources of the other advertiser's account, made through its own signed requests."""
    card = ok(
        as_other.post(
            f"{B}/cards/poll",
            params={"name": "p", "duration_in_minutes": 60, "first_choice": "a", "second_choice": "b"},
        )
    )
    tweet = ok(as_other.post(f"{B}/tweet", params={"text": "their Tweet"}))
    when = (datetime.now(UTC) + timedelta(days=2)).strftime("%Y-%m-%dT%H:%M:00Z")
    scheduled = ok(as_other.post(f"{B}/scheduled_tweets", params={"text": "later", "scheduled_at": when}))
    draft = ok(as_other.post(f"{B}/draft_tweets", params={"text": "draft"}))
    audience = ok(as_other.post(f"{B}/custom_audiences", params={"name": "their audience"}))
    do_not_reach = ok(as_other.post(f"{B}/do_not_reach_lists"))
    return {
        "card_uri": card["card_uri"],
        "tweet_id": str(tweet["id"]),
        "scheduled_tweet_id": scheduled["id"],
        "draft_tweet_id": draft["id"],
        "custom_audience_id": audience["id"],
        "do_not_reach_list_id": do_not_reach["id"],
        "media_key": "3_900000000000000001",  # in the other account's library (seed)
        "line_item_id": "zz001",  # the other account's line item (seed)
    }


def _segments(audience_id: str) -> dict[str, Any]:
    """A flexible audience tree whose only leaf is `audience_id`."""
    leaf = {"custom_audience_id": audience_id, "frequency": 1, "frequency_comparator": "NUM_GT", "lookback_window": 30}
    return {"boolean_operator": "AND", "child_segments": [{**leaf, "child_segments": []}]}


# -- resources of another account ------------------------------------------------------------

# (method, path, query, JSON body, parameter at fault): requests in ACCOUNT that name one of the
# other account's resources; `{name}` is filled from `theirs` (and `{own_tweet}` from ACCOUNT).
CROSS_ACCOUNT: list[tuple[str, str, dict[str, Any], Any, str]] = [
    ("POST", f"{A}/tweet", {"text": "x", "card_uri": "{card_uri}"}, None, "card_uri"),
    ("POST", f"{A}/draft_tweets", {"text": "x", "card_uri": "{card_uri}"}, None, "card_uri"),
    (
        "POST",
        f"{A}/scheduled_tweets",
        {"text": "x", "card_uri": "{card_uri}", "scheduled_at": "{soon}"},
        None,
        "card_uri",
    ),
    ("PUT", f"{A}/draft_tweets/{{own_draft}}", {"card_uri": "{card_uri}"}, None, "card_uri"),
    ("POST", f"{A}/tweet", {"text": "x", "media_keys": "{media_key}"}, None, "media_keys"),
    (
        "POST",
        f"{A}/cards/poll",
        {
            "name": "p",
            "duration_in_minutes": "60",
            "first_choice": "a",
            "second_choice": "b",
            "media_key": "{media_key}",
        },
        None,
        "media_key",
    ),
    ("POST", f"{A}/media_library", {"media_key": "{media_key}"}, None, "media_key"),
    ("GET", f"{A}/media_library/{{media_key}}", {}, None, "media_key"),
    ("GET", f"{A}/custom_audiences/{{custom_audience_id}}", {}, None, "custom_audience_id"),
    ("PUT", f"{A}/custom_audiences/{{custom_audience_id}}", {"name": "mine now"}, None, "custom_audience_id"),
    ("DELETE", f"{A}/custom_audiences/{{custom_audience_id}}", {}, None, "custom_audience_id"),
    ("GET", f"{A}/custom_audiences/{{custom_audience_id}}/permissions", {}, None, "custom_audience_id"),
    (
        "POST",
        f"{A}/custom_audiences/{{custom_audience_id}}/permissions",
        {"granted_account_id": SISTER, "permission_level": "READ_WRITE"},
        None,
        "custom_audience_id",
    ),
    ("GET", f"{A}/custom_audiences/{{custom_audience_id}}/targeted", {}, None, "custom_audience_id"),
    (
        "POST",
        f"/batch{A}/custom_audiences",
        {},
        [
            {
                "operation_type": "Create",
                "params": {
                    "name": "mixed",
                    "audience_type": "FLEXIBLE",
                    "segments": _segments("{custom_audience_id}"),
                },
            }
        ],
        "custom_audience_id",
    ),
    (
        "POST",
        f"{A}/promoted_tweets",
        {"line_item_id": "{line_item_id}", "tweet_ids": "{own_tweet}"},
        None,
        "line_item_id",
    ),
    (
        "POST",
        f"{A}/preroll_call_to_actions",
        {"line_item_id": "{line_item_id}", "call_to_action": "WATCH_NOW", "call_to_action_url": "https://x.com"},
        None,
        "line_item_id",
    ),
    ("POST", f"{A}/promoted_tweets", {"line_item_id": "a44qc", "tweet_ids": "{tweet_id}"}, None, "tweet_ids"),
    ("PUT", f"{A}/tweets/{{tweet_id}}/name", {"name": "mine"}, None, "tweet_id"),
    (
        "POST",
        f"{A}/scheduled_promoted_tweets",
        {"line_item_id": "a44qc", "scheduled_tweet_id": "{scheduled_tweet_id}"},
        None,
        "scheduled_tweet_id",
    ),
    ("PUT", f"{A}/scheduled_tweets/{{scheduled_tweet_id}}", {"text": "mine"}, None, "scheduled_tweet_id"),
    ("PUT", f"{A}/draft_tweets/{{draft_tweet_id}}", {"text": "mine"}, None, "draft_tweet_id"),
    ("POST", f"{A}/draft_tweets/preview/{{draft_tweet_id}}", {}, None, "draft_tweet_id"),
]


def _fill(template: Any, values: dict[str, str]) -> Any:
    if isinstance(template, str):
        return template.format(**values)
    if isinstance(template, dict):
        return {k: _fill(v, values) for k, v in template.items()}
    if isinstance(template, list):
        return [_fill(v, values) for v in template]
    return template


@pytest.fixture(scope="module")
def names(theirs: dict[str, str], as_demo: httpx.Client) -> dict[str, str]:
    """The other account's resources, plus a Tweet and a draft of ACCOUNT's own to name beside them."""
    own_tweet = ok(as_demo.post(f"{A}/tweet", params={"text": "our Tweet"}))["id"]
    own_draft = ok(as_demo.post(f"{A}/draft_tweets", params={"text": "our draft"}))["id"]
    soon = (datetime.now(UTC) + timedelta(days=2)).strftime("%Y-%m-%dT%H:%M:00Z")
    return {**theirs, "own_tweet": own_tweet, "own_draft": own_draft, "soon": soon}


@pytest.mark.parametrize(
    ("method", "path", "query", "body", "parameter"),
    CROSS_ACCOUNT,
    ids=[f"{m} {p.replace(A, '')} {n}" for m, p, _q, _b, n in CROSS_ACCOUNT],
)
def test_naming_another_accounts_resource_is_refused_and_changes_nothing(
    server: Emulator,
    as_demo: httpx.Client,
    names: dict[str, str],
    method: str,
    path: str,
    query: dict[str, Any],
    body: Any,
    parameter: str,
) -> None:
    before = state(server)
    response = as_demo.request(
        method, _fill(path, names), params=_fill(query, names), json=_fill(body, names) if body else None
    )
    refused(response, parameter)
    assert state(server) == before


def test_the_same_requests_with_own_resources_succeed(server: Emulator, as_demo: httpx.Client) -> None:
    """The refusals above are about whose resource it is: ACCOUNT's own card, media, line item pass."""
    card = ok(
        as_demo.post(
            f"{A}/cards/poll",
            params={"name": "p", "duration_in_minutes": 60, "first_choice": "a", "second_choice": "b"},
        )
    )
    ok(
        as_demo.post(
            f"{A}/tweet", params={"text": "x", "card_uri": card["card_uri"], "media_keys": "3_1073727809120419840"}
        )
    )
    tweet = ok(as_demo.post(f"{A}/tweet", params={"text": "y"}))
    ok(as_demo.post(f"{A}/promoted_tweets", params={"line_item_id": "a44qc", "tweet_ids": str(tweet["id"])}))


def test_an_audience_shared_with_the_account_may_be_named_until_the_share_is_revoked(
    as_demo: httpx.Client,
) -> None:
    """Audiences are the one kind shared across accounts: visible in the granted account (also as a
    parent, and in a flexible audience), and gone from it again once the permission is deleted."""
    audience = ok(as_demo.post(f"{A}/custom_audiences", params={"name": "shared with the sister"}))["id"]
    sister = f"/accounts/{SISTER}"
    flexible = [
        {
            "operation_type": "Create",
            "params": {"name": "from a share", "audience_type": "FLEXIBLE", "segments": _segments(audience)},
        }
    ]
    refused(as_demo.get(f"{sister}/custom_audiences/{audience}/permissions"), "custom_audience_id", (404,))
    refused(as_demo.post(f"/batch{sister}/custom_audiences", json=flexible), "custom_audience_id")
    grant = ok(
        as_demo.post(
            f"{A}/custom_audiences/{audience}/permissions",
            params={"granted_account_id": SISTER, "permission_level": "READ_ONLY"},
        )
    )
    assert ok(as_demo.get(f"{sister}/custom_audiences/{audience}"))["permission_level"] == "READ_ONLY"
    assert ok(as_demo.get(f"{sister}/custom_audiences/{audience}/permissions")) == []
    ok(as_demo.post(f"/batch{sister}/custom_audiences", json=flexible))
    ok(as_demo.delete(f"{A}/custom_audiences/{audience}/permissions/{grant['id']}"))
    refused(as_demo.get(f"{sister}/custom_audiences/{audience}"), "custom_audience_id", (404,))
    refused(as_demo.get(f"{sister}/custom_audiences/{audience}/permissions"), "custom_audience_id", (404,))


# -- TWEET_COMPOSER ------------------------------------------------------------------------


def _in_a_day() -> datetime:
    return (datetime.now(UTC) + timedelta(days=1)).replace(second=0, microsecond=0)


@pytest.mark.parametrize("path", ["tweet", "draft_tweets", "scheduled_tweets"])
def test_a_composer_cannot_create_an_organic_tweet(server: Emulator, as_composer: httpx.Client, path: str) -> None:
    query: dict[str, Any] = {"text": "organic?", "nullcast": "false"}
    if path == "scheduled_tweets":
        query["scheduled_at"] = _in_a_day().strftime("%Y-%m-%dT%H:%M:%SZ")
    before = state(server)
    refused(as_composer.post(f"{A}/{path}", params=query), "nullcast", (400,))
    assert state(server) == before


@pytest.mark.parametrize("author", [OTHER_PROMOTABLE, COMPOSER_USER])
@pytest.mark.parametrize("path", ["tweet", "draft_tweets", "scheduled_tweets"])
def test_a_composer_tweets_only_for_the_full_promotable_user(
    server: Emulator, as_composer: httpx.Client, path: str, author: str
) -> None:
    query: dict[str, Any] = {"text": "as whom?", "as_user_id": author}
    if path == "scheduled_tweets":
        query["scheduled_at"] = _in_a_day().strftime("%Y-%m-%dT%H:%M:%SZ")
    before = state(server)
    refused(as_composer.post(f"{A}/{path}", params=query), "as_user_id", (403,))
    assert state(server) == before
    made = ok(as_composer.post(f"{A}/{path}", params={**query, "as_user_id": FULL_USER}))
    assert (made.get("user_id") or str(made["user"]["id"])) == FULL_USER


def test_the_full_user_may_not_tweet_as_another_promotable_user(as_demo: httpx.Client) -> None:
    refused(as_demo.post(f"{A}/tweet", params={"text": "x", "as_user_id": OTHER_PROMOTABLE}), "as_user_id", (403,))
    ok(as_demo.post(f"{A}/tweet", params={"text": "organic", "nullcast": "false"}))


def test_a_composer_cannot_turn_a_scheduled_or_draft_tweet_organic(
    as_demo: httpx.Client, as_composer: httpx.Client
) -> None:
    when = _in_a_day().strftime("%Y-%m-%dT%H:%M:%SZ")
    scheduled = ok(as_composer.post(f"{A}/scheduled_tweets", params={"text": "promoted", "scheduled_at": when}))
    draft = ok(as_composer.post(f"{A}/draft_tweets", params={"text": "promoted"}))
    for path in (f"scheduled_tweets/{scheduled['id']}", f"draft_tweets/{draft['id']}"):
        refused(as_composer.put(f"{A}/{path}", params={"nullcast": "false"}), "nullcast", (400,))
        assert ok(as_composer.get(f"{A}/{path}"))["nullcast"] is True
        ok(as_composer.put(f"{A}/{path}", params={"text": "still promoted-only"}))
    # The FULL user may; after that the Tweet is organic and the composer may no longer change it.
    ok(as_demo.put(f"{A}/draft_tweets/{draft['id']}", params={"nullcast": "false"}))
    refused(as_composer.put(f"{A}/draft_tweets/{draft['id']}", params={"text": "edit"}), "nullcast", (400,))


def test_a_composers_scheduled_tweet_goes_live_promoted_only(server: Emulator, as_composer: httpx.Client) -> None:
    when = _in_a_day()
    made = ok(
        as_composer.post(
            f"{A}/scheduled_tweets", params={"text": "goes live", "scheduled_at": when.strftime("%Y-%m-%dT%H:%M:%SZ")}
        )
    )
    refused(as_composer.put(f"{A}/scheduled_tweets/{made['id']}", params={"nullcast": "false"}), "nullcast", (400,))
    server.set_clock(now=(when + timedelta(minutes=1)).isoformat())
    try:
        live = ok(as_composer.get(f"{A}/scheduled_tweets/{made['id']}"))
        assert live["scheduled_status"] == "SUCCESS"
        tweets = ok(
            as_composer.get(
                f"{A}/tweets", params={"tweet_type": "PUBLISHED", "timeline_type": "ALL", "tweet_ids": live["tweet_id"]}
            )
        )
        assert [(str(t["id"]), t["nullcast"]) for t in tweets] == [(live["tweet_id"], True)]
    finally:
        server.app.clock.set(datetime.now(UTC))


def test_going_live_checks_the_signer_again(server: Emulator, as_composer: httpx.Client) -> None:
    """Go-live runs the create checks as the Tweet's last signer: an organic scheduled Tweet signed
    by a composer (stored directly: the API refuses to make one) fails instead of going live."""
    when = _in_a_day()
    made = ok(
        as_composer.post(
            f"{A}/scheduled_tweets", params={"text": "tampered", "scheduled_at": when.strftime("%Y-%m-%dT%H:%M:%SZ")}
        )
    )
    store = server.app.store
    with store.transaction():
        item = store.get(kinds.SCHEDULED_TWEETS, ACCOUNT, made["id"])
        assert item is not None and item["_signed_by"] == COMPOSER_USER
        store.put(kinds.SCHEDULED_TWEETS, ACCOUNT, made["id"], {**item, "nullcast": False})
    server.set_clock(now=(when + timedelta(minutes=1)).isoformat())
    try:
        gone = ok(as_composer.get(f"{A}/scheduled_tweets/{made['id']}"))
        assert (gone["scheduled_status"], gone["tweet_id"]) == ("FAILED", None)
    finally:
        server.app.clock.set(datetime.now(UTC))


# -- sub-resources of a missing parent -----------------------------------------------------


def _with_parents() -> list[Any]:
    """Every operation whose path names a parent (a parameter followed by more path), each with
    one of its reference examples that the spec marks valid, and an id of the parent's pattern
    that no account has."""
    found = []
    for path, method, op in operations(load_bundle(12)):
        segments = path.strip("/").split("/")
        parents = [
            s[1:-1]
            for i, s in enumerate(segments)
            if s.startswith("{") and s != "{account_id}" and any(not t.startswith("{") for t in segments[i + 1 :])
        ]
        if not parents:
            continue
        example = next((e for e in op.get("x-reference-examples", []) if e["expect"] == "valid"), None)
        assert example is not None, f"{op['operationId']} needs a valid reference example"
        (parent,) = parents
        pattern = next(p["schema"].get("pattern") for p in op["parameters"] if p["name"] == parent)
        missing = "404404404" if pattern == "^[0-9]+$" else "zz404"
        found.append(pytest.param(method.upper(), path, parent, missing, example, id=op["operationId"]))
    return found


@pytest.mark.parametrize(("method", "path", "parent", "missing", "example"), _with_parents())
def test_a_sub_resource_of_a_missing_parent_is_404(
    server: Emulator,
    as_demo: httpx.Client,
    theirs: dict[str, str],
    method: str,
    path: str,
    parent: str,
    missing: str,
    example: dict[str, Any],
) -> None:
    """The reference's own valid request, sent in ACCOUNT with the parent id replaced by one that
    no account has, and by the other account's (where the other account has one of that kind)."""
    parts = urlsplit(encode_reference_url(example["url"]))
    segments = parts.path.split("/")[2:]  # drop "" and the version
    template = path.strip("/").split("/")
    content = json.dumps(example["body"]).encode() if "body" in example else None
    headers = {"Content-Type": "application/json"} if content else {}
    for parent_id in (missing, theirs[parent]) if parent in theirs else (missing,):
        filled = [
            ACCOUNT if name == "{account_id}" else (parent_id if name == f"{{{parent}}}" else value)
            for name, value in zip(template, segments[-len(template) :], strict=True)
        ]
        target = "/" + "/".join(segments[: len(segments) - len(template)] + filled)
        server.app.clock.set(_clock_for(parts.query, example))
        try:
            before = state(server)
            response = as_demo.request(method, f"{target}?{parts.query}", content=content, headers=headers)
        finally:
            server.app.clock.set(datetime.now(UTC))
        refused(response, parent, (404,))
        assert state(server) == before
