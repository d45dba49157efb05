"""``facilio-connections``: the SDK's command line.

Each command is a function registered with :func:`command`; adding one is adding a function.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

__all__ = ["main"]

Handler = Callable[[argparse.Namespace, TextIO], int]
_COMMANDS: list[tuple[str, str, Callable[[argparse.ArgumentParser], None], Handler]] = []


def command(
    name: str, help: str, arguments: Callable[[argparse.ArgumentParser], None] = lambda _p: None
) -> Callable[[Handler], Handler]:
    """Register ``facilio-connections NAME``: ``arguments`` adds its flags."""

    def register(handler: Handler) -> Handler:
        _COMMANDS.append((name, help, arguments, handler))
        return handler

    return register


def _need_emulator_extra() -> None:
    try:
        import starlette  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError:
        raise SystemExit(
            "the emulator needs the 'emulator' extra: "
            "pip install 'facilio-connections-sdk[emulator]'"
        ) from None


def _emulator_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8081, help="port (default 8081; 0 = any)")


@command("emulator", "serve a local emulator of /api/v1 until interrupted", _emulator_args)
def _emulator(args: argparse.Namespace, out: TextIO) -> int:
    _need_emulator_extra()
    import threading

    from facilio_connections_sdk.testing import EmulatorServer

    server = EmulatorServer(host=args.host, port=args.port)
    url = server.start()
    print(f"Connections emulator serving {url}/api/v1 (any X-Service-Token works).", file=out)
    print(
        f"Try: FACILIO_CONNECTIONS_BASE_URL={url} FACILIO_CONNECTIONS_SERVICE_TOKEN=dev", file=out
    )
    print("Press Ctrl+C to stop.", file=out, flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


@command("demo", "run the 0.x walkthrough against an in-process emulator")
def _demo(args: argparse.Namespace, out: TextIO) -> int:
    _need_emulator_extra()
    from facilio_connections_sdk.demo import run_demo

    run_demo(out)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="facilio-connections",
        description="Command line for the Facilio Connections /api/v1 API and its emulator.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, help_text, arguments, handler in _COMMANDS:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        arguments(sub)
        sub.set_defaults(handler=handler)
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler: Handler = args.handler
    return handler(args, out or sys.stdout)


if __name__ == "__main__":
    raise SystemExit(main())
