"""OAuth 1.0a (HMAC-SHA1, user context) as an httpx Auth, signed by oauthlib."""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass

import httpx
from oauthlib import oauth1

FORM = "application/x-www-form-urlencoded"


@dataclass(frozen=True)
class Credentials:
    """The app's consumer key and secret, and the user's access token and secret."""

    consumer_key: str
    consumer_secret: str
    access_token: str
    access_token_secret: str


class OAuth1Auth(httpx.Auth):
    """Signs method, URL, query and form-body parameters; JSON bodies are not part of the signature.

    Every call signs afresh (new nonce and timestamp), so a retried request is a new signature.
    """

    requires_request_body = True

    def __init__(self, credentials: Credentials) -> None:
        self._signer = oauth1.Client(
            credentials.consumer_key,
            client_secret=credentials.consumer_secret,
            resource_owner_key=credentials.access_token,
            resource_owner_secret=credentials.access_token_secret,
            signature_method=oauth1.SIGNATURE_HMAC_SHA1,
            signature_type=oauth1.SIGNATURE_TYPE_AUTH_HEADER,
        )

    def authorization(self, method: str, url: str, content_type: str = "", body: bytes = b"") -> str:
        """The Authorization header value for one request."""
        is_form = content_type.split(";", 1)[0].strip().lower() == FORM
        try:
            form = body.decode("utf-8") if is_form and body else None
        except UnicodeDecodeError:
            form = None  # not form parameters at all: signed like a body-less request, the server will refuse it
        _uri, headers, _body = self._signer.sign(
            url,
            http_method=method.upper(),  # type: ignore[arg-type]
            body=form,
            headers={"Content-Type": FORM} if form is not None else None,
        )
        return str(headers["Authorization"])

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self.authorization(
            request.method, str(request.url), request.headers.get("Content-Type", ""), request.content
        )
        yield request
