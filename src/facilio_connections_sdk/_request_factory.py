"""Building each ``httpx.Request`` of a call: headers merged once, URLs parsed once."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

import httpx

from facilio_connections_sdk._body import ACCEPT_ENCODING
from facilio_connections_sdk._credentials import Credentials
from facilio_connections_sdk._request import Call, Query, encode_json, encode_query
from facilio_connections_sdk._version import user_agent

if TYPE_CHECKING:
    from facilio_connections_sdk._config import ConnectionsClientConfig
    from facilio_connections_sdk.models import ApiModel

M = TypeVar("M", bound="ApiModel")

__all__ = [
    "URL_CACHE_SIZE",
    "RequestFactory",
]

# Distinct (path, query) URLs kept parsed, per client: the calls an integration repeats.
# Small on purpose: paging walks through page numbers, and the cache must not hold ~1 KB
# per page visited (the paging-memory benchmark measured that at 512).
URL_CACHE_SIZE = 64  # pragma: no mutate (a cache size: memory, not behaviour)
QueryItems = tuple[tuple[str, str], ...]


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
        credentials: Credentials,
        timeout: httpx.Timeout,
        urls: dict[str | tuple[str, QueryItems], httpx.URL] | None = None,
    ) -> None:
        self._http = http
        self.api_root: str = api_root
        self.credentials: Credentials = credentials
        self._timeout = timeout.as_dict()
        self._urls: dict[str | tuple[str, QueryItems], httpx.URL] = {} if urls is None else urls

    @classmethod
    def create(
        cls, http: httpx.Client | httpx.AsyncClient, config: ConnectionsClientConfig
    ) -> RequestFactory:
        """The factory of a new client: its credentials from ``config``, merged once with the
        HTTP client's own headers, and that client's timeout."""
        merged = httpx.Headers(http.headers)
        merged["Accept-Encoding"] = ACCEPT_ENCODING
        if merged.get("User-Agent", "").startswith("python-httpx/"):  # httpx's own default
            merged["User-Agent"] = user_agent()  # a caller's own (client or extra_headers) wins
        api_root = config.origin + "/api/v1"
        return cls(http, api_root, Credentials(config, merged), http.timeout)

    def with_timeout(self, timeout: httpx.Timeout) -> RequestFactory:
        """A factory sharing this one's credentials and URL cache, with another timeout."""
        return RequestFactory(self._http, self.api_root, self.credentials, timeout, self._urls)

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
        form = call.form
        if form is not None:
            content = encode_query(form).encode("ascii")
        request = httpx.Request(
            call.method,
            self.url(call.path, items),
            content=content,
            files=call.files,
            headers=headers,
            extensions={"timeout": self._timeout},
        )
        if content is not None:  # where httpx's json= puts it: after Content-Length
            request.headers["Content-Type"] = (
                "application/json" if form is None else "application/x-www-form-urlencoded"
            )
        if call.headers:  # the operation's header parameters
            for name, value in call.headers:
                request.headers[name] = value
        if http.cookies:  # what httpx.Client.build_request adds: the jar's matching cookies
            http.cookies.set_cookie_header(request)
        return request

    def redirect(
        self,
        request: httpx.Request,
        url: httpx.URL,
        headers: httpx.Headers,
        extra: Query | None = None,
    ) -> httpx.Request:
        """The next hop of a followed redirect: same method, SDK headers and the operation's
        header parameters (``extra``), no body."""
        hop = httpx.Request(
            request.method, url, headers=headers, extensions={"timeout": self._timeout}
        )
        if extra:
            for name, value in extra:
                hop.headers[name] = value
        if self._http.cookies:
            self._http.cookies.set_cookie_header(hop)
        return hop
