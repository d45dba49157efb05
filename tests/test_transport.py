"""Retries, delays, per-call options, auto-paging, job waiting, logging — sync and async."""

from __future__ import annotations

import errno
import logging
import os
import ssl
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import certifi
import httpx
import pytest

import facilio_connections_sdk as sdk
from facilio_connections_sdk import AsyncConnectionsClient, ConnectionsClient
from facilio_connections_sdk._retry import backoff_delay
from tests.support import (
    BASE,
    MOCK_BASE,
    MOCK_DETAIL,
    AnyClient,
    MockApi,
    Runner,
    mock_client,
    mock_ok,
    wire,
)

ROOT = Path(__file__).resolve().parent.parent
SLUG = "servicenow-connection"
Handler = Callable[[httpx.Request], httpx.Response]


class Clock:
    """A fake monotonic clock; sleeping advances it and records the delay."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


@pytest.fixture
def clock(client: Any, kind: str) -> Clock:
    fake = Clock()
    client._send_loop.sleep = fake.sleep if kind == "sync" else fake.asleep
    client._send_loop.clock = fake
    return fake


def _script(mock_api: MockApi, method: str, template: str, *answers: Any) -> None:
    """Answer the route with each of ``answers`` in turn (a status, a Response or an exception)."""
    queue = list(answers)

    def answer(request: httpx.Request) -> httpx.Response:
        item = queue.pop(0) if queue else 200
        if isinstance(item, Exception):
            raise item
        if isinstance(item, httpx.Response):
            return item
        if item == 200:
            return httpx.Response(200, json=_ok(mock_api, method, template))
        return httpx.Response(item, json={"error": "e", "message": f"status {item}"})

    mock_api.overrides[(method, template)] = answer


def _ok(mock_api: MockApi, method: str, template: str) -> Any:
    return next(o.example for o in mock_api.ops if (o.method, o.template) == (method, template))


GET_CONN = ("GET", "/connections/{slug}")
EXECUTE = ("POST", "/connections/{slug}/actions/{action}/execute")
UNSUB = ("DELETE", "/subscribers/{id}")


def _get(client: Any) -> Any:
    return client.get_connection(SLUG)


def _post(client: Any) -> Any:
    return client.execute_action(SLUG, "a", {"input": {}})


def _delete(client: Any) -> Any:
    return client.unsubscribe(77)


CALLS = {"GET": (GET_CONN, _get), "POST": (EXECUTE, _post), "DELETE": (UNSUB, _delete)}


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
    _script(mock_api, *route, failure, failure, 200)
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
    _script(mock_api, *route, failure, 200)
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
        _post,
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
            _script(mock_api, "POST", op.template, failure, 200)
    with pytest.raises(sdk.ConnectionsError):
        run(call(client))
    assert len(mock_api.requests) == 1
    assert clock.sleeps == []


def test_retries_stop_after_max_retries(
    client: AnyClient, run: Runner, mock_api: MockApi, clock: Clock
) -> None:
    _script(mock_api, *GET_CONN, 503, 503, 503, 503)
    with pytest.raises(sdk.InternalServerError):
        run(_get(client))
    assert len(mock_api.requests) == 3  # first try + max_retries=2


def test_max_retries_zero_disables_retries(
    client: AnyClient, run: Runner, mock_api: MockApi, clock: Clock
) -> None:
    _script(mock_api, *GET_CONN, 503, 200)
    with pytest.raises(sdk.InternalServerError):
        run(_get(client.with_options(max_retries=0)))
    assert len(mock_api.requests) == 1


def test_other_errors_are_not_retried(
    client: AnyClient, run: Runner, mock_api: MockApi, clock: Clock
) -> None:
    _script(mock_api, *GET_CONN, 404, 200)
    with pytest.raises(sdk.NotFoundError):
        run(_get(client))
    assert len(mock_api.requests) == 1


# -- delays ---------------------------------------------------------------------------------


def test_retry_after_seconds_is_honoured(
    client: AnyClient, run: Runner, mock_api: MockApi, clock: Clock
) -> None:
    _script(mock_api, *EXECUTE, httpx.Response(429, headers={"Retry-After": "7"}), 200)
    run(_post(client))
    assert clock.sleeps == [7.0]


def test_retry_after_http_date_is_honoured(
    client: AnyClient, run: Runner, mock_api: MockApi, clock: Clock
) -> None:
    when = datetime.now(timezone.utc) + timedelta(seconds=30)
    header = format_datetime(when, usegmt=True)
    _script(mock_api, *GET_CONN, httpx.Response(503, headers={"Retry-After": header}), 200)
    run(_get(client))
    assert len(clock.sleeps) == 1
    assert 25.0 <= clock.sleeps[0] <= 31.0


def test_retry_after_beyond_60_seconds_is_not_retried(
    client: AnyClient, run: Runner, mock_api: MockApi, clock: Clock
) -> None:
    _script(mock_api, *GET_CONN, httpx.Response(429, headers={"Retry-After": "61"}), 200)
    with pytest.raises(sdk.RateLimitError) as info:
        run(_get(client))
    assert info.value.retry_after == 61.0
    assert len(mock_api.requests) == 1
    assert clock.sleeps == []


def test_backoff_doubles_from_half_a_second_to_eight_with_jitter(
    client: AnyClient, run: Runner, mock_api: MockApi, clock: Clock
) -> None:
    _script(mock_api, *GET_CONN, *([503] * 7), 200)
    run(_get(client.with_options(max_retries=7)))
    assert len(clock.sleeps) == 7
    for attempt, delay in enumerate(clock.sleeps):
        top = min(8.0, 0.5 * 2**attempt)
        assert 0.75 * top <= delay <= top, (attempt, delay)


def test_backoff_bounds_are_exact_at_the_ends_of_the_jitter() -> None:
    assert backoff_delay(0, lambda: 0.0) == 0.5
    assert backoff_delay(0, lambda: 1.0) == 0.375
    assert backoff_delay(3, lambda: 0.0) == 4.0
    assert backoff_delay(10, lambda: 0.0) == 8.0


# -- per-call options -----------------------------------------------------------------------


def test_with_options_shares_the_pool_and_changes_only_its_copy(
    client: AnyClient, run: Runner, mock_api: MockApi, clock: Clock
) -> None:
    quick = client.with_options(timeout_seconds=1.5, max_retries=0)
    assert quick._send_loop.http is client._send_loop.http
    assert quick._send_loop.max_retries == 0
    assert client._send_loop.max_retries == 2
    run(_get(quick))
    assert mock_api.last.extensions["timeout"] == {
        "connect": 1.5,
        "read": 1.5,
        "write": 1.5,
        "pool": 1.5,
    }
    run(_get(client))
    assert mock_api.last.extensions["timeout"]["read"] != 1.5
    _script(mock_api, *GET_CONN, 503, 200)
    with pytest.raises(sdk.InternalServerError):
        run(_get(quick))
    run(_get(client))  # the original still retries


def test_with_options_copy_does_not_close_the_shared_pool(mock_api: MockApi) -> None:
    client = ConnectionsClient(BASE, "t")
    client.with_options(max_retries=1).close()
    assert not client._send_loop.http.is_closed
    client.close()
    assert client._send_loop.http.is_closed


def test_default_timeout_comes_from_the_config() -> None:
    config = sdk.ConnectionsClientConfig(base_url=BASE, timeout_seconds=12.0)
    client = ConnectionsClient.from_config(config)
    assert client._send_loop.http.timeout == httpx.Timeout(12.0)
    client.close()


# -- auto-paging ----------------------------------------------------------------------------


def _pages(
    mock_api: MockApi, template: str, key: str, make: Callable[[int, int], dict[str, Any]]
) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", "1"))
        per_page = int(request.url.params.get("perPage", "20"))
        body = make(page, per_page)
        body.setdefault("count", len(body.get(key, [])))  # always sent (the contract)
        return httpx.Response(200, json=body)

    mock_api.overrides[("GET", template)] = answer


def _conns(n: int, start: int = 0) -> list[dict[str, Any]]:
    return [
        {"id": start + i, "slug": f"c{start + i}", "display_name": f"C {start + i}"}
        for i in range(n)
    ]


def test_iterate_stops_on_a_short_page(client: AnyClient, run: Runner, mock_api: MockApi) -> None:
    total = 25
    _pages(mock_api, "/connections", "connections", lambda p, pp: {
        "count": 99999,  # never trusted
        "connections": _conns(max(0, min(pp, total - (p - 1) * pp)), (p - 1) * pp),
    })  # fmt: skip
    items = run.collect(client.iter_connections(per_page=10, q="c"))
    assert [c.id for c in items] == list(range(25))
    assert all(isinstance(c, sdk.models.ConnectionOut) for c in items)
    assert [wire(r)[2] for r in mock_api.requests] == [
        "page=1&perPage=10&q=c",
        "page=2&perPage=10&q=c",
        "page=3&perPage=10&q=c",
    ]


def test_a_record_with_an_unknown_date_form_does_not_stop_paging(
    client: AnyClient, run: Runner, mock_api: MockApi
) -> None:
    def page(p: int, pp: int) -> dict[str, Any]:
        conns = _conns(pp if p < 3 else 1, (p - 1) * pp)
        for conn in conns:
            conn["updated_at"] = "2026-01-05T09:30:00Z"
        if p == 2:
            conns[0]["updated_at"] = "last Tuesday"
        return {"connections": conns}

    _pages(mock_api, "/connections", "connections", page)
    items = run.collect(client.iter_connections(per_page=4))
    assert [c.id for c in items] == list(range(9))
    bad = items[4]
    assert bad.to_dict()["updated_at"] == "last Tuesday"
    with pytest.raises(ValueError, match=r"ConnectionOut\.updated_at"):
        _ = bad.updated_at
    assert all(c.updated_at is not None for c in items if c is not bad)


def test_iterate_stops_at_total_pages(client: AnyClient, run: Runner, mock_api: MockApi) -> None:
    _pages(mock_api, "/connections/{slug}/actions", "actions", lambda p, pp: {
        "actions": [{"id": p * 100 + i, "slug": f"a{i}", "name": "n"} for i in range(pp)],
        "page": p, "perPage": pp, "totalPages": 2,
    })  # fmt: skip
    items = run.collect(client.iter_actions(SLUG, per_page=5))
    assert len(items) == 10
    assert len(mock_api.requests) == 2


def test_iterate_stops_on_an_empty_page(client: AnyClient, run: Runner, mock_api: MockApi) -> None:
    _pages(mock_api, "/actions", "actions", lambda p, pp: {
        "actions": [{"id": i, "slug": "a", "name": "n"} for i in range(pp)] if p < 3 else [],
    })  # fmt: skip
    items = run.collect(client.actions_catalog().iterate(per_page=3))
    assert len(items) == 6
    assert len(mock_api.requests) == 3


def test_iterate_uses_the_echoed_per_page(
    client: AnyClient, run: Runner, mock_api: MockApi
) -> None:
    # the server caps perPage at 100 and says so: a full page of 100 is not "short"
    _pages(mock_api, "/connections", "connections", lambda p, pp: {
        "connections": _conns(50 if p < 3 else 10, p * 1000), "perPage": 50,
    })  # fmt: skip
    items = run.collect(client.connections().iterate(per_page=100))
    assert len(items) == 110
    assert len(mock_api.requests) == 3


@pytest.mark.parametrize(("asked", "sent"), [(0, 1), (-5, 1), (1000, 100), (37, 37)])
def test_iterate_clamps_per_page(
    client: AnyClient, run: Runner, mock_api: MockApi, asked: int, sent: int
) -> None:
    _pages(mock_api, "/connections", "connections", lambda p, pp: {"connections": []})
    run.collect(client.iter_connections(per_page=asked))
    assert mock_api.last.url.params["perPage"] == str(sent)


def test_iterate_stops_at_the_hard_cap(
    client: AnyClient, run: Runner, mock_api: MockApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    import facilio_connections_sdk._paging as paging

    monkeypatch.setattr(paging, "MAX_PAGES", 7)
    _pages(mock_api, "/connections", "connections", lambda p, pp: {"connections": _conns(pp)})
    items = run.collect(client.iter_connections(per_page=2))
    assert len(mock_api.requests) == 7
    assert len(items) == 14


def test_the_page_cap_is_the_one_the_paging_guide_states() -> None:
    from facilio_connections_sdk._paging import MAX_PAGES, is_last_page

    assert not is_last_page(MAX_PAGES - 1, 5, 5, None, None)
    assert is_last_page(MAX_PAGES, 5, 5, None, None)  # a full page, no total: the cap alone
    guide = (ROOT / "docs" / "guides" / "paging-and-jobs.md").read_text(encoding="utf-8")
    assert f"after {MAX_PAGES:,} pages".replace(",", " ") in guide


# -- job waiting ----------------------------------------------------------------------------


def _job_states(mock_api: MockApi, *states: str) -> None:
    queue = list(states)

    def answer(request: httpx.Request) -> httpx.Response:
        status = queue.pop(0) if len(queue) > 1 else queue[0]
        return httpx.Response(200, json={"job_id": "j1", "status": status, "result": {"n": 1}})

    mock_api.overrides[("GET", "/jobs/{job_id}")] = answer


def test_wait_polls_until_the_job_finishes(
    client: AnyClient, run: Runner, mock_api: MockApi, clock: Clock
) -> None:
    _job_states(mock_api, "queued", "running", "running", "succeeded")
    job = run(client.jobs().wait("j1", timeout=60, poll_interval=1.0))
    assert job.status == "succeeded"
    assert job.result == {"n": 1}
    assert len(mock_api.requests) == 4
    assert clock.sleeps == [1.0, 1.5, 2.25]  # gentle backoff


def test_wait_for_job_flat_returns_failed_jobs_too(
    client: AnyClient, run: Runner, mock_api: MockApi, clock: Clock
) -> None:
    _job_states(mock_api, "queued", "failed")
    job = run(client.wait_for_job("j1", poll_interval=0.5))
    assert job.status == sdk.models.JobStatus.failed


def test_wait_raises_timeout_at_the_deadline(
    client: AnyClient, run: Runner, mock_api: MockApi, clock: Clock
) -> None:
    _job_states(mock_api, "running")
    with pytest.raises(sdk.ConnectionsTimeoutError, match="still running after 10 s"):
        run(client.jobs().wait("j1", timeout=10, poll_interval=1.0))
    assert sum(clock.sleeps) == pytest.approx(10.0)
    assert max(clock.sleeps) <= 5.0


def test_wait_keeps_polling_through_statuses_it_does_not_know(
    client: AnyClient, run: Runner, mock_api: MockApi, clock: Clock
) -> None:
    # a status the spec does not list as final is not final: a newer server's "retrying" or
    # "paused" must not end the wait while the job is still going
    _job_states(mock_api, "queued", "retrying", "paused", "succeeded")
    job = run(client.wait_for_job("j1", timeout=60, poll_interval=1.0))
    assert job.status == "succeeded"
    assert len(mock_api.requests) == 4


def test_wait_on_an_unknown_status_ends_at_the_timeout(
    client: AnyClient, run: Runner, mock_api: MockApi, clock: Clock
) -> None:
    _job_states(mock_api, "retrying")
    with pytest.raises(sdk.ConnectionsTimeoutError, match="still retrying after 10 s"):
        run(client.jobs().wait("j1", timeout=10, poll_interval=1.0))


def test_wait_stops_on_each_status_the_spec_states_is_final(
    client: AnyClient, run: Runner, mock_api: MockApi, clock: Clock, spec: dict[str, Any]
) -> None:
    final = spec["components"]["schemas"]["JobStatus"]["x-final"]
    assert final  # the spec states them; the SDK does not keep its own list
    for status in final:
        mock_api.requests.clear()
        _job_states(mock_api, "queued", status)
        job = run(client.wait_for_job("j1", poll_interval=0.5))
        assert job.status == status
        assert len(mock_api.requests) == 2


# -- logging --------------------------------------------------------------------------------


def test_logs_each_attempt_and_retry_without_secrets(
    mock_api: MockApi, caplog: pytest.LogCaptureFixture
) -> None:
    config = sdk.ConnectionsClientConfig(
        base_url=BASE,
        service_token="tok-XYZ",
        csrf_token="csrf-XYZ",
        extra_headers={"Cookie": "JSESSIONID=cookie-XYZ"},
    )
    client = ConnectionsClient.from_config(
        config, http_client=httpx.Client(transport=httpx.MockTransport(mock_api.handler))
    )
    client._send_loop.sleep = lambda _s: None
    _script(mock_api, *GET_CONN, 503, 200)
    with caplog.at_level(logging.DEBUG, logger="facilio_connections_sdk"):
        client.get_connection(SLUG)
    ours = [r for r in caplog.records if r.name == "facilio_connections_sdk"]
    debug = [r.getMessage() for r in ours if r.levelno == logging.DEBUG]
    warning = [r.getMessage() for r in ours if r.levelno == logging.WARNING]
    assert len(debug) == 2
    assert debug[0].startswith(f"GET /connections/{SLUG} -> 503 in ")
    assert debug[0].endswith("(attempt 1)")
    assert debug[1].endswith("(attempt 2)")
    assert len(warning) == 1
    assert "HTTP 503" in warning[0]
    assert "retry 1 of 2" in warning[0]
    text = caplog.text
    for secret in ("tok-XYZ", "csrf-XYZ", "cookie-XYZ"):
        assert secret not in text


# -- sync and async are the same client -----------------------------------------------------


def _session(client: Any) -> list[Any]:
    return [
        client.list_connections(page=2, per_page=5, q="x", filter="all"),
        client.execute_action(SLUG, "a", {"input": {"k": "v"}}, async_=True, source="s"),
        client.connection(SLUG).sql().select({"table": "t", "limit": 3}, account_slug="acc"),
        client.subscribe(SLUG, "t", target_url="https://h.example.com", account="a1"),
        client.unsubscribe("77"),
        client.authorize(SLUG, scope="read"),
    ]


def test_sync_and_async_send_identical_requests(spec: dict[str, Any], openapi: Any) -> None:
    import asyncio

    sync_api, async_api = MockApi(spec, openapi), MockApi(spec, openapi)
    sync = ConnectionsClient(
        BASE, "t", http_client=httpx.Client(transport=httpx.MockTransport(sync_api.handler))
    )
    _session(sync)

    async def main() -> None:
        http = httpx.AsyncClient(transport=httpx.MockTransport(async_api.handler))
        client = AsyncConnectionsClient(BASE, "t", http_client=http)
        for pending in _session(client):
            await pending

    asyncio.run(main())

    def seen(api: MockApi) -> list[Any]:
        return [(*wire(r), sorted(r.headers.items())) for r in api.requests]

    assert seen(sync_api) == seen(async_api)
    assert len(sync_api.requests) == 6


# -- configuration from the environment -----------------------------------------------------


def test_from_env_reads_every_field() -> None:
    env = {
        "FACILIO_CONNECTIONS_BASE_URL": "https://tenant.example.com/api/v1",
        "FACILIO_CONNECTIONS_SERVICE_TOKEN": "tok",
        "FACILIO_CONNECTIONS_ORG_DOMAIN": "acme",
        "FACILIO_CONNECTIONS_CURRENT_SITE": "3",
        "FACILIO_CONNECTIONS_CSRF_TOKEN": "c",
        "FACILIO_CONNECTIONS_ORG_GROUP": "g",
        "FACILIO_CONNECTIONS_ORG_ID": "9",
        "FACILIO_CONNECTIONS_TIMEOUT_SECONDS": "12.5",
        "FACILIO_CONNECTIONS_MAX_RETRIES": "4",
        "FACILIO_CONNECTIONS_VERIFY": "false",
        "FACILIO_CONNECTIONS_EXTRA_HEADERS": '{"Cookie": "a=b"}',
    }
    client = ConnectionsClient.from_env(env)
    cfg = client.config
    assert cfg.origin == "https://tenant.example.com"
    assert (cfg.service_token, cfg.org_domain, cfg.current_site) == ("tok", "acme", "3")
    assert (cfg.csrf_token, cfg.org_group, cfg.org_id) == ("c", "g", "9")
    assert (cfg.timeout_seconds, cfg.max_retries, cfg.verify) == (12.5, 4, False)
    assert cfg.extra_headers == {"Cookie": "a=b"}
    assert client._send_loop.max_retries == 4
    client.close()


def test_from_env_without_url_says_what_to_set() -> None:
    with pytest.raises(ValueError, match="FACILIO_CONNECTIONS_BASE_URL is not set"):
        ConnectionsClient.from_env({})


@pytest.mark.parametrize(
    ("name", "value"),
    [("MAX_RETRIES", "lots"), ("TIMEOUT_SECONDS", "soon"), ("EXTRA_HEADERS", "[1]")],
)
def test_from_env_rejects_malformed_values(name: str, value: str) -> None:
    env = {"FACILIO_CONNECTIONS_BASE_URL": BASE, f"FACILIO_CONNECTIONS_{name}": value}
    with pytest.raises(ValueError, match=name):
        ConnectionsClient.from_env(env)


@pytest.mark.parametrize("verify", [False, certifi.where()])
def test_verify_is_passed_to_httpx(monkeypatch: pytest.MonkeyPatch, verify: Any) -> None:
    seen: dict[str, Any] = {}
    real_client = httpx.Client.__init__
    real_transport = httpx.HTTPTransport.__init__

    def spy_client(self: httpx.Client, **kwargs: Any) -> None:
        seen.update(kwargs)
        real_client(self, **kwargs)

    def spy_transport(self: httpx.HTTPTransport, **kwargs: Any) -> None:
        seen["transport_verify"] = kwargs.get("verify")
        kwargs["verify"] = True
        real_transport(self, **kwargs)

    monkeypatch.setattr(httpx.Client, "__init__", spy_client)
    monkeypatch.setattr(httpx.HTTPTransport, "__init__", spy_transport)
    config = sdk.ConnectionsClientConfig(base_url=BASE, verify=verify)
    ConnectionsClient.from_config(config).close()
    if verify is False:
        assert seen["transport_verify"] is False
    else:  # a CA bundle path: an SSL context holding it (a path is deprecated in httpx)
        context = seen["transport_verify"]
        assert isinstance(context, ssl.SSLContext)
        assert context.cert_store_stats()["x509_ca"] > 0
    # redirects are the SDK's own decision, never httpx's
    assert seen["follow_redirects"] is False


# ---- URLs: parsed once per path and query, the query encoded exactly as 0.x encodes it ----

# (query items, the raw query 0.x puts on the wire): percent-encoding with no safe characters
_QUERIES: list[tuple[list[tuple[str, str]], bytes]] = [
    ([], b""),
    ([("page", "2"), ("perPage", "50")], b"?page=2&perPage=50"),
    ([("relay_id", "r 1")], b"?relay_id=r%201"),
    ([("q", "a b&c=d/e?f#g+h")], b"?q=a%20b%26c%3Dd%2Fe%3Ff%23g%2Bh"),
    ([("q", "100%25 done")], b"?q=100%2525%20done"),  # a % is data, not an escape
    ([("q", "naïve ✓"), ("filter", "all")], b"?q=na%C3%AFve%20%E2%9C%93&filter=all"),
    ([("account_slug", "acc 2~x-y_z.w")], b"?account_slug=acc%202~x-y_z.w"),
    ([("version", "")], b"?version="),
]


@pytest.mark.parametrize(("query", "raw"), _QUERIES, ids=repr)
def test_built_urls_encode_the_query_as_0x_does(query: list[tuple[str, str]], raw: bytes) -> None:
    from facilio_connections_sdk._request import Call
    from facilio_connections_sdk._request_factory import RequestFactory

    factory = RequestFactory.create(httpx.Client(), sdk.ConnectionsClientConfig(BASE))
    call = Call("GET", "/connections/a%20b", sdk.models.ConnectionList, params=query or None)
    first, again = (
        factory.build(call, factory.credentials.headers),
        factory.build(call, factory.credentials.headers),
    )  # a miss, then a hit
    assert first.url.raw_path == again.url.raw_path == b"/api/v1/connections/a%20b" + raw
    assert list(first.url.params.multi_items()) == query  # and it decodes back to the values


def test_building_many_distinct_urls_keeps_memory_bounded_and_urls_correct() -> None:
    import tracemalloc

    from facilio_connections_sdk._request import Call
    from facilio_connections_sdk._request_factory import RequestFactory

    factory = RequestFactory.create(httpx.Client(), sdk.ConnectionsClientConfig(BASE))

    def build(pages: range) -> None:
        for page in pages:
            call = Call(
                "GET", "/connections", sdk.models.ConnectionList, params=[("page", str(page))]
            )
            request = factory.build(call, factory.credentials.headers)
            assert request.url.params["page"] == str(page)

    build(range(500))  # whatever a cache keeps, it is full now
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        build(range(500, 5_500))
        growth = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert growth < 100_000, f"{growth:,} bytes kept after 5 000 distinct URLs"


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


# -- settings from the environment -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "proxy"), [("http://proxy.internal:3128", "http://proxy.internal:3128"), ("", None)]
)
def test_the_proxy_is_read_from_the_environment(value: str, proxy: str | None) -> None:
    env = {"FACILIO_CONNECTIONS_BASE_URL": MOCK_BASE, "FACILIO_CONNECTIONS_PROXY": value}
    assert sdk.ConnectionsClientConfig.from_env(env).proxy == proxy


def test_a_token_file_of_exactly_64_kib_is_read_and_one_byte_more_is_refused(
    tmp_path: Path,
) -> None:
    path = tmp_path / "token"
    path.write_bytes(b"t" * (64 * 1024))
    assert sdk.FileToken(path)() == "t" * (64 * 1024)
    path.write_bytes(b"t" * (64 * 1024 + 1))
    with pytest.raises(sdk.ConnectionsError, match="larger than 64 KiB"):
        sdk.FileToken(path)()


@pytest.mark.parametrize("value", [("a.txt",), ("a.txt", b"x", "text/plain", "extra")])
def test_a_file_tuple_of_another_length_is_refused_before_sending(value: Any) -> None:
    client, sent, _ = mock_client(mock_ok)
    with pytest.raises(ValueError, match=r"use \(filename, data\) or \(filename, data, type\)"):
        client.execute_action("crm", "upload", files={"doc": value})
    assert sent == []


def test_a_hand_made_api_error_has_no_request_id() -> None:
    error = sdk.ConnectionsApiError("GET /x -> HTTP 500: boom", status_code=500, body="")
    assert error.request_id is None


def test_the_smallest_server_timeout_is_one_millisecond() -> None:
    client, sent, _ = mock_client(lambda _r: httpx.Response(200, json={"status": "success"}))
    client.execute_action("crm", "add", {"input": {}}, timeout_ms=1)
    assert sent[0].url.params["timeout_ms"] == "1"


@pytest.mark.parametrize("base_url", ["", "   ", 8080])
def test_an_empty_or_non_string_base_url_is_refused_saying_what_is_expected(
    base_url: Any,
) -> None:
    with pytest.raises(ValueError, match="base_url must be a non-empty URL such as https://"):
        sdk.ConnectionsClientConfig(base_url=base_url)


def _made_by_config() -> ConnectionsClient:
    config = sdk.ConnectionsClientConfig("http://tenant.example.com", "tok-1")
    return ConnectionsClient.from_config(config)  # this line


@pytest.mark.parametrize(
    "make",
    [
        lambda: ConnectionsClient("http://tenant.example.com", "tok-1"),  # this line
        _made_by_config,
    ],
)
def test_the_plain_http_warning_points_at_the_line_that_made_the_client(
    make: Callable[[], ConnectionsClient],
) -> None:
    with pytest.warns(UserWarning, match="plain http://") as warned:
        client = make()
    client.close()
    assert warned[0].filename == __file__
    assert "# this line" in Path(__file__).read_text().splitlines()[warned[0].lineno - 1]


def test_a_base_url_with_a_space_is_refused() -> None:
    with pytest.raises(ValueError, match="must not contain spaces"):
        sdk.ConnectionsClientConfig(base_url="https://tenant .example.com")


def test_a_missing_token_file_is_named_with_the_systems_reason(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-token"
    with pytest.raises(sdk.ConnectionsError) as caught:
        sdk.FileToken(missing)()
    reason = os.strerror(errno.ENOENT)  # "No such file or directory"
    assert str(caught.value) == f"token file {missing}: {reason}; nothing was sent"
