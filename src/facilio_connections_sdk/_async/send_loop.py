"""The send loop: send, follow safe redirects, read within limits, retry by the shared table,
parse (the sync twin is generated)."""

from __future__ import annotations

import asyncio
import inspect
import time
import warnings
from collections.abc import AsyncGenerator, Awaitable, Callable
from contextlib import aclosing
from dataclasses import replace
from datetime import timedelta
from typing import TYPE_CHECKING, Any, TypeVar, cast

import httpx

from facilio_connections_sdk._body import BodyReader
from facilio_connections_sdk._config import outside_the_package, resolve_options
from facilio_connections_sdk._deadline import AsyncDeadline
from facilio_connections_sdk._errors import (
    ERROR_BODY_LIMIT,
    ConnectionsApiError,
    ConnectionsConnectionError,
    ConnectionsError,
    mask_secrets,
    provider_timeout,
)
from facilio_connections_sdk._httpx_shortcut import HEADER_ITEMS, direct_transport, received
from facilio_connections_sdk._log import log_attempt, log_retry
from facilio_connections_sdk._parse import parse_response, release
from facilio_connections_sdk._redirects import redirect_target
from facilio_connections_sdk._request import Call
from facilio_connections_sdk._request_factory import RequestFactory
from facilio_connections_sdk._responses import RETIRING, deprecation_notice, record
from facilio_connections_sdk._retry import (
    error_retry_delay,
    masked_cause,
    status_retry_delay,
    transport_error,
)

if TYPE_CHECKING:
    from facilio_connections_sdk._config import ConnectionsClientConfig
    from facilio_connections_sdk._drift import DriftReport
    from facilio_connections_sdk.models import ApiModel

__all__ = ["AsyncSendLoop"]

M = TypeVar("M", bound="ApiModel")


