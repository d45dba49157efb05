"""``response_of(result)``: the status, headers, request id, attempts, elapsed time and retry
waits of a typed result — flat and fluent, sync and async, paged — leaving the result as it was."""

from __future__ import annotations

import asyncio
import gc
import pickle
from typing import Any

import httpx
import pytest

from facilio_connections_sdk import (
    AsyncConnectionsClient,
    ConnectionsClient,
    ResponseInfo,
    models,
    response_of,
)

CONNECTION = {"id": 7, "slug": "crm", "display_name": "CRM"}


def _client(handler: Any, **options: Any) -> ConnectionsClient:
    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = ConnectionsClient("https://h.test", "tok", http_client=http, **options)
    client._send_loop.sleep = lambda seconds: None  # the retry waits are recorded, not slept
    return client


def _ok(request: httpx.Request) -> httpx.Response:
    headers = {"x-request-id": "req-1", "x-ratelimit-remaining": "41", "set-cookie": "s=abc"}
    return httpx.Response(200, json={"connection": CONNECTION}, headers=headers)


def test_a_result_tells_its_status_headers_and_request_id() -> None:
    with _client(_ok) as client:
        for result in (client.get_connection("crm"), client.connection("crm").get()):
            info = response_of(result)
            assert isinstance(info, ResponseInfo)
            assert info.status_code == 200
            assert info.request_id == "req-1"
            assert info.headers["x-ratelimit-remaining"] == "41"
            assert info.attempts == 1
            assert info.retry_waits == ()
            assert info.elapsed >= 0
            # the headers' repr never shows a cookie
            assert "abc" not in repr(info.headers)
            assert "abc" not in repr(info)


def test_attempts_and_waits_count_the_retries() -> None:
    answers = iter([503, 503, 200])

    def flaky(request: httpx.Request) -> httpx.Response:
        status = next(answers)
        if status == 503:
            return httpx.Response(503, headers={"retry-after": "2"}, json={"error": "busy"})
        return _ok(request)

    with _client(flaky) as client:
        info = response_of(client.get_connection("crm"))
    assert info.attempts == 3
    assert info.retry_waits == (2.0, 2.0)


def test_the_async_client_and_an_executor_tell_it_too() -> None:
    def run(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            202, json={"status": "queued", "job_id": "j1"}, headers={"x-request-id": "q"}
        )

    async def main() -> ResponseInfo:
        http = httpx.AsyncClient(transport=httpx.MockTransport(run))
        async with AsyncConnectionsClient("https://h.test", "tok", http_client=http) as client:
            queued = await client.execute_sql_select("db", {"table": "t"}, async_=True)
            return response_of(queued)

    info = asyncio.run(main())
    assert (info.status_code, info.request_id) == (202, "q")


def test_a_paging_iterator_tells_its_latest_page() -> None:
    pages = []

    def listing(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        pages.append(page)
        items = [dict(CONNECTION, id=page)] if page < 3 else []
        body = {"count": len(items), "connections": items}
        return httpx.Response(200, json=body, headers={"x-page": str(page)})

    with _client(listing) as client:
        iterator = client.iter_connections(per_page=1)
        next(iterator)
        assert response_of(iterator).headers["x-page"] == "1"
        assert [c.id for c in iterator] == [2]
        assert response_of(iterator).headers["x-page"] == "3"


def test_the_result_is_unchanged_and_its_record_goes_with_it() -> None:
    with _client(_ok) as client:
        result = client.get_connection("crm")
        plain = models.ConnectionDetail.model_validate({"connection": CONNECTION})
        assert result == plain
        assert result.to_dict() == plain.to_dict() == {"connection": CONNECTION}
        assert result.model_dump() == plain.model_dump()
        copy = pickle.loads(pickle.dumps(result))
        assert copy == result
        with pytest.raises(ValueError, match=r"client\.request"):
            response_of(copy)  # a copy is not the result the call returned
        with pytest.raises(ValueError, match="HTTP 204"):
            response_of(None)
        from facilio_connections_sdk import _responses

        entry = _responses._RECORDS[id(result)]
        del result
        gc.collect()
        assert entry[0]() is None  # the result is gone: nothing kept it alive
        assert all(kept is not entry for kept in _responses._RECORDS.values())
