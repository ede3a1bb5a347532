"""The ASGI application: read the body within its limit, verify OAuth, validate with the
spec's library, check account access, run the domain operation in one transaction."""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import orjson

from xads_emulator import kinds
from xads_emulator.calls import ApiError, Call
from xads_emulator.clock import Clock, iso
from xads_emulator.domain import DECORATORS, HANDLERS
from xads_emulator.domain.media import add_preroll, library_entry
from xads_emulator.domain.tweets import go_live
from xads_emulator.engine import Engine
from xads_emulator.oauth import Verifier
from xads_emulator.ratelimit import RateLimiter
from xads_emulator.resolver import StoreResolver
from xads_emulator.seed import Seed, load_seed
from xads_emulator.storage import Store
from xads_spec import load_bundle
from xads_validators import RequestValidator, Violation

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]

log = logging.getLogger("xads_emulator")
_ACCOUNT_IN_PATH = re.compile(r"^/[^/]+/(?:batch/)?accounts/([^/]+)")
_STATUS = {
    "NOT_FOUND": 404,
    "METHOD_NOT_ALLOWED": 405,
    "UNSUPPORTED_MEDIA_TYPE": 415,
    "PAYLOAD_TOO_LARGE": 413,
    "UNAUTHORIZED_ACCESS": 403,
}
_PRIORITY = ["PAYLOAD_TOO_LARGE", "METHOD_NOT_ALLOWED", "NOT_FOUND", "UNSUPPORTED_MEDIA_TYPE", "UNAUTHORIZED_ACCESS"]
FORM = "application/x-www-form-urlencoded"


@dataclass
class Answer:
    status: int
    body: Any
    headers: list[tuple[bytes, bytes]] = field(default_factory=list)


def _error(status: int, errors: list[dict[str, Any]], params: dict[str, Any] | None = None, **extra: Any) -> Answer:
    body: dict[str, Any] = {"errors": errors, **extra}
    if params is not None:
        body["request"] = {"params": params}
    return Answer(status, body)


def _violations_answer(violations: list[Violation], params: dict[str, Any]) -> Answer:
    codes = {v.code for v in violations}
    code = next((c for c in _PRIORITY if c in codes), None)
    status = _STATUS.get(code or "", 400)
    errors = [
        {"code": v.code, "message": v.message, **({"parameter": v.parameter} if v.parameter else {})}
        for v in violations
    ]
    return _error(status, errors, params)


