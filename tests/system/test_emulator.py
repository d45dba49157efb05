"""The emulator on its own: spec checks, auth, state changes, executors, faults."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from facilio_connections_sdk import ConnectionsClient
from facilio_connections_sdk.pytest_plugin import EmulatorHandle
from facilio_connections_sdk.testing import Emulator, load_spec

TOKEN = {"X-Service-Token": "t"}
S = "/api/v1/connections/servicenow-connection"


@pytest.fixture
def api(connections_emulator: EmulatorHandle) -> Any:
    with httpx.Client(base_url=connections_emulator.base_url, headers=TOKEN) as http:
        yield http


def test_requests_that_do_not_fit_the_spec_get_422(api: httpx.Client) -> None:
    bad = [
        api.get("/api/v1/connections", params={"page": "two"}),
        api.get("/api/v1/connections", params={"filter": "everything"}),
        api.post(S + "/toggle-active", json={"active": "yes"}),
        api.post("/api/v1/connections/warehouse-db/sql/select", json={"columns": ["a"]}),
        api.post(S + "/http/get", json={"headers": {"X": 1}}),
        api.post(S + "/triggers/incident-created/subscribers", json={"name": "no target"}),
    ]
    for response in bad:
        assert response.status_code == 422, response.request.url
        body = response.json()
        assert body["error"] == "invalid_request"
        assert body["details"]


def test_non_json_body_is_400_and_unknown_route_is_404(api: httpx.Client) -> None:
    response = api.post(
        S + "/authorize", content=b"{nope", headers={"content-type": "application/json"}
    )
    assert response.status_code == 400
    assert api.get("/api/v1/nothing-here").status_code == 404


def test_requests_without_a_token_or_cookie_get_401(connections_emulator: EmulatorHandle) -> None:
    url = connections_emulator.base_url + "/api/v1/connections"
    assert httpx.get(url).status_code == 401
    assert httpx.get(url, headers={"Cookie": "JSESSIONID=x"}).status_code == 200
    assert httpx.get(url, headers=TOKEN).status_code == 200


def test_every_answer_fits_the_spec_for_a_walk_over_every_operation(api: httpx.Client) -> None:
    spec = load_spec()
    calls = [
        api.get("/api/v1/connections", params={"page": 1, "perPage": 5, "q": "servicenow"}),
        api.get(S), api.get(S + "/accounts"), api.post(S + "/authorize", json={}),
        api.post(S + "/unauthorize", json={}), api.post(S + "/toggle-active", json={"active": False}),
        api.post(S + "/connect/authorize-url", json={"scope": "read"}),
        api.get("/api/v1/actions", params={"page": 2, "perPage": 10}), api.get(S + "/actions"),
        api.get(S + "/actions/add-comment-in-servicenow-task"),
        api.get(S + "/actions/add-comment-in-servicenow-task/inputs"),
        api.get(S + "/actions/add-comment-in-servicenow-task/outputs"),
        api.post(S + "/actions/add-comment-in-servicenow-task/execute", json={"input": {"parentId": "1", "body": "b"}}),
        *[api.post(f"{S}/http/{v}", json={"path": "/x", "body": {"a": 1}}) for v in ("get", "post", "patch", "put", "delete")],
        api.post("/api/v1/connections/shared-drive/file/readFile", json={"path": "/reports/readme.txt"}),
        api.post("/api/v1/connections/shared-drive/file/listFiles", json={"path": "/"}),
        api.post("/api/v1/connections/shared-drive/file/uploadFile", json={"path": "/a.txt", "content": "aGk=", "encoding": "base64"}),
        api.post("/api/v1/connections/shared-drive/file/appendFile", json={"path": "/a.txt", "content": "!"}),
        api.post("/api/v1/connections/shared-drive/file/renameFile", json={"path": "/a.txt", "new_name": "b.txt"}),
        api.post("/api/v1/connections/shared-drive/file/moveFile", json={"source": "/b.txt", "destination": "/x/b.txt"}),
        api.post("/api/v1/connections/shared-drive/file/deleteFile", json={"path": "/x/b.txt"}),
        api.post("/api/v1/connections/warehouse-db/sql/query", json={"query": "select count(*) as n from work_orders"}),
        api.post("/api/v1/connections/warehouse-db/sql/select", json={"table": "work_orders", "limit": 1}),
        api.post("/api/v1/connections/warehouse-db/sql/insert", json={"table": "work_orders", "rows": [{"title": "t", "status": "open"}]}),
        api.post("/api/v1/connections/warehouse-db/sql/update", json={"table": "work_orders", "values": {"status": "closed"}, "where": {"title": "t"}}),
        api.post("/api/v1/connections/warehouse-db/sql/delete", json={"table": "work_orders", "where": {"title": "t"}}),
        api.post("/api/v1/connections/warehouse-db/sql/execute", json={"statement": "create table t (a int)"}),
        api.get(S + "/triggers"), api.get(S + "/triggers/incident-created"),
        api.post(S + "/triggers/incident-created/subscribers", json={"targetUrl": "https://h.example.com"}),
        api.delete("/api/v1/subscribers/123456"),
    ]  # fmt: skip
    job = api.post(S + "/http/get?async=true", json={}).json()["job_id"]
    calls.append(api.get(f"/api/v1/jobs/{job}"))
    seen = set()
    for response in calls:
        assert response.status_code == 200, (response.request.url, response.text)
        found = spec.match(
            response.request.method, response.request.url.raw_path.decode().split("?")[0][7:]
        )
        assert found is not None
        op, _ = found
        assert op.response is not None
        spec.validate(op.response, response.json(), op.operation_id)
        seen.add(op.operation_id)
    assert seen == {op.operation_id for op in spec.operations}


def test_paging_follows_the_contract(api: httpx.Client) -> None:
    everything = api.get("/api/v1/connections").json()
    assert everything["count"] == len(everything["connections"]) > 40
    assert "totalPages" not in everything
    page = api.get("/api/v1/connections", params={"page": 2, "perPage": 500}).json()
    assert page["perPage"] == 100  # capped
    assert page["connections"] == []
    page = api.get("/api/v1/connections", params={"page": 3, "perPage": 20}).json()
    assert (page["page"], page["totalPages"], page["total"]) == (3, 3, everything["count"])
    assert len(page["connections"]) == everything["count"] - 40
    custom = api.get("/api/v1/connections", params={"filter": "custom"}).json()
    assert [c["slug"] for c in custom["connections"]] == ["warehouse-db"]
    relay = api.get("/api/v1/connections", params={"relay_id": "relay-eu-1"}).json()
    assert {c["slug"] for c in relay["connections"]} == {"warehouse-db", "shared-drive"}
    connected = api.get("/api/v1/connections", params={"filter": "connected"}).json()
    assert all(c["is_authorized"] for c in connected["connections"])
    assert connected["count"] < everything["count"]


def test_lifecycle_calls_change_state(api: httpx.Client) -> None:
    api.post(S + "/unauthorize", json={})
    assert api.get(S).json()["connection"]["is_authorized"] is False
    api.post(S + "/authorize", json={})
    api.post(S + "/toggle-active", json={"active": False})
    conn = api.get(S).json()["connection"]
    assert (conn["is_authorized"], conn["is_active"]) == (True, False)


def test_subscribe_is_idempotent_and_unsubscribe_says_when_gone(api: httpx.Client) -> None:
    body = {"targetUrl": "https://app.example.com/h", "inputs": {"g": "x"}, "account_id": 414}
    first = api.post(S + "/triggers/incident-created/subscribers", json=body).json()
    again = api.post(S + "/triggers/incident-created/subscribers", json=body).json()
    assert (first["created"], again["created"]) == (True, False)
    assert first["subscriber"] == again["subscriber"]
    listed = api.get(S + "/triggers").json()
    assert listed["triggers"][0]["subscriptions"] == [first["subscriber"]]
    sub_id = first["subscriber"]["id"]
    gone = api.delete(f"/api/v1/subscribers/{sub_id}").json()
    assert gone == {
        "id": sub_id,
        "deleted": True,
        "webhook": {"removedAtApp": True, "setUpByHand": False},
    }
    assert api.delete(f"/api/v1/subscribers/{sub_id}").json() == {"id": sub_id, "deleted": False}


def test_sql_structured_parameters_are_bound_not_spliced(api: httpx.Client) -> None:
    url = "/api/v1/connections/warehouse-db/sql/"
    attack = api.post(url + "select", json={"table": "work_orders; DROP TABLE work_orders"})
    assert attack.status_code == 400
    assert attack.json()["error"] == "invalid_identifier"
    sneaky = api.post(
        url + "select", json={"table": "work_orders", "where": {"title": "x' OR '1'='1"}}
    )
    assert sneaky.json()["result"]["rows"] == []
    count = api.post(url + "query", json={"query": "select count(*) as n from work_orders"})
    assert count.json()["result"]["rows"] == [{"n": 3}]


def test_file_executor_404s_a_missing_file(api: httpx.Client) -> None:
    response = api.post(
        "/api/v1/connections/shared-drive/file/readFile", json={"path": "/nope.txt"}
    )
    assert response.status_code == 404
    assert response.json()["error"] == "not_found"


def test_executor_on_the_wrong_kind_of_connection_is_a_conflict(api: httpx.Client) -> None:
    response = api.post(S + "/sql/query", json={"query": "select 1"})
    assert response.status_code == 409  # a well-formed request, the wrong kind of resource
    assert response.json()["error"] == "wrong_connection_kind"


@pytest.mark.parametrize(
    ("method", "path", "allow"),
    [
        ("POST", "/api/v1/connections", "GET"),
        ("OPTIONS", "/api/v1/jobs/j1", "GET"),
        ("PUT", S + "/actions/a/execute", "POST"),
        ("GET", "/api/v1/subscribers/5", "DELETE"),
    ],
)
def test_405_lists_exactly_the_documented_methods(
    api: httpx.Client, method: str, path: str, allow: str
) -> None:
    response = api.request(method, path)
    assert response.status_code == 405
    assert response.headers["allow"] == allow
    assert response.headers["content-type"] == "application/json"
    assert response.json()["error"] == "method_not_allowed"


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/connections/servicenow-connection/triggers/%0Anewline",
        "/api/v1/nowhere",
        "/elsewhere",
    ],
)
def test_unmatched_paths_get_a_json_error_body(api: httpx.Client, path: str) -> None:
    response = api.get(path)
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/json"
    assert set(response.json()) >= {"error", "message", "request_id"}


def test_status_faults_are_scripted_then_normal(
    api: httpx.Client, connections_emulator: EmulatorHandle
) -> None:
    connections_emulator.faults.script("getConnection", 503, 429, retry_after="0")
    first, second, third = api.get(S), api.get(S), api.get(S)
    assert (first.status_code, second.status_code, third.status_code) == (503, 429, 200)
    assert first.headers["retry-after"] == "0"
    assert connections_emulator.calls("getConnection") == 3


def test_broken_body_faults(api: httpx.Client, connections_emulator: EmulatorHandle) -> None:
    connections_emulator.faults.script("getConnection", "truncate", "non-json", "drop")
    truncated = api.get(S)
    assert truncated.status_code == 200
    with pytest.raises(json.JSONDecodeError):
        truncated.json()
    assert truncated.headers["content-type"] == "application/json"
    html = api.get(S)
    assert html.headers["content-type"] == "text/html"
    with api.stream("GET", S) as dropped:  # it promised a JSON body, then hung up
        assert dropped.status_code == 200
        assert dropped.headers["content-type"] == "application/json"
        assert dropped.headers["content-length"] == "1000"
        with pytest.raises(httpx.RemoteProtocolError):
            dropped.read()
    assert api.get(S).status_code == 200


def test_the_http_executor_answers_with_the_requested_path(api: httpx.Client) -> None:
    answer = api.post(S + "/http/get", json={"path": "/api/now/table/task/42", "query": {"a": "1"}})
    assert answer.status_code == 200
    request = answer.json()["result"]["request"]
    assert request["url"].endswith("/api/now/table/task/42")
    assert request["query"] == {"a": "1"}


def test_faults_refuse_nonsense() -> None:
    emulator = Emulator()
    with pytest.raises(ValueError, match="4xx or 5xx"):
        emulator.faults.script("getConnection", 200)
    with pytest.raises(ValueError, match="unknown fault"):
        emulator.faults.script("getConnection", "explode")  # type: ignore[arg-type]


def test_latency_is_configurable(api: httpx.Client, connections_emulator: EmulatorHandle) -> None:
    connections_emulator.faults.latency = 0.2
    with pytest.raises(httpx.ReadTimeout):
        api.get(S, timeout=0.05)
    connections_emulator.faults.latency = 0.0


def test_reset_restores_the_seeded_tenant(
    api: httpx.Client, connections_emulator: EmulatorHandle
) -> None:
    api.post(S + "/toggle-active", json={"active": False})
    connections_emulator.emulator.reset()
    assert api.get(S).json()["connection"]["is_active"] is True
    assert len(connections_emulator.requests) == 1


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({"X-Service-Token": "right"}, 200),
        ({"X-Service-Token": "wrong"}, 401),
        ({}, 401),
        ({"Cookie": "JSESSIONID=s", "X-CSRF-Token": "csrf-right"}, 200),
        ({"Cookie": "JSESSIONID=s", "X-CSRF-Token": "csrf-wrong"}, 401),
        ({"Cookie": "JSESSIONID=s"}, 401),
        ({"X-Service-Token": "wrong", "Cookie": "s", "X-CSRF-Token": "csrf-right"}, 401),
    ],
)
def test_a_required_token_is_checked(headers: dict[str, str], status: int) -> None:
    from facilio_connections_sdk.testing import Emulator, run_emulator

    emulator = Emulator(require_token="right", require_csrf_token="csrf-right")
    with run_emulator(emulator) as base, httpx.Client(base_url=base) as http:
        response = http.get("/api/v1/connections/servicenow-connection", headers=headers)
    assert response.status_code == status
    if status == 401:
        assert response.json()["error"] == "unauthenticated"


def test_without_a_required_token_any_token_works() -> None:
    from facilio_connections_sdk.testing import Emulator, run_emulator

    with run_emulator(Emulator()) as base, httpx.Client(base_url=base) as http:
        ok = http.get("/api/v1/jobs/nope", headers={"X-Service-Token": "anything"})
        missing = http.get("/api/v1/jobs/nope")
    assert ok.status_code == 404  # past authentication
    assert missing.status_code == 401


def test_a_blank_query_value_is_checked_like_any_other(api: httpx.Client) -> None:
    assert api.get("/api/v1/connections", params={"filter": ""}).status_code == 422
    assert api.get("/api/v1/connections", params={"page": ""}).status_code == 422
    assert api.get("/api/v1/connections", params={"q": ""}).status_code == 200  # any text


def test_a_body_of_another_media_type_is_415(api: httpx.Client) -> None:
    response = api.post(
        S + "/toggle-active", content=b"active=true", headers={"Content-Type": "text/plain"}
    )
    assert response.status_code == 415
    assert response.json()["error"] == "unsupported_media_type"


def test_a_multipart_body_without_a_boundary_is_400(api: httpx.Client) -> None:
    response = api.post(
        S + "/actions/add-comment-in-servicenow-task/execute",
        content=b"{}",
        headers={"Content-Type": "multipart/form-data"},
    )
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_multipart"


def test_per_page_without_page_answers_the_whole_list(connections_emulator: EmulatorHandle) -> None:
    """What the README says of paging: the server pages only when ``page`` is given."""
    with ConnectionsClient(connections_emulator.base_url, "t") as client:
        whole = client.list_connections()
        unpaged = client.list_connections(per_page=5)
        one_page = client.list_connections(page=1, per_page=5)
    assert len(whole.connections) > 5
    assert [c.slug for c in unpaged.connections] == [c.slug for c in whole.connections]
    assert len(one_page.connections) == 5
    assert one_page.total == len(whole.connections)


def test_the_webhook_goes_with_the_last_subscriber_of_its_trigger_not_of_its_connection(
    api: httpx.Client, connections_emulator: EmulatorHandle
) -> None:
    triggers = connections_emulator.state.triggers["servicenow-connection"]
    triggers.append(dict(triggers[0], slug="incident-closed", displayName="Incident closed"))
    created = api.post(
        S + "/triggers/incident-created/subscribers", json={"targetUrl": "https://a.test/h"}
    ).json()["subscriber"]
    api.post(S + "/triggers/incident-closed/subscribers", json={"targetUrl": "https://b.test/h"})
    gone = api.delete(f"/api/v1/subscribers/{created['id']}").json()
    # the other subscriber is on another trigger: this trigger's webhook goes
    assert gone["webhook"] == {"removedAtApp": True, "setUpByHand": False}


def test_a_truncated_answer_is_the_real_one_cut_in_half(
    api: httpx.Client, connections_emulator: EmulatorHandle
) -> None:
    real = json.dumps(api.get(S).json()).encode()  # the answer, as the fault writes it
    connections_emulator.faults.script("getConnection", "truncate")
    cut = api.get(S).content
    assert cut == real[: len(real) // 2]  # what the faults' docs promise
