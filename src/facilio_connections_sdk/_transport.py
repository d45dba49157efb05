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

Redirects are the SDK's own decision, never httpx's ``follow_redirects``: a 3xx to the same
origin (scheme, host, port) is followed for GET and DELETE, at most 5 hops, with every SDK
header kept; anything else is a :class:`RedirectError` and nothing more is sent. Bodies are
read in chunks, decoded here (gzip / deflate) within ``max_response_bytes`` counted after
decompression, and each attempt ends by its deadline (``_deadline``).
"""

from __future__ import annotations

import enum
import functools
import logging
import math
import random
import time
import zlib
from collections.abc import Callable
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any, TypeVar, overload

import httpx
import pydantic_core
from pydantic import ValidationError

from facilio_connections_sdk._credentials import Credentials
from facilio_connections_sdk._errors import (
    ConnectionsConnectionError,
    ConnectionsTimeoutError,
    InvalidResponseError,
    RateLimitError,
    RedirectError,
    api_error,
    invalid_response,
)
from facilio_connections_sdk._request import Call, encode_json, encode_query
from facilio_connections_sdk._version import user_agent

if TYPE_CHECKING:
    from facilio_connections_sdk._config import ConnectionsClientConfig
    from facilio_connections_sdk.models import ApiModel

__all__ = [
    "KEEP",
    "MAX_REDIRECTS",
    "MAX_RETRY_AFTER",
    "BodyReader",
    "Keep",
    "RequestFactory",
    "backoff_delay",
    "direct_transport",
    "error_retry_delay",
    "logger",
    "masked_cause",
    "parse_response",
    "received",
    "redirect_target",
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
MAX_REDIRECTS = 5
_DEFAULT_PORTS = {"http": 80, "https": 443}


class Keep(enum.Enum):
    """A setting left as it is (``None`` is a value of its own: no limit)."""

    KEEP = "keep"


KEEP = Keep.KEEP
# Decoded bytes produced per inflate call (bounded output, whatever the compression ratio).
INFLATE_STEP = 256 * 1024
# Accept-Encoding the SDK asks for: what BodyReader decodes within the size limit.
ACCEPT_ENCODING = "gzip, deflate"


class RequestFactory:
    """Builds each ``httpx.Request`` directly, with headers, timeout and URL prepared once.

    ``httpx.Client.request`` merges client and request headers, cookies and params on every
    call; the SDK's headers never change, so they are merged with the client's own default
    headers (User-Agent, Accept-Encoding, ...) once, here. URLs are parsed once per distinct
    path and query, then reused: parsing costs about as much as the rest of building a request.
    Query values are percent-encoded with no safe characters, as 0.x sends them (``r%201``,
    never ``r+1``). A client's cookie jar and default params are applied as
    ``httpx.Client.build_request`` would. Headers of a client you pass are read when the SDK
    client is created.
    """

    __slots__ = ("_http", "_timeout", "_urls", "api_root", "credentials")

    def __init__(
        self,
        http: httpx.Client | httpx.AsyncClient,
        api_root: str,
        config: ConnectionsClientConfig,
        timeout: httpx.Timeout | None,
    ) -> None:
        self._http = http
        self.api_root: str = api_root
        merged = httpx.Headers(http.headers)
        merged["Accept-Encoding"] = ACCEPT_ENCODING
        if merged.get("User-Agent", "").startswith("python-httpx/"):  # httpx's own default
            merged["User-Agent"] = user_agent()  # a caller's own (client or extra_headers) wins
        self.credentials: Credentials = Credentials(config, merged)
        self._timeout = (timeout or http.timeout).as_dict()
        self._urls: dict[str | tuple[str, QueryItems], httpx.URL] = {}

    def with_timeout(self, timeout: httpx.Timeout | None) -> RequestFactory:
        """A factory sharing this one's credentials and URL cache, with another timeout."""
        out = RequestFactory.__new__(RequestFactory)
        out._http, out.api_root, out.credentials = self._http, self.api_root, self.credentials
        out._urls = self._urls
        out._timeout = timeout.as_dict() if timeout is not None else self._timeout
        return out

    def url(self, path: str, items: QueryItems | None) -> httpx.URL:
        """The parsed URL of ``path`` with query ``items`` encoded, cached when it can be."""
        key = (path, items) if items else path
        url = self._urls.get(key)
        if url is None:
            # the query is encoded as 0.x encodes it; httpx keeps %xx escapes as they are
            target = self.api_root + path
            url = httpx.URL(target + "?" + encode_query(items) if items else target)
            if len(self._urls) >= URL_CACHE_SIZE:
                self._urls.clear()  # cheap and thread-safe; refills with what is in use
            self._urls[key] = url
        return url

    def build(self, call: Call[M], headers: httpx.Headers) -> httpx.Request:
        """The ``httpx.Request`` of ``call``: SDK headers, 0.x query encoding, JSON body."""
        http = self._http
        items: QueryItems | None = tuple(call.params) if call.params else None
        if http.params:
            # the client's default params first (ours replace one of the same name), then ours
            ours = {name for name, _ in items or ()}
            own = tuple((k, v) for k, v in http.params.multi_items() if k not in ours)
            items = own + (items or ())
        content = None if call.json is None else encode_json(call.json)
        request = httpx.Request(
            call.method,
            self.url(call.path, items),
            content=content,
            files=call.files,
            headers=headers,
            extensions={"timeout": self._timeout},
        )
        if content is not None:  # where httpx's json= puts it: after Content-Length
            request.headers["Content-Type"] = "application/json"
        if http.cookies:  # what httpx.Client.build_request adds: the jar's matching cookies
            http.cookies.set_cookie_header(request)
        return request

    def redirect(
        self, request: httpx.Request, url: httpx.URL, headers: httpx.Headers
    ) -> httpx.Request:
        """The next hop of a followed redirect: same method and SDK headers, no body."""
        hop = httpx.Request(
            request.method, url, headers=headers, extensions={"timeout": self._timeout}
        )
        if self._http.cookies:
            self._http.cookies.set_cookie_header(hop)
        return hop


