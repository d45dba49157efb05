"""``python -m codegen [--check] [--spec PATH] [--accept-breaking]``: regenerate, or check.

1. The spec (``--spec``, YAML or JSON; ``openapi/connections-v1.yaml`` by default) is read and,
   when split into files, bundled (``codegen/bundle.py``). Formats whose pydantic type needs an
   extra package (``email``, ...) become plain strings, the format kept in the description.
2. spec -> models (datamodel-code-generator; every setting in ``[tool.datamodel-codegen]`` of
   ``pyproject.toml``), TypedDict twins of the request models (``codegen/params.py``), the
   facts the SDK reads from the spec (``models/_generated_facts.py``).
3. spec -> every operation's doors for the async client (``codegen/operations.py``).
4. async client -> sync client (``codegen/unasync.py``).
5. the bundled spec -> the copy the emulator ships (also the base of the next change report).

Then: the change report (``codegen/changes.py``) against the spec the committed code was made
from, and the coverage check (every operation has a flat method, a fluent method and an
emulator handler). A breaking change is refused until acknowledged with ``--accept-breaking``,
which writes it into ``CHANGELOG.md`` under "Unreleased".

Every output is formatted with ruff, so the result is the same byte for byte on every run.
"""

from __future__ import annotations

import argparse
import ast
import copy
import difflib
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

from codegen import (
    bundle,
    changes,
    coverage,
    layers,
    operations,
    params,
    prepare,
    surface,
    unasync,
)

SPEC = Path("openapi/connections-v1.yaml")
OUTPUT = Path("src/facilio_connections_sdk/models/_generated.py")
FACTS = Path("src/facilio_connections_sdk/models/_generated_facts.py")
# The emulator checks requests against the spec; the package ships this exact copy.
SPEC_COPY = Path("src/facilio_connections_sdk/testing/connections-v1.yaml")
CHANGELOG = Path("CHANGELOG.md")
MODELS_INIT = Path("src/facilio_connections_sdk/models/__init__.py")
VIEWS = Path("src/facilio_connections_sdk/models/_views.py")
BASE = Path("src/facilio_connections_sdk/models/_base.py")
ALL_START = "# -- the public names: written by python -m codegen"
ALL_END = "# -- end of the public names"

# pydantic types that import an optional package when a model is first validated
NEEDS_EXTRA = ("EmailStr", "NameEmail")

FACTS_TEXT = '''\
# GENERATED CODE - DO NOT EDIT.
# Source: {spec} (x-final on JobStatus), by codegen/__main__.py
# Regenerate with: python -m codegen   (check with: python -m codegen --check)
"""Facts the SDK reads from the spec rather than keeping copies."""

__all__ = ["FINAL_JOB_STATUSES"]

FINAL_JOB_STATUSES: frozenset[str] = frozenset({statuses})
"""The job statuses after which a job no longer changes; any other status is not final."""
'''


COPY_HEADER = (
    "# GENERATED COPY - DO NOT EDIT. Source: {spec} (bundled), by python -m codegen\n"
    "# The emulator validates against it; the next change report compares with it.\n"
)


def _run(cmd: list[str], cwd: Path, stdin: str | None = None) -> str:
    proc = subprocess.run(cmd, cwd=cwd, input=stdin, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        # the tool's own last word, not its traceback
        lines = [line for line in (proc.stdout + proc.stderr).splitlines() if line.strip()]
        said = lines[-1].strip() if lines else "(nothing)"
        tool = " ".join(part for part in cmd[1:3] if not part.startswith("-")) or cmd[0]
        raise SystemExit(f"codegen: {tool} failed with exit {proc.returncode}: {said}")
    return proc.stdout


def _with_all(source: str) -> str:
    """Append an ``__all__`` naming every class, sorted, so star-imports are explicit."""
    names = sorted(node.name for node in ast.parse(source).body if isinstance(node, ast.ClassDef))
    lines = ["", "", "__all__ = ["] + [f'    "{name}",' for name in names] + ["]", ""]
    return source.rstrip("\n") + "\n".join(lines)


def _exports(source: str) -> list[str]:
    """The names in a module's literal ``__all__``."""
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets
        ):
            return [str(v) for v in ast.literal_eval(node.value)]
    return []


def _models_init(current: str, modules: list[str]) -> str:
    """``models/__init__.py`` with its static ``__all__`` block naming what ``modules`` export
    (the base names, the models, their TypedDict twins, the views): documentation tools and
    type checkers read it without importing anything."""
    names = [name for source in modules for name in _exports(source)]
    head, start, rest = current.partition(ALL_START)
    _, end, tail = rest.partition(ALL_END)
    if not start or not end:
        raise SystemExit(f"codegen: {MODELS_INIT} has no {ALL_START!r} ... {ALL_END!r} block")
    listed = "".join(f'    "{name}",\n' for name in names)
    block = f"{ALL_START} from the modules below --\n__all__ = [\n{listed}]\n"
    return head + block + end + tail


def _format(root: Path, target: Path, text: str) -> str:
    ruff = [sys.executable, "-m", "ruff"]
    name = str(target)
    text = _run(
        [*ruff, "check", "--fix-only", "--quiet", "--stdin-filename", name, "-"], root, text
    )
    return _run([*ruff, "format", "--quiet", "--stdin-filename", name, "-"], root, text)


def _models(root: Path, spec_file: Path) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        raw_path = Path(tmp) / "_generated.py"
        _run(
            [
                sys.executable,
                "-m",
                "datamodel_code_generator",
                "--input",
                str(spec_file),
                "--output",
                str(raw_path),
            ],
            cwd=root,
        )
        text = raw_path.read_text(encoding="utf-8")
    needs = [name for name in NEEDS_EXTRA if name in text]
    if needs:
        raise SystemExit(
            f"codegen: the models would use {', '.join(needs)}, which needs a package the SDK "
            f"does not depend on; add its format to PLAIN_FORMATS in codegen/prepare.py"
        )
    return _with_all(text)


