"""Generate every operation's doors from the spec: ``_async/_generated.py`` (then unasync'd).

Each operation of the spec becomes two real methods with real signatures and docstrings from
its ``summary``, ``description`` and parameter descriptions: a fluent one on its scope
(``client.connection(slug).actions().get(action_slug)``) and a flat one on the client
(``client.get_action(connection_slug, action_slug)``); each builds its request itself (a flat
door makes no scope object on the way). The names
come from ``codegen/surface.py`` (the one place for naming rules). Operations the spec marks
``handwritten`` get their doors from ``_async/scopes.py`` and ``_async/client.py``; every other
behaviour here is generic: path segments, query values, bodies and answers as the spec states.
"""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path
from typing import Any

from codegen.surface import EXECUTE_QUERY, Operation, Param, Scope, build, snake

TARGET = Path("src/facilio_connections_sdk/_async/_generated.py")
SCOPES_MODULE = Path("src/facilio_connections_sdk/_async/scopes.py")
WIDTH = 92  # docstring text width inside a method

HEADER = '''\
# GENERATED CODE - DO NOT EDIT.
# Source: {spec} (every operation), by codegen/operations.py
# Regenerate with: python -m codegen   (check with: python -m codegen --check)
"""Every operation of the API as methods: the fluent scopes and the client's flat methods.

Fluent: ``client.connection(slug).actions().get(action_slug)``. Flat:
``client.get_action(connection_slug, action_slug)`` (``AsyncClientOperations``, a base of the
client); each builds and sends its request itself. Hand-written behaviour comes in through
the scopes' bases (``_async/scopes.py``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, cast, overload

from typing_extensions import deprecated

import facilio_connections_sdk.models as m
from facilio_connections_sdk._async.scopes import {bases}
from facilio_connections_sdk._async.send_loop import AsyncSendLoop
from facilio_connections_sdk._parse import binary_answer, member_of, no_content, text_answer
from facilio_connections_sdk._request import (
    Call,
    Query,
    as_int,
    as_text,
    check_type,
    each_value,
    form_items,
    header_value,
    one_of,
    request_body,
    segment,
    warn_deprecated,
)
from facilio_connections_sdk._calls import execute_call, multipart_parts
from facilio_connections_sdk._async.runs import (
    AsyncFlatRunDoor,
    AsyncRunDoor,
    Run,
    flat_run,
    fluent_run,
)
from facilio_connections_sdk.types import AnyBody, Body, RequestOptions

__all__ = [{exports}]
'''

