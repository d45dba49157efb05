"""``python -m codegen [--check] [--root DIR]``: regenerate every generated file, or check them.

1. spec -> models: every datamodel-code-generator setting lives in ``[tool.datamodel-codegen]``
   of ``pyproject.toml``; this script only names the input and output and appends ``__all__``
   (so the models package can export every schema by name).
1b. spec -> TypedDict twins of the request models (``codegen/params.py``).
2. spec -> the typed executors of the async client (``codegen/executors.py``).
3. async client -> sync client (``codegen/unasync.py``).
4. the spec -> the copy the emulator ships as package data.

Every output is formatted with ruff, so the result is the same byte for byte on every run.
"""

from __future__ import annotations

import argparse
import ast
import difflib
import subprocess
import sys
import tempfile
from pathlib import Path

from codegen import executors, params, unasync

SPEC = Path("openapi/connections-v1.yaml")
OUTPUT = Path("src/facilio_connections_sdk/models/_generated.py")
# The emulator checks requests against the spec; the package ships this exact copy.
SPEC_COPY = Path("src/facilio_connections_sdk/testing/connections-v1.yaml")


def _run(cmd: list[str], cwd: Path, stdin: str | None = None) -> str:
    proc = subprocess.run(cmd, cwd=cwd, input=stdin, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout + proc.stderr)
        raise SystemExit(f"codegen: {' '.join(cmd[:3])} ... failed with exit {proc.returncode}")
    return proc.stdout


def _with_all(source: str) -> str:
    """Append an ``__all__`` naming every class, sorted, so star-imports are explicit."""
    names = sorted(node.name for node in ast.parse(source).body if isinstance(node, ast.ClassDef))
    lines = ["", "", "__all__ = ["] + [f'    "{name}",' for name in names] + ["]", ""]
    return source.rstrip("\n") + "\n".join(lines)


def _format(root: Path, target: Path, text: str) -> str:
    ruff = [sys.executable, "-m", "ruff"]
    name = str(target)
    text = _run(
        [*ruff, "check", "--fix-only", "--quiet", "--stdin-filename", name, "-"], root, text
    )
    return _run([*ruff, "format", "--quiet", "--stdin-filename", name, "-"], root, text)


def _models(root: Path) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        raw_path = Path(tmp) / "_generated.py"
        _run(
            [
                sys.executable,
                "-m",
                "datamodel_code_generator",
                "--input",
                str(root / SPEC),
                "--output",
                str(raw_path),
            ],
            cwd=root,
        )
        return _with_all(raw_path.read_text(encoding="utf-8"))


def generate(root: Path) -> dict[Path, str]:
    """Every generated file under ``root`` (relative path -> text), formatted."""
    out = {OUTPUT: _models(root), **params.outputs(root, SPEC)}
    execs = executors.outputs(root, SPEC)
    execs = {target: _format(root, target, text) for target, text in execs.items()}
    out.update(execs)
    out.update(unasync.outputs(root, execs))
    out = {target: _format(root, target, text) for target, text in out.items()}
    out[SPEC_COPY] = (root / SPEC).read_text(encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    parser.add_argument(
        "--check",
        action="store_true",
        help="exit 1 if the committed models differ from what the spec generates",
    )
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="repository root")
    args = parser.parse_args(argv)
    root: Path = args.root.resolve()
    fresh = generate(root)
    stale = []
    for target, text in fresh.items():
        path = root / target
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        if current == text:
            continue
        stale.append(target)
        if args.check:
            diff = difflib.unified_diff(
                current.splitlines(keepends=True),
                text.splitlines(keepends=True),
                f"{target} (committed)",
                f"{target} (generated)",
            )
            sys.stdout.writelines(list(diff)[:60])
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(f"codegen: wrote {target}")
    if args.check and stale:
        names = ", ".join(str(t) for t in stale)
        print(f"\ncodegen: {names} differ from what the sources generate; run: python -m codegen")
        return 1
    if not stale:
        print(f"codegen: {len(fresh)} generated files are up to date")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
