"""``facilio-connections actions codegen``: writes a tenant's saved actions as typed Python.

(Not the SDK's own generator, ``codegen/``, which writes the SDK from the spec; the code this
writes runs on ``saved_actions.py``.)

``fetch`` reads the actions of a tenant (their inputs and outputs) into plain specs;
``render`` writes the module; the module ends with a JSON manifest of what it was generated
from, which ``changes`` compares with the tenant for ``--check``. The output is formatted by
construction (no formatter needed at run time) and is the same byte for byte for the same tenant.
"""

from __future__ import annotations

import ast
import json
import keyword
import re
import textwrap
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from facilio_connections_sdk._sync.client import ConnectionsClient

__all__ = [
    "ActionSpec",
    "ConnectionSpec",
    "InputSpec",
    "changes",
    "fetch",
    "read_manifest",
    "render",
]

WIDTH = 88
_TYPES = {
    "string": "str",
    "number": "float",
    "integer": "int",
    "boolean": "bool",
    "object": "dict[str, Any]",
    "array": "list[Any]",
    "file": "FileInput",
}
# parameters every generated method has, and the locals it uses: inputs never take these names
_RESERVED = frozenset(
    {"self", "async_", "timeout_ms", "version", "account_slug", "sent_body_", "sent_files_"}
)
_MANIFEST_START = 'MANIFEST = r"""'


@dataclass(frozen=True)
class InputSpec:
    wire: str
    type: str
    required: bool
    options: tuple[Any, ...] | None = None
    label: str | None = None
    description: str | None = None
    default: Any = None


@dataclass(frozen=True)
class ActionSpec:
    slug: str
    name: str
    description: str | None
    inputs: tuple[InputSpec, ...]
    outputs: tuple[tuple[str, str, str | None], ...]


@dataclass(frozen=True)
class ConnectionSpec:
    slug: str
    display_name: str
    actions: tuple[ActionSpec, ...]


# -- reading the tenant -----------------------------------------------------------------------


def fetch(client: ConnectionsClient, slugs: Sequence[str] = ()) -> list[ConnectionSpec]:
    """The connections named (all with saved actions when none are) and their actions."""
    chosen = list(slugs) or [c.slug for c in client.iter_connections()]
    out = []
    for slug in sorted(set(chosen)):
        detail = client.get_connection(slug)
        actions = []
        for action in sorted(client.iter_actions(slug), key=lambda a: a.slug):
            inputs = client.list_action_inputs(slug, action.slug).inputs
            outputs = client.list_action_output_meta(slug, action.slug).outputs
            actions.append(
                ActionSpec(
                    slug=action.slug,
                    name=action.name,
                    description=action.description,
                    inputs=tuple(
                        InputSpec(
                            wire=i.name,
                            type=str(i.type),
                            required=bool(i.required),
                            options=tuple(i.options) if i.options else None,
                            label=i.label,
                            description=i.description,
                            default=i.default,
                        )
                        for i in inputs
                    ),
                    outputs=tuple((o.name, str(o.type), o.description) for o in outputs),
                )
            )
        if actions or slugs:
            out.append(ConnectionSpec(slug, detail.connection.display_name, tuple(actions)))
    return out


# -- names --------------------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", text)
    return [w for w in re.split(r"[^A-Za-z0-9]+", spaced) if w]


def _snake(text: str) -> str:
    return "_".join(w.lower() for w in _words(text))


def _pascal(text: str) -> str:
    return "".join(w[:1].upper() + w[1:].lower() for w in _words(text))


def _valid(name: str, fallback: str, prefix: str) -> str:
    """``name`` made a valid identifier: empty -> fallback, a leading digit -> prefix."""
    if not name:
        name = fallback
    if name[0].isdigit():
        name = prefix + name
    if keyword.iskeyword(name) or keyword.issoftkeyword(name):
        name += "_"
    return name


class _Names:
    """Unique, valid names in one namespace; every change is noted for a comment."""

    def __init__(self, taken: Iterable[str] = ()) -> None:
        self.taken = set(taken)
        self.notes: list[str] = []

    def take(self, wanted: str, source: str, plain: str) -> str:
        name = wanted
        n = 2
        while name in self.taken:
            name = f"{wanted}_{n}" if wanted[-1:] != "_" else f"{wanted}{n}"
            n += 1
        self.taken.add(name)
        if name != plain:
            self.notes.append(f"{source!r} is {name}")
        return name


