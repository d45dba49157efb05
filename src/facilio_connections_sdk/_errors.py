"""One exception tree, the status -> class table, and ErrorBody parsing."""

from __future__ import annotations

import json

import httpx

from facilio_connections_sdk import models as m

__all__ = [
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "ConnectionsApiError",
    "ConnectionsConnectionError",
    "ConnectionsError",
    "ConnectionsTimeoutError",
    "InternalServerError",
    "InvalidResponseError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "api_error",
    "invalid_response",
]


class ConnectionsError(Exception):
    """Base of every error this SDK raises."""


class ConnectionsApiError(ConnectionsError):
    """The server answered with an error status, or with a body this SDK cannot use.

    ``status_code`` is the HTTP status (``0`` for a success status whose body was unusable, as
    in 0.x), ``body`` the raw response text, ``error`` the parsed :class:`ErrorBody` when the
    body was a JSON object, ``response`` the ``httpx.Response``.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        body: str,
        response: httpx.Response | None = None,
        error: m.ErrorBody | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.body = body
        self.response = response
        self.error = error

    @property
    def request_id(self) -> str | None:
        return self.error.request_id if self.error is not None else None


class BadRequestError(ConnectionsApiError):
    """HTTP 400."""


class AuthenticationError(ConnectionsApiError):
    """HTTP 401: the token or session is missing or not valid."""


class PermissionDeniedError(ConnectionsApiError):
    """HTTP 403."""


class NotFoundError(ConnectionsApiError):
    """HTTP 404."""


class ConflictError(ConnectionsApiError):
    """HTTP 409, e.g. a pinned action ``version`` that does not match.

    ``available_versions`` lists the versions the server offers.
    """

    @property
    def available_versions(self) -> list[str]:
        if self.error is None or self.error.available_versions is None:
            return []
        return list(self.error.available_versions)


class UnprocessableEntityError(ConnectionsApiError):
    """HTTP 422: the request did not validate."""


class RateLimitError(ConnectionsApiError):
    """HTTP 429; ``retry_after`` is the server's ``Retry-After`` in seconds when it sent one."""

    retry_after: float | None = None


class InternalServerError(ConnectionsApiError):
    """HTTP 5xx (for subscribe, 502 means the provider refused and nothing was saved)."""


class InvalidResponseError(ConnectionsApiError):
    """A success status whose body is not JSON, not an object, or does not fit the model."""


class ConnectionsConnectionError(ConnectionsError):
    """The request could not be completed (connect failure, dropped connection, ...)."""


class ConnectionsTimeoutError(ConnectionsConnectionError):
    """The request, or a wait for a job, ran out of time."""


_BY_STATUS: dict[int, type[ConnectionsApiError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def _error_class(status: int) -> type[ConnectionsApiError]:
    if status >= 500:
        return InternalServerError
    return _BY_STATUS.get(status, ConnectionsApiError)


def _parse_error_body(content: bytes) -> m.ErrorBody | None:
    try:
        data = json.loads(content)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    try:
        return m.ErrorBody.model_validate(data)
    except ValueError:
        return None


def api_error(method: str, path: str, response: httpx.Response) -> ConnectionsApiError:
    """The exception for an error status; the message names method, path, status and reason."""
    status = response.status_code
    error = _parse_error_body(response.content)
    detail = ""
    if error is not None:
        detail = error.message or error.error or ""
    if not detail:
        detail = response.reason_phrase or "error"
    message = f"{method} {path} -> HTTP {status}: {detail}"
    if error is not None and error.available_versions:
        message += f" (available versions: {', '.join(error.available_versions)})"
    return _error_class(status)(
        message, status_code=status, body=response.text, response=response, error=error
    )


def invalid_response(
    method: str, path: str, response: httpx.Response, reason: str
) -> InvalidResponseError:
    """A success status with a body that cannot be used; ``status_code`` is 0 as in 0.x."""
    return InvalidResponseError(
        f"{method} {path} -> HTTP {response.status_code}: {reason}",
        status_code=0,
        body=response.text,
        response=response,
        error=_parse_error_body(response.content),
    )
