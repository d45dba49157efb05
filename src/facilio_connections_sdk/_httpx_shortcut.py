"""The direct send: a request handed to the transport httpx would pick, when nothing is lost.

Taken only while the HTTP client has no auth, no event hooks and its send chain is httpx's own
code (a tool that patches or wraps it then sees every call); see ``direct_transport``.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, TypeVar, overload

import httpx

if TYPE_CHECKING:
    from facilio_connections_sdk.models import ApiModel

M = TypeVar("M", bound="ApiModel")

__all__ = [
    "HEADER_ITEMS",
    "direct_transport",
    "received",
]

_HTTPX_LOGGER = logging.getLogger("httpx")
# The methods a ``send`` runs through, by client class: a tool that patches any of them
# (Sentry patches ``send``, vcrpy ``_send_single_request``, hishel subclasses the client) must
# see every call, so the direct path is taken only while all of them are httpx's own code.
_SEND_CHAIN = ("send", "_send_handling_auth", "_send_handling_redirects", "_send_single_request")
_HTTPX_CLIENT_FILE = httpx.Client.__init__.__code__.co_filename
# httpx's private names the direct send reads, looked up on every call: when a release renames
# or drops one, the request takes the public ``Client.send`` instead (tests rename each).
_TRANSPORT_FOR_URL = "_transport_for_url"
_DEFAULT_ENCODING = "_default_encoding"
# ``httpx.Headers``' (raw name, lowercased name, value) triples: read to find a header name
# without the cost of ``in`` (a release without it takes ``in``)
HEADER_ITEMS = "_list"
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
    transports, OpenTelemetry, respx, pytest-httpx, see it there), and ``received`` does
    what is left to do. Anything else takes ``http.send``.
    """
    if (
        http.is_closed
        or http.auth is not None
        or any(http.event_hooks.values())
        or getattr(http, _DEFAULT_ENCODING, None) != "utf-8"
        or _HTTPX_LOGGER.isEnabledFor(logging.INFO)
        or not _send_is_httpx_own(http)
    ):
        return None
    pick = getattr(http, _TRANSPORT_FOR_URL, None)  # httpx's own choice, by URL
    return None if pick is None else pick(url)


def received(
    http: httpx.Client | httpx.AsyncClient, request: httpx.Request, response: httpx.Response
) -> None:
    """What ``http.send`` does to a response the SDK took from a transport directly: link it
    to its request, and save the cookies the server sets in the client's jar."""
    response.request = request
    if "set-cookie" in response.headers:
        http.cookies.extract_cookies(response)
