"""The regeneration workflow, end to end: realistic changes to a copy of the spec.

Each scenario edits a copy of the repository as an API team would, runs ``python -m codegen``
there, and asserts what a user of the SDK gets: the change report's words, what is written or
refused, the methods and types of the regenerated package (imported in a subprocess from the
copy), and the emulator's answer. The golden record of "regenerate on API change".
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.test_codegen import _codegen

# each test regenerates a copy of the repository: run with --all (CI does)
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
SPEC = Path("openapi/connections-v1.yaml")
GENERATED = [
    Path("src/facilio_connections_sdk/models/_generated.py"),
    Path("src/facilio_connections_sdk/models/_generated_params.py"),
    Path("src/facilio_connections_sdk/models/_generated_facts.py"),
    Path("src/facilio_connections_sdk/_async/_generated.py"),
    Path("src/facilio_connections_sdk/_sync/_generated.py"),
    Path("src/facilio_connections_sdk/_sync/client.py"),
]

NEW_FIELD = (
    '        owner_email: {type: [string, "null"], format: email, '
    'description: "Who owns the connection."}\n'
)
FIELD_ANCHOR = '        is_active: {type: [boolean, "null"]'  # the first is ConnectionOut's

NEW_OPERATION = """  /connections/{slug}/health:
    parameters:
      - $ref: "#/components/parameters/Slug"
    get:
      operationId: getConnectionHealth
      tags: [connections]
      summary: Check a connection's health
      description: Whether the connection can reach its remote system now.
      responses:
        "200":
          description: The connection's health.
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/ConnectionHealth"
              example: {healthy: true, latency_ms: 42}
        "4XX": {$ref: "#/components/responses/Error"}
        "5XX": {$ref: "#/components/responses/Error"}

"""
NEW_ROOT_OPERATION = """  /relays/{relay_id}/status:
    parameters:
      - name: relay_id
        in: path
        required: true
        description: The relay's id.
        schema: {type: string}
    get:
      operationId: getRelayStatus
      tags: [connections]
      summary: Get a relay's status
      description: Whether the relay is connected; a path under no scope of the SDK.
      responses:
        "200":
          description: The relay's status.
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/ConnectionStatus"
              example: {slug: relay-1, is_active: true}
        "4XX": {$ref: "#/components/responses/Error"}
        "5XX": {$ref: "#/components/responses/Error"}

"""
NEW_SCHEMA = """    ConnectionHealth:
      description: Whether a connection can reach its remote system.
      type: object
      additionalProperties: true
      required: [healthy]
      properties:
        healthy: {type: boolean, description: "True when the last check reached it."}
        latency_ms: {type: [integer, "null"], description: "How long the check took, in ms."}

"""
NEW_EXECUTOR = """  /connections/{slug}/sql/upsert:
    parameters: [{$ref: "#/components/parameters/Slug"}]
    post:
      operationId: executeSqlUpsert
      tags: [executors]
      summary: Insert or update rows of a table
      description: Inserts `rows`, updating the ones whose key exists.
      parameters: *executeQuery
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/SqlInsert"}
      responses:
        "200": {$ref: "#/components/responses/SqlExecution"}
        "4XX": {$ref: "#/components/responses/Error"}
        "5XX": {$ref: "#/components/responses/Error"}

"""


def _copy(tmp: Path) -> Path:
    repo = tmp / "repo"
    repo.mkdir()
    for name in ("pyproject.toml", "CHANGELOG.md"):
        shutil.copy(ROOT / name, repo / name)
    for name in ("openapi", "codegen"):
        shutil.copytree(ROOT / name, repo / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "src", repo / "src", ignore=shutil.ignore_patterns("__pycache__"))
    return repo


def _edit(repo: Path, old: str, new: str, path: Path = SPEC) -> None:
    file = repo / path
    text = file.read_text(encoding="utf-8")
    assert old in text, old
    file.write_text(text.replace(old, new, 1), encoding="utf-8")


def _in_copy(repo: Path, code: str) -> Any:
    """Run ``code`` with the copy's package first on the path; it prints one JSON value."""
    env = {**os.environ, "PYTHONPATH": str(repo / "src")}
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _texts(repo: Path) -> dict[Path, str]:
    return {path: (repo / path).read_text(encoding="utf-8") for path in GENERATED}


