"""Serve an emulator on 127.0.0.1 from a background thread, for tests and the demo."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
from collections.abc import Iterable, Iterator
from typing import Any

import h11
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from facilio_connections_sdk._config import is_loopback_host as _is_loopback
from facilio_connections_sdk.testing._app import Emulator

__all__ = ["EmulatorServer", "run_emulator"]

START_TIMEOUT = 10.0
# Open connections the emulator keeps at once; more are closed as they arrive.
MAX_CONNECTIONS = 200
# Seconds a connection may sit idle (before its first request, or between requests).
IDLE_TIMEOUT = 5.0
# Seconds a client has to send a request's headers, counted from the connection (or the end of
# the previous answer): a byte now and then does not keep a slot (slowloris).
HEADER_TIMEOUT = 10.0


class _GuardedH11(H11Protocol):
    """uvicorn's HTTP/1.1 protocol with a cap on open connections, an idle timer from the moment
    a connection opens (uvicorn's own starts only after a first response) and a bound on the time
    to receive a request's headers (uvicorn's idle timer restarts on every byte)."""

    header_timeout: float = HEADER_TIMEOUT
    _header_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: Any) -> None:
        super().connection_made(transport)
        if len(self.connections) > MAX_CONNECTIONS:
            transport.close()
            return
        self.timeout_keep_alive_task = self.loop.call_later(
            self.timeout_keep_alive, self.timeout_keep_alive_handler
        )
        self._await_headers()

    def connection_lost(self, exc: Exception | None) -> None:
        self._headers_received()
        super().connection_lost(exc)

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing():
            self._await_headers()

    def handle_events(self) -> None:
        super().handle_events()
        if self.conn.their_state is not h11.IDLE:  # a request's headers are in
            self._headers_received()

    def _await_headers(self) -> None:
        self._headers_received()
        self._header_timer = self.loop.call_later(self.header_timeout, self._headers_too_slow)

    def _headers_received(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _headers_too_slow(self) -> None:
        self._header_timer = None
        if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
            self.transport.close()


class EmulatorServer:
    """An ``Emulator`` served by uvicorn in a daemon thread."""

    def __init__(
        self,
        emulator: Emulator | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        allowed_hosts: Iterable[str] | None = None,
    ):
        self.emulator: Emulator = emulator or Emulator(allowed_hosts=allowed_hosts or ())
        """The emulator served."""
        if emulator is not None and allowed_hosts:
            self.emulator.allowed_hosts |= frozenset(allowed_hosts)
        self.loopback: bool = _is_loopback(host)
        """Whether it listens on a loopback address only."""
        # proto=IPPROTO_TCP: asyncio then sets TCP_NODELAY on each connection (without it,
        # Nagle + delayed ACK add ~40 ms to every answer sent in two writes)
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind((host, port))
        bound_host, bound_port = self._socket.getsockname()[:2]
        self.base_url: str = f"http://{bound_host}:{bound_port}"
        """The origin it serves, e.g. ``http://127.0.0.1:54321``."""
        config = uvicorn.Config(
            self.emulator,
            log_level="critical",  # a scripted "drop" fault is not an error worth a traceback
            lifespan="off",
            access_log=False,
            timeout_keep_alive=int(IDLE_TIMEOUT),
            http=_GuardedH11,
            limit_concurrency=MAX_CONNECTIONS,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._socket]}, daemon=True
        )

    def start(self) -> str:
        """Start serving in a daemon thread; the base URL once it accepts connections."""
        self._thread.start()
        # wait for uvicorn's own "started" flag, watching that the thread is still alive
        waited = 0.0
        while not self._server.started:
            if not self._thread.is_alive():
                raise RuntimeError("the emulator server failed to start")
            self._thread.join(0.01)
            waited += 0.01
            if waited > START_TIMEOUT:
                raise RuntimeError("the emulator server did not start in time")
        return self.base_url

    def stop(self) -> None:
        """Stop serving and wait for the thread to end."""
        self._server.should_exit = True
        if self._thread.is_alive():
            self._thread.join(START_TIMEOUT)
        with contextlib.suppress(OSError):
            self._socket.close()

    def __enter__(self) -> EmulatorServer:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


@contextlib.contextmanager
def run_emulator(
    emulator: Emulator | None = None, *, host: str = "127.0.0.1", port: int = 0
) -> Iterator[str]:
    """``with run_emulator() as base_url:`` — an emulator on a free loopback port."""
    server = EmulatorServer(emulator, host=host, port=port)
    server.start()
    try:
        yield server.base_url
    finally:
        server.stop()
