"""``request_options=`` on every door: per-call headers, query, timeout and retries, checked before
anything is sent, never in a body, and no credential replaced."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest

from facilio_connections_sdk import AsyncConnectionsClient, ConnectionsApiError, ConnectionsClient
from facilio_connections_sdk.types import RequestOptions

CONNECTION = {"connection": {"id": 1, "slug": "crm", "display_name": "CRM"}}
RUN = {"status": "succeeded", "result": {}}


class Recorder:
    def __init__(self, *statuses: int) -> None:
        self.requests: list[httpx.Request] = []
        self.statuses = list(statuses)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        status = self.statuses.pop(0) if self.statuses else 200
        if status != 200:
            return httpx.Response(status, json={"error": "busy", "message": "busy"})
        body: dict[str, Any] = RUN if request.method == "POST" else CONNECTION
        if request.url.params.get("async") == "true":
            body = {"status": "queued", "job_id": "j1"}
        return httpx.Response(200, json=body)


def _client(recorder: Recorder, **options: Any) -> ConnectionsClient:
    http = httpx.Client(transport=httpx.MockTransport(recorder))
    client = ConnectionsClient("https://h.test", "tok", http_client=http, **options)
    client._send_loop.sleep = lambda seconds: None
    return client


HEADERS: dict[str, str] = {"X-Trace": "t-1", "Idempotency-Key": "k-9"}
QUERY: dict[str, str | int] = {"dry_run": "true"}
OPTIONS: RequestOptions = {"extra_headers": HEADERS, "extra_query": QUERY}


def test_headers_and_query_reach_the_wire_of_every_kind_of_door() -> None:
    recorder = Recorder()
    with _client(recorder) as client:
        client.get_connection("crm", request_options=OPTIONS)
        client.connection("crm").get(request_options=OPTIONS)
        client.execute_sql_select("db", {"table": "t"}, request_options=OPTIONS)
        client.connection("db").sql().select({"table": "t"}, request_options=OPTIONS)
        client.execute_action("crm", "a", {"input": {}}, request_options=OPTIONS)
    for request in recorder.requests:
        assert request.headers["x-trace"] == "t-1"
        assert request.headers["idempotency-key"] == "k-9"
        assert request.headers["x-service-token"] == "tok"  # the client's own, kept
        assert request.url.params["dry_run"] == "true"
        if request.method == "POST":  # never part of a body
            assert "request_options" not in json.loads(request.content)
            assert "extra_headers" not in request.content.decode()


def test_the_door_s_own_query_comes_first() -> None:
    recorder = Recorder()
    with _client(recorder) as client:
        client.execute_sql_select(
            "db", {"table": "t"}, async_=True, request_options={"extra_query": [("x", 1)]}
        )
    assert recorder.requests[0].url.query == b"async=true&x=1"


def test_max_retries_per_call() -> None:
    recorder = Recorder(503, 503, 503)
    with _client(recorder, max_retries=5) as client:
        with pytest.raises(ConnectionsApiError):
            client.get_connection("crm", request_options={"max_retries": 0})
        assert len(recorder.requests) == 1
        recorder.statuses = [503, 503]
        client.get_connection("crm", request_options={"max_retries": 2})
        assert len(recorder.requests) == 1 + 3
        # the client itself is unchanged
        assert client._send_loop.max_retries == 5


def test_timeout_per_call_reaches_the_request() -> None:
    recorder = Recorder()
    with _client(recorder, timeout_seconds=30) as client:
        client.get_connection("crm", request_options={"timeout_seconds": 2.5})
        client.get_connection("crm")
    first, second = (r.extensions["timeout"]["read"] for r in recorder.requests)
    assert first == 2.5
    assert second != 2.5  # the next call has the client's own again


@pytest.mark.parametrize(
    ("options", "error", "words"),
    [
        ({"extra_headers": {"X-Service-Token": "other"}}, ValueError, "cannot replace"),
        ({"extra_headers": {"authorization": "Bearer x"}}, ValueError, "cannot replace"),
        ({"extra_headers": {"Cookie": "s=1"}}, ValueError, "cannot replace"),
        ({"extra_headers": {"Host": "evil.test"}}, ValueError, "cannot replace"),
        ({"extra_headers": {"X-A": "a\r\nX-B: b"}}, ValueError, "control character"),
        ({"extra_query": {"n": None}}, TypeError, "str or an int"),
        ({"timeout_seconds": 0}, ValueError, "timeout_seconds"),
        ({"max_retries": -1}, ValueError, "max_retries"),
        ({"timeout": 3}, ValueError, "unknown key"),
    ],
)
def test_bad_options_are_refused_before_anything_is_sent(
    options: Any, error: type[Exception], words: str
) -> None:
    recorder = Recorder()
    with _client(recorder) as client:
        with pytest.raises(error, match=words):
            client.get_connection("crm", request_options=options)
        with pytest.raises(error, match=words):
            client.execute_http_post("crm", {"path": "/x"}, request_options=options)
    assert recorder.requests == []


def test_a_secret_header_of_the_config_cannot_be_replaced_either() -> None:
    recorder = Recorder()
    with (
        _client(recorder, extra_headers={"X-Api-Key": "k"}) as client,
        pytest.raises(ValueError, match="cannot replace"),
    ):
        client.get_connection("crm", request_options={"extra_headers": {"x-api-key": "mine"}})
    assert recorder.requests == []


def test_the_async_client_takes_them_too() -> None:
    recorder = Recorder()

    async def main() -> None:
        http = httpx.AsyncClient(transport=httpx.MockTransport(recorder))
        async with AsyncConnectionsClient("https://h.test", "tok", http_client=http) as client:
            await client.get_connection("crm", request_options=OPTIONS)
            await client.connection("db").sql().select({"table": "t"}, request_options=OPTIONS)

    asyncio.run(main())
    assert [r.headers["x-trace"] for r in recorder.requests] == ["t-1", "t-1"]


def test_an_iterator_and_a_wait_send_them_with_every_request() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path.startswith("/api/v1/jobs/"):
            done = sum(r.url.path.startswith("/api/v1/jobs/") for r in seen) > 1
            return httpx.Response(
                200, json={"job_id": "j1", "status": "succeeded" if done else "running"}
            )
        page = int(request.url.params.get("page", "1"))
        items = [{"id": page, "slug": f"c{page}", "display_name": "C"}] if page < 3 else []
        return httpx.Response(200, json={"count": len(items), "connections": items})

    with _client(Recorder()) as client:
        client._send_loop.http._transport = httpx.MockTransport(answer)
        list(client.iter_connections(per_page=1, request_options=OPTIONS))
        client.wait_for_job("j1", poll_interval=0.01, request_options=OPTIONS)
        client.template("servicenow").connections(request_options=OPTIONS)
    assert len(seen) == 3 + 2 + 1
    for request in seen:
        assert request.headers["x-trace"] == "t-1"
        assert request.url.params["dry_run"] == "true"


def test_the_headers_one_call_cannot_replace_are_the_ones_codegen_refuses_as_parameters() -> None:
    """Two views of one rule (the SDK owns its credentials): the send loop refuses them in
    ``extra_headers``, the codegen refuses them as header parameters; codegen does not import
    the package it generates, so the two lists are held together here."""
    from codegen.surface import OWN_HEADERS
    from facilio_connections_sdk._config import _CREDENTIAL_HEADERS, _FRAMING_HEADERS

    assert _CREDENTIAL_HEADERS | _FRAMING_HEADERS <= OWN_HEADERS
