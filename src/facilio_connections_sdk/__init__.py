"""Typed Python client for the Facilio Connections ``/api/v1`` API."""

from facilio_connections_sdk import models
from facilio_connections_sdk._async.client import AsyncConnectionsClient
from facilio_connections_sdk._config import ConnectionsClientConfig
from facilio_connections_sdk._errors import (
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ConnectionsApiError,
    ConnectionsConnectionError,
    ConnectionsError,
    ConnectionsTimeoutError,
    InternalServerError,
    InvalidResponseError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from facilio_connections_sdk._sync.client import ConnectionsClient

__version__ = "1.0.0a1"

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
    "ConnectionsTimeoutError",
    "InternalServerError",
    "InvalidResponseError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "__version__",
    "models",
]
