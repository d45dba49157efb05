"""Every flat and fluent method, sync and async: the exact request, and a typed response.

Expected requests are the 0.x wire format, written out as facts (path, query order and
encoding, body). Every request is also validated against the OpenAPI document by the mock
(tests/support.py).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from codegen.surface import operations
from facilio_connections_sdk import AsyncConnectionsClient, ConnectionsClient
from facilio_connections_sdk import models as m
from tests.support import BASE, SLUG, AnyClient, MockApi, Runner, doors, wire

Case = tuple[str, Callable[[Any], Any], str, str, str, Any, type[m.ApiModel] | type[str]]

S = "/api/v1/connections/servicenow-connection"

CASES: list[Case] = [
    # connections
    ("list_connections", lambda c: c.list_connections(), "GET", "/api/v1/connections", "", None, m.ConnectionList),
    (
        "list_connections all args",
        lambda c: c.list_connections(
            "relay-1", template_id="servicenow", page=2, per_page=500, q="crm", filter="connected", authorized=True
        ),
        "GET",
        "/api/v1/connections",
        "relay_id=relay-1&template_id=servicenow&page=2&perPage=500&q=crm&filter=connected",
        None,
        m.ConnectionList,
    ),
    ("list_connections blank q", lambda c: c.list_connections(q="  ", filter=""), "GET", "/api/v1/connections", "", None, m.ConnectionList),
    ("connections().list", lambda c: c.connections().list(relay_id="r", authorized=False), "GET", "/api/v1/connections", "relay_id=r", None, m.ConnectionList),
    ("connections().list spaced relay", lambda c: c.connections().list("r 1"), "GET", "/api/v1/connections", "relay_id=r%201", None, m.ConnectionList),
    ("template().connections", lambda c: c.template("servicenow").connections(page=1), "GET", "/api/v1/connections", "template_id=servicenow&page=1", None, m.ConnectionList),
    ("get_connection", lambda c: c.get_connection("servicenow-connection"), "GET", S, "", None, m.ConnectionDetail),
    ("connection().get", lambda c: c.connection("servicenow-connection").get(), "GET", S, "", None, m.ConnectionDetail),
    ("template().connection().get", lambda c: c.template("t").connection("servicenow-connection").get(), "GET", S, "", None, m.ConnectionDetail),
    ("get_connected_accounts", lambda c: c.get_connected_accounts("servicenow-connection"), "GET", S + "/accounts", "", None, m.ConnectedAccountList),
    ("connected_accounts", lambda c: c.connection("servicenow-connection").connected_accounts(), "GET", S + "/accounts", "", None, m.ConnectedAccountList),
    ("authorize_connection", lambda c: c.authorize_connection("servicenow-connection"), "POST", S + "/authorize", "", {}, m.AuthorizeResult),
    ("connection().authorize", lambda c: c.connection("servicenow-connection").authorize(), "POST", S + "/authorize", "", {}, m.AuthorizeResult),
    ("unauthorize_connection", lambda c: c.unauthorize_connection("servicenow-connection"), "POST", S + "/unauthorize", "", {}, m.ConnectionStatus),
    ("connection().unauthorize", lambda c: c.connection("servicenow-connection").unauthorize(), "POST", S + "/unauthorize", "", {}, m.ConnectionStatus),
    ("toggle_connection_active", lambda c: c.toggle_connection_active("servicenow-connection", False), "POST", S + "/toggle-active", "", {"active": False}, m.ConnectionStatus),
    ("set_active", lambda c: c.connection("servicenow-connection").set_active(True), "POST", S + "/toggle-active", "", {"active": True}, m.ConnectionStatus),
    ("authorize", lambda c: c.authorize("servicenow-connection"), "POST", S + "/connect/authorize-url", "", {}, str),
    (
        "authorize with fields",
        lambda c: c.authorize("servicenow-connection", for_all_users=True, scope="read", name="Ops", return_origin="https://app.example.com"),
        "POST",
        S + "/connect/authorize-url",
        "",
        {"for_all_users": True, "scope": "read", "name": "Ops", "return_origin": "https://app.example.com"},
        str,
    ),
    ("authorize_url", lambda c: c.connection("servicenow-connection").authorize_url({"scope": "x"}), "POST", S + "/connect/authorize-url", "", {"scope": "x"}, str),
    # 0.7.0 keyword names: org_wide is for_all_users on the wire, and wins over scope
    ("authorize org_wide (0.7.0)", lambda c: c.authorize(slug="servicenow-connection", org_wide=True, scope="read", name="Ops"), "POST", S + "/connect/authorize-url", "", {"for_all_users": True, "name": "Ops"}, str),
    ("authorize org_wide=False (0.7.0)", lambda c: c.authorize("servicenow-connection", org_wide=False, return_origin="https://app.example.com"), "POST", S + "/connect/authorize-url", "", {"for_all_users": False, "return_origin": "https://app.example.com"}, str),
    ("authorize_url org_wide", lambda c: c.connection("servicenow-connection").authorize_url(org_wide=True, for_all_users=True), "POST", S + "/connect/authorize-url", "", {"for_all_users": True}, str),
    ("get_connected_accounts (0.7.0 keywords)", lambda c: c.get_connected_accounts(connection_slug="servicenow-connection"), "GET", S + "/accounts", "", None, m.ConnectedAccountList),
    ("list_triggers (0.7.0 keywords)", lambda c: c.list_triggers(connection_slug="servicenow-connection", account_slug="ops"), "GET", S + "/triggers", "account_slug=ops", None, m.TriggerList),
    ("get_trigger (0.7.0 keywords)", lambda c: c.get_trigger(connection_slug="servicenow-connection", trigger_slug="incident-created"), "GET", S + "/triggers/incident-created", "", None, m.TriggerDetail),
    (
        "subscribe (0.7.0 keywords)",
        lambda c: c.subscribe(connection_slug="servicenow-connection", trigger_slug="incident-created", target_url="https://app.example.com/h"),
        "POST",
        S + "/triggers/incident-created/subscribers",
        "",
        {"targetUrl": "https://app.example.com/h"},
        m.SubscribeResult,
    ),
    ("template().connections authorized (0.7.0)", lambda c: c.template("servicenow").connections(authorized=True, per_page=5), "GET", "/api/v1/connections", "template_id=servicenow&perPage=5", None, m.ConnectionList),
    ("execute_sql_select (0.7.0 keywords)", lambda c: c.execute_sql_select(connection_slug="servicenow-connection", parameters={"table": "t"}), "POST", S + "/sql/select", "", {"table": "t"}, m.ExecutionResult),
    ("sql().select (0.7.0 keywords)", lambda c: c.connection("servicenow-connection").sql().select(parameters={"table": "t"}, async_=True), "POST", S + "/sql/select", "async=true", {"table": "t"}, m.ExecutionResult),
    # actions
    ("list_all_actions", lambda c: c.list_all_actions(), "GET", "/api/v1/actions", "", None, m.ActionList),
    ("list_all_actions q with a space", lambda c: c.list_all_actions(q="add comment+"), "GET", "/api/v1/actions", "q=add%20comment%2B", None, m.ActionList),
    ("actions_catalog().list", lambda c: c.actions_catalog().list(page=1, per_page=20, q="jira"), "GET", "/api/v1/actions", "page=1&perPage=20&q=jira", None, m.ActionList),
    ("list_actions", lambda c: c.list_actions("servicenow-connection"), "GET", S + "/actions", "", None, m.ActionList),
    ("actions().list", lambda c: c.connection("servicenow-connection").actions().list(page=3, per_page=150), "GET", S + "/actions", "page=3&perPage=150", None, m.ActionList),
    ("get_action", lambda c: c.get_action("servicenow-connection", "add-comment"), "GET", S + "/actions/add-comment", "", None, m.ActionDetail),
    ("actions().get", lambda c: c.connection("servicenow-connection").actions().get("add-comment"), "GET", S + "/actions/add-comment", "", None, m.ActionDetail),
    ("list_action_inputs", lambda c: c.list_action_inputs("servicenow-connection", "a"), "GET", S + "/actions/a/inputs", "", None, m.ActionInputs),
    ("actions().list_inputs", lambda c: c.connection("servicenow-connection").actions().list_inputs("a"), "GET", S + "/actions/a/inputs", "", None, m.ActionInputs),
    ("list_action_output_meta", lambda c: c.list_action_output_meta("servicenow-connection", "a"), "GET", S + "/actions/a/outputs", "", None, m.ActionOutputs),
    ("actions().list_outputs", lambda c: c.connection("servicenow-connection").actions().list_outputs("a"), "GET", S + "/actions/a/outputs", "", None, m.ActionOutputs),
    ("execute_action no body", lambda c: c.execute_action("servicenow-connection", "a"), "POST", S + "/actions/a/execute", "", {}, m.ExecutionResult),
    (
        "execute_action all query",
        lambda c: c.execute_action("servicenow-connection", "a", {"input": {"x": 1}}, async_=True, timeout_ms=5000, version="3"),
        "POST",
        S + "/actions/a/execute",
        "async=true&timeout_ms=5000&version=3",
        {"input": {"x": 1}},
        m.ExecutionResult,
    ),
    (
        "actions().execute",
        lambda c: c.connection("servicenow-connection").actions().execute("a", {"input": {}}, timeout_ms=10, version=""),
        "POST",
        S + "/actions/a/execute",
        "timeout_ms=10",
        {"input": {}},
        m.ExecutionResult,
    ),
    # jobs
    ("get_job_result", lambda c: c.get_job_result("job_7f3a9c"), "GET", "/api/v1/jobs/job_7f3a9c", "", None, m.JobResult),
    ("jobs().result", lambda c: c.jobs().result("job 1/2"), "GET", "/api/v1/jobs/job%201%2F2", "", None, m.JobResult),
    # triggers
    ("list_triggers", lambda c: c.list_triggers("servicenow-connection"), "GET", S + "/triggers", "", None, m.TriggerList),
    ("triggers()", lambda c: c.connection("servicenow-connection").triggers(account_slug="ops"), "GET", S + "/triggers", "account_slug=ops", None, m.TriggerList),
    ("triggers() spaced account", lambda c: c.connection("servicenow-connection").triggers(account_slug="acc 2"), "GET", S + "/triggers", "account_slug=acc%202", None, m.TriggerList),
    ("get_trigger", lambda c: c.get_trigger("servicenow-connection", "incident-created", account_slug="ops"), "GET", S + "/triggers/incident-created", "account_slug=ops", None, m.TriggerDetail),
    ("trigger().get", lambda c: c.connection("servicenow-connection").trigger("incident-created").get(), "GET", S + "/triggers/incident-created", "", None, m.TriggerDetail),
    (
        "subscribe",
        lambda c: c.subscribe(
            "servicenow-connection", "incident-created", target_url="https://app.example.com/h",
            service="facilio", user_id=7, account_id=414, account="ignored", inputs={"g": "x"}, name="WO",
        ),
        "POST",
        S + "/triggers/incident-created/subscribers",
        "",
        {"targetUrl": "https://app.example.com/h", "service": "facilio", "userId": 7, "name": "WO", "account_id": 414, "inputs": {"g": "x"}},
        m.SubscribeResult,
    ),
    (
        "trigger().subscribe",
        lambda c: c.connection("servicenow-connection").trigger("incident-created").subscribe(
            target_url="https://app.example.com/h", api_key="k", api_key_header="X-Key", account="acc-2"
        ),
        "POST",
        S + "/triggers/incident-created/subscribers",
        "",
        {"targetUrl": "https://app.example.com/h", "apiKey": "k", "apiKeyHeader": "X-Key", "account": "acc-2"},
        m.SubscribeResult,
    ),
    ("unsubscribe", lambda c: c.unsubscribe(77), "DELETE", "/api/v1/subscribers/77", "", None, m.UnsubscribeResult),
]  # fmt: skip

# executors: (flat name, fluent scope, fluent verb, wire suffix, a valid body)
EXECUTORS: list[tuple[str, str, str, str, dict[str, Any]]] = [
    *[
        (f"execute_http_{v}", "http", v, f"http/{v}", {"path": "/api/now/table/incident"})
        for v in ("get", "post", "patch", "put", "delete")
    ],
    ("execute_file_read_file", "file", "read", "file/readFile", {"path": "/a.txt"}),
    ("execute_file_upload_file", "file", "upload", "file/uploadFile", {"path": "/a", "content": "x"}),
    ("execute_file_append_file", "file", "append", "file/appendFile", {"path": "/a", "content": "y"}),
    ("execute_file_list_files", "file", "list_files", "file/listFiles", {"path": "/", "recursive": True}),
    ("execute_file_rename_file", "file", "rename", "file/renameFile", {"path": "/a", "new_name": "b"}),
    ("execute_file_move_file", "file", "move", "file/moveFile", {"source": "/a", "destination": "/d/a"}),
    ("execute_file_delete_file", "file", "delete", "file/deleteFile", {"path": "/a"}),
    ("execute_sql_query", "sql", "query", "sql/query", {"query": "select 1", "params": [1]}),
    ("execute_sql_select", "sql", "select", "sql/select", {"table": "t", "where": {"id": 1}}),
    ("execute_sql_insert", "sql", "insert", "sql/insert", {"table": "t", "rows": [{"a": 1}]}),
    ("execute_sql_update", "sql", "update", "sql/update", {"table": "t", "values": {"a": 2}}),
    ("execute_sql_delete", "sql", "delete", "sql/delete", {"table": "t", "where": {"a": 2}}),
    ("execute_sql_execute", "sql", "execute", "sql/execute", {"statement": "vacuum"}),
]  # fmt: skip


def _check(
    mock_api: MockApi, result: Any, method: str, path: str, query: str, body: Any, model: type
) -> None:
    assert len(mock_api.requests) == 1
    assert wire(mock_api.last) == (method, path, query, body)
    assert isinstance(result, model)


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_method_sends_the_0x_request_and_returns_its_model(
    client: AnyClient, run: Runner, mock_api: MockApi, case: Case
) -> None:
    _, call, method, path, query, body, model = case
    result = run(call(client))
    _check(mock_api, result, method, path, query, body, model)


@pytest.mark.parametrize("executor", EXECUTORS, ids=[e[0] for e in EXECUTORS])
@pytest.mark.parametrize("door", ["flat", "fluent"])
def test_executor_flat_and_fluent_send_the_same_request(
    client: AnyClient, run: Runner, mock_api: MockApi, executor: tuple[Any, ...], door: str
) -> None:
    flat, scope, verb, suffix, body = executor
    kwargs: dict[str, Any] = {"async_": True, "timeout_ms": 2500, "account_slug": "ops"}
    if door == "flat":
        result = run(getattr(client, flat)("servicenow-connection", body, **kwargs))
    else:
        scoped = getattr(client.connection("servicenow-connection"), scope)()
        result = run(getattr(scoped, verb)(body, **kwargs))
    _check(
        mock_api,
        result,
        "POST",
        f"{S}/{suffix}",
        "async=true&timeout_ms=2500",
        {**body, "account_slug": "ops"},
        m.ExecutionResult,
    )


MODELS: dict[str, type[m.ApiModel]] = {
    "http": m.HttpParameters,
    "read": m.ReadFileParameters,
    "upload": m.UploadFileParameters,
    "append": m.AppendFileParameters,
    "list_files": m.ListFilesParameters,
    "rename": m.RenameFileParameters,
    "move": m.MoveFileParameters,
    "delete_file": m.DeleteFileParameters,
    "query": m.SqlQuery,
    "select": m.SqlSelect,
    "insert": m.SqlInsert,
    "update": m.SqlUpdate,
    "delete_sql": m.SqlDelete,
    "execute": m.SqlExecute,
}


def _model_for(scope: str, verb: str) -> type[m.ApiModel]:
    if scope == "http":
        return MODELS["http"]
    return MODELS.get(f"{verb}_{scope}", MODELS.get(verb, m.ApiModel))


@pytest.mark.parametrize("executor", EXECUTORS, ids=[e[0] for e in EXECUTORS])
def test_executor_accepts_the_request_model_and_sends_only_set_fields(
    client: AnyClient, run: Runner, mock_api: MockApi, executor: tuple[Any, ...]
) -> None:
    flat, scope, verb, suffix, body = executor
    model = _model_for(scope, verb)
    assert model is not m.ApiModel
    run(getattr(client, flat)("servicenow-connection", model.model_validate(body)))
    assert wire(mock_api.last) == ("POST", f"{S}/{suffix}", "", body)


# operationId -> the fluent door (unsubscribe is flat only: the subscriber id alone names it)
FLUENT: dict[str, Callable[[Any], Any]] = {
    "listConnections": lambda c: c.connections().list,
    "getConnection": lambda c: c.connection("s").get,
    "getConnectedAccounts": lambda c: c.connection("s").connected_accounts,
    "authorizeConnection": lambda c: c.connection("s").authorize,
    "unauthorizeConnection": lambda c: c.connection("s").unauthorize,
    "toggleConnectionActive": lambda c: c.connection("s").set_active,
    "authorize": lambda c: c.connection("s").authorize_url,
    "listAllActions": lambda c: c.actions_catalog().list,
    "listActions": lambda c: c.connection("s").actions().list,
    "getAction": lambda c: c.connection("s").actions().get,
    "listActionInputs": lambda c: c.connection("s").actions().list_inputs,
    "listActionOutputMeta": lambda c: c.connection("s").actions().list_outputs,
    "executeAction": lambda c: c.connection("s").actions().execute,
    "getJobResult": lambda c: c.jobs().result,
    "listTriggers": lambda c: c.connection("s").triggers,
    "getTrigger": lambda c: c.connection("s").trigger("t").get,
    "subscribe": lambda c: c.connection("s").trigger("t").subscribe,
}


def test_every_spec_operation_has_a_flat_and_a_fluent_door(
    client: AnyClient, spec: dict[str, Any]
) -> None:
    ops = operations(spec)
    assert ops  # the surface the generator writes, read from the spec
    for op in ops:
        flat, fluent = doors(client, op)
        assert callable(flat), f"no flat method {op.flat}"
        assert callable(fluent), f"no fluent method {op.scope.name}().{op.fluent}"
    # the 0.x fluent names of the table above are the surface's names
    fluent_names = {op.operation_id: doors(client, op)[1] for op in ops}
    for operation_id, door in FLUENT.items():
        assert door(client).__qualname__ == fluent_names[operation_id].__qualname__


def test_every_door_to_an_operation_opens_with_its_spec_summary(
    client: AnyClient, spec: dict[str, Any]
) -> None:
    stale = []
    for op in operations(spec):
        summary = op.summary + "."
        for door in doors(client, op):
            first = (inspect.getdoc(door) or "").split("\n", 1)[0]
            if first != summary:
                stale.append(f"{door.__qualname__}: {first!r} is not {summary!r}")
    assert stale == []


def test_a_json_body_is_compact_utf8() -> None:
    """Recordings (vcrpy) and body-matching mocks compare bytes: no spaces, no ``\\u`` escapes
    (as httpx 0.28 writes ``json=``; whatever httpx version is installed)."""
    import httpx

    from facilio_connections_sdk import ConnectionsClient

    sent: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.content)
        return httpx.Response(200, json={"status": "success"})

    body: dict[str, Any] = {"input": {"name": "Zoë 東京", "n": [1, 2.5]}}
    with ConnectionsClient(
        "http://127.0.0.1:9", "t", http_client=httpx.Client(transport=httpx.MockTransport(handler))
    ) as client:
        client.execute_action("servicenow-connection", "act", body)
    assert sent[0] == '{"input":{"name":"Zoë 東京","n":[1,2.5]}}'.encode()


# -- sync and async are the same client -----------------------------------------------------


def _session(client: Any) -> list[Any]:
    return [
        client.list_connections(page=2, per_page=5, q="x", filter="all"),
        client.execute_action(SLUG, "a", {"input": {"k": "v"}}, async_=True, source="s"),
        client.connection(SLUG).sql().select({"table": "t", "limit": 3}, account_slug="acc"),
        client.subscribe(SLUG, "t", target_url="https://h.example.com", account="a1"),
        client.unsubscribe("77"),
        client.authorize(SLUG, scope="read"),
    ]


def test_sync_and_async_send_identical_requests(spec: dict[str, Any], openapi: Any) -> None:
    import asyncio

    sync_api, async_api = MockApi(spec, openapi), MockApi(spec, openapi)
    sync = ConnectionsClient(
        BASE, "t", http_client=httpx.Client(transport=httpx.MockTransport(sync_api.handler))
    )
    _session(sync)

    async def main() -> None:
        http = httpx.AsyncClient(transport=httpx.MockTransport(async_api.handler))
        client = AsyncConnectionsClient(BASE, "t", http_client=http)
        for pending in _session(client):
            await pending

    asyncio.run(main())

    def seen(api: MockApi) -> list[Any]:
        return [(*wire(r), sorted(r.headers.items())) for r in api.requests]

    assert seen(sync_api) == seen(async_api)
    assert len(sync_api.requests) == 6
