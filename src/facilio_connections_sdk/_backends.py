"""The HTTP clients the SDK builds for itself: httpx's own, or httpx on aiohttp (async only).

The aiohttp backend (extra ``aiohttp``, package ``httpx-aiohttp``) serves several times more
requests per second under concurrency. Its stock error mapping turns a dropped connection into
``httpx.ConnectTimeout`` — a "never sent" error that would let a POST be re-sent. The wrapper
here maps aiohttp's errors by what actually happened, so the retry table stays safe, and
maps every error of aiohttp's own (a parser error included) so none escapes as itself.

Every client built here has ``follow_redirects=False``: redirects are the SDK's decision
(``_redirects.redirect_target``), and the send loops never ask httpx to follow one.
"""

from __future__ import annotations

import os
import ssl
import urllib.request
from collections.abc import AsyncIterator, Callable
from typing import Any, Literal, NoReturn

import httpx

from facilio_connections_sdk._config import ConnectionsClientConfig
from facilio_connections_sdk._deadline import install_deadline_backend

__all__ = [
    "HttpBackend",
    "adopt_async_http_client",
    "adopt_sync_http_client",
    "make_async_http_client",
    "make_sync_http_client",
]

HttpBackend = Literal["httpx", "aiohttp"]


def _verify(verify: bool | str) -> bool | ssl.SSLContext:
    """``verify`` as httpx takes it without a deprecation warning: a CA bundle path (or a
    directory of CA files) becomes an SSL context."""
    if isinstance(verify, bool):
        return verify
    if os.path.isdir(verify):
        # OpenSSL's capath reads only files named by their subject hash (c_rehash): a folder of
        # plain CA files (company-ca.pem) is read file by file as well
        context = ssl.create_default_context(capath=verify)
        for entry in sorted(os.scandir(verify), key=lambda e: e.name):
            if entry.is_file():
                try:
                    context.load_verify_locations(cafile=entry.path)
                except (ssl.SSLError, OSError, ValueError):
                    continue  # not a certificate file: a README, a key, ...
        return context
    return ssl.create_default_context(cafile=verify)


def make_sync_http_client(config: ConnectionsClientConfig) -> httpx.Client:
    # httpx builds the transports itself, so the environment's proxies apply as they do for
    # httpx.Client() (a client built with transport= ignores them)
    client = httpx.Client(
        verify=_verify(config.verify),
        timeout=config.timeout_seconds,
        follow_redirects=False,
        proxy=config.proxy,
    )
    for transport in _transports(client):
        install_deadline_backend(transport)  # each attempt ends by its deadline, body included
    return client


# httpx's private names of a client's transports (tests rename each)
_TRANSPORT = "_transport"
_MOUNTS = "_mounts"


def _transports(client: httpx.Client) -> list[httpx.HTTPTransport]:
    """The httpx transports of a client: the default one and one per proxy route or mount.

    httpx keeps them in ``_transport`` and ``_mounts``; a release that renames them leaves
    the list empty (each attempt is then bounded by its outer deadline only).
    """
    found = [getattr(client, _TRANSPORT, None), *getattr(client, _MOUNTS, {}).values()]
    return [t for t in found if isinstance(t, httpx.HTTPTransport)]


def adopt_sync_http_client(client: httpx.Client) -> None:
    """A caller's ``httpx.Client``: its httpx transports end each SDK attempt by its deadline,
    headers included, whatever the client's own timeout. The deadline backend clamps a socket
    operation only while an SDK attempt runs on the thread: the caller's own requests on that
    client keep their timeouts exactly. Transports httpx did not build are left alone."""
    for transport in _transports(client):
        install_deadline_backend(transport)


def adopt_async_http_client(client: httpx.AsyncClient) -> None:
    """A caller's ``httpx.AsyncClient`` needs nothing: an async attempt's deadline is a cancel
    scope, whatever the transport."""


