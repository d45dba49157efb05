"""Both clients against the emulator over real loopback sockets."""

from __future__ import annotations

import runpy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import facilio_connections_sdk as sdk
from facilio_connections_sdk import AsyncConnectionsClient, ConnectionsClient
from facilio_connections_sdk._backends import HttpBackend
from facilio_connections_sdk.pytest_plugin import EmulatorHandle
from facilio_connections_sdk.testing import skip_waits
from tests.support import Runner

SLUG = "servicenow-connection"
ACTION = "add-comment-in-servicenow-task"


@pytest.fixture(params=["sync", "async", "aiohttp"])
def kind(request: pytest.FixtureRequest) -> str:
    """Here the async client runs on both backends: httpx's own transport and aiohttp."""
    value: str = request.param
    return value


def _client(kind: str, base_url: str) -> tuple[Any, list[float]]:
    """A client of ``kind`` and the retry waits it skipped (recorded, not waited)."""
    client: ConnectionsClient | AsyncConnectionsClient
    if kind == "sync":
        client = ConnectionsClient(base_url, "live-token")
    else:
        backend: HttpBackend = "aiohttp" if kind == "aiohttp" else "httpx"
        client = AsyncConnectionsClient(base_url, "live-token", http_backend=backend)
    return client, skip_waits(client)


@pytest.fixture
def live(kind: str, run: Runner, connections_emulator: EmulatorHandle) -> Iterator[Any]:
    """A client on the emulator; ``live.sleeps`` lists the retry delays it chose."""
    client, sleeps = _client(kind, connections_emulator.base_url)
    client.sleeps = sleeps
    yield client
    run(client.close() if kind == "sync" else client.aclose())


