"""The retry policy both send loops follow: what is sent again, and after how long.

Retry table (``max_retries`` attempts after the first, 2 by default):

=============================================  ===============  =======================
failure                                        GET / DELETE     POST (execute, ...)
=============================================  ===============  =======================
connect error, connect timeout, pool timeout   retried          retried (never sent)
HTTP 429, 503                                  retried          retried (not processed)
HTTP 408, 500, 502, 504                        retried          **never re-sent**
read/write timeout, dropped connection         retried          **never re-sent**
any other status                               raised           raised
=============================================  ===============  =======================

A POST that may have reached the server is never sent twice: re-running an action can
duplicate a ticket, a payment or a row. Delays: the server's ``Retry-After`` (seconds or an
HTTP date) when it sends one, up to 60 s (longer: not retried); otherwise exponential backoff
0.5 s, 1 s, 2 s ... capped at 8 s, with up to 25 % jitter taken off. A failure that is not
retried becomes the SDK's error here, with every configured secret masked.
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, TypeVar

import httpx

from facilio_connections_sdk._errors import (
    ConnectionsConnectionError,
    ConnectionsTimeoutError,
)
from facilio_connections_sdk._request import Call

if TYPE_CHECKING:
    from facilio_connections_sdk.models import ApiModel

M = TypeVar("M", bound="ApiModel")

__all__ = [
    "MAX_RETRY_AFTER",
    "MAYBE_SENT",
    "NEVER_SENT",
    "NOTHING_SENT",
    "RETRY_ANY_METHOD",
    "RETRY_IDEMPOTENT_ONLY",
    "backoff_delay",
    "error_retry_delay",
    "masked_cause",
    "retry_after_seconds",
    "status_retry_delay",
    "transport_error",
]

RETRY_ANY_METHOD = frozenset({429, 503})
RETRY_IDEMPOTENT_ONLY = frozenset({408, 500, 502, 504})
MAX_RETRY_AFTER = 60.0
BACKOFF_START = 0.5
BACKOFF_CAP = 8.0
# Failures where the request never left this process: safe to send again for any method.
NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Failures where nothing was sent at all (``may_have_run`` is False): the above, and a request
# httpx refused to write (an unsupported scheme, a header h11 cannot send).
NOTHING_SENT = (*NEVER_SENT, httpx.UnsupportedProtocol, httpx.LocalProtocolError)
# Failures after the request may have reached the server: only idempotent calls retry.
MAYBE_SENT = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


def backoff_delay(attempt: int, rand: Callable[[], float] = random.random) -> float:
    """Seconds before retry number ``attempt + 1``: 0.5 s doubling to 8 s, minus <= 25 %."""
    base: float = min(BACKOFF_CAP, BACKOFF_START * 2.0**attempt)
    return base * (1.0 - 0.25 * rand())


def retry_after_seconds(
    response: httpx.Response, now: Callable[[], float] = time.time
) -> float | None:
    """The ``Retry-After`` header in seconds (delta-seconds or HTTP date), or None."""
    value = response.headers.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            seconds = parsedate_to_datetime(value).timestamp() - now()
        except (TypeError, ValueError, OverflowError, IndexError):
            return None  # not a date, or one out of any range: no usable Retry-After
    if not math.isfinite(seconds):
        return None
    return max(0.0, seconds)


def status_retry_delay(call: Call[M], response: httpx.Response, attempt: int) -> float | None:
    """Seconds to wait before re-sending after this status, or None to not retry."""
    status = response.status_code
    if status in RETRY_ANY_METHOD or (call.idempotent and status in RETRY_IDEMPOTENT_ONLY):
        server = retry_after_seconds(response)
        if server is not None:
            return server if server <= MAX_RETRY_AFTER else None
        return backoff_delay(attempt)
    return None


def error_retry_delay(call: Call[M], exc: httpx.TransportError, attempt: int) -> float | None:
    """Seconds to wait before re-sending after a transport failure, or None to not retry."""
    if isinstance(exc, NEVER_SENT) or (call.idempotent and isinstance(exc, MAYBE_SENT)):
        return backoff_delay(attempt)
    return None


def transport_error(
    call: Call[M], exc: httpx.RequestError, secrets: tuple[str, ...] = ()
) -> ConnectionsConnectionError:
    """The SDK exception for an httpx request failure (raise it ``from exc``).

    The message never carries a header value: any of ``secrets`` in httpx's text is masked.
    """
    kind = (
        ConnectionsTimeoutError
        if isinstance(exc, httpx.TimeoutException)
        else (ConnectionsConnectionError)
    )
    reason = str(exc) or type(exc).__name__
    for secret in secrets:
        reason = reason.replace(secret, "***")
    sent = not isinstance(exc, NOTHING_SENT)
    after = (
        "the request may have reached the server: check before running it again"
        if sent
        else "the request never reached the server"
    )
    return kind(
        f"{call.method} {call.path} failed: {type(exc).__name__}: {reason} ({after})",
        may_have_run=sent,
    )


def masked_cause(exc: httpx.RequestError, secrets: tuple[str, ...]) -> BaseException | None:
    """``exc`` to chain as the cause of the SDK's error; when its text carries a secret (httpx's
    ``Illegal header value b'...'``), a copy with the secret masked, so no traceback prints it."""
    text = str(exc)
    found = [s for s in secrets if s and s in text]
    if not found:
        return exc
    for secret in sorted(found, key=len, reverse=True):
        text = text.replace(secret, "***")
    try:
        return type(exc)(text)
    except Exception:  # a class that wants more than a message: chain nothing
        return None
