"""Injected faults against the real server, and the client runtime's retry policy driven through
each: a 429 waits for the reset of the window that refused it, a 503 without `retry-after` and a
500 back off, a lost connection or a timeout of an idempotent request is tried again, and a POST
is never repeated (except after a 429, which the server did not process)."""

from __future__ import annotations

import threading
import time
from typing import Any

import httpx
import pytest
from xads_client_v12.api.media_library import list_media_library
from xads_client_v12.api.preroll_call_to_actions import create_preroll_call_to_action
from xads_client_v12.models import PrerollCallToActionText

from tests.lab.conftest import Lab
from tests.support.emulator import ACCOUNT
from xads_client import AdsApiError, RetryPolicy
from xads_emulator.lab.faults import FaultError
from xads_spec import load_bundle

A = f"/accounts/{ACCOUNT}"


class Attempts:
    """Every answer the client got, with when it got it (a response hook runs once per attempt)."""

    def __init__(self) -> None:
        self.seen: list[tuple[float, httpx.Response]] = []

    def __call__(self, response: httpx.Response) -> None:
        self.seen.append((time.time(), response))

    @property
    def statuses(self) -> list[int]:
        return [response.status_code for _at, response in self.seen]


class Backoffs:
    """The policy's jitter source, counting the backoffs it computes (0.5: no jitter)."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> float:
        self.calls += 1
        return 0.5


def _client(lab: Lab, attempts: Attempts, **policy: Any) -> Any:
    retry = RetryPolicy(**{"max_wait_seconds": 30.0, "backoff_seconds": 0.05, **policy})
    return lab.handle.client(12, retry=retry, event_hooks={"response": [attempts]})


def _list(client: Any) -> Any:
    return list_media_library.sync(ACCOUNT, client=client)


def _create_cta(client: Any) -> Any:
    return create_preroll_call_to_action.sync(
        ACCOUNT,
        client=client,
        line_item_id="8v53k",
        call_to_action=PrerollCallToActionText.SHOP,
        call_to_action_url="https://x.com",
    )


def test_account_headers_are_the_specs() -> None:
    refused = load_bundle(12)["paths"]["/accounts/{account_id}/media_library"]["get"]["responses"]["429"]
    declared = {name.lower() for name in refused["headers"]}
    assert {"x-account-rate-limit-limit", "x-account-rate-limit-remaining", "x-account-rate-limit-reset"} <= declared


@pytest.mark.parametrize("scope", ["account", "user"])
def test_429_waits_for_the_reset_of_the_window_that_refused(lab: Lab, scope: str) -> None:
    """The other window resets in up to 15 minutes: waiting for it would take the policy's 30 s cap."""
    rule = lab.handle.add_fault(operation="list_media_library", status=429, scope=scope, reset_in_seconds=1, times=1)
    attempts = Attempts()
    began = time.monotonic()
    assert _list(_client(lab, attempts)).data
    assert time.monotonic() - began < 5
    assert attempts.statuses == [429, 200]
    refused = attempts.seen[0][1]
    prefix = "x-account-rate-limit" if scope == "account" else "x-rate-limit"
    assert refused.headers[f"{prefix}-remaining"] == "0"
    other = "x-rate-limit" if scope == "account" else None
    if other:  # the user's window still has requests left and resets later
        assert int(refused.headers[f"{other}-remaining"]) > 0
        assert int(refused.headers[f"{other}-reset"]) > int(refused.headers[f"{prefix}-reset"])
    assert attempts.seen[1][0] >= int(refused.headers[f"{prefix}-reset"]) - 0.05
    journal = lab.handle.requests(operation="list_media_library")[-2:]
    assert [(e["status"], e["fault"]) for e in journal] == [(429, rule["id"]), (200, None)]
    assert refused.json()["errors"][0]["code"] == "TOO_MANY_REQUESTS"


@pytest.mark.parametrize("status", [503, 500])
def test_5xx_without_retry_after_backs_off(lab: Lab, status: int) -> None:
    lab.handle.add_fault(operation="list_media_library", status=status, times=2)
    attempts, backoffs = Attempts(), Backoffs()
    assert _list(_client(lab, attempts, jitter=backoffs)).data
    assert attempts.statuses == [status, status, 200]
    assert backoffs.calls == 2
    (first, _), (second, _), (third, _) = attempts.seen
    assert second - first >= 0.05 and third - second >= 0.1  # 0.05 s, then twice that
    assert "retry-after" not in attempts.seen[0][1].headers


