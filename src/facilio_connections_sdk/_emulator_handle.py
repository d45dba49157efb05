"""``EmulatorHandle``: the running emulator the ``connections_emulator`` fixture gives a test."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from facilio_connections_sdk.testing._app import Emulator
    from facilio_connections_sdk.testing._faults import Faults
    from facilio_connections_sdk.testing._request_log import RecordedRequest
    from facilio_connections_sdk.testing._runner import EmulatorServer
    from facilio_connections_sdk.testing._state import EmulatorState

__all__ = ["EmulatorHandle"]


class EmulatorHandle:
    """The running emulator: ``base_url``, ``faults``, ``state``, recorded ``requests``."""

    def __init__(self, server: EmulatorServer) -> None:
        self.base_url: str = server.base_url
        """The emulator's origin, e.g. ``http://127.0.0.1:54321`` (pass it as ``base_url``)."""
        self.emulator: Emulator = server.emulator
        """The emulator itself (its ``state``, ``faults``, ``requests``)."""

    @property
    def faults(self) -> Faults:
        """Scripted failures of the emulator (``faults.script(...)``, ``faults.latency``)."""
        return self.emulator.faults

    @property
    def state(self) -> EmulatorState:
        """The emulated tenant (connections, actions, jobs, triggers)."""
        return self.emulator.state

    @property
    def requests(self) -> list[RecordedRequest]:
        """What the emulator received, newest last."""
        return self.emulator.requests

    def calls(self, operation_id: str) -> int:
        """How many requests for ``operation_id`` (e.g. ``"executeAction"``) arrived."""
        return self.emulator.calls(operation_id)
