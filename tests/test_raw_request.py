"""``client.request(method, path, ...)``: a path the spec does not name yet, with the SDK's
rules (retries, a POST never re-sent, typed errors, limits, checks before sending)."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest

from facilio_connections_sdk import (
    AsyncConnectionsClient,
    ConnectionsClient,
    ConnectionsConnectionError,
    NotFoundError,
    models,
    response_of,
)

DETAIL = {"connection": {"id": 1, "slug": "crm", "display_name": "CRM"}}


def _client(handler: Any, **options: Any) -> ConnectionsClient:
    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = ConnectionsClient("https://h.test", "tok", http_client=http, **options)
    client._send_loop.sleep = lambda seconds: None
    return client


def test_a_typed_result_from_a_path_the_spec_does_not_name() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=DETAIL, headers={"x-request-id": "r1"})

    with _client(answer) as client:
        detail = client.request(
            "get", "/connections/crm/health", params={"deep": 1}, cast_to=models.ConnectionDetail
        )
        raw = client.request("POST", "/connections/crm/ping", json={"n": 1})
    assert isinstance(detail, models.ConnectionDetail)
    assert detail.connection.slug == "crm"
    assert raw.to_dict() == DETAIL  # no model: the JSON object, as sent
    assert response_of(detail).request_id == "r1"
    assert seen[0].method == "GET"
    assert seen[0].url.raw_path == b"/api/v1/connections/crm/health?deep=1"
    assert seen[0].headers["x-service-token"] == "tok"
    assert (seen[1].method, json.loads(seen[1].content)) == ("POST", {"n": 1})


def test_a_post_is_never_re_sent_and_a_get_is() -> None:
    calls: list[str] = []

    def drop(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        raise httpx.ReadTimeout("no answer", request=request)

    with _client(drop, max_retries=2) as client:
        with pytest.raises(ConnectionsConnectionError) as caught:
            client.request("POST", "/connections/crm/ping")
        assert caught.value.may_have_run is True
        assert calls == ["POST"]
        with pytest.raises(ConnectionsConnectionError):
            client.request("GET", "/connections/crm")
        assert calls == ["POST", "GET", "GET", "GET"]


def test_errors_are_typed() -> None:
    def missing(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, json={"error": "not_found", "message": "no such thing"})

    with _client(missing) as client, pytest.raises(NotFoundError, match="no such thing"):
        client.request("GET", "/nothing/here")


@pytest.mark.parametrize(
    ("method", "path", "words"),
    [
        ("TRACE", "/connections", "method must be one of"),
        ("GET", "connections", "path must be a path of the API"),
        ("GET", "//evil.test/x", "path must be a path of the API"),
        ("GET", "https://evil.test/x", "path must be a path of the API"),
        ("GET", "/connections?x=1", "no query"),
        ("GET", "/a b", "path must be a path of the API"),
        ("GET", "/connections/../admin", "'..' segments"),
    ],
)
def test_a_bad_method_or_path_is_refused_before_sending(method: str, path: str, words: str) -> None:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={})

    with _client(answer) as client:
        with pytest.raises(ValueError, match=words):
            client.request(method, path)
        with pytest.raises(ValueError, match="not a JSON number"):
            client.request("POST", "/x", json={"n": float("nan")})
    assert sent == []


def test_the_async_client_has_it_too() -> None:
    async def main() -> models.ConnectionDetail:
        http = httpx.AsyncClient(
            transport=httpx.MockTransport(lambda r: httpx.Response(200, json=DETAIL))
        )
        async with AsyncConnectionsClient("https://h.test", "tok", http_client=http) as client:
            return await client.request("GET", "/connections/crm", cast_to=models.ConnectionDetail)

    assert asyncio.run(main()).connection.id == 1
