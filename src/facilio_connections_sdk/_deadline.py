"""One deadline per attempt: connect, send, redirects and reading the whole body.

httpx bounds each socket operation, not the whole exchange: a server that trickles a byte
every half second keeps a call with a 1 s timeout open for ever. Here the send loops run each
attempt inside a deadline:

- async: a cancel scope (``asyncio.timeout`` on 3.11+, a timer that cancels the task on
  3.10), whatever the transport (httpx's or aiohttp's);
- sync: a per-thread deadline that the SDK's own connection pool reads before every socket
  operation (``DeadlineBackend`` clamps each read, write and connect to the time left).
  With a caller's own ``httpx.Client`` the body reader still checks the deadline between
  chunks, so a trickling body stops at most one read timeout late.

When the deadline passes, the attempt fails as ``httpx.ReadTimeout`` (the request may have
been sent), so the retry table treats it like any other read timeout.
"""

from __future__ import annotations

import asyncio
import sys
import threading
import time
from collections.abc import Iterable
from types import TracebackType
from typing import Any

import httpcore
import httpx

__all__ = ["AsyncDeadline", "Deadline", "DeadlineBackend", "expired"]

_local = threading.local()


def expired(seconds: float) -> httpx.ReadTimeout:
    return httpx.ReadTimeout(f"the attempt did not finish within {seconds:g} s")


class Deadline:
    """``with Deadline(seconds):`` — the sync attempt's deadline for this thread."""

    __slots__ = ("_previous", "seconds")

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds

    def __enter__(self) -> None:
        self._previous = getattr(_local, "deadline", None)
        _local.deadline = time.monotonic() + self.seconds

    def __exit__(self, *exc_info: object) -> None:
        _local.deadline = self._previous


class _Timeout310:
    """``asyncio.timeout`` for Python 3.10: a timer that cancels the task at the deadline."""

    def __init__(self, seconds: float) -> None:
        self._seconds = seconds
        self._fired = False

    async def __aenter__(self) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._handle = asyncio.get_running_loop().call_later(self._seconds, self._fire, task)

    def _fire(self, task: asyncio.Task[Any]) -> None:
        self._fired = True
        task.cancel()

    async def __aexit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: object
    ) -> None:
        self._handle.cancel()
        if self._fired and kind is asyncio.CancelledError:
            raise TimeoutError


class AsyncDeadline:
    """``async with AsyncDeadline(seconds):`` — the attempt's deadline as a cancel scope."""

    __slots__ = ("_scope", "seconds")

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds

    async def __aenter__(self) -> None:
        if sys.version_info >= (3, 11):
            self._scope: Any = asyncio.timeout(self.seconds)
        else:  # pragma: no cover - exercised on 3.10 only
            self._scope = _Timeout310(self.seconds)
        await self._scope.__aenter__()

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            await self._scope.__aexit__(kind, exc, tb)
        except TimeoutError:
            raise expired(self.seconds) from None


def _left(timeout: float | None, kind: type[httpcore.TimeoutException]) -> float | None:
    """``timeout`` clamped to what is left of this thread's deadline."""
    deadline: float | None = getattr(_local, "deadline", None)
    if deadline is None:
        return timeout
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise kind("the attempt's deadline passed")
    return remaining if timeout is None else min(timeout, remaining)


class _DeadlineStream(httpcore.NetworkStream):
    __slots__ = ("_inner",)

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        inner = self._inner.start_tls(
            ssl_context, server_hostname, _left(timeout, httpcore.ConnectTimeout)
        )
        return _DeadlineStream(inner)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    """A network backend whose every socket operation ends by the thread's deadline."""

    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_tcp(
            host, port, _left(timeout, httpcore.ConnectTimeout), local_address, socket_options
        )
        return _DeadlineStream(stream)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_unix_socket(
            path, _left(timeout, httpcore.ConnectTimeout), socket_options
        )
        return _DeadlineStream(stream)

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


# httpx's and httpcore's private names the deadline reads: when a release renames one, the
# pool is left as it is and the attempt's outer deadline bounds the call (tests rename each).
_POOL = "_pool"
_NETWORK_BACKEND = "_network_backend"


def install_deadline_backend(transport: httpx.HTTPTransport) -> bool:
    """Make the SDK's own pool read this thread's deadline; False when httpx changed shape.

    httpx does not expose its pool's network backend; this reaches into ``_pool`` of a
    transport the SDK itself built (never a caller's). A test fails if it stops applying.
    """
    pool = getattr(transport, _POOL, None)
    backend = getattr(pool, _NETWORK_BACKEND, None)
    if not isinstance(backend, httpcore.NetworkBackend):
        return False
    if not isinstance(backend, DeadlineBackend):
        setattr(pool, _NETWORK_BACKEND, DeadlineBackend(backend))
    return True
