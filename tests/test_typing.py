from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from mypy import api

# mypy and pyright in subprocesses: run with --all (CI does)
pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent / "typing_user"


def _mypy(*paths: Path) -> dict[str, list[str]]:
    """One mypy --strict run over ``paths`` (a cold run costs ~15 s: one, not one per file);
    its error lines by file name."""
    stdout, stderr, _status = api.run(["--strict", "--no-incremental", *map(str, paths)])
    found: dict[str, list[str]] = {path.name: [] for path in paths}
    for line in (stdout + stderr).splitlines():
        if ": error: " in line:
            found.setdefault(Path(line.split(":", 1)[0]).name, []).append(line)
    return found


def _readme_refused(tmp_path: Path) -> tuple[Path, str]:
    """The guide's "My dict is refused": the code it shows, as a file, and the message it quotes."""
    import re

    guide = HERE.parent.parent / "docs" / "guides" / "typed-parameters.md"
    section = guide.read_text(encoding="utf-8").split("### My dict is refused", 1)[1]
    code, message = re.findall(r"```text\n(.*?)```", section, re.DOTALL)[:2]
    user = tmp_path / "refused.py"
    user.write_text(
        "from facilio_connections_sdk import ConnectionsClient\n\n"
        'client = ConnectionsClient("https://connections.example.com", "t")\n' + code,
        encoding="utf-8",
    )
    return user, message.strip()


def test_mypy_strict_accepts_user_code_and_words_each_misuse(tmp_path: Path) -> None:
    """user_code.py and natural_code.py pass mypy --strict (no None checks needed); every
    misuse in bad_code.py is an error on its line; the guide's refused dict fails with the
    very message the guide quotes."""
    refused, quoted = _readme_refused(tmp_path)
    errors = _mypy(HERE / "user_code.py", HERE / "natural_code.py", HERE / "bad_code.py", refused)
    assert errors["user_code.py"] == []
    assert errors["natural_code.py"] == []
    bad = "\n".join(errors["bad_code.py"])
    assert 'bad_code.py:10: error: Incompatible return value type (got "str"' in bad
    # an executor is a row of the runs' table: mypy names its protocol
    wrong_model = 'bad_code.py:14: error: No overload variant of "__call__" of "FlatRunDoor"'
    assert f'{wrong_model} matches argument types "str", "SqlQuery"' in bad
    assert "bad_code.py:18: error: Incompatible return value type" in bad
    # wrong slug type, missing keyword, wrong result uses; misspelt or mistyped dict bodies
    for line in (22, 26, 30, 34, 38, 42, 43, 44, 45, 49):
        assert f"bad_code.py:{line}: error:" in bad, line
    assert [line.split(": ", 1)[1] for line in errors["refused.py"]] == [quoted]


def _pyright(*names: str) -> dict[str, list[int]]:
    """Error lines per file, from pyright in strict mode (``typing_user/pyrightconfig.json``)."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pyright",
            "--outputjson",
            "-p",
            str(HERE / "pyrightconfig.json"),
            "--pythonpath",
            sys.executable,
            *(str(HERE / name) for name in names),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    report = json.loads(result.stdout)
    errors: dict[str, list[int]] = {name: [] for name in names}
    for diagnostic in report["generalDiagnostics"]:
        if diagnostic["severity"] == "error":
            name = Path(diagnostic["file"]).name
            errors.setdefault(name, []).append(diagnostic["range"]["start"]["line"] + 1)
    return errors


def test_pyright_strict_accepts_user_code_and_rejects_misuse() -> None:
    errors = _pyright("user_code.py", "natural_code.py", "bad_code.py")
    assert errors["user_code.py"] == []
    assert errors["natural_code.py"] == []
    assert sorted(set(errors["bad_code.py"])) == [
        10,
        14,
        18,
        22,
        26,
        30,
        34,
        38,
        42,
        43,
        44,
        45,
        49,
    ]
