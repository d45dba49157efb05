"""The examples of the README and of every page of the site run (against the emulator) and
type-check; the README's Quick start is what CI runs."""

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
# what `facilio-connections emulator` serves by default: the README's tour runs against it
EMULATOR_ORIGIN = "http://127.0.0.1:8081"
# what a user reads: the README and every page of the site written in Markdown
DOC_FILES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]


def _blocks(language: str, text: str = README) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```", text, flags=re.MULTILINE | re.DOTALL)


EXAMPLES = [
    (path.relative_to(ROOT).as_posix(), number, block)
    for path in DOC_FILES
    for number, block in enumerate(_blocks("python", path.read_text(encoding="utf-8")), start=1)
]


def test_the_docs_have_examples() -> None:
    where = {name for name, _, _ in EXAMPLES}
    assert {"README.md", "docs/index.md", "docs/guides/typed-parameters.md"} <= where
    assert len(EXAMPLES) >= 12


@pytest.mark.parametrize(
    ("name", "number", "source"), EXAMPLES, ids=[f"{n}#{i}" for n, i, _ in EXAMPLES]
)
def test_a_python_example_of_the_docs_runs(
    name: str,
    number: int,
    source: str,
    connections_emulator: EmulatorHandle,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = source.replace(EXAMPLE_ORIGIN, connections_emulator.base_url)
    code = code.replace(EMULATOR_ORIGIN, connections_emulator.base_url)
    namespace: dict[str, Any] = {"__name__": "docs_example"}
    exec(compile(code, f"{name} example {number}", "exec"), namespace)
    for attr, value in namespace.items():
        if attr.startswith("test_") and callable(value):
            value(connections_emulator)
    assert "Traceback" not in capsys.readouterr().err


def test_the_readme_links_every_guide_and_the_site_lists_them() -> None:
    guides = sorted(p.name for p in (ROOT / "docs" / "guides").glob("*.md"))
    linked = sorted(set(re.findall(r"\(docs/guides/([\w-]+\.md)\)", README)))
    assert linked == guides
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert [g for g in guides if f"guides/{g}" not in nav] == []


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
def test_the_docs_python_examples_type_check_strictly(tmp_path: Path) -> None:
    """What a user copies from the README or a guide passes mypy --strict and pyright strict."""
    import json
    import subprocess
    import sys

    from mypy import api as mypy_api

    files = []
    for index, (_name, _number, block) in enumerate(EXAMPLES, start=1):
        path = tmp_path / f"docs_example_{index:02d}.py"
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


def test_the_tour_points_at_the_emulators_default_address() -> None:
    """The README's tour runs as printed against ``facilio-connections emulator``."""
    from facilio_connections_sdk.cli import build_parser

    parser = build_parser()
    emulator = parser.parse_args(["emulator"])
    assert f"http://{emulator.host}:{emulator.port}" == EMULATOR_ORIGIN
    tour = README.split("## A short tour", 1)[1].split("\n## ", 1)[0]
    assert f'ConnectionsClient("{EMULATOR_ORIGIN}", "dev")' in tour
    assert "facilio-connections emulator" in tour