_HTTPX_LOGGER = logging.getLogger("httpx")
# The methods a ``send`` runs through, by client class: a tool that patches any of them
# (Sentry patches ``send``, vcrpy ``_send_single_request``, hishel subclasses the client) must
# see every call, so the direct path is taken only while all of them are httpx's own code.
_SEND_CHAIN = ("send", "_send_handling_auth", "_send_handling_redirects", "_send_single_request")
_HTTPX_CLIENT_FILE = httpx.Client.__init__.__code__.co_filename
_checked: dict[type, tuple[Any, Any, Any, Any, bool]] = {}


def _send_is_httpx_own(http: httpx.Client | httpx.AsyncClient) -> bool:
    """Whether ``http.send`` and what it calls are httpx's own, unpatched, unwrapped code.

    Looked at on every call (a tracer may be set up after the first one): the verdict is
    cached per class only for the very functions it was given on. Written out, without a
    tuple or generator per call: a container allocated per request moves the garbage
    collector's thresholds, and the paging bench's peak with it.
    """
    own = http.__dict__
    if (
        "send" in own
        or "_send_handling_auth" in own
        or "_send_handling_redirects" in own
        or "_send_single_request" in own
    ):
        return False  # patched on the instance
    kind = type(http)
    cached = _checked.get(kind)
    if (
        cached is not None
        and cached[0] is kind.send
        and cached[1] is kind._send_handling_auth
        and cached[2] is kind._send_handling_redirects
        and cached[3] is kind._send_single_request
    ):
        return cached[4]
    functions = [getattr(kind, name, None) for name in _SEND_CHAIN]
    verdict = all(_is_httpx_code(function) for function in functions)
    _checked[kind] = (*functions, verdict)  # type: ignore[assignment]
    return verdict


def _is_httpx_code(function: object) -> bool:
    code = getattr(function, "__code__", None)
    return (
        code is not None
        and code.co_filename == _HTTPX_CLIENT_FILE
        and not hasattr(function, "__wrapped__")
    )


@overload
def direct_transport(http: httpx.Client, url: httpx.URL) -> httpx.BaseTransport | None: ...
@overload
def direct_transport(
    http: httpx.AsyncClient, url: httpx.URL
) -> httpx.AsyncBaseTransport | None: ...
def direct_transport(
    http: httpx.Client | httpx.AsyncClient, url: httpx.URL
) -> httpx.BaseTransport | httpx.AsyncBaseTransport | None:
    """The transport to hand a request to directly, or None to go through ``http.send``.

    ``httpx.Client.send`` runs, on every request, an auth flow, event hooks, its INFO log
    line, cookie extraction (through ``urllib``) and a stream wrapper: as much as validating a
    100-item page, which is what keeps the list row of the bench under plain httpx. The SDK
    needs none of them unless the caller's client asked for them, so when that client has no
    auth, no event hooks, the default text encoding, is open, httpx's own logger is quiet, and
    nothing patched or wrapped ``send`` or what it calls (Sentry, vcrpy, a subclass: they then
    see every call, ``tests/test_observability.py``), the request goes straight to the
    transport httpx itself would pick for the URL (mounts and proxies included; tools that wrap
    transports, OpenTelemetry, respx, pytest-httpx, see it there), and :func:`received` does
    what is left to do. Anything else takes ``http.send``.
    """
    if (
        http.is_closed
        or http.auth is not None
        or any(http.event_hooks.values())
        or getattr(http, "_default_encoding", None) != "utf-8"
        or _HTTPX_LOGGER.isEnabledFor(logging.INFO)
        or not _send_is_httpx_own(http)
    ):
        return None
    pick = getattr(http, "_transport_for_url", None)  # httpx's own choice, by URL
    return None if pick is None else pick(url)


