"""The SDK's log records: one DEBUG line per attempt, one WARNING per retry.

The ``facilio_connections_sdk`` logger has a ``NullHandler``: a library does not print; the
application decides where the records go. No record carries a header, a body or a secret.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, TypeVar

from facilio_connections_sdk._request import Call

if TYPE_CHECKING:
    from facilio_connections_sdk.models import ApiModel

M = TypeVar("M", bound="ApiModel")

__all__ = ["log_attempt", "log_retry", "logger"]

logger = logging.getLogger("facilio_connections_sdk")
# A library does not print: the application decides where these records go.
logger.addHandler(logging.NullHandler())


def log_attempt(call: Call[M], status: int | str, started: float, attempt: int) -> None:
    """``GET /connections -> 200 in 3.1 ms (attempt 1)``, at DEBUG."""
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "%s %s -> %s in %.1f ms (attempt %d)",
            call.method,
            call.path,
            status,
            (time.perf_counter() - started) * 1000.0,
            attempt + 1,
        )


def log_retry(call: Call[M], reason: str, delay: float, attempt: int, limit: int) -> None:
    """``retrying POST ... after HTTP 503 in 0.50 s (retry 1 of 2)``, at WARNING."""
    logger.warning(
        "retrying %s %s after %s in %.2f s (retry %d of %d)",
        call.method,
        call.path,
        reason,
        delay,
        attempt + 1,
        limit,
    )