def test_503_with_retry_after_waits_that_long(lab: Lab) -> None:
    lab.handle.add_fault(operation="list_media_library", status=503, retry_after=1, times=1)
    attempts, backoffs = Attempts(), Backoffs()
    assert _list(_client(lab, attempts, jitter=backoffs)).data
    assert attempts.statuses == [503, 200] and backoffs.calls == 0
    assert attempts.seen[0][1].headers["retry-after"] == "1"
    assert attempts.seen[1][0] - attempts.seen[0][0] >= 0.95


def test_post_is_not_retried_but_a_refused_429_is(lab: Lab) -> None:
    before = len(lab.handle.requests(operation="create_preroll_call_to_action"))
    lab.handle.add_fault(operation="create_preroll_call_to_action", status=503, times=1)
    attempts = Attempts()
    client = _client(lab, attempts)
    with pytest.raises(AdsApiError) as raised:
        _create_cta(client)
    assert raised.value.status_code == 503 and attempts.statuses == [503]
    lab.handle.add_fault(operation="create_preroll_call_to_action", drop=True, times=1)
    with pytest.raises(httpx.RemoteProtocolError):
        _create_cta(client)
    lab.handle.add_fault(operation="create_preroll_call_to_action", status=429, reset_in_seconds=0, times=1)
    assert _create_cta(client).data.id
    assert attempts.statuses == [503, 429, 200]
    journal = lab.handle.requests(operation="create_preroll_call_to_action")[before:]
    assert [e["status"] for e in journal] == [503, None, 429, 200]  # None: dropped


def test_a_dropped_connection_is_retried_for_get(lab: Lab) -> None:
    lab.handle.add_fault(path=f"/12{A}/media_library", method="GET", drop=True, times=2)
    attempts, backoffs = Attempts(), Backoffs()
    assert _list(_client(lab, attempts, jitter=backoffs)).data
    assert attempts.statuses == [200] and backoffs.calls == 2
    assert [e["status"] for e in lab.handle.requests(operation="list_media_library")[-3:]] == [None, None, 200]


def test_latency_does_not_block_the_server_and_a_timeout_is_retried(lab: Lab) -> None:
    lab.handle.add_fault(operation="list_media_library", latency={"seconds": 1.5}, times=1)
    results: list[float] = []

    def slow() -> None:
        with lab.api(timeout=5) as api:
            began = time.monotonic()
            assert api.get(f"{A}/media_library").status_code == 200
            results.append(time.monotonic() - began)

    thread = threading.Thread(target=slow)
    thread.start()
    time.sleep(0.2)
    with lab.api() as api:
        began = time.monotonic()
        assert api.get(f"{A}/preroll_call_to_actions").status_code == 200
        assert time.monotonic() - began < 1.0  # answered while the other request sleeps
    thread.join()
    assert results and results[0] >= 1.4
    lab.handle.add_fault(operation="list_media_library", latency={"uniform": [1.0, 1.2]}, times=1)
    attempts, backoffs = Attempts(), Backoffs()
    impatient = lab.handle.client(
        12, retry=RetryPolicy(backoff_seconds=0.01, jitter=backoffs), timeout=0.5, event_hooks={"response": [attempts]}
    )
    assert _list(impatient).data
    assert backoffs.calls == 1 and attempts.statuses == [200]