def received(
    http: httpx.Client | httpx.AsyncClient, request: httpx.Request, response: httpx.Response
) -> None:
    """What ``http.send`` does to a response the SDK took from a transport directly: link it
    to its request, and save the cookies the server sets in the client's jar."""
    response.request = request
    if "set-cookie" in response.headers:
        http.cookies.extract_cookies(response)


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
    return kind(f"{call.method} {call.path} failed: {type(exc).__name__}: {reason}")


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


def _unusable_reason(content: bytes | bytearray) -> str:
    try:
        data = pydantic_core.from_json(content)
    except ValueError as exc:
        if "recursion limit" in str(exc):
            return "the body is JSON nested too deeply"
        return "the body is not JSON"
    if not isinstance(data, dict):
        return f"the body is JSON {type(data).__name__}, not an object"
    return "the body does not fit the response model"


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return url.scheme, url.host, url.port or _DEFAULT_PORTS.get(url.scheme)


def redirect_target(
    call: Call[M], request: httpx.Request, response: httpx.Response, hops: int
) -> httpx.URL | None:
    """Where to follow a 3xx (None when ``response`` is not one); RedirectError otherwise.

    Followed only to the same origin, for GET and DELETE, at most ``MAX_REDIRECTS`` hops.
    """
    status = response.status_code
    if not 300 <= status < 400:
        return None
    where = f"{call.method} {call.path} -> HTTP {status}"
    location = response.headers.get("location")

    def refuse(reason: str) -> RedirectError:
        return RedirectError(
            f"{where}: {reason}; nothing more was sent",
            status_code=status,
            location=location,
            response=response,
        )

    if location is None or not location.strip():
        raise refuse("a redirect without a Location header")
    try:
        target = request.url.join(location.strip())
    except (httpx.InvalidURL, ValueError, TypeError):
        raise refuse("a Location that is not a URL") from None
    here, there = _origin(request.url), _origin(target)
    if there != here:
        if there[1:] == here[1:] or (here[1] == there[1] and here[0] != there[0]):
            shown = f"{target.scheme}://{target.netloc.decode('ascii', 'replace')}"
            raise refuse(f"the server moved to {shown}; use that as base_url")
        raise refuse(
            f"a redirect to another origin ({target.scheme}://{target.host}); "
            "credentials never leave the configured origin"
        )
    if not call.idempotent:
        raise refuse(f"a redirect of a {call.method} (it is never re-sent or turned into a GET)")
    if hops >= MAX_REDIRECTS:
        raise refuse(f"more than {MAX_REDIRECTS} redirects")
    return target


