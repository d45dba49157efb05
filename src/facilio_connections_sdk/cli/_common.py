"""What every command shares: the registry, input parsing, output, the connection flags."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

import facilio_connections_sdk.models as m
from facilio_connections_sdk._config import ConnectionsClientConfig
from facilio_connections_sdk._responses import response_of
from facilio_connections_sdk._secrets import is_secret_header
from facilio_connections_sdk._sync.client import ConnectionsClient

__all__ = [
    "COMMANDS",
    "CONFIG_DESTS",
    "EXIT_API",
    "EXIT_CONNECTION",
    "EXIT_OK",
    "EXIT_USAGE",
    "Handler",
    "Io",
    "UsageError",
    "add_config_flags",
    "command",
    "command_name",
]


EXIT_OK, EXIT_API, EXIT_USAGE, EXIT_CONNECTION = 0, 1, 2, 3


class UsageError(Exception):
    """Bad input on the command line: one line on stderr, exit 2, nothing sent."""


@dataclass
class Io:
    """Where the CLI writes: standard output and standard error (replaceable in tests)."""

    out: TextIO
    err: TextIO


Handler = Callable[[argparse.Namespace, Io], int]
Arguments = Callable[[argparse.ArgumentParser], None]
COMMANDS: list[tuple[tuple[str, ...], str, Arguments, Handler]] = []


def command(
    name: str, help: str, arguments: Arguments = lambda _p: None
) -> Callable[[Handler], Handler]:
    """Register ``facilio-connections NAME`` (``"group verb"`` for a sub-command)."""

    def register(handler: Handler) -> Handler:
        COMMANDS.append((tuple(name.split()), help, arguments, handler))
        return handler

    return register


# -- parsing helpers --------------------------------------------------------------------------


def _pairs(values: Iterable[str] | None, what: str) -> list[tuple[str, str]]:
    out = []
    for item in values or []:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise UsageError(f"{what} must look like key=value, got {item!r}")
        out.append((key, value))
    return out


def _json_arg(text: str, what: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise UsageError(f"{what} is not valid JSON: {exc.msg} (line {exc.lineno})") from None


def _inputs(values: Iterable[str] | None) -> dict[str, Any]:
    """``key=value`` (a string) or ``key:=json`` (a number, object, ...), as httpie does."""
    out: dict[str, Any] = {}
    for key, value in _pairs(values, "--input"):
        if key.endswith(":"):
            key = key[:-1]
            if not key:
                raise UsageError("--input must look like key=value or key:=json")
            out[key] = _json_arg(value, f"--input {key}")
        else:
            out[key] = value
    return out


def _scalar(text: str) -> Any:
    """A SQL parameter: JSON when it parses (5, true, null), else the text itself."""
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


def command_name() -> str:
    """How to run this CLI from the shell the user is in, for the hints it prints: the bare
    name when it is on the PATH, else the script beside this Python (a virtual environment
    not activated: ``.venv/bin/facilio-connections``), else ``python -m``."""
    script = Path(sys.executable).parent / "facilio-connections"
    found = shutil.which("facilio-connections")
    if found is not None and (not script.exists() or Path(found).resolve() == script.resolve()):
        return "facilio-connections"
    if script.exists():
        shown = os.path.relpath(script)
        return shown if not shown.startswith("..") else str(script)
    return f"{sys.executable} -m facilio_connections_sdk.cli"


# -- output -----------------------------------------------------------------------------------


def _include(io: Io, value: Any) -> None:
    """``--include``: what the server answered, beside the body (on stderr)."""
    try:
        info = response_of(value)
    except ValueError:
        io.err.write("(no response to show: this command's answer is not one typed result)\n")
        return
    io.err.write(f"HTTP {info.status_code}  request id: {info.request_id or '-'}  ")
    io.err.write(f"attempts: {info.attempts}  elapsed: {info.elapsed:.3f} s\n")
    for name, text in info.headers.multi_items():  # no credential or cookie value shown
        io.err.write(f"{name}: {'***' if is_secret_header(name) else text}\n")
    io.err.write("\n")


def _emit(args: argparse.Namespace, io: Io, value: Any, rows_key: str | None = None) -> int:
    if getattr(args, "include", False) is True:
        _include(io, value)
    data = value.to_dict() if isinstance(value, m.ApiModel) else value
    if getattr(args, "format", "json") == "table":
        rows = data.get(rows_key) if isinstance(data, dict) and rows_key else data
        if isinstance(rows, list):
            io.out.write(_table(rows))
            return EXIT_OK
        if isinstance(rows, dict):  # one object: a row per field
            io.out.write(_fields(rows))
            return EXIT_OK
    io.out.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    return EXIT_OK


def _fields(data: dict[str, Any]) -> str:
    """One object as FIELD / VALUE rows; a nested object's fields as ``connection.slug``."""
    rows: list[dict[str, Any]] = []
    for key, value in data.items():
        inner = value.items() if isinstance(value, dict) else [("", value)]
        for name, item in inner:
            shown = json.dumps(item, ensure_ascii=False) if _nested(item) else item
            rows.append({"field": f"{key}.{name}" if name else key, "value": shown})
    return _table(rows)


def _nested(value: Any) -> bool:
    return isinstance(value, (dict, list))


