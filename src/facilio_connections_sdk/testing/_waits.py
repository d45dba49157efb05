"""``skip_waits(client)``: a client that does not wait between retries and job polls."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from facilio_connections_sdk import AsyncConnectionsClient, ConnectionsClient

__all__ = ["skip_waits"]


class _SkippedTime:
    """A clock that moves on by every wait it skips, so timeouts still come."""

    __slots__ = ("skipped", "waits")

    def __init__(self) -> None:
        self.waits: list[float] = []
        self.skipped = 0.0

    def clock(self) -> float:
        return time.monotonic() + self.skipped

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.skipped += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


def skip_waits(client: ConnectionsClient | AsyncConnectionsClient) -> list[float]:
    """Make ``client`` skip its waits between retries and between job polls; for tests.

    A retry after a 503 or a ``Retry-After``, and every poll of ``wait_for_job``, happens at
    once; the waits skipped are appended, in seconds, to the list returned, so a test can
    assert what the client would have waited. The client's clock moves on by each skipped
    wait, so a ``wait_for_job(timeout=...)`` still times out (after as many polls as the real
    wait would make). Copies made from the client with ``with_options`` afterwards skip too,
    into the same list.

    Returns:
        The waits skipped so far, in seconds (a live list).

    Examples:
        ```python
        from facilio_connections_sdk import ConnectionsClient
        from facilio_connections_sdk.testing import run_emulator, skip_waits

        with run_emulator() as base_url, ConnectionsClient(base_url, "any-token") as client:
            waits = skip_waits(client)
            client.get_connection("servicenow-connection")
            assert waits == []  # nothing was retried
        ```
    """
    from facilio_connections_sdk._async.client import AsyncConnectionsClient

    skipped = _SkippedTime()
    if isinstance(client, AsyncConnectionsClient):
        client._send_loop.sleep = skipped.asleep
    else:
        client._send_loop.sleep = skipped.sleep
    client._send_loop.clock = skipped.clock
    return skipped.waits