EXECUTE_ARGS: list[tuple[str, str]] = [
    (
        "parameters",
        "A ``{model}``, or a dict with its wire keys. A dict literal is checked key by key "
        "against ``{model}Params`` (in ``facilio_connections_sdk.models``) by type checkers; a "
        "dict typed ``dict[str, Any]`` is what ``AnyBody`` (``facilio_connections_sdk.types``) "
        "accepts; an inferred ``dict[str, str]`` variable is refused (annotate it "
        "``{model}Params``). Any dict is checked against the model before anything is sent, "
        "then sent as written.",
    ),
    (
        "async_",
        "Queue the run and answer at once with a ``job_id`` (``?async=true``); wait for it "
        "with ``wait_for_job``.",
    ),
    ("timeout_ms", "How long the server may run it, in milliseconds."),
    ("version", "Pin the action version; a mismatch raises ``ConflictError``."),
    ("account_slug", "The connected account to run as (never over one in the body)."),
    (
        "options",
        "Execution options (``source``, ``purpose``, ``debug``, ...) for the body; ``Body`` is "
        "``Mapping[str, Any]``.",
    ),
    ("**extra_options", "More execution options; they win over ``options``."),
]
RAISES: list[tuple[str, str]] = [
    ("ValueError", "Bad input, found before anything is sent (``TypeError`` for a wrong type)."),
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


def _docstring(lines: list[str], indent: str) -> str:
    text = "\n".join((indent + line) if line else "" for line in lines)
    return f'{indent}"""{text.removeprefix(indent)}\n{indent}"""\n'


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text.endswith(".") else text + "."


def _about(p: Param, fallback: str) -> str:
    """A parameter's Args text: its description, the spec's default, deprecation."""
    text = _sentence(p.doc) or fallback
    if p.array:
        how = "repeated: ``k=a&k=b``" if p.array == "multi" else "comma-separated: ``k=a,b``"
        text += f" A list ({how})."
    if p.default is not None:
        text += f" The server's default: ``{p.default}``."
    if p.deprecated:
        text += " Deprecated: passing it warns (``DeprecationWarning``)."
    return text


def _doc(op: Operation, flat: bool) -> str:
    width = WIDTH
    where = f"``{op.method} {op.template}``. {op.description}"
    args: list[tuple[str, str]] = []
    params = op.path_params if flat else op.unbound
    args += [(p.name, _sentence(p.doc) or "A path parameter.") for p in params]
    if op.execute:
        model = op.body_model or ""
        args += [(name, text.format(model=model)) for name, text in EXECUTE_ARGS[:-1]]
        args += [(p.name, _about(p, "A query parameter.")) for p in _extra_query(op)]
        args += [(p.name, _about(p, f"Sent as the ``{p.wire}`` header.")) for p in op.headers]
        args += [OPTIONS_ARG, EXECUTE_ARGS[-1]]
        returns = _run_returns(op)
    else:
        if op.body == "model":
            sent = "" if op.body_type == "application/json" else f", sent as ``{op.body_type}``"
            args.append(
                (
                    "body",
                    f"A ``{op.body_model}`` or a mapping with its wire keys, checked first{sent}.",
                )
            )
        args += [(p.name, _about(p, "A body field.")) for p in op.fields]
        args += [(p.name, _about(p, "A query parameter.")) for p in op.query]
        args += [(p.name, _about(p, f"Sent as the ``{p.wire}`` header.")) for p in op.headers]
        args += [(p.name, p.doc) for p in op.ignored]
        args.append(OPTIONS_ARG)
        returns = f"{op.returns.removeprefix('m.')}: {_sentence(op.response_doc)}"
        if op.answer == "none":
            returns += f" (HTTP {op.status}, no body): ``None``."
        elif op.answer in ("text", "bytes"):
            returns += f" The ``{op.answer_type}`` body, bounded by ``max_response_bytes``."
        elif op.answer == "union":
            returns += " The member model the body is (no ``.root`` to read)."
    lines = [f"{op.summary}.", "", *textwrap.wrap(where, width), ""]
    if op.deprecated:
        lines[1:1] = ["", *textwrap.wrap(f"Deprecated: {op.deprecated}.", width)]
    if args:
        lines += [*_section("Args", args, width), ""]
    lines += [
        "Returns:",
        # Google style: ``Type: description``, continuation lines indented under it
        *textwrap.wrap(returns, width, initial_indent="    ", subsequent_indent="        "),
        "",
        *_section("Raises", RAISES, width),
    ]
    if op.response_headers:
        told = [
            (f"{p.wire} ({p.type})", _sentence(p.doc) or "A response header.")
            for p in op.response_headers
        ]
        lines += ["", *_section("Response headers", told, width)]
    return _docstring(lines, "        ")


def _run_returns(op: Operation) -> str:
    """What a run's doors say they return (a row's and a written-out executor's alike)."""
    return (
        f"{op.response}: {_sentence(op.response_doc)} With ``async_=True`` a "
        "``QueuedExecution``, whose ``job_id`` is always a ``str``."
    )


def _annotation(p: Param) -> str:
    if p.required:
        return p.annotation
    return f"{p.annotation} | None = None"


OPTIONS_PARAM = "request_options: RequestOptions | None = None"
OPTIONS_ARG = (
    "request_options",
    "Per-call headers, query, timeout and retries (``RequestOptions``); never sent in the body.",
)


def _signature_params(op: Operation, flat: bool, async_kind: str = "") -> list[str]:
    """The parameters after ``self``, as source lines (``*`` included)."""
    out: list[str] = []
    params = op.path_params if flat else op.unbound
    out += [f"{p.name}: {p.type}" for p in params]
    if op.execute:
        model = op.body_model
        out.append(f"parameters: m.{model} | m.{model}Params | AnyBody | None = None")
        out += [
            "*",
            f"async_: {async_kind}",
            "timeout_ms: int | None = None",
            "version: str | None = None",
            "account_slug: str | None = None",
            "options: Body | None = None",
        ]
        out += [f"{p.name}: {_annotation(p)}" for p in [*_extra_query(op), *op.headers]]
        out += [OPTIONS_PARAM, "**extra_options: Any"]
        return out
    if op.body == "model":
        model = op.body_model
        out.append(f"body: m.{model} | m.{model}Params | AnyBody | None = None")
    out += [f"{p.name}: {p.type}" for p in op.fields if p.required]
    out += [f"{p.name}: {_annotation(p)}" for p in op.query if p.name in op.positional]
    rest = [
        f"{p.name}: {p.annotation}"
        for p in [*op.query, *op.headers]
        if p.required and p.name not in op.positional
    ]
    rest += [f"{p.name}: {_annotation(p)}" for p in op.fields if not p.required]
    rest += [
        f"{p.name}: {_annotation(p)}"
        for p in [*op.query, *op.headers]
        if not p.required and p.name not in op.positional
    ]
    rest += [f"{p.name}: {p.type} | None = None" for p in op.ignored]
    return [*out, "*", *rest, OPTIONS_PARAM]


def _def(name: str, params: list[str], returns: str, is_async: bool = True) -> str:
    head = "async def" if is_async else "def"
    inner = "".join(f"        {p},\n" for p in ["self", *params])
    return f"    {head} {name}(\n{inner}    ) -> {returns}:"


def _segment_lines(op: Operation, flat: bool = False) -> list[str]:
    """Encode (and check) the path parameters the method takes, before anything else: a flat
    door takes them all (named in errors as the scopes' factories name them)."""
    if not flat:
        return [
            f"{snake(p.wire)}_segment = segment({p.name}, {p.name!r})"
            for p in (op.path_params[len(op.scope.bound) :])
        ]
    labels: dict[str, str] = {}
    for scope in op.scope.chain:
        labels.update(scope.labels)
    bound = set(op.scope.bound)
    out = []
    for p in op.path_params:
        label = labels.get(p.wire, p.name) if p.wire in bound else p.name
        out.append(f"{snake(p.wire)}_segment = segment({p.name}, {label!r})")
    return out


def _path_expr(op: Operation, flat: bool = False) -> str:
    """The request path as an f-string: bound segments from ``self._args`` (a flat door has
    none bound), the others encoded."""
    parts = []
    index = 0
    bound = 0 if flat else len(op.scope.bound)
    for seg in op.template.strip("/").split("/"):
        if seg.startswith("{"):
            wire = seg[1:-1]
            if index < bound:
                parts.append(f"{{self._args[{index}]}}")
            else:
                parts.append(f"{{{snake(wire)}_segment}}")
            index += 1
        else:
            parts.append(seg.replace("{", "{{").replace("}", "}}"))
    text = "/" + "/".join(parts)
    return f'f"{text}"' if "{" in text.replace("{{", "") else f'"{text}"'


def _deprecated_lines(op: Operation) -> list[str]:
    """Warn at the user's line when a deprecated parameter is passed."""
    lines: list[str] = []
    for p in [*op.query, *op.headers, *op.fields]:
        if p.deprecated:
            message = f"{op.operation_id}: the {p.where} parameter {p.name} is deprecated"
            lines += [f"if {p.name} is not None:", f"    warn_deprecated({message!r})"]
    return lines


def _header_lines(op: Operation) -> list[str]:
    lines: list[str] = []
    if not op.headers:
        return lines
    lines.append("headers: Query = []")
    for p in op.headers:
        value = f"header_value({p.name}, {p.name!r}, {p.type!r})"
        if p.enum:
            value = f"one_of({value}, {p.name!r}, {tuple(p.enum)!r})"
        if p.required:
            lines.append(f"headers.append(({p.wire!r}, {value}))")
        else:
            lines += [f"if {p.name} is not None:", f"    headers.append(({p.wire!r}, {value}))"]
    return lines


def _query_lines(op: Operation, only: list[Param] | None = None) -> list[str]:
    lines: list[str] = []
    params = op.query if only is None else only
    if not params:
        return lines
    lines.append("query: Query = []")
    for p in params:
        name, wire = p.name, p.wire
        if p.array:
            enum = f", {tuple(p.enum)!r}" if p.enum else ", ()"
            delimiter = ', ","' if p.array == "csv" else ""
            values = f"each_value({name}, {name!r}, {p.type!r}{enum}{delimiter})"
            if p.array == "multi":
                add = f"query.extend(({wire!r}, v) for v in {values})"
            else:  # an empty list sends nothing, as the repeated form does
                add = f'query.extend(({wire!r}, ",".join(v)) for v in [{values}] if v)'
            lines += [add] if p.required else [f"if {name} is not None:", f"    {add}"]
            continue
        if p.type == "float":
            value = f"as_text({name}, {name!r}, 'float')"
            lines += [f"if {name} is not None:", f"    query.append(({wire!r}, {value}))"]
            continue
        if p.type == "int":
            value = f"as_int({name}, {name!r})"
        elif p.type == "bool":
            value = f'"true" if {name} else "false"'
        else:
            value = f"str({name})"
            if p.enum:
                value = f"one_of({name}, {name!r}, {tuple(p.enum)!r})"
        test = f"{name} is not None"
        if p.skip_blank:
            test += f" and str({name}).strip()"
        lines += [f"if {test}:", f"    query.append(({wire!r}, {value}))"]
    return lines


def _body_lines(op: Operation) -> tuple[list[str], str]:
    """Lines that build the body, and the ``json=`` argument ('' for none)."""
    if op.body == "empty":
        return [], ", json={}"
    if op.body == "model":
        line = f"data = request_body(body, m.{op.body_model})"
        if op.body_type == "application/x-www-form-urlencoded":
            return [line], ", form=form_items(data)"
        if op.body_type == "multipart/form-data":  # a model's bytes stay bytes (file parts)
            line = f"data = request_body(body, m.{op.body_model}, parts=True)"
            return [line], ", files=multipart_parts(data)"
        return [line], ", json=data"
    if op.body != "fields":
        return [], ""
    kinds = {"bool": "bool", "int": "int", "str": "str", "float": "float"}
    lines = []
    for p in op.fields:
        if p.type in kinds:
            check = f"check_type({p.name}, {p.name!r}, {kinds[p.type]})"
            lines += [check] if p.required else [f"if {p.name} is not None:", f"    {check}"]
    lines.append("fields: dict[str, Any] = {}")
    for p in op.fields:
        if p.required:
            lines.append(f"fields[{p.wire!r}] = {p.name}")
        else:
            lines += [f"if {p.name} is not None:", f"    fields[{p.wire!r}] = {p.name}"]
    lines.append(f"data = request_body(fields, m.{op.body_model})")
    return lines, ", json=data"


PARSERS = {"none": "no_content", "text": "text_answer", "bytes": "binary_answer"}


def _decorator(op: Operation) -> str:
    """PEP 702 for type checkers and IDEs (the warning itself comes from the body)."""
    if not op.deprecated:
        return ""
    return f"    @deprecated({op.deprecated!r}, category=None)\n"


def _run_tail(op: Operation) -> str | None:
    """The path after ``/connections/{slug}/`` of an executor that differs from the others only
    by data (a row of the table: one hand-written run serves it); ``None`` when it has more
    (another path parameter, a header, its own query, a deprecation): its doors are written
    out."""
    prefix = "/connections/{slug}/"
    if (
        not op.execute
        or op.deprecated
        or op.headers
        or _extra_query(op)
        or _deprecated_lines(op)
        or len(op.path_params) != 1
        or not op.template.startswith(prefix)
    ):
        return None
    tail = op.template.removeprefix(prefix)
    return tail if "{" not in tail else None


def _row_name(op: Operation) -> str:
    return "_" + op.flat.removeprefix("execute_").upper()


def _rows(ops: list[Operation]) -> str:
    """The table: one ``Run`` per executor served by the hand-written run."""
    lines = [
        "\n\n# The executors: flat name, fluent name, path after /connections/{slug}/, parameters"
        "\n# model, result model, summary. Each row makes two doors (``_async/runs.py``).\n"
    ]
    for op in ops:
        tail = _run_tail(op)
        if tail is not None:
            lines.append(
                f"{_row_name(op)} = Run({op.flat!r}, {op.fluent!r}, {tail!r}, {op.body_model!r}, "
                f"{op.response!r}, {_sentence(op.summary)!r})\n"
            )
    return "".join(lines) if len(lines) > 1 else ""


def _run_door(op: Operation, flat: bool) -> str:
    """A row's door: typed as the run's protocol of its models, documented by its own text."""
    name = op.flat if flat else op.fluent
    kind = "AsyncFlatRunDoor" if flat else "AsyncRunDoor"
    make = "flat_run" if flat else "fluent_run"
    model = op.body_model
    where = f"``{op.method} {op.template}``. {op.description}"
    args = [(p.name, _sentence(p.doc) or "A path parameter.") for p in op.path_params if flat]
    args.append(("parameters", f"A ``{model}``, or a dict with its wire keys (``{model}Params``)."))
    returns = _run_returns(op)
    lines = [f"{op.summary}.", "", *textwrap.wrap(where, WIDTH + 4), ""]
    lines += [*_section("Args", args, WIDTH + 4), ""]
    lines += [
        "Returns:",
        *textwrap.wrap(returns, WIDTH + 4, initial_indent="    ", subsequent_indent="        "),
        "",
        *textwrap.wrap(
            f"The run's other options and what it raises: ``{kind}`` (every run's signature).",
            WIDTH + 4,
        ),
    ]
    annotation = f"{kind}[m.{model}, m.{model}Params, m.{op.response}]"
    return f"    {name}: {annotation} = {make}({_row_name(op)})\n" + _docstring(lines, "    ")


def _fluent(op: Operation) -> str:
    if _run_tail(op) is not None:
        return _run_door(op, flat=False)
    if op.execute:
        return _execute_method(op, flat=False)
    head = _decorator(op) + _def(op.fluent, _signature_params(op, False), op.returns)
    return head + "\n" + _doc(op, flat=False) + _code(op, flat=False)


def _code(op: Operation, flat: bool) -> str:
    """A door's body: check and encode every argument, build the ``Call``, send it (a flat
    door does it all itself: no scope object is made on the way)."""
    body = _segment_lines(op, flat)
    if op.deprecated:
        body.append(f"warn_deprecated({op.deprecated!r})")
    body += _deprecated_lines(op)
    qlines = _query_lines(op)
    hlines = _header_lines(op)
    blines, json_arg = _body_lines(op)
    body += qlines + hlines + blines
    extra = ", params=query or None" if qlines else ""
    extra += ", headers=headers" if hlines else ""
    model = f"m.{op.response}"
    if op.answer in PARSERS:
        model, extra = "m.ApiModel", extra + f", parse={PARSERS[op.answer]}"
    elif op.answer == "union":  # the union's RootModel reads it; the door returns the member
        model, extra = "m.ApiModel", extra + f", parse=member_of(m.{op.response})"
    extra += f", options=request_options, operation={op.flat!r}"
    call = f'Call("{op.method}", {_path_expr(op, flat)}, {model}{extra}{json_arg})'
    sent = f"await self._send_loop.send({call})"
    if op.answer == "model":
        body.append(f"return {sent}")
    else:
        body.append(f"return cast({op.returns!r}, {sent})")
    return "".join(f"        {line}\n" for line in body)


def _flat(op: Operation) -> str:
    if _run_tail(op) is not None:
        return _run_door(op, flat=True)
    if op.execute:
        return _execute_method(op, flat=True)
    head = _decorator(op) + _def(op.flat, _signature_params(op, True), op.returns)
    return head + "\n" + _doc(op, flat=True) + _code(op, flat=True)


def _execute_method(op: Operation, flat: bool) -> str:
    # one overload per value of async_: a queued run answers a QueuedExecution (its job_id a
    # str), a run waited for its own model; a plain bool either (what help() shows too)
    name = op.flat if flat else op.fluent
    either = (
        "m.ExecutionResult"  # QueuedExecution is one
        if op.response == "ExecutionResult"
        else f"m.{op.response} | m.QueuedExecution"
    )
    overloads = [
        ("Literal[False] = False", f"m.{op.response}"),
        ("Literal[True]", "m.QueuedExecution"),
        ("bool", either),
    ]
    decorator = _decorator(op)
    stubs = "".join(
        f"    @overload\n{decorator}{_def(name, _signature_params(op, flat, kind), returns)} ...\n"
        for kind, returns in overloads
    )
    head = decorator + _def(name, _signature_params(op, flat, "bool = False"), either)
    warn = [f"warn_deprecated({op.deprecated!r})"] if op.deprecated else []
    warn += _deprecated_lines(op)
    # a flat door builds the run itself too: no scope object is made on the way
    extra = _extra_query(op)
    lines = [*_segment_lines(op, flat), *warn]
    if extra:
        lines += _query_lines(op, extra)
    lines += _header_lines(op)
    lines += [
        "call = execute_call(",
        f"    {_path_expr(op, flat)},",
        f"    m.{op.body_model},",
        f"    m.{op.response},",
        "    parameters,",
        "    async_,",
        "    timeout_ms,",
        "    version,",
        "    account_slug,",
        "    options,",
        "    extra_options,",
    ]
    lines += ["    extra_query=query or None,"] if extra else []
    lines += ["    headers=headers,"] if op.headers else []
    lines += [
        "    request_options=request_options,",
        ")",
        "return await self._send_loop.send(call)",
    ]
    code = "".join(f"        {line}\n" for line in lines)
    return stubs + head + "\n" + _doc(op, flat) + code


def _extra_query(op: Operation) -> list[Param]:
    """A run's query parameters beyond ``async``, ``timeout_ms`` and ``version``."""
    return [p for p in op.query if p.wire not in EXECUTE_QUERY]


def _reach(scope: Scope) -> str:
    """How a user reaches the scope: ``client.connection(slug).actions()``."""
    out = "client"
    for s in scope.chain:
        out += f".{s.name}({', '.join(s.names[w] for w in s.own)})"
    return out


def _factory(scope: Scope, from_root: bool) -> str:
    params = [f"{scope.names[w]}: str" for w in scope.own]
    args = ["self._send_loop"]
    if not from_root:
        args.append("*self._args")
    args += [f"segment({scope.names[w]}, {scope.labels[w]!r})" for w in scope.own]
    lines = textwrap.wrap(f"``{_reach(scope)}``: {_sentence(scope.description)}", WIDTH)
    if scope.own:
        lines += ["", "Raises:", "    ValueError: A bad path segment (empty, ``.`` or ``..``)."]
    return (
        _def(scope.name, params, f"Async{scope.cls}", is_async=False)
        + "\n"
        + _docstring(lines, "        ")
        + f"        return Async{scope.cls}({', '.join(args)})\n"
    )


def _hand_written_bases(root: Path) -> set[str]:
    tree = ast.parse((root / SCOPES_MODULE).read_text(encoding="utf-8"))
    return {node.name for node in tree.body if isinstance(node, ast.ClassDef)}


def render(spec: dict[str, Any], root: Path, spec_name: str) -> str:
    """The async operations module (before formatting)."""
    found, ops = build(spec)
    known = _hand_written_bases(root)
    used = [s for s in found if any(s in op.scope.chain for op in ops)]
    bases = {
        s.name: f"Async{s.cls}Base" if f"Async{s.cls}Base" in known else "AsyncScope" for s in used
    }
    exports = sorted([f"Async{s.cls}" for s in used] + ["AsyncClientOperations"])
    imports = ", ".join(sorted(set(bases.values())))
    parts = [
        HEADER.format(spec=spec_name, bases=imports, exports=", ".join(f'"{n}"' for n in exports)),
        _rows([op for op in ops if not op.handwritten]),
    ]
    for scope in used:
        doc = _docstring(
            textwrap.wrap(f"``{_reach(scope)}``: {_sentence(scope.description)}", WIDTH), "    "
        )
        parts.append(
            f"\n\nclass Async{scope.cls}({bases[scope.name]}):\n{doc}\n    __slots__ = ()\n"
        )
        parts += ["\n" + _factory(child, False) for child in used if child.parent is scope]
        parts += ["\n" + _fluent(op) for op in ops if op.scope is scope and not op.handwritten]
    parts.append(
        "\n\nclass AsyncClientOperations:\n"
        '    """Every operation as a client method (flat), and the fluent scopes\' roots."""\n\n'
        "    __slots__ = ()\n"
        "    _send_loop: AsyncSendLoop\n"
    )
    parts += ["\n" + _factory(scope, True) for scope in used if scope.parent is None]
    parts += ["\n" + _flat(op) for op in ops if not op.handwritten]
    return "".join(parts)


DOORS = Path("src/facilio_connections_sdk/_async/_generated_doors.py")
DOORS_HEADER = '''\
# GENERATED CODE - DO NOT EDIT.
# Source: {spec} (every operation), by codegen/operations.py
# Regenerate with: python -m codegen   (check with: python -m codegen --check)
"""The generated doors of each scope with a hand-written base, as protocols.

A hand-written base (``_async/scopes.py``) calls its scope's generated doors through these
(``cast("AsyncJobsScopeDoors", self).result(job_id)``), so a type checker holds those calls to
the signatures the spec generates now; nothing copies a signature by hand.
"""

from __future__ import annotations

from typing import Any, Literal, Protocol

import facilio_connections_sdk.models as m
from facilio_connections_sdk.types import AnyBody, Body, RequestOptions

__all__ = [{exports}]
'''


def render_doors(spec: dict[str, Any], root: Path, spec_name: str) -> str:
    """Protocols naming the generated fluent doors of each scope whose hand-written base calls
    them through one (``_async/scopes.py`` names it)."""
    found, ops = build(spec)
    named = (root / SCOPES_MODULE).read_text(encoding="utf-8")  # the protocols it calls through
    scopes = [s for s in found if f"Async{s.cls}Doors" in named]
    names = [f"Async{s.cls}Doors" for s in scopes]
    parts = [DOORS_HEADER.format(spec=spec_name, exports=", ".join(f'"{n}"' for n in names))]
    for scope, name in zip(scopes, names, strict=True):
        doors = [op for op in ops if op.scope is scope and not op.handwritten and not op.execute]
        parts.append(
            f'\n\nclass {name}(Protocol):\n    """The generated doors of ``{_reach(scope)}``."""\n'
        )
        for op in doors:
            parts.append(
                "\n" + _def(op.fluent, _signature_params(op, False), op.returns) + " ...\n"
            )
    return "".join(parts)


def outputs(root: Path, spec: dict[str, Any], spec_name: str) -> dict[Path, str]:
    return {
        TARGET: render(spec, root, spec_name),
        DOORS: render_doors(spec, root, spec_name),
    }
