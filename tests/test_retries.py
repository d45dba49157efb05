"""Which failures are retried, and after what delay: the retry table, backoff, Retry-After."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from typing import Any

import httpx
import pytest

import facilio_connections_sdk as sdk
from facilio_connections_sdk._retry import backoff_delay
from tests.support import (
    CALLS,
    EXECUTE,
    GET_CONN,
    MOCK_DETAIL,
    SLUG,
    AnyClient,
    Clock,
    MockApi,
    Runner,
    mock_client,
    script,
    send_get,
    send_post,
)

# -- the retry table ------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["GET", "POST", "DELETE"])
@pytest.mark.parametrize(
    "failure",
    [
        httpx.ConnectError("refused"),
        httpx.ConnectTimeout("connect timeout"),
        httpx.PoolTimeout("pool"),
        429,
        503,
    ],
    ids=["connect-error", "connect-timeout", "pool-timeout", "429", "503"],
)
def test_retried_for_every_method(
    client: AnyClient, run: Runner, mock_api: MockApi, clock: Clock, method: str, failure: Any
) -> None:
    route, call = CALLS[method]
    script(mock_api, *route, failure, failure, 200)
    run(call(client))
    assert len(mock_api.requests) == 3
    assert len(clock.sleeps) == 2


@pytest.mark.parametrize("method", ["GET", "DELETE"])
@pytest.mark.parametrize(
    "failure",
    [408, 500, 502, 504, httpx.ReadTimeout("read"), httpx.RemoteProtocolError("dropped")],
    ids=["408", "500", "502", "504", "read-timeout", "dropped"],
)
def test_idempotent_calls_retry_after_the_request_was_sent(
    client: AnyClient, run: Runner, mock_api: MockApi, clock: Clock, method: str, failure: Any
) -> None:
    route, call = CALLS[method]
    script(mock_api, *route, failure, 200)
    run(call(client))
    assert len(mock_api.requests) == 2


@pytest.mark.parametrize(
    "failure",
    [408, 500, 502, 504, httpx.ReadTimeout("read"), httpx.RemoteProtocolError("dropped")],
    ids=["408", "500", "502", "504", "read-timeout", "dropped"],
)
@pytest.mark.parametrize(
    "call",
    [
        send_post,
        lambda c: c.execute_http_post(SLUG, {"path": "/x"}),
        lambda c: c.execute_sql_insert(SLUG, {"table": "t", "rows": []}),
        lambda c: c.authorize_connection(SLUG),
        lambda c: c.subscribe(SLUG, "t", target_url="https://h.example.com"),
    ],
    ids=["execute", "http-post", "sql-insert", "authorize", "subscribe"],
)
def test_a_post_that_may_have_reached_the_server_is_never_resent(
    client: AnyClient, run: Runner, mock_api: MockApi, clock: Clock, failure: Any, call: Any
) -> None:
    for op in mock_api.ops:
        if op.method == "POST":
            script(mock_api, "POST", op.template, failure, 200)
    with pytest.raises(sdk.ConnectionsError):
        run(call(client))
    assert len(mock_api.requests) == 1
    assert clock.sleeps == []


def test_retries_stop_after_max_retries(
    client: AnyClient, run: Runner, mock_api: MockApi, clock: Clock
) -> None:
    script(mock_api, *GET_CONN, 503, 503, 503, 503)
    with pytest.raises(sdk.InternalServerError):
        run(send_get(client))
    assert len(mock_api.requests) == 3  # first try + max_retries=2


def test_max_retries_zero_disables_retries(
    client: AnyClient, run: Runner, mock_api: MockApi, clock: Clock
) -> None:
    script(mock_api, *GET_CONN, 503, 200)
    with pytest.raises(sdk.InternalServerError):
        run(send_get(client.with_options(max_retries=0)))
    assert len(mock_api.requests) == 1


def test_other_errors_are_not_retried(
    client: AnyClient, run: Runner, mock_api: MockApi, clock: Clock
) -> None:
    script(mock_api, *GET_CONN, 404, 200)
    with pytest.raises(sdk.NotFoundError):
        run(send_get(client))
    assert len(mock_api.requests) == 1


# -- delays ---------------------------------------------------------------------------------


def test_retry_after_seconds_is_honoured(
    client: AnyClient, run: Runner, mock_api: MockApi, clock: Clock
) -> None:
    script(mock_api, *EXECUTE, httpx.Response(429, headers={"Retry-After": "7"}), 200)
    run(send_post(client))
    assert clock.sleeps == [7.0]


def test_retry_after_http_date_is_honoured(
    client: AnyClient, run: Runner, mock_api: MockApi, clock: Clock
) -> None:
    when = datetime.now(timezone.utc) + timedelta(seconds=30)
    header = format_datetime(when, usegmt=True)
    script(mock_api, *GET_CONN, httpx.Response(503, headers={"Retry-After": header}), 200)
    run(send_get(client))
    assert len(clock.sleeps) == 1
    assert 25.0 <= clock.sleeps[0] <= 31.0


def test_retry_after_beyond_60_seconds_is_not_retried(
    client: AnyClient, run: Runner, mock_api: MockApi, clock: Clock
) -> None:
    script(mock_api, *GET_CONN, httpx.Response(429, headers={"Retry-After": "61"}), 200)
    with pytest.raises(sdk.RateLimitError) as info:
        run(send_get(client))
    assert info.value.retry_after == 61.0
    assert len(mock_api.requests) == 1
    assert clock.sleeps == []


def test_backoff_doubles_from_half_a_second_to_eight_with_jitter(
    client: AnyClient, run: Runner, mock_api: MockApi, clock: Clock
) -> None:
    script(mock_api, *GET_CONN, *([503] * 7), 200)
    run(send_get(client.with_options(max_retries=7)))
    assert len(clock.sleeps) == 7
    for attempt, delay in enumerate(clock.sleeps):
        top = min(8.0, 0.5 * 2**attempt)
        assert 0.75 * top <= delay <= top, (attempt, delay)


def test_backoff_bounds_are_exact_at_the_ends_of_the_jitter() -> None:
    assert backoff_delay(0, lambda: 0.0) == 0.5
    assert backoff_delay(0, lambda: 1.0) == 0.375
    assert backoff_delay(3, lambda: 0.0) == 4.0
    assert backoff_delay(10, lambda: 0.0) == 8.0


# -- Retry-After at its limits ---------------------------------------------------------------------


def _busy_then_ok(retry_after: str) -> Callable[[httpx.Request], httpx.Response]:
    answers = iter([httpx.Response(503, headers={"Retry-After": retry_after}, json={})])

    def handler(_request: httpx.Request) -> httpx.Response:
        return next(answers, httpx.Response(200, json=MOCK_DETAIL))

    return handler


def test_retry_after_at_the_documented_limit_of_60_s_is_waited_for() -> None:
    client, sent, slept = mock_client(_busy_then_ok("60"))
    assert client.get_connection("crm").connection.slug == "crm"
    assert len(sent) == 2
    assert slept == [60.0]


def test_retry_after_past_the_limit_is_not_waited_for() -> None:
    client, sent, slept = mock_client(_busy_then_ok("61"))
    with pytest.raises(sdk.ConnectionsApiError) as caught:
        client.get_connection("crm")
    assert caught.value.status_code == 503
    assert (len(sent), slept) == (1, [])


def test_a_retry_after_date_in_the_past_means_now() -> None:
    past = format_datetime(datetime.now(timezone.utc) - timedelta(hours=1), usegmt=True)
    client, sent, slept = mock_client(_busy_then_ok(past))
    assert client.get_connection("crm").connection.slug == "crm"
    assert len(sent) == 2
    assert slept == [0.0]
