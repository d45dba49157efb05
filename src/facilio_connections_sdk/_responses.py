"""What a call tells you back beside its result: ``response_of(result) -> ResponseInfo``.

The send loop records, for each typed result it returns, the final response's status and
headers, how many attempts it took, how long, and the waits between them. The record hangs on
the result through a weak reference: the result itself is unchanged (equality, ``to_dict()``,
``model_dump()``, pickling), and the record goes when the result goes. Only the headers are
kept, never the response or its body.
"""

from __future__ import annotations

import functools
import weakref
from typing import Any

import httpx

from facilio_connections_sdk._secrets import SecretHeaders

__all__ = ["RETIRING", "Paged", "ResponseInfo", "deprecation_notice", "record", "response_of"]

# the headers of an answer that announces its operation is going away (lowercased, as bytes)
RETIRING = frozenset({b"deprecation", b"sunset"})

# id(result) -> (a weak reference to it, status, headers, attempts, elapsed, retry waits)
_Record = tuple["weakref.ref[Any]", int, httpx.Headers, int, float, tuple[float, ...]]
_RECORDS: dict[int, _Record] = {}


def _forget(key: int, ref: weakref.ref[Any]) -> None:
    """The result died: its record goes (unless a newer result took its id already)."""
    entry = _RECORDS.get(key)
    if entry is not None and entry[0] is ref:
        del _RECORDS[key]


def record(
    result: object,
    status_code: int,
    headers: httpx.Headers,
    attempts: int,
    elapsed: float,
    retry_waits: tuple[float, ...],
) -> None:
    """Keep what the call told back for ``result`` (nothing for ``None``, ``str``, ``bytes``)."""
    key = id(result)
    try:
        ref = weakref.ref(result, functools.partial(_forget, key))
    except TypeError:  # None, str, bytes: not a result ``response_of`` takes
        return
    _RECORDS[key] = (ref, status_code, headers, attempts, elapsed, retry_waits)


class Paged:
    """Base of the auto-paging iterators: ``last_page`` is the page fetched last (``None``
    before the first), so ``response_of(iterator)`` answers for it."""

    __slots__ = ("last_page",)

    def __init__(self) -> None:
        self.last_page: object = None


class ResponseInfo:
    """What the server answered one call with, beside its typed result."""

    __slots__ = ("attempts", "elapsed", "headers", "retry_waits", "status_code")

    def __init__(
        self,
        status_code: int,
        headers: httpx.Headers,
        attempts: int,
        elapsed: float,
        retry_waits: tuple[float, ...],
    ) -> None:
        self.status_code: int = status_code
        """The final response's HTTP status (``200``, ``201``, ...)."""
        self.headers: httpx.Headers = SecretHeaders(headers)
        """The final response's headers (its ``repr`` masks credentials and cookies)."""
        self.attempts: int = attempts
        """How many requests the call sent: 1, plus one per retry."""
        self.elapsed: float = elapsed
        """Seconds from the first attempt to the parsed result."""
        self.retry_waits: tuple[float, ...] = retry_waits
        """The seconds waited before each retry (empty when none was needed)."""

    @property
    def request_id(self) -> str | None:
        """The server's id of the request (its ``X-Request-Id`` header), for support."""
        found: str | None = self.headers.get("x-request-id")
        return found

    def __repr__(self) -> str:
        return (
            f"ResponseInfo(status_code={self.status_code}, request_id={self.request_id!r}, "
            f"attempts={self.attempts}, elapsed={self.elapsed:.3f}, "
            f"retry_waits={self.retry_waits!r}, headers={self.headers!r})"
        )


def response_of(result: object) -> ResponseInfo:
    """What the server answered the call that returned ``result`` with.

    ``result`` is what a door returned (a model, flat or fluent, sync or async, or what
    ``client.request(..., cast_to=...)`` returned), or an auto-paging iterator (its latest
    page's answer).

    Args:
        result: A typed result the SDK returned, or an auto-paging iterator.

    Returns:
        ResponseInfo: Its status, headers, request id, attempts, elapsed time and retry waits.

    Raises:
        ValueError: ``result`` is not one the SDK returned (a model made by hand or a copy,
            ``None`` from a 204, a ``str`` or ``bytes`` body): call ``client.request(...)``
            to get the response of such a call.
    """
    target = result.last_page if isinstance(result, Paged) else result
    entry = _RECORDS.get(id(target))
    if entry is None or entry[0]() is not target:
        raise ValueError(
            f"response_of() takes a result the SDK returned, not {type(result).__name__}: a "
            "model made by hand or copied, None (HTTP 204), text or bytes carry no response; "
            "client.request(...) returns the response of any call"
        )
    _, status_code, headers, attempts, elapsed, waits = entry
    return ResponseInfo(status_code, headers, attempts, elapsed, waits)


def deprecation_notice(method: str, path: str, operation: str, headers: httpx.Headers) -> str:
    """The warning of an answer whose ``Deprecation`` (RFC 9745) or ``Sunset`` (RFC 8594)
    header says the operation is going away: the operation, the dates as the server sent them."""
    deprecation = headers.get("deprecation")
    sunset = headers.get("sunset")
    name = f"{operation} ({method} {path})" if operation else f"{method} {path}"
    text = f"{name}: the server says this operation is deprecated"
    if deprecation not in (None, "", "true"):
        text += f" (since {deprecation})"
    if sunset:
        text += f"; it goes away after {sunset}"
    elif deprecation is None:
        text = f"{name}: the server says this operation goes away"
    return text + " (a Deprecation / Sunset header); see the API's changelog"