def load_spec(path: Path) -> tuple[dict[str, Any], bool]:
    """The spec at ``path`` (bundled when split into files), and whether it was split."""
    spec, split = bundle.load(path)
    if not isinstance(spec, dict) or "paths" not in spec:
        raise SystemExit(f"codegen: {path} is not an OpenAPI document")
    return spec, split


def generate(root: Path, spec_path: Path) -> tuple[dict[Path, str], dict[str, Any]]:
    """Every generated file under ``root`` (relative path -> text, formatted), and the spec."""
    spec, split = load_spec(spec_path)
    prepared = prepare.prepare(spec)
    name = spec_path.relative_to(root).as_posix() if spec_path.is_relative_to(root) else SPEC
    # the doors first: a construct they cannot generate is refused before anything else runs
    ops = operations.outputs(root, prepared, str(name))
    with tempfile.TemporaryDirectory() as tmp:
        spec_file = Path(tmp) / "spec.json"
        spec_file.write_text(json.dumps(prepared), encoding="utf-8")
        out = {OUTPUT: _models(root, spec_file), **params.outputs(spec_file)}
    facts = ", ".join(json.dumps(s) for s in surface.final_job_statuses(spec))
    out[FACTS] = FACTS_TEXT.format(spec=name, statuses="{" + facts + "}")
    ops = {target: _format(root, target, text) for target, text in ops.items()}
    out.update(ops)
    out.update(unasync.outputs(root, ops))
    modules = [_read(root / BASE), out[OUTPUT], out[params.TARGET], _read(root / VIEWS)]
    out[MODELS_INIT] = _models_init(_read(root / MODELS_INIT), modules)
    out = {target: _format(root, target, text) for target, text in out.items()}
    if split or spec_path.suffix.lower() == ".json":
        text = yaml.safe_dump(spec, sort_keys=False, allow_unicode=True, width=100)
    else:
        text = spec_path.read_text(encoding="utf-8")
    out[SPEC_COPY] = COPY_HEADER.format(spec=name) + text
    return out, spec


def _committed_spec(root: Path) -> dict[str, Any] | None:
    path = root / SPEC_COPY
    if not path.exists():
        return None
    loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
    return loaded if isinstance(loaded, dict) else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    parser.add_argument(
        "--check",
        action="store_true",
        help="exit 1 if the committed code differs from what the spec generates, or an "
        "operation has no flat method, fluent method or emulator handler",
    )
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="repository root")
    parser.add_argument(
        "--spec", type=Path, default=None, help=f"the OpenAPI document (default: {SPEC})"
    )
    parser.add_argument(
        "--accept-breaking",
        action="store_true",
        help="write a regeneration whose change report has breaking changes, and list them "
        "under 'Unreleased' in CHANGELOG.md",
    )
    args = parser.parse_args(argv)
    root: Path = args.root.resolve()
    spec_path = (args.spec if args.spec is not None else root / SPEC).resolve()
    fresh, spec = generate(root, spec_path)
    before = _committed_spec(root)
    report = (
        changes.compare(before, copy.deepcopy(spec), _read(root / OUTPUT), fresh[OUTPUT])
        if before is not None
        else []
    )
    stale = [t for t, text in fresh.items() if _read(root / t) != text]
    if stale and before is not None:
        report += changes.python_api(root, fresh, report)
    if args.check:
        return _check(root, fresh, stale, report, spec)
    if report:
        print(changes.render(report))
        if changes.breaking(report) and not args.accept_breaking:
            print(
                "\ncodegen: nothing written: the change breaks code written against the SDK. "
                "Regenerate with --accept-breaking to write it and list the breaking changes "
                f"under 'Unreleased' in {CHANGELOG}."
            )
            return 1
    for target in stale:
        path = root / target
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(fresh[target], encoding="utf-8")
        print(f"codegen: wrote {target}")
    if report:
        changes.record(root / CHANGELOG, report)
        print(f"codegen: listed the changes under 'Unreleased' in {CHANGELOG}")
    if not stale:
        print(f"codegen: {len(fresh)} generated files are up to date")
    missing = coverage.check(root, spec)
    if missing:
        print("\n" + coverage.render(missing))
    broken = layers.check(root, prepare.prepare(spec))
    if broken:
        print("\n" + layers.render(broken))
        return 1
    return 0


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8") if path.exists() else ""


def _check(
    root: Path,
    fresh: dict[Path, str],
    stale: list[Path],
    report: list[changes.Change],
    spec: dict[str, Any],
) -> int:
    failed = False
    if stale:
        failed = True
        if report:
            print(changes.render(report) + "\n")
        for target in stale:
            diff = difflib.unified_diff(
                _read(root / target).splitlines(keepends=True),
                fresh[target].splitlines(keepends=True),
                f"{target} (committed)",
                f"{target} (generated)",
            )
            sys.stdout.writelines(list(diff)[:40])
        names = ", ".join(str(t) for t in stale)
        print(f"\ncodegen: {names} differ from what the sources generate; run: python -m codegen")
    missing = coverage.check(root, spec)
    if missing:
        failed = True
        print("\n" + coverage.render(missing))
    broken = layers.check(root, prepare.prepare(spec))
    if broken:
        failed = True
        print("\n" + layers.render(broken).replace("; the generated files are written", ""))
    if not failed:
        print(f"codegen: {len(fresh)} generated files are up to date; every operation is covered")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