# -- rendering ----------------------------------------------------------------------------------


def _literal(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, str) else repr(value)


def _annotation(spec: InputSpec) -> str:
    options = spec.options
    if options and all(isinstance(o, (str, int, bool)) and o is not None for o in options):
        return "Literal[" + ", ".join(_literal(o) for o in options) + "]"
    return _TYPES.get(spec.type, "Any")


def _doc(lines: list[str], indent: str) -> list[str]:
    """A docstring: each paragraph wrapped to the width; ``lines`` are paragraphs or items."""
    width = WIDTH - len(indent)
    out: list[str] = []
    for line in lines:
        if not line:
            out.append("")
            continue
        lead = len(line) - len(line.lstrip(" "))
        wrapped = textwrap.wrap(
            line.strip(),
            width - lead,
            subsequent_indent="    " if lead else "",  # an item's lines hang under it
            break_on_hyphens=False,
        ) or [""]
        out += [" " * lead + w for w in wrapped]
    text = [indent + '"""' + _escaped(out[0])]
    text += [(indent + _escaped(w)) if w else "" for w in out[1:]]
    if len(out) > 1:
        text.append(indent + '"""')
    else:
        body = text[0][:-1]
        slashes = len(body) - len(body.rstrip("\\"))
        if text[0].endswith('"') and slashes % 2 == 0:  # an unescaped quote before the closing
            text[0] = body + '\\"'
        text[0] += '"""'
    return text


def _escaped(line: str) -> str:
    """A docstring line as source whose text is ``line`` exactly: a tenant's description may
    hold backslashes (``\\N``, ``\\x``) or triple quotes."""
    text = line.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    return "".join(f"\\x{ord(c):02x}" if ord(c) < 32 and c != "\t" else c for c in text)


def _comment(text: str, indent: str) -> list[str]:
    return [f"{indent}# {line}" for line in textwrap.wrap(text, WIDTH - len(indent) - 2)]


@dataclass
class _Planned:
    spec: ActionSpec
    method: str
    model: str
    params: list[tuple[str, InputSpec]]
    notes: list[str]


def _plan(conn: ConnectionSpec, models: _Names) -> tuple[str, list[_Planned], list[str]]:
    cls_plain = _pascal(conn.slug) + "Actions"
    cls = _valid(cls_plain, "Connection", "C")
    methods = _Names({"slug"})
    planned = []
    for action in conn.actions:
        plain = _snake(action.slug)
        method = methods.take(_valid(plain, "action", "a_"), action.slug, plain)
        model_plain = _pascal(action.slug) + "Input"
        wanted = _valid(model_plain, "ActionInput", "A")
        if wanted in models.taken:  # the same action slug on another connection
            wanted = _valid(_pascal(conn.slug) + model_plain, "ActionInput", "A")
        model = models.take(wanted, action.slug, model_plain)
        params = _Names(_RESERVED)
        inputs = []
        for spec in action.inputs:
            plain_param = _snake(spec.wire)
            name = params.take(_valid(plain_param, "input", "input_"), spec.wire, plain_param)
            inputs.append((name, spec))
        notes = [f"input {note}" for note in params.notes]
        if model != model_plain:
            notes.append(f"the inputs model of {action.slug!r} is {model}")
        planned.append(_Planned(action, method, model, inputs, notes))
    return cls, planned, methods.notes


def _model_lines(plan: _Planned) -> list[str]:
    action = plan.spec
    lines = [f"class {plan.model}(ApiModel):"]
    lines += _doc(
        [f"The inputs of ``{action.slug}`` ({action.name}), under their wire names."], "    "
    )
    fields = [(name, spec) for name, spec in plan.params if spec.type != "file"]
    if not fields:
        return lines
    lines.append("")
    for name, spec in fields:
        annotation = _annotation(spec)
        text = spec.label or spec.description
        extras = [f"alias={_literal(spec.wire)}"]
        if text:
            extras.append(f"description={_literal(text)}")
        typed = annotation if spec.required else f"{annotation} | None"
        default = "" if spec.required else " = None"
        field = f"Field({', '.join(extras)})"
        line = f"    {name}: Annotated[{typed}, {field}]{default}"
        if len(line) <= WIDTH:
            lines.append(line)
        elif default and len(f"    {name}: Annotated[{typed}, {field}] = (") <= WIDTH:
            lines += [f"    {name}: Annotated[{typed}, {field}] = (", "        None", "    )"]
        elif len(f"        {typed}, {field}") <= WIDTH:  # as ruff format wraps it
            lines += [f"    {name}: Annotated[", f"        {typed}, {field}", f"    ]{default}"]
        else:
            lines += [f"    {name}: Annotated[", f"        {typed},", f"        {field},"]
            lines.append(f"    ]{default}")
    return lines


