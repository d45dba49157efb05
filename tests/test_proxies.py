"""Every client the SDK builds honours the environment's proxies as httpx.Client() does, and
an explicit ``proxy=``; a caller's own client keeps its settings.

The proxy is a loopback server that answers absolute-form requests itself; the target
(127.0.0.2, a closed port) is reachable only through it.
"""

from __future__ import annotations

import asyncio
import json
import warnings
from collections.abc import Iterator
from typing import Any

import httpcore
import pytest

import facilio_connections_sdk as sdk
from facilio_connections_sdk import AsyncConnectionsClient, ConnectionsClient
from facilio_connections_sdk._backends import HttpBackend, _transports
from facilio_connections_sdk._deadline import DeadlineBackend
from tests.servers import Answer, HttpServer, Seen, http_server

TARGET = "http://127.0.0.2:9"  # nothing listens there: only the proxy can answer
DETAIL = {"connection": {"id": 1, "slug": "crm", "display_name": "CRM"}, "accounts": []}
PROXY_VARS = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")


def _answer(seen: Seen) -> Answer:
    return Answer(200, [("Content-Type", "application/json")], json.dumps(DETAIL).encode())


@pytest.fixture
def proxy(monkeypatch: pytest.MonkeyPatch) -> Iterator[HttpServer]:
    for name in PROXY_VARS:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    with http_server(_answer) as server:
        yield server


def _get(kind: str, **settings: Any) -> Any:
    if kind == "sync":
        with ConnectionsClient(TARGET, "t", max_retries=0, **settings) as client:
            return client.get_connection("crm")

    async def run() -> Any:
        backend: HttpBackend = "aiohttp" if kind == "aiohttp" else "httpx"
        async with AsyncConnectionsClient(
            TARGET, "t", max_retries=0, http_backend=backend, **settings
        ) as client:
            return await client.get_connection("crm")

    return asyncio.run(run())


KINDS = ["sync", "async", "aiohttp"]


@pytest.mark.parametrize("kind", KINDS)
def test_http_proxy_from_the_environment(
    kind: str, proxy: HttpServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.base_url)
    assert _get(kind).connection.slug == "crm"
    assert [s.path for s in proxy.seen] == [f"{TARGET}/api/v1/connections/crm"]
    assert proxy.seen[0].headers["x-service-token"] == "t"


@pytest.mark.parametrize("kind", KINDS)
def test_all_proxy_from_the_environment(
    kind: str, proxy: HttpServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ALL_PROXY", proxy.base_url)
    assert _get(kind).connection.slug == "crm"
    assert len(proxy.seen) == 1


@pytest.mark.parametrize("kind", KINDS)
def test_no_proxy_sends_that_host_direct(
    kind: str, proxy: HttpServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.base_url)
    monkeypatch.setenv("NO_PROXY", "127.0.0.2")
    with pytest.raises(sdk.ConnectionsConnectionError):
        _get(kind)  # direct to the closed port
    assert proxy.seen == []


@pytest.mark.parametrize("kind", KINDS)
def test_an_explicit_proxy_setting(kind: str, proxy: HttpServer) -> None:
    assert _get(kind, proxy=proxy.base_url).connection.slug == "crm"
    assert len(proxy.seen) == 1


def test_every_transport_of_the_sync_client_keeps_the_attempt_deadline(
    proxy: HttpServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.base_url)
    monkeypatch.setenv("HTTPS_PROXY", proxy.base_url)
    with ConnectionsClient(TARGET, "t") as client:
        transports = _transports(client._send_loop.http)
    assert len(transports) == 3  # direct, http:// and https:// through the proxy
    for transport in transports:
        pool = transport._pool
        assert isinstance(pool, httpcore.ConnectionPool)
        assert isinstance(pool._network_backend, DeadlineBackend)


def test_the_proxy_password_is_never_shown() -> None:
    config = sdk.ConnectionsClientConfig(TARGET, proxy="http://user:hunter2@127.0.0.1:3128")
    assert "hunter2" not in repr(config)
    assert "127.0.0.1:3128" in repr(config)
    with pytest.raises(ValueError, match="proxy must be a URL") as caught:
        sdk.ConnectionsClientConfig(TARGET, proxy="ftp://user:hunter2@proxy")
    assert "hunter2" not in str(caught.value)


def test_a_ca_bundle_path_raises_no_deprecation_warning() -> None:
    import certifi

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ConnectionsClient(TARGET, "t", verify=certifi.where()).close()

        async def build() -> None:
            await AsyncConnectionsClient(TARGET, "t", verify=certifi.where()).aclose()

        asyncio.run(build())
