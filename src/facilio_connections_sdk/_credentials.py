"""The headers a client sends, with the parts that rotate: the service token and the CSRF token.

One ``Credentials`` is shared by a client and every ``with_options`` copy of it. Each
request takes one snapshot, an ``httpx.Headers`` built whole before it is published and never
changed afterwards, so rotating a token while other threads or tasks send never puts a torn or
mixed set of headers on the wire.
"""

from __future__ import annotations

import dataclasses
import inspect
import threading
from typing import TYPE_CHECKING

import httpx

from facilio_connections_sdk._errors import ConnectionsError
from facilio_connections_sdk._secrets import SecretHeaders, Secrets
from facilio_connections_sdk.types import TokenProvider

if TYPE_CHECKING:
    from facilio_connections_sdk._config import ConnectionsClientConfig

__all__ = ["Credentials"]


_KEPT_SECRETS = 16  # old tokens stay masked in messages for a while after a rotation


class Credentials:
    """The header snapshot every request of one client (and its copies) is sent with."""

    __slots__ = (
        "_base",
        "_config",
        "_csrf",
        "_lock",
        "_provided",
        "_secrets",
        "headers",
        "provider",
    )

    def __init__(self, config: ConnectionsClientConfig, base: httpx.Headers) -> None:
        self._config = config
        self._base = base  # the HTTP client's own headers, Accept-Encoding, User-Agent
        self._lock = threading.Lock()
        token = config.service_token
        self.provider: TokenProvider | None = token if callable(token) else None
        self._csrf: str | None = config.csrf_token
        self._secrets: list[str] = list(config.secret_values())
        self._provided: tuple[object, httpx.Headers, httpx.Headers] | None = None
        self.headers: httpx.Headers = self._build(None if callable(token) else token, self._csrf)

    def _build(self, token: str | None, csrf: str | None) -> httpx.Headers:
        # replace() re-runs the config's checks: a token with a newline never gets out
        config = dataclasses.replace(self._config, service_token=token or "", csrf_token=csrf)
        merged = SecretHeaders(self._base)
        merged.update(config.headers())
        for value in config.secret_values():
            if value not in self._secrets:
                self._secrets.append(value)
        del self._secrets[: -(_KEPT_SECRETS + 4)]
        return merged

    def secrets(self) -> Secrets:
        """Every token value, current or recent, that must never appear in a message."""
        return Secrets(self._secrets)

    def update_token(self, token: str | None) -> None:
        """Send ``token`` from now on (no ``X-Service-Token`` for None or ``""``); a token
        provider given before is dropped."""
        if token is not None and not isinstance(token, str):
            raise TypeError(f"token must be a str or None, not {type(token).__name__}")
        with self._lock:
            self.headers = self._build(token, self._csrf)
            self.provider = None
            self._provided = None

    def update_csrf_token(self, token: str | None) -> None:
        """Send ``token`` as ``X-CSRF-Token`` from now on (none for None or ``""``)."""
        if token is not None and not isinstance(token, str):
            raise TypeError(f"token must be a str or None, not {type(token).__name__}")
        with self._lock:
            self._csrf = token or None
            current = self.headers.get("X-Service-Token")
            self.headers = self._build(current, self._csrf)

    def for_token(self, token: object) -> httpx.Headers:
        """The snapshot with ``token`` from the provider (built once per distinct token)."""
        if inspect.iscoroutine(token):
            token.close()  # never awaited: say why instead of a RuntimeWarning
            raise ConnectionsError(
                "the token provider is a coroutine function: use it with AsyncConnectionsClient;"
                " nothing was sent"
            )
        if token is not None and not isinstance(token, str):
            raise ConnectionsError(
                f"the token provider must return a str or None, not {type(token).__name__}; "
                "nothing was sent"
            )
        cached = self._provided
        if cached is not None and cached[0] == token and cached[1] is self.headers:
            return cached[2]
        with self._lock:
            base = self.headers
            try:
                built = self._build(token, self._csrf)
            except ValueError as exc:  # the config's check: names the field, never the value
                raise ConnectionsError(f"the token provider's token: {exc}") from None
            self._provided = (token, base, built)
        return built
