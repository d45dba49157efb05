from __future__ import annotations

from pathlib import Path

from mypy import api

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
    wrong_model = 'bad_code.py:14: error: Argument 2 to "execute_http_get" of "_FlatExecutors"'
    assert f'{wrong_model} has incompatible type "SqlQuery"' in output
    assert "bad_code.py:18: error: Incompatible return value type" in output
