"""What a client is before its first call: settings, credentials and the connection pool.

``AsyncClientBase`` builds a client from keywords or a whole ``ConnectionsClientConfig`` (two
``__init__`` overloads a type checker sees), owns the send loop and its ``httpx`` client, copies
itself with other settings (``with_options``), rotates credentials and closes the pool. The
methods that call the API are ``AsyncConnectionsClient``'s (``client.py``). Generated into
``_sync/client_base.py`` (``codegen/unasync.py``).
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, overload

import httpx
from typing_extensions import Self

from facilio_connections_sdk._async.send_loop import AsyncSendLoop
from facilio_connections_sdk._backends import (
    HttpBackend,
    adopt_async_http_client,
    make_async_http_client,
)
from facilio_connections_sdk._config import (
    DEFAULT_MAX_RESPONSE_BYTES,
    ConnectionsClientConfig,
    client_config,
)
from facilio_connections_sdk.types import KEEP, Keep, TokenProvider

if TYPE_CHECKING:
    from facilio_connections_sdk._drift import DriftReport

__all__ = ["AsyncClientBase"]


class AsyncClientBase:
    """Settings, credentials and the connection pool of ``AsyncConnectionsClient``."""

    _config: ConnectionsClientConfig
    _send_loop: AsyncSendLoop

    @overload
    def __init__(
        self,
        base_url: str,
        service_token: str | TokenProvider | None = "",
        *,
        org_domain: str | None = None,
        current_site: str | None = None,
        csrf_token: str | None = None,
        org_group: str | None = None,
        org_id: str | int | None = None,
        timeout_seconds: float = 60.0,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int = 2,
        verify: bool | str = True,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        proxy: str | None = None,
        record_drift: bool = False,
        http_client: httpx.AsyncClient | None = None,
        http_backend: HttpBackend = "httpx",  # async-only
    ) -> None: ...
    @overload
    def __init__(
        self,
        *,
        config: ConnectionsClientConfig,
        http_client: httpx.AsyncClient | None = None,
        http_backend: HttpBackend = "httpx",  # async-only
    ) -> None: ...
    def __init__(
        self,
        base_url: str | None = None,
        service_token: str | TokenProvider | None = "",
        *,
        org_domain: str | None = None,
        current_site: str | None = None,
        csrf_token: str | None = None,
        org_group: str | None = None,
        org_id: str | int | None = None,
        timeout_seconds: float = 60.0,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int = 2,
        verify: bool | str = True,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        proxy: str | None = None,
        record_drift: bool = False,
        http_client: httpx.AsyncClient | None = None,
        config: ConnectionsClientConfig | None = None,
        http_backend: HttpBackend = "httpx",  # async-only
    ) -> None:
        """A client for the tenant at ``base_url`` (its origin; ``/api/v1`` is added).

        Args:
            base_url: The server's origin, e.g. ``https://connections.example.com``.
            service_token: Sent as ``X-Service-Token``; empty or None sends none. Or a
                function returning the current token (for the async client, a coroutine function
                too), called
                once per attempt: see the guide "Tokens that change" (docs/guides/tokens.md).
            org_domain: Sent as ``X-Current-Org-Domain``.
            current_site: Sent as ``X-current-site``.
            csrf_token: Sent as ``X-CSRF-Token`` (with a session cookie in ``extra_headers``).
            org_group: Sent as ``X-Org-Group``.
            org_id: Sent as ``X-Org-Id``.
            timeout_seconds: Bound of each attempt, end to end.
            extra_headers: Merged last (e.g. ``Cookie``).
            max_retries: Retries of what is safe to retry (never a run that may have started).
            verify: TLS verification: True, False, or a CA bundle path.
            max_response_bytes: Bound of a response body after decompression (None: none).
            proxy: Send every request through this proxy URL; without it ``HTTP_PROXY``,
                ``HTTPS_PROXY``, ``ALL_PROXY`` and ``NO_PROXY`` apply as for ``httpx``.
            record_drift: Record what answers carry that the spec does not know (unknown
                properties and enum values, names and types only) in ``drift``.
            http_client: Your own ``httpx.AsyncClient``; the SDK never closes it.
            config: A whole ``ConnectionsClientConfig`` instead of the keywords.
            http_backend: ``"httpx"`` or ``"aiohttp"`` (the ``aiohttp`` extra).

        Raises:
            ValueError: A bad setting, or settings both in ``config`` and as keywords.
        """
        config = client_config(
            config,
            {
                "base_url": base_url,
                "service_token": service_token,
                "org_domain": org_domain,
                "current_site": current_site,
                "csrf_token": csrf_token,
                "org_group": org_group,
                "org_id": org_id,
                "timeout_seconds": timeout_seconds,
                "extra_headers": extra_headers,
                "max_retries": max_retries,
                "verify": verify,
                "max_response_bytes": max_response_bytes,
                "proxy": proxy,
                "record_drift": record_drift,
            },
        )
        config.warn_if_insecure()
        self._config = config
        owns = http_client is None
        if http_client is None:
            http_client = make_async_http_client(config, http_backend)
        else:
            adopt_async_http_client(http_client)
        self._send_loop = AsyncSendLoop(http_client, config, owns_http=owns)

    @classmethod
    def from_config(
        cls,
        config: ConnectionsClientConfig,
        *,
        http_client: httpx.AsyncClient | None = None,
        http_backend: HttpBackend = "httpx",  # async-only
    ) -> Self:
        """A client from a full ``ConnectionsClientConfig``."""
        return cls(
            config=config,
            http_client=http_client,
            http_backend=http_backend,  # async-only
        )

    @classmethod
    def from_env(
        cls,
        environ: Mapping[str, str] | None = None,
        *,
        http_client: httpx.AsyncClient | None = None,
        http_backend: HttpBackend = "httpx",  # async-only
    ) -> Self:
        """A client from ``FACILIO_CONNECTIONS_*`` environment variables."""
        return cls.from_config(
            ConnectionsClientConfig.from_env(environ),
            http_client=http_client,
            http_backend=http_backend,  # async-only
        )

    @property
    def drift(self) -> DriftReport | None:
        """With ``record_drift=True``: what the answers so far carried that the spec does not
        know (unknown properties, unknown enum values), as ``spec-check`` reports it; shared
        with ``with_options`` copies. ``None`` when recording is off."""
        return self._send_loop.drift

    @property
    def config(self) -> ConnectionsClientConfig:
        """The settings this client was built with (secrets hidden in its ``repr``)."""
        return self._config

    def with_options(
        self,
        *,
        timeout_seconds: float | Keep = KEEP,
        max_retries: int | Keep = KEEP,
        max_response_bytes: int | Keep | None = KEEP,
    ) -> Self:
        """A client sharing this one's connection pool and credentials, with other settings.

        A setting left out keeps this client's; ``max_response_bytes=None`` lifts the body size
        limit for the copy. The copy's ``config`` is this one's with the changes, checked as
        any config is.

        Raises:
            ValueError: A bad value (``TypeError`` for a wrong type).
        """
        given: dict[str, Any] = {
            "timeout_seconds": timeout_seconds,
            "max_retries": max_retries,
            "max_response_bytes": max_response_bytes,
        }
        changes = {name: value for name, value in given.items() if value is not KEEP}
        config = dataclasses.replace(self._config, **changes)  # the config's own checks
        clone = copy.copy(self)
        clone._config = config
        clone._send_loop = self._send_loop.with_config(config)
        return clone

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._config.origin!r})"

    def update_token(self, token: str | None) -> None:
        """Send ``token`` as ``X-Service-Token`` from the next request on.

        Changes this client **and every client made from it with** ``with_options`` (they share
        one connection pool and one set of credentials), and the client it was made from. Safe
        while other threads or tasks send: each request carries either the old or the new
        headers, never a mix. A token provider given before is dropped. ``client.config`` keeps
        the settings the client was built with.

        Raises:
            ValueError: The token has a control character (a newline read from a file?).
        """
        self._send_loop.requests.credentials.update_token(token)

    def update_csrf_token(self, token: str | None) -> None:
        """Send ``token`` as ``X-CSRF-Token`` from the next request on (cookie sessions).

        Shared with ``with_options`` copies exactly as ``update_token``.

        Raises:
            ValueError: The token has a control character.
        """
        self._send_loop.requests.credentials.update_csrf_token(token)

    async def aclose(self) -> None:
        """Close the internal ``httpx.AsyncClient`` (a caller-supplied one is left open)."""
        await self._send_loop.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
