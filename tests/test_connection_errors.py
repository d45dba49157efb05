"""Whether a request that got no answer may have run: ``ConnectionsConnectionError.may_have_run``
and its message, from real sockets on 127.0.0.1 (refused, TLS to a plain server, dropped)."""

from __future__ import annotations

import asyncio
import pickle
import socket
import threading
from collections.abc import Iterator
from contextlib import suppress

import httpx
import pytest

from facilio_connections_sdk import (
    AsyncConnectionsClient,
    ConnectionsClient,
    ConnectionsConnectionError,
)
from tests.servers import RawServer


def _run(base_url: str, kind: str) -> ConnectionsConnectionError:
    """``execute_action`` (a POST: never retried once it may have reached the server)."""
    if kind == "sync":
        with (
            ConnectionsClient(base_url, "tok", max_retries=0) as client,
            pytest.raises(ConnectionsConnectionError) as caught,
        ):
            client.execute_action("crm", "create", {"input": {}})
        return caught.value

    async def run() -> ConnectionsConnectionError:
        client = AsyncConnectionsClient(base_url, "tok", max_retries=0)
        async with client:
            with pytest.raises(ConnectionsConnectionError) as caught:
                await client.execute_action("crm", "create", {"input": {}})
        return caught.value

    return asyncio.run(run())


@pytest.fixture
def closed_port() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.fixture
def plain_server() -> Iterator[str]:
    """Answers every connection at once with plain HTTP bytes: a TLS handshake fails on them."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(4)
    done = threading.Event()

    def serve() -> None:
        while not done.is_set():
            try:
                conn, _ = sock.accept()
            except OSError:
                return
            with conn, suppress(OSError):
                conn.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{sock.getsockname()[1]}"
    done.set()
    with suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)  # wakes the accept (a close alone does not, on Linux)
    sock.close()
    thread.join(5)


KINDS = pytest.mark.parametrize("kind", ["sync", "async"])


@KINDS
def test_a_refused_connection_certainly_did_not_run(closed_port: str, kind: str) -> None:
    error = _run(closed_port, kind)
    assert error.may_have_run is False
    assert "never reached the server" in str(error)


@KINDS
def test_a_failed_tls_handshake_certainly_did_not_run(plain_server: str, kind: str) -> None:
    error = _run(plain_server, kind)
    assert error.may_have_run is False
    assert "never reached the server" in str(error)


@KINDS
def test_a_request_sent_and_dropped_without_an_answer_may_have_run(kind: str) -> None:
    server = RawServer(b"")  # reads the whole request, then closes without a word
    error = _run(server.base_url, kind)
    assert server.requests  # it did arrive
    assert error.may_have_run is True
    assert "may have reached the server: check before running it again" in str(error)


def test_a_name_that_does_not_resolve_did_not_run() -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[Errno -2] Name or service not known", request=request)

    transport = httpx.MockTransport(fail)
    with (
        ConnectionsClient(
            "https://nowhere.test",
            "tok",
            max_retries=0,
            http_client=httpx.Client(transport=transport),
        ) as client,
        pytest.raises(ConnectionsConnectionError) as caught,
    ):
        client.execute_action("crm", "create")
    assert caught.value.may_have_run is False


def test_a_token_provider_that_fails_sends_nothing_and_says_so() -> None:
    def provider() -> str:
        raise RuntimeError("vault down")

    with (
        ConnectionsClient("http://127.0.0.1:9", provider, max_retries=0) as client,
        pytest.raises(ConnectionsConnectionError) as caught,
    ):
        client.execute_action("crm", "create")
    assert caught.value.may_have_run is False


def test_may_have_run_survives_a_pickle_and_defaults_to_the_careful_answer() -> None:
    for value in (True, False):
        error = ConnectionsConnectionError("boom", may_have_run=value)
        assert pickle.loads(pickle.dumps(error)).may_have_run is value
    assert ConnectionsConnectionError("made by hand").may_have_run is True
