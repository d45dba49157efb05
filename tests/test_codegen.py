from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
GENERATED = Path("src/facilio_connections_sdk/models/_generated.py")


def _codegen(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "codegen", "--root", str(root), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture
def repo_copy(tmp_path: Path) -> Path:
    """The parts of the repository codegen reads and writes, copied to a temp dir."""
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    shutil.copytree(ROOT / "openapi", tmp_path / "openapi")
    shutil.copytree(ROOT / "codegen", tmp_path / "codegen")
    shutil.copytree(ROOT / "src", tmp_path / "src", ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path


def _load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("regenerated_models", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # forward references resolve through sys.modules
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module


@pytest.mark.slow
def test_committed_models_match_the_spec() -> None:
    result = _codegen(ROOT, "--check")
    assert result.returncode == 0, result.stdout + result.stderr


def test_generated_file_says_it_is_generated() -> None:
    head = (ROOT / GENERATED).read_text(encoding="utf-8").splitlines()[:3]
    assert "DO NOT EDIT" in head[0]
    assert any("python -m codegen" in line for line in head)


@pytest.mark.slow
def test_check_fails_and_names_the_file_when_the_spec_changed(repo_copy: Path) -> None:
    spec = repo_copy / "openapi" / "connections-v1.yaml"
    text = spec.read_text(encoding="utf-8")
    anchor = '        is_active: {type: [boolean, "null"]'  # first: ConnectionOut's
    assert anchor in text
    spec.write_text(
        text.replace(anchor, '        siteName: {type: [string, "null"]}\n' + anchor, 1),
        encoding="utf-8",
    )
    assert spec.read_text(encoding="utf-8") != text
    result = _codegen(repo_copy, "--check")
    assert result.returncode == 1
    assert str(GENERATED) in result.stdout
    # regenerating gives a typed snake_case attribute with the wire name as alias
    assert _codegen(repo_copy).returncode == 0
    assert _codegen(repo_copy, "--check").returncode == 0
    module = _load(repo_copy / GENERATED)
    field = module.ConnectionOut.model_fields["site_name"]
    assert field.alias == "siteName"
    raw = '{"id": 1, "slug": "a", "display_name": "A", "siteName": "HQ"}'
    conn = module.ConnectionOut.model_validate_json(raw)
    assert conn.site_name == "HQ"
    assert conn.to_dict() == json.loads(raw)


@pytest.mark.slow
def test_generation_is_deterministic(repo_copy: Path) -> None:
    before = (repo_copy / GENERATED).read_bytes()
    assert _codegen(repo_copy).returncode == 0
    assert (repo_copy / GENERATED).read_bytes() == before


@pytest.mark.slow
def test_check_fails_when_the_sync_twin_was_edited_by_hand(repo_copy: Path) -> None:
    twin = repo_copy / "src/facilio_connections_sdk/_sync/client.py"
    twin.write_text(twin.read_text(encoding="utf-8") + "\nHAND_EDIT = 1\n", encoding="utf-8")
    result = _codegen(repo_copy, "--check")
    assert result.returncode == 1
    assert "_sync/client.py" in result.stdout


def test_sync_twin_has_no_async_left() -> None:
    text = (ROOT / "src/facilio_connections_sdk/_sync/client.py").read_text(encoding="utf-8")
    for word in ("async def", "await ", "AsyncClient", "AsyncIterator", "_async."):
        assert word not in text, word


_NEW_EXECUTOR = """  /connections/{slug}/sql/explain:
    parameters: [{$ref: "#/components/parameters/Slug"}]
    post:
      operationId: executeSqlExplain
      tags: [executors]
      summary: Explain a SQL query plan
      description: Shows how the database would run `query`.
      parameters: *executeQuery
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/SqlQuery"}
      responses: *executeResponses
"""


def _add_executor(repo: Path, text: str) -> None:
    spec = repo / "openapi" / "connections-v1.yaml"
    source = spec.read_text(encoding="utf-8")
    anchor = "  /jobs/{job_id}:\n"
    assert anchor in source
    spec.write_text(source.replace(anchor, text + "\n" + anchor, 1), encoding="utf-8")


@pytest.mark.slow
def test_a_new_executor_in_the_spec_becomes_a_flat_and_a_fluent_method(repo_copy: Path) -> None:
    _add_executor(repo_copy, _NEW_EXECUTOR)
    result = _codegen(repo_copy, "--check")
    assert result.returncode == 1
    assert "_async/_generated.py" in result.stdout
    assert "_sync/_generated.py" in result.stdout
    assert _codegen(repo_copy).returncode == 0
    # the regenerated package, used: both doors, sync and async, send the run and say so in help()
    script = """
import asyncio, inspect, json, pydoc
import httpx
from facilio_connections_sdk import AsyncConnectionsClient, ConnectionsClient

sent = []
def answer(request):
    sent.append((request.url.path, json.loads(request.content)))
    return httpx.Response(200, json={"status": "succeeded", "result": {"rows": []}})

sync = ConnectionsClient("https://h.test", "t", http_client=httpx.Client(
    transport=httpx.MockTransport(answer)))
sync.execute_sql_explain("db", {"query": "select 1"})
sync.connection("db").sql().explain({"query": "select 2"})
async def run():
    client = AsyncConnectionsClient("https://h.test", "t", http_client=httpx.AsyncClient(
        transport=httpx.MockTransport(answer)))
    await client.execute_sql_explain("db", {"query": "select 3"})
for door in (sync.execute_sql_explain, sync.connection("db").sql().explain):
    assert "Explain a SQL query plan." in pydoc.render_doc(door), door
print(json.dumps([sent, str(inspect.signature(sync.execute_sql_explain))]))
asyncio.run(run())
print(json.dumps(sent))
"""
    out = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(repo_copy / "src")},
    ).stdout.splitlines()
    (sent, signature), every = json.loads(out[0]), json.loads(out[1])
    assert sent == [
        ["/api/v1/connections/db/sql/explain", {"query": "select 1"}],
        ["/api/v1/connections/db/sql/explain", {"query": "select 2"}],
    ]
    assert every[-1] == ["/api/v1/connections/db/sql/explain", {"query": "select 3"}]
    assert signature.startswith("(connection_slug: 'str', parameters: 'm.SqlQuery | ")


@pytest.mark.slow
def test_an_executor_without_a_summary_is_refused(repo_copy: Path) -> None:
    _add_executor(repo_copy, _NEW_EXECUTOR.replace("      summary: Explain a SQL query plan\n", ""))
    result = _codegen(repo_copy)
    assert result.returncode != 0
    assert "executeSqlExplain has no summary" in result.stdout + result.stderr


PACKAGE = ROOT / "src" / "facilio_connections_sdk"


def _generated_files() -> list[Path]:
    from codegen import __main__ as main
    from codegen import operations, params, unasync

    paths = [main.OUTPUT, main.FACTS, params.TARGET, operations.TARGET, operations.DOORS]
    paths += [unasync.TARGET_DIR / name for name in unasync.FILES]
    return [ROOT / path for path in paths]


def test_every_generated_file_says_so_in_its_path_and_its_header() -> None:
    for path in _generated_files():
        relative = path.relative_to(PACKAGE).as_posix()
        assert "_generated" in path.name or relative.startswith("_sync/"), relative
        head = path.read_text(encoding="utf-8").splitlines()[:3]
        assert head[0] == "# GENERATED CODE - DO NOT EDIT.", relative
        assert "python -m codegen" in head[2], relative
    copy = (PACKAGE / "testing" / "connections-v1.yaml").read_text(encoding="utf-8")
    assert copy.startswith("# GENERATED COPY - DO NOT EDIT.")


def test_no_hand_written_module_has_a_generated_header_or_imports_the_generated_doors() -> None:
    generated = set(_generated_files())
    for path in sorted(PACKAGE.rglob("*.py")):
        if path in generated:
            continue
        text = path.read_text(encoding="utf-8")
        relative = path.relative_to(PACKAGE).as_posix()
        assert "DO NOT EDIT" not in text.split("\n", 1)[0], relative
        # the generated doors import the hand-written core; only the client (the composition
        # root, which subclasses them) imports them back
        if relative != "_async/client.py":
            assert "._generated import" not in text.replace("models._generated", ""), relative


def test_the_changelog_keeps_its_shape_as_changes_are_listed(tmp_path: Path) -> None:
    """Each heading of "Unreleased" is followed by a blank line, then its items, newest first;
    "Breaking" comes first."""
    from codegen.changes import Change, record

    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text(
        "# Changelog\n\n## [Unreleased]\n\n### Added\n\n- old addition\n\n## [0.1.0]\n\n- first\n",
        encoding="utf-8",
    )
    record(changelog, [Change("A.b", "added", False), Change("C.d", "removed", True)])
    record(changelog, [Change("E.f", "type changed", True)])
    assert changelog.read_text(encoding="utf-8") == (
        "# Changelog\n\n## [Unreleased]\n\n"
        "### Breaking\n\n- E.f: type changed\n- C.d: removed\n\n"
        "### Added\n\n- A.b: added\n- old addition\n\n"
        "## [0.1.0]\n\n- first\n"
    )


def test_a_python_api_line_reads_as_code_in_the_changelog(tmp_path: Path) -> None:
    from codegen.changes import Change, record

    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text("# Changelog\n\n## [Unreleased]\n", encoding="utf-8")
    what = "parameter default was changed: [keyword-only] n: int = 1 -> [keyword-only] n: int = 2"
    record(changelog, [Change("Client.f (Python API)", what, True), Change("A.b", "added", False)])
    text = changelog.read_text(encoding="utf-8")
    assert (
        "- `Client.f` (Python API): parameter default was changed: "
        "`[keyword-only] n: int = 1` -> `[keyword-only] n: int = 2`\n" in text
    )
    assert "- A.b: added\n" in text  # a spec-level line reads as it is
