"""What the emulator received, kept for tests: the newest requests, bounded in bytes."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["MAX_RECORDED_BYTES", "MAX_RECORDED_REQUESTS", "RecordedRequest", "RequestLog"]

MAX_RECORDED_REQUESTS = 10_000
# the bodies the request log keeps, at most (a long-running emulator must not grow for ever)
MAX_RECORDED_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class RecordedRequest:
    """A request the emulator received (for assertions in tests)."""

    method: str
    """The HTTP method."""
    path: str
    """The path, without the query."""
    query: str
    """The query string, as sent (without ``?``)."""
    operation_id: str | None
    """The spec's operationId the request matched (``None``: no route)."""
    headers: dict[str, str]
    """The headers, names lower-cased."""
    body: bytes
    """The body (empty for a request refused before its route or its token)."""


class RequestLog(list[RecordedRequest]):
    """The newest requests: at most ``limit`` of them (older ones are dropped, a tenth at a
    time), holding at most ``max_bytes`` of bodies (the oldest dropped first)."""

    def __init__(self, limit: int, max_bytes: int = MAX_RECORDED_BYTES) -> None:
        super().__init__()
        self.limit = limit
        self.max_bytes = max_bytes
        self.bytes = 0

    def append(self, item: RecordedRequest) -> None:
        super().append(item)
        self.bytes += len(item.body)
        if len(self) > self.limit + self.limit // 10:
            self._drop(len(self) - self.limit)
        while self.bytes > self.max_bytes and len(self) > 1:
            self._drop(1)

    def _drop(self, count: int) -> None:
        self.bytes -= sum(len(item.body) for item in self[:count])
        del self[:count]

    def clear(self) -> None:
        super().clear()
        self.bytes = 0
