"""pytest plugin, registered through the ``pytest11`` entry point.

Gives every test suite a ``connections_emulator`` fixture: one emulator server per session on
127.0.0.1, reset to its seeded tenant before each test::

    def test_my_integration(connections_emulator):
        client = ConnectionsClient(connections_emulator.base_url, "any-token")
        connections_emulator.faults.script("getConnection", 503, retry_after="0")
        assert client.get_connection("servicenow-connection").connection.slug
        assert connections_emulator.calls("getConnection") == 2

Nothing heavy is imported until the fixture is used, so installing the SDK without the
``emulator`` extra never breaks a test run.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from facilio_connections_sdk._emulator_handle import EmulatorHandle

if TYPE_CHECKING:
    from facilio_connections_sdk.testing import EmulatorServer

__all__ = ["EmulatorHandle", "connections_emulator"]


# why the fixture skipped its tests, said at the end of the run (not only under ``-rs``)
_SKIPPED: list[str] = []


@pytest.fixture(scope="session")
def _connections_emulator_server() -> Iterator[EmulatorServer]:
    try:
        from facilio_connections_sdk.testing import EmulatorServer
    except ImportError as exc:  # depends on the installed extras
        reason = f"connections_emulator: {exc}"  # it names the extra to install
        _SKIPPED.append(reason)
        pytest.skip(reason)
    with EmulatorServer() as server:
        yield server


@pytest.fixture
def connections_emulator(_connections_emulator_server: EmulatorServer) -> EmulatorHandle:
    """A running Connections emulator, reset to its seeded tenant for this test."""
    _connections_emulator_server.emulator.reset()
    return EmulatorHandle(_connections_emulator_server)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """The fixture's skip reason in the run's output, where a skipped test is easy to miss."""
    if _SKIPPED:
        terminalreporter.write_sep("-", "facilio-connections-sdk", yellow=True)
        terminalreporter.write_line(f"tests using connections_emulator were skipped: {_SKIPPED[0]}")
