"""The ASGI application: read the body within its limit, verify OAuth, check account access,
validate with the spec's library (stateful rules through the resolver), run the domain
operation in one SQLite transaction, answer in the Ads API envelope.

Raw ASGI on purpose: the request path is short and nothing is compiled per request.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import orjson

from xads_emulator import kinds
from xads_emulator.calls import Call
from xads_emulator.clock import RUN_ENV, Clock, iso
from xads_emulator.commits import GroupCommit
from xads_emulator.control import Control
from xads_emulator.domain import DECORATORS, HANDLERS
from xads_emulator.domain.media import add_preroll, library_entry
from xads_emulator.domain.tweets import go_live
from xads_emulator.engine import Engine, list_indexes
from xads_emulator.errors import ApiError, entry, envelope, from_violations
from xads_emulator.lab import JOURNAL_SIZE, REQUEST, RESULT, Dropped, Lab
from xads_emulator.lab.deterministic import FixedClock
from xads_emulator.oauth import TIMESTAMP_WINDOW, Principal, Verifier
from xads_emulator.offload import judge_elsewhere
from xads_emulator.ratelimit import Rate, RateLimiter
from xads_emulator.resolver import StoreResolver
from xads_emulator.seed import Seed, User, load_seed
from xads_emulator.storage import Store
from xads_spec import load_bundle, supported_versions
from xads_spec.bundle import operations
from xads_validators import RequestValidator, ValidationResult, WireRequest

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]

log = logging.getLogger("xads_emulator")
_ANONYMOUS = ("", "unauthenticated")


class ClientGone(Exception):
    """The connection closed (or the server timed it out) before the whole body arrived."""


@dataclass
class Answer:
    status: int
    body: Any
    headers: list[tuple[bytes, bytes]] = field(default_factory=list)
    rate: Rate | None = None
    content_type: bytes = b"application/json"  # else `body` is bytes (the lab's journal page)


def _fail(status: int, code: str, message: str, parameter: str | None = None) -> Answer:
    return Answer(status, envelope([entry(code, message, parameter)]))


def _replayed() -> Answer:
    return _fail(401, "UNAUTHORIZED_ACCESS", "The OAuth nonce was already used")


def largest_body_limit() -> int:
    """The most any operation of any served version accepts: bodies are read up to this, and
    the validators then hold each operation to its own `x-max-body-bytes`."""
    limits = []
    for version in supported_versions():
        document = load_bundle(version)
        default = int(document["x-max-body-bytes"])
        limits += [int(op.get("x-max-body-bytes", default)) for _p, _m, op in operations(document)]
        limits.append(default)
    return max(limits)


class EmulatorApp:
    def __init__(
        self,
        db_path: str | Path = ":memory:",
        seed: Seed | None = None,
        clock: Clock | None = None,
        limits: RateLimiter | None = None,
        profile: str = "live",
        admin_token: str | None = None,
        journal_size: int = JOURNAL_SIZE,
        deterministic: bool = False,
    ) -> None:
        self.store = Store(db_path)
        self.commits = GroupCommit(self.store)
        self.seed = seed or load_seed()
        # Deterministic (lab/deterministic.py): a fixed clock, and a start from the seed.
        self.clock = clock or (FixedClock() if deterministic else Clock())
        self.validator = RequestValidator(clock=self.clock.now)
        # The validation profile served (`x-validation-profiles`); an unknown name fails here, at start.
        self.profile = self.validator.profile(profile, supported_versions()[0]).name
        self.report = self.validator.index(supported_versions()[0]).document["x-validation-profiles"]["report"]
        self.resolver = StoreResolver(self.store)
        self.engine = Engine(HANDLERS, DECORATORS)
        self.store.add_list_indexes(
            list_indexes(op for version in supported_versions() for op in self.validator.index(version).by_id.values())
        )
        # Nonces are checked when recorded (Store.use_nonce, one INSERT), after the signature.
        self.verifier = Verifier(self.seed.consumer_secrets, self.seed.token_secrets(), lambda *_: True)
        self.max_body = largest_body_limit()
        self.limits = limits or RateLimiter()
        self.limits.attach(self.store)  # windows shared by every process on this database
        if os.environ.get(RUN_ENV):  # a worker of `serve --workers`: one clock for all of them
            self.clock.share(self.store, os.environ[RUN_ENV])
        # Faults, the request journal and snapshots (lab/); the journal never shows these secrets.
        secrets = [*self.seed.consumer_secrets.items(), *self.seed.token_secrets().items()]
        self.lab = Lab(self.store, self.limits, [s for pair in secrets for s in pair], journal_size, deterministic)
        # /_emulator/ endpoints answer only with this token; None switches them off.
        self.control = Control(admin_token, self.clock, self.reset, self.lab)
        if deterministic:
            self.store.clear()
        self._load_seed()

    def _unauthenticated_rate(self) -> Rate:
        return self.limits.peek(_ANONYMOUS, None, False, time.time())

    def unauthenticated_rate_headers(self) -> list[tuple[bytes, bytes]]:
        """The rate-limit headers of an answer to no known user (the server's own refusals use them)."""
        return self._unauthenticated_rate().headers()

    def reset(self) -> None:
        """Back to the seed (used nonces stay used, so old requests remain replays)."""
        self.store.clear()
        self._load_seed()

    def _load_seed(self) -> None:
        if self.store.all(kinds.ACCOUNTS):
            return
        now = iso(self.clock.now())
        names = {user.user_id: user.screen_name for user in self.seed.users.values()}
        with self.store.transaction():
            for account in self.seed.accounts:
                item = {
                    "id": account["id"],
                    "name": account["name"],
                    "business_id": account.get("business_id"),
                    "business_name": account.get("business_name"),
                    "timezone": account.get("timezone", "UTC"),
                    "approval_status": "ACCEPTED",
                    "created_at": now,
                    "updated_at": now,
                    "deleted": False,
                    "_features": account.get("features", []),
                    "_promotable_users": [
                        {"screen_name": names.get(str(u["user_id"])), **u} for u in account.get("promotable_users", [])
                    ],
                }
                self.store.put(kinds.ACCOUNTS, account["id"], account["id"], item)
            for media in self.seed.media:
                self.store.put(kinds.UPLOADS, media["account_id"], media["media_key"], dict(media))
                if media.get("in_library"):
                    entry_ = library_entry(media, now)
                    self.store.put(kinds.MEDIA_LIBRARY, media["account_id"], entry_["media_key"], entry_)
                    if media.get("media_category") == "AMPLIFY_VIDEO":
                        add_preroll(self.store, media["account_id"], entry_["media_key"], now)
            for line_item in self.seed.line_items:
                self.store.put(kinds.LINE_ITEMS, line_item["account_id"], line_item["id"], dict(line_item))
            for audience in self.seed.custom_audiences:
                item = {**audience, "created_at": now, "updated_at": now, "deleted": False}
                item.update(owner_account_id=audience["account_id"], permission_level="READ_WRITE", targetable=True)
                item.pop("account_id")
                self.store.put(kinds.CUSTOM_AUDIENCES, audience["account_id"], audience["id"], item)

    # -- ASGI -----------------------------------------------------------------------------
    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        began = time.perf_counter()
        try:
            answer = await self._handle(scope, receive)
        except ClientGone:  # the body never arrived whole: nothing is applied, no one to answer
            return
        except Dropped:  # an injected fault: the connection closes without an answer (nothing was written)
            self.lab.record(scope, None, began, self.clock.now(), self.profile)
            await self.lab.drop_connection(scope)
            return
        except Exception:  # client input must never produce a 500; a bug still gets logged
            log.exception("unexpected error")
            answer = _fail(500, "INTERNAL_ERROR", "Internal error")
        try:
            await self.commits.durable()  # nothing is answered before what it wrote is committed
        except Exception:
            log.exception("the commit failed")
            answer = _fail(500, "INTERNAL_ERROR", "Internal error")
        rate = answer.rate or self._unauthenticated_rate()
        self.lab.record(scope, answer.status, began, self.clock.now(), self.profile)
        try:
            payload = answer.body if isinstance(answer.body, bytes) else orjson.dumps(answer.body)
        except TypeError:  # integers beyond 64 bits (echoed back from the query) need the slow encoder
            payload = json.dumps(answer.body).encode()
        headers = [
            (b"content-type", answer.content_type),
            (b"content-length", str(len(payload)).encode()),
            *answer.headers,
            *rate.headers(),
        ]
        await send({"type": "http.response.start", "status": answer.status, "headers": headers})
        await send({"type": "http.response.body", "body": payload})

    async def _read_body(self, headers: dict[str, str], receive: Receive) -> bytes | None:
        """The body, or None as soon as it passes the limit (never buffered whole)."""
        declared = headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_body:
            return None
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                raise ClientGone
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                return None
            chunks.append(chunk)
            if not message.get("more_body"):
                return b"".join(chunks)

    async def _handle(self, scope: Scope, receive: Receive) -> Answer:
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        method = scope["method"]
        path = (scope.get("raw_path") or scope["path"].encode()).decode("latin-1")
        query = scope.get("query_string", b"").decode("latin-1")
        body = await self._read_body(headers, receive)
        if body is None:
            return _fail(413, "PAYLOAD_TOO_LARGE", f"The request body exceeds {self.max_body} bytes")
        if path.startswith("/_emulator/"):
            self.commits.commit()  # snapshots, restores and resets see no open transaction
            return self._control(method, path, headers, body, query)
        # One route and one parse, from the raw path and bytes the signature covers, serve every
        # step below. Non-canonical paths, unknown operations and unreadable parameters stop here.
        request = self.validator.parse_wire(method, path, query=query, headers=headers, body=body)
        scope[REQUEST] = request  # for the journal (lab.record)
        if request.problems or request.route is None or request.operation is None:
            return self._refused(request)
        principal = self._authenticate(f"{scope.get('scheme', 'http')}://", path, headers, request)
        if principal is None:
            return _fail(401, "UNAUTHORIZED_ACCESS", "This request is not properly authenticated")
        # The nonce is spent on every path below before anything is answered or applied.
        user = self.seed.users[principal.access_token]
        account_id = request.route.params.get("account_id")
        if account_id is not None and account_id not in user.accounts:
            answer = _fail(404, "NOT_FOUND", f"No account {account_id} for this user", "account_id")
            answer.rate = self.limits.peek((user.access_token, "account"), None, False, time.time())
            return answer if await self._spend(principal) else _replayed()
        injected = await self.lab.inject(scope, request, path, account_id, user.access_token)
        if injected is not None:
            if not await self._spend(principal):
                return _replayed()
            return Answer(injected.status, injected.body, injected.headers, injected.rate)
        # A large JSON body is judged in a worker process first: one it refuses is never parsed here.
        judged = await judge_elsewhere(method, path, query, headers, body, self.clock.now(), self.profile)
        # No await inside: the nonce, the resolver's checks and the operation's writes are one
        # transaction, so they see one state even with other processes on the database. It is a
        # savepoint of the group the requests of this turn share (commits.GroupCommit).
        await self.commits.join()
        with self.store.transaction():
            if not self._spend_now(principal):  # a replay
                return _replayed()
            return self._operate(scope, request, user, method, path, judged if judged and judged.violations else None)

    async def _spend(self, principal: Principal) -> bool:
        """Record the request's nonce in the group's transaction; False for a replay."""
        await self.commits.join()
        return self._spend_now(principal)

    def _spend_now(self, principal: Principal) -> bool:
        """Record the request's nonce in the open transaction; False for a replay."""
        forget_before = int(time.time()) - 2 * TIMESTAMP_WINDOW
        return self.store.use_nonce(principal.consumer_key, principal.nonce, principal.timestamp, forget_before)

    def _operate(
        self,
        scope: Scope,
        request: WireRequest,
        user: User,
        method: str,
        path: str,
        refused: ValidationResult | None = None,
    ) -> Answer:
        """Validate with the stateful rules (unless a worker already `refused` the body), count
        against the rate limit, run the operation (its writes all or nothing: a savepoint within
        the request's transaction)."""
        assert request.operation is not None
        now = self.clock.now()
        go_live(self.store, self.validator, now)
        if refused is not None:
            result = refused
        else:
            result = self.validator.validate_parsed(
                request, resolver=self.resolver.for_user(user.user_id), now=now, profile=self.profile
            )
        scope[RESULT] = result
        operation = request.operation
        limit_key = (user.access_token, operation.operation_id)
        rate = self.limits.take(limit_key, operation, result.params.get("with_total_count") is True, time.time())
        if rate.exceeded:
            answer = _fail(429, "TOO_MANY_REQUESTS", f"Rate limit exceeded; it resets at {rate.reset}")
        elif result.violations:
            status, error_body = from_violations(result.violations, result.params, operation.takes_batch)
            answer = Answer(status, error_body)
        else:
            call = Call(operation, result.params, result.body, user, self.store, now)
            try:
                with self.store.transaction():
                    answer = Answer(200, self.engine.handle(call))
            except ApiError as error:
                answer = Answer(error.status, error.body(result.params))
        if result.ignored_parameters:
            header = self._ignored_header(result.ignored_parameters)  # capped, so the log line is too
            log.info("%s %s: ignored parameters %s", method, path, header[1].decode())
            answer.headers.append(header)
        answer.rate = rate
        return answer

    def _refused(self, request: WireRequest) -> Answer:
        """A request refused before authentication: no operation at its path (404), not its
        method (405), or parameters that cannot be read, so no signature can cover them (400)."""
        operation = request.operation
        status, body = from_violations(request.problems, {}, operation is not None and operation.takes_batch)
        answer = Answer(status, body)
        if status == 405 and request.route is not None:
            answer.headers.append((b"allow", request.route.allowed.encode()))
        return answer

    def _authenticate(self, scheme: str, path: str, headers: dict[str, str], request: WireRequest) -> Principal | None:
        """The signer (oauth.Principal) of a correctly signed request by a known token, else None.
        The signature is checked over the pairs the validators parsed (query and form body), so
        what is validated and applied is what was signed; JSON bodies are not signed."""
        if "authorization" not in headers and all(name != "oauth_signature" for name, _ in request.signed_pairs):
            return None
        url = f"{scheme}{headers.get('host', 'localhost')}{path}"
        return self.verifier.verify_pairs(request.method, url, headers, request.signed_pairs)

    def _ignored_header(self, names: list[str]) -> tuple[bytes, bytes]:
        """The spec's report header: ignored names, percent-encoded (so commas and line breaks in a
        name cannot break the list or the header), as many as fit, then `+N` for the rest."""
        limit = int(self.report["max-bytes"])
        shown: list[str] = []
        size = 0
        for name in names:
            encoded = quote(name, safe="")
            if size + len(encoded) + 1 > limit:
                break
            shown.append(encoded)
            size += len(encoded) + 1
        if len(shown) < len(names):
            shown.append(f"+{len(names) - len(shown)}")
        return str(self.report["header"]).encode(), ",".join(shown).encode()

    def _control(self, method: str, path: str, headers: dict[str, str], body: bytes, query: str) -> Answer:
        """Emulator-only endpoints (not in the spec), guarded by the admin token: control.py."""
        status, reply, extra = self.control.handle(method, path, headers, body, query)
        if isinstance(reply, bytes):  # the lab's journal page
            return Answer(status, reply, extra, content_type=b"text/html; charset=utf-8")
        return Answer(status, reply, extra)
