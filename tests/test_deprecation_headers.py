"""A server's ``Deprecation`` (RFC 9745) and ``Sunset`` (RFC 8594) headers: one
``DeprecationWarning`` per operation per client, at the caller's line, naming the operation and
the date; a line in ``client.drift``; the emulator sends them on request."""

from __future__ import annotations

import asyncio
import warnings

import pytest

from facilio_connections_sdk import AsyncConnectionsClient, ConnectionsClient, NotFoundError
from facilio_connections_sdk.pytest_plugin import EmulatorHandle

SUNSET = "Sat, 01 Jan 2028 00:00:00 GMT"
SLUG = "servicenow-connection"


def _deprecations(caught: list[warnings.WarningMessage]) -> list[warnings.WarningMessage]:
    return [w for w in caught if issubclass(w.category, DeprecationWarning)]


def test_one_warning_per_operation_per_client_at_the_callers_line(
    connections_emulator: EmulatorHandle,
) -> None:
    connections_emulator.faults.deprecate("getConnection", since="@1767225600", sunset=SUNSET)
    with ConnectionsClient(connections_emulator.base_url, "t") as client:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            client.get_connection(SLUG)
            client.connection(SLUG).get()  # the same operation: not again
            client.with_options(max_retries=0).get_connection(SLUG)  # a copy: not again
            client.list_connections()  # not deprecated: nothing
        found = _deprecations(caught)
        assert len(found) == 1
        message = str(found[0].message)
        assert "get_connection (GET /connections/servicenow-connection)" in message
        assert "since @1767225600" in message
        assert f"after {SUNSET}" in message
        assert found[0].filename == __file__  # the user's line, not the SDK's
    with (
        ConnectionsClient(connections_emulator.base_url, "t") as another,
        pytest.warns(DeprecationWarning, match="get_connection"),
    ):
        another.get_connection(SLUG)  # each client warns once


def test_a_suite_run_with_warnings_as_errors_fails_on_it(
    connections_emulator: EmulatorHandle,
) -> None:
    connections_emulator.faults.deprecate("listConnections", sunset=SUNSET)
    with (
        ConnectionsClient(connections_emulator.base_url, "t") as client,
        warnings.catch_warnings(),
    ):
        warnings.simplefilter("error", DeprecationWarning)
        with pytest.raises(DeprecationWarning, match="list_connections"):
            client.list_connections()


def test_the_drift_record_says_it(connections_emulator: EmulatorHandle) -> None:
    connections_emulator.faults.deprecate("getConnection", sunset=SUNSET)
    client = ConnectionsClient(connections_emulator.base_url, "t", record_drift=True)
    with client, pytest.warns(DeprecationWarning, match="get_connection"):
        client.get_connection(SLUG)
    assert client.drift is not None
    assert SUNSET in client.drift.deprecated["get_connection"]
    assert "deprecated by the server: get_connection" in client.drift.render()
    assert "get_connection" in client.drift.to_dict()["deprecated"]


def test_an_executor_and_the_async_client_warn_too(connections_emulator: EmulatorHandle) -> None:
    connections_emulator.faults.deprecate("executeAction", sunset=SUNSET)

    async def main() -> None:
        async with AsyncConnectionsClient(connections_emulator.base_url, "t") as client:
            with pytest.warns(DeprecationWarning, match="execute_action") as caught:
                await client.execute_action(
                    SLUG,
                    "add-comment-in-servicenow-task",
                    {"input": {"parentId": "1", "body": "hi"}},
                )
            assert caught[0].filename == __file__

    asyncio.run(main())


def test_without_the_headers_nothing_is_said(connections_emulator: EmulatorHandle) -> None:
    with ConnectionsClient(connections_emulator.base_url, "t") as client:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            client.get_connection(SLUG)
        assert _deprecations(caught) == []


def test_an_error_answer_with_the_headers_warns_too(connections_emulator: EmulatorHandle) -> None:
    connections_emulator.faults.deprecate("getConnection", sunset=SUNSET)
    with (
        ConnectionsClient(connections_emulator.base_url, "t") as client,
        pytest.warns(DeprecationWarning, match="get_connection"),
        pytest.raises(NotFoundError),
    ):
        client.get_connection("no-such-connection")
