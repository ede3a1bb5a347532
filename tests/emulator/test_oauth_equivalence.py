"""The hand-written OAuth 1.0a verifier (xads_emulator.oauth) against oauthlib's, on a generated corpus.

The reference is what the emulator ran before: oauthlib's SignatureOnlyEndpoint with HMAC-SHA1
only, the same key and nonce formats and timestamp window, dummy secrets for unknown
credentials, fed the parsed query and form pairs as one form body. Every case must get the same
verdict (and the same signer on accept) from both. Cases are signed correctly under the
reference, then varied: each protocol parameter (missing, empty, malformed, too long, unknown
key or token, other signature methods, timestamps inside and outside the window, a used
nonce), where the parameters travel (header, query or form, a query smuggled in through the
Host header, several places), the header's syntax, the secrets used, the method, host and path.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import random
import string
import time
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import Any, cast
from urllib.parse import quote, urlencode, urlsplit

from oauthlib import oauth1
from oauthlib.common import Request
from oauthlib.oauth1.rfc5849 import signature as rfc5849

from xads_emulator.oauth import TIMESTAMP_WINDOW, Principal, Verifier

CONSUMERS = {"ck1": "cs1", "app-2": "s&cret ~é%"}
TOKENS = {"tok1": "ts1", "tok_2": "t/k+2"}
USED_NONCE = "replayed-nonce"
PLACEHOLDER = "SIGNATUREPLACEHOLDER"
CASES = 6000


class _Validator(oauth1.RequestValidator):
    """The reference's settings (the emulator's before it verified by hand)."""

    def __init__(self, nonce_unused: Callable[[str, str, str], bool]) -> None:
        super().__init__()
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
        return set(string.ascii_letters + string.digits + "-_")

    @property
    def dummy_client(self) -> str:
        return "dummy-client"

    @property
    def dummy_access_token(self) -> str:
        return "dummy-token"

    def validate_client_key(self, client_key: str, request: Request) -> bool:
        return client_key in CONSUMERS

    def get_client_secret(self, client_key: str, request: Request) -> str:
        return CONSUMERS.get(client_key, "dummy-secret")

    def get_access_token_secret(self, client_key: str, token: str, request: Request) -> str:
        return TOKENS.get(token, "dummy-secret")

    def validate_timestamp_and_nonce(self, client_key: str, timestamp: str, nonce: str, *args: Any, **kw: Any) -> bool:
        return self._nonce_unused(client_key, timestamp, nonce)


def _unused(_key: str, _timestamp: str, nonce: str) -> bool:
    return nonce != USED_NONCE


REFERENCE = oauth1.SignatureOnlyEndpoint(_Validator(_unused))


def _reference_inputs(headers: Mapping[str, str], pairs: Sequence[tuple[str, str]]) -> tuple[dict[str, str], str]:
    signed = {name: value for name, value in headers.items() if name.lower() != "content-type"}
    signed["Content-Type"] = "application/x-www-form-urlencoded"
    return signed, urlencode(pairs, quote_via=quote)


def reference(method: str, url: str, headers: Mapping[str, str], pairs: Sequence[tuple[str, str]]) -> Principal | None:
    signed, body = _reference_inputs(headers, pairs)
    try:
        valid, request = REFERENCE.validate_request(url, method, body, signed)
    except Exception:
        return None
    if not valid or request is None or request.resource_owner_key not in TOKENS:
        return None
    return Principal(request.client_key, request.resource_owner_key, str(request.nonce), str(request.timestamp))


def _expected_signature(
    method: str, url: str, headers: Mapping[str, str], pairs: Sequence[tuple[str, str]], key: str, how: str
) -> str:
    """The signature the reference recomputes for this request, under `key` and hash `how`; for a
    request it refuses to read (protocol parameters in several places), one over every pair."""
    signed, body = _reference_inputs(headers, pairs)
    try:
        request = REFERENCE._create_request(url, method, body, signed)  # type: ignore[attr-defined]  # its own reading
        params = request.params
    except oauth1.OAuth1Error:
        params = rfc5849.collect_parameters(urlsplit(url).query, body, signed)
    base = rfc5849.signature_base_string(
        cast(Any, method), rfc5849.base_string_uri(url), rfc5849.normalize_parameters(params)
    )
    if how == "PLAINTEXT":
        return key
    digest = hashlib.sha256 if how == "HMAC-SHA256" else hashlib.sha1
    return base64.b64encode(hmac.new(key.encode(), base.encode(), digest).digest()).decode()


def _case(pick: random.Random, now: int) -> tuple[str, str, dict[str, str], list[tuple[str, str]], str]:
    """One request (method, url, headers, pairs) and where its protocol parameters went.
    About a third of the cases vary nothing but the credentials, place and pairs."""
    plain = pick.random() < 0.35

    def one(good: list[Any], odd: list[Any]) -> Any:
        return pick.choice(good) if plain or pick.random() < 0.85 else pick.choice(odd)

    consumer = one([*CONSUMERS], ["nobody", "", "k" * 129, "a b", "dummy-client", "k" * 128])
    token = one([*TOKENS], ["no-token", "", None])
    nonce = one(
        [f"{pick.getrandbits(64)}{now}"],
        ["n" * 7, "n" * 8, "n" * 128, "n" * 129, "no.nce.123", "nonce%20x", "nonceé123", "", USED_NONCE],
    )
    arabic = str(now).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    timestamp = one(
        [str(now)] * 4 + [str(now - TIMESTAMP_WINDOW + 5), str(now + TIMESTAMP_WINDOW - 5)],
        [
            str(now - TIMESTAMP_WINDOW - 5),
            str(now + TIMESTAMP_WINDOW + 5),
            str(now)[:9],
            str(now) + "0",
            arabic,
            " " + str(now)[1:],
            "abcdefghij",
            "1_" + str(now)[2:],
            "",
        ],
    )
    method_name = one(["HMAC-SHA1"], ["HMAC-SHA256", "PLAINTEXT", "RSA-SHA1", "hmac-sha1", ""])
    protocol: list[tuple[str, str]] = [
        ("oauth_consumer_key", consumer),
        ("oauth_nonce", nonce),
        ("oauth_signature_method", method_name),
        ("oauth_timestamp", timestamp),
        ("oauth_version", one(["1.0"], ["2.0", "1.0 ", ""])),
    ]
    if token is not None:
        protocol.append(("oauth_token", token))
    protocol = [p for p in protocol if plain or pick.random() > 0.03]  # now and then one is missing
    if not plain and pick.random() < 0.05:
        protocol.append(pick.choice(protocol or [("oauth_nonce", "x" * 10)]))  # a repeated one
    if pick.random() < 0.05:
        protocol.append(("oauth_callback", "oob"))
    if plain or pick.random() > 0.03:
        protocol.append(("oauth_signature", one([PLACEHOLDER], [""])))
    pick.shuffle(protocol)

    names = ["count", "cursor", "q", "realm", "with_total_count", "a b", "ü", "", "x+y", "a=b", "oauth_extra"]
    values = ["1", "", "a b", "a+b", "%41", "%zz", "ü", "&=", "~", "x" * 40, "1,2"]
    pairs = [(pick.choice(names[:-1] if pick.random() < 0.9 else names), pick.choice(values)) for _ in range(4)]
    pairs = pairs[: pick.randrange(5)]
    host = one(
        ["localhost:8080", "127.0.0.1", "127.0.0.1:80", "EXAMPLE.com:443", "[::1]:8080"],
        ["h:99999", "h:x", "", "u@h", "h/x", "a?%zz", "a#frag", "a?x=1"],
    )
    scheme = one(["http", "https"], ["HTTP", "hTTps"])
    path = one(["/12/accounts/18ce54d4x5t"], ["/12/accounts/a;b/cards", "/12/x%2Fy", "/12/ü", "/", ""])
    method = pick.choice(["GET", "GET", "POST", "PUT", "DELETE", "put"])
    headers: dict[str, str] = {"host": host}

    place = one(["header"] * 3 + ["pairs"] * 2, ["host", "split", "both", "nowhere"])
    escape: Callable[[str], str] = (lambda v: quote(v, safe="~")) if pick.random() < 0.9 else (lambda v: v)
    if place in ("header", "split", "both"):
        half = {"header": len(protocol), "split": len(protocol) // 2, "both": 0}[place]
        moved = protocol if place == "both" else protocol[:half]
        protocol = protocol[half:]
        pairs += protocol
        style = one(["plain", "realm", "lower", "tight"], ["unquoted", "empty", "trailing", "bearer"])
        parts = [f'{escape(k)}="{escape(v)}"' for k, v in moved]
        if style == "realm":
            parts.insert(0, 'realm="https://ads-api.x.com/"')
        if style == "unquoted":
            parts = [p.replace('"', "") for p in parts]
        if style == "empty" and parts:
            parts[-1] = parts[-1].split("=")[0] + "="
        if style == "trailing":
            parts.append("")
        scheme_word = {"lower": "oauth ", "bearer": "Bearer "}.get(style, "OAuth ")
        headers[pick.choice(["authorization"] * 9 + ["Authorization"])] = scheme_word + (
            "," if style == "tight" else ", "
        ).join(parts)
    elif place == "pairs":
        pairs += [(k, escape(v) if k == "oauth_signature" or pick.random() < 0.2 else v) for k, v in protocol]
        pick.shuffle(pairs)
    elif place == "host":
        host = "h?" + urlencode(protocol, quote_via=quote)
        headers["host"] = host
    url = f"{scheme}://{host}{path}"

    how = method_name if method_name in ("HMAC-SHA256", "PLAINTEXT") else "HMAC-SHA1"
    secrets = one(["right"], ["wrong", "dummy"])
    consumer_secret = {"right": CONSUMERS.get(consumer, "dummy-secret"), "wrong": "nope", "dummy": "dummy-secret"}
    token_secret = {"right": TOKENS.get(token or "", "dummy-secret"), "wrong": "nope", "dummy": "dummy-secret"}
    key = f"{quote(consumer_secret[secrets], safe='~')}&{quote(token_secret[secrets], safe='~') if token else ''}"
    try:
        made = _expected_signature(method, url, headers, pairs, key, how)
    except Exception:  # the reference cannot even read it: any signature will do
        made = "c2lnbmF0dXJl"
    encoded = quote(made, safe="")
    for name, value in list(headers.items()):
        headers[name] = value.replace(PLACEHOLDER, encoded)
    pairs = [(k, v.replace(PLACEHOLDER, encoded if pick.random() < 0.8 else made)) for k, v in pairs]
    url = url.replace(PLACEHOLDER, encoded)
    return method, url, headers, pairs, place


def test_hand_written_verifier_agrees_with_oauthlib_on_every_case() -> None:
    ours = Verifier(CONSUMERS, TOKENS, _unused)
    pick = random.Random(5849)
    accepted: Counter[str] = Counter()
    refused = 0
    for number in range(CASES):
        # Timestamps are made against the time of each case: the corpus's 5-second margins
        # around the window then hold however long the whole run takes.
        method, url, headers, pairs, place = _case(pick, int(time.time()))
        expected = reference(method, url, headers, pairs)
        got = ours.verify_pairs(method, url, headers, pairs)
        assert got == expected, f"case {number}: {method} {url} {headers} {pairs}: oauthlib {expected}, ours {got}"
        if expected is None:
            refused += 1
        else:
            accepted[place] += 1
    # The corpus reaches both verdicts, and accepts wherever the parameters may travel.
    assert refused > CASES // 4
    assert accepted["header"] > CASES // 10 and accepted["pairs"] > CASES // 40 and accepted["host"] > 0


def test_verify_takes_a_full_url_and_form_body() -> None:
    """The convenience entry point (query in the URL, form body as text) signs the same pairs."""
    signer = oauth1.Client("ck1", "cs1", "tok1", "ts1")
    url, headers, body = signer.sign(
        "http://localhost:8080/12/accounts/a?count=5",
        "POST",
        "name=x%20y",
        {"Content-Type": "application/x-www-form-urlencoded"},
    )
    verifier = Verifier(CONSUMERS, TOKENS, _unused)
    assert verifier.verify("POST", url, headers, body) == reference(
        "POST", "http://localhost:8080/12/accounts/a", headers, [("count", "5"), ("name", "x y")]
    )
    assert verifier.verify("POST", url, headers, body) is not None
    assert verifier.verify("POST", url, headers, "name=x") is None
