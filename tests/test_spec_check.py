"""``spec-check``: a live tenant's answers against the spec, read-only, values never printed."""

from __future__ import annotations

import io
import json
from typing import Any

import httpx
import pytest

from facilio_connections_sdk import ConnectionsClient
from facilio_connections_sdk.cli import main
from facilio_connections_sdk.spec_check import check_body, check_tenant
from facilio_connections_sdk.testing import Emulator, load_spec, run_emulator
from tests.servers import Answer, Seen, http_server

SECRET_EMAIL = "ops-lead@tenant.example"  # a value a report must never carry
DOCUMENT = load_spec().document


def _cli(base_url: str, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["spec-check", "--base-url", base_url, "--token", "t", *args], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_a_tenant_that_matches_the_spec_exits_0_and_only_reads() -> None:
    emulator = Emulator()
    with run_emulator(emulator) as base_url:
        code, out, err = _cli(base_url, "--sample", "3")
    assert code == 0, err
    assert "the tenant matches the spec" in out
    methods = {r.method for r in emulator.requests}
    assert methods == {"GET"}  # never executes, subscribes or writes
    read = {r.operation_id for r in emulator.requests}
    assert {"listConnections", "getConnection", "listActions", "getAction", "getTrigger"} <= read


def _recorded_tenant() -> dict[str, Any]:
    """What a tenant answers at each path a check reads: the emulator's own answers."""
    answers: dict[str, Any] = {}

    def keep(response: httpx.Response) -> None:
        response.read()
        answers[response.request.url.raw_path.decode()] = response.json()

    with run_emulator() as base_url:
        http = httpx.Client(event_hooks={"response": [keep]})
        with ConnectionsClient(base_url, "t", http_client=http) as client:
            check_tenant(client, max_pages=1, sample=1)  # what the CLI reads below
        http.close()
    return answers


def _drifted(answers: dict[str, Any]) -> dict[str, Any]:
    """A newer tenant: a new property, a new enum value, a retyped one, a missing one."""
    for body in answers.values():
        for conn in [*body.get("connections", []), body.get("connection") or {}]:
            if conn:
                conn["owner_email"] = SECRET_EMAIL
                conn["kind"] = "graphql"
                conn["version"] = 3
                conn.pop("display_name", None)
    return answers


def _serve(answers: dict[str, Any]) -> Any:
    json_type = [("Content-Type", "application/json")]

    def route(seen: Seen) -> Answer:
        body = answers.get(seen.path)  # the request target: path and query, as recorded
        if body is None:
            return Answer(404, json_type, b'{"error": "not_found", "message": "no route"}')
        return Answer(200, json_type, json.dumps(body).encode())

    return http_server(route)


def test_a_drifted_tenant_exits_1_with_a_report_by_schema_and_path() -> None:
    with _serve(_drifted(_recorded_tenant())) as server:
        code, out, err = _cli(server.base_url, "--max-pages", "1", "--sample", "1")
    assert code == 1, err
    lines = out.splitlines()
    assert any(
        line.strip().startswith("ConnectionOut.owner_email: unknown property, seen as string in")
        and "add the property to the spec" in line
        for line in lines
    ), out
    assert "ConnectionOut.kind: enum, value 'graphql' not in ConnectionKind" in out
    assert "ConnectionOut.version: type, documented string | null, seen integer" in out
    assert "ConnectionOut.display_name: missing required property" in out
    assert "listConnections" in out and "getConnection" in out
    assert "python -m codegen" in out  # what to do next
    assert SECRET_EMAIL not in out + err  # paths and types only, never a value


def test_the_json_report_is_for_ci() -> None:
    with _serve(_drifted(_recorded_tenant())) as server:
        code, out, _ = _cli(server.base_url, "--max-pages", "1", "--sample", "1", "--json")
    assert code == 1
    report = json.loads(out)
    assert report["clean"] is False
    found = {(d["schema"], d["path"], d["kind"]) for d in report["drifts"]}
    assert ("ConnectionOut", "owner_email", "unknown property") in found
    unknown = next(d for d in report["drifts"] if d["path"] == "owner_email")
    assert unknown["responses"] == unknown["checked"] >= 2
    assert SECRET_EMAIL not in out


def test_an_operation_the_tenant_refuses_is_listed_as_skipped() -> None:
    answers = _recorded_tenant()
    answers = {k: v for k, v in answers.items() if not k.endswith("/triggers")}
    with _serve(answers) as server:
        code, out, _ = _cli(server.base_url, "--max-pages", "1", "--sample", "1")
    assert code == 0
    assert "skipped: listTriggers (HTTP 404)" in out


def test_an_answer_that_is_not_json_is_listed_as_skipped_with_its_status() -> None:
    emulator = Emulator()
    emulator.faults.script("listTriggers", "non-json")  # an HTML page with status 200
    with run_emulator(emulator) as base_url:
        code, out, err = _cli(base_url, "--sample", "1")
    assert code == 0, err
    assert "skipped: listTriggers (HTTP 200, not a JSON object)" in out


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"count": 1, "connections": [{"id": 1, "slug": "a", "display_name": "A"}]}, []),
        (
            {"count": "1"},
            [("ConnectionList", "count", "type", "documented integer, seen string")],
        ),
        (
            {"count": 1, "connections": [{"id": 1, "slug": "a", "display_name": "A", "x": [1]}]},
            [("ConnectionOut", "x", "unknown property", "seen as array")],
        ),
        (
            {
                "count": 1,
                "connections": [{"id": 1, "slug": "a", "display_name": "A", "created_at": "soon"}],
            },
            [("ConnectionOut", "created_at", "format", "not an ISO 8601 date-time")],
        ),
    ],
    ids=["fits", "retyped", "new property", "bad date-time"],
)
def test_check_body_names_schema_path_and_kind(body: Any, expected: list[tuple[str, ...]]) -> None:
    found = check_body(DOCUMENT, {"$ref": "#/components/schemas/ConnectionList"}, body)
    assert [(f.schema, f.path, f.kind, f.detail) for f in found] == expected