def _cell(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 48 else text[:47] + "…"


def _table(rows: list[Any]) -> str:
    if not rows:
        return "(none)\n"
    dict_rows = [r if isinstance(r, dict) else {"value": r} for r in rows]
    columns: list[str] = []
    for row in dict_rows:
        columns.extend(k for k in row if k not in columns and not isinstance(row[k], (dict, list)))
    columns = columns[:8]
    cells = [[_cell(r.get(c, "")) for c in columns] for r in dict_rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
    lines = ["  ".join(c.upper().ljust(w) for c, w in zip(columns, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)) for row in cells]
    return "\n".join(line.rstrip() for line in lines) + "\n"


class _Progress:
    """A spinner (on a terminal) or one line per state change on stderr while a job runs."""

    FRAMES = "|/-\\"

    def __init__(self, err: TextIO, job_id: str) -> None:
        self.err = err
        self.job_id = job_id
        self.polls = 0
        self.last: str | None = None
        self.tty = bool(getattr(err, "isatty", lambda: False)())

    def __call__(self, job: m.JobResult) -> None:
        status = str(job.status)
        self.polls += 1
        if self.tty:
            frame = self.FRAMES[self.polls % len(self.FRAMES)]
            self.err.write(f"\r{frame} job {self.job_id}: {status} (poll {self.polls})   ")
        elif status != self.last:
            self.err.write(f"job {self.job_id}: {status}\n")
        self.err.flush()
        self.last = status

    def done(self) -> None:
        if self.tty:
            self.err.write("\n")


# -- configuration ----------------------------------------------------------------------------

_CONFIG_FLAGS = (
    ("base_url", "--base-url", "server origin (env FACILIO_CONNECTIONS_BASE_URL)"),
    (
        "service_token",
        "--token",
        "service token; visible to other local users (ps): prefer the env "
        "FACILIO_CONNECTIONS_SERVICE_TOKEN or --token-file",
    ),
    ("org_domain", "--org-domain", "X-Current-Org-Domain"),
    ("current_site", "--current-site", "X-current-site"),
    ("csrf_token", "--csrf-token", "X-CSRF-Token"),
    ("org_group", "--org-group", "X-Org-Group"),
    ("org_id", "--org-id", "X-Org-Id"),
)


def add_config_flags(parser: argparse.ArgumentParser) -> None:
    """The connection flags, accepted before the command and after it (``SUPPRESS``: a flag
    not given leaves no default behind, so one given before the command is kept)."""
    keep = argparse.SUPPRESS
    group = parser.add_argument_group("connection (flags win over FACILIO_CONNECTIONS_* variables)")
    for dest, flag, help_text in _CONFIG_FLAGS:
        group.add_argument(flag, dest=dest, help=help_text, default=keep)
    group.add_argument(
        "--request-timeout",
        dest="timeout_seconds",
        type=float,
        help="seconds per request",
        default=keep,
    )
    group.add_argument(
        "--token-file",
        metavar="PATH",
        help="read the service token from a file ('-' for stdin); a trailing newline is dropped",
        default=keep,
    )
    group.add_argument(
        "--max-retries", type=int, help="retries of safe failures (default 2)", default=keep
    )
    group.add_argument(
        "--max-response-bytes",
        metavar="N",
        help="largest response body, after decompression (default 64 MiB; 'none': no limit)",
        default=keep,
    )
    output = parser.add_argument_group("output")
    output.add_argument(
        "--format", choices=("json", "table"), default=keep, help="output (default json)"
    )
    output.add_argument(
        "--include",
        action="store_true",
        default=keep,
        help="print the answer's status, request id and headers (credentials and cookies "
        "masked) to stderr before the body",
    )
    output.add_argument(
        "--debug",
        action="store_true",
        default=keep,
        help="show the traceback of a failure (for bug reports)",
    )


# what the connection and output flags set, by flag: a local command (emulator, demo) refuses them
CONFIG_DESTS = {
    **{dest: flag for dest, flag, _help in _CONFIG_FLAGS},
    "timeout_seconds": "--request-timeout",
    "token_file": "--token-file",
    "max_retries": "--max-retries",
    "max_response_bytes": "--max-response-bytes",
    "format": "--format",
    "include": "--include",
}


def _config(args: argparse.Namespace) -> ConnectionsClientConfig:
    env = dict(os.environ)
    names = (*(flag[0] for flag in _CONFIG_FLAGS), "timeout_seconds", "max_retries")
    for dest in (*names, "max_response_bytes"):
        value = getattr(args, dest, None)
        if value is not None:
            env["FACILIO_CONNECTIONS_" + dest.upper()] = str(value)
    token_file = getattr(args, "token_file", None)
    if token_file is not None:
        if getattr(args, "service_token", None) is not None:
            raise UsageError("pass --token or --token-file, not both")
        env["FACILIO_CONNECTIONS_SERVICE_TOKEN"] = _read_token(token_file)
    if not env.get("FACILIO_CONNECTIONS_BASE_URL"):
        raise UsageError("no server: pass --base-url or set FACILIO_CONNECTIONS_BASE_URL")
    try:
        config = ConnectionsClientConfig.from_env(env)
    except (ValueError, TypeError) as exc:
        raise UsageError(str(exc)) from None
    session = {name.lower() for name in config.extra_headers or {}} & {"cookie", "authorization"}
    if not config.service_token and not session:
        raise UsageError(
            "no service token: set FACILIO_CONNECTIONS_SERVICE_TOKEN, or pass --token or "
            "--token-file (nothing was sent)"
        )
    return config


def _read_token(where: str) -> str:
    """The token in a file (or stdin for ``-``), without the newline a file usually ends in."""
    try:
        text = sys.stdin.read() if where == "-" else Path(where).read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"--token-file: {exc.strerror}: {where}") from None
    except UnicodeDecodeError:
        raise UsageError(f"--token-file: not UTF-8 text: {where}") from None
    token = text.strip("\r\n")
    if not token:
        raise UsageError(f"--token-file: the file is empty: {where}")
    return token


def _client(args: argparse.Namespace) -> ConnectionsClient:
    return ConnectionsClient.from_config(_config(args))
