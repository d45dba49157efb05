"""User-style code: mypy --strict must accept it (see tests/test_typing.py)."""

from __future__ import annotations

from datetime import datetime

from facilio_connections_sdk import AsyncConnectionsClient, ConnectionsClient
from facilio_connections_sdk.models import (
    ConnectionKind,
    ConnectionList,
    ExecutionResult,
    HttpParameters,
    JobResult,
    SqlSelect,
)


def names(listing: ConnectionList) -> list[str]:
    out: list[str] = []
    for conn in listing.connections or []:
        label: str = conn.display_name or conn.slug
        identifier: int = conn.id
        out.append(f"{identifier}:{label}")
        if conn.kind == ConnectionKind.sql:
            out.append("sql")
    return out


def finished(job: JobResult) -> datetime | None:
    return job.finished_at


def job_id(result: ExecutionResult) -> str | None:
    return result.job_id


def request() -> HttpParameters:
    return HttpParameters(path="/api/now/table/incident", query={"limit": "5"})


def client_calls(client: ConnectionsClient) -> list[str]:
    detail = client.get_connection("servicenow-connection")
    name: str | None = detail.connection.display_name if detail.connection else None
    result: ExecutionResult = client.execute_http_get("servicenow-connection", request())
    fluent: ExecutionResult = client.connection("s").http().post({"path": "/x"}, source="job")
    rows: ExecutionResult = (
        client.connection("warehouse-db")
        .sql()
        .select(SqlSelect(table="work_orders", limit=5), async_=True, timeout_ms=500)
    )
    slugs = [c.slug for c in client.iter_connections(per_page=50)]
    job: JobResult = client.wait_for_job(result.job_id or "", timeout=10)
    url: str = client.authorize("servicenow-connection", scope="read")
    return [*slugs, name or "", str(fluent.status), str(rows.job_id), str(job.status), url]


async def async_calls(client: AsyncConnectionsClient) -> list[str]:
    result: ExecutionResult = await client.execute_sql_query("db", {"query": "select 1"})
    slugs = [a.slug async for a in client.iter_all_actions()]
    return [*slugs, str(result.status)]
