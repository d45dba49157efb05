"""The README's examples run (against the emulator), and so do the site's hand-written pages'
(its guides are the README's sections); the README's Quick start is what CI runs."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pytest

from facilio_connections_sdk.cli import main
from facilio_connections_sdk.pytest_plugin import EmulatorHandle

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
EXAMPLE_ORIGIN = "https://connections.example.com"


def _blocks(language: str, text: str = README) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```", text, flags=re.MULTILINE | re.DOTALL)


PYTHON_BLOCKS = _blocks("python")
SITE_PAGES = sorted((ROOT / "docs").glob("*.md"))
SITE_BLOCKS = [
    (page.name, block)
    for page in SITE_PAGES
    for block in _blocks("python", page.read_text(encoding="utf-8"))
]


@pytest.mark.parametrize(("page", "source"), SITE_BLOCKS, ids=[p for p, _ in SITE_BLOCKS])
def test_site_python_example_runs(
    page: str, source: str, connections_emulator: EmulatorHandle, capsys: pytest.CaptureFixture[str]
) -> None:
    code = source.replace(EXAMPLE_ORIGIN, connections_emulator.base_url)
    exec(compile(code, f"docs/{page}", "exec"), {"__name__": "site_example"})
    assert "Traceback" not in capsys.readouterr().err


def test_the_site_has_examples() -> None:
    assert [page for page, _ in SITE_BLOCKS] == ["index.md"]


def test_readme_has_examples() -> None:
    assert len(PYTHON_BLOCKS) >= 8


@pytest.mark.parametrize("index", range(len(PYTHON_BLOCKS)))
def test_readme_python_example_runs(
    index: int, connections_emulator: EmulatorHandle, capsys: pytest.CaptureFixture[str]
) -> None:
    source = PYTHON_BLOCKS[index].replace(EXAMPLE_ORIGIN, connections_emulator.base_url)
    namespace: dict[str, Any] = {"__name__": "readme_example"}
    exec(compile(source, f"README.md example {index + 1}", "exec"), namespace)
    for name, value in namespace.items():
        if name.startswith("test_") and callable(value):
            value(connections_emulator)
    assert "Traceback" not in capsys.readouterr().err


def test_quick_start_is_two_commands_and_the_second_is_what_ci_runs() -> None:
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```bash\n(.*?)```", section, re.DOTALL)
    commands = [line for block in blocks for line in block.splitlines() if line.strip()]
    assert len(commands) == 2
    demo, tests = commands
    assert demo.endswith("facilio-connections demo")
    assert tests.endswith("python -m pytest -n auto")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "\npython -m pytest -n auto\n" in ci


def test_demo_runs_the_walkthrough() -> None:
    out = io.StringIO()
    assert main(["demo"], out=out) == 0
    lines = out.getvalue().splitlines()
    steps = [line.split(":", 1)[0] for line in lines if re.match(r"^\d\. ", line)]
    assert steps == [
        "1. list_connections",
        "2. get_connection",
        "3. list_actions",
        "4. list_action_inputs",
        "5. execute (async)",
        "6. wait_for_job",
    ]
    assert "wait_for_job: succeeded" in out.getvalue()


@pytest.mark.slow
def test_readme_python_examples_type_check_strictly(tmp_path: Path) -> None:
    """What a user copies from the README passes mypy --strict and pyright strict as it is."""
    import json
    import subprocess
    import sys

    from mypy import api as mypy_api

    files = []
    for index, block in enumerate(PYTHON_BLOCKS, start=1):
        path = tmp_path / f"readme_example_{index:02d}.py"
        path.write_text(block, encoding="utf-8")
        files.append(str(path))
    out, err, status = mypy_api.run(["--strict", "--no-incremental", *files])
    assert status == 0, out + err
    (tmp_path / "pyrightconfig.json").write_text(
        json.dumps({"typeCheckingMode": "strict"}), encoding="utf-8"
    )
    result = subprocess.run(
        [sys.executable, "-m", "pyright", "--outputjson", "--pythonpath", sys.executable],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    report = json.loads(result.stdout)
    errors = [d for d in report["generalDiagnostics"] if d["severity"] == "error"]
    assert errors == [], errors
    assert report["summary"]["filesAnalyzed"] == len(files)