def _method_lines(conn: ConnectionSpec, plan: _Planned, is_async: bool) -> list[str]:
    action = plan.spec
    lines = []
    for note in plan.notes:
        lines += _comment(f"{note} (made a valid, unique Python name)", "    ")
    params = []
    for name, spec in sorted(plan.params, key=lambda p: not p[1].required):
        annotation = _annotation(spec)
        if spec.required:
            params.append(f"        {name}: {annotation},")
        else:
            params.append(f"        {name}: {annotation} | NotSent = NOT_SENT,")
    keyword = "async def" if is_async else "def"

    def signature(async_: str, returns: str) -> list[str]:
        return [
            f"    {keyword} {plan.method}(",
            "        self,",
            "        *,",
            *params,
            f"        async_: {async_},",
            "        timeout_ms: int | None = None,",
            "        version: str | None = None,",
            "        account_slug: str | None = None,",
            f"    ) -> {returns}:",
        ]

    # a queued run (async_=True) answers a QueuedExecution, whose job_id is a str
    for async_, returns in (
        ("Literal[False] = False", "ExecutionResult"),
        ("Literal[True]", "QueuedExecution"),
        ("bool", "ExecutionResult"),
    ):
        stub = signature(async_, returns)
        stub[-1] += " ..."
        lines += ["    @overload", *stub]
    lines += signature("bool = False", "ExecutionResult")
    doc = [f"{action.name}."]
    if action.description:
        doc += ["", action.description]
    doc += ["", f"Runs ``{action.slug}`` of ``{conn.slug}`` (``execute_action``)."]
    if plan.params:
        doc += ["", "Args:"]
        for name, spec in plan.params:
            about = spec.label or spec.description or spec.wire
            if spec.label and spec.description:
                about = f"{spec.label}: {spec.description}"
            extra = "required" if spec.required else "optional"
            if spec.default is not None and not spec.required:
                extra += f"; the server's default: {_literal(spec.default)}"
            doc.append(f"    {name}: {about} (``{spec.wire}``, {spec.type}, {extra}).")
    doc += ["    async_, timeout_ms, version, account_slug: as for ``execute_action``."]
    if action.outputs:
        doc += ["", "Outputs:"]
        for out_name, out_type, out_doc in action.outputs:
            doc.append(f"    {out_name} ({out_type}){': ' + out_doc if out_doc else ''}")
    lines += _doc(doc, "        ")
    files = sorted(spec.wire for _, spec in plan.params if spec.type == "file")
    file_set = (
        "frozenset({" + ", ".join(_literal(f) for f in files) + "})" if files else "frozenset()"
    )
    lines.append("        sent_body_, sent_files_ = prepare_inputs(")
    lines.append(f"            {plan.model},")
    if plan.params:
        lines.append("            {")
        for name, spec in plan.params:
            lines.append(f"                {_literal(spec.wire)}: {name},")
        lines.append("            },")
    else:
        lines.append("            {},")
    lines.append(f"            {file_set},")
    lines.append("        )")
    call = "await self._client.execute_action(" if is_async else "self._client.execute_action("
    lines += [
        f"        return {call}",
        "            self.slug,",
        f"            {_literal(action.slug)},",
        "            sent_body_,",
        "            files=sent_files_,",
        "            async_=async_,",
        "            timeout_ms=timeout_ms,",
        "            version=version,",
        "            account_slug=account_slug,",
        "        )",
    ]
    return lines


