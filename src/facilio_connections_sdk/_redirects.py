"""The redirect policy: the SDK's own decision, never httpx's ``follow_redirects``.

A 3xx to the same origin (scheme, host, port) is followed for GET and DELETE, at most 5 hops,
with every SDK header kept; anything else is a ``RedirectError`` and nothing more is sent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

import httpx

from facilio_connections_sdk._errors import (
    RedirectError,
)
from facilio_connections_sdk._request import Call

if TYPE_CHECKING:
    from facilio_connections_sdk.models import ApiModel

M = TypeVar("M", bound="ApiModel")

__all__ = [
    "MAX_REDIRECTS",
    "redirect_target",
]

MAX_REDIRECTS = 5
_DEFAULT_PORTS = {"http": 80, "https": 443}


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