class BodyReader:
    """Collects a response body chunk by chunk: decoded, within a byte limit and a deadline.

    The limit counts decoded bytes, and gzip / deflate are inflated at most one limit's worth
    at a time, so a compression bomb stops at the limit. ``cut=True`` (error bodies) stops
    quietly at the limit instead of raising, and sets ``truncated``.
    """

    __slots__ = (
        "_call",
        "_cut",
        "_data",
        "_deadline",
        "_inflate",
        "_limit",
        "_response",
        "_retry_raw",
        "truncated",
    )

    def __init__(
        self,
        call: Call[M],
        response: httpx.Response,
        limit: int | None,
        deadline: float | None,
        *,
        cut: bool = False,
        decoded: bool = False,
    ) -> None:
        self._call: Call[Any] = call
        self._response = response
        self._limit = limit
        self._deadline = deadline
        self._cut = cut
        # one chunk (the common case) is kept as it came; a second one starts a bytearray
        self._data: bytes | bytearray = b""
        self.truncated = False
        self._retry_raw = False
        self._inflate: Any = None
        coding = None if decoded else response.headers.get("content-encoding")
        if coding:
            self._inflate = self._decoder(coding)
        if limit is not None and self._inflate is None and not cut:
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > limit:
                raise self._too_large()

    def _decoder(self, header: str) -> Any:
        codings = [c.strip().lower() for c in header.split(",")]
        codings = [c for c in codings if c and c != "identity"]
        if not codings:
            return None
        if len(codings) == 1 and codings[0] in ("gzip", "x-gzip"):
            return zlib.decompressobj(zlib.MAX_WBITS | 16)
        if len(codings) == 1 and codings[0] == "deflate":
            self._retry_raw = True  # zlib-wrapped, as the RFC says; raw deflate as a fallback
            return zlib.decompressobj()
        raise self._invalid(f"the Content-Encoding {header[:40]!r} is not supported")

    def _invalid(self, reason: str) -> InvalidResponseError:
        call = self._call
        return invalid_response(call.method, call.path, self._response, reason)

    def _too_large(self) -> InvalidResponseError:
        return self._invalid(
            f"the body is larger than max_response_bytes ({self._limit:,} bytes, counted "
            "after decompression); raise it with ConnectionsClientConfig(max_response_bytes=...) "
            "or client.with_options(max_response_bytes=...), or pass None for no limit"
        )

    def _take(self, piece: bytes) -> bool:
        limit = self._limit
        if limit is not None and len(self._data) + len(piece) > limit:
            if not self._cut:
                raise self._too_large()
            self._append(piece[: limit - len(self._data)])
            self.truncated = True
            return False
        self._append(piece)
        return True

    def _append(self, piece: bytes) -> None:
        data = self._data
        if not data:
            self._data = piece
        elif isinstance(data, bytearray):
            data += piece
        else:
            self._data = bytearray(data) + piece

    def feed(self, raw: bytes) -> bool:
        """Add one raw chunk; False when reading should stop (an error body was cut)."""
        if self._deadline is not None and time.monotonic() > self._deadline:
            raise httpx.ReadTimeout("the attempt's deadline passed while reading the body")
        inflate = self._inflate
        if inflate is None:
            return self._take(raw)
        while raw:
            # at most one step of output per call: a bomb never gets ahead of the limit check
            room = INFLATE_STEP
            if self._limit is not None:
                room = min(room, self._limit - len(self._data) + 1)
            try:
                piece = inflate.decompress(raw, room)
            except zlib.error:
                if self._retry_raw and not self._data:
                    self._retry_raw = False
                    self._inflate = inflate = zlib.decompressobj(-zlib.MAX_WBITS)
                    continue
                if self._cut:
                    return False
                raise self._invalid("the body does not match its Content-Encoding") from None
            self._retry_raw = False
            if not self._take(piece):
                return False
            raw = inflate.unconsumed_tail
        return True

    def result(self) -> bytes | bytearray:
        """The decoded body (after the last chunk)."""
        if self._inflate is not None and not self.truncated:
            try:
                self._take(self._inflate.flush())
            except zlib.error:
                if not self._cut:
                    raise self._invalid("the body does not match its Content-Encoding") from None
        return self._data


# Above this size, a body whose model has free-form (``Any``) fields — a job's or an action's
# ``result`` — is parsed with pydantic-core's JSON parser first: pydantic's JSON validation
# of ``Any`` builds an intermediate tree and is slower than ``json.loads`` on large results.
LARGE_BODY = 64 * 1024
_DRAINED = httpx.ByteStream(b"")


@functools.cache
def _has_free_form_fields(model: type[ApiModel]) -> bool:
    return any(info.annotation in (Any, Any | None) for info in model.model_fields.values())


def release(response: httpx.Response, content: bytes | bytearray | None = None) -> None:
    """Done reading: keep ``content`` on the response (for an error's ``exc.response``) and
    drop httpx's response<->stream link, so both are freed at once, not at the next GC pass."""
    if content is not None:
        response._content = bytes(content)  # what httpx's own read() sets
    response.stream = _DRAINED


def parse_response(
    call: Call[M], response: httpx.Response, content: bytes | bytearray, truncated: bool = False
) -> M:
    """The model for a final response and its (decoded) body; the mapped error outside 2xx.

    The body is parsed once, from bytes, and validated once into the model.
    """
    if not 200 <= response.status_code < 300:
        release(response, content)
        error = api_error(call.method, call.path, response, bytes(content), truncated)
        if isinstance(error, RateLimitError):
            error.retry_after = retry_after_seconds(response)
        raise error
    release(response)
    if not content or content.isspace():
        content = b"{}"  # an empty body means {}
    model = call.model
    try:
        if len(content) > LARGE_BODY and _has_free_form_fields(model):
            return model.model_validate(pydantic_core.from_json(content, cache_strings="keys"))
        return model.model_validate_json(content)
    except (ValueError, RecursionError) as exc:  # ValidationError, or a body not JSON
        reason = _unusable_reason(content)
        if isinstance(exc, ValidationError) and reason.endswith("model"):
            reason += f" {model.__name__}: {exc.error_count()} error(s)"
        error = invalid_response(call.method, call.path, response, reason, bytes(content))
        raise error from (exc if isinstance(exc, ValidationError) else None)


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
