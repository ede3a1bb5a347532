"""OAuth 1.0a verification (RFC 5849, HMAC-SHA1): signature, timestamp window and nonce replay.

As the live API: HMAC-SHA1 is the only signature method (PLAINTEXT, HMAC-SHA256, RSA-SHA1...
are refused like a wrong signature), and an unknown consumer key or token is indistinguishable
from a wrong signature (the signature is still computed, with dummy secrets, instead of
answering early).

Written by hand rather than through oauthlib's endpoint, which cost about half of a request:
the signing keys are prepared once per consumer and token, and only what RFC 5849 requires is
computed. It accepts and refuses exactly what oauthlib's SignatureOnlyEndpoint does with the
settings below, including its quirks (an `oauth_` value read from the query or form body is
percent-decoded once more; a header that is not `OAuth ...` refuses the request; `realm`
pairs are left out when the header mentions realm), which
tests/emulator/test_oauth_equivalence.py checks on a generated corpus of 6,000 cases.

Timestamps are judged against real time (as the live API does), within TIMESTAMP_WINDOW
seconds either way, not against the emulator's controllable clock: tests that move the clock
still sign requests with their own real time. A nonce is refused the second time it is used;
the caller records it once the signature is good (see Store.use_nonce).
"""

from __future__ import annotations

import base64
import hmac
import re
import string
import time
import urllib.request
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from hashlib import sha1
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from oauthlib.oauth1.rfc5849.signature import base_string_uri

TIMESTAMP_WINDOW = 300  # seconds an oauth_timestamp may differ from real time
SIGNATURE_METHOD = "HMAC-SHA1"
SAFE_CHARACTERS = frozenset(string.ascii_letters + string.digits + "-_")
CLIENT_KEY_LENGTH = (1, 128)
NONCE_LENGTH = (8, 128)
DUMMY_SECRET = "dummy-secret"  # signs for an unknown consumer or token, so refusing takes as long
_UNKNOWN = object()  # the signing-key cache's entry for an unknown token

# A well-formed header's parameter list (`k="v", k="v"`): read by one regular expression. Any
# other shape goes through the standard library's RFC 2068 list parser, as oauthlib does.
_PART = r'[ \t]*([^\s=,"\\]+)="([^"\\,]*)"[ \t]*'
_SIMPLE_HEADER = re.compile(f"{_PART.replace('(', '(?:')}(?:,{_PART.replace('(', '(?:')})*")
_HEADER_PART = re.compile(_PART)
_URLENCODED = frozenset(string.ascii_letters + string.digits + "_.-" + "=&;:%+~,*@!()/?'$")
_BAD_HEX = re.compile(r"%[^0-9A-Fa-f]|%[0-9A-Fa-f][^0-9A-Fa-f]")


@dataclass(frozen=True)
class Principal:
    """Who signed (the app and the user whose access token was used), and the signature's nonce."""

    consumer_key: str
    access_token: str
    nonce: str = ""
    timestamp: str = ""


class _Refused(Exception):
    """The request is not correctly signed (which step refused it does not matter to the client)."""


@lru_cache(maxsize=4096)
def _escape(text: str) -> str:
    """RFC 5849 section 3.6 percent-encoding (cached: parameter names and URLs repeat)."""
    return quote(text, safe="~")


@lru_cache(maxsize=1024)
def _base_uri(url: str) -> str:
    """Section 3.4.1.2's base string URI, by oauthlib's own function (hosts and ports normalised),
    computed once per URL."""
    return base_string_uri(url)


def _header_params(header: str) -> list[tuple[str, str]]:
    """The Authorization header's parameters, `oauth_` values percent-decoded (section 3.5.1)."""
    if not header[:6].lower().startswith("oauth "):
        raise _Refused("not an OAuth header")
    rest = header[6:]
    if _SIMPLE_HEADER.fullmatch(rest):
        parsed = dict(_HEADER_PART.findall(rest))
    else:
        try:
            parsed = urllib.request.parse_keqv_list(urllib.request.parse_http_list(rest))
        except (IndexError, ValueError) as error:
            raise _Refused("malformed header") from error
    return [(k, unquote(v) if k.startswith("oauth_") else v) for k, v in parsed.items()]


def _header(headers: Mapping[str, str], name: str) -> str | None:
    """A header by its lowercase name; the last one when a mapping holds several spellings."""
    value = None
    for key, text in headers.items():
        if key.lower() == name:
            value = text
    return value


def _url_params(url: str) -> list[tuple[str, str]]:
    """Pairs of a query inside `url` (only a hostile Host header puts one there): read as
    oauthlib reads a request URI's query, so such a request is judged the same way."""
    query = urlsplit(url).query
    if not query:
        return []
    if not set(query) <= _URLENCODED or _BAD_HEX.search(query):
        raise _Refused("not a form-encoded query")
    return [(k, unquote(v) if k.startswith("oauth_") else v) for k, v in parse_qsl(query, keep_blank_values=True)]


def _protocol(params: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(k, v) for k, v in params if k.startswith("oauth_")]


