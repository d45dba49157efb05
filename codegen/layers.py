"""The hand-written layers over the generated doors, checked against the doors a spec generates.

``_async/scopes.py`` (paging iterators, job waiting) and ``_async/client.py`` (the template
scope, the client's own doors) call generated doors: a scope's through its protocol
(``cast("AsyncJobsScopeDoors", self).result(job_id)``), a scope class made by hand
(``AsyncConnectionsScope(loop).list(...)``) or the client's flat doors (``self.get_job_result``).
Each such call is read statically and held to the door's new signature, so a regeneration names
every hand-written line a spec change breaks (a new required parameter, a removed or renamed
one, fewer positional parameters) instead of leaving it to fail at run time.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from codegen.operations import _signature_params
from codegen.surface import Operation, build

SCOPES = Path("src/facilio_connections_sdk/_async/scopes.py")
CLIENT = Path("src/facilio_connections_sdk/_async/client.py")
CLIENT_CLASS = "AsyncConnectionsClient"


@dataclass(frozen=True)
class Signature:
    positional: list[tuple[str, bool]]  # (name, required), in order
    keyword: dict[str, bool]  # keyword-only: name -> required
    extra: bool  # **kwargs


def signature(op: Operation, flat: bool) -> Signature:
    """The door's parameters, as ``codegen/operations.py`` writes them."""
    positional: list[tuple[str, bool]] = []
    keyword: dict[str, bool] = {}
    extra = False
    star = False
    for text in _signature_params(op, flat, "bool = False"):
        if text == "*":
            star = True
            continue
        if text.startswith("**"):
            extra = True
            continue
        name = text.split(":", 1)[0]
        required = "=" not in text
        if star:
            keyword[name] = required
        else:
            positional.append((name, required))
    return Signature(positional, keyword, extra)


def _cast_scopes(node: ast.expr) -> list[str] | None:
    """``cast("AsyncXScopeDoors | AsyncYScopeDoors", self)`` -> ``["AsyncXScope", ...]``."""
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "cast"
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    ):
        names = [n.strip() for n in node.args[0].value.split("|")]
        return [n.removesuffix("Doors") for n in names if n.endswith("Doors")]
    return None


def _receiver(node: ast.expr, aliases: dict[str, list[str]], in_client: bool) -> list[str]:
    """The scope classes (or ``CLIENT_CLASS``) whose doors a call's receiver has."""
    if isinstance(node, ast.Name):
        if node.id == "self" and in_client:
            return [CLIENT_CLASS]
        return aliases.get(node.id, [])
    cast_to = _cast_scopes(node)
    if cast_to is not None:
        return cast_to
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id.startswith("Async")
        and node.func.id.endswith("Scope")
    ):
        return [node.func.id]
    return []


def _problems(call: ast.Call, name: str, op: Operation, sig: Signature) -> list[str]:
    if any(isinstance(a, ast.Starred) for a in call.args) or any(
        k.arg is None for k in call.keywords
    ):
        return []  # *args or **kwargs: cannot be read statically
    out: list[str] = []
    given = {k.arg for k in call.keywords if k.arg is not None}
    door = f"{name}() ({op.operation_id})"
    if len(call.args) > len(sig.positional):
        out.append(
            f"passes {len(call.args)} positional arguments; {door} takes {len(sig.positional)}"
        )
    names = {n for n, _ in sig.positional} | set(sig.keyword)
    for keyword in sorted(given - names):
        if not sig.extra:
            out.append(f"passes {keyword}=, which {door} no longer takes")
    for index, (param, required) in enumerate(sig.positional):
        if required and index >= len(call.args) and param not in given:
            out.append(f"lacks the required parameter {param} of {door}")
    for param, required in sig.keyword.items():
        if required and param not in given:
            out.append(f"lacks the required parameter {param} of {door}")
    return out


def check(root: Path, spec: dict[str, Any]) -> list[tuple[str, str]]:
    """``(file:line function, what breaks)`` for each hand-written call a door no longer fits."""
    found, ops = build(spec)
    doors: dict[str, dict[str, tuple[Operation, Signature]]] = {}
    for scope in found:
        doors[f"Async{scope.cls}"] = {
            op.fluent: (op, signature(op, False))
            for op in ops
            if op.scope is scope and not op.handwritten
        }
    doors[CLIENT_CLASS] = {op.flat: (op, signature(op, True)) for op in ops if not op.handwritten}
    out: list[tuple[str, str]] = []
    for rel in (SCOPES, CLIENT):
        tree = ast.parse((root / rel).read_text(encoding="utf-8"))
        for cls in [n for n in tree.body if isinstance(n, ast.ClassDef)]:
            in_client = cls.name == CLIENT_CLASS
            for func in [
                n for n in ast.walk(cls) if isinstance(n, ast.AsyncFunctionDef | ast.FunctionDef)
            ]:
                aliases: dict[str, list[str]] = {}
                for node in ast.walk(func):
                    if isinstance(node, ast.Assign) and len(node.targets) == 1:
                        target = node.targets[0]
                        scopes = _cast_scopes(node.value)
                        if isinstance(target, ast.Name) and scopes is not None:
                            aliases[target.id] = scopes
                for node in ast.walk(func):
                    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                        continue
                    name = node.func.attr
                    for owner in _receiver(node.func.value, aliases, in_client):
                        entry = doors.get(owner, {}).get(name)
                        if entry is None:
                            continue
                        where = f"{rel.as_posix()}:{node.lineno} {cls.name}.{func.name}"
                        out += [(where, what) for what in _problems(node, name, *entry)]
    return out


def render(broken: list[tuple[str, str]]) -> str:
    lines = [f"codegen: {len(broken)} hand-written call(s) the regenerated doors break:"]
    lines += [f"  {where}: {what}" for where, what in broken]
    lines.append("  (fix each line; the generated files are written)")
    return "\n".join(lines)