def test_batch_items_fail_in_operation_errors_and_nothing_is_applied(lab: Lab) -> None:
    with lab.api() as api:
        audience = api.post(f"{A}/custom_audiences", params={"name": "lab batch"}).json()["data"]
        good = {"operation_type": "Update", "params": {"users": [{"email": ["a" * 64]}]}}
        rule = lab.handle.add_fault(operation="update_custom_audience_users", batch_items=[1, 7], times=1)
        response = api.post(f"{A}/custom_audiences/{audience['id']}/users", json=[good, good, good])
        assert response.status_code == 400
        body = response.json()
        assert [item["index"] for item in body["operation_errors"]] == [1]  # item 7 is not in this batch
        assert body["operation_errors"][0]["errors"][0]["parameter"] == "/1"
        assert body["errors"][0]["message"].endswith("nothing was applied")
        assert api.get(f"{A}/custom_audiences/{audience['id']}").json()["data"]["audience_size"] is None
        assert api.post(f"{A}/custom_audiences/{audience['id']}/users", json=[good]).status_code == 200
    entry = lab.handle.requests(operation="update_custom_audience_users")[-2]
    assert entry["fault"] == rule["id"] and entry["violations"] == []  # injected before validation


def test_probability_times_and_expiry(lab: Lab) -> None:
    never = lab.handle.add_fault(operation="list_media_library", status=500, probability=0)
    with lab.api() as api:
        assert [api.get(f"{A}/media_library").status_code for _ in range(3)] == [200, 200, 200]
        lab.handle.clear_faults(never["id"])
        lab.handle.add_fault(operation="list_media_library", status=500, expires_in_seconds=0.3)
        assert api.get(f"{A}/media_library").status_code == 500
        time.sleep(0.35)
        assert api.get(f"{A}/media_library").status_code == 200
        assert lab.handle.faults() == []  # expired rules are gone
        twice = lab.handle.add_fault(operation="list_media_library", account=ACCOUNT, status=500, times=2)
        assert api.get("/accounts/18ce54aymz3/media_library").status_code == 200  # another account
        assert api.get(f"{A}/media_library").status_code == 500
        assert lab.handle.faults() == [{**twice, "fired": 1, "times_left": 1}]
        assert [api.get(f"{A}/media_library").status_code for _ in range(2)] == [500, 200]


def test_fault_endpoints_over_http(lab: Lab) -> None:
    added = lab.control("POST", "faults", json={"rules": [{"operation": "list_media_library", "status": 503}]})
    assert added.status_code == 200
    rule_id = added.json()["data"][0]["id"]
    assert [r["id"] for r in lab.control("GET", "faults").json()["data"]] == [rule_id]
    with lab.api() as api:
        assert api.get(f"{A}/media_library").status_code == 503
    assert lab.control("DELETE", f"faults/{rule_id}").json() == {"data": {"removed": 1}}
    assert lab.control("DELETE", f"faults/{rule_id}").status_code == 404
    lab.control("POST", "faults", json={"path": "/12/*", "latency": {"seconds": 0}})
    assert lab.control("DELETE", "faults").json() == {"data": {"removed": 1}}
    refused = {
        "status": ({"operation": "list_media_library", "status": 404}, 400),
        "operation": ({"operation": "no_such_operation", "status": 500}, 400),
        "colour": ({"status": 500, "colour": "red"}, 400),
        "drop": ({"status": 500, "drop": True}, 400),
        "batch_items": ({"operation": "list_media_library", "batch_items": [0]}, 400),
        "rule": ({"operation": "list_media_library"}, 400),
        "latency": ({"latency": {"uniform": [2, 1]}}, 400),
        "probability": ({"status": 500, "probability": 1.5}, 400),
        "scope": ({"status": 503, "scope": "account"}, 400),
    }
    for field, (rule, status) in refused.items():
        response = lab.control("POST", "faults", json=rule)
        assert (response.status_code, response.json()["errors"][0].get("parameter")) == (status, field), rule
    assert lab.control("GET", "faults").json() == {"data": []}  # nothing half-added
    mixed = lab.control("POST", "faults", json={"rules": [{"status": 500}, {"status": 418}]})
    assert mixed.status_code == 400 and lab.control("GET", "faults").json() == {"data": []}
    # The control guard: the token, no browser (Origin), JSON bodies only.
    assert httpx.get(f"{lab.base}/_emulator/faults").status_code == 401
    assert lab.control("GET", "faults", headers={"Origin": "http://evil.example"}).status_code == 403
    form = lab.control("POST", "faults", content=b"status=500", headers={"Content-Type": "text/plain"})
    assert form.status_code == 415
    assert lab.control("PUT", "faults").status_code == 405
    with pytest.raises(FaultError):
        lab.handle.add_fault(status=500, times=0)
