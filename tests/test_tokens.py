"""Tokens that change under a long-running client: update_token, providers, the 401 refresh."""

from __future__ import annotations

import asyncio
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

import facilio_connections_sdk as sdk
from facilio_connections_sdk import AsyncConnectionsClient, ConnectionsClient, FileToken
from tests.support import mock_client, mock_ok

BASE = "https://tenant.example.com"
SLUG = "crm"
DETAIL = {"connection": {"id": 1, "slug": SLUG, "display_name": "CRM"}, "accounts": []}
RUN = {"status": "success", "result": {}}


class Server:
    """A mock server recording every request; ``answers`` are served in order, then 200s."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.answers: list[int] = []
        self.lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            self.requests.append(request)
            status = self.answers.pop(0) if self.answers else 200
        if status != 200:
            return httpx.Response(status, json={"error": "e", "message": f"HTTP {status}"})
        return httpx.Response(200, json=RUN if request.method == "POST" else DETAIL)

    def tokens(self) -> list[str | None]:
        return [r.headers.get("x-service-token") for r in self.requests]


@pytest.fixture
def server() -> Server:
    return Server()


def _sync(server: Server, token: Any = "t1", **kw: Any) -> ConnectionsClient:
    http = httpx.Client(transport=httpx.MockTransport(server))
    return ConnectionsClient(BASE, token, http_client=http, **kw)


def _async(server: Server, token: Any = "t1", **kw: Any) -> AsyncConnectionsClient:
    http = httpx.AsyncClient(transport=httpx.MockTransport(server))
    return AsyncConnectionsClient(BASE, token, http_client=http, **kw)


def _counter(*tokens: str | None) -> tuple[Callable[[], str | None], list[int]]:
    """A provider handing out ``tokens`` in turn (the last one for ever), and its call count."""
    calls = [0]

    def provide() -> str | None:
        calls[0] += 1
        return tokens[min(calls[0], len(tokens)) - 1]

    return provide, calls


# -- update_token -------------------------------------------------------------------------


def test_update_token_applies_to_the_next_request_and_to_with_options_copies(
    server: Server,
) -> None:
    client = _sync(server)
    copy = client.with_options(max_retries=0)
    client.get_connection(SLUG)
    client.update_token("t2")
    copy.get_connection(SLUG)  # the copy must not keep the old token
    copy.update_token("t3")
    client.get_connection(SLUG)  # nor the original, when the copy rotated it
    client.update_token(None)
    client.get_connection(SLUG)
    assert server.tokens() == ["t1", "t2", "t3", None]


def test_update_csrf_token(server: Server) -> None:
    client = _sync(server, None, csrf_token="c1", extra_headers={"Cookie": "JSESSIONID=s"})
    client.get_connection(SLUG)
    client.update_csrf_token("c2")
    client.get_connection(SLUG)
    assert [r.headers.get("x-csrf-token") for r in server.requests] == ["c1", "c2"]
    assert all(r.headers["cookie"] == "JSESSIONID=s" for r in server.requests)


@pytest.mark.parametrize("bad", ["t\n", "a\rb", 42])
def test_a_bad_new_token_is_refused_and_the_old_one_kept(server: Server, bad: Any) -> None:
    client = _sync(server)
    with pytest.raises((ValueError, TypeError)):
        client.update_token(bad)
    client.get_connection(SLUG)
    assert server.tokens() == ["t1"]


# -- providers ---------------------------------------------------------------------------


def test_a_provider_is_called_once_per_attempt(server: Server) -> None:
    provide, calls = _counter("p1", "p2")
    client = _sync(server, provide)
    server.answers = [503]  # a GET is retried: two attempts, two calls
    client.with_options(max_retries=1).get_connection(SLUG)
    assert calls[0] == 2
    assert server.tokens() == ["p1", "p2"]
    assert "p1" not in repr(client.config)  # the config shows a provider, never a token


def test_an_async_client_takes_a_coroutine_provider(server: Server) -> None:
    async def provide() -> str:
        await asyncio.sleep(0)
        return "async-token"

    async def run() -> None:
        async with _async(server, provide) as client:
            await client.get_connection(SLUG)

    asyncio.run(run())
    assert server.tokens() == ["async-token"]


def test_the_sync_client_refuses_a_coroutine_provider_clearly(server: Server) -> None:
    async def provide() -> str:
        return "x"

    client = _sync(server, provide)
    with pytest.raises(sdk.ConnectionsError, match="AsyncConnectionsClient"):
        client.get_connection(SLUG)
    assert server.requests == []


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_provider_that_raises_sends_nothing(server: Server, kind: str) -> None:
    boom = RuntimeError("vault unreachable")

    def provide() -> str:
        raise boom

    def call() -> object:
        if kind == "sync":
            return _sync(server, provide).get_connection(SLUG)
        return asyncio.run(_async(server, provide).get_connection(SLUG))

    with pytest.raises(sdk.ConnectionsConnectionError, match="nothing was sent") as info:
        call()
    assert info.value.__cause__ is boom
    assert server.requests == []


# -- the 401 refresh ---------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_401_post_is_sent_again_once_with_the_new_token(server: Server, kind: str) -> None:
    provide, _ = _counter("old", "new")
    server.answers = [401]
    body: dict[str, Any] = {"input": {"x": 1}}  # a dict built elsewhere, as 0.x code has it
    if kind == "sync":
        result = _sync(server, provide).execute_action(SLUG, "a", body)
    else:
        result = asyncio.run(_async(server, provide).execute_action(SLUG, "a", body))
    assert result.status == "success"
    assert [r.method for r in server.requests] == ["POST", "POST"]  # exactly twice
    assert server.tokens() == ["old", "new"]
    assert server.requests[0].content == server.requests[1].content


def test_a_401_is_sent_again_never_more_than_once(server: Server) -> None:
    provide, calls = _counter("a", "b", "c", "d")
    server.answers = [401, 401, 401]
    with pytest.raises(sdk.AuthenticationError):
        _sync(server, provide).execute_action(SLUG, "a")
    assert len(server.requests) == 2  # never three times
    # "b", read after the first 401, is the token compared and the token re-sent with
    assert server.tokens() == ["a", "b"]
    assert calls[0] == 2  # one provider call per request sent


def test_a_401_with_an_unchanged_token_is_raised_at_once(server: Server) -> None:
    provide, calls = _counter("same")
    server.answers = [401]
    with pytest.raises(sdk.AuthenticationError):
        _sync(server, provide).execute_action(SLUG, "a")
    assert len(server.requests) == 1
    assert calls[0] == 2  # asked once more, got the same token: nothing re-sent


def test_a_static_token_401_is_raised_as_before(server: Server) -> None:
    server.answers = [401]
    with pytest.raises(sdk.AuthenticationError):
        _sync(server).get_connection(SLUG)
    assert len(server.requests) == 1


# -- a mounted secret --------------------------------------------------------------------


def test_from_env_reads_a_token_file_again_when_it_changes(server: Server, tmp_path: Path) -> None:
    secret = tmp_path / "token"
    secret.write_text("first-token\n", encoding="utf-8")
    env = {
        "FACILIO_CONNECTIONS_BASE_URL": BASE,
        "FACILIO_CONNECTIONS_SERVICE_TOKEN_FILE": str(secret),
    }
    http = httpx.Client(transport=httpx.MockTransport(server))
    client = ConnectionsClient.from_env(env, http_client=http)
    client.get_connection(SLUG)
    secret.write_text("second-token-rotated\n", encoding="utf-8")
    stat = secret.stat()
    os.utime(secret, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))  # a later mtime
    client.get_connection(SLUG)
    assert server.tokens() == ["first-token", "second-token-rotated"]
    assert "first-token" not in repr(client.config)
    assert isinstance(client.config.service_token, FileToken)


def test_token_and_token_file_together_are_refused() -> None:
    env = {
        "FACILIO_CONNECTIONS_BASE_URL": BASE,
        "FACILIO_CONNECTIONS_SERVICE_TOKEN": "t",
        "FACILIO_CONNECTIONS_SERVICE_TOKEN_FILE": "/run/secrets/token",
    }
    with pytest.raises(ValueError, match="not both"):
        sdk.ConnectionsClientConfig.from_env(env)


# -- rotation under load -----------------------------------------------------------------


def _check_whole(server: Server, tokens: set[str]) -> None:
    for request in server.requests:
        values = request.headers.get_list("x-service-token")
        assert len(values) == 1, values  # never two tokens, never none
        assert values[0] in tokens  # never a torn or foreign value
        for name, value in {"accept": "application/json", "x-csrf-token": "csrf"}.items():
            assert request.headers.get_list(name) == [value]


@pytest.fixture
def rotated() -> set[str]:
    return {f"token-{n:04d}-" + "x" * (n % 7) for n in range(200)}


def test_rotating_while_20_threads_send_never_mixes_headers(
    server: Server, rotated: set[str]
) -> None:
    client = _sync(server, "token-start", csrf_token="csrf", org_id=7)
    stop = threading.Event()
    failures: list[BaseException] = []

    def worker() -> None:
        try:
            while not stop.is_set():
                client.get_connection(SLUG)
        except BaseException as exc:  # pragma: no cover - reported below
            failures.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(20)]
    for thread in threads:
        thread.start()
    for token in sorted(rotated):
        client.update_token(token)
    stop.set()
    for thread in threads:
        thread.join()
    assert failures == []
    assert len(server.requests) >= 20
    _check_whole(server, rotated | {"token-start"})


def test_rotating_while_200_tasks_send_never_mixes_headers(
    server: Server, rotated: set[str]
) -> None:
    async def run() -> None:
        client = _async(server, "token-start", csrf_token="csrf", org_id=7)
        order = sorted(rotated)

        async def task(n: int) -> None:
            await client.get_connection(SLUG)
            client.update_token(order[n])  # rotations interleave with sends
            await client.execute_action(SLUG, "a")

        await asyncio.gather(*(task(n) for n in range(200)))

    asyncio.run(run())
    assert len(server.requests) == 400
    _check_whole(server, rotated | {"token-start"})


def test_a_rotated_token_is_masked_in_errors_like_the_first_one() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        token = request.headers["x-service-token"]
        raise httpx.ConnectError(f"proxy refused request with X-Service-Token: {token}")

    client = ConnectionsClient(
        BASE, "first-secret-token", http_client=httpx.Client(transport=httpx.MockTransport(refuse))
    )
    client.update_token("rotated-secret-token")
    with pytest.raises(sdk.ConnectionsConnectionError) as info:
        client.with_options(max_retries=0).get_connection(SLUG)
    assert "rotated-secret-token" not in str(info.value)


# -- rotating the CSRF token beside the service token ----------------------------------------------


def test_a_new_csrf_token_keeps_the_service_token() -> None:
    client, sent, _ = mock_client(mock_ok, csrf_token="csrf-1")
    client.update_csrf_token("csrf-2")
    client.get_connection("crm")
    assert sent[-1].headers["X-Service-Token"] == "tok-1"
    assert sent[-1].headers["X-CSRF-Token"] == "csrf-2"


def test_a_fixed_token_replaces_a_token_provider() -> None:
    calls: list[int] = []

    def provider() -> str:
        calls.append(1)
        return "from-provider"

    client, sent, _ = mock_client(mock_ok, token=provider)
    client.get_connection("crm")
    client.update_token("fixed")
    client.get_connection("crm")
    assert [r.headers["X-Service-Token"] for r in sent] == ["from-provider", "fixed"]
    assert len(calls) == 1  # not asked again once a fixed token is set


def test_a_new_csrf_token_reaches_requests_while_a_provider_is_in_use() -> None:
    client, sent, _ = mock_client(mock_ok, token=lambda: "from-provider", csrf_token="csrf-1")
    client.get_connection("crm")
    client.update_csrf_token("csrf-2")
    client.get_connection("crm")
    assert [r.headers["X-CSRF-Token"] for r in sent] == ["csrf-1", "csrf-2"]
    assert {r.headers["X-Service-Token"] for r in sent} == {"from-provider"}
