"""Generate the typed executors from the spec: ``_async/executors.py`` (then unasync'd).

Every operation tagged ``executors`` (``POST /connections/{slug}/<family>/<verb>``) becomes
two real methods with real signatures and docstrings from the operation's ``summary`` and
``description``: a fluent one on the family's scope (``connection(slug).http().get``) and a flat
one on the client (``execute_http_get``). The spec is the route table; the naming rules are:

- flat name: the ``operationId`` in snake_case (``executeHttpGet`` -> ``execute_http_get``);
- scope: the first path segment after ``/connections/{slug}/`` (``http`` -> ``AsyncHttpScope``);
- fluent name: the last segment in snake_case, without a ``_file`` suffix
  (``readFile`` -> ``read``, ``listFiles`` -> ``list_files``);
- parameters model: the ``application/json`` request body schema.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

TARGET = Path("src/facilio_connections_sdk/_async/executors.py")
PREFIX = "/connections/{slug}/"
WIDTH = 96  # docstring text width inside a method (line length 100 minus indentation)

# The model a run of a family answers, when it is not the plain ExecutionResult: a typed view of
# its result (models/_views.py).
RESULTS: dict[str, str] = {
    "sql": "SqlExecutionResult",
    "executeFileReadFile": "FileReadExecutionResult",
    "executeFileListFiles": "FileListExecutionResult",
}
VIEWS: dict[str, str] = {  # the result model -> how to read its result typed
    "SqlExecutionResult": "Read the rows typed with ``.sql``.",
    "FileReadExecutionResult": "Read the content typed with ``.file``.",
    "FileListExecutionResult": "Read the entries typed with ``.listing``.",
}

# What each family's scope is for: the scope's class docstring.
FAMILIES: dict[str, str] = {
    "http": "HTTP requests through the connection's base URL and stored credentials.",
    "file": "Files on a file (FS) connection.",
    "sql": "Tables and statements on a SQL connection.",
}

HEADER = '''\
# GENERATED CODE - DO NOT EDIT.
# Source: openapi/connections-v1.yaml (the operations tagged "executors"), by codegen/executors.py
# Regenerate with: python -m codegen   (check with: python -m codegen --check)
"""The typed executors: one real method per executor operation, fluent and flat.

Fluent: ``client.connection(slug).http().get(...)`` (the scopes below). Flat:
``client.execute_http_get(slug, ...)`` (``_AsyncFlatExecutors``, a base of the client). Both build
the request with the same ``ExecutorRoute``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, overload

from facilio_connections_sdk import models as m
from facilio_connections_sdk._async.transport import AsyncTransport
from facilio_connections_sdk._request import AnyBody
from facilio_connections_sdk._routes import ExecutorRoute

__all__ = [{exports}]

Body = Mapping[str, Any]


class _AsyncScope:
    """A fluent scope: the transport and the connection it is bound to."""

    __slots__ = ("_slug", "_transport")

    def __init__(self, transport: AsyncTransport, slug: str) -> None:
        self._transport = transport
        self._slug = slug
