"""A sampled mutation run of the core modules: does the suite notice a changed operator?

``python -m tools.mutate [--group G] [--sample N] [--seed S]`` (``nox -s mutate``; not part of
CI): a fresh sample of each group of modules (the core, the send loop, the scopes and runs, the
clients, the backends, the direct send, drift, the models' base and views, the emulator, the
CLI, codegen's change report), with a score per group. Each
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


@dataclass(frozen=True)
class Group:
    """Modules mutated together, and the tests that most often kill their mutants (run first, a
    kill in seconds; a survivor still has to pass the whole fast suite, and ``slow`` ones the
    slow tests too)."""

    modules: tuple[str, ...]  # repository-relative
    first: tuple[str, ...]
    slow: bool = False  # the group's behaviours are guarded by slow tests (codegen runs)


def _in_package(*names: str) -> tuple[str, ...]:
    return tuple(str(PACKAGE / name) for name in names)


GROUPS: dict[str, Group] = {
    "core": Group(
        _in_package(
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
        ),
        (
            "tests/test_retries.py",
            "tests/test_hostile.py",
            "tests/test_secret_masking.py",
            "tests/test_tokens.py",
        ),
    ),
    "send loop": Group(
        _in_package("_async/send_loop.py"),
        ("tests/test_client_behaviour.py", "tests/test_tokens.py"),
    ),
    "scopes and runs": Group(
        _in_package("_async/scopes.py", "_async/runs.py"),
        (
            "tests/test_client_wire.py",
            "tests/test_paging.py",
            "tests/test_jobs.py",
            "tests/test_compat_070.py",
        ),
    ),
    "clients": Group(
        _in_package("_async/client.py", "_async/client_base.py"),
        ("tests/test_client_behaviour.py", "tests/test_client_wire.py"),
    ),
    "backends": Group(_in_package("_backends.py"), ("tests/test_backends.py",)),
    "direct send": Group(_in_package("_httpx_shortcut.py"), ("tests/test_httpx_send.py",)),
    "drift": Group(_in_package("_drift.py", "spec_check.py"), ("tests/test_spec_check.py",)),
    "models": Group(_in_package("models/_base.py", "models/_views.py"), ("tests/test_models.py",)),
    "emulator": Group(
        _in_package("testing/_operations.py", "testing/_app.py"),
        ("tests/test_emulator.py", "tests/test_emulator_hardening.py"),
    ),
    "cli": Group(
        _in_package("cli/_api.py", "cli/_common.py", "cli/__init__.py"), ("tests/test_cli.py",)
    ),
    "codegen report": Group(
        ("codegen/changes.py",),
        ("tests/test_regenerate.py", "tests/test_regenerate_constructs.py"),
        slow=True,
    ),
}
# where a test file moved: the first tests of a group are found by name
FIRST_DIRS = ("tests", "tests/system")
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
    group: str
    module: str  # repository-relative
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


def mutants(root: Path, group: str) -> list[Mutant]:
    out = []
    for module in GROUPS[group].modules:
        source = (root / module).read_text(encoding="utf-8")
        for index, node, what in _candidates(ast.parse(source), source):
            out.append(Mutant(group, module, index, getattr(node, "lineno", 0), what))
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


def _first(work: Path, names: tuple[str, ...]) -> list[str]:
    """The group's first tests where they are now (a test file may have moved to a folder)."""
    found = []
    for name in names:
        for folder in FIRST_DIRS:
            path = work / folder / Path(name).name
            if path.exists():
                found.append(str(path.relative_to(work)))
                break
    return found


def _twin(work: Path, module: str) -> Path | None:
    """The sync twin of an ``_async/`` module, regenerated from the (mutated) source exactly as
    ``python -m codegen`` writes it, so that the suite's generated-code check holds."""
    source = Path(module)
    if source.parent != PACKAGE / "_async":
        return None
    sys.path.insert(0, str(ROOT))
    from codegen import unasync
    from codegen.__main__ import _format

    target = unasync.TARGET_DIR / source.name
    text = unasync.outputs(work, {})[target]
    (work / target).write_text(_format(work, target, text), encoding="utf-8")
    return work / target


def run(mutant: Mutant, work: Path) -> bool:
    """Whether the suite kills ``mutant`` (fails with it in place)."""
    target = work / mutant.module
    original = target.read_text(encoding="utf-8")  # the copy's: the repository may change
    twin_path = work / unasync_target(mutant.module)
    twin_original = twin_path.read_text(encoding="utf-8") if twin_path.exists() else None
    target.write_text(apply(original, mutant), encoding="utf-8")
    group = GROUPS[mutant.group]
    steps = [[*_first(work, group.first), *(["-m", "slow"] if group.slow else [])]]
    steps += [["-n", "2"]] + ([["-n", "2", "-m", "slow"]] if group.slow else [])
    try:
        _twin(work, mutant.module)
        return any(_fails(work, args) for args in steps if args != [])
    finally:
        target.write_text(original, encoding="utf-8")
        if twin_original is not None:
            twin_path.write_text(twin_original, encoding="utf-8")


def unasync_target(module: str) -> Path:
    """Where the sync twin of ``module`` is (a path that does not exist for other modules)."""
    source = Path(module)
    if source.parent == PACKAGE / "_async":
        return PACKAGE / "_sync" / source.name
    return Path("does-not-exist")


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
    parser.add_argument("--sample", type=int, default=10, help="mutants per group (default 10)")
    parser.add_argument("--seed", type=int, default=2026, help="which sample (default 2026)")
    parser.add_argument(
        "--group",
        action="append",
        choices=sorted(GROUPS),
        help="a group to mutate (repeatable; default: every group)",
    )
    args = parser.parse_args(argv)
    groups = args.group or list(GROUPS)
    scores: list[tuple[str, int, int, int]] = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "repo"
        for part in ("src", "tests", "tools", "codegen", "openapi", "docs"):
            shutil.copytree(ROOT / part, work / part, ignore=shutil.ignore_patterns("__pycache__"))
        for name in ("pyproject.toml", "README.md", "CHANGELOG.md", "mkdocs.yml"):
            shutil.copy2(ROOT / name, work / name)
        shutil.copytree(ROOT / ".ci", work / ".ci")
        for group in groups:
            every = mutants(work, group)
            chosen = random.Random(args.seed).sample(every, min(args.sample, len(every)))
            killed = 0
            for number, mutant in enumerate(chosen, start=1):
                dead = run(mutant, work)
                killed += dead
                verdict = "killed" if dead else "SURVIVED"
                print(
                    f"[{group} {number}/{len(chosen)}] {mutant.module}:{mutant.line} "
                    f"{mutant.what}: {verdict}",
                    flush=True,
                )
            scores.append((group, killed, len(chosen), len(every)))
    print("\n| group | killed | run | score | candidates |\n|---|---:|---:|---:|---:|")
    for group, killed, run_count, candidates in scores:
        score = f"{killed / run_count:.0%}" if run_count else "-"
        print(f"| {group} | {killed} | {run_count} | {score} | {candidates} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
