"""Code with type errors mypy must catch (see tests/test_typing.py)."""

from __future__ import annotations

from facilio_connections_sdk import ConnectionsClient
from facilio_connections_sdk.models import ConnectionOut, SqlQuery


def wrong(conn: ConnectionOut) -> int:
    return conn.slug


def wrong_parameters(client: ConnectionsClient) -> None:
    client.execute_http_get("s", SqlQuery(query="select 1"))


def wrong_result(client: ConnectionsClient) -> int:
    return client.get_job_result("j").status