'''

# (name, text) of each argument, then the Returns and Raises sections: wrapped when rendered.
SLUG_ARG = ("connection_slug", "The connection's slug.")
ARGS: list[tuple[str, str]] = [
    (
        "parameters",
        "A ``{model}``, or a dict with its wire keys (a literal is checked key by key against "
        "``{model}Params`` by type checkers; any dict against the model before anything is "
        "sent, then sent as written).",
    ),
    (
        "async_",
        "Queue the run and answer at once with a ``job_id`` (``?async=true``); wait for it "
        "with ``wait_for_job``.",
    ),
    ("timeout_ms", "How long the server may run it, in milliseconds."),
    ("version", "Pin the action version; a mismatch raises ``ConflictError``."),
    ("account_slug", "The connected account to run as (never over one in the body)."),
    ("options", "Execution options (``source``, ``purpose``, ``debug``, ...) for the body."),
    ("**extra_options", "More execution options; they win over ``options``."),
]
RETURNS = (
    "The ``ExecutionResult``: ``status``, ``result``, ``error``; with ``async_=True`` a "
    "``QueuedExecution``, whose ``job_id`` is always a ``str``."
)
RAISES: list[tuple[str, str]] = [
    ("ValueError", "Bad input, found before anything is sent."),
    ("ConnectionsApiError", "The server answered with an error (a subclass per status)."),
    ("ConnectionsError", "The request failed; never re-sent once it may have reached the server."),
]


def _section(title: str, items: list[tuple[str, str]], width: int) -> list[str]:
    lines = [f"{title}:"]
    for name, text in items:
        lines += textwrap.wrap(
            f"{name}: {text}", width, initial_indent="    ", subsequent_indent="        "
        )
    return lines


@dataclass(frozen=True)
class Executor:
    operation_id: str
    family: str
    suffix: str  # the path after /connections/{slug}/, e.g. "file/readFile"
    model: str
    result: str  # the model a run waited for answers
    summary: str
    description: str

    @property
    def flat_name(self) -> str:
        return _snake(self.operation_id)

    @property
    def fluent_name(self) -> str:
        name = _snake(self.suffix.rsplit("/", 1)[1])
        return name.removesuffix("_file")

    @property
    def route_name(self) -> str:
        return "_" + self.flat_name.removeprefix("execute_").upper()


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


def _schema_name(ref: str) -> str:
    return ref.rsplit("/", 1)[1]


def executors(spec: dict[str, Any]) -> list[Executor]:
    """Every executor operation of the spec, in the spec's order."""
    out = []
    for template, item in spec["paths"].items():
        op = item.get("post")
        if op is None or "executors" not in op.get("tags", []):
            continue
        if not template.startswith(PREFIX):
            raise SystemExit(f"codegen: executor {template} is not under {PREFIX}")
        where = f"{op.get('operationId', template)}"
        for key in ("operationId", "summary", "description"):
            if not op.get(key):
                raise SystemExit(f"codegen: executor {where} has no {key}")
        suffix = template.removeprefix(PREFIX)
        family = suffix.split("/", 1)[0]
        if family not in FAMILIES:
            raise SystemExit(f"codegen: executor {where}: unknown family {family!r}")
        schema = op["requestBody"]["content"]["application/json"]["schema"]
        out.append(
            Executor(
                operation_id=op["operationId"],
                family=family,
                suffix=suffix,
                model=_schema_name(schema["$ref"]),
                result=RESULTS.get(op["operationId"], RESULTS.get(family, "ExecutionResult")),
                summary=op["summary"].strip().rstrip("."),
                description=" ".join(op["description"].split()),
            )
        )
    return out


def _docstring(ex: Executor, flat: bool, indent: str) -> str:
    width = WIDTH - len(indent) + 4
    where = f"``POST /connections/{{slug}}/{ex.suffix}``. {ex.description}"
    args = [(name, text.format(model=ex.model)) for name, text in ARGS]
    lines = [
        f"{ex.summary}.",
        "",
        *textwrap.wrap(where, width),
        "",
        *_section("Args", [SLUG_ARG, *args] if flat else args, width),
        "",
        "Returns:",
        *textwrap.wrap(
            RETURNS.replace("``ExecutionResult``", f"``{ex.result}``", 1)
            + (" " + VIEWS[ex.result] if ex.result in VIEWS else ""),
            width,
            initial_indent="    ",
            subsequent_indent="    ",
        ),
        "",
        *_section("Raises", RAISES, width),
    ]
    text = "\n".join((indent + line) if line else "" for line in lines)
    return f'{indent}"""{text.removeprefix(indent)}\n{indent}"""\n'


def _signature(ex: Executor, flat: bool, async_: str, returns: str) -> str:
    name = ex.flat_name if flat else ex.fluent_name
    slug_param = "        connection_slug: str,\n" if flat else ""
    return (
        f"    async def {name}(\n"
        "        self,\n"
        f"{slug_param}"
        f"        parameters: m.{ex.model} | m.{ex.model}Params | AnyBody | None = None,\n"
        "        *,\n"
        f"        async_: {async_},\n"
        "        timeout_ms: int | None = None,\n"
        "        version: str | None = None,\n"
        "        account_slug: str | None = None,\n"
        "        options: Body | None = None,\n"
        "        **extra_options: Any,\n"
        f"    ) -> {returns}:"
    )


def _method(ex: Executor, flat: bool) -> str:
    # one overload per value of async_: a queued run answers a QueuedExecution (its job_id a
    # str), a run waited for an ExecutionResult; a plain bool gets the common base
    overloads = [
        ("Literal[False] = False", f"m.{ex.result}"),
        ("Literal[True]", "m.QueuedExecution"),
        ("bool", "m.ExecutionResult"),
    ]
    stubs = "".join(
        f"    @overload\n{_signature(ex, flat, kind, returns)} ...\n" for kind, returns in overloads
    )
    slug_arg = "connection_slug" if flat else "self._slug"
    return (
        stubs
        + _signature(ex, flat, "bool = False", "m.ExecutionResult")
        + "\n"
        + _docstring(ex, flat, "        ")
        + f"        call = {ex.route_name}.call(\n"
        f"            {slug_arg}, parameters, async_, timeout_ms, version, account_slug, options,"
        " extra_options\n"
        "        )\n"
        "        return await self._transport.send(call)\n"
    )


def render(spec: dict[str, Any]) -> str:
    """The async executors module (before formatting)."""
    found = executors(spec)
    scopes = [f"Async{family.capitalize()}Scope" for family in FAMILIES]
    exports = ", ".join(f'"{name}"' for name in sorted(scopes))
    parts = [HEADER.format(exports=exports), "\n"]
    for ex in found:
        extra = f', "{ex.result}"' if ex.result != "ExecutionResult" else ""
        route = f'ExecutorRoute("{ex.suffix}", "{ex.model}"{extra})'
        parts.append(f"{ex.route_name}: ExecutorRoute[m.{ex.model}] = {route}\n")
    for family, doc in FAMILIES.items():
        members = [ex for ex in found if ex.family == family]
        parts.append(
            f"\n\nclass Async{family.capitalize()}Scope(_AsyncScope):\n"
            f'    """``client.connection(slug).{family}()``.\n\n    {doc}\n    """\n\n'
            "    __slots__ = ()\n"
        )
        parts.extend("\n" + _method(ex, flat=False) for ex in members)
    parts.append(
        "\n\nclass _AsyncFlatExecutors:\n"
        '    """The flat executors of the client: ``execute_<family>_<verb>(slug, ...)``."""\n\n'
        "    __slots__ = ()\n"
        "    _transport: AsyncTransport\n"
    )
    parts.extend("\n" + _method(ex, flat=True) for ex in found)
    return "".join(parts)


def outputs(root: Path, spec_path: Path) -> dict[Path, str]:
    spec = yaml.safe_load((root / spec_path).read_text(encoding="utf-8"))
    return {TARGET: render(spec)}
