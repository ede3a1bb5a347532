"""Replaying recorded traffic against a fresh emulator and reporting where its answers differ from
the recorded ones: the parity report that turns users' live traffic into evidence.

- The seed is read off the cassette (accounts in paths; media keys, line items, custom
  audiences and promotable users the requests name but did not create), unless one is given.
- Ids the emulator mints for what the cassette creates are mapped to the recorded ones, so later
  requests name the emulator's ids.
- Answers are compared in shape, not value: status, fields present or absent, JSON types, and
  enum-like values (upper-case words). Ids, names and timestamps differ by nature and are not
  differences.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import orjson
import yaml

from xads_client import Credentials, OAuth1Auth
from xads_emulator.app import EmulatorApp
from xads_emulator.inprocess import mock_ads_api
from xads_emulator.seed import load_seed, seed_from
from xads_spec import supported_versions
from xads_validators.cassettes import Exchange, by_operation, is_form, is_oauth, read_cassettes, rewrite_pairs
from xads_validators.operations import route
from xads_validators.violation import Violation

REPLAY = Credentials("replay-consumer-key", "replay-consumer-secret", "replay-token", "replay-token-secret")
REPLAY_USER_ID = "1"
_ENUM_LIKE = re.compile(r"^[A-Z][A-Z0-9_]+$")
_MEDIA_TYPES = {"3": "IMAGE", "7": "VIDEO", "13": "VIDEO", "16": "GIF"}
_MEDIA_KEY = re.compile(r"^(3|7|13|16)_[0-9]+$")


# -- reading the cassette ---------------------------------------------------------------------
def _json(body: bytes) -> Any:
    try:
        return orjson.loads(body) if body else None
    except orjson.JSONDecodeError:
        return None


def _walk(value: Any, pointer: str = "") -> Iterator[tuple[str, Any]]:
    """(pointer, value) of every node; array indices become `*` so items compare as one shape."""
    yield pointer, value
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _walk(item, f"{pointer}/{key}")
    elif isinstance(value, list):
        for item in value:
            yield from _walk(item, f"{pointer}/*")


def _named(exchange: Exchange) -> Iterator[tuple[str, str]]:
    """(field name, value) of what a request names: path parameters, query/form values, JSON body fields."""
    routed = route(urlsplit(exchange.uri).path, supported_versions())
    if not isinstance(routed, Violation):
        yield from routed.params.items()
    pairs = parse_qsl(urlsplit(exchange.uri).query)
    if is_form(exchange.header("content-type")):
        pairs += parse_qsl(exchange.request_body.decode("utf-8", "replace"))
    for name, raw in pairs:
        for value in raw.split(","):
            yield name, value
    for pointer, value in _walk(_json(exchange.request_body)):
        if isinstance(value, str | int) and not isinstance(value, bool):
            yield pointer.rsplit("/", 1)[-1], str(value)


def _created_ids(exchanges: list[Exchange]) -> set[str]:
    """Ids that successful creates answered with: the cassette makes these itself."""
    created: set[str] = set()
    for exchange in exchanges:
        if exchange.method == "POST" and 200 <= exchange.status < 300:
            data = (_json(exchange.response_body) or {}).get("data")
            for item in data if isinstance(data, list) else [data]:
                if isinstance(item, dict):
                    created.update(str(item[k]) for k in ("id", "media_key") if item.get(k) is not None)
    return created


def seed_from_cassette(exchanges: list[Exchange]) -> dict[str, Any]:
    """The seed (its YAML structure) of what the recorded requests assume exists, owned by one
    replay user."""
    created = _created_ids(exchanges)
    accounts: dict[str, dict[str, Any]] = {}
    users: list[str] = []
    media: dict[tuple[str, str], dict[str, Any]] = {}
    line_items: dict[tuple[str, str], dict[str, Any]] = {}
    audiences: dict[tuple[str, str], dict[str, Any]] = {}
    for exchange in exchanges:
        named = list(_named(exchange))
        account = next((value for name, value in named if name == "account_id"), None)
        if account is None:
            continue
        accounts.setdefault(account, {"id": account, "name": f"replayed {account}", "promotable_users": []})
        for name, value in named:
            if value in created:
                continue
            if _MEDIA_KEY.match(value) and "media_key" in name:
                media[account, value] = {
                    "account_id": account,
                    "media_key": value,
                    "media_type": _MEDIA_TYPES[value.split("_")[0]],
                    "name": value,
                    "in_library": True,
                }
            elif name in ("line_item_id", "line_item_ids"):
                line_items[account, value] = {"account_id": account, "id": value, "servable": True}
            elif name in ("custom_audience_id", "custom_audience_ids"):
                audiences[account, value] = {"account_id": account, "id": value, "name": value}
            elif name in ("as_user_id", "user_id") and value.isdigit() and value not in users:
                users.append(value)
    # The signer was the user the requests Tweet as (the first named), else an arbitrary one.
    signer = users[0] if users else REPLAY_USER_ID
    for owned in accounts.values():
        owned["promotable_users"] = [
            {"user_id": user, "promotable_user_type": "FULL"} for user in dict.fromkeys([signer, *users])
        ]
    return {
        "apps": [{"consumer_key": REPLAY.consumer_key, "consumer_secret": REPLAY.consumer_secret}],
        "users": [
            {
                "user_id": signer,
                "screen_name": "replay",
                "access_token": REPLAY.access_token,
                "access_token_secret": REPLAY.access_token_secret,
                "accounts": sorted(accounts),
            }
        ],
        "accounts": list(accounts.values()),
        "media": list(media.values()),
        "line_items": list(line_items.values()),
        "custom_audiences": list(audiences.values()),
    }


# -- comparing answers ------------------------------------------------------------------------
@dataclass(frozen=True)
class Difference:
    kind: str  # status, absent (recorded, not replayed), extra (replayed, not recorded), type, enum
    pointer: str
    recorded: Any
    replayed: Any

    def __str__(self) -> str:
        where = self.pointer or "/"
        return f"{self.kind} {where}: recorded {self.recorded!r}, replayed {self.replayed!r}"


def _kind(value: Any) -> str:
    return {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}.get(
        type(value), "number"
    )


def _shape(body: Any) -> dict[str, tuple[set[str], set[str]]]:
    """Per pointer: the JSON types seen, and the enum-like strings seen (the request echo left out)."""
    shape: dict[str, tuple[set[str], set[str]]] = {}
    if not isinstance(body, dict):
        return shape
    for pointer, value in _walk({k: v for k, v in body.items() if k != "request"}):
        kinds, enums = shape.setdefault(pointer, (set(), set()))
        kinds.add(_kind(value))
        if isinstance(value, str) and _ENUM_LIKE.match(value):
            enums.add(value)
    return shape


def compare(recorded: Exchange, status: int, body: bytes) -> list[Difference]:
    if recorded.status != status:
        return [Difference("status", "", recorded.status, status)]
    before, after = _shape(_json(recorded.response_body)), _shape(_json(body))
    found = []
    for pointer in sorted(before.keys() | after.keys()):
        if pointer not in after:
            if _has_items(pointer, after):
                found.append(Difference("absent", pointer, sorted(before[pointer][0]), None))
            continue
        if pointer not in before:
            if _has_items(pointer, before):
                found.append(Difference("extra", pointer, None, sorted(after[pointer][0])))
            continue
        (kinds_then, enums_then), (kinds_now, enums_now) = before[pointer], after[pointer]
        if kinds_then - {"null"} and kinds_now - {"null"} and kinds_then != kinds_now:
            found.append(Difference("type", pointer, sorted(kinds_then), sorted(kinds_now)))
        elif enums_then and enums_now and enums_then != enums_now:
            found.append(Difference("enum", pointer, sorted(enums_then), sorted(enums_now)))
    return found


def _has_items(pointer: str, shape: dict[str, tuple[set[str], set[str]]]) -> bool:
    """A field missing on one side counts only where that side has its parent with content: an
    empty list has no item fields to miss."""
    parent = pointer.rsplit("/", 1)[0]
    if parent not in shape:
        return False
    if parent.endswith("/*"):
        return True
    kinds = shape[parent][0]
    return "object" in kinds


# -- replaying --------------------------------------------------------------------------------
@dataclass
class ReplayedExchange:
    source: str
    method: str
    path: str
    operation: str | None
    recorded_status: int
    replayed_status: int
    differences: list[Difference] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "method": self.method,
            "path": self.path,
            "operation": self.operation,
            "recorded_status": self.recorded_status,
            "replayed_status": self.replayed_status,
            "differences": [d.__dict__ for d in self.differences],
        }


class IdMap:
    """Recorded ids to the ones the emulator minted for the same creates."""

    def __init__(self) -> None:
        self.ids: dict[str, str] = {}

    def learn(self, recorded: Any, replayed: Any) -> None:
        if isinstance(recorded, dict) and isinstance(replayed, dict):
            for key, value in recorded.items():
                if key in ("id", "card_uri", "media_key", "tweet_id") or key.endswith("_id"):
                    other = replayed.get(key)
                    if isinstance(value, str | int) and isinstance(other, str | int) and str(value) != str(other):
                        self.ids[str(value)] = str(other)
        elif isinstance(recorded, list) and isinstance(replayed, list):
            for pair in zip(recorded, replayed, strict=False):
                self.learn(*pair)

    def apply(self, text: str) -> str:
        """`text` with every recorded id replaced, matched whole (between separators)."""
        if not self.ids:
            return text
        pattern = re.compile(r"(?<![A-Za-z0-9_])(" + "|".join(map(re.escape, self.ids)) + r")(?![A-Za-z0-9_])")
        return pattern.sub(lambda found: self.ids[found.group(1)], text)


def _request(exchange: Exchange, ids: IdMap, base_url: str) -> httpx.Request:
    parts = urlsplit(exchange.uri)

    def mapped(name: str, value: str) -> str | None:  # the recorded signature goes: the client signs anew
        return None if is_oauth(name) else ids.apply(value)

    query = rewrite_pairs(parts.query, mapped)
    url = base_url + ids.apply(parts.path) + (f"?{query}" if query else "")
    headers = {
        name: values[0]
        for name, values in exchange.request_headers.items()
        if values and name.lower() in ("content-type", "accept")
    }
    body = exchange.request_body
    if body:
        if is_form(exchange.header("content-type")):
            body = rewrite_pairs(body.decode("utf-8", "replace"), mapped).encode()
        else:
            body = ids.apply(body.decode("utf-8", "replace")).encode("utf-8")
    return httpx.Request(exchange.method, url, headers=headers, content=body)


def replay(
    exchanges: list[tuple[str, Exchange]],
    client: httpx.Client,
    base_url: str,
) -> list[ReplayedExchange]:
    """Send each recorded request in order through `client` (which signs), compare the answers."""
    ids = IdMap()
    results = []
    for source, exchange in exchanges:
        request = _request(exchange, ids, base_url)
        answer = client.send(request)
        routed = route(urlsplit(exchange.uri).path, supported_versions())
        operation = None if isinstance(routed, Violation) else routed.operation(exchange.method)
        results.append(
            ReplayedExchange(
                source,
                exchange.method,
                urlsplit(exchange.uri).path,
                operation.operation_id if operation else None,
                exchange.status,
                answer.status_code,
                compare(exchange, answer.status_code, answer.content),
            )
        )
        if 200 <= exchange.status < 300 and 200 <= answer.status_code < 300:
            recorded, replayed = _json(exchange.response_body) or {}, _json(answer.content) or {}
            ids.learn(recorded.get("data"), replayed.get("data"))
    return results


# -- reporting --------------------------------------------------------------------------------
def as_text(results: list[ReplayedExchange]) -> str:
    lines = []
    for operation, group in by_operation(results).items():
        same = sum(not r.differences for r in group)
        lines.append(f"{operation}: {same} of {len(group)} exchange(s) answered alike")
        for result in group:
            for difference in result.differences:
                lines.append(f"  {result.source} {result.method} {result.path}: {difference}")
    different = sum(bool(r.differences) for r in results)
    lines.append(f"{len(results)} exchange(s) replayed, {different} with differences")
    return "\n".join(lines) + "\n"


def as_json(results: list[ReplayedExchange]) -> dict[str, Any]:
    return {
        "alike": not any(r.differences for r in results),
        "operations": {
            operation: {
                "exchanges": len(group),
                "alike": sum(not r.differences for r in group),
                "different": [r.as_dict() for r in group if r.differences],
            }
            for operation, group in by_operation(results).items()
        },
    }


# -- command line -----------------------------------------------------------------------------
def _credentials(text: str) -> Credentials:
    parts = text.split(":")
    if len(parts) != 4:
        raise argparse.ArgumentTypeError("expected CONSUMER_KEY:CONSUMER_SECRET:TOKEN:TOKEN_SECRET")
    return Credentials(*parts)


def main(argv: list[str] | None = None) -> int:
    """`xads-replay`: exit 0 when every answer is alike, 1 when some differ, 2 on a usage error."""
    parser = argparse.ArgumentParser(prog="xads-replay", description="Replay recorded traffic against the emulator.")
    parser.add_argument("cassettes", nargs="+", type=Path, help="vcrpy cassette files")
    parser.add_argument(
        "--against", default="in-process", help="in-process (a fresh emulator, no socket; default) or a base URL"
    )
    parser.add_argument("--seed", type=Path, help="seed file to use instead of the one read off the cassettes")
    parser.add_argument("--write-seed", type=Path, help="write the seed read off the cassettes to this file and stop")
    parser.add_argument(
        "--credentials",
        type=_credentials,
        help="KEY:SECRET:TOKEN:TOKEN_SECRET to sign with (default: the replay seed user)",
    )
    parser.add_argument("--json", action="store_true", help="print the parity report as JSON")
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return 0 if exit_.code == 0 else 2
    try:
        exchanges = read_cassettes(args.cassettes)
    except ValueError as error:
        print(f"xads-replay: error: {error}", file=sys.stderr)
        return 2
    derived = seed_from_cassette([exchange for _source, exchange in exchanges])
    if args.write_seed:
        args.write_seed.write_text(yaml.safe_dump(derived, sort_keys=False), encoding="utf-8")
        print(f"seed for {len(derived['accounts'])} account(s) written to {args.write_seed}")
        return 0
    credentials = args.credentials or REPLAY
    with contextlib.ExitStack() as stack:
        if args.against == "in-process":
            seed = load_seed(args.seed) if args.seed else seed_from(derived)
            emulator = stack.enter_context(mock_ads_api(EmulatorApp(":memory:", seed)))
            base_url = emulator.base_url
        else:
            base_url = args.against.rstrip("/")
        client = stack.enter_context(httpx.Client(auth=OAuth1Auth(credentials), timeout=30))
        results = replay(exchanges, client, base_url)
    print(json.dumps(as_json(results), indent=2) if args.json else as_text(results), end="" if not args.json else "\n")
    return 1 if any(r.differences for r in results) else 0
