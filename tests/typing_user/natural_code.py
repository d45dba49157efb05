"""Natural integrator code: no ``assert x is not None``, no ``or []``.

mypy --strict and pyright strict must both accept it (see tests/test_typing.py).
"""

from __future__ import annotations

from typing import Any

from facilio_connections_sdk import AsyncConnectionsClient, ConflictError, ConnectionsClient
from facilio_connections_sdk.models import AccountRef, ConnectionOut, InputField, SqlSelectParams


def pick(client: ConnectionsClient) -> ConnectionOut | None:
    page = client.list_connections(per_page=20, page=1)
    total: int = page.count
    for conn in page.connections:
        if conn.display_name.startswith("Service") and total > 0:
            return conn
    return None


def describe(client: ConnectionsClient, slug: str) -> str:
    detail = client.get_connection(slug)
    accounts: list[AccountRef] = detail.accounts
    names = ", ".join(account.name for account in accounts)
    return f"{detail.connection.display_name} ({detail.connection.id}): {names}"


def required_inputs(client: ConnectionsClient, slug: str, action: str) -> list[str]:
    fields: list[InputField] = client.list_action_inputs(slug, action).inputs
    return [f.name for f in fields if f.required]


def run_pinned(client: ConnectionsClient) -> list[str]:
    try:
        client.execute_action("crm", "add-comment", {"input": {"body": "hi"}}, version="2")
    except ConflictError as exc:
        return exc.available_versions
    return []


def job_state(client: ConnectionsClient, job_id: str) -> str:
    return str(client.get_job_result(job_id).status)


def subscribers(client: ConnectionsClient) -> list[int]:
    listed = client.list_triggers(connection_slug="github")
    return [s.id for t in listed.triggers for s in t.subscriptions]


def run_and_wait(client: ConnectionsClient) -> object:
    run = client.execute_action("crm", "add-comment", {"input": {"body": "hi"}}, async_=True)
    job = client.wait_for_job(run.job_id)  # a queued run's job_id is a str
    queued = client.connection("db").sql().select({"table": "t"}, async_=True)
    flat = client.execute_sql_query("db", {"query": "select 1"}, async_=True)
    return job.result, client.get_job_result(queued.job_id), flat.job_id.upper()


async def async_run_and_wait(client: AsyncConnectionsClient) -> str:
    run = await client.execute_http_get("api", {"path": "/x"}, async_=True)
    job = await client.wait_for_job(run.job_id)
    return str(job.status)


def sql_rows(client: ConnectionsClient) -> list[dict[str, Any]]:
    result = client.execute_sql_query("db", {"query": "select 1 as one"})
    count: int | None = result.sql.row_count
    return result.sql.rows if count else []


async def async_sql_rows(client: AsyncConnectionsClient) -> list[str]:
    result = await client.connection("db").sql().select({"table": "t"})
    return result.sql.columns


def file_views(client: ConnectionsClient) -> list[str]:
    text: str = client.execute_file_read_file("drive", {"path": "/a.txt"}).file.content
    return [text, *client.connection("drive").file().list_files({"path": "/"}).listing.entries]


def dict_bodies(client: ConnectionsClient, built: dict[str, Any]) -> None:
    client.execute_sql_query("db", {"query": "select 1", "params": [1]})
    client.connection("db").sql().select({"table": "t", "limit": 10, "where": {"site": "HQ"}})
    client.execute_http_get("api", {"path": "/x", "query": {"a": ["1", "2"]}})
    client.execute_action("crm", "a", {"input": {"body": "hi"}, "account_slug": "ops"})
    client.execute_sql_query("db", built)  # a dict[str, Any] built elsewhere (0.x code)
    typed: SqlSelectParams = {"table": "t"}  # a variable checked like a literal
    client.execute_sql_select("db", typed)


async def async_names(client: AsyncConnectionsClient) -> list[str]:
    page = await client.list_connections()
    return [c.display_name for c in page.connections]
