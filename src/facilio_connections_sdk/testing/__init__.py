"""Offline development and tests: an emulator of ``/api/v1`` and a pytest fixture.

``EmulatorHandle`` is the type of the ``connections_emulator`` fixture, for annotating tests.

Needs the ``emulator`` extra: ``pip install 'facilio-connections-sdk[emulator]'``.

Examples:
    ```python
    from facilio_connections_sdk import ConnectionsClient
    from facilio_connections_sdk.testing import run_emulator

    with run_emulator() as base_url:
        with ConnectionsClient(base_url, "any-token") as client:
            client.get_connection("servicenow-connection")
    ```
"""

# first: without the 'emulator' extra, the error names what to install
from facilio_connections_sdk.testing import _extra  # noqa: F401  (isort: skip)
from facilio_connections_sdk._emulator_handle import EmulatorHandle
from facilio_connections_sdk.testing._app import Emulator
from facilio_connections_sdk.testing._faults import Faults
from facilio_connections_sdk.testing._request_log import RecordedRequest
from facilio_connections_sdk.testing._runner import EmulatorServer, run_emulator
from facilio_connections_sdk.testing._spec import Spec, SpecError, load_spec
from facilio_connections_sdk.testing._waits import skip_waits

__all__ = [
    "Emulator",
    "EmulatorHandle",
    "EmulatorServer",
    "Faults",
    "RecordedRequest",
    "Spec",
    "SpecError",
    "load_spec",
    "run_emulator",
    "skip_waits",
]