class EmulatorApp:
    def __init__(self, db_path: str | Path = ":memory:", seed: Seed | None = None, clock: Clock | None = None) -> None:
        self.store = Store(db_path)
        self.seed = seed or load_seed()
        self.clock = clock or Clock()
        self.validator = RequestValidator(clock=self.clock.now)
        self.resolver = StoreResolver(self.store)
        self.engine = Engine(HANDLERS, DECORATORS)
        self.verifier = Verifier(self.seed.consumer_secrets, self.seed.token_secrets(), self._nonce_unused)
        self.max_body = int(load_bundle()["x-max-body-bytes"])
        self.limits = RateLimiter()
        self._load_seed()

    def _nonce_unused(self, consumer_key: str, _timestamp: str, nonce: str) -> bool:
        return self.store.nonce_unused(consumer_key, nonce)

    def _load_seed(self) -> None:
        if self.store.all(kinds.ACCOUNTS):
            return
        now = iso(self.clock.now())
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
                    "_promotable_users": account.get("promotable_users", []),
                }
                self.store.put(kinds.ACCOUNTS, account["id"], account["id"], item)
            for media in self.seed.media:
                self.store.put(kinds.UPLOADS, media["account_id"], media["media_key"], dict(media))
                if media.get("in_library"):
                    entry = library_entry(media, now)
                    self.store.put(kinds.MEDIA_LIBRARY, media["account_id"], entry["media_key"], entry)
                    if media.get("media_category") == "AMPLIFY_VIDEO":
                        add_preroll(self.store, media["account_id"], entry["media_key"], now)
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
        try:
            answer = await self._handle(scope, receive)
        except Exception:  # client input must never produce a 500; a bug still gets logged
            log.exception("unexpected error")
            answer = _error(500, [{"code": "INTERNAL_ERROR", "message": "Internal error"}])
        try:
            payload = orjson.dumps(answer.body)
        except TypeError:  # integers beyond 64 bits (echoed back from the query) need the slow encoder
            payload = json.dumps(answer.body).encode()
        headers = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(payload)).encode()),
            *answer.headers,
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
        raw_path = scope.get("raw_path") or scope["path"].encode()
        query = scope.get("query_string", b"").decode("latin-1")
        path = raw_path.decode("latin-1")
        body = await self._read_body(headers, receive)
        if body is None:
            return _error(
                413, [{"code": "PAYLOAD_TOO_LARGE", "message": f"The request body exceeds {self.max_body} bytes"}]
            )
        if path.startswith("/_emulator/"):
            return self._control(path, body)
        host = headers.get("host", "localhost")
        url = f"{scope.get('scheme', 'http')}://{host}{path}" + (f"?{query}" if query else "")
        is_form = headers.get("content-type", "").split(";")[0].strip().lower() == FORM
        try:
            form = body.decode("utf-8") if is_form and body else None
        except UnicodeDecodeError:
            form = None
        verified = (
            self.verifier.verify(method, url, headers, form)
            if "authorization" in headers or "oauth_signature" in query
            else None
        )
        if verified is None:
            return _error(
                401, [{"code": "UNAUTHORIZED_ACCESS", "message": "This request is not properly authenticated"}]
            )
        principal, nonce = verified
        if not self.store.use_nonce(principal.consumer_key, nonce, str(int(time.time()))):
            return _error(401, [{"code": "UNAUTHORIZED_ACCESS", "message": "The OAuth nonce was already used"}])
        user = self.seed.users[principal.access_token]
        account = _ACCOUNT_IN_PATH.match(path)
        if account and account.group(1) not in user.accounts:
            return _error(
                404,
                [
                    {
                        "code": "NOT_FOUND",
                        "message": f"No account {account.group(1)} for this user",
                        "parameter": "account_id",
                    }
                ],
            )
        now = self.clock.now()
        go_live(self.store, self.validator, now)
        result = self.validator.validate_wire(
            method,
            f"{path}?{query}" if query else path,
            headers=headers,
            body=body,
            resolver=self.resolver.for_user(user.user_id),
            now=now,
        )
        operation = result.operation
        limit_key = (principal.access_token, operation.operation_id if operation else path)
        rate = self.limits.take(limit_key, operation, bool(result.params.get("with_total_count")), time.time())
        if rate.exceeded:
            answer = _error(429, [{"code": "TOO_MANY_REQUESTS", "message": "Rate limit exceeded"}])
        elif result.violations or operation is None:
            answer = _violations_answer(result.violations, result.params)
            if answer.status == 405 and result.violations:
                allowed = result.violations[0].message.rsplit("allowed: ", 1)[-1]
                answer.headers.append((b"allow", allowed.encode()))
        else:
            call = Call(operation, result.params, result.body, user, self.store, now)
            try:
                with self.store.transaction():
                    answer = Answer(200, self.engine.handle(call))
            except ApiError as error:
                entry = {
                    "code": error.code,
                    "message": error.message,
                    **({"parameter": error.parameter} if error.parameter else {}),
                }
                answer = _error(error.status, [entry], result.params, **error.extra)
        answer.headers.extend(rate.headers())
        return answer

    def _control(self, path: str, body: bytes) -> Answer:
        """Emulator-only endpoints (not in the spec): move the clock, or start again from the seed."""
        if path == "/_emulator/reset":
            self.store.clear()
            self._load_seed()
            return Answer(200, {"reset": True})
        if path == "/_emulator/clock":
            try:
                command = orjson.loads(body) if body else {}
                if "now" in command:
                    self.clock.set(datetime.fromisoformat(str(command["now"]).replace("Z", "+00:00")))
                if "advance_seconds" in command:
                    self.clock.advance(float(command["advance_seconds"]))
            except (ValueError, TypeError) as error:
                return _error(400, [{"code": "INVALID_PARAMETER", "message": str(error)}])
            return Answer(200, {"now": iso(self.clock.now())})
        return _error(404, [{"code": "NOT_FOUND", "message": f"No emulator endpoint {path}"}])