class Verifier:
    """Checks a request's OAuth 1.0a signature; the caller records the nonce once the request is accepted.

    `nonce_unused(consumer_key, timestamp, nonce)` may refuse a nonce before the signature is
    computed."""

    def __init__(
        self,
        consumer_secrets: Mapping[str, str],
        token_secrets: Mapping[str, str],
        nonce_unused: Callable[[str, str, str], bool],
    ) -> None:
        self._consumers = {key: _escape(secret) for key, secret in consumer_secrets.items()}
        self._tokens = {token: _escape(secret) for token, secret in token_secrets.items()}
        self._nonce_unused = nonce_unused
        self._keys: dict[tuple[str | None, object], hmac.HMAC] = {}

    def _signer(self, consumer_key: str, token: str | None) -> hmac.HMAC:
        """HMAC-SHA1 keyed with `consumer secret&token secret`, prepared once per pair; unknown
        keys and tokens sign with dummy secrets (and are refused after)."""
        consumer = consumer_key if consumer_key in self._consumers else None
        owner = None if not token else token if token in self._tokens else _UNKNOWN
        signer = self._keys.get((consumer, owner))
        if signer is None:
            secret = _escape(DUMMY_SECRET) if consumer is None else self._consumers[consumer]
            token_secret = (
                "" if owner is None else _escape(DUMMY_SECRET) if owner is _UNKNOWN else self._tokens[token or ""]
            )
            signer = hmac.new(f"{secret}&{token_secret}".encode(), digestmod=sha1)
            self._keys[(consumer, owner)] = signer
        return signer.copy()

    def verify(self, method: str, url: str, headers: Mapping[str, str], form_body: str | None) -> Principal | None:
        """`verify_pairs` for a full URL (its query signed) and an optional form body."""
        parts = urlsplit(url)
        try:
            pairs = parse_qsl(parts.query, keep_blank_values=True, errors="strict")
            pairs += parse_qsl(form_body or "", keep_blank_values=True, errors="strict")
        except (ValueError, UnicodeDecodeError):
            return None
        return self.verify_pairs(method, parts._replace(query="", fragment="").geturl(), headers, pairs)

    def verify_pairs(
        self, method: str, url: str, headers: Mapping[str, str], pairs: Sequence[tuple[str, str]]
    ) -> Principal | None:
        """Who signed, for a valid signature by a known token over `url` (without its query) and
        the query and form `pairs` the caller parsed; else None. So what the caller validates
        and applies is exactly what was signed."""
        try:
            return self._verify(method, url, headers, pairs)
        except (_Refused, ValueError, UnicodeError):
            return None

    def _verify(
        self, method: str, url: str, headers: Mapping[str, str], pairs: Sequence[tuple[str, str]]
    ) -> Principal | None:
        authorization = _header(headers, "authorization")
        from_header = _header_params(authorization) if authorization is not None else []
        # Protocol parameters in the query or form body are percent-decoded a second time (as oauthlib does).
        from_pairs = [(k, unquote(v) if k.startswith("oauth_") else v) for k, v in pairs]
        from_url = _url_params(url)
        sources = [found for source in (from_header, from_pairs, from_url) if (found := _protocol(source))]
        if len(sources) != 1:  # in no place, or in several
            raise _Refused("OAuth parameters must come from exactly one place")
        protocol = dict(sources[0])
        if len(protocol) != len(sources[0]):
            raise _Refused("a repeated OAuth parameter")
        signature = protocol.get("oauth_signature")
        client_key = protocol.get("oauth_consumer_key")
        nonce = protocol.get("oauth_nonce")
        timestamp = protocol.get("oauth_timestamp")
        token = protocol.get("oauth_token")
        if not (signature and client_key and nonce and timestamp and protocol.get("oauth_signature_method")):
            raise _Refused("missing OAuth parameters")
        if protocol["oauth_signature_method"] != SIGNATURE_METHOD:
            raise _Refused("only HMAC-SHA1")
        if protocol.get("oauth_version", "1.0") != "1.0" or len(timestamp) != 10:
            raise _Refused("version or timestamp")
        if abs(time.time() - int(timestamp)) > TIMESTAMP_WINDOW:  # int() refusing raises ValueError
            raise _Refused("timestamp outside the window")
        for value, (shortest, longest) in ((client_key, CLIENT_KEY_LENGTH), (nonce, NONCE_LENGTH)):
            if not shortest <= len(value) <= longest or not set(value) <= SAFE_CHARACTERS:
                raise _Refused("malformed key or nonce")
        if not self._nonce_unused(client_key, timestamp, nonce):
            raise _Refused("nonce used")
        drop_realm = authorization is not None and "realm" in authorization
        signed = sorted(
            (_escape(k), _escape(v))
            for k, v in (*from_header, *from_pairs, *from_url)
            if k != "oauth_signature" and not (drop_realm and k == "realm")
        )
        normalized = "&".join(f"{k}={v}" for k, v in signed)
        # The normalized string holds only escaped text, `=` and `&`: escaping it again touches those three.
        again = normalized.replace("%", "%25").replace("&", "%26").replace("=", "%3D")
        base = f"{_escape(method.upper())}&{_escape(_base_uri(url))}&{again}"
        signer = self._signer(client_key, token)
        signer.update(base.encode())
        expected = base64.b64encode(signer.digest()).decode()
        good = signature.isascii() and hmac.compare_digest(expected, signature)
        if not good or client_key not in self._consumers or token not in self._tokens:
            return None
        return Principal(client_key, token, nonce, timestamp)
