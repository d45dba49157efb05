"""The commands that call the API (``connections``, ``actions``, ``execute``, ...)."""

from __future__ import annotations

import argparse
import base64
import json
import shlex
from pathlib import Path
from typing import Any

import facilio_connections_sdk.models as m
from facilio_connections_sdk._sync.client import ConnectionsClient
from facilio_connections_sdk.cli._common import (
    EXIT_API,
    EXIT_OK,
    Handler,
    Io,
    UsageError,
    _client,
    _config,
    _emit,
    _inputs,
    _json_arg,
    _pairs,
    _Progress,
    _scalar,
    command,
)

# -- commands: the API ------------------------------------------------------------------------


def _paging_flags(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--q", help="search text")
    parser.add_argument("--all", action="store_true", help="every page (auto-paging)")
    parser.add_argument("--page", type=int, help="one page (1-based)")
    parser.add_argument(
        "--per-page",
        type=int,
        help="page size (server caps at 100); with --page or --all only: without either the "
        "whole list comes back (the 0.x rule)",
    )


def _per_page_alone(args: argparse.Namespace, io: Io) -> None:
    """``--per-page`` without ``--page`` or ``--all``: the whole list comes back; say so."""
    if args.per_page is not None and args.page is None and not args.all:
        io.err.write(
            "facilio-connections: note: --per-page applies with --page or --all; without "
            "either the whole list comes back\n"
        )


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
        _per_page_alone(args, io)
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
        _per_page_alone(args, io)
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
    from facilio_connections_sdk import _write_saved_actions as gen

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


def _spec_check_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--max-pages", type=int, default=5, help="pages of connections to list (default 5)"
    )
    parser.add_argument(
        "--sample", type=int, default=5, help="connections, actions, triggers to read (default 5)"
    )
    parser.add_argument("--job-id", help="also read this job")
    parser.add_argument("--json", action="store_true", help="the report as JSON (for CI)")


@command(
    "spec-check",
    "read the tenant (GET only) and check every answer against the OpenAPI document; "
    "exit 1 when it drifts",
    _spec_check_args,
)
def _spec_check(args: argparse.Namespace, io: Io) -> int:
    try:
        from facilio_connections_sdk.spec_check import check_tenant
        from facilio_connections_sdk.testing._spec import load_spec  # noqa: F401
    except ImportError:
        raise UsageError(
            "spec-check needs the 'emulator' extra (the OpenAPI document and its checker): "
            "pip install 'facilio-connections-sdk[emulator]'"
        ) from None
    with _client(args) as client:
        report = check_tenant(
            client, max_pages=args.max_pages, sample=args.sample, job_id=args.job_id
        )
    if args.json:
        io.out.write(json.dumps(report.to_dict(), indent=2) + "\n")
    else:
        io.out.write(report.render() + "\n")
    return EXIT_OK if report.clean else EXIT_API
