"""What the send loops of both clients share: retry decisions, delays, parsing, logging.

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
0.5 s, 1 s, 2 s ... capped at 8 s, with up to 25 % jitter taken off.
"""

from __future__ import annotations

import functools
import json
import logging
import random
import time
from collections.abc import Callable
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any, TypeVar

import httpx
import pydantic_core
from pydantic import ValidationError

from facilio_connections_sdk._errors import (
    ConnectionsConnectionError,
    ConnectionsTimeoutError,
    RateLimitError,
    api_error,
    invalid_response,
)
from facilio_connections_sdk._request import Call

if TYPE_CHECKING:
    from facilio_connections_sdk.models import ApiModel

__all__ = [
    "MAX_RETRY_AFTER",
    "RequestFactory",
    "backoff_delay",
    "error_retry_delay",
    "logger",
    "parse_response",
    "retry_after_seconds",
    "status_retry_delay",
    "transport_error",
]

logger = logging.getLogger("facilio_connections_sdk")
# A library does not print: the application decides where these records go.
logger.addHandler(logging.NullHandler())

M = TypeVar("M", bound="ApiModel")

RETRY_ANY_METHOD = frozenset({429, 503})
RETRY_IDEMPOTENT_ONLY = frozenset({408, 500, 502, 504})
MAX_RETRY_AFTER = 60.0
# Distinct (path, query) URLs kept parsed, per client: the calls an integration repeats.
# Small on purpose: paging walks through page numbers, and the cache must not hold ~1 KB
# per page visited (the paging-memory benchmark measured that at 512).
URL_CACHE_SIZE = 64
QueryItems = tuple[tuple[str, str], ...]
BACKOFF_START = 0.5
BACKOFF_CAP = 8.0
# Failures where the request never left this process: safe to send again for any method.
NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Failures after the request may have reached the server: only idempotent calls retry.
MAYBE_SENT = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


class RequestFactory:
    """Builds each ``httpx.Request`` directly, with headers, timeout and URL prepared once.

    ``httpx.Client.request`` merges client and request headers, cookies and params on every
    call; the SDK's headers never change, so they are merged with the client's own default
    headers (User-Agent, Accept-Encoding, ...) once, here. URLs are parsed (and their query
    encoded) by httpx once per distinct path and query, then reused: parsing costs about as
    much as the rest of building a request. A client with a cookie jar or default params still
    goes through ``build_request`` so nothing of it is lost. Headers of a client you pass are
    read when the SDK client is created.
    """

    __slots__ = ("_headers", "_http", "_timeout", "_urls", "api_root")

    def __init__(
        self,
        http: httpx.Client | httpx.AsyncClient,
        api_root: str,
        headers: dict[str, str],
        timeout: httpx.Timeout | None,
    ) -> None:
        self._http = http
        self.api_root = api_root
        merged = httpx.Headers(http.headers)
        merged.update(headers)
        self._headers = merged
        self._timeout = (timeout or http.timeout).as_dict()
        self._urls: dict[str | tuple[str, QueryItems], httpx.URL] = {}

    def with_timeout(self, timeout: httpx.Timeout | None) -> RequestFactory:
        out = RequestFactory.__new__(RequestFactory)
        out._http, out.api_root, out._headers = self._http, self.api_root, self._headers
        out._urls = self._urls
        out._timeout = timeout.as_dict() if timeout is not None else self._timeout
        return out

    def url(self, path: str, items: QueryItems | None) -> httpx.URL:
        """The parsed URL of ``path`` with query ``items`` encoded, cached when it can be."""
        key = (path, items) if items else path
        url = self._urls.get(key)
        if url is None:
            # what httpx.Request itself does with a URL and params: httpx's own encoding
            url = (
                httpx.URL(self.api_root + path, params=items)
                if items
                else httpx.URL(self.api_root + path)
            )
            if len(self._urls) >= URL_CACHE_SIZE:
                self._urls.clear()  # cheap and thread-safe; refills with what is in use
            self._urls[key] = url
        return url

    def build(self, call: Call[M]) -> httpx.Request:
        http = self._http
        params: QueryItems | None = tuple(call.params) if call.params else None
        make: Callable[..., httpx.Request]
        url: httpx.URL | str
        if http.cookies or http.params:
            # a cookie jar or default params on the client: let httpx merge them in
            make, url = http.build_request, self.api_root + call.path
        else:
            make, url, params = httpx.Request, self.url(call.path, params), None
        return make(
            call.method,
            url,
            params=params,
            json=call.json,
            files=call.files,
            headers=self._headers,
            extensions={"timeout": self._timeout},
        )


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
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - now())


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


def transport_error(call: Call[M], exc: httpx.TransportError) -> ConnectionsConnectionError:
    """The SDK exception for an httpx transport failure (raise it ``from exc``)."""
    kind = (
        ConnectionsTimeoutError
        if isinstance(exc, httpx.TimeoutException)
        else (ConnectionsConnectionError)
    )
    reason = str(exc) or type(exc).__name__
    return kind(f"{call.method} {call.path} failed: {type(exc).__name__}: {reason}")


def _unusable_reason(content: bytes) -> str:
    try:
        data = json.loads(content)
    except ValueError:
        return "the body is not JSON"
    if not isinstance(data, dict):
        return f"the body is JSON {type(data).__name__}, not an object"
    return "the body does not fit the response model"


# Above this size, a body whose model has free-form (``Any``) fields — a job's or an action's
# ``result`` — is parsed with pydantic-core's JSON parser first: pydantic's JSON validation
# of ``Any`` builds an intermediate tree and is slower than ``json.loads`` on large results.
LARGE_BODY = 64 * 1024
_DRAINED = httpx.ByteStream(b"")


@functools.cache
def _has_free_form_fields(model: type[ApiModel]) -> bool:
    return any(info.annotation in (Any, Any | None) for info in model.model_fields.values())


def parse_response(call: Call[M], response: httpx.Response) -> M:
    """The model for a response: raises the mapped error for a status >= 400.

    The body is parsed once, from bytes, and validated once into the model.
    """
    if response.status_code >= 400:
        error = api_error(call.method, call.path, response)
        if isinstance(error, RateLimitError):
            error.retry_after = retry_after_seconds(response)
        raise error
    content = response.content
    # httpx links a response and its stream both ways; drop the link once the body is read,
    # so the response (and its body) is freed at once instead of at the next full GC pass
    response.stream = _DRAINED
    if not content or content.isspace():
        content = b"{}"  # an empty body means {}
    model = call.model
    try:
        if len(content) > LARGE_BODY and _has_free_form_fields(model):
            return model.model_validate(pydantic_core.from_json(content, cache_strings="keys"))
        return model.model_validate_json(content)
    except ValueError as exc:  # ValidationError, or from_json's error for a body not JSON
        reason = _unusable_reason(content)
        if isinstance(exc, ValidationError) and reason.endswith("model"):
            reason += f" {model.__name__}: {exc.error_count()} error(s)"
        raise invalid_response(call.method, call.path, response, reason) from exc


def log_attempt(call: Call[M], status: int | str, started: float, attempt: int) -> None:
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
    logger.warning(
        "retrying %s %s after %s in %.2f s (retry %d of %d)",
        call.method,
        call.path,
        reason,
        delay,
        attempt + 1,
        limit,
    )