def manifest(connections: Sequence[ConnectionSpec]) -> dict[str, Any]:
    """What ``--check`` compares: per action, each input's type, required and options."""
    return {
        conn.slug: {
            action.slug: {
                spec.wire: {
                    "type": spec.type,
                    "required": spec.required,
                    "options": list(spec.options) if spec.options else None,
                }
                for spec in action.inputs
            }
            for action in conn.actions
        }
        for conn in connections
    }


def render(connections: Sequence[ConnectionSpec], origin: str, command: str) -> str:
    """The generated module's text."""
    models = _Names()
    plans = [(conn, *_plan(conn, models)) for conn in connections]
    lines = [
        "# GENERATED CODE - DO NOT EDIT.",
        f"# Saved actions of {origin}, read by facilio-connections.",
        f"# Regenerate with: {command}",
        f"# Check with:      {command} --check",
        '"""Typed saved actions: one class per connection, one method per action."""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import Annotated, Any, Final, Literal, overload",
        "",
        "from pydantic import Field",
        "",
        "from facilio_connections_sdk import AsyncConnectionsClient, ConnectionsClient",
        "from facilio_connections_sdk.models import ApiModel, ExecutionResult, QueuedExecution",
        "from facilio_connections_sdk.saved_actions import (",
        "    NOT_SENT,",
        "    FileInput,",
        "    NotSent,",
        "    prepare_inputs,",
        ")",
        "",
        "__all__ = [",
    ]
    exported = sorted(
        [name for _, cls, _, _ in plans for name in (cls, "Async" + cls)]
        + [p.model for _, _, planned, _ in plans for p in planned]
    )
    lines += [f"    {_literal(name)}," for name in exported] + ["]"]
    for _, _, planned, _ in plans:
        for plan in planned:
            lines += ["", "", *_model_lines(plan)]
    for conn, cls, planned, notes in plans:
        for is_async in (False, True):
            name = ("Async" + cls) if is_async else cls
            client = "AsyncConnectionsClient" if is_async else "ConnectionsClient"
            lines += ["", ""]
            for note in notes:
                lines += _comment(f"action {note} (made a valid, unique Python name)", "")
            lines.append(f"class {name}:")
            lines += _doc([f"The saved actions of ``{conn.slug}`` ({conn.display_name})."], "    ")
            lines += [
                "",
                f"    slug: Final = {_literal(conn.slug)}",
                "",
                f"    def __init__(self, client: {client}) -> None:",
                "        self._client = client",
            ]
            for plan in planned:
                lines += ["", *_method_lines(conn, plan, is_async)]
    data = json.dumps(manifest(connections), indent=2, sort_keys=True, ensure_ascii=False)
    lines += [
        "",
        "",
        "# What --check compares with the tenant.",
        _MANIFEST_START + data + '"""',
        "",
    ]
    return "\n".join(lines)


# -- --check ------------------------------------------------------------------------------------


def read_manifest(text: str) -> dict[str, Any]:
    """The manifest a generated module ends with."""
    for node in ast.parse(text).body:
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "MANIFEST" for t in node.targets)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            loaded: dict[str, Any] = json.loads(node.value.value)
            return loaded
    raise ValueError("not a module written by 'facilio-connections actions codegen'")


def changes(old: dict[str, Any], new: dict[str, Any], only: Sequence[str] = ()) -> list[str]:
    """One line per action added, removed or changed between two manifests."""
    out = []
    connections = set(only) if only else set(old) | set(new)
    for conn in sorted(connections):
        before, after = old.get(conn, {}), new.get(conn, {})
        for action in sorted(set(before) | set(after)):
            where = f"{conn}/{action}"
            if action not in before:
                out.append(f"added: {where}")
            elif action not in after:
                out.append(f"removed: {where}")
            elif before[action] != after[action]:
                out.append(f"changed: {where} ({_input_changes(before[action], after[action])})")
    return out


def _input_changes(before: dict[str, Any], after: dict[str, Any]) -> str:
    parts = []
    for name in sorted(set(before) | set(after)):
        if name not in before:
            parts.append(f"input {name} added")
        elif name not in after:
            parts.append(f"input {name} removed")
        else:
            for key in ("type", "required", "options"):
                if before[name].get(key) != after[name].get(key):
                    was, now = before[name].get(key), after[name].get(key)
                    parts.append(f"input {name} {key}: {was} -> {now}")
    return "; ".join(parts)
