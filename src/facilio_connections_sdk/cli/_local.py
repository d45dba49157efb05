"""The commands that run locally: ``emulator`` (its server's lifecycle, signals) and ``demo``."""

from __future__ import annotations

import argparse
import contextlib
import errno
import os
import signal
import threading
from collections.abc import Iterator

from facilio_connections_sdk.cli._common import (
    EXIT_OK,
    Io,
    UsageError,
    command,
    command_name,
)

# -- commands: local tools --------------------------------------------------------------------


def _need_emulator_extra() -> None:
    """The extra's check of ``facilio_connections_sdk.testing``, as a usage error (exit 2)."""
    try:
        from facilio_connections_sdk.testing import _extra  # noqa: F401
    except ImportError as missing:
        raise UsageError(str(missing)) from None


def _emulator_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8081, help="port (default 8081; 0 = any)")
    parser.add_argument(
        "--allow-host",
        action="append",
        metavar="HOST",
        help="also answer requests whose Host header names HOST (default: loopback names only)",
    )
    parser.add_argument(
        "--require-token",
        nargs="?",
        const=_FROM_ENV,
        metavar="TOKEN",
        help="accept only this X-Service-Token (alone: the one in "
        "FACILIO_CONNECTIONS_SERVICE_TOKEN, which keeps it out of ps); others get 401",
    )
    parser.add_argument(
        "--max-jobs",
        type=int,
        default=10_000,
        help="background jobs kept, the oldest dropped past it (default 10000, ~7 MiB)",
    )
    parser.add_argument(
        "--require-csrf-token",
        metavar="TOKEN",
        help="with --require-token: also accept a session Cookie sent with this X-CSRF-Token",
    )


_FROM_ENV = "\0from-env"


def _required_token(args: argparse.Namespace) -> str | None:
    token: str | None = args.require_token
    if token == _FROM_ENV:
        token = os.environ.get("FACILIO_CONNECTIONS_SERVICE_TOKEN")
        if not token:
            raise UsageError(
                "--require-token without a value reads FACILIO_CONNECTIONS_SERVICE_TOKEN, "
                "which is not set"
            )
    if args.require_csrf_token and not token:
        raise UsageError("--require-csrf-token needs --require-token")
    return token


@command("emulator", "serve a local emulator of /api/v1 until interrupted", _emulator_args)
def _emulator(args: argparse.Namespace, io: Io) -> int:
    _need_emulator_extra()
    from facilio_connections_sdk.testing import Emulator, EmulatorServer

    token = _required_token(args)
    emulator = Emulator(
        require_token=token,
        require_csrf_token=args.require_csrf_token,
        allowed_hosts=args.allow_host or (),
        max_jobs=args.max_jobs,
    )
    try:
        server = EmulatorServer(emulator, host=args.host, port=args.port)
    except OSError as exc:
        raise UsageError(_bind_error(exc, args.host, args.port)) from None
    url = server.start()
    if not server.loopback:
        print(
            f"WARNING: bound to {args.host}, not a loopback address: anyone who can reach this "
            "port can drive the emulator. Use --host 127.0.0.1 unless you mean it.",
            file=io.err,
        )
    if token is None:
        print(
            f"Connections emulator serving {url}/api/v1; it accepts ANY non-empty "
            "X-Service-Token (start it with --require-token to check it).",
            file=io.out,
        )
    else:
        print(f"Connections emulator serving {url}/api/v1 (one token accepted).", file=io.out)
    print("Try:", file=io.out)
    if token is None:
        print("  export FACILIO_CONNECTIONS_SERVICE_TOKEN=dev", file=io.out)
    print(f"  {command_name()} --base-url {url} connections list", file=io.out)
    print("Press Ctrl+C to stop.", file=io.out, flush=True)
    stop = threading.Event()
    with _stopping_on(stop, signal.SIGINT, signal.SIGTERM):
        try:
            stop.wait()
        except KeyboardInterrupt:  # a handler of SIGINT could not be installed here
            pass
        finally:
            server.stop()
    return EXIT_OK


@contextlib.contextmanager
def _stopping_on(stop: threading.Event, *signals: signal.Signals) -> Iterator[None]:
    """Set ``stop`` on these signals, whatever dispositions the process inherited.

    A shell starts background jobs with SIGINT ignored, so waiting for a KeyboardInterrupt
    would wait for ever. Handlers can only be installed from the main thread; elsewhere the
    inherited ones stay.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {sig: signal.signal(sig, lambda _n, _f: stop.set()) for sig in signals}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _bind_error(exc: OSError, host: str, port: int) -> str:
    if exc.errno == errno.EADDRINUSE:
        return f"port {port} on {host} is in use; pick another with --port (0: any free port)"
    if exc.errno == errno.EACCES:
        return f"cannot bind {host}:{port}: permission denied (ports below 1024 need privileges)"
    if exc.errno == errno.EADDRNOTAVAIL:
        return f"cannot bind {host}:{port}: no such address on this machine"
    return f"cannot bind {host}:{port}: {exc.strerror or exc}"


@command("demo", "run the 0.x walkthrough against an in-process emulator")
def _demo(args: argparse.Namespace, io: Io) -> int:
    _need_emulator_extra()
    from facilio_connections_sdk.demo import run_demo

    run_demo(io.out)
    return EXIT_OK
