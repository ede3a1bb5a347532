"""Hand-written runtime for the generated X Ads API clients: OAuth 1.0a signing, retries,
pre-flight validation, typed errors and paging. The generated packages stay untouched:
`connect()` hands them an httpx client that does all of this.

    from xads_client import Credentials, connect, paginate
    from xads_client_v12.api.media_library import list_media_library

    client = connect("https://ads-api.x.com/12", Credentials(key, secret, token, token_secret))
    for item in paginate(list_media_library.sync, "18ce54d4x5t", client=client, count=50):
        print(item.media_key)
"""

from xads_client.auth import Credentials, OAuth1Auth
from xads_client.errors import AdsApiError, ErrorDetail, PreflightError, expect
from xads_client.paging import apaginate, paginate
from xads_client.retry import RetryPolicy
from xads_client.session import AdsAsyncHttpClient, AdsHttpClient, connect

__all__ = [
    "AdsApiError",
    "AdsAsyncHttpClient",
    "AdsHttpClient",
    "Credentials",
    "ErrorDetail",
    "OAuth1Auth",
    "PreflightError",
    "RetryPolicy",
    "apaginate",
    "connect",
    "expect",
    "paginate",
]
