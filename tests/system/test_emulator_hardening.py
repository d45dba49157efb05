"""The emulator keeps its SQL away from the disk, answers loopback Host names only, and bounds
what one request may cost."""

from __future__ import annotations

import json
import select
import socket
import threading
from pathlib import Path
from typing import Any

import httpx
import pytest

import facilio_connections_sdk as sdk
from facilio_connections_sdk import ConnectionsClient
from facilio_connections_sdk.testing import Emulator, RecordedRequest, run_emulator
from facilio_connections_sdk.testing._request_log import RequestLog
from facilio_connections_sdk.testing._runner import _GuardedH11

DB = "warehouse-db"


@pytest.fixture
def emulator_url() -> Any:
    with run_emulator(Emulator(sql_time_limit=0.5)) as base_url:
        yield base_url


@pytest.mark.parametrize(
    "statement",
    [
        "ATTACH DATABASE '{path}' AS other",
        "VACUUM INTO '{path}'",
        "PRAGMA writable_schema=ON",
        "PRAGMA main.journal_mode",
        "DETACH DATABASE main",
    ],
)
def test_sql_that_reaches_the_file_system_is_refused(
    emulator_url: str, tmp_path: Path, statement: str
) -> None:
    target = tmp_path / "stolen.db"
    with ConnectionsClient(emulator_url, "t") as client:
        with pytest.raises(sdk.BadRequestError) as info:
            client.execute_sql_execute(DB, {"statement": statement.format(path=target)})
        assert info.value.error is not None
        assert info.value.error.error == "sql_not_allowed"
        # ordinary SQL still works afterwards
        rows = client.execute_sql_query(DB, {"query": "select count(*) as n from work_orders"})
        assert rows.result is not None
        assert rows.result["rows"][0]["n"] == 3
    assert list(tmp_path.iterdir()) == []


def test_a_runaway_query_is_stopped_and_does_not_block_other_requests(emulator_url: str) -> None:
    forever = (
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"
    )
    outcome: dict[str, Any] = {}
    sql_done = threading.Event()

    def run_sql() -> None:
        with ConnectionsClient(emulator_url, "t") as client:
            try:
                client.with_options(timeout_seconds=30).execute_sql_query(DB, {"query": forever})
            except sdk.ConnectionsApiError as exc:
                outcome["sql"] = exc
        sql_done.set()

    worker = threading.Thread(target=run_sql)
    worker.start()
    with ConnectionsClient(emulator_url, "t") as client:
        # answered while the query runs (SQL runs off the event loop)
        while not client.list_connections().connections:
            pass
        outcome["get_while_sql_ran"] = not sql_done.is_set()
    worker.join(30)
    assert outcome["get_while_sql_ran"]
    error = outcome["sql"]
    assert error.status_code == 408
    assert error.error is not None and error.error.error == "sql_timeout"


