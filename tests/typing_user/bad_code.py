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


def wrong_slug_type(client: ConnectionsClient) -> None:
    client.get_connection(42)


def missing_target_url(client: ConnectionsClient) -> None:
    client.subscribe("github", "push")


def display_name_is_not_int(client: ConnectionsClient) -> int:
    return client.get_connection("s").connection.display_name


def connections_is_a_list_not_a_str(client: ConnectionsClient) -> str:
    return client.list_connections().connections


def job_id_of_a_run_waited_for_may_be_none(client: ConnectionsClient) -> str:
    return client.execute_http_get("s", {"path": "/x"}).job_id


def misspelt_and_mistyped_dict_bodies(client: ConnectionsClient) -> None:
    client.execute_sql_query("db", {"qeury": "select 1"})
    client.connection("db").sql().select({"table": "t", "limit": "ten"})
    client.connection("api").http().get({"pathh": "/x"})
    client.execute_action("crm", "a", {"inputs": {"body": "hi"}})


def sql_row_count_is_not_a_str(client: ConnectionsClient) -> str:
    return client.execute_sql_query("db", {"query": "select 1"}).sql.row_count
