"""``python -m tools.verify_types``: the public API is 100 % type-complete and documented.

Builds the wheel, installs it (not the editable checkout) into a fresh virtual environment, and
runs ``pyright --verifytypes facilio_connections_sdk --ignoreexternal`` there. Fails unless the
score is 100 % and no public function or class lacks a docstring. CI runs it (``.ci/run``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import venv
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "facilio_connections_sdk"


def _run(cmd: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, check=False, **kwargs)


def _checked(cmd: list[str], **kwargs: Any) -> str:
    result = _run(cmd, **kwargs)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(cmd[:4])} ... failed:\n{result.stdout}{result.stderr}")
    return result.stdout


def verify(work: Path) -> dict[str, Any]:
    """The ``typeCompleteness`` section of pyright's report on the installed wheel."""
    dist = work / "dist"
    _checked(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(dist), str(ROOT)]
    )
    wheel = next(dist.glob("*.whl"))
    env_dir = work / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    _checked([str(python), "-m", "pip", "install", "--quiet", str(wheel)])
    # pyright from the environment running this script; it type-checks the other one
    empty = work / "cwd"  # nothing here may shadow the installed package
    empty.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")}
    # --verifytypes resolves the package with the first python on PATH (it does not apply
    # --pythonpath there): put the wheel's environment first, so the wheel is what is checked
    env["PATH"] = os.pathsep.join([str(python.parent), env.get("PATH", "")])
    result = _run(
        [
            sys.executable,
            "-m",
            "pyright",
            "--verifytypes",
            PACKAGE,
            "--ignoreexternal",
            "--outputjson",
            "--pythonpath",
            str(python),
        ],
        cwd=empty,
        env=env,
    )
    try:
        report: dict[str, Any] = json.loads(result.stdout)["typeCompleteness"]
    except (ValueError, KeyError):
        raise SystemExit(f"pyright gave no report:\n{result.stdout}{result.stderr}") from None
    return report


def problems(report: dict[str, Any]) -> list[str]:
    """Every symbol pyright found incomplete or undocumented, one line each."""
    out = []
    for symbol in report["symbols"]:
        for diagnostic in symbol["diagnostics"]:
            if diagnostic["severity"] in ("error", "warning"):
                out.append(f"{symbol['name']}: {diagnostic['message'].splitlines()[0]}")
    return out


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        report = verify(Path(tmp))
    score = report["completenessScore"]
    missing = report["missingFunctionDocStringCount"] + report["missingClassDocStringCount"]
    found = problems(report)
    for line in found[:50]:
        print(line)
    print(f"type completeness: {score:.1%}; symbols without a docstring: {missing}")
    return 0 if score == 1.0 and missing == 0 and not found else 1


if __name__ == "__main__":
    raise SystemExit(main())
