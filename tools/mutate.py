"""A sampled mutation run of the core modules: does the suite notice a changed operator?

``python -m tools.mutate [--sample N] [--seed S]`` (``nox -s mutate``; not part of CI). Each
mutant flips one comparison (``<`` / ``<=``, ``==`` / ``!=``, ...), one ``and`` / ``or``, drops
one ``not`` or moves one small integer by one, in a copy of the repository; the tests of the
core behaviours run on it, then the whole fast suite, each stopping at its first failure. A
mutant the suite passes "survives": a behaviour nothing guards. Prints each survivor and the
score (killed / run).
"""

from __future__ import annotations

import argparse
import ast
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = Path("src/facilio_connections_sdk")
CORE = [
    "_retry.py",
    "_redirects.py",
    "_body.py",
    "_parse.py",
    "_request.py",
    "_multipart.py",
    "_request_factory.py",
    "_credentials.py",
    "_secrets.py",
    "_config.py",
    "_errors.py",
    "_deadline.py",
    "_calls.py",
]
# Run first: the tests that most often kill a mutant of the core modules (a survivor still has
# to pass the whole fast suite).
FIRST = [
    "tests/test_transport.py",
    "tests/test_hostile.py",
    "tests/test_secret_masking.py",
    "tests/test_tokens.py",
    "tests/test_errors_pickle.py",
]
COMPARE_SWAPS: dict[type[ast.cmpop], type[ast.cmpop]] = {
    ast.Lt: ast.LtE,
    ast.LtE: ast.Lt,
    ast.Gt: ast.GtE,
    ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
    ast.In: ast.NotIn,
    ast.NotIn: ast.In,
}


@dataclass(frozen=True)
class Mutant:
    module: str
    index: int  # which candidate node of the module, in ast.walk order
    line: int
    what: str


def _version_checks(tree: ast.Module) -> set[int]:
    """Nodes of ``sys.version_info`` comparisons: each branch is right on the Python it runs
    on, so a mutant there is equivalent on this one (not a behaviour a test could see)."""
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare) and "version_info" in ast.unparse(node.left):
            skipped.update(id(inner) for inner in ast.walk(node))
    return skipped


def _candidates(tree: ast.Module, source: str) -> list[tuple[int, ast.AST, str]]:
    found: list[tuple[int, ast.AST, str]] = []
    skipped = _version_checks(tree)
    # a line marked "# pragma: no mutate" (mutmut's marker) says why a change there is not a
    # behaviour: a buffer or cache size, a choice between two equal code paths
    marked = {n for n, line in enumerate(source.splitlines(), 1) if "# pragma: no mutate" in line}
    for index, node in enumerate(ast.walk(tree)):
        if id(node) in skipped or getattr(node, "lineno", 0) in marked:
            continue
        if isinstance(node, ast.Compare) and type(node.ops[0]) in COMPARE_SWAPS:
            found.append((index, node, f"{type(node.ops[0]).__name__} flipped"))
        elif isinstance(node, ast.BoolOp):
            found.append((index, node, f"{type(node.op).__name__} -> the other"))
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            found.append((index, node, "not dropped"))
        elif isinstance(node, ast.Constant) and type(node.value) is int and 0 <= node.value <= 1000:
            found.append((index, node, f"{node.value} -> {node.value + 1}"))
    return found


def mutants(root: Path) -> list[Mutant]:
    out = []
    for module in CORE:
        source = (root / PACKAGE / module).read_text(encoding="utf-8")
        for index, node, what in _candidates(ast.parse(source), source):
            out.append(Mutant(module, index, getattr(node, "lineno", 0), what))
    return out


def apply(source: str, mutant: Mutant) -> str:
    tree = ast.parse(source)
    for index, node in enumerate(ast.walk(tree)):
        if index != mutant.index:
            continue
        if isinstance(node, ast.Compare):
            node.ops[0] = COMPARE_SWAPS[type(node.ops[0])]()
        elif isinstance(node, ast.BoolOp):
            node.op = ast.Or() if isinstance(node.op, ast.And) else ast.And()
        elif isinstance(node, ast.UnaryOp):  # `not x` -> `x`
            return _replace(tree, node, node.operand)
        elif isinstance(node, ast.Constant) and type(node.value) is int:
            node.value = node.value + 1
        return ast.unparse(tree)
    raise LookupError(mutant)


def _replace(tree: ast.Module, old: ast.AST, new: ast.AST) -> str:
    for parent in ast.walk(tree):
        for name, value in ast.iter_fields(parent):
            if value is old:
                setattr(parent, name, new)
            elif isinstance(value, list):
                for i, item in enumerate(value):
                    if item is old:
                        value[i] = new
    return ast.unparse(tree)


def run(mutant: Mutant, work: Path) -> bool:
    """Whether the suite kills ``mutant`` (fails with it in place)."""
    target = work / PACKAGE / mutant.module
    original = target.read_text(encoding="utf-8")  # the copy's: the repository may change
    target.write_text(apply(original, mutant), encoding="utf-8")
    try:
        # the tests of the core behaviours first (a kill in seconds), then the whole fast suite
        return any(_fails(work, args) for args in (FIRST, ["-n", "2"]))
    finally:
        target.write_text(original, encoding="utf-8")


def _fails(work: Path, args: list[str]) -> bool:
    """Whether pytest fails on the mutant; one that hangs the suite (a loop that never ends)
    is caught too: the fast suite takes about a minute, so five without an end is a failure
    (and the whole process group goes, the xdist workers with it)."""
    with subprocess.Popen(
        [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *args],
        cwd=work,
        env={**os.environ, "PYTHONPATH": f"{work / 'src'}{os.pathsep}{work}"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    ) as suite:
        try:
            return suite.wait(timeout=300) != 0
        except subprocess.TimeoutExpired:
            os.killpg(suite.pid, signal.SIGKILL)
            suite.wait()
            return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.mutate", description=__doc__)
    parser.add_argument("--sample", type=int, default=40, help="mutants to run (default 40)")
    parser.add_argument("--seed", type=int, default=2026, help="which sample (default 2026)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "repo"
        for part in ("src", "tests", "tools", "codegen", "openapi", "docs"):
            shutil.copytree(ROOT / part, work / part, ignore=shutil.ignore_patterns("__pycache__"))
        for name in ("pyproject.toml", "README.md", "CHANGELOG.md", "mkdocs.yml"):
            shutil.copy2(ROOT / name, work / name)
        shutil.copytree(ROOT / ".ci", work / ".ci")
        every = mutants(work)
        chosen = random.Random(args.seed).sample(every, min(args.sample, len(every)))
        survivors = []
        for number, mutant in enumerate(chosen, start=1):
            killed = run(mutant, work)
            verdict = "killed" if killed else "SURVIVED"
            print(
                f"[{number}/{len(chosen)}] {mutant.module}:{mutant.line} {mutant.what}: {verdict}"
            )
            if not killed:
                survivors.append(mutant)
    killed_count = len(chosen) - len(survivors)
    print(
        f"\nmutation score: {killed_count}/{len(chosen)} killed ({killed_count / len(chosen):.0%})"
        f" of {len(every)} candidates in {len(CORE)} core modules"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