def test_checking_a_large_sql_answer_does_not_block_other_requests(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The answer of a query (300 000 rows take seconds to check and encode) is handled off the
    event loop: here its check waits until another request has been answered."""
    emulator = Emulator()
    checking, answered_meanwhile = threading.Event(), threading.Event()
    check = emulator.spec.validate
    outcome: dict[str, Any] = {}

    def slow_check(schema: Any, value: Any, where: str) -> None:
        if where.endswith("executeSqlQuery"):
            checking.set()
            outcome["answered_meanwhile"] = answered_meanwhile.wait(10)
        check(schema, value, where)

    monkeypatch.setattr(emulator.spec, "validate", slow_check)

    def run_sql(base_url: str) -> None:
        with ConnectionsClient(base_url, "t") as client:
            outcome["rows"] = client.execute_sql_query(DB, {"query": "select 1 as n"})

    with run_emulator(emulator) as base_url:
        worker = threading.Thread(target=run_sql, args=(base_url,))
        worker.start()
        with ConnectionsClient(base_url, "t") as client:
            assert checking.wait(10)
            assert client.list_connections().connections
            answered_meanwhile.set()
        worker.join(30)
    assert outcome["answered_meanwhile"]
    assert outcome["rows"].result is not None


def test_a_foreign_host_header_is_refused(emulator_url: str) -> None:
    url = emulator_url + "/api/v1/connections"
    headers = {"X-Service-Token": "t"}
    assert httpx.get(url, headers=headers).status_code == 200
    answer = httpx.get(url, headers={**headers, "Host": "attacker.example"})
    assert answer.status_code == 403
    assert answer.json()["error"] == "host_not_allowed"


@pytest.mark.parametrize(
    "host",
    [
        "127.evil.example",
        "127.0.0.1.evil.example",
        "127.0.0.1.nip.io:8080",
        "localhost.evil.example",
        "127.0.0.1:80:90",
        "0x7f.0.0.1",
    ],
)
def test_a_dns_name_that_only_starts_like_loopback_is_refused(emulator_url: str, host: str) -> None:
    # a web page can rebind such a name to 127.0.0.1: the check is exact, not a prefix
    answer = httpx.get(
        emulator_url + "/api/v1/connections", headers={"X-Service-Token": "t", "Host": host}
    )
    assert answer.status_code == 403
    assert answer.json()["error"] == "host_not_allowed"


@pytest.mark.parametrize(
    "host", ["127.0.0.1", "127.1.2.3:9", "localhost:1", "LOCALHOST", "app.localhost", "[::1]:80"]
)
def test_loopback_hosts_with_or_without_a_port_are_served(emulator_url: str, host: str) -> None:
    answer = httpx.get(
        emulator_url + "/api/v1/connections", headers={"X-Service-Token": "t", "Host": host}
    )
    assert answer.status_code == 200


@pytest.mark.parametrize("depth", [65, 100_000])
def test_a_deeply_nested_body_is_a_400_not_a_crash(emulator_url: str, depth: int) -> None:
    body = "[" * depth + "]" * depth
    answer = httpx.post(
        emulator_url + "/api/v1/connections/servicenow-connection/http/post",
        headers={"X-Service-Token": "t", "Content-Type": "application/json"},
        content=f'{{"path": "/x", "body": {body}}}',
    )
    assert answer.status_code == 400
    assert answer.json()["error"] == "invalid_json"


def test_the_request_log_keeps_no_body_of_a_refused_request() -> None:
    emulator = Emulator(require_token="right")
    with run_emulator(emulator) as base_url:
        url = base_url + "/api/v1/connections/servicenow-connection/http/post"
        httpx.post(url, json={"path": "/a"}, headers={"X-Service-Token": "wrong"})
        httpx.post(base_url + "/api/v1/nowhere", content=b"x" * 1000)
        httpx.post(url, json={"path": "/b"}, headers={"X-Service-Token": "right"})
    bodies = [r.body for r in emulator.requests]
    assert bodies[:2] == [b"", b""]
    assert json.loads(bodies[2]) == {"path": "/b"}


def test_the_request_log_holds_bounded_bytes() -> None:
    log = RequestLog(limit=1000, max_bytes=10_000)
    for n in range(50):
        log.append(RecordedRequest("POST", f"/{n}", "", None, {}, b"x" * 1000))
    assert log.bytes == sum(len(r.body) for r in log) <= 10_000
    assert [r.path for r in log] == [f"/{n}" for n in range(40, 50)]  # the newest kept


def test_allowed_hosts_opt_in() -> None:
    with run_emulator(Emulator(allowed_hosts=["emulator.internal:8081"])) as base_url:
        answer = httpx.get(
            base_url + "/api/v1/connections",
            headers={"X-Service-Token": "t", "Host": "emulator.internal"},
        )
    assert answer.status_code == 200


def test_request_bodies_over_the_cap_get_413() -> None:
    with run_emulator(Emulator(max_body_bytes=1024)) as base_url:
        url = base_url + "/api/v1/connections/warehouse-db/sql/query"
        headers = {"X-Service-Token": "t", "Content-Type": "application/json"}
        big = b'{"query": "select 1", "pad": "' + b"x" * 4096 + b'"}'
        assert httpx.post(url, headers=headers, content=big).status_code == 413

        def chunks() -> Any:  # no Content-Length: counted while read
            yield big

        assert httpx.post(url, headers=headers, content=chunks()).status_code == 413


def test_the_request_log_keeps_the_newest_only() -> None:
    log = RequestLog(100)
    for i in range(1000):
        log.append(RecordedRequest("GET", f"/{i}", "", None, {}, b""))
    assert len(log) <= 110
    assert log[-1].path == "/999"
    assert [r.path for r in log] == [f"/{i}" for i in range(1000 - len(log), 1000)]


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.0.0.2", True),
        ("::1", True),
        ("localhost", True),
        ("0.0.0.0", False),
        ("192.0.2.10", False),
        ("emulator.internal", False),
    ],
)
def test_non_loopback_binds_are_recognised_for_the_warning(host: str, loopback: bool) -> None:
    from facilio_connections_sdk._config import is_loopback_host

    assert is_loopback_host(host) is loopback


def test_a_client_trickling_its_headers_is_disconnected(monkeypatch: pytest.MonkeyPatch) -> None:
    """A byte now and then restarts uvicorn's idle timer; the emulator bounds the time to send a
    request's headers instead (slowloris), and keeps serving other clients."""
    monkeypatch.setattr(_GuardedH11, "header_timeout", 0.5, raising=False)
    with run_emulator() as base_url:
        port = int(base_url.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port)) as slow:
            slow.sendall(b"GET /api/v1/connections HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
            closed = False
            for _ in range(200):  # 10 s of trickling at most; the bound is 0.5 s
                ready, _, _ = select.select([slow], [], [], 0.05)
                if ready and slow.recv(1024) == b"":
                    closed = True
                    break
                try:
                    slow.sendall(b"x")
                except OSError:  # reset by the server
                    closed = True
                    break
        assert closed
        with ConnectionsClient(base_url, "t") as client:
            assert client.list_connections().connections


def test_a_slow_answer_is_not_cut_by_the_header_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    """The bound covers receiving headers only: a request whose handling takes longer is
    answered."""
    monkeypatch.setattr(_GuardedH11, "header_timeout", 0.2, raising=False)
    emulator = Emulator()
    emulator.faults.latency = 0.6
    with run_emulator(emulator) as base_url, ConnectionsClient(base_url, "t") as client:
        assert client.list_connections().connections
        assert client.list_connections().connections  # the same connection, re-armed


def test_the_jobs_kept_are_bounded_the_oldest_going_first() -> None:
    from facilio_connections_sdk.testing import EmulatorServer

    with (
        EmulatorServer(Emulator(max_jobs=3)) as server,
        ConnectionsClient(server.base_url, "t") as client,
    ):
        queued = [
            client.execute_sql_query("warehouse-db", {"query": "select 1"}, async_=True)
            for _ in range(5)
        ]
        assert len(server.emulator.state.jobs) == 3
        newest = queued[-1].job_id
        assert client.get_job_result(newest).job_id == newest
        with pytest.raises(sdk.NotFoundError):
            client.get_job_result(queued[0].job_id)  # the oldest went
    with pytest.raises(ValueError, match="max_jobs"):
        Emulator(max_jobs=0)


def test_a_bug_of_the_emulator_is_a_json_500_saying_so(monkeypatch: pytest.MonkeyPatch) -> None:
    emulator = Emulator()

    async def broken(request: Any) -> Any:
        raise RuntimeError("boom")

    monkeypatch.setattr(emulator, "_endpoint", broken)
    from facilio_connections_sdk.testing import EmulatorServer

    with EmulatorServer(emulator) as server:
        answer = httpx.get(
            f"{server.base_url}/api/v1/connections", headers={"X-Service-Token": "t"}
        )
    assert answer.status_code == 500
    assert answer.json()["error"] == "emulator_bug"
    assert "boom" in answer.json()["message"]