class AsyncSendLoop:
    """Sends ``Call`` objects through one ``httpx.AsyncClient``.

    ``timeout_seconds`` bounds each attempt end to end (connect, send, redirects, the whole
    body); ``max_response_bytes`` bounds a body after decompression (``None``: no limit).
    """

    def __init__(
        self,
        http: httpx.AsyncClient,
        config: ConnectionsClientConfig,
        *,
        owns_http: bool,
        requests: RequestFactory | None = None,
        sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.http: httpx.AsyncClient = http
        self.config: ConnectionsClientConfig = config
        self.requests: RequestFactory = (
            RequestFactory.create(http, config) if requests is None else requests
        )
        # read on every attempt: kept as attributes (the config is frozen: they never drift)
        self.max_retries: int = config.max_retries
        self.timeout_seconds: float = config.timeout_seconds
        self.max_response_bytes: int | None = config.max_response_bytes
        self.owns_http: bool = owns_http
        # what answers carry that the spec does not know, when the config asks for it
        self.drift: DriftReport | None = None
        if config.record_drift:  # loaded only when asked for: importing the SDK stays cheap
            from facilio_connections_sdk._drift import DriftReport

            self.drift = DriftReport()
        self.sleep: Callable[[float], Awaitable[Any]] = sleep
        self.clock: Callable[[], float] = clock
        # the operations a server's Deprecation / Sunset header was warned about (once each)
        self.deprecations: set[str] = set()

    def with_config(self, config: ConnectionsClientConfig) -> AsyncSendLoop:
        """A send loop on the same HTTP client and credentials with ``config``'s retries,
        timeout and body limit (the HTTP client stays its first owner's to close)."""
        requests = self.requests
        if config.timeout_seconds != self.config.timeout_seconds:
            requests = requests.with_timeout(httpx.Timeout(config.timeout_seconds))
        copy = AsyncSendLoop(
            self.http,
            config,
            owns_http=False,
            requests=requests,
            sleep=self.sleep,
            clock=self.clock,
        )
        copy.drift = self.drift  # one record for a client and its copies
        copy.deprecations = self.deprecations  # and one warning per operation
        return copy

    async def send(self, call: Call[M]) -> M:
        """Send ``call`` (retrying only what is safe to retry); the answer parsed as its model.

        A 401 is answered once more, whatever the method, when the token changed since the
        attempt was sent (a token provider's new value, or ``update_token``): the server did
        not process the request, so nothing runs twice.
        """
        if call.options is not None:
            return await self._send_with_options(call)
        attempt = 0
        renewed = False
        credentials = self.requests.credentials
        checked: httpx.Headers | None = None  # the snapshot a 401 check asked the provider for
        begun = time.perf_counter()
        tries = 0  # requests sent (attempt counts retries; a renewed 401 is a try, not one)
        waits: list[float] = []
        try:
            while True:
                tries += 1
                # the token provider's time counts against the attempt's deadline
                deadline = time.monotonic() + self.timeout_seconds
                if checked is not None:
                    headers = checked
                elif credentials.provider is None:  # a fixed token: the snapshot as it is
                    headers = credentials.headers
                else:
                    headers = await self._headers(deadline)
                checked = None
                started = time.perf_counter()
                try:
                    async with AsyncDeadline(deadline - time.monotonic()):
                        response, content, cut = await self._exchange(call, deadline, headers)
                except httpx.TransportError as exc:
                    log_attempt(call, type(exc).__name__, started, attempt)
                    delay = error_retry_delay(call, exc, attempt)
                    if delay is None or attempt >= self.max_retries:
                        secrets = credentials.secrets()
                        raise transport_error(call, exc, secrets) from masked_cause(exc, secrets)
                    log_retry(call, type(exc).__name__, delay, attempt, self.max_retries)
                    waits.append(delay)
                    await self.sleep(delay)
                    attempt += 1
                    continue
                except httpx.RequestError as exc:  # nothing else of httpx's escapes as itself
                    secrets = credentials.secrets()
                    raise transport_error(call, exc, secrets) from masked_cause(exc, secrets)
                log_attempt(call, response.status_code, started, attempt)
                # a 401 with a token (or CSRF token) that changed since this attempt: once more
                if response.status_code == 401 and not renewed:
                    fresh = await self._headers(time.monotonic() + self.timeout_seconds)
                    if fresh is not headers:  # sent with the very token that was compared
                        renewed, checked = True, fresh
                        log_retry(call, "HTTP 401 with a token that has changed", 0, 0, 1)
                        continue
                if response.status_code >= 400 and attempt < self.max_retries:
                    delay = status_retry_delay(call, response, attempt)
                    if delay is not None:
                        log_retry(
                            call, f"HTTP {response.status_code}", delay, attempt, self.max_retries
                        )
                        waits.append(delay)
                        await self.sleep(delay)
                        attempt += 1
                        continue
                # the final answer, a success or an error: does it announce its retirement?
                # (httpx's lowercased names read directly: ``in`` on Headers costs ~2.5 µs)
                answered = response.headers
                names = getattr(answered, HEADER_ITEMS, None)
                if names is None:  # a later httpx: the public, slower lookup
                    if "deprecation" in answered or "sunset" in answered:
                        self._deprecated(call, answered)
                else:  # no container made per call (it would move the GC's thresholds)
                    for _, name, _ in names:
                        if name in RETIRING:
                            self._deprecated(call, answered)
                            break
                result = parse_response(call, response, content, cut)
                if self.drift is not None and call.parse is None:
                    self.drift.record(result)
                elapsed = time.perf_counter() - begun
                record(result, response.status_code, response.headers, tries, elapsed, (*waits,))
                return result
        except ConnectionsApiError as exc:  # a server that echoes a secret never gets it printed
            mask_secrets(exc, credentials.secrets())
            raise

    def _deprecated(self, call: Call[M], headers: httpx.Headers) -> None:
        """One ``DeprecationWarning`` per operation per client for a server's ``Deprecation`` /
        ``Sunset`` header, at the caller's line (and a line in ``client.drift`` when on)."""
        key = call.operation or f"{call.method} {call.path}"
        if key in self.deprecations:
            return
        self.deprecations.add(key)
        notice = deprecation_notice(call.method, call.path, call.operation, headers)
        if self.drift is not None:
            self.drift.deprecated[key] = notice
        warnings.warn(notice, DeprecationWarning, stacklevel=outside_the_package())

    async def _send_with_options(self, call: Call[M]) -> M:
        """``call`` with its ``request_options=`` applied: its headers and query after the door's
        own, its timeout and retries on a copy of this loop (same pool and credentials)."""
        assert call.options is not None
        headers, query, changes = resolve_options(call.options, self.config)
        call = replace(
            call,
            options=None,
            headers=[*(call.headers or ()), *headers] or None,
            params=[*(call.params or ()), *query] or None,
        )
        loop = self.with_config(replace(self.config, **changes)) if changes else self
        return await loop.send(call)

    async def _headers(self, deadline: float) -> httpx.Headers:
        """The header snapshot of one attempt (with the provider's token, when there is one).

        A provider is called once, within what is left of ``deadline`` (an async one is
        cancelled at it; a sync one cannot be, but its time counts); whatever goes wrong with
        it is a ``ConnectionsError`` and nothing is sent.
        """
        credentials = self.requests.credentials
        provider = credentials.provider
        if provider is None:
            return credentials.headers
        try:
            token: object = provider()
            if inspect.isawaitable(token):  # async-only
                token = await asyncio.wait_for(token, deadline - time.monotonic())  # async-only
            headers = credentials.for_token(token)
        except ConnectionsError as exc:
            # a traceback printed with its frames' locals shows none holding the token
            token = None
            raise exc.with_traceback(None) from None
        except (TimeoutError, asyncio.TimeoutError):  # async-only
            raise provider_timeout(self.timeout_seconds) from None  # async-only
        except Exception as exc:
            raise ConnectionsConnectionError(
                f"the service token provider raised {type(exc).__name__}; nothing was sent",
                may_have_run=False,
            ) from exc
        if time.monotonic() >= deadline:
            raise provider_timeout(self.timeout_seconds)
        return headers

    async def _exchange(
        self, call: Call[M], deadline: float, headers: httpx.Headers
    ) -> tuple[httpx.Response, bytes | bytearray, bool]:
        """One attempt: send, follow same-origin redirects, read the final body.

        Returns the final response, its decoded body and whether an error body was cut.
        """
        request = self.requests.build(call, headers)
        hops = 0
        http = self.http
        while True:
            sent = time.perf_counter()
            direct = direct_transport(http, request.url)
            if direct is None:
                response = await http.send(request, stream=True, follow_redirects=False)
            else:
                response = await direct.handle_async_request(request)
                received(http, request, response)
            try:
                target = redirect_target(call, request, response, hops)
                if target is None:
                    return response, *(await self._read(call, response, deadline))
            finally:
                await response.aclose()
                if direct is not None:  # what http.send's stream wrapper sets on close
                    response.elapsed = timedelta(seconds=time.perf_counter() - sent)
            release(response)
            request = self.requests.redirect(request, target, headers, call.headers)
            hops += 1

    async def _read(
        self, call: Call[M], response: httpx.Response, deadline: float
    ) -> tuple[bytes | bytearray, bool]:
        ok = 200 <= response.status_code < 300
        limit = self.max_response_bytes if ok else ERROR_BODY_LIMIT
        if response.is_stream_consumed:  # a transport that read (and decoded) it itself
            reader = BodyReader(call, response, limit, None, cut=not ok, decoded=True)
            reader.feed(response.content)
            return reader.result(), reader.truncated
        reader = BodyReader(call, response, limit, deadline, cut=not ok)
        # closed here, also when reading stops early: not left for the event loop to finalize
        async with aclosing(cast("AsyncGenerator[bytes, None]", response.aiter_raw())) as chunks:
            async for chunk in chunks:
                if not reader.feed(chunk):
                    break
        return reader.result(), reader.truncated

    async def aclose(self) -> None:
        """Close the HTTP client when the SDK made it (a caller-supplied one is left open)."""
        if self.owns_http:
            await self.http.aclose()
