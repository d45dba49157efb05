"""The aiohttp backend keeps the retry table safe: errors are mapped by what happened."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import aiohttp
import httpx
import pytest

from facilio_connections_sdk import AsyncConnectionsClient, ConnectionsClientConfig
from facilio_connections_sdk._backends import _remap, _SafeStream, make_async_http_client
from facilio_connections_sdk._retry import MAYBE_SENT, NEVER_SENT


def _wrapped(cause: BaseException) -> httpx.TransportError:
    # what httpx-aiohttp raises: some httpx error, with aiohttp's error as the cause
    outer = httpx.ConnectTimeout(str(cause))
    outer.__cause__ = cause
    return outer


class _Key:
    host, port, is_ssl, ssl, proxy, proxy_auth, proxy_headers_hash = (
        "h",
        1,
        False,
        None,
        None,
        None,
        None,
    )


@pytest.mark.parametrize(
    ("cause", "expected", "never_sent"),
    [
        (aiohttp.ClientConnectorError(_Key(), OSError(111, "refused")), httpx.ConnectError, True),  # type: ignore[arg-type]
        (aiohttp.ConnectionTimeoutError("connect"), httpx.ConnectTimeout, True),
        (aiohttp.SocketTimeoutError("read"), httpx.ReadTimeout, False),
        (aiohttp.ServerTimeoutError("read"), httpx.ReadTimeout, False),
        (aiohttp.ServerDisconnectedError(), httpx.RemoteProtocolError, False),
        (aiohttp.ClientOSError(104, "reset"), httpx.RemoteProtocolError, False),
        (aiohttp.ClientPayloadError("cut"), httpx.ReadError, False),
    ],
)
def test_aiohttp_errors_are_mapped_by_what_happened(
    cause: BaseException, expected: type[httpx.TransportError], never_sent: bool
) -> None:
    mapped = _remap(_wrapped(cause))
    assert type(mapped) is expected
    assert isinstance(mapped, NEVER_SENT) is never_sent  # checked first by the retry table
    assert isinstance(mapped, MAYBE_SENT) or never_sent


def test_an_unknown_backend_is_refused() -> None:
    config = ConnectionsClientConfig(base_url="https://tenant.example.com")
    with pytest.raises(ValueError, match="http_backend"):
        make_async_http_client(config, "requests")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="http_backend"):
        AsyncConnectionsClient("https://tenant.example.com", "t", http_backend="curl")  # type: ignore[call-overload]


class _Inner(httpx.AsyncByteStream):
    """A body stream whose iterator is an async generator, as httpx-aiohttp's is."""

    def __init__(
        self, fail: BaseException | None = None, fail_on_close: BaseException | None = None
    ) -> None:
        self.fail = fail
        self.fail_on_close = fail_on_close
        self.events: list[str] = []

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            yield b"first"
            if self.fail is not None:
                raise self.fail
            yield b"second"
        finally:
            self.events.append("iterator closed")
            if self.fail_on_close is not None:
                raise self.fail_on_close

    async def aclose(self) -> None:
        self.events.append("stream closed")


def test_closing_the_body_early_closes_the_inner_iterator_too() -> None:
    inner = _Inner()
    stream = _SafeStream(inner)

    async def read_one_then_close() -> bytes:
        chunk = await anext(aiter(stream))  # reading stops early (a size limit, a deadline)
        await stream.aclose()
        return chunk

    assert asyncio.run(read_one_then_close()) == b"first"
    # the generator is closed by aclose itself, not later by the event loop's finalizer
    assert inner.events == ["iterator closed", "stream closed"]


def test_errors_inside_the_body_are_remapped() -> None:
    stream = _SafeStream(_Inner(fail=aiohttp.ClientPayloadError("cut")))

    async def read_all() -> list[bytes]:
        return [chunk async for chunk in stream]

    with pytest.raises(httpx.ReadError, match="ClientPayloadError: cut"):
        asyncio.run(read_all())


def test_an_error_while_closing_is_remapped_and_the_stream_still_closed() -> None:
    inner = _Inner(fail_on_close=aiohttp.ServerDisconnectedError())
    stream = _SafeStream(inner)

    async def read_one_then_close() -> None:
        await anext(aiter(stream))
        await stream.aclose()

    with pytest.raises(httpx.RemoteProtocolError, match="ServerDisconnectedError"):
        asyncio.run(read_one_then_close())
    assert inner.events == ["iterator closed", "stream closed"]


def test_each_backend_keeps_the_connections_the_performance_guide_states() -> None:
    import asyncio
    import re
    from pathlib import Path

    from facilio_connections_sdk import AsyncConnectionsClient, ConnectionsClient

    guide = Path(__file__).resolve().parent.parent / "docs" / "guides" / "performance.md"
    text = " ".join(guide.read_text("utf-8").split())
    found = re.search(r"Both backends open up to (\d+) connections", text)
    idle = re.search(r"keeps up to (\d+) idle ones alive", text)
    assert found is not None
    assert idle is not None
    stated, stated_idle = int(found[1]), int(idle[1])
    with ConnectionsClient("https://h.test", "t") as client:
        pool = client._send_loop.http._transport._pool  # type: ignore[attr-defined]
        assert pool._max_connections == stated

    async def aiohttp_limit() -> tuple[int, int]:
        async with AsyncConnectionsClient("https://h.test", "t", http_backend="aiohttp") as c:
            transport = c._send_loop.http._transport._transports[None]._inner  # type: ignore[attr-defined]
            limits: tuple[int, int] = (
                transport.limits.max_connections,
                transport.limits.max_keepalive_connections,
            )
            return limits

    assert asyncio.run(aiohttp_limit()) == (stated, stated_idle)