def make_async_http_client(
    config: ConnectionsClientConfig, backend: HttpBackend = "httpx"
) -> httpx.AsyncClient:
    if backend == "httpx":
        return httpx.AsyncClient(
            timeout=config.timeout_seconds,
            follow_redirects=False,
            verify=_verify(config.verify),
            proxy=config.proxy,
        )
    if backend == "aiohttp":
        return httpx.AsyncClient(
            transport=_aiohttp_transport(config),
            timeout=config.timeout_seconds,
            follow_redirects=False,
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
    verify = _verify(config.verify)

    def make(proxy: str | None) -> httpx.AsyncBaseTransport:
        via = httpx.Proxy(proxy) if proxy else None
        return _SafeErrors(AiohttpTransport(verify=verify, limits=limits, proxy=via))

    return _ProxyRoutes(make, config.proxy)


_PROXY_KEYS = ("http", "https", "all")


class _ProxyRoutes(httpx.AsyncBaseTransport):
    """One transport per proxy, picked by the request's URL: ``proxy`` for every request, or
    the environment's ``HTTP_PROXY``, ``HTTPS_PROXY`` and ``ALL_PROXY`` (read when the client is
    built, as httpx reads them) and ``NO_PROXY`` (Python's own reading of it). The choice is
    kept per origin, so a request pays one dictionary look-up for it."""

    def __init__(self, make: Callable[[str | None], httpx.AsyncBaseTransport], proxy: str | None):
        self._proxy = proxy
        self._environ: dict[str, str] = {} if proxy else urllib.request.getproxies()
        self._routes: dict[tuple[bytes, bytes, int | None], httpx.AsyncBaseTransport] = {}
        # built now, not at the first request: a transport builds its SSL context (tens of
        # milliseconds), which must not eat into the first attempt's deadline
        wanted = {proxy} if proxy else {None, *(self._environ.get(s) for s in _PROXY_KEYS)}
        self._transports = {via: make(via) for via in wanted if via or via is None}

    def _choose(self, url: httpx.URL) -> str | None:
        if self._proxy:
            return self._proxy
        proxy = self._environ.get(url.scheme) if url.scheme in _PROXY_KEYS else None
        proxy = proxy or self._environ.get("all")
        if proxy and urllib.request.proxy_bypass(url.host):  # NO_PROXY
            return None
        return proxy

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        key = (url.raw_scheme, url.raw_host, url.port)
        transport = self._routes.get(key)
        if transport is None:
            transport = self._routes[key] = self._transports[self._choose(url)]
        return await transport.handle_async_request(request)

    async def aclose(self) -> None:
        for transport in self._transports.values():
            await transport.aclose()


def _remap(exc: BaseException) -> httpx.TransportError | None:
    """The httpx error that says what really happened to the request (None: not aiohttp's).

    ``exc`` is httpx-aiohttp's mapped error (its cause is aiohttp's) or aiohttp's own.
    """
    import aiohttp
    from aiohttp import http_exceptions

    cause = exc.__cause__ if isinstance(exc, httpx.TransportError) else exc
    if cause is None:
        return exc if isinstance(exc, httpx.TransportError) else None
    message = f"{type(cause).__name__}: {cause}"
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
    if isinstance(cause, (aiohttp.ClientError, http_exceptions.HttpProcessingError)):
        # an answer aiohttp could not parse (bad status line, framing, headers): sent already
        return httpx.RemoteProtocolError(message)
    if isinstance(exc, httpx.TransportError):
        return exc
    return None


def _raise_remapped(exc: Exception) -> NoReturn:
    """Raise ``_remap`` of ``exc``, or ``exc`` itself (cause and context kept) when it is
    not aiohttp's."""
    mapped = _remap(exc)
    if mapped is None:
        raise exc
    raise mapped from None


class _SafeStream(httpx.AsyncByteStream):
    """The body stream of ``_SafeErrors``: chunks as they come, errors re-mapped.

    An iterator object rather than an async generator, so that ``aclose`` also closes the
    inner stream's iterator (an async generator in httpx-aiohttp) when reading stopped early:
    nothing is left for the event loop to finalize after the response is closed.
    """

    def __init__(self, inner: httpx.AsyncByteStream) -> None:
        self._inner = inner
        self._chunks: AsyncIterator[bytes] | None = None

    def __aiter__(self) -> AsyncIterator[bytes]:
        self._chunks = self._inner.__aiter__()
        return self

    async def __anext__(self) -> bytes:
        if self._chunks is None:
            self._chunks = self._inner.__aiter__()
        try:
            return await self._chunks.__anext__()
        except StopAsyncIteration:
            raise
        except Exception as exc:
            _raise_remapped(exc)

    async def aclose(self) -> None:
        chunks, self._chunks = self._chunks, None
        close = getattr(chunks, "aclose", None)
        try:
            if close is not None:
                await close()
        except Exception as exc:
            _raise_remapped(exc)
        finally:
            await self._inner.aclose()


class _SafeErrors(httpx.AsyncBaseTransport):
    """Wraps a transport, re-mapping its errors (and its body stream's) with ``_remap``."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            response: httpx.Response = await self._inner.handle_async_request(request)
        except Exception as exc:
            _raise_remapped(exc)
        stream = response.stream
        assert isinstance(stream, httpx.AsyncByteStream)
        response.stream = _SafeStream(stream)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()
