"""Coverage: every operation of the spec has a flat method, a fluent method and an emulator handler.

Generated doors exist by construction; the check matters for the operations the spec marks
``handwritten`` (their doors must be in ``_async/client.py`` and the scope's base in
``_async/scopes.py``) and for the emulator, whose handlers are written by hand: an
``_op_<operationId>`` method of ``TenantOperations`` (``testing/_operations.py``, a base of
``Emulator``), or an executor verb listed in ``EXECUTOR_VERBS``.
Read statically (nothing is imported), so it works on any checkout.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

from codegen.surface import operations

CLIENT = Path("src/facilio_connections_sdk/_async/client.py")
SCOPES = Path("src/facilio_connections_sdk/_async/scopes.py")
EMULATOR = Path("src/facilio_connections_sdk/testing/_app.py")
EXECUTORS = Path("src/facilio_connections_sdk/testing/_executors.py")
OPERATIONS = Path("src/facilio_connections_sdk/testing/_operations.py")


def _classes(path: Path) -> dict[str, set[str]]:
    """Class name -> the names of its methods (one module, no inheritance)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: dict[str, set[str]] = {}
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            out[node.name] = {
                item.name
                for item in node.body
                if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef))
            }
    return out


def _executor_verbs(path: Path) -> dict[str, set[str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body:
        target: ast.expr
        if isinstance(node, ast.AnnAssign):
            target, value = node.target, node.value
        elif isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        else:
            continue
        if isinstance(target, ast.Name) and target.id == "EXECUTOR_VERBS" and value is not None:
            verbs: dict[str, tuple[str, ...]] = ast.literal_eval(value)
            return {family: set(names) for family, names in verbs.items()}
    return {}


def _path_reads(path: Path) -> dict[str, set[str]]:
    """``_op_<operationId>`` handler -> the path parameter names it reads (``ctx.path["x"]``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: dict[str, set[str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name.startswith("_op_"):
            out[node.name[4:]] = {
                sub.slice.value
                for sub in ast.walk(node)
                if isinstance(sub, ast.Subscript)
                and isinstance(sub.value, ast.Attribute)
                and sub.value.attr == "path"
                and isinstance(sub.slice, ast.Constant)
                and isinstance(sub.slice.value, str)
            }
    return out


def check(root: Path, spec: dict[str, Any]) -> list[tuple[str, str]]:
    """``(operationId, what is missing)`` for every gap, in the spec's order."""
    client = _classes(root / CLIENT).get("AsyncConnectionsClient", set())
    scopes = _classes(root / SCOPES)
    emulator = _classes(root / EMULATOR).get("Emulator", set())
    emulator |= _classes(root / OPERATIONS).get("TenantOperations", set())
    verbs = _executor_verbs(root / EXECUTORS)
    reads = _path_reads(root / OPERATIONS)
    missing: list[tuple[str, str]] = []
    for op in operations(spec):
        names = {p.wire for p in op.path_params}
        for name in sorted(reads.get(op.operation_id, set()) - names):
            missing.append(
                (
                    op.operation_id,
                    f"the emulator's handler reads path parameter {name!r}, which the spec "
                    f"does not name (it names {', '.join(sorted(names)) or 'none'})",
                )
            )
        if op.handwritten:
            if op.flat not in client:
                missing.append((op.operation_id, f"no flat method client.{op.flat}()"))
            base = f"Async{op.scope.cls}Base"
            if op.fluent not in scopes.get(base, set()):
                missing.append(
                    (op.operation_id, f"no fluent method {op.scope.name}().{op.fluent}() in {base}")
                )
        _, family, verb = op.template.rsplit("/", 2) if "executors" in op.tags else ("", "", "")
        handled = f"_op_{op.operation_id}" in emulator or verb in verbs.get(family, set())
        if not handled:
            missing.append((op.operation_id, "no emulator handler (it answers 501)"))
    return missing


def render(missing: list[tuple[str, str]]) -> str:
    lines = [f"codegen: {len(missing)} gap(s) in the coverage of the spec's operations:"]
    lines += [f"  {operation_id}: {what}" for operation_id, what in missing]
    lines.append(
        "  (handwritten operations: write the method; the emulator: an _op_<operationId> "
        "method of TenantOperations in testing/_operations.py, or the verb in EXECUTOR_VERBS)"
    )
    return "\n".join(lines)
