"""The main job (`make demo`): start the emulator, drive the generated v12 client through the
creative and audience flows, show a pre-flight refusal, fuzz it briefly with schemathesis,
stop the emulator, summarise."""

from __future__ import annotations

import hashlib
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from xads_client_v12.api.accounts import list_accounts
from xads_client_v12.api.cards import create_card
from xads_client_v12.api.custom_audience_permissions import (
    create_custom_audience_permission,
    delete_custom_audience_permission,
)
from xads_client_v12.api.custom_audience_users import update_custom_audience_users
from xads_client_v12.api.custom_audiences import create_custom_audience, delete_custom_audience
from xads_client_v12.api.draft_tweets import create_draft_tweet, preview_draft_tweet
from xads_client_v12.api.media_library import list_media_library
from xads_client_v12.api.scheduled_tweets import create_scheduled_tweet, get_scheduled_tweet
from xads_client_v12.models import (
    AccountListResponse,
    CardCreate,
    CardResponse,
    CustomAudiencePermissionResponse,
    CustomAudienceResponse,
    CustomAudienceUsersOperation,
    CustomAudienceUsersResponse,
    DraftTweetPreviewResponse,
    DraftTweetResponse,
    ScheduledTweetResponse,
    UserBatchResult,
)
from xads_client_v12.models.create_custom_audience_permission_permission_level import (
    CreateCustomAudiencePermissionPermissionLevel,
)

from xads_client import Credentials, PreflightError, connect, expect, paginate
from xads_emulator.control import admin_headers
from xads_emulator.server import start_process
from xads_fuzz import Target, first_coverage_cases, load_schema, run_cases

CREDENTIALS = Credentials("demo-consumer-key", "demo-consumer-secret", "demo-user-token", "demo-user-token-secret")
ACCOUNT = "18ce54d4x5t"
SHARED_WITH = "18ce54aymz3"
FUZZ_CASES_PER_OPERATION = 2  # `make fuzz` runs the whole phase and generated examples besides


def hashed_email(address: str) -> str:
    """The reference's normalisation: trim and lower-case, then SHA-256."""
    return hashlib.sha256(address.strip().lower().encode()).hexdigest()


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="xads-demo-") as scratch:
        return run_demo(Path(scratch) / "emulator.sqlite3")