def test_0x_walkthrough_verbatim(
    connections_emulator: EmulatorHandle, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = (Path(__file__).resolve().parent.parent / "data" / "walkthrough_0x.py").read_text(
        encoding="utf-8"
    )
    script = tmp_path / "walkthrough.py"
    script.write_text(source.replace("https://your-host", connections_emulator.base_url))
    runpy.run_path(str(script), run_name="__main__")
    out = capsys.readouterr().out.splitlines()
    assert out[1] == "ServiceNow"
    assert connections_emulator.calls("executeAction") == 1
    assert [r.operation_id for r in connections_emulator.requests] == [
        "listConnections",
        "getConnection",
        "listActions",
        "listActionInputs",
        "executeAction",
    ]


def test_paging_across_pages(live: Any, run: Runner, connections_emulator: EmulatorHandle) -> None:
    everything = run(live.list_connections())
    paged = run.collect(live.iter_connections(per_page=10))
    assert [c.slug for c in paged] == [c.slug for c in everything.connections]
    assert connections_emulator.calls("listConnections") == 1 + 5  # 45 connections, 10 a page
    actions = run.collect(live.iter_all_actions(per_page=50))
    assert len(actions) == run(live.list_all_actions()).count
    assert len({a.id for a in actions}) == len(actions)


def test_sql_round_trip(live: Any, run: Runner) -> None:
    sql = live.connection("warehouse-db").sql()
    run(
        sql.execute(
            {"statement": "CREATE TABLE assets (id INTEGER PRIMARY KEY, tag TEXT, floor INT)"}
        )
    )
    inserted = run(
        sql.insert(
            {
                "table": "assets",
                "rows": [{"tag": "AHU-1", "floor": 1}, {"tag": "AHU-2", "floor": 2}],
            }
        )
    )
    assert inserted.result["row_count"] == 2
    updated = run(
        sql.update({"table": "assets", "values": {"floor": 3}, "where": {"tag": "AHU-2"}})
    )
    assert updated.result["row_count"] == 1
    rows = run(sql.select({"table": "assets", "columns": ["tag", "floor"], "order_by": ["-floor"]}))
    assert rows.result["rows"] == [{"tag": "AHU-2", "floor": 3}, {"tag": "AHU-1", "floor": 1}]
    deleted = run(sql.delete({"table": "assets", "where": {"tag": "AHU-1"}}))
    assert deleted.result["row_count"] == 1
    left = run(
        live.execute_sql_query(
            "warehouse-db", {"query": "SELECT tag FROM assets WHERE floor > ?", "params": [0]}
        )
    )
    assert left.result["rows"] == [{"tag": "AHU-2"}]  # fmt: skip


def test_file_round_trip(live: Any, run: Runner) -> None:
    files = live.connection("shared-drive").file()
    run(files.upload({"path": "/wo/42.txt", "content": "line 1\n"}))
    run(files.append({"path": "/wo/42.txt", "content": "line 2\n"}))
    assert run(files.read({"path": "/wo/42.txt"})).result["content"] == "line 1\nline 2\n"
    run(files.rename({"path": "/wo/42.txt", "new_name": "wo-42.txt"}))
    run(files.move({"source": "/wo/wo-42.txt", "destination": "/archive/wo-42.txt"}))
    listing = run(files.list_files({"path": "/", "recursive": True})).result["entries"]
    assert "/archive/wo-42.txt" in listing
    assert "/wo/42.txt" not in listing
    run(files.delete({"path": "/archive/wo-42.txt"}))
    with pytest.raises(sdk.NotFoundError):
        run(files.read({"path": "/archive/wo-42.txt"}))
    with pytest.raises(sdk.ConflictError):
        run(files.upload({"path": "/reports/readme.txt", "content": "x"}))


def test_async_execute_and_job_wait(live: Any, run: Runner) -> None:
    started = run(
        live.execute_action(SLUG, ACTION, {"input": {"parentId": "9", "body": "hi"}}, async_=True)
    )
    assert started.status == "queued"
    assert started.job_id
    job = run(live.wait_for_job(started.job_id, timeout=30, poll_interval=0.01))
    assert job.status == sdk.models.JobStatus.succeeded
    assert job.result["sys_id"]
    assert job.finished_at is not None


def test_execute_validation_and_version_errors(live: Any, run: Runner) -> None:
    with pytest.raises(sdk.UnprocessableEntityError) as missing:
        run(live.execute_action(SLUG, ACTION, {"input": {"parentId": "9"}}))
    assert missing.value.error is not None
    assert missing.value.error.details == {"missing": ["body"]}
    with pytest.raises(sdk.ConflictError) as conflict:
        run(
            live.execute_action(
                SLUG, ACTION, {"input": {"parentId": "9", "body": "b"}}, version="7"
            )
        )
    assert conflict.value.available_versions == ["1", "2"]


def test_multipart_execute(live: Any, run: Runner) -> None:
    out = run(
        live.execute_action(
            SLUG,
            "attach-file-to-task",
            {"input": {"parentId": "9"}},
            files={"attachment": ("a.txt", b"hello", "text/plain")},
        )
    )
    envelope = out.result["attachment"]
    assert envelope["__file__"] is True
    assert (envelope["name"], envelope["size"], envelope["content_base64"]) == (
        "a.txt",
        5,
        "aGVsbG8=",
    )
    assert sdk.models.FileEnvelope.model_validate(envelope).to_dict() == envelope


def test_401_without_a_token(connections_emulator: EmulatorHandle) -> None:
    with (
        ConnectionsClient(connections_emulator.base_url) as client,
        pytest.raises(sdk.AuthenticationError),
    ):
        client.list_connections()


def test_a_503_storm_is_survived(
    live: Any, run: Runner, connections_emulator: EmulatorHandle
) -> None:
    connections_emulator.faults.script("executeAction", 503, 503, retry_after="0")
    result = run(live.execute_action(SLUG, ACTION, {"input": {"parentId": "1", "body": "b"}}))
    assert result.status == "success"
    assert connections_emulator.calls("executeAction") == 3
    assert live.sleeps == [0.0, 0.0]


def test_an_execute_that_got_a_500_is_not_resent(
    live: Any, run: Runner, connections_emulator: EmulatorHandle
) -> None:
    connections_emulator.faults.script("executeAction", 500)
    with pytest.raises(sdk.InternalServerError):
        run(live.execute_action(SLUG, ACTION, {"input": {"parentId": "1", "body": "b"}}))
    assert connections_emulator.calls("executeAction") == 1


def test_a_dropped_get_is_retried_but_a_dropped_post_is_not(
    live: Any, run: Runner, connections_emulator: EmulatorHandle
) -> None:
    connections_emulator.faults.script("getConnection", "drop")
    assert run(live.get_connection(SLUG)).connection.slug == SLUG
    assert connections_emulator.calls("getConnection") == 2
    connections_emulator.faults.script("executeHttpPost", "drop")
    with pytest.raises(sdk.ConnectionsConnectionError):
        run(live.execute_http_post(SLUG, {"path": "/x"}))
    assert connections_emulator.calls("executeHttpPost") == 1


@pytest.mark.parametrize("fault", ["truncate", "non-json"])
def test_broken_body_is_invalid_response(
    live: Any, run: Runner, connections_emulator: EmulatorHandle, fault: Any
) -> None:
    connections_emulator.faults.script("getConnection", fault)
    with pytest.raises(sdk.InvalidResponseError) as info:
        run(live.get_connection(SLUG))
    assert info.value.status_code == 0
    assert info.value.body


def test_a_read_timeout_retries_a_get_but_never_a_post(
    live: Any, run: Runner, connections_emulator: EmulatorHandle
) -> None:
    connections_emulator.faults.latency = 0.25
    quick = live.with_options(timeout_seconds=0.05, max_retries=1)
    with pytest.raises(sdk.ConnectionsTimeoutError):
        run(quick.get_connection(SLUG))
    with pytest.raises(sdk.ConnectionsTimeoutError):
        run(quick.execute_http_post(SLUG, {"path": "/x"}))
    connections_emulator.faults.latency = 0.0
    assert connections_emulator.calls("getConnection") == 2
    assert connections_emulator.calls("executeHttpPost") == 1


def test_nothing_listening_is_a_connection_error_retried_for_every_method(
    kind: str, run: Runner
) -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    client, sleeps = _client(kind, f"http://127.0.0.1:{port}")
    with pytest.raises(sdk.ConnectionsConnectionError) as info:
        run(client.execute_http_post(SLUG, {"path": "/x"}))
    assert not isinstance(info.value, sdk.ConnectionsTimeoutError)
    assert len(sleeps) == 2  # never sent, so even a POST is retried
    run(client.close() if kind == "sync" else client.aclose())


def test_typed_views_of_sql_and_file_results_against_the_emulator(
    connections_emulator: EmulatorHandle,
) -> None:
    from facilio_connections_sdk import ConnectionsClient

    with ConnectionsClient(connections_emulator.base_url, "t") as client:
        selected = client.connection("warehouse-db").sql().select({"table": "work_orders"})
        assert selected.sql.row_count == len(selected.sql.rows) == 3
        assert {row["site"] for row in selected.sql.rows} == {"HQ", "Plant 2"}
        inserted = client.execute_sql_insert(
            "warehouse-db", {"table": "work_orders", "rows": [{"title": "t", "status": "open"}]}
        )
        assert inserted.sql.rows == []  # an insert reads no rows
        assert inserted.sql.row_count == 1
        read = client.execute_file_read_file("shared-drive", {"path": "/reports/readme.txt"})
        assert read.file.content == "Monthly reports live here.\n"
        assert read.file.encoding == "utf-8"
        listed = client.connection("shared-drive").file().list_files({"path": "/reports"})
        assert listed.listing.entries == ["/reports/readme.txt"]
