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


def _mypy(path: Path) -> tuple[str, int]:
    stdout, stderr, status = api.run(["--strict", "--no-incremental", str(path)])
    return stdout + stderr, status


def test_user_code_type_checks_strictly() -> None:
    output, status = _mypy(HERE / "user_code.py")
    assert status == 0, output


def test_mypy_catches_wrong_types_in_user_code() -> None:
    output, status = _mypy(HERE / "bad_code.py")
    assert status == 1
    assert 'bad_code.py:10: error: Incompatible return value type (got "str"' in output
    wrong_model = 'bad_code.py:14: error: No overload variant of "execute_http_get"'
    assert f'{wrong_model} of "ClientOperations" matches argument types "str", "SqlQuery"' in output
    assert "bad_code.py:18: error: Incompatible return value type" in output
    # wrong slug type, missing keyword, wrong result uses; misspelt or mistyped dict bodies
    for line in (22, 26, 30, 34, 38, 42, 43, 44, 45, 49):
        assert f"bad_code.py:{line}: error:" in output, line


def test_natural_user_code_needs_no_none_checks_under_mypy() -> None:
    output, status = _mypy(HERE / "natural_code.py")
    assert status == 0, output


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


def test_the_readmes_refused_dict_error_is_what_mypy_says(tmp_path: Path) -> None:
    """README, "My dict is refused": the code it shows fails mypy --strict with the very
    message it quotes."""
    import re

    readme = (HERE.parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("#### My dict is refused", 1)[1]
    code, message = re.findall(r"```text\n(.*?)```", section, re.DOTALL)[:2]
    user = tmp_path / "refused.py"
    user.write_text(
        "from facilio_connections_sdk import ConnectionsClient\n\n"
        'client = ConnectionsClient("https://connections.example.com", "t")\n' + code,
        encoding="utf-8",
    )
    output, status = _mypy(user)
    assert status == 1
    said = [line.split(": ", 1)[1] for line in output.splitlines() if ": error: " in line]
    assert said == [message.strip()]
