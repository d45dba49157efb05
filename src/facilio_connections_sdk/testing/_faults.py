"""Fault injection for the emulator: latency, scripted statuses, dropped and broken answers."""

from __future__ import annotations

import threading
from collections import defaultdict, deque
from dataclasses import dataclass
from typing import Literal

__all__ = ["Fault", "Faults"]

BrokenBody = Literal["drop", "truncate", "non-json"]


@dataclass(frozen=True)
class Fault:
    """One scripted answer: an error ``status`` or a broken body (``kind``)."""

    status: int | None = None
    kind: BrokenBody | None = None
    retry_after: str | None = None


class Faults:
    """What the emulator should get wrong, by operationId (e.g. ``"getConnection"``).

    ``script("getConnection", 503, 503, retry_after="0")`` answers the next two calls with 503
    (and ``Retry-After: 0``), then behaves normally again. Steps may also be ``"drop"`` (the
    connection closes mid-answer), ``"truncate"`` (the real JSON answer cut in half) or
    ``"non-json"`` (an HTML page with status 200). ``latency`` delays every answer.
    ``deprecate("getConnection", sunset=...)`` makes every answer of the operation carry the
    ``Deprecation`` (RFC 9745) and ``Sunset`` (RFC 8594) headers a server sends when it is
    retiring an endpoint.
    """

    def __init__(self) -> None:
        self.latency: float = 0.0
        """Seconds every answer waits before it is sent."""
        self._lock = threading.Lock()
        self._scripts: dict[str, deque[Fault]] = defaultdict(deque)
        self.deprecated: dict[str, dict[str, str]] = {}
        """operationId -> the headers every answer of it carries (``deprecate``)."""

    def deprecate(
        self, operation_id: str, *, since: str | None = None, sunset: str | None = None
    ) -> None:
        """Answer every call of ``operation_id`` with ``Deprecation`` (``@<epoch seconds>``
        when ``since`` is given as such, else ``true``) and, with ``sunset`` (an HTTP date such
        as ``Sat, 01 Jan 2028 00:00:00 GMT``), ``Sunset``, until ``clear()``."""
        headers = {"Deprecation": since or "true"}
        if sunset is not None:
            headers["Sunset"] = sunset
        with self._lock:
            self.deprecated[operation_id] = headers

    def script(
        self, operation_id: str, *steps: int | BrokenBody, retry_after: str | None = None
    ) -> None:
        """Answer the next calls of ``operation_id`` with these statuses or broken bodies."""
        faults = []
        for step in steps:
            if isinstance(step, bool) or not isinstance(step, (int, str)):
                raise TypeError(f"a fault step is a status or a broken-body kind, not {step!r}")
            if isinstance(step, int):
                if not 400 <= step <= 599:
                    raise ValueError(f"scripted status must be 4xx or 5xx, not {step}")
                faults.append(Fault(status=step, retry_after=retry_after))
            elif step in ("drop", "truncate", "non-json"):
                faults.append(Fault(kind=step))
            else:
                raise ValueError(f"unknown fault {step!r}: use a status, drop, truncate, non-json")
        with self._lock:
            self._scripts[operation_id].extend(faults)

    def take(self, operation_id: str) -> Fault | None:
        """The next scripted fault of ``operation_id``, or None (and it is used up)."""
        with self._lock:
            queue = self._scripts.get(operation_id)
            return queue.popleft() if queue else None

    def clear(self) -> None:
        """Forget every scripted fault, deprecation and the added latency."""
        with self._lock:
            self._scripts.clear()
            self.deprecated.clear()
        self.latency = 0.0
