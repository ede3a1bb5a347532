"""OAuth as the live API does it: HMAC-SHA1 only, and nothing about the refusal tells an unknown
consumer key or token apart from a wrong signature (no probing for valid credentials)."""

from __future__ import annotations

import httpx
import pytest
from oauthlib import oauth1

from tests.security.conftest import ACCOUNT, DEMO
from tests.support.emulator import Emulator
from xads_client import Credentials


def _signed(url: str, method: str = oauth1.SIGNATURE_HMAC_SHA1, credentials: Credentials = DEMO) -> dict[str, str]:
    """Headers of a GET of `url` correctly signed with `method` (as oauthlib's client computes it)."""
    signer = oauth1.Client(
        credentials.consumer_key,
        client_secret=credentials.consumer_secret,
        resource_owner_key=credentials.access_token,
        resource_owner_secret=credentials.access_token_secret,
        signature_method=method,
    )
    _uri, headers, _body = signer.sign(url)
    return dict(headers)


def _claiming(url: str, method: str) -> dict[str, str]:
    """Signed with HMAC-SHA1 but naming another method (for methods oauthlib cannot sign without keys)."""
    headers = _signed(url)
    headers["Authorization"] = headers["Authorization"].replace(
        f'oauth_signature_method="{oauth1.SIGNATURE_HMAC_SHA1}"', f'oauth_signature_method="{method}"'
    )
    assert method in headers["Authorization"]
    return headers


@pytest.fixture(scope="module")
def url(server: Emulator) -> str:
    return f"{server.url}/accounts/{ACCOUNT}"


def test_hmac_sha1_is_accepted(url: str) -> None:
    assert httpx.get(url, headers=_signed(url)).status_code == 200


@pytest.mark.parametrize(
    "method", [oauth1.SIGNATURE_PLAINTEXT, oauth1.SIGNATURE_HMAC_SHA256, oauth1.SIGNATURE_HMAC_SHA512]
)
def test_other_correctly_signed_methods_are_401(url: str, method: str) -> None:
    """Such a signature is right for its method; the live API still refuses it, and so must we."""
    answer = httpx.get(url, headers=_signed(url, method))
    assert answer.status_code == 401
    assert [e["code"] for e in answer.json()["errors"]] == ["UNAUTHORIZED_ACCESS"]


@pytest.mark.parametrize("method", ["RSA-SHA1", "RSA-SHA256", "hmac-sha1", "MD5", ""])
def test_unknown_and_key_based_methods_are_401_not_500(url: str, method: str) -> None:
    """RSA-SHA1 used to reach oauthlib's RSA path, which raised (a 500)."""
    answer = httpx.get(url, headers=_claiming(url, method))
    assert answer.status_code == 401
    assert [e["code"] for e in answer.json()["errors"]] == ["UNAUTHORIZED_ACCESS"]


def test_unknown_key_and_token_answer_exactly_like_a_wrong_signature(url: str) -> None:
    def answer(credentials: Credentials) -> tuple[int, bytes, list[str]]:
        response = httpx.get(url, headers=_signed(url, credentials=credentials))
        return response.status_code, response.content, sorted(response.headers.keys())

    wrong_signature = answer(Credentials(DEMO.consumer_key, "wrong", DEMO.access_token, DEMO.access_token_secret))
    unknown_key = answer(Credentials("no-such-app", "x", DEMO.access_token, DEMO.access_token_secret))
    unknown_token = answer(Credentials(DEMO.consumer_key, DEMO.consumer_secret, "no-such-token", "x"))
    # Signed with the dummy secrets oauthlib substitutes for unknown credentials: still refused.
    dummy_secrets = answer(Credentials("no-such-app", "dummy-secret", "no-such-token", "dummy-secret"))
    assert wrong_signature[0] == 401
    assert unknown_key == wrong_signature
    assert unknown_token == wrong_signature
    assert dummy_secrets == wrong_signature
