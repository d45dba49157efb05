# GENERATED CODE - DO NOT EDIT.
# Source: src/facilio_connections_sdk/_async/transport.py
# Regenerate with: python -m codegen   (check with: python -m codegen --check)

"""The send loop: send, retry by the shared table, parse (the sync twin is generated)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from facilio_connections_sdk._request import Call
from facilio_connections_sdk._transport import (
    RequestFactory,
    error_retry_delay,
    log_attempt,
    log_retry,
    parse_response,
    status_retry_delay,
    transport_error,
)

if TYPE_CHECKING:
    from facilio_connections_sdk.models import ApiModel

__all__ = ["Transport"]

M = TypeVar("M", bound="ApiModel")


class Transport:
    """Sends :class:`Call` objects through one ``httpx.Client``."""

    def __init__(
        self,
        http: httpx.Client,
        *,
        api_root: str,
        headers: dict[str, str],
        max_retries: int,
        timeout: httpx.Timeout | None,
        owns_http: bool,
        sleep: Callable[[float], Any] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.http = http
        self.requests = RequestFactory(http, api_root, headers, timeout)
        self.max_retries = max_retries
        self.owns_http = owns_http
        self.sleep = sleep
        self.clock = clock

    def copy(self, *, max_retries: int | None, timeout: httpx.Timeout | None) -> Transport:
        """A transport on the same connection pool with other retry / timeout settings."""
        clone = object.__new__(Transport)
        clone.__dict__.update(self.__dict__)
        clone.requests = self.requests.with_timeout(timeout)
        clone.max_retries = self.max_retries if max_retries is None else max_retries
        clone.owns_http = False
        return clone

    def send(self, call: Call[M]) -> M:
        attempt = 0
        while True:
            request = self.requests.build(call)
            started = time.perf_counter()
            try:
                response = self.http.send(request)
            except httpx.TransportError as exc:
                log_attempt(call, type(exc).__name__, started, attempt)
                delay = error_retry_delay(call, exc, attempt)
                if delay is None or attempt >= self.max_retries:
                    raise transport_error(call, exc) from exc
                log_retry(call, type(exc).__name__, delay, attempt, self.max_retries)
                self.sleep(delay)
                attempt += 1
                continue
            log_attempt(call, response.status_code, started, attempt)
            if response.status_code >= 400 and attempt < self.max_retries:
                delay = status_retry_delay(call, response, attempt)
                if delay is not None:
                    log_retry(
                        call, f"HTTP {response.status_code}", delay, attempt, self.max_retries
                    )
                    self.sleep(delay)
                    attempt += 1
                    continue
            return parse_response(call, response)

    def close(self) -> None:
        if self.owns_http:
            self.http.close()
