"""One exception tree, the status -> class table, and ErrorBody parsing."""

from __future__ import annotations

from typing import Any

import httpx
import pydantic_core

import facilio_connections_sdk.models as m

__all__ = [
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "ConnectionsApiError",
    "ConnectionsConnectionError",
    "ConnectionsError",
    "ConnectionsStatusError",
    "ConnectionsTimeoutError",
    "InternalServerError",
    "InvalidResponseError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RedirectError",
    "UnprocessableEntityError",
    "api_error",
    "invalid_response",
    "mask_secrets",
    "provider_timeout",
]


class ConnectionsError(Exception):
    """Base of every error this SDK raises.

    Every one pickles (a ``ProcessPoolExecutor`` hands it to the parent process as itself):
    the same class, message and attributes, without the ``httpx.Response`` — whose request
    carries the token, the CSRF token and cookies, which never go into a pickle.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        state = {k: v for k, v in self.__dict__.items() if k not in _NOT_PICKLED}
        return (_restore, (type(self), self.args), state)


# Live objects that hold secrets or sockets: never part of a pickled error.
_NOT_PICKLED = frozenset({"response"})


def _restore(cls: type[ConnectionsError], args: tuple[Any, ...]) -> ConnectionsError:
    """An unpickled error: made without ``__init__`` (its state follows)."""
    return cls.__new__(cls, *args)


class ConnectionsApiError(ConnectionsError):
    """The server answered, and the answer cannot be used: the 0.x error of every such case.

    Two branches below it: ``ConnectionsStatusError`` (an error status, or a redirect not
    followed) and ``InvalidResponseError`` (a success status whose body is unusable).
    ``status_code`` is the HTTP status (``0`` for a success status whose body was unusable, as
    in 0.x), ``body`` the response text (decoded as UTF-8, at most the first 64 KiB:
    ``body_truncated`` says when it was cut), ``error`` the parsed ``ErrorBody`` when the
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
        body_truncated: bool = False,
    ) -> None:
        super().__init__(message)
        self.message: str = message
        """The one-line description: method, path, status and what went wrong."""
        self.status_code: int = status_code
        """The HTTP status (``0`` for a success status whose body was unusable, as in 0.x)."""
        self.body: str = body
        """The response text, decoded as UTF-8, at most its first 64 KiB."""
        self.response: httpx.Response | None = response
        """The ``httpx.Response`` (``None`` after unpickling: it holds the credentials)."""
        self.error: m.ErrorBody | None = error
        """The parsed ``ErrorBody`` when the body was a JSON object, else ``None``."""
        self.body_truncated: bool = body_truncated
        """Whether ``body`` was cut at 64 KiB."""

    @property
    def request_id(self) -> str | None:
        """The server's id of the request, for support: the error body's ``request_id``, else
        the response's ``X-Request-Id`` header; None when neither was sent."""
        if self.response is None and "_request_id" in self.__dict__:  # unpickled
            found: str | None = self.__dict__["_request_id"]
            return found
        return _request_id(self.error, self.response)

    def __reduce__(self) -> tuple[Any, ...]:
        restore, args, state = super().__reduce__()
        return restore, args, {**state, "response": None, "_request_id": self.request_id}


class ConnectionsStatusError(ConnectionsApiError):
    """The server answered with a status outside 2xx; ``status_code`` is that status.

    The base of every error of an HTTP status (the named ones below, and any other status, e.g.
    418, as itself), apart from an unusable body under a success status, which is an
    ``InvalidResponseError``.
    """


class BadRequestError(ConnectionsStatusError):
    """HTTP 400."""


class AuthenticationError(ConnectionsStatusError):
    """HTTP 401: the token or session is missing or not valid."""


class PermissionDeniedError(ConnectionsStatusError):
    """HTTP 403."""


class NotFoundError(ConnectionsStatusError):
    """HTTP 404."""


class ConflictError(ConnectionsStatusError):
    """HTTP 409, e.g. a pinned action ``version`` that does not match.

    ``available_versions`` lists the versions the server offers.
    """

    @property
    def available_versions(self) -> list[str]:
        """The versions the server offers (empty when it did not say)."""
        return [] if self.error is None else list(self.error.available_versions)


class UnprocessableEntityError(ConnectionsStatusError):
    """HTTP 422: the request did not validate."""


class RateLimitError(ConnectionsStatusError):
    """HTTP 429; ``retry_after`` is the server's ``Retry-After`` in seconds when it sent one."""

    retry_after: float | None = None
    """The server's ``Retry-After`` in seconds, when it sent a usable one."""


class InternalServerError(ConnectionsStatusError):
    """HTTP 5xx (for subscribe, 502 means the provider refused and nothing was saved)."""


class InvalidResponseError(ConnectionsApiError):
    """A success status whose body is not JSON, not an object, or does not fit the model.

    Not a ``ConnectionsStatusError``: nothing failed on the server's side of HTTP. As in 0.x,
    ``status_code`` is ``0``; ``http_status`` is the status the server sent.
    """

    def __init__(
        self,
        message: str,
        *,
        http_status: int,
        body: str,
        response: httpx.Response | None = None,
        error: m.ErrorBody | None = None,
        body_truncated: bool = False,
    ) -> None:
        super().__init__(
            message,
            status_code=0,
            body=body,
            response=response,
            error=error,
            body_truncated=body_truncated,
        )
        self.http_status: int = http_status
        """The success status the server sent with the unusable body (``status_code`` is 0)."""