def test_bad_limits_are_refused_before_anything_is_sent() -> None:
    with (
        ConnectionsClient("https://tenant.example.com", "t") as client,
        pytest.raises(ValueError, match="sample"),
    ):
        check_tenant(client, sample=0)


def test_the_guides_report_lines_are_what_spec_check_prints() -> None:
    from pathlib import Path

    guide = Path(__file__).resolve().parent.parent / "docs" / "guides" / "regenerating.md"
    shown = [
        line.strip()
        for line in guide.read_text(encoding="utf-8").splitlines()
        if line.strip().startswith(("ConnectionOut.", "Next: edit"))
    ]
    assert len(shown) == 4
    with _serve(_drifted(_recorded_tenant())) as server:
        _, out, _ = _cli(server.base_url, "--max-pages", "1", "--sample", "1")
    printed = {line.strip() for line in out.splitlines()}
    assert [line for line in shown if line not in printed] == []


def test_the_emulator_can_serve_a_drifted_tenant_and_spec_check_finds_each_drift() -> None:
    emulator = Emulator()
    slug = "servicenow-connection"
    emulator.drift(
        slug,
        {"owner_email": SECRET_EMAIL, "kind": "graphql", "id": "not-a-number"},
        dropped=["display_name"],
    )
    with run_emulator(emulator) as base_url:
        code, out, err = _cli(base_url, "--sample", "45", "--json")
        raw = httpx.get(f"{base_url}/api/v1/connections/{slug}", headers={"X-Service-Token": "t"})
    assert raw.status_code == 200  # the drifted answer is served, not refused as a bug
    assert raw.json()["connection"]["kind"] == "graphql"
    assert code == 1, err
    found = {(d["schema"], d["path"], d["kind"]) for d in json.loads(out)["drifts"]}
    assert found == {
        ("ConnectionOut", "owner_email", "unknown property"),
        ("ConnectionOut", "kind", "enum"),
        ("ConnectionOut", "id", "type"),
        ("ConnectionOut", "display_name", "missing required property"),
    }
    assert SECRET_EMAIL not in out


# -- drift recorded during normal use ---------------------------------------------------------


