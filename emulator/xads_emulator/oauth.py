"""OAuth 1.0a verification with oauthlib: signature, timestamp window and nonce replay.

As the live API: HMAC-SHA1 is the only signature method (PLAINTEXT, HMAC-SHA256, RSA-SHA1...
are refused like a wrong signature), and an unknown consumer key or token is indistinguishable
from a wrong signature (oauthlib signs with dummy secrets instead of answering early).

Timestamps are judged against real time (as the live API does), within TIMESTAMP_WINDOW
seconds either way, not against the emulator's controllable clock: tests that move the clock
still sign requests with their own real time. A nonce is refused the second time it is used;
the caller records it once the signature is good (see Store.use_nonce).
"""

from __future__ import annotations

import logging
import string
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import quote, urlencode

from oauthlib import oauth1
from oauthlib.common import Request

log = logging.getLogger("xads_emulator.oauth")
_SAFE = set(string.ascii_letters + string.digits + "-_")
TIMESTAMP_WINDOW = 300  # seconds an oauth_timestamp may differ from real time


@dataclass(frozen=True)
class Principal:
    """Who signed (the app and the user whose access token was used), and the signature's nonce."""

    consumer_key: str
    access_token: str
    nonce: str = ""
    timestamp: str = ""


class _Validator(oauth1.RequestValidator):
    def __init__(
        self,
        consumer_secrets: Mapping[str, str],
        token_secrets: Mapping[str, str],
        nonce_unused: Callable[[str, str, str], bool],
    ) -> None:
        super().__init__()
        self._consumers = consumer_secrets
        self._tokens = token_secrets
        self._nonce_unused = nonce_unused

    enforce_ssl = False
    timestamp_lifetime = TIMESTAMP_WINDOW
    client_key_length = (1, 128)
    access_token_length = (1, 128)
    nonce_length = (8, 128)

    @property
    def allowed_signature_methods(self) -> tuple[str, ...]:
        return (oauth1.SIGNATURE_HMAC_SHA1,)

    @property
    def safe_characters(self) -> set[str]:
        return _SAFE

    @property
    def dummy_client(self) -> str:
        return "dummy-client"

    @property
    def dummy_access_token(self) -> str:
        return "dummy-token"

    def validate_client_key(self, client_key: str, request: Request) -> bool:
        return client_key in self._consumers

    def get_client_secret(self, client_key: str, request: Request) -> str:
        return self._consumers.get(client_key, "dummy-secret")

    def get_access_token_secret(self, client_key: str, token: str, request: Request) -> str:
        return self._tokens.get(token, "dummy-secret")

    def validate_timestamp_and_nonce(
        self,
        client_key: str,
        timestamp: str,
        nonce: str,
        request: Request,
        request_token: str | None = None,
        access_token: str | None = None,
    ) -> bool:
        return self._nonce_unused(client_key, timestamp, nonce)


class Verifier:
    """Checks a request's OAuth 1.0a signature; the caller records the nonce once the request is accepted."""

    def __init__(
        self,
        consumer_secrets: Mapping[str, str],
        token_secrets: Mapping[str, str],
        nonce_unused: Callable[[str, str, str], bool],
    ) -> None:
        self._tokens = token_secrets
        self._endpoint = oauth1.SignatureOnlyEndpoint(_Validator(consumer_secrets, token_secrets, nonce_unused))

    def verify(self, method: str, url: str, headers: Mapping[str, str], form_body: str | None) -> Principal | None:
        """Who signed, for a valid signature by a known token; else None.

        Whatever goes wrong inside oauthlib (a malformed header, a parameter it cannot decode)
        means the request is not correctly signed: a 401, never a 500."""
        try:
            valid, request = self._endpoint.validate_request(url, method, form_body, dict(headers))
        except Exception:
            log.debug("unverifiable OAuth request", exc_info=True)
            return None
        if not valid or request is None or request.resource_owner_key not in self._tokens:
            return None
        return Principal(request.client_key, request.resource_owner_key, str(request.nonce), str(request.timestamp))

    def verify_pairs(
        self, method: str, url: str, headers: Mapping[str, str], pairs: Sequence[tuple[str, str]]
    ) -> Principal | None:
        """`verify` over the query and form pairs the caller parsed (`url` without its query): they
        reach oauthlib re-encoded as one form body, so the signature covers exactly those pairs."""
        signed = {name: value for name, value in headers.items() if name.lower() != "content-type"}
        signed["Content-Type"] = "application/x-www-form-urlencoded"
        return self.verify(method, url, signed, urlencode(pairs, quote_via=quote))