def _code(texts: dict[Path, str]) -> dict[Path, str]:
    """The generated files without their header comments (which name the spec file read)."""
    return {
        path: "".join(line for line in text.splitlines(True) if not line.startswith("# "))
        for path, text in texts.items()
    }


# -- the API grows: nothing breaks ---------------------------------------------------------------


@pytest.fixture(scope="module")
def grown(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    """A copy whose spec gained a field, an enum value, a job status, an executor, an operation."""
    repo = _copy(tmp_path_factory.mktemp("grown"))
    _edit(repo, FIELD_ANCHOR, NEW_FIELD + FIELD_ANCHOR)
    _edit(repo, "      enum: [http, sql, file]\n", "      enum: [http, sql, file, graphql]\n")
    _edit(
        repo,
        "      enum: [queued, running, succeeded, failed, cancelled]\n",
        "      enum: [queued, running, retrying, succeeded, failed, cancelled]\n",
    )
    new_paths = NEW_EXECUTOR + NEW_OPERATION + NEW_ROOT_OPERATION
    _edit(repo, "  /jobs/{job_id}:\n", new_paths + "  /jobs/{job_id}:\n")
    _edit(
        repo,
        "    JobResult:\n      description:",
        NEW_SCHEMA + "    JobResult:\n      description:",
    )
    result = _codegen(repo)
    assert result.returncode == 0, result.stdout + result.stderr
    check = _codegen(repo, "--check")
    return repo, result.stdout, check.stdout


def test_growth_is_reported_as_not_breaking_in_the_users_words(
    grown: tuple[Path, str, str],
) -> None:
    _, report, _ = grown
    assert "what changes for users of the SDK (0 breaking, 7 not)" in report
    # a path under no scope: a root scope named after its first segment
    assert (
        "added    operation getRelayStatus: added (GET /relays/{relay_id}/status): "
        "client.get_relay_status(relay_id), client.relays().get_relay_status(relay_id)"
    ) in report
    assert (
        "added    operation getConnectionHealth: added (GET /connections/{slug}/health): "
        "client.get_connection_health(connection_slug), "
        "client.connection(slug).get_connection_health()"
    ) in report
    assert (
        "added    operation executeSqlUpsert: added (POST /connections/{slug}/sql/upsert): "
        "client.execute_sql_upsert(connection_slug), client.connection(slug).sql().upsert()"
    ) in report
    assert "added    ConnectionOut.owner_email: added (str | None)" in report
    assert "added    model ConnectionHealth: added" in report
    assert "added    ConnectionKind: enum value 'graphql' added" in report
    assert "added    JobStatus: enum value 'retrying' added" in report


def test_growth_is_listed_in_the_changelog(grown: tuple[Path, str, str]) -> None:
    repo, _, _ = grown
    text = (repo / "CHANGELOG.md").read_text(encoding="utf-8")
    unreleased = text.split("## [Unreleased]", 1)[1].split("\n## ", 1)[0]
    assert "- ConnectionOut.owner_email: added (str | None)" in unreleased
    assert "- operation getConnectionHealth: added (GET /connections/{slug}/health)" in unreleased
    breaking = (
        unreleased.split("### Breaking", 1)[1].split("\n### ", 1)[0]
        if "### Breaking" in unreleased
        else ""
    )
    assert "owner_email" not in breaking and "getConnectionHealth" not in breaking
    added = unreleased.split("### Added", 1)[1].split("\n### ", 1)[0]
    assert "- ConnectionOut.owner_email: added (str | None)" in added


def test_check_names_the_operations_the_emulator_does_not_implement(
    grown: tuple[Path, str, str],
) -> None:
    _, _, check = grown
    assert "codegen: 3 gap(s) in the coverage of the spec's operations:" in check
    assert "getRelayStatus: no emulator handler (it answers 501)" in check
    assert "getConnectionHealth: no emulator handler (it answers 501)" in check
    assert "executeSqlUpsert: no emulator handler (it answers 501)" in check
    assert "generated files are up to date" not in check


def test_a_new_operation_gets_both_doors_with_its_docs_and_types(
    grown: tuple[Path, str, str],
) -> None:
    repo, _, _ = grown
    found = _in_copy(
        repo,
        """
import inspect, json
from facilio_connections_sdk import AsyncConnectionsClient, ConnectionsClient, models
out = {}
for cls in (ConnectionsClient, AsyncConnectionsClient):
    c = cls("http://127.0.0.1:9", "t")
    flat = c.get_connection_health
    fluent = c.connection("crm").get_connection_health
    out[cls.__name__] = {
        "flat": str(inspect.signature(flat)),
        "fluent": str(inspect.signature(fluent)),
        "doc": inspect.getdoc(flat).splitlines()[0],
        "async": inspect.iscoroutinefunction(flat),
        "upsert": str(inspect.signature(c.connection("db").sql().upsert)).split(",")[0],
    }
out["health"] = models.ConnectionHealth.model_validate({"healthy": True}).healthy
out["email"] = models.ConnectionOut.model_validate(
    {"id": 1, "slug": "a", "display_name": "A", "owner_email": "ops@example.com"}
).owner_email
out["email_doc"] = models.ConnectionOut.model_fields["owner_email"].description
out["graphql"] = models.ConnectionOut.model_validate(
    {"id": 1, "slug": "a", "display_name": "A", "kind": "graphql"}
).kind is models.ConnectionKind.graphql
print(json.dumps(out))
""",
    )
    for name, is_async in (("ConnectionsClient", False), ("AsyncConnectionsClient", True)):
        doors = found[name]
        opts = "request_options: 'RequestOptions | None' = None"  # every door's last keyword
        assert doors["flat"] == f"(connection_slug: 'str', *, {opts}) -> 'm.ConnectionHealth'"
        assert doors["fluent"] == f"(*, {opts}) -> 'm.ConnectionHealth'"
        assert doors["doc"] == "Check a connection's health."
        assert doors["async"] is is_async
        assert (
            doors["upsert"]
            == "(parameters: 'm.SqlInsert | m.SqlInsertParams | AnyBody | None' = None"
        )
    assert found["health"] is True
    # format: email is a plain str (no email-validator needed), the format kept in the docs
    assert found["email"] == "ops@example.com"
    assert found["email_doc"] == "Who owns the connection. Format: `email`."
    assert found["graphql"] is True


def test_the_emulator_answers_new_operations_with_501_and_runs_no_other_statement(
    grown: tuple[Path, str, str],
) -> None:
    repo, _, _ = grown
    found = _in_copy(
        repo,
        """
import json
from facilio_connections_sdk import ConnectionsApiError, ConnectionsClient
from facilio_connections_sdk.testing import Emulator, run_emulator
out = {}
count = {"query": "SELECT count(*) AS n FROM work_orders"}
with run_emulator(Emulator()) as base, ConnectionsClient(base, "t") as c:
    out["before"] = c.execute_sql_query("warehouse-db", count).sql.rows[0]["n"]
    for name, call in (
        ("health", lambda: c.get_connection_health("servicenow-connection")),
        ("upsert", lambda: c.execute_sql_upsert(
            "warehouse-db", {"table": "work_orders", "rows": [{"id": 1, "title": "x"}]})),
    ):
        try:
            call()
        except ConnectionsApiError as exc:
            out[name] = [exc.status_code, exc.error.error, exc.error.message]
    out["after"] = c.execute_sql_query("warehouse-db", count).sql.rows[0]["n"]
print(json.dumps(out))
""",
    )
    assert found["health"] == [
        501,
        "not_implemented",
        "getConnectionHealth is not implemented by the emulator",
    ]
    assert found["upsert"] == [
        501,
        "not_implemented",
        "executeSqlUpsert is not implemented by the emulator",
    ]
    assert found["before"] == found["after"] > 0


def test_a_new_job_status_from_the_spec_is_not_final(grown: tuple[Path, str, str]) -> None:
    repo, _, _ = grown
    facts = (repo / "src/facilio_connections_sdk/models/_generated_facts.py").read_text("utf-8")
    assert 'frozenset({"succeeded", "failed", "cancelled"})' in facts
    assert "retrying" not in facts


# -- breaking changes: refused until acknowledged --------------------------------------------------


@pytest.fixture(scope="module")
def broken(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[Path, str], str]:
    """A copy whose spec renames ``display_name``, retypes ``version``, drops ``unsubscribe``."""
    repo = _copy(tmp_path_factory.mktemp("broken"))
    before = _texts(repo)
    spec = (repo / SPEC).read_text(encoding="utf-8")
    start = spec.index("    ConnectionOut:\n")
    end = spec.index("\n    ConnectionList:")
    block = spec[start:end]
    renamed = block.replace("required: [id, slug, display_name]", "required: [id, slug, title]")
    renamed = renamed.replace("        display_name:", "        title:")
    renamed = renamed.replace(
        '        version: {type: [string, "null"]', '        version: {type: [integer, "null"]'
    )
    assert renamed.count("title") >= 2 and "integer" in renamed
    spec = spec[:start] + renamed + spec[end:]
    unsubscribe = spec.index("  /subscribers/{id}:\n")
    spec = spec[:unsubscribe] + spec[spec.index("\ncomponents:\n") + 1 :]
    (repo / SPEC).write_text(spec, encoding="utf-8")
    first = _codegen(repo)
    return repo, before, first.stdout + f"\n(exit {first.returncode})"


def test_a_breaking_change_is_refused_and_nothing_is_written(
    broken: tuple[Path, dict[Path, str], str],
) -> None:
    repo, before, out = broken
    assert out.endswith("(exit 1)")
    assert "(3 breaking, 0 not)" in out
    assert (
        "BREAKING ConnectionOut.display_name: renamed to title (wire: display_name -> title)" in out
    )
    assert "BREAKING ConnectionOut.version: retyped str | None -> int | None" in out
    assert (
        "BREAKING operation unsubscribe: removed: client.unsubscribe(subscriber_id), "
        "client.subscribers().unsubscribe(subscriber_id)"
    ) in out
    assert "nothing written" in out and "--accept-breaking" in out
    assert _texts(repo) == before
    check = _codegen(repo, "--check")
    assert check.returncode == 1
    assert "BREAKING ConnectionOut.version: retyped str | None -> int | None" in check.stdout


def test_an_acknowledged_breaking_change_is_written_and_listed_as_breaking(
    broken: tuple[Path, dict[Path, str], str],
) -> None:
    repo, before, _ = broken
    result = _codegen(repo, "--accept-breaking")
    assert result.returncode == 0, result.stdout + result.stderr
    models = (repo / GENERATED[0]).read_text(encoding="utf-8")
    assert (
        "    title: Annotated[str" in models
        and "display_name" not in models.split("class ConnectionOut", 1)[1].split("\nclass ", 1)[0]
    )
    operations = (repo / GENERATED[3]).read_text(encoding="utf-8")
    assert "def unsubscribe(" not in operations and "def unsubscribe(" in before[GENERATED[3]]
    changelog = (repo / "CHANGELOG.md").read_text(encoding="utf-8")
    breaking = changelog.split("### Breaking", 1)[1].split("###", 1)[0]
    assert (
        "- ConnectionOut.display_name: renamed to title (wire: display_name -> title)" in breaking
    )
    assert "- ConnectionOut.version: retyped str | None -> int | None" in breaking
    # acknowledged and written: the next check reports nothing
    check = _codegen(repo, "--check")
    assert check.returncode == 0, check.stdout
    assert "BREAKING" not in check.stdout


# -- inputs a real API team has ------------------------------------------------------------------


def _split(repo: Path) -> Path:
    """The spec split into files joined by external $refs, as ``redocly split`` lays it out."""
    spec = yaml.safe_load((repo / SPEC).read_text(encoding="utf-8"))
    out = repo / "openapi" / "split"
    (out / "components" / "schemas").mkdir(parents=True)
    (out / "paths").mkdir()

    def rewrite(node: Any, where: str) -> Any:
        if isinstance(node, list):
            return [rewrite(n, where) for n in node]
        if not isinstance(node, dict):
            return node
        node = {k: rewrite(v, where) for k, v in node.items()}
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/"):
            section, name = ref.split("/")[2:4]
            if section == "schemas":
                node["$ref"] = {
                    "root": f"components/schemas/{name}.yaml",
                    "schema": f"{name}.yaml",
                    "path": f"../components/schemas/{name}.yaml",
                }[where]
            elif where != "root":
                node["$ref"] = ("../../" if where == "schema" else "../") + "openapi.yaml" + ref
        return node

    schemas = spec["components"]["schemas"]
    for name, schema in schemas.items():
        text = yaml.safe_dump(rewrite(schema, "schema"), sort_keys=False)
        (out / "components" / "schemas" / f"{name}.yaml").write_text(text, encoding="utf-8")
    spec["components"]["schemas"] = {
        name: {"$ref": f"components/schemas/{name}.yaml"} for name in schemas
    }
    for i, (template, item) in enumerate(list(spec["paths"].items())):
        text = yaml.safe_dump(rewrite(item, "path"), sort_keys=False)
        (out / "paths" / f"p{i:02d}.yaml").write_text(text, encoding="utf-8")
        spec["paths"][template] = {"$ref": f"paths/p{i:02d}.yaml"}
    spec["components"] = rewrite(spec["components"], "root")
    root = out / "openapi.yaml"
    root.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    return root


def test_a_spec_split_into_files_generates_the_same_code(tmp_path: Path) -> None:
    repo = _copy(tmp_path)
    before = _texts(repo)
    root = _split(repo)
    assert len(list((root.parent / "paths").iterdir())) > 10
    result = _codegen(repo, "--spec", str(root))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "what changes" not in result.stdout  # the same API: nothing to report
    after = _texts(repo)
    assert _code(after) == _code(before)
    assert "# Source: openapi/split/openapi.yaml" in after[GENERATED[3]]
    copy = yaml.safe_load(
        (repo / "src/facilio_connections_sdk/testing/connections-v1.yaml").read_text("utf-8")
    )
    assert copy == yaml.safe_load((ROOT / SPEC).read_text(encoding="utf-8"))
    check = _codegen(repo, "--check", "--spec", str(root))
    assert check.returncode == 0, check.stdout


def test_a_json_spec_generates_the_same_code(tmp_path: Path) -> None:
    repo = _copy(tmp_path)
    before = _texts(repo)
    spec = yaml.safe_load((repo / SPEC).read_text(encoding="utf-8"))
    json_spec = repo / "openapi" / "connections-v1.json"
    json_spec.write_text(json.dumps(spec, indent=2), encoding="utf-8")
    result = _codegen(repo, "--spec", str(json_spec))
    assert result.returncode == 0, result.stdout + result.stderr
    assert _code(_texts(repo)) == _code(before)


def test_a_split_spec_with_a_dangling_ref_is_refused_by_name(tmp_path: Path) -> None:
    repo = _copy(tmp_path)
    root = _split(repo)
    (root.parent / "components" / "schemas" / "AccountRef.yaml").unlink()
    result = _codegen(repo, "--spec", str(root))
    assert result.returncode != 0
    assert "AccountRef.yaml: no such file" in result.stdout + result.stderr


def test_check_names_a_handwritten_door_that_is_missing(tmp_path: Path) -> None:
    repo = _copy(tmp_path)
    client = Path("src/facilio_connections_sdk/_async/client.py")
    _edit(repo, "    async def subscribe(\n", "    async def subscribe_webhook(\n", client)
    result = _codegen(repo, "--check")
    assert result.returncode == 1
    assert "  subscribe: no flat method client.subscribe()" in result.stdout


def test_griffe_reports_a_python_signature_change_the_spec_diff_cannot_see(
    tmp_path: Path,
) -> None:
    # dropping the 0.x positional relay_id makes it keyword-only: the wire does not change,
    # the Python API does (list_connections("relay") stops working)
    repo = _copy(tmp_path)
    _edit(
        repo,
        "list_connections, fluent: list, positional: [relay_id], ",
        "list_connections, fluent: list, ",
    )
    result = _codegen(repo)
    assert result.returncode == 1
    assert (
        "BREAKING ClientOperations.list_connections (Python API): parameter kind was changed: "
        "[positional or keyword] relay_id: str | None = None -> "
        "[keyword-only] relay_id: str | None = None"
    ) in result.stdout
    assert "nothing written" in result.stdout


def test_the_guides_report_lines_are_what_codegen_prints(
    grown: tuple[Path, str, str], broken: tuple[Path, dict[Path, str], str]
) -> None:
    section = (ROOT / "docs" / "guides" / "regenerating.md").read_text(encoding="utf-8")
    shown = [
        line.strip()
        for line in section.splitlines()
        if line.strip().startswith(("added ", "BREAKING ", "getConnectionHealth: no emulator"))
    ]
    assert len(shown) == 5
    printed = {line.strip() for line in (grown[1] + grown[2] + broken[2]).splitlines()}
    assert [line for line in shown if line not in printed] == []