def test_a_client_records_what_answers_carry_that_the_spec_does_not_know() -> None:
    emulator = Emulator()
    slug = "servicenow-connection"
    emulator.drift(slug, {"owner_email": SECRET_EMAIL, "kind": "graphql"})
    with (
        run_emulator(emulator) as base_url,
        ConnectionsClient(base_url, "t", record_drift=True) as client,
    ):
        client.get_connection(slug)
        client.with_options(max_retries=0).list_connections()  # a copy adds to the same record
        report = client.drift
    assert report is not None and not report.clean
    found = {(d.schema, d.path, d.kind, d.detail) for d in report.drifts}
    assert found == {
        ("ConnectionOut", "owner_email", "unknown property", "seen as string"),
        ("ConnectionOut", "kind", "enum", "value 'graphql' not in ConnectionKind"),
    }
    assert report.checked == {"ConnectionDetail answers": 1, "ConnectionList answers": 1}
    assert SECRET_EMAIL not in report.render() + json.dumps(report.to_dict())


def test_recording_is_off_unless_asked_for() -> None:
    with run_emulator() as base_url, ConnectionsClient(base_url, "t") as client:
        client.list_connections()
        assert client.drift is None
    config = ConnectionsClient.from_env(
        {
            "FACILIO_CONNECTIONS_BASE_URL": "http://127.0.0.1:9",
            "FACILIO_CONNECTIONS_RECORD_DRIFT": "1",
        }
    ).config
    assert config.record_drift is True


def test_by_default_five_connections_are_read_in_depth(connections_emulator: Any) -> None:
    """``sample`` defaults to 5: what ``spec-check`` reads of a tenant with more."""
    assert len(connections_emulator.state.connections) > 5
    with ConnectionsClient(connections_emulator.base_url, "t") as client:
        report = check_tenant(client)
    assert report.checked["getConnection"] == 5
    assert report.checked["getConnectedAccounts"] == 5


def test_the_report_counts_in_words_that_agree() -> None:
    from facilio_connections_sdk._drift import DriftReport

    report = DriftReport()
    report.add("getConnection", [])
    assert report.render().startswith("spec-check: 1 response of 1 operation checked")
    report.add("getConnection", [])
    report.add("listConnections", [])
    assert report.render().startswith("spec-check: 3 responses of 2 operations checked")


_SMALL_DOC: dict[str, Any] = {
    "components": {
        "schemas": {
            "Thing": {
                "type": "object",
                "additionalProperties": True,
                "properties": {
                    "state": {"type": "string", "enum": ["on", "off"]},
                    "size": {"anyOf": [{"type": "integer"}, {"type": "string"}]},
                    "shape": {"anyOf": [{"type": "object", "properties": {}}, {"type": "integer"}]},
                },
            }
        }
    }
}
_THING = {"$ref": "#/components/schemas/Thing"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"state": "on", "size": 3, "shape": {}}, []),
        ({"size": "three", "shape": 4}, []),  # each value fits one branch: nothing to say
        ({"state": "dim"}, [("state", "enum")]),
        ({"size": [1]}, [("size", "type", "documented integer | string, seen array")]),
        ({"shape": "round"}, [("shape", "type", "documented integer | object, seen string")]),
    ],
    ids=["fits", "one branch each", "unknown enum value", "no branch", "inline object branch"],
)
def test_check_body_reads_enums_and_any_of_branches(
    body: dict[str, Any], expected: list[tuple[str, ...]]
) -> None:
    found = check_body(_SMALL_DOC, _THING, body)
    assert len(found) == len(expected)
    shown = [(f.path, f.kind, f.detail)[: len(e)] for f, e in zip(found, expected, strict=True)]
    assert shown == expected


def test_pages_are_read_up_to_max_pages_while_the_list_goes_on(connections_emulator: Any) -> None:
    with ConnectionsClient(connections_emulator.base_url, "t") as client:
        report = check_tenant(client, max_pages=3, per_page=2, sample=1)
    assert report.checked["listConnections"] == 3
    with ConnectionsClient(connections_emulator.base_url, "t") as client:
        everything = check_tenant(client, max_pages=50, per_page=100, sample=1)
    assert everything.checked["listConnections"] == 1  # one page held them all: no second
