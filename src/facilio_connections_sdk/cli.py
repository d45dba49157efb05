"""``facilio-connections``: call the Connections API (or run the emulator) from a shell.

Each command is a function registered with :func:`command`; adding one is adding a function.
Exit codes: 0 success, 1 API error (the ErrorBody on stderr as JSON), 2 usage error or bad
input (nothing sent), 3 connection or timeout error.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import difflib
import errno
import json
import os
import re
import shlex
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn, TextIO

import pydantic

from facilio_connections_sdk import models as m
from facilio_connections_sdk._config import ConnectionsClientConfig
from facilio_connections_sdk._errors import (
    ConnectionsApiError,
    ConnectionsConnectionError,
)
from facilio_connections_sdk._sync.client import ConnectionsClient

__all__ = ["main"]

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
_COMMANDS: list[tuple[tuple[str, ...], str, Arguments, Handler]] = []


def command(
    name: str, help: str, arguments: Arguments = lambda _p: None
) -> Callable[[Handler], Handler]:
    """Register ``facilio-connections NAME`` (``"group verb"`` for a sub-command)."""

    def register(handler: Handler) -> Handler:
        _COMMANDS.append((tuple(name.split()), help, arguments, handler))
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


# -- output -----------------------------------------------------------------------------------


def _emit(args: argparse.Namespace, io: Io, value: Any, rows_key: str | None = None) -> int:
    data = value.to_dict() if isinstance(value, m.ApiModel) else value
    if getattr(args, "format", "json") == "table":
        rows = data.get(rows_key) if isinstance(data, dict) and rows_key else data
        if isinstance(rows, list):
            io.out.write(_table(rows))
            return EXIT_OK
    io.out.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    return EXIT_OK


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


def _add_config_flags(parser: argparse.ArgumentParser) -> None:
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
        "--debug",
        action="store_true",
        default=keep,
        help="show the traceback of a failure (for bug reports)",
    )


# what the connection and output flags set, by flag: a local command (emulator, demo) refuses them
_CONFIG_DESTS = {
    **{dest: flag for dest, flag, _help in _CONFIG_FLAGS},
    "timeout_seconds": "--request-timeout",
    "token_file": "--token-file",
    "max_retries": "--max-retries",
    "max_response_bytes": "--max-response-bytes",
    "format": "--format",
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
        return ConnectionsClientConfig.from_env(env)
    except (ValueError, TypeError) as exc:
        raise UsageError(str(exc)) from None


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


# -- commands: the API ------------------------------------------------------------------------


def _paging_flags(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--q", help="search text")
    parser.add_argument("--all", action="store_true", help="every page (auto-paging)")
    parser.add_argument("--page", type=int, help="one page (1-based)")
    parser.add_argument("--per-page", type=int, help="page size (server caps at 100)")


def _connections_list_args(parser: argparse.ArgumentParser) -> None:
    _paging_flags(parser)
    parser.add_argument("--filter", choices=("all", "connected", "custom"))


@command("connections list", "list connections", _connections_list_args)
def _connections_list(args: argparse.Namespace, io: Io) -> int:
    with _client(args) as client:
        if args.all:
            items = client.iter_connections(
                per_page=args.per_page or 100, q=args.q, filter=args.filter
            )
            return _emit(args, io, [c.to_dict() for c in items])
        listing = client.list_connections(
            page=args.page, per_page=args.per_page, q=args.q, filter=args.filter
        )
        return _emit(args, io, listing, "connections")


def _slug(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("slug", help="connection slug")


@command("connections get", "one connection and its accounts", _slug)
def _connections_get(args: argparse.Namespace, io: Io) -> int:
    with _client(args) as client:
        return _emit(args, io, client.get_connection(args.slug))


@command("connections accounts", "the accounts connected to a connection", _slug)
def _connections_accounts(args: argparse.Namespace, io: Io) -> int:
    with _client(args) as client:
        return _emit(args, io, client.get_connected_accounts(args.slug), "accounts")


def _actions_list_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("slug", nargs="?", help="connection slug (omit for the whole catalog)")
    _paging_flags(parser)


@command("actions list", "saved actions of a connection, or the whole catalog", _actions_list_args)
def _actions_list(args: argparse.Namespace, io: Io) -> int:
    with _client(args) as client:
        if args.all:
            size = args.per_page or 100
            items = (
                client.iter_actions(args.slug, per_page=size, q=args.q)
                if args.slug
                else client.iter_all_actions(per_page=size, q=args.q)
            )
            return _emit(args, io, [a.to_dict() for a in items])
        paging = {"page": args.page, "per_page": args.per_page, "q": args.q}
        listing = (
            client.list_actions(args.slug, **paging)
            if args.slug
            else client.list_all_actions(**paging)
        )
        return _emit(args, io, listing, "actions")


def _action_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("slug", help="connection slug")
    parser.add_argument("action", help="action slug")


@command("actions inputs", "the inputs an action takes", _action_args)
def _actions_inputs(args: argparse.Namespace, io: Io) -> int:
    with _client(args) as client:
        return _emit(args, io, client.list_action_inputs(args.slug, args.action), "inputs")


def _codegen_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True, metavar="FILE", help="the module to write")
    parser.add_argument(
        "--connection",
        action="append",
        default=[],
        metavar="SLUG",
        help="a connection to include (repeat; default: every connection with actions)",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 naming each action added, removed or changed since FILE",
    )


@command("actions codegen", "the tenant's saved actions as a typed Python module", _codegen_args)
def _actions_codegen(args: argparse.Namespace, io: Io) -> int:
    from facilio_connections_sdk import _actions_codegen as gen

    out = Path(args.out)
    connections = list(dict.fromkeys(args.connection))
    command = "facilio-connections actions codegen --out " + shlex.quote(args.out)
    command += "".join(f" --connection {shlex.quote(c)}" for c in connections)
    config = _config(args)
    with ConnectionsClient.from_config(config) as client:
        specs = gen.fetch(client, connections)
    if args.check:
        try:
            old = gen.read_manifest(out.read_text(encoding="utf-8"))
        except OSError as exc:
            raise UsageError(f"--out: {exc.strerror}: {out}") from None
        except (ValueError, SyntaxError) as exc:
            raise UsageError(f"--out {out}: {exc}") from None
        found = gen.changes(old, gen.manifest(specs), connections)
        for line in found:
            io.out.write(line + "\n")
        if found:
            io.err.write(f"facilio-connections: {out} is out of date; run: {command}\n")
            return EXIT_API
        io.err.write(f"{out} is up to date\n")
        return EXIT_OK
    text = gen.render(specs, config.origin, command)
    out.write_text(text, encoding="utf-8")
    count = sum(len(c.actions) for c in specs)
    io.err.write(f"wrote {out}: {len(specs)} connections, {count} actions\n")
    return EXIT_OK


def _execute_args(parser: argparse.ArgumentParser) -> None:
    _action_args(parser)
    parser.add_argument(
        "--input",
        action="append",
        metavar="KEY=VALUE",
        help="an input (KEY:=JSON for non-strings); repeatable",
    )
    body = parser.add_mutually_exclusive_group()
    body.add_argument("--json", metavar="BODY", help="the whole request body as JSON")
    body.add_argument("--json-file", metavar="FILE", help="the request body from a JSON file")
    parser.add_argument(
        "--file", action="append", metavar="FIELD=PATH", help="a file input; repeatable"
    )
    parser.add_argument("--async", dest="async_", action="store_true", help="run as a job")
    parser.add_argument("--wait", action="store_true", help="with --async: wait for the job")
    parser.add_argument("--wait-timeout", type=float, default=300.0, help="seconds (default 300)")
    parser.add_argument("--timeout-ms", type=int, help="server-side run timeout")
    parser.add_argument("--version", help="pin the action version")
    parser.add_argument("--account", help="connected account slug")


def _wait(client: ConnectionsClient, job_id: str, timeout: float, io: Io) -> m.JobResult:
    progress = _Progress(io.err, job_id)
    try:
        return client.wait_for_job(job_id, timeout=timeout, poll_interval=0.5, on_poll=progress)
    finally:
        progress.done()


@command("execute", "run a saved action", _execute_args)
def _execute(args: argparse.Namespace, io: Io) -> int:
    if args.json is not None:
        body = _json_arg(args.json, "--json")
    elif args.json_file is not None:
        try:
            text = Path(args.json_file).read_text(encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"--json-file: {exc.strerror}: {args.json_file}") from None
        body = _json_arg(text, "--json-file")
    else:
        body = {}
    if not isinstance(body, dict):
        raise UsageError("the request body must be a JSON object")
    if args.input:
        body = {**body, "input": {**(body.get("input") or {}), **_inputs(args.input)}}
    files: dict[str, Any] = {}
    for field, path in _pairs(args.file, "--file"):
        if not Path(path).is_file():
            raise UsageError(f"--file {field}: no such file: {path}")
        files[field] = path
    if args.wait and not args.async_:
        raise UsageError("--wait needs --async")
    with _client(args) as client:
        result = client.execute_action(
            args.slug,
            args.action,
            body,
            files=files or None,
            async_=args.async_,
            timeout_ms=args.timeout_ms,
            version=args.version,
            account_slug=args.account,
        )
        if args.wait and result.job_id:
            return _emit(args, io, _wait(client, result.job_id, args.wait_timeout, io))
        return _emit(args, io, result)


def _job_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("job_id", help="job id")


@command("jobs get", "a job's state and result", _job_args)
def _jobs_get(args: argparse.Namespace, io: Io) -> int:
    with _client(args) as client:
        return _emit(args, io, client.get_job_result(args.job_id))


def _jobs_wait_args(parser: argparse.ArgumentParser) -> None:
    _job_args(parser)
    parser.add_argument(
        "--timeout", dest="wait_timeout", type=float, default=300.0, help="seconds (default 300)"
    )


@command("jobs wait", "poll a job until it finishes", _jobs_wait_args)
def _jobs_wait(args: argparse.Namespace, io: Io) -> int:
    with _client(args) as client:
        return _emit(args, io, _wait(client, args.job_id, args.wait_timeout, io))


def _http_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("slug", help="connection slug")
    parser.add_argument("path", help="path under the connection's base URL")
    parser.add_argument(
        "--query", action="append", metavar="K=V", help="query parameter; repeatable"
    )
    parser.add_argument("--header", action="append", metavar="K=V", help="header; repeatable")
    parser.add_argument("--body", metavar="JSON", help="request body (JSON)")


def _http(verb: str) -> Handler:
    def run(args: argparse.Namespace, io: Io) -> int:
        params: dict[str, Any] = {"path": args.path}
        query: dict[str, Any] = {}
        for key, value in _pairs(args.query, "--query"):
            query.setdefault(key, []).append(value)
        if query:
            params["query"] = {k: v[0] if len(v) == 1 else v for k, v in query.items()}
        if args.header:
            params["headers"] = dict(_pairs(args.header, "--header"))
        if args.body is not None:
            params["body"] = _json_arg(args.body, "--body")
        with _client(args) as client:
            return _emit(args, io, getattr(client, f"execute_http_{verb}")(args.slug, params))

    return run


for _verb in ("get", "post", "patch", "put", "delete"):
    command(f"http {_verb}", f"HTTP {_verb.upper()} through a connection", _http_args)(_http(_verb))


def _sql_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("slug", help="connection slug")
    parser.add_argument("sql", help="the SQL statement")
    parser.add_argument(
        "--param",
        action="append",
        metavar="VALUE",
        help="positional parameter (JSON when it parses: 5, true, null); repeatable",
    )


@command("sql query", "run a SQL query through a connection", _sql_args)
def _sql_query(args: argparse.Namespace, io: Io) -> int:
    params: dict[str, Any] = {"query": args.sql}
    if args.param:
        params["params"] = [_scalar(p) for p in args.param]
    with _client(args) as client:
        result = client.execute_sql_query(args.slug, params)
        rows = result.result.get("rows") if isinstance(result.result, dict) else None
        if getattr(args, "format", "json") == "table" and isinstance(rows, list):
            return _emit(args, io, rows)
        return _emit(args, io, result)


def _file_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("slug", help="connection slug")
    parser.add_argument("path", help="remote path")


def _upload_args(parser: argparse.ArgumentParser) -> None:
    _file_args(parser)
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--content", help="text to write")
    source.add_argument("--from-file", metavar="LOCAL", help="a local file to upload")
    parser.add_argument("--overwrite", action="store_true", help="replace an existing file")


@command("files read", "read a remote file", _file_args)
def _files_read(args: argparse.Namespace, io: Io) -> int:
    with _client(args) as client:
        return _emit(args, io, client.execute_file_read_file(args.slug, {"path": args.path}))


@command("files list", "list a remote folder", _file_args)
def _files_list(args: argparse.Namespace, io: Io) -> int:
    with _client(args) as client:
        result = client.execute_file_list_files(args.slug, {"path": args.path})
        entries = result.result.get("entries") if isinstance(result.result, dict) else None
        if getattr(args, "format", "json") == "table" and isinstance(entries, list):
            return _emit(args, io, entries)
        return _emit(args, io, result)


@command("files upload", "write a remote file", _upload_args)
def _files_upload(args: argparse.Namespace, io: Io) -> int:
    params: dict[str, Any] = {"path": args.path}
    if args.from_file is not None:
        try:
            data = Path(args.from_file).read_bytes()
        except OSError as exc:
            raise UsageError(f"--from-file: {exc.strerror}: {args.from_file}") from None
        params.update(content=base64.b64encode(data).decode(), encoding="base64")
    else:
        params["content"] = args.content
    if args.overwrite:
        params["overwrite"] = True
    with _client(args) as client:
        return _emit(args, io, client.execute_file_upload_file(args.slug, params))


@command("files delete", "delete a remote file", _file_args)
def _files_delete(args: argparse.Namespace, io: Io) -> int:
    with _client(args) as client:
        return _emit(args, io, client.execute_file_delete_file(args.slug, {"path": args.path}))


def _triggers_args(parser: argparse.ArgumentParser) -> None:
    _slug(parser)
    parser.add_argument("--account", help="connected account slug")


@command("triggers list", "triggers of a connection, with your subscriptions", _triggers_args)
def _triggers_list(args: argparse.Namespace, io: Io) -> int:
    with _client(args) as client:
        return _emit(
            args, io, client.list_triggers(args.slug, account_slug=args.account), "triggers"
        )


# -- commands: local tools --------------------------------------------------------------------


def _need_emulator_extra() -> None:
    try:
        import starlette  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError:
        raise UsageError(
            "the emulator needs the 'emulator' extra: "
            "pip install 'facilio-connections-sdk[emulator]'"
        ) from None


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
    print(f"  facilio-connections --base-url {url} connections list", file=io.out)
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
    _add_config_flags(parser)
    top = parser.add_subparsers(
        dest="command", metavar="COMMAND", required=True, prog="facilio-connections"
    )
    parser.commands = top
    groups: dict[str, Any] = {}
    for names, help_text, arguments, handler in _COMMANDS:
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
            _add_config_flags(sub)
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
            given = [flag for dest, flag in _CONFIG_DESTS.items() if dest in vars(args)]
            if given:
                raise UsageError(f"{args.command} runs locally and takes no {', '.join(given)}")
        return handler(args, io)
    except Exception as exc:
        if debug:
            raise
        return _failure(exc, io)


def _failure(exc: Exception, io: Io) -> int:
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
    except ConnectionsApiError as exc:
        error = exc.error.to_dict() if exc.error is not None else {"message": exc.body}
        payload: dict[str, Any] = {"status": exc.status_code, "error": error}
        if exc.request_id:
            payload["request_id"] = exc.request_id  # what support asks for
        io.err.write(json.dumps(payload, ensure_ascii=False) + "\n")
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


if __name__ == "__main__":
    raise SystemExit(main())
