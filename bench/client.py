"""Client overhead: the generated client (signing + pre-flight validation + retries wrapper)
against a hand-written httpx call carrying the same OAuth 1.0a signature, same endpoint,
same emulator on loopback. Also times `make generate`'s work for both versions."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from typing import Any

import httpx
from xads_client_v12.api.cards import create_card
from xads_client_v12.api.media_library import get_media_library_item
from xads_client_v12.models import CardCreate

from bench.timing import per_call
from xads_client import Credentials, OAuth1Auth, connect
from xads_emulator.app import EmulatorApp
from xads_emulator.server import running

CREDENTIALS = Credentials("demo-consumer-key", "demo-consumer-secret", "demo-user-token", "demo-user-token-secret")
ACCOUNT = "18ce54d4x5t"
CAROUSEL = {
    "name": "bench carousel",
    "components": [
        {"type": "SWIPEABLE_MEDIA", "media_keys": ["13_1089771253848666112", "13_1191948012077092867"]},
        {"type": "DETAILS", "title": "X", "destination": {"type": "WEBSITE", "url": "https://www.x.com"}},
    ],
}


def main() -> None:
    with running(EmulatorApp()) as root:
        compare(f"{root}/12")
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "xads_generator", "--check"], check=True, capture_output=True)
    print(f"\nregenerating both clients (the work of `make generate`): {time.perf_counter() - start:.1f} s")


def compare(base: str) -> None:
    client: Any = connect(base, CREDENTIALS)
    raw = httpx.Client(base_url=base, auth=OAuth1Auth(CREDENTIALS))
    body = CardCreate.from_dict(CAROUSEL)
    payload = json.dumps(CAROUSEL).encode()
    cases = [
        (
            "small GET (media library item)",
            lambda: get_media_library_item.sync_detailed(ACCOUNT, "3_1073727809120419840", client=client),
            lambda: raw.get(f"/accounts/{ACCOUNT}/media_library/3_1073727809120419840"),
        ),
        (
            "carousel card POST (JSON body)",
            lambda: create_card.sync_detailed(ACCOUNT, client=client, body=body),
            lambda: raw.post(
                f"/accounts/{ACCOUNT}/cards", content=payload, headers={"Content-Type": "application/json"}
            ),
        ),
    ]
    print("Per call, generated client (signing + pre-flight + typed parsing) vs hand-written signed httpx")
    for label, generated, hand_written in cases:
        ours = per_call(generated, calls=300)
        peer = per_call(hand_written, calls=300)
        print(f"{label:<34} generated {ours * 1e3:6.2f} ms   httpx {peer * 1e3:6.2f} ms   ratio {ours / peer:5.2f}x")


if __name__ == "__main__":
    main()
