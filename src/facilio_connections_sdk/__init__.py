"""Typed Python client for the Facilio Connections ``/api/v1`` API."""

from typing import TYPE_CHECKING, Any

from facilio_connections_sdk import models
from facilio_connections_sdk._config import ConnectionsClientConfig
from facilio_connections_sdk._errors import (
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ConnectionsApiError,
    ConnectionsConnectionError,
    ConnectionsError,
    ConnectionsStatusError,
    ConnectionsTimeoutError,
    InternalServerError,
    InvalidResponseError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RedirectError,
    UnprocessableEntityError,
)
from facilio_connections_sdk._responses import ResponseInfo, response_of
from facilio_connections_sdk._secrets import FileToken
from facilio_connections_sdk._sync.client import ConnectionsClient

if TYPE_CHECKING:
    from facilio_connections_sdk._async.client import AsyncConnectionsClient

if TYPE_CHECKING:
    __version__: str
    """The installed version of the SDK (from the package metadata)."""


def __getattr__(name: str) -> Any:
    if name == "__version__":  # from the package metadata, read on first use
        from facilio_connections_sdk._version import sdk_version

        return sdk_version()
    # The async client (and asyncio) load on first use, so sync-only code never pays for them.
    if name == "AsyncConnectionsClient":
        from facilio_connections_sdk._async.client import AsyncConnectionsClient

        return AsyncConnectionsClient
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "AsyncConnectionsClient",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "ConnectionsApiError",
    "ConnectionsClient",
    "ConnectionsClientConfig",
    "ConnectionsConnectionError",
    "ConnectionsError",
    "ConnectionsStatusError",
    "ConnectionsTimeoutError",
    "FileToken",
    "InternalServerError",
    "InvalidResponseError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RedirectError",
    "ResponseInfo",
    "UnprocessableEntityError",
    "__version__",
    "models",
    "response_of",
]
