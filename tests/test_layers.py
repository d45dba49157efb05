"""The package's modules import one way: no import circle of any length, counting the imports
made only for type checking and the ones made inside functions (lazy)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = "facilio_connections_sdk"
SOURCE = Path(__file__).resolve().parent.parent / "src" / PACKAGE


def _module(path: Path) -> str:
    parts = path.relative_to(SOURCE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _graph() -> dict[str, set[str]]:
    """Module -> the package's modules it imports (any import statement anywhere in it)."""
    modules = {_module(p): p for p in SOURCE.rglob("*.py")}
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                # `from pkg import sub` imports the submodule when there is one
                targets = [node.module]
                targets += [f"{node.module}.{alias.name}" for alias in node.names]
            for target in targets:
                if target in modules and target != name:
                    graph[name].add(target)
    return graph


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                item = stack.pop()
                on_stack.discard(item)
                component.append(item)
                if item == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_module_of_the_package_is_in_an_import_circle() -> None:
    graph = _graph()
    # the graph is read: the client imports its send loop, the send loop the drift recorder
    assert f"{PACKAGE}._async.send_loop" in graph[f"{PACKAGE}._async.client_base"]
    assert f"{PACKAGE}._drift" in graph[f"{PACKAGE}._async.send_loop"]
    assert _circles(graph) == []


def test_a_circle_is_found_when_there_is_one() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _circles(graph) == [["a", "b", "c"]]


def test_importing_the_client_does_not_load_pydantics_model_machinery() -> None:
    """What keeps ``import`` cheap (the bench's import row): the models, and pydantic's
    ``BaseModel`` with them, load at the first call, not when the client is imported."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from facilio_connections_sdk import AsyncConnectionsClient, ConnectionsClient\n"
        "print(sorted(m for m in ('pydantic.main', 'pydantic.root_model') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    assert out.strip() == "[]"
