"""The HTTP clients the SDK builds for itself: httpx's own, or httpx on aiohttp (async only).

The aiohttp backend (extra ``aiohttp``, package ``httpx-aiohttp``) serves several times more
requests per second under concurrency. Its stock error mapping turns a dropped connection into
``httpx.ConnectTimeout`` — a "never sent" error that would let a POST be re-sent. The wrapper
here maps aiohttp's errors by what actually happened, so the retry table stays safe.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, Literal

import httpx

from facilio_connections_sdk._config import ConnectionsClientConfig

__all__ = ["HttpBackend", "make_async_http_client", "make_sync_http_client"]

HttpBackend = Literal["httpx", "aiohttp"]


def make_sync_http_client(config: ConnectionsClientConfig) -> httpx.Client:
    return httpx.Client(timeout=config.timeout_seconds, follow_redirects=True, verify=config.verify)


def make_async_http_client(
    config: ConnectionsClientConfig, backend: HttpBackend = "httpx"
) -> httpx.AsyncClient:
    if backend == "httpx":
        return httpx.AsyncClient(
            timeout=config.timeout_seconds, follow_redirects=True, verify=config.verify
        )
    if backend == "aiohttp":
        return httpx.AsyncClient(
            transport=_aiohttp_transport(config),
            timeout=config.timeout_seconds,
            follow_redirects=True,
        )
    raise ValueError(f"http_backend must be 'httpx' or 'aiohttp', not {backend!r}")


def _aiohttp_transport(config: ConnectionsClientConfig) -> httpx.AsyncBaseTransport:
    try:
        from httpx_aiohttp import AiohttpTransport
    except ImportError:
        raise ImportError(
            "http_backend='aiohttp' needs the 'aiohttp' extra: "
            "pip install 'facilio-connections-sdk[aiohttp]'"
        ) from None
    limits = httpx.Limits(max_connections=100, max_keepalive_connections=100)
    return _SafeErrors(AiohttpTransport(verify=config.verify, limits=limits))


def _remap(exc: httpx.TransportError) -> httpx.TransportError:
    """The httpx error that says what really happened to the request."""
    import aiohttp

    cause = exc.__cause__
    message = str(cause or exc)
    if isinstance(cause, aiohttp.ClientConnectorError):
        return httpx.ConnectError(message)  # the TCP/TLS connection was never made
    if isinstance(cause, aiohttp.ConnectionTimeoutError):
        return httpx.ConnectTimeout(message)
    if isinstance(cause, (aiohttp.SocketTimeoutError, aiohttp.ServerTimeoutError)):
        return httpx.ReadTimeout(message)
    if isinstance(cause, aiohttp.ClientPayloadError):
        return httpx.ReadError(message)
    if isinstance(cause, aiohttp.ClientConnectionError):
        # a dropped or reset connection: the request may have been processed
        return httpx.RemoteProtocolError(message)
    return exc


class _SafeStream(httpx.AsyncByteStream):
    def __init__(self, inner: httpx.AsyncByteStream) -> None:
        self._inner = inner

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._inner:
                yield chunk
        except httpx.TransportError as exc:
            raise _remap(exc) from exc.__cause__

    async def aclose(self) -> None:
        await self._inner.aclose()


class _SafeErrors(httpx.AsyncBaseTransport):
    """Wraps a transport, re-mapping its errors (and its body stream's) with :func:`_remap`."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            response: httpx.Response = await self._inner.handle_async_request(request)
        except httpx.TransportError as exc:
            raise _remap(exc) from exc.__cause__
        stream = response.stream
        assert isinstance(stream, httpx.AsyncByteStream)
        response.stream = _SafeStream(stream)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()