class RedirectError(ConnectionsStatusError):
    """A 3xx the SDK does not follow; nothing more was sent.

    The SDK follows a redirect only to the same origin (scheme, host and port), only for GET
    and DELETE, and at most 5 times: credentials never leave the configured origin and a POST
    is never re-sent or turned into a GET. ``status_code`` is the 3xx status, ``location``
    the ``Location`` header as sent (``None`` when there was none).
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        location: str | None,
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(message, status_code=status_code, body="", response=response)
        self.location: str | None = location
        """The ``Location`` header as sent (``None`` when there was none)."""


class ConnectionsConnectionError(ConnectionsError):
    """The request could not be completed (connect failure, dropped connection, ...).

    ``may_have_run`` says whether the request may have reached the server: ``True`` when it
    was sent (or may have been) and no answer came back — an action may have run, so check
    before running it again; ``False`` when it certainly never left this process (connection
    refused, name resolution, TLS, a pool timeout, a token provider that failed). The message
    says the same.
    """

    may_have_run: bool = True
    """Whether the request may have reached the server (``False``: it certainly did not)."""

    def __init__(self, message: str, *, may_have_run: bool = True) -> None:
        super().__init__(message)
        self.may_have_run = may_have_run


class ConnectionsTimeoutError(ConnectionsConnectionError):
    """The request, or a wait for a job, ran out of time."""


_BY_STATUS: dict[int, type[ConnectionsStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def _error_class(status: int) -> type[ConnectionsStatusError]:
    if status >= 500:
        return InternalServerError
    return _BY_STATUS.get(status, ConnectionsStatusError)


# What an exception keeps of a body: enough to read the error, never a whole large body.
ERROR_BODY_LIMIT = 64 * 1024


def error_text(content: bytes) -> str:
    """A body as text: UTF-8 with replacement, never a codec the server names."""
    return content[:ERROR_BODY_LIMIT].decode("utf-8", "replace")


def _parse_error_body(content: bytes) -> m.ErrorBody | None:
    try:
        # pydantic-core's parser has a depth limit: deep nesting is a ValueError, not a crash
        data = pydantic_core.from_json(content)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    try:
        return m.ErrorBody.model_validate(data)
    except ValueError:
        return None


def _cut_note(content: bytes, truncated: bool) -> str:
    if truncated or len(content) > ERROR_BODY_LIMIT:
        return f" (body cut to its first {ERROR_BODY_LIMIT // 1024} KiB)"
    return ""


def _request_id(error: m.ErrorBody | None, response: httpx.Response | None) -> str | None:
    if error is not None and error.request_id:
        return error.request_id
    if response is not None:
        header = response.headers.get("x-request-id")
        if header:
            return str(header)[:200]  # an id, not a channel for a hostile server's essay
    return None


def _with_request_id(message: str, error: m.ErrorBody | None, response: httpx.Response) -> str:
    found = _request_id(error, response)
    return f"{message} [request_id: {found}]" if found else message


def provider_timeout(seconds: float) -> ConnectionsTimeoutError:
    """The error of a token provider that used up the attempt's time."""
    return ConnectionsTimeoutError(
        f"the service token provider did not answer within the attempt's {seconds:g} s; "
        "nothing was sent",
        may_have_run=False,
    )


def mask_secrets(exc: ConnectionsApiError, secrets: tuple[str, ...]) -> None:
    """Replace every one of ``secrets`` that the server echoed (in the message, the body or
    the error model) with ``***``, in place: a debug server or gateway that repeats the token
    never gets it printed."""
    error_json = exc.error.model_dump_json(by_alias=True) if exc.error is not None else ""
    text = f"{exc.message}\n{exc.body}\n{error_json}"
    found = sorted((s for s in secrets if s and s in text), key=len, reverse=True)
    if not found:
        return

    def hide(value: str) -> str:
        for secret in found:
            value = value.replace(secret, "***")
        return value

    exc.message = hide(exc.message)
    exc.args = (exc.message, *exc.args[1:])
    exc.body = hide(exc.body)
    if exc.error is not None:
        exc.error = m.ErrorBody.model_validate_json(hide(error_json))


def api_error(
    method: str, path: str, response: httpx.Response, content: bytes, truncated: bool = False
) -> ConnectionsStatusError:
    """The exception for a status outside 2xx; the message names method, path, status, reason.

    ``content`` is the (decoded) body as read; ``truncated`` says the read stopped early.
    """
    status = response.status_code
    error = None if truncated else _parse_error_body(content)
    detail = ""
    if error is not None:
        detail = str(error.message or error.error or "")
    if not detail:
        detail = response.reason_phrase or "error"
    message = f"{method} {path} -> HTTP {status}: {detail}{_cut_note(content, truncated)}"
    if error is not None and error.available_versions:
        message += f" (available versions: {', '.join(map(str, error.available_versions))})"
    return _error_class(status)(
        _with_request_id(message, error, response),
        status_code=status,
        body=error_text(content),
        response=response,
        error=error,
        body_truncated=truncated or len(content) > ERROR_BODY_LIMIT,
    )


def invalid_response(
    method: str, path: str, response: httpx.Response, reason: str, content: bytes = b""
) -> InvalidResponseError:
    """A success status with a body that cannot be used (``status_code`` 0 as in 0.x)."""
    error = _parse_error_body(content) if len(content) <= ERROR_BODY_LIMIT else None
    message = f"{method} {path} -> HTTP {response.status_code}: {reason}{_cut_note(content, False)}"
    return InvalidResponseError(
        _with_request_id(message, error, response),
        http_status=response.status_code,
        body=error_text(content),
        response=response,
        error=error,
        body_truncated=len(content) > ERROR_BODY_LIMIT,
    )