def run_demo(database: Path) -> int:
    """The main job against a fresh emulator on `database` (never `make emulator`'s var/ file)."""
    started = start_process(database)
    process, base = started.process, started.base
    control = admin_headers(started.admin_token)
    steps: list[tuple[str, bool]] = []

    def step(title: str, action: Callable[[], str]) -> None:
        try:
            detail = action()
            steps.append((title, True))
            print(f"  ok    {title}: {detail}")
        except Exception as error:  # the summary reports it; the demo goes on
            steps.append((title, False))
            print(f"  FAIL  {title}: {type(error).__name__}: {error}")

    try:
        print(f"emulator up at {base}/12 on a scratch database ({database})")
        client = connect(f"{base}/12", CREDENTIALS)
        run = datetime.now(UTC).strftime("%H%M%S%f")
        state: dict[str, Any] = {}

        print("\ncreative flow")
        step(
            "list accounts",
            lambda: ", ".join(a.id for a in expect(list_accounts.sync(client=client), AccountListResponse).data),
        )
        step(
            "walk the media library page by page",
            lambda: f"{sum(1 for _ in paginate(list_media_library.sync, ACCOUNT, client=client, count=3))} items",
        )

        def carousel() -> str:
            body = CardCreate.from_dict(
                {
                    "name": f"demo carousel {run}",
                    "components": [
                        {"type": "SWIPEABLE_MEDIA", "media_keys": ["13_1089771253848666112", "13_1191948012077092867"]},
                        {
                            "type": "DETAILS",
                            "title": "X",
                            "destination": {"type": "WEBSITE", "url": "https://www.x.com"},
                        },
                    ],
                }
            )
            card = expect(create_card.sync(ACCOUNT, client=client, body=body), CardResponse).data
            state["card_uri"] = card.card_uri
            return f"{card.card_uri} ({card.card_type})"

        step("create a carousel card", carousel)

        def draft() -> str:
            answer = create_draft_tweet.sync(
                ACCOUNT, client=client, text="Our new carousel", card_uri=state["card_uri"]
            )
            made = expect(answer, DraftTweetResponse).data
            preview = expect(preview_draft_tweet.sync(ACCOUNT, str(made.id), client=client), DraftTweetPreviewResponse)
            return f"draft {made.id}; preview: {preview.message}"

        step("create and preview a draft", draft)

        def scheduled() -> str:
            when = (datetime.now(UTC) + timedelta(days=1)).replace(second=0, microsecond=0)
            answer = create_scheduled_tweet.sync(ACCOUNT, client=client, scheduled_at=when, text="Launch day")
            made = expect(answer, ScheduledTweetResponse).data
            moved = {"now": (when + timedelta(minutes=1)).isoformat()}
            httpx.post(f"{base}/_emulator/clock", json=moved, headers=control).raise_for_status()
            live = expect(get_scheduled_tweet.sync(ACCOUNT, str(made.id), client=client), ScheduledTweetResponse).data
            back = {"now": datetime.now(UTC).isoformat()}
            httpx.post(f"{base}/_emulator/clock", json=back, headers=control).raise_for_status()
            return f"scheduled {made.id} went live as Tweet {live.tweet_id} ({live.scheduled_status})"

        step("schedule a Tweet and move the clock past it", scheduled)

        print("\naudience flow")

        def audience() -> str:
            answer = create_custom_audience.sync(ACCOUNT, client=client, name=f"demo audience {run}")
            made = expect(answer, CustomAudienceResponse).data
            state["audience"] = made.id
            return f"custom audience {made.id}"

        step("create a custom audience", audience)

        def users() -> str:
            emails = (" Ada@Example.com", "grace@example.com ")
            operation = {
                "operation_type": "Update",
                "params": {"users": [{"email": [hashed_email(e)]} for e in emails]},
            }
            body = [CustomAudienceUsersOperation.from_dict(operation)]
            answer = update_custom_audience_users.sync(ACCOUNT, state["audience"], client=client, body=body)
            result = expect(expect(answer, CustomAudienceUsersResponse).data, UserBatchResult)
            return f"success_count {result.success_count} of {result.total_count}"

        step("upload hashed users in a batch", users)

        def share() -> str:
            answer = create_custom_audience_permission.sync(
                ACCOUNT,
                state["audience"],
                client=client,
                granted_account_id=SHARED_WITH,
                permission_level=CreateCustomAudiencePermissionPermissionLevel.READ_ONLY,
            )
            grant = expect(answer, CustomAudiencePermissionResponse).data
            delete_custom_audience_permission.sync(ACCOUNT, state["audience"], grant.id, client=client)
            return f"shared READ_ONLY with {SHARED_WITH}, then revoked"

        step("share the audience and revoke the share", share)

        def delete() -> str:
            answer = delete_custom_audience.sync(ACCOUNT, state["audience"], client=client)
            return f"deleted={expect(answer, CustomAudienceResponse).data.deleted}"

        step("delete the audience", delete)

        print("\npre-flight validation")

        def refused() -> str:
            bad = CardCreate.from_dict(
                {"name": "bad carousel", "components": [{"type": "SWIPEABLE_MEDIA", "media_keys": ["3_1"]}]}
            )
            try:
                create_card.sync(ACCOUNT, client=client, body=bad)
            except PreflightError as error:
                return "refused before sending:\n" + "\n".join(f"          {v}" for v in error.violations)
            raise AssertionError("the bad carousel was sent")

        step("a bad carousel is refused", refused)

        print("\nshort fuzz")

        def fuzz() -> str:
            cases = first_coverage_cases(load_schema(12), FUZZ_CASES_PER_OPERATION)
            run = run_cases(cases, Target.over_http(f"{base}/12", CREDENTIALS, ACCOUNT))
            if run.failures:
                raise AssertionError(f"{len(run.failures)} failures, first: {run.failures[0]}")
            answers = ", ".join(f"{status}: {count}" for status, count in sorted(run.statuses.items()))
            return f"{run.cases} cases checked by schemathesis, 0 failures in {run.seconds:.1f} s (answers {answers})"

        step(f"schemathesis coverage phase, {FUZZ_CASES_PER_OPERATION} cases per operation", fuzz)
    finally:
        process.terminate()
        process.wait(timeout=10)
        print("\nemulator stopped")
    passed = sum(1 for _title, good in steps if good)
    print(f"\nsummary: {passed} of {len(steps)} steps passed")
    return 0 if passed == len(steps) else 1


if __name__ == "__main__":
    sys.exit(main())
