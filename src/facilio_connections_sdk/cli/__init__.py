"""``facilio-connections``: call the Connections API (or run the emulator) from a shell.

Each command is a function registered with ``command``; adding one is adding a function.
Exit codes: 0 success, 1 API error (the ErrorBody on stderr as JSON), 2 usage error or bad
input (nothing sent), 3 connection or timeout error.
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import json
import os
import re
import sys
from collections.abc import Sequence
from typing import Any, NoReturn, TextIO

import pydantic

from facilio_connections_sdk._errors import (
    ConnectionsApiError,
    ConnectionsConnectionError,
    InvalidResponseError,
)

# the commands register themselves when their modules are imported
from facilio_connections_sdk.cli import _api, _local  # noqa: F401
from facilio_connections_sdk.cli._common import (
    COMMANDS,
    CONFIG_DESTS,
    EXIT_API,
    EXIT_CONNECTION,
    EXIT_OK,
    EXIT_USAGE,
    Handler,
    Io,
    UsageError,
    add_config_flags,
)

__all__ = ["build_parser", "main"]

# -- entry point ------------------------------------------------------------------------------

_LOCAL = {("emulator",), ("demo",)}


class _Parser(argparse.ArgumentParser):
    """argparse that answers a mistyped command or flag with the closest valid name."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.flag_names: list[str] = []  # every --flag this parser takes
        self.commands: Any = None  # its sub-command action, when it has one
        super().__init__(*args, **kwargs)

    def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action:
        action = super().add_argument(*args, **kwargs)
        self.flag_names += [o for o in action.option_strings if o.startswith("--")]
        return action

    def add_argument_group(self, *args: Any, **kwargs: Any) -> Any:
        group = super().add_argument_group(*args, **kwargs)
        add = group.add_argument

        def recorded(*a: Any, **k: Any) -> argparse.Action:
            action = add(*a, **k)
            self.flag_names += [o for o in action.option_strings if o.startswith("--")]
            return action

        group.add_argument = recorded  # type: ignore[method-assign]
        return group

    def error(self, message: str) -> NoReturn:
        wrong = re.search(r"invalid choice: '([^']*)'", message)
        if wrong is not None and self.commands is not None:
            message += _did_you_mean(wrong[1], list(self.commands.choices))
        super().error(message)

    def unrecognized(self, extras: list[str]) -> NoReturn:
        """Fail on arguments no parser took, naming the closest flag of this command."""
        hints = [
            _did_you_mean(arg.split("=", 1)[0], self.flag_names)
            for arg in extras
            if arg.startswith("--")
        ]
        self.error(f"unrecognized arguments: {' '.join(extras)}{''.join(h for h in hints if h)}")


def _did_you_mean(word: str, names: list[str]) -> str:
    close = difflib.get_close_matches(word, names, n=1, cutoff=0.6)
    return f" (did you mean {close[0]}?)" if close else ""


def build_parser() -> argparse.ArgumentParser:
    """The ``facilio-connections`` argument parser, with every sub-command.

    The connection flags (``--base-url``, ``--token``, ...) and ``--format``/``--debug`` go
    before the command or after it, as in gh, aws or kubectl.
    """
    parser = _Parser(
        prog="facilio-connections",
        usage="%(prog)s [connection flags] COMMAND ...",
        description="Call the Facilio Connections /api/v1 API, or run its emulator.",
        epilog="Connection flags go before or after the command: facilio-connections "
        "--base-url URL connections list. Exit codes: 0 ok, 1 API error, 2 usage error, "
        "3 connection or timeout error.",
    )
    add_config_flags(parser)
    top = parser.add_subparsers(
        dest="command", metavar="COMMAND", required=True, prog="facilio-connections"
    )
    parser.commands = top
    groups: dict[str, Any] = {}
    for names, help_text, arguments, handler in COMMANDS:
        if len(names) == 1:
            sub = top.add_parser(names[0], help=help_text, description=help_text)
        else:
            group = groups.get(names[0])
            if group is None:
                holder = top.add_parser(names[0], help=f"{names[0]} commands")
                group = holder.add_subparsers(
                    dest="verb", metavar="VERB", required=True, prog=holder.prog
                )
                holder.commands = group
                groups[names[0]] = group
            sub = group.add_parser(names[1], help=help_text, description=help_text)
        arguments(sub)
        if names not in _LOCAL:
            # the usage line shows the command's own flags; the connection flags are in --help
            own = " ".join(sub.format_usage().split()[1:])
            sub.usage = f"{own} [connection flags]"
            add_config_flags(sub)
        else:
            sub.add_argument(
                "--debug",
                action="store_true",
                default=argparse.SUPPRESS,
                help="show the traceback of a failure (for bug reports)",
            )
        sub.set_defaults(handler=handler, parser=sub, local=names in _LOCAL)
    return parser


