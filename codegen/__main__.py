"""``python -m codegen [--check] [--root DIR]``: spec -> models -> ruff, byte for byte the same.

Every datamodel-code-generator setting lives in ``[tool.datamodel-codegen]`` of
``pyproject.toml``; this script only names the input and output, appends ``__all__`` (so the
models package can export every schema by name), and formats the result with ruff.
"""

from __future__ import annotations

import argparse
import ast
import difflib
import subprocess
import sys
import tempfile
from pathlib import Path

SPEC = Path("openapi/connections-v1.yaml")
OUTPUT = Path("src/facilio_connections_sdk/models/_generated.py")


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


def generate(root: Path) -> str:
    """The text the spec under ``root`` generates, already formatted."""
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
        text = _with_all(raw_path.read_text(encoding="utf-8"))
    ruff = [sys.executable, "-m", "ruff"]
    name = str(OUTPUT)
    text = _run(
        [*ruff, "check", "--fix-only", "--quiet", "--stdin-filename", name, "-"], root, text
    )
    return _run([*ruff, "format", "--quiet", "--stdin-filename", name, "-"], root, text)


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
    target = root / OUTPUT
    fresh = generate(root)
    if args.check:
        current = target.read_text(encoding="utf-8") if target.exists() else ""
        if current == fresh:
            print(f"codegen: {OUTPUT} is up to date with {SPEC}")
            return 0
        diff = difflib.unified_diff(
            current.splitlines(keepends=True),
            fresh.splitlines(keepends=True),
            f"{OUTPUT} (committed)",
            f"{OUTPUT} (from {SPEC})",
        )
        sys.stdout.writelines(list(diff)[:60])
        print(f"\ncodegen: {OUTPUT} differs from what {SPEC} generates; run: python -m codegen")
        return 1
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(fresh, encoding="utf-8")
    print(f"codegen: wrote {OUTPUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