def main(
    argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Run the CLI with ``argv``; the exit status (0 on success)."""
    io = Io(out or sys.stdout, err or sys.stderr)
    parser = build_parser()
    try:  # argparse prints help and usage errors itself: to our streams, not the process's
        with contextlib.redirect_stdout(io.out), contextlib.redirect_stderr(io.err):
            args, extras = parser.parse_known_args(argv)
            if extras:
                args.parser.unrecognized(extras)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    handler: Handler = args.handler
    debug = bool(getattr(args, "debug", False))
    try:
        if args.local:
            given = [flag for dest, flag in CONFIG_DESTS.items() if dest in vars(args)]
            if given:
                raise UsageError(f"{args.command} runs locally and takes no {', '.join(given)}")
        return handler(args, io)
    except Exception as exc:
        if debug:
            raise
        return _failure(exc, io, as_json=getattr(args, "format", None) == "json")


def _api_failure(exc: ConnectionsApiError, io: Io, as_json: bool) -> None:
    """An API error: one line a person reads (the status, the error, its message, the request
    id once), or with ``--format json`` the error as JSON for a script."""
    status = exc.http_status if isinstance(exc, InvalidResponseError) else exc.status_code
    if isinstance(exc, InvalidResponseError):
        error: dict[str, Any] = {"error": "invalid_response", "message": exc.message}
        error["body"] = exc.body
    elif exc.error is not None:
        error = exc.error.to_dict()
    else:
        error = {"message": exc.body}
    request_id = exc.request_id
    if as_json:
        payload: dict[str, Any] = {"status": status, "error": error}
        if request_id and error.get("request_id") != request_id:
            payload["request_id"] = request_id  # only when the body did not carry it
        io.err.write(json.dumps(payload, ensure_ascii=False) + "\n")
        return
    code = error.get("error") or "error"
    message = error.get("message") or exc.message
    io.err.write(f"facilio-connections: error: HTTP {status} {code}: {message}\n")
    details = {k: v for k, v in error.items() if k not in ("error", "message", "request_id")}
    if details and not isinstance(exc, InvalidResponseError):
        io.err.write(f"  details: {json.dumps(details, ensure_ascii=False)}\n")
    if isinstance(exc, InvalidResponseError) and exc.body:
        io.err.write(f"  body: {exc.body[:200]!r}\n")
    if request_id:
        io.err.write(f"  request id: {request_id} (for a support ticket)\n")


def _failure(exc: Exception, io: Io, *, as_json: bool = False) -> int:
    """The one line (and exit code) a failure ends the CLI with; ``--debug`` shows more."""
    try:
        raise exc
    except UsageError as exc:
        io.err.write(f"facilio-connections: error: {exc}\n")
        return EXIT_USAGE
    except pydantic.ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "body"
        io.err.write(f"facilio-connections: error: invalid request: {where}: {first['msg']}\n")
        return EXIT_USAGE
    except (ValueError, TypeError) as exc:
        io.err.write(f"facilio-connections: error: {exc}\n")
        return EXIT_USAGE
    except ConnectionsApiError as exc:  # an invalid success body too: what is wrong with it
        _api_failure(exc, io, as_json)
        return EXIT_API
    except ConnectionsConnectionError as exc:
        io.err.write(f"facilio-connections: {exc}\n")
        return EXIT_CONNECTION
    except BrokenPipeError:  # the reader went away (`... | head`): not an error
        if io.out is sys.stdout:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except OSError as exc:  # a file or socket of ours: say which, in one line
        io.err.write(f"facilio-connections: error: {exc.strerror or exc}")
        io.err.write(f": {exc.filename}\n" if exc.filename else "\n")
        return EXIT_USAGE
    except Exception as exc:  # a bug of ours: one line, and how to see the rest
        io.err.write(
            f"facilio-connections: internal error: {type(exc).__name__}: {exc} "
            "(run again with --debug for the traceback)\n"
        )
        return EXIT_USAGE
