# GENERATED CODE - DO NOT EDIT.
# Source: openapi/connections-v1.yaml (the operations tagged "executors"), by codegen/executors.py
# Regenerate with: python -m codegen   (check with: python -m codegen --check)
"""The typed executors: one real method per executor operation, fluent and flat.

Fluent: ``client.connection(slug).http().get(...)`` (the scopes below). Flat:
``client.execute_http_get(slug, ...)`` (``_AsyncFlatExecutors``, a base of the client). Both build
the request with the same ``ExecutorRoute``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, overload

from facilio_connections_sdk import models as m
from facilio_connections_sdk._async.transport import AsyncTransport
from facilio_connections_sdk._request import AnyBody
from facilio_connections_sdk._routes import ExecutorRoute

__all__ = ["AsyncFileScope", "AsyncHttpScope", "AsyncSqlScope"]

Body = Mapping[str, Any]


class _AsyncScope:
    """A fluent scope: the transport and the connection it is bound to."""

    __slots__ = ("_slug", "_transport")

    def __init__(self, transport: AsyncTransport, slug: str) -> None:
        self._transport = transport
        self._slug = slug


_HTTP_GET: ExecutorRoute[m.HttpParameters] = ExecutorRoute("http/get", "HttpParameters")
_HTTP_POST: ExecutorRoute[m.HttpParameters] = ExecutorRoute("http/post", "HttpParameters")
_HTTP_PATCH: ExecutorRoute[m.HttpParameters] = ExecutorRoute("http/patch", "HttpParameters")
_HTTP_PUT: ExecutorRoute[m.HttpParameters] = ExecutorRoute("http/put", "HttpParameters")
_HTTP_DELETE: ExecutorRoute[m.HttpParameters] = ExecutorRoute("http/delete", "HttpParameters")
_FILE_READ_FILE: ExecutorRoute[m.ReadFileParameters] = ExecutorRoute(
    "file/readFile", "ReadFileParameters", "FileReadExecutionResult"
)
_FILE_UPLOAD_FILE: ExecutorRoute[m.UploadFileParameters] = ExecutorRoute(
    "file/uploadFile", "UploadFileParameters"
)
_FILE_APPEND_FILE: ExecutorRoute[m.AppendFileParameters] = ExecutorRoute(
    "file/appendFile", "AppendFileParameters"
)
_FILE_LIST_FILES: ExecutorRoute[m.ListFilesParameters] = ExecutorRoute(
    "file/listFiles", "ListFilesParameters", "FileListExecutionResult"
)
_FILE_RENAME_FILE: ExecutorRoute[m.RenameFileParameters] = ExecutorRoute(
    "file/renameFile", "RenameFileParameters"
)
_FILE_MOVE_FILE: ExecutorRoute[m.MoveFileParameters] = ExecutorRoute(
    "file/moveFile", "MoveFileParameters"
)
_FILE_DELETE_FILE: ExecutorRoute[m.DeleteFileParameters] = ExecutorRoute(
    "file/deleteFile", "DeleteFileParameters"
)
_SQL_QUERY: ExecutorRoute[m.SqlQuery] = ExecutorRoute("sql/query", "SqlQuery", "SqlExecutionResult")
_SQL_SELECT: ExecutorRoute[m.SqlSelect] = ExecutorRoute(
    "sql/select", "SqlSelect", "SqlExecutionResult"
)
_SQL_INSERT: ExecutorRoute[m.SqlInsert] = ExecutorRoute(
    "sql/insert", "SqlInsert", "SqlExecutionResult"
)
_SQL_UPDATE: ExecutorRoute[m.SqlUpdate] = ExecutorRoute(
    "sql/update", "SqlUpdate", "SqlExecutionResult"
)
_SQL_DELETE: ExecutorRoute[m.SqlDelete] = ExecutorRoute(
    "sql/delete", "SqlDelete", "SqlExecutionResult"
)
_SQL_EXECUTE: ExecutorRoute[m.SqlExecute] = ExecutorRoute(
    "sql/execute", "SqlExecute", "SqlExecutionResult"
)


class AsyncHttpScope(_AsyncScope):
    """``client.connection(slug).http()``.

    HTTP requests through the connection's base URL and stored credentials.
    """

    __slots__ = ()

    @overload
    async def get(
        self,
        parameters: m.HttpParameters | m.HttpParametersParams | AnyBody | None = None,
        *,
        async_: Literal[False] = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    @overload
    async def get(
        self,
        parameters: m.HttpParameters | m.HttpParametersParams | AnyBody | None = None,
        *,
        async_: Literal[True],
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.QueuedExecution: ...
    @overload
    async def get(
        self,
        parameters: m.HttpParameters | m.HttpParametersParams | AnyBody | None = None,
        *,
        async_: bool,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    async def get(
        self,
        parameters: m.HttpParameters | m.HttpParametersParams | AnyBody | None = None,
        *,
        async_: bool = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult:
        """Send a GET through an HTTP connection.

        ``POST /connections/{slug}/http/get``. Runs an HTTP GET against the connection's base URL
        with the connection's stored credentials. `path` (appended to the base URL; the base URL
        itself when left out), `query`, `headers` and `body` shape the request; the remote API's
        answer is the `result`. With `async=true` the run is queued and the answer carries a
        `job_id` to poll at `/jobs/{job_id}`; `timeout_ms` bounds the run on the server. Not
        idempotent: a client must not re-send it once it may have reached the server.

        Args:
            parameters: A ``HttpParameters``, or a dict with its wire keys (a literal is checked key
                by key against ``HttpParametersParams`` by type checkers; any dict against the model
                before anything is sent, then sent as written).
            async_: Queue the run and answer at once with a ``job_id`` (``?async=true``); wait for
                it with ``wait_for_job``.
            timeout_ms: How long the server may run it, in milliseconds.
            version: Pin the action version; a mismatch raises ``ConflictError``.
            account_slug: The connected account to run as (never over one in the body).
            options: Execution options (``source``, ``purpose``, ``debug``, ...) for the body.
            **extra_options: More execution options; they win over ``options``.

        Returns:
            The ``ExecutionResult``: ``status``, ``result``, ``error``; with ``async_=True`` a
            ``QueuedExecution``, whose ``job_id`` is always a ``str``.

        Raises:
            ValueError: Bad input, found before anything is sent.
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        call = _HTTP_GET.call(
            self._slug,
            parameters,
            async_,
            timeout_ms,
            version,
            account_slug,
            options,
            extra_options,
        )
        return await self._transport.send(call)

    @overload
    async def post(
        self,
        parameters: m.HttpParameters | m.HttpParametersParams | AnyBody | None = None,
        *,
        async_: Literal[False] = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    @overload
    async def post(
        self,
        parameters: m.HttpParameters | m.HttpParametersParams | AnyBody | None = None,
        *,
        async_: Literal[True],
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.QueuedExecution: ...
    @overload
    async def post(
        self,
        parameters: m.HttpParameters | m.HttpParametersParams | AnyBody | None = None,
        *,
        async_: bool,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    async def post(
        self,
        parameters: m.HttpParameters | m.HttpParametersParams | AnyBody | None = None,
        *,
        async_: bool = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult:
        """Send a POST through an HTTP connection.

        ``POST /connections/{slug}/http/post``. Runs an HTTP POST against the connection's base URL
        with the connection's stored credentials. `path` (appended to the base URL; the base URL
        itself when left out), `query`, `headers` and `body` shape the request; the remote API's
        answer is the `result`. With `async=true` the run is queued and the answer carries a
        `job_id` to poll at `/jobs/{job_id}`; `timeout_ms` bounds the run on the server. Not
        idempotent: a client must not re-send it once it may have reached the server.

        Args:
            parameters: A ``HttpParameters``, or a dict with its wire keys (a literal is checked key
                by key against ``HttpParametersParams`` by type checkers; any dict against the model
                before anything is sent, then sent as written).
            async_: Queue the run and answer at once with a ``job_id`` (``?async=true``); wait for
                it with ``wait_for_job``.
            timeout_ms: How long the server may run it, in milliseconds.
            version: Pin the action version; a mismatch raises ``ConflictError``.
            account_slug: The connected account to run as (never over one in the body).
            options: Execution options (``source``, ``purpose``, ``debug``, ...) for the body.
            **extra_options: More execution options; they win over ``options``.

        Returns:
            The ``ExecutionResult``: ``status``, ``result``, ``error``; with ``async_=True`` a
            ``QueuedExecution``, whose ``job_id`` is always a ``str``.

        Raises:
            ValueError: Bad input, found before anything is sent.
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        call = _HTTP_POST.call(
            self._slug,
            parameters,
            async_,
            timeout_ms,
            version,
            account_slug,
            options,
            extra_options,
        )
        return await self._transport.send(call)

    @overload
    async def patch(
        self,
        parameters: m.HttpParameters | m.HttpParametersParams | AnyBody | None = None,
        *,
        async_: Literal[False] = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    @overload
    async def patch(
        self,
        parameters: m.HttpParameters | m.HttpParametersParams | AnyBody | None = None,
        *,
        async_: Literal[True],
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.QueuedExecution: ...
    @overload
    async def patch(
        self,
        parameters: m.HttpParameters | m.HttpParametersParams | AnyBody | None = None,
        *,
        async_: bool,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    async def patch(
        self,
        parameters: m.HttpParameters | m.HttpParametersParams | AnyBody | None = None,
        *,
        async_: bool = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult:
        """Send a PATCH through an HTTP connection.

        ``POST /connections/{slug}/http/patch``. Runs an HTTP PATCH against the connection's base
        URL with the connection's stored credentials. `path` (appended to the base URL; the base URL
        itself when left out), `query`, `headers` and `body` shape the request; the remote API's
        answer is the `result`. With `async=true` the run is queued and the answer carries a
        `job_id` to poll at `/jobs/{job_id}`; `timeout_ms` bounds the run on the server. Not
        idempotent: a client must not re-send it once it may have reached the server.

        Args:
            parameters: A ``HttpParameters``, or a dict with its wire keys (a literal is checked key
                by key against ``HttpParametersParams`` by type checkers; any dict against the model
                before anything is sent, then sent as written).
            async_: Queue the run and answer at once with a ``job_id`` (``?async=true``); wait for
                it with ``wait_for_job``.
            timeout_ms: How long the server may run it, in milliseconds.
            version: Pin the action version; a mismatch raises ``ConflictError``.
            account_slug: The connected account to run as (never over one in the body).
            options: Execution options (``source``, ``purpose``, ``debug``, ...) for the body.
            **extra_options: More execution options; they win over ``options``.

        Returns:
            The ``ExecutionResult``: ``status``, ``result``, ``error``; with ``async_=True`` a
            ``QueuedExecution``, whose ``job_id`` is always a ``str``.

        Raises:
            ValueError: Bad input, found before anything is sent.
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        call = _HTTP_PATCH.call(
            self._slug,
            parameters,
            async_,
            timeout_ms,
            version,
            account_slug,
            options,
            extra_options,
        )
        return await self._transport.send(call)

    @overload
    async def put(
        self,
        parameters: m.HttpParameters | m.HttpParametersParams | AnyBody | None = None,
        *,
        async_: Literal[False] = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    @overload
    async def put(
        self,
        parameters: m.HttpParameters | m.HttpParametersParams | AnyBody | None = None,
        *,
        async_: Literal[True],
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.QueuedExecution: ...
    @overload
    async def put(
        self,
        parameters: m.HttpParameters | m.HttpParametersParams | AnyBody | None = None,
        *,
        async_: bool,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    async def put(
        self,
        parameters: m.HttpParameters | m.HttpParametersParams | AnyBody | None = None,
        *,
        async_: bool = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult:
        """Send a PUT through an HTTP connection.

        ``POST /connections/{slug}/http/put``. Runs an HTTP PUT against the connection's base URL
        with the connection's stored credentials. `path` (appended to the base URL; the base URL
        itself when left out), `query`, `headers` and `body` shape the request; the remote API's
        answer is the `result`. With `async=true` the run is queued and the answer carries a
        `job_id` to poll at `/jobs/{job_id}`; `timeout_ms` bounds the run on the server. Not
        idempotent: a client must not re-send it once it may have reached the server.

        Args:
            parameters: A ``HttpParameters``, or a dict with its wire keys (a literal is checked key
                by key against ``HttpParametersParams`` by type checkers; any dict against the model
                before anything is sent, then sent as written).
            async_: Queue the run and answer at once with a ``job_id`` (``?async=true``); wait for
                it with ``wait_for_job``.
            timeout_ms: How long the server may run it, in milliseconds.
            version: Pin the action version; a mismatch raises ``ConflictError``.
            account_slug: The connected account to run as (never over one in the body).
            options: Execution options (``source``, ``purpose``, ``debug``, ...) for the body.
            **extra_options: More execution options; they win over ``options``.

        Returns:
            The ``ExecutionResult``: ``status``, ``result``, ``error``; with ``async_=True`` a
            ``QueuedExecution``, whose ``job_id`` is always a ``str``.

        Raises:
            ValueError: Bad input, found before anything is sent.
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        call = _HTTP_PUT.call(
            self._slug,
            parameters,
            async_,
            timeout_ms,
            version,
            account_slug,
            options,
            extra_options,
        )
        return await self._transport.send(call)

    @overload
    async def delete(
        self,
        parameters: m.HttpParameters | m.HttpParametersParams | AnyBody | None = None,
        *,
        async_: Literal[False] = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    @overload
    async def delete(
        self,
        parameters: m.HttpParameters | m.HttpParametersParams | AnyBody | None = None,
        *,
        async_: Literal[True],
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.QueuedExecution: ...
    @overload
    async def delete(
        self,
        parameters: m.HttpParameters | m.HttpParametersParams | AnyBody | None = None,
        *,
        async_: bool,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    async def delete(
        self,
        parameters: m.HttpParameters | m.HttpParametersParams | AnyBody | None = None,
        *,
        async_: bool = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult:
        """Send a DELETE through an HTTP connection.

        ``POST /connections/{slug}/http/delete``. Runs an HTTP DELETE against the connection's base
        URL with the connection's stored credentials. `path` (appended to the base URL; the base URL
        itself when left out), `query`, `headers` and `body` shape the request; the remote API's
        answer is the `result`. With `async=true` the run is queued and the answer carries a
        `job_id` to poll at `/jobs/{job_id}`; `timeout_ms` bounds the run on the server. Not
        idempotent: a client must not re-send it once it may have reached the server.

        Args:
            parameters: A ``HttpParameters``, or a dict with its wire keys (a literal is checked key
                by key against ``HttpParametersParams`` by type checkers; any dict against the model
                before anything is sent, then sent as written).
            async_: Queue the run and answer at once with a ``job_id`` (``?async=true``); wait for
                it with ``wait_for_job``.
            timeout_ms: How long the server may run it, in milliseconds.
            version: Pin the action version; a mismatch raises ``ConflictError``.
            account_slug: The connected account to run as (never over one in the body).
            options: Execution options (``source``, ``purpose``, ``debug``, ...) for the body.
            **extra_options: More execution options; they win over ``options``.

        Returns:
            The ``ExecutionResult``: ``status``, ``result``, ``error``; with ``async_=True`` a
            ``QueuedExecution``, whose ``job_id`` is always a ``str``.

        Raises:
            ValueError: Bad input, found before anything is sent.
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        call = _HTTP_DELETE.call(
            self._slug,
            parameters,
            async_,
            timeout_ms,
            version,
            account_slug,
            options,
            extra_options,
        )
        return await self._transport.send(call)


class AsyncFileScope(_AsyncScope):
    """``client.connection(slug).file()``.

    Files on a file (FS) connection.
    """

    __slots__ = ()

    @overload
    async def read(
        self,
        parameters: m.ReadFileParameters | m.ReadFileParametersParams | AnyBody | None = None,
        *,
        async_: Literal[False] = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.FileReadExecutionResult: ...
    @overload
    async def read(
        self,
        parameters: m.ReadFileParameters | m.ReadFileParametersParams | AnyBody | None = None,
        *,
        async_: Literal[True],
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.QueuedExecution: ...
    @overload
    async def read(
        self,
        parameters: m.ReadFileParameters | m.ReadFileParametersParams | AnyBody | None = None,
        *,
        async_: bool,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    async def read(
        self,
        parameters: m.ReadFileParameters | m.ReadFileParametersParams | AnyBody | None = None,
        *,
        async_: bool = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult:
        """Read a file on a file connection.

        ``POST /connections/{slug}/file/readFile``. Reads the file at `path`; the `result` carries
        its content. With `async=true` the run is queued and the answer carries a `job_id` to poll
        at `/jobs/{job_id}`; `timeout_ms` bounds the run on the server. Not idempotent: a client
        must not re-send it once it may have reached the server.

        Args:
            parameters: A ``ReadFileParameters``, or a dict with its wire keys (a literal is checked
                key by key against ``ReadFileParametersParams`` by type checkers; any dict against
                the model before anything is sent, then sent as written).
            async_: Queue the run and answer at once with a ``job_id`` (``?async=true``); wait for
                it with ``wait_for_job``.
            timeout_ms: How long the server may run it, in milliseconds.
            version: Pin the action version; a mismatch raises ``ConflictError``.
            account_slug: The connected account to run as (never over one in the body).
            options: Execution options (``source``, ``purpose``, ``debug``, ...) for the body.
            **extra_options: More execution options; they win over ``options``.

        Returns:
            The ``FileReadExecutionResult``: ``status``, ``result``, ``error``; with ``async_=True``
            a ``QueuedExecution``, whose ``job_id`` is always a ``str``. Read the content typed with
            ``.file``.

        Raises:
            ValueError: Bad input, found before anything is sent.
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        call = _FILE_READ_FILE.call(
            self._slug,
            parameters,
            async_,
            timeout_ms,
            version,
            account_slug,
            options,
            extra_options,
        )
        return await self._transport.send(call)

    @overload
    async def upload(
        self,
        parameters: m.UploadFileParameters | m.UploadFileParametersParams | AnyBody | None = None,
        *,
        async_: Literal[False] = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    @overload
    async def upload(
        self,
        parameters: m.UploadFileParameters | m.UploadFileParametersParams | AnyBody | None = None,
        *,
        async_: Literal[True],
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.QueuedExecution: ...
    @overload
    async def upload(
        self,
        parameters: m.UploadFileParameters | m.UploadFileParametersParams | AnyBody | None = None,
        *,
        async_: bool,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    async def upload(
        self,
        parameters: m.UploadFileParameters | m.UploadFileParametersParams | AnyBody | None = None,
        *,
        async_: bool = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult:
        """Write a file on a file connection.

        ``POST /connections/{slug}/file/uploadFile``. Writes `content` (text, or base64 when
        `encoding` is `base64`) to `path`; an existing file is replaced only when `overwrite` is
        true. With `async=true` the run is queued and the answer carries a `job_id` to poll at
        `/jobs/{job_id}`; `timeout_ms` bounds the run on the server. Not idempotent: a client must
        not re-send it once it may have reached the server.

        Args:
            parameters: A ``UploadFileParameters``, or a dict with its wire keys (a literal is
                checked key by key against ``UploadFileParametersParams`` by type checkers; any dict
                against the model before anything is sent, then sent as written).
            async_: Queue the run and answer at once with a ``job_id`` (``?async=true``); wait for
                it with ``wait_for_job``.
            timeout_ms: How long the server may run it, in milliseconds.
            version: Pin the action version; a mismatch raises ``ConflictError``.
            account_slug: The connected account to run as (never over one in the body).
            options: Execution options (``source``, ``purpose``, ``debug``, ...) for the body.
            **extra_options: More execution options; they win over ``options``.

        Returns:
            The ``ExecutionResult``: ``status``, ``result``, ``error``; with ``async_=True`` a
            ``QueuedExecution``, whose ``job_id`` is always a ``str``.

        Raises:
            ValueError: Bad input, found before anything is sent.
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        call = _FILE_UPLOAD_FILE.call(
            self._slug,
            parameters,
            async_,
            timeout_ms,
            version,
            account_slug,
            options,
            extra_options,
        )
        return await self._transport.send(call)

    @overload
    async def append(
        self,
        parameters: m.AppendFileParameters | m.AppendFileParametersParams | AnyBody | None = None,
        *,
        async_: Literal[False] = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    @overload
    async def append(
        self,
        parameters: m.AppendFileParameters | m.AppendFileParametersParams | AnyBody | None = None,
        *,
        async_: Literal[True],
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.QueuedExecution: ...
    @overload
    async def append(
        self,
        parameters: m.AppendFileParameters | m.AppendFileParametersParams | AnyBody | None = None,
        *,
        async_: bool,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    async def append(
        self,
        parameters: m.AppendFileParameters | m.AppendFileParametersParams | AnyBody | None = None,
        *,
        async_: bool = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult:
        """Append to a file on a file connection.

        ``POST /connections/{slug}/file/appendFile``. Appends `content` (text, or base64 when
        `encoding` is `base64`) to the file at `path`, creating it when missing. With `async=true`
        the run is queued and the answer carries a `job_id` to poll at `/jobs/{job_id}`;
        `timeout_ms` bounds the run on the server. Not idempotent: a client must not re-send it once
        it may have reached the server.

        Args:
            parameters: A ``AppendFileParameters``, or a dict with its wire keys (a literal is
                checked key by key against ``AppendFileParametersParams`` by type checkers; any dict
                against the model before anything is sent, then sent as written).
            async_: Queue the run and answer at once with a ``job_id`` (``?async=true``); wait for
                it with ``wait_for_job``.
            timeout_ms: How long the server may run it, in milliseconds.
            version: Pin the action version; a mismatch raises ``ConflictError``.
            account_slug: The connected account to run as (never over one in the body).
            options: Execution options (``source``, ``purpose``, ``debug``, ...) for the body.
            **extra_options: More execution options; they win over ``options``.

        Returns:
            The ``ExecutionResult``: ``status``, ``result``, ``error``; with ``async_=True`` a
            ``QueuedExecution``, whose ``job_id`` is always a ``str``.

        Raises:
            ValueError: Bad input, found before anything is sent.
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        call = _FILE_APPEND_FILE.call(
            self._slug,
            parameters,
            async_,
            timeout_ms,
            version,
            account_slug,
            options,
            extra_options,
        )
        return await self._transport.send(call)

    @overload
    async def list_files(
        self,
        parameters: m.ListFilesParameters | m.ListFilesParametersParams | AnyBody | None = None,
        *,
        async_: Literal[False] = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.FileListExecutionResult: ...
    @overload
    async def list_files(
        self,
        parameters: m.ListFilesParameters | m.ListFilesParametersParams | AnyBody | None = None,
        *,
        async_: Literal[True],
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.QueuedExecution: ...
    @overload
    async def list_files(
        self,
        parameters: m.ListFilesParameters | m.ListFilesParametersParams | AnyBody | None = None,
        *,
        async_: bool,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    async def list_files(
        self,
        parameters: m.ListFilesParameters | m.ListFilesParametersParams | AnyBody | None = None,
        *,
        async_: bool = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult:
        """List files on a file connection.

        ``POST /connections/{slug}/file/listFiles``. Lists the entries under the directory `path`;
        with `recursive`, the whole tree below it. With `async=true` the run is queued and the
        answer carries a `job_id` to poll at `/jobs/{job_id}`; `timeout_ms` bounds the run on the
        server. Not idempotent: a client must not re-send it once it may have reached the server.

        Args:
            parameters: A ``ListFilesParameters``, or a dict with its wire keys (a literal is
                checked key by key against ``ListFilesParametersParams`` by type checkers; any dict
                against the model before anything is sent, then sent as written).
            async_: Queue the run and answer at once with a ``job_id`` (``?async=true``); wait for
                it with ``wait_for_job``.
            timeout_ms: How long the server may run it, in milliseconds.
            version: Pin the action version; a mismatch raises ``ConflictError``.
            account_slug: The connected account to run as (never over one in the body).
            options: Execution options (``source``, ``purpose``, ``debug``, ...) for the body.
            **extra_options: More execution options; they win over ``options``.

        Returns:
            The ``FileListExecutionResult``: ``status``, ``result``, ``error``; with ``async_=True``
            a ``QueuedExecution``, whose ``job_id`` is always a ``str``. Read the entries typed with
            ``.listing``.

        Raises:
            ValueError: Bad input, found before anything is sent.
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        call = _FILE_LIST_FILES.call(
            self._slug,
            parameters,
            async_,
            timeout_ms,
            version,
            account_slug,
            options,
            extra_options,
        )
        return await self._transport.send(call)

    @overload
    async def rename(
        self,
        parameters: m.RenameFileParameters | m.RenameFileParametersParams | AnyBody | None = None,
        *,
        async_: Literal[False] = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    @overload
    async def rename(
        self,
        parameters: m.RenameFileParameters | m.RenameFileParametersParams | AnyBody | None = None,
        *,
        async_: Literal[True],
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.QueuedExecution: ...
    @overload
    async def rename(
        self,
        parameters: m.RenameFileParameters | m.RenameFileParametersParams | AnyBody | None = None,
        *,
        async_: bool,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    async def rename(
        self,
        parameters: m.RenameFileParameters | m.RenameFileParametersParams | AnyBody | None = None,
        *,
        async_: bool = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult:
        """Rename a file on a file connection.

        ``POST /connections/{slug}/file/renameFile``. Gives the file at `path` the name `new_name`,
        in the same directory. With `async=true` the run is queued and the answer carries a `job_id`
        to poll at `/jobs/{job_id}`; `timeout_ms` bounds the run on the server. Not idempotent: a
        client must not re-send it once it may have reached the server.

        Args:
            parameters: A ``RenameFileParameters``, or a dict with its wire keys (a literal is
                checked key by key against ``RenameFileParametersParams`` by type checkers; any dict
                against the model before anything is sent, then sent as written).
            async_: Queue the run and answer at once with a ``job_id`` (``?async=true``); wait for
                it with ``wait_for_job``.
            timeout_ms: How long the server may run it, in milliseconds.
            version: Pin the action version; a mismatch raises ``ConflictError``.
            account_slug: The connected account to run as (never over one in the body).
            options: Execution options (``source``, ``purpose``, ``debug``, ...) for the body.
            **extra_options: More execution options; they win over ``options``.

        Returns:
            The ``ExecutionResult``: ``status``, ``result``, ``error``; with ``async_=True`` a
            ``QueuedExecution``, whose ``job_id`` is always a ``str``.

        Raises:
            ValueError: Bad input, found before anything is sent.
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        call = _FILE_RENAME_FILE.call(
            self._slug,
            parameters,
            async_,
            timeout_ms,
            version,
            account_slug,
            options,
            extra_options,
        )
        return await self._transport.send(call)

    @overload
    async def move(
        self,
        parameters: m.MoveFileParameters | m.MoveFileParametersParams | AnyBody | None = None,
        *,
        async_: Literal[False] = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    @overload
    async def move(
        self,
        parameters: m.MoveFileParameters | m.MoveFileParametersParams | AnyBody | None = None,
        *,
        async_: Literal[True],
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.QueuedExecution: ...
    @overload
    async def move(
        self,
        parameters: m.MoveFileParameters | m.MoveFileParametersParams | AnyBody | None = None,
        *,
        async_: bool,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    async def move(
        self,
        parameters: m.MoveFileParameters | m.MoveFileParametersParams | AnyBody | None = None,
        *,
        async_: bool = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult:
        """Move a file on a file connection.

        ``POST /connections/{slug}/file/moveFile``. Moves the file at `source` to `destination`.
        With `async=true` the run is queued and the answer carries a `job_id` to poll at
        `/jobs/{job_id}`; `timeout_ms` bounds the run on the server. Not idempotent: a client must
        not re-send it once it may have reached the server.

        Args:
            parameters: A ``MoveFileParameters``, or a dict with its wire keys (a literal is checked
                key by key against ``MoveFileParametersParams`` by type checkers; any dict against
                the model before anything is sent, then sent as written).
            async_: Queue the run and answer at once with a ``job_id`` (``?async=true``); wait for
                it with ``wait_for_job``.
            timeout_ms: How long the server may run it, in milliseconds.
            version: Pin the action version; a mismatch raises ``ConflictError``.
            account_slug: The connected account to run as (never over one in the body).
            options: Execution options (``source``, ``purpose``, ``debug``, ...) for the body.
            **extra_options: More execution options; they win over ``options``.

        Returns:
            The ``ExecutionResult``: ``status``, ``result``, ``error``; with ``async_=True`` a
            ``QueuedExecution``, whose ``job_id`` is always a ``str``.

        Raises:
            ValueError: Bad input, found before anything is sent.
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        call = _FILE_MOVE_FILE.call(
            self._slug,
            parameters,
            async_,
            timeout_ms,
            version,
            account_slug,
            options,
            extra_options,
        )
        return await self._transport.send(call)

    @overload
    async def delete(
        self,
        parameters: m.DeleteFileParameters | m.DeleteFileParametersParams | AnyBody | None = None,
        *,
        async_: Literal[False] = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    @overload
    async def delete(
        self,
        parameters: m.DeleteFileParameters | m.DeleteFileParametersParams | AnyBody | None = None,
        *,
        async_: Literal[True],
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.QueuedExecution: ...
    @overload
    async def delete(
        self,
        parameters: m.DeleteFileParameters | m.DeleteFileParametersParams | AnyBody | None = None,
        *,
        async_: bool,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    async def delete(
        self,
        parameters: m.DeleteFileParameters | m.DeleteFileParametersParams | AnyBody | None = None,
        *,
        async_: bool = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult:
        """Delete a file on a file connection.

        ``POST /connections/{slug}/file/deleteFile``. Deletes the file at `path`. With `async=true`
        the run is queued and the answer carries a `job_id` to poll at `/jobs/{job_id}`;
        `timeout_ms` bounds the run on the server. Not idempotent: a client must not re-send it once
        it may have reached the server.

        Args:
            parameters: A ``DeleteFileParameters``, or a dict with its wire keys (a literal is
                checked key by key against ``DeleteFileParametersParams`` by type checkers; any dict
                against the model before anything is sent, then sent as written).
            async_: Queue the run and answer at once with a ``job_id`` (``?async=true``); wait for
                it with ``wait_for_job``.
            timeout_ms: How long the server may run it, in milliseconds.
            version: Pin the action version; a mismatch raises ``ConflictError``.
            account_slug: The connected account to run as (never over one in the body).
            options: Execution options (``source``, ``purpose``, ``debug``, ...) for the body.
            **extra_options: More execution options; they win over ``options``.

        Returns:
            The ``ExecutionResult``: ``status``, ``result``, ``error``; with ``async_=True`` a
            ``QueuedExecution``, whose ``job_id`` is always a ``str``.

        Raises:
            ValueError: Bad input, found before anything is sent.
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        call = _FILE_DELETE_FILE.call(
            self._slug,
            parameters,
            async_,
            timeout_ms,
            version,
            account_slug,
            options,
            extra_options,
        )
        return await self._transport.send(call)


class AsyncSqlScope(_AsyncScope):
    """``client.connection(slug).sql()``.

    Tables and statements on a SQL connection.
    """

    __slots__ = ()

    @overload
    async def query(
        self,
        parameters: m.SqlQuery | m.SqlQueryParams | AnyBody | None = None,
        *,
        async_: Literal[False] = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.SqlExecutionResult: ...
    @overload
    async def query(
        self,
        parameters: m.SqlQuery | m.SqlQueryParams | AnyBody | None = None,
        *,
        async_: Literal[True],
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.QueuedExecution: ...
    @overload
    async def query(
        self,
        parameters: m.SqlQuery | m.SqlQueryParams | AnyBody | None = None,
        *,
        async_: bool,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    async def query(
        self,
        parameters: m.SqlQuery | m.SqlQueryParams | AnyBody | None = None,
        *,
        async_: bool = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult:
        """Run a SQL query on a SQL connection.

        ``POST /connections/{slug}/sql/query``. Runs the read query `query` with bound `params` (a
        list for positional, a map for named placeholders); the `result` holds the rows. With
        `async=true` the run is queued and the answer carries a `job_id` to poll at
        `/jobs/{job_id}`; `timeout_ms` bounds the run on the server. Not idempotent: a client must
        not re-send it once it may have reached the server.

        Args:
            parameters: A ``SqlQuery``, or a dict with its wire keys (a literal is checked key by
                key against ``SqlQueryParams`` by type checkers; any dict against the model before
                anything is sent, then sent as written).
            async_: Queue the run and answer at once with a ``job_id`` (``?async=true``); wait for
                it with ``wait_for_job``.
            timeout_ms: How long the server may run it, in milliseconds.
            version: Pin the action version; a mismatch raises ``ConflictError``.
            account_slug: The connected account to run as (never over one in the body).
            options: Execution options (``source``, ``purpose``, ``debug``, ...) for the body.
            **extra_options: More execution options; they win over ``options``.

        Returns:
            The ``SqlExecutionResult``: ``status``, ``result``, ``error``; with ``async_=True`` a
            ``QueuedExecution``, whose ``job_id`` is always a ``str``. Read the rows typed with
            ``.sql``.

        Raises:
            ValueError: Bad input, found before anything is sent.
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        call = _SQL_QUERY.call(
            self._slug,
            parameters,
            async_,
            timeout_ms,
            version,
            account_slug,
            options,
            extra_options,
        )
        return await self._transport.send(call)

    @overload
    async def select(
        self,
        parameters: m.SqlSelect | m.SqlSelectParams | AnyBody | None = None,
        *,
        async_: Literal[False] = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.SqlExecutionResult: ...
    @overload
    async def select(
        self,
        parameters: m.SqlSelect | m.SqlSelectParams | AnyBody | None = None,
        *,
        async_: Literal[True],
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.QueuedExecution: ...
    @overload
    async def select(
        self,
        parameters: m.SqlSelect | m.SqlSelectParams | AnyBody | None = None,
        *,
        async_: bool,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    async def select(
        self,
        parameters: m.SqlSelect | m.SqlSelectParams | AnyBody | None = None,
        *,
        async_: bool = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult:
        """Select rows from a table.

        ``POST /connections/{slug}/sql/select``. Selects `columns` (all when left out) from `table`,
        filtered by the equality map `where`, ordered by `order_by` (a leading `-` sorts
        descending), paged by `limit` and `offset`. With `async=true` the run is queued and the
        answer carries a `job_id` to poll at `/jobs/{job_id}`; `timeout_ms` bounds the run on the
        server. Not idempotent: a client must not re-send it once it may have reached the server.

        Args:
            parameters: A ``SqlSelect``, or a dict with its wire keys (a literal is checked key by
                key against ``SqlSelectParams`` by type checkers; any dict against the model before
                anything is sent, then sent as written).
            async_: Queue the run and answer at once with a ``job_id`` (``?async=true``); wait for
                it with ``wait_for_job``.
            timeout_ms: How long the server may run it, in milliseconds.
            version: Pin the action version; a mismatch raises ``ConflictError``.
            account_slug: The connected account to run as (never over one in the body).
            options: Execution options (``source``, ``purpose``, ``debug``, ...) for the body.
            **extra_options: More execution options; they win over ``options``.

        Returns:
            The ``SqlExecutionResult``: ``status``, ``result``, ``error``; with ``async_=True`` a
            ``QueuedExecution``, whose ``job_id`` is always a ``str``. Read the rows typed with
            ``.sql``.

        Raises:
            ValueError: Bad input, found before anything is sent.
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        call = _SQL_SELECT.call(
            self._slug,
            parameters,
            async_,
            timeout_ms,
            version,
            account_slug,
            options,
            extra_options,
        )
        return await self._transport.send(call)

    @overload
    async def insert(
        self,
        parameters: m.SqlInsert | m.SqlInsertParams | AnyBody | None = None,
        *,
        async_: Literal[False] = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.SqlExecutionResult: ...
    @overload
    async def insert(
        self,
        parameters: m.SqlInsert | m.SqlInsertParams | AnyBody | None = None,
        *,
        async_: Literal[True],
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.QueuedExecution: ...
    @overload
    async def insert(
        self,
        parameters: m.SqlInsert | m.SqlInsertParams | AnyBody | None = None,
        *,
        async_: bool,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    async def insert(
        self,
        parameters: m.SqlInsert | m.SqlInsertParams | AnyBody | None = None,
        *,
        async_: bool = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult:
        """Insert rows into a table.

        ``POST /connections/{slug}/sql/insert``. Inserts each object of `rows` into `table`; keys
        are column names. With `async=true` the run is queued and the answer carries a `job_id` to
        poll at `/jobs/{job_id}`; `timeout_ms` bounds the run on the server. Not idempotent: a
        client must not re-send it once it may have reached the server.

        Args:
            parameters: A ``SqlInsert``, or a dict with its wire keys (a literal is checked key by
                key against ``SqlInsertParams`` by type checkers; any dict against the model before
                anything is sent, then sent as written).
            async_: Queue the run and answer at once with a ``job_id`` (``?async=true``); wait for
                it with ``wait_for_job``.
            timeout_ms: How long the server may run it, in milliseconds.
            version: Pin the action version; a mismatch raises ``ConflictError``.
            account_slug: The connected account to run as (never over one in the body).
            options: Execution options (``source``, ``purpose``, ``debug``, ...) for the body.
            **extra_options: More execution options; they win over ``options``.

        Returns:
            The ``SqlExecutionResult``: ``status``, ``result``, ``error``; with ``async_=True`` a
            ``QueuedExecution``, whose ``job_id`` is always a ``str``. Read the rows typed with
            ``.sql``.

        Raises:
            ValueError: Bad input, found before anything is sent.
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        call = _SQL_INSERT.call(
            self._slug,
            parameters,
            async_,
            timeout_ms,
            version,
            account_slug,
            options,
            extra_options,
        )
        return await self._transport.send(call)

    @overload
    async def update(
        self,
        parameters: m.SqlUpdate | m.SqlUpdateParams | AnyBody | None = None,
        *,
        async_: Literal[False] = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.SqlExecutionResult: ...
    @overload
    async def update(
        self,
        parameters: m.SqlUpdate | m.SqlUpdateParams | AnyBody | None = None,
        *,
        async_: Literal[True],
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.QueuedExecution: ...
    @overload
    async def update(
        self,
        parameters: m.SqlUpdate | m.SqlUpdateParams | AnyBody | None = None,
        *,
        async_: bool,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    async def update(
        self,
        parameters: m.SqlUpdate | m.SqlUpdateParams | AnyBody | None = None,
        *,
        async_: bool = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult:
        """Update rows of a table.

        ``POST /connections/{slug}/sql/update``. Sets the columns of `values` on the rows of `table`
        that match the equality map `where`. With `async=true` the run is queued and the answer
        carries a `job_id` to poll at `/jobs/{job_id}`; `timeout_ms` bounds the run on the server.
        Not idempotent: a client must not re-send it once it may have reached the server.

        Args:
            parameters: A ``SqlUpdate``, or a dict with its wire keys (a literal is checked key by
                key against ``SqlUpdateParams`` by type checkers; any dict against the model before
                anything is sent, then sent as written).
            async_: Queue the run and answer at once with a ``job_id`` (``?async=true``); wait for
                it with ``wait_for_job``.
            timeout_ms: How long the server may run it, in milliseconds.
            version: Pin the action version; a mismatch raises ``ConflictError``.
            account_slug: The connected account to run as (never over one in the body).
            options: Execution options (``source``, ``purpose``, ``debug``, ...) for the body.
            **extra_options: More execution options; they win over ``options``.

        Returns:
            The ``SqlExecutionResult``: ``status``, ``result``, ``error``; with ``async_=True`` a
            ``QueuedExecution``, whose ``job_id`` is always a ``str``. Read the rows typed with
            ``.sql``.

        Raises:
            ValueError: Bad input, found before anything is sent.
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        call = _SQL_UPDATE.call(
            self._slug,
            parameters,
            async_,
            timeout_ms,
            version,
            account_slug,
            options,
            extra_options,
        )
        return await self._transport.send(call)

    @overload
    async def delete(
        self,
        parameters: m.SqlDelete | m.SqlDeleteParams | AnyBody | None = None,
        *,
        async_: Literal[False] = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.SqlExecutionResult: ...
    @overload
    async def delete(
        self,
        parameters: m.SqlDelete | m.SqlDeleteParams | AnyBody | None = None,
        *,
        async_: Literal[True],
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.QueuedExecution: ...
    @overload
    async def delete(
        self,
        parameters: m.SqlDelete | m.SqlDeleteParams | AnyBody | None = None,
        *,
        async_: bool,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    async def delete(
        self,
        parameters: m.SqlDelete | m.SqlDeleteParams | AnyBody | None = None,
        *,
        async_: bool = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult:
        """Delete rows from a table.

        ``POST /connections/{slug}/sql/delete``. Deletes the rows of `table` that match the equality
        map `where`. With `async=true` the run is queued and the answer carries a `job_id` to poll
        at `/jobs/{job_id}`; `timeout_ms` bounds the run on the server. Not idempotent: a client
        must not re-send it once it may have reached the server.

        Args:
            parameters: A ``SqlDelete``, or a dict with its wire keys (a literal is checked key by
                key against ``SqlDeleteParams`` by type checkers; any dict against the model before
                anything is sent, then sent as written).
            async_: Queue the run and answer at once with a ``job_id`` (``?async=true``); wait for
                it with ``wait_for_job``.
            timeout_ms: How long the server may run it, in milliseconds.
            version: Pin the action version; a mismatch raises ``ConflictError``.
            account_slug: The connected account to run as (never over one in the body).
            options: Execution options (``source``, ``purpose``, ``debug``, ...) for the body.
            **extra_options: More execution options; they win over ``options``.

        Returns:
            The ``SqlExecutionResult``: ``status``, ``result``, ``error``; with ``async_=True`` a
            ``QueuedExecution``, whose ``job_id`` is always a ``str``. Read the rows typed with
            ``.sql``.

        Raises:
            ValueError: Bad input, found before anything is sent.
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        call = _SQL_DELETE.call(
            self._slug,
            parameters,
            async_,
            timeout_ms,
            version,
            account_slug,
            options,
            extra_options,
        )
        return await self._transport.send(call)

    @overload
    async def execute(
        self,
        parameters: m.SqlExecute | m.SqlExecuteParams | AnyBody | None = None,
        *,
        async_: Literal[False] = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.SqlExecutionResult: ...
    @overload
    async def execute(
        self,
        parameters: m.SqlExecute | m.SqlExecuteParams | AnyBody | None = None,
        *,
        async_: Literal[True],
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.QueuedExecution: ...
    @overload
    async def execute(
        self,
        parameters: m.SqlExecute | m.SqlExecuteParams | AnyBody | None = None,
        *,
        async_: bool,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    async def execute(
        self,
        parameters: m.SqlExecute | m.SqlExecuteParams | AnyBody | None = None,
        *,
        async_: bool = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult:
        """Execute a raw SQL statement.

        ``POST /connections/{slug}/sql/execute``. Executes `statement` with bound `params` as
        written (DDL or DML); not a saved action. With `async=true` the run is queued and the answer
        carries a `job_id` to poll at `/jobs/{job_id}`; `timeout_ms` bounds the run on the server.
        Not idempotent: a client must not re-send it once it may have reached the server.

        Args:
            parameters: A ``SqlExecute``, or a dict with its wire keys (a literal is checked key by
                key against ``SqlExecuteParams`` by type checkers; any dict against the model before
                anything is sent, then sent as written).
            async_: Queue the run and answer at once with a ``job_id`` (``?async=true``); wait for
                it with ``wait_for_job``.
            timeout_ms: How long the server may run it, in milliseconds.
            version: Pin the action version; a mismatch raises ``ConflictError``.
            account_slug: The connected account to run as (never over one in the body).
            options: Execution options (``source``, ``purpose``, ``debug``, ...) for the body.
            **extra_options: More execution options; they win over ``options``.

        Returns:
            The ``SqlExecutionResult``: ``status``, ``result``, ``error``; with ``async_=True`` a
            ``QueuedExecution``, whose ``job_id`` is always a ``str``. Read the rows typed with
            ``.sql``.

        Raises:
            ValueError: Bad input, found before anything is sent.
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        call = _SQL_EXECUTE.call(
            self._slug,
            parameters,
            async_,
            timeout_ms,
            version,
            account_slug,
            options,
            extra_options,
        )
        return await self._transport.send(call)


class _AsyncFlatExecutors:
    """The flat executors of the client: ``execute_<family>_<verb>(slug, ...)``."""

    __slots__ = ()
    _transport: AsyncTransport

    @overload
    async def execute_http_get(
        self,
        connection_slug: str,
        parameters: m.HttpParameters | m.HttpParametersParams | AnyBody | None = None,
        *,
        async_: Literal[False] = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    @overload
    async def execute_http_get(
        self,
        connection_slug: str,
        parameters: m.HttpParameters | m.HttpParametersParams | AnyBody | None = None,
        *,
        async_: Literal[True],
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.QueuedExecution: ...
    @overload
    async def execute_http_get(
        self,
        connection_slug: str,
        parameters: m.HttpParameters | m.HttpParametersParams | AnyBody | None = None,
        *,
        async_: bool,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    async def execute_http_get(
        self,
        connection_slug: str,
        parameters: m.HttpParameters | m.HttpParametersParams | AnyBody | None = None,
        *,
        async_: bool = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult:
        """Send a GET through an HTTP connection.

        ``POST /connections/{slug}/http/get``. Runs an HTTP GET against the connection's base URL
        with the connection's stored credentials. `path` (appended to the base URL; the base URL
        itself when left out), `query`, `headers` and `body` shape the request; the remote API's
        answer is the `result`. With `async=true` the run is queued and the answer carries a
        `job_id` to poll at `/jobs/{job_id}`; `timeout_ms` bounds the run on the server. Not
        idempotent: a client must not re-send it once it may have reached the server.

        Args:
            connection_slug: The connection's slug.
            parameters: A ``HttpParameters``, or a dict with its wire keys (a literal is checked key
                by key against ``HttpParametersParams`` by type checkers; any dict against the model
                before anything is sent, then sent as written).
            async_: Queue the run and answer at once with a ``job_id`` (``?async=true``); wait for
                it with ``wait_for_job``.
            timeout_ms: How long the server may run it, in milliseconds.
            version: Pin the action version; a mismatch raises ``ConflictError``.
            account_slug: The connected account to run as (never over one in the body).
            options: Execution options (``source``, ``purpose``, ``debug``, ...) for the body.
            **extra_options: More execution options; they win over ``options``.

        Returns:
            The ``ExecutionResult``: ``status``, ``result``, ``error``; with ``async_=True`` a
            ``QueuedExecution``, whose ``job_id`` is always a ``str``.

        Raises:
            ValueError: Bad input, found before anything is sent.
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        call = _HTTP_GET.call(
            connection_slug,
            parameters,
            async_,
            timeout_ms,
            version,
            account_slug,
            options,
            extra_options,
        )
        return await self._transport.send(call)

    @overload
    async def execute_http_post(
        self,
        connection_slug: str,
        parameters: m.HttpParameters | m.HttpParametersParams | AnyBody | None = None,
        *,
        async_: Literal[False] = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    @overload
    async def execute_http_post(
        self,
        connection_slug: str,
        parameters: m.HttpParameters | m.HttpParametersParams | AnyBody | None = None,
        *,
        async_: Literal[True],
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.QueuedExecution: ...
    @overload
    async def execute_http_post(
        self,
        connection_slug: str,
        parameters: m.HttpParameters | m.HttpParametersParams | AnyBody | None = None,
        *,
        async_: bool,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    async def execute_http_post(
        self,
        connection_slug: str,
        parameters: m.HttpParameters | m.HttpParametersParams | AnyBody | None = None,
        *,
        async_: bool = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult:
        """Send a POST through an HTTP connection.

        ``POST /connections/{slug}/http/post``. Runs an HTTP POST against the connection's base URL
        with the connection's stored credentials. `path` (appended to the base URL; the base URL
        itself when left out), `query`, `headers` and `body` shape the request; the remote API's
        answer is the `result`. With `async=true` the run is queued and the answer carries a
        `job_id` to poll at `/jobs/{job_id}`; `timeout_ms` bounds the run on the server. Not
        idempotent: a client must not re-send it once it may have reached the server.

        Args:
            connection_slug: The connection's slug.
            parameters: A ``HttpParameters``, or a dict with its wire keys (a literal is checked key
                by key against ``HttpParametersParams`` by type checkers; any dict against the model
                before anything is sent, then sent as written).
            async_: Queue the run and answer at once with a ``job_id`` (``?async=true``); wait for
                it with ``wait_for_job``.
            timeout_ms: How long the server may run it, in milliseconds.
            version: Pin the action version; a mismatch raises ``ConflictError``.
            account_slug: The connected account to run as (never over one in the body).
            options: Execution options (``source``, ``purpose``, ``debug``, ...) for the body.
            **extra_options: More execution options; they win over ``options``.

        Returns:
            The ``ExecutionResult``: ``status``, ``result``, ``error``; with ``async_=True`` a
            ``QueuedExecution``, whose ``job_id`` is always a ``str``.

        Raises:
            ValueError: Bad input, found before anything is sent.
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        call = _HTTP_POST.call(
            connection_slug,
            parameters,
            async_,
            timeout_ms,
            version,
            account_slug,
            options,
            extra_options,
        )
        return await self._transport.send(call)

    @overload
    async def execute_http_patch(
        self,
        connection_slug: str,
        parameters: m.HttpParameters | m.HttpParametersParams | AnyBody | None = None,
        *,
        async_: Literal[False] = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    @overload
    async def execute_http_patch(
        self,
        connection_slug: str,
        parameters: m.HttpParameters | m.HttpParametersParams | AnyBody | None = None,
        *,
        async_: Literal[True],
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.QueuedExecution: ...
    @overload
    async def execute_http_patch(
        self,
        connection_slug: str,
        parameters: m.HttpParameters | m.HttpParametersParams | AnyBody | None = None,
        *,
        async_: bool,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    async def execute_http_patch(
        self,
        connection_slug: str,
        parameters: m.HttpParameters | m.HttpParametersParams | AnyBody | None = None,
        *,
        async_: bool = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult:
        """Send a PATCH through an HTTP connection.

        ``POST /connections/{slug}/http/patch``. Runs an HTTP PATCH against the connection's base
        URL with the connection's stored credentials. `path` (appended to the base URL; the base URL
        itself when left out), `query`, `headers` and `body` shape the request; the remote API's
        answer is the `result`. With `async=true` the run is queued and the answer carries a
        `job_id` to poll at `/jobs/{job_id}`; `timeout_ms` bounds the run on the server. Not
        idempotent: a client must not re-send it once it may have reached the server.

        Args:
            connection_slug: The connection's slug.
            parameters: A ``HttpParameters``, or a dict with its wire keys (a literal is checked key
                by key against ``HttpParametersParams`` by type checkers; any dict against the model
                before anything is sent, then sent as written).
            async_: Queue the run and answer at once with a ``job_id`` (``?async=true``); wait for
                it with ``wait_for_job``.
            timeout_ms: How long the server may run it, in milliseconds.
            version: Pin the action version; a mismatch raises ``ConflictError``.
            account_slug: The connected account to run as (never over one in the body).
            options: Execution options (``source``, ``purpose``, ``debug``, ...) for the body.
            **extra_options: More execution options; they win over ``options``.

        Returns:
            The ``ExecutionResult``: ``status``, ``result``, ``error``; with ``async_=True`` a
            ``QueuedExecution``, whose ``job_id`` is always a ``str``.

        Raises:
            ValueError: Bad input, found before anything is sent.
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        call = _HTTP_PATCH.call(
            connection_slug,
            parameters,
            async_,
            timeout_ms,
            version,
            account_slug,
            options,
            extra_options,
        )
        return await self._transport.send(call)

    @overload
    async def execute_http_put(
        self,
        connection_slug: str,
        parameters: m.HttpParameters | m.HttpParametersParams | AnyBody | None = None,
        *,
        async_: Literal[False] = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    @overload
    async def execute_http_put(
        self,
        connection_slug: str,
        parameters: m.HttpParameters | m.HttpParametersParams | AnyBody | None = None,
        *,
        async_: Literal[True],
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.QueuedExecution: ...
    @overload
    async def execute_http_put(
        self,
        connection_slug: str,
        parameters: m.HttpParameters | m.HttpParametersParams | AnyBody | None = None,
        *,
        async_: bool,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    async def execute_http_put(
        self,
        connection_slug: str,
        parameters: m.HttpParameters | m.HttpParametersParams | AnyBody | None = None,
        *,
        async_: bool = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult:
        """Send a PUT through an HTTP connection.

        ``POST /connections/{slug}/http/put``. Runs an HTTP PUT against the connection's base URL
        with the connection's stored credentials. `path` (appended to the base URL; the base URL
        itself when left out), `query`, `headers` and `body` shape the request; the remote API's
        answer is the `result`. With `async=true` the run is queued and the answer carries a
        `job_id` to poll at `/jobs/{job_id}`; `timeout_ms` bounds the run on the server. Not
        idempotent: a client must not re-send it once it may have reached the server.

        Args:
            connection_slug: The connection's slug.
            parameters: A ``HttpParameters``, or a dict with its wire keys (a literal is checked key
                by key against ``HttpParametersParams`` by type checkers; any dict against the model
                before anything is sent, then sent as written).
            async_: Queue the run and answer at once with a ``job_id`` (``?async=true``); wait for
                it with ``wait_for_job``.
            timeout_ms: How long the server may run it, in milliseconds.
            version: Pin the action version; a mismatch raises ``ConflictError``.
            account_slug: The connected account to run as (never over one in the body).
            options: Execution options (``source``, ``purpose``, ``debug``, ...) for the body.
            **extra_options: More execution options; they win over ``options``.

        Returns:
            The ``ExecutionResult``: ``status``, ``result``, ``error``; with ``async_=True`` a
            ``QueuedExecution``, whose ``job_id`` is always a ``str``.

        Raises:
            ValueError: Bad input, found before anything is sent.
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        call = _HTTP_PUT.call(
            connection_slug,
            parameters,
            async_,
            timeout_ms,
            version,
            account_slug,
            options,
            extra_options,
        )
        return await self._transport.send(call)

    @overload
    async def execute_http_delete(
        self,
        connection_slug: str,
        parameters: m.HttpParameters | m.HttpParametersParams | AnyBody | None = None,
        *,
        async_: Literal[False] = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    @overload
    async def execute_http_delete(
        self,
        connection_slug: str,
        parameters: m.HttpParameters | m.HttpParametersParams | AnyBody | None = None,
        *,
        async_: Literal[True],
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.QueuedExecution: ...
    @overload
    async def execute_http_delete(
        self,
        connection_slug: str,
        parameters: m.HttpParameters | m.HttpParametersParams | AnyBody | None = None,
        *,
        async_: bool,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    async def execute_http_delete(
        self,
        connection_slug: str,
        parameters: m.HttpParameters | m.HttpParametersParams | AnyBody | None = None,
        *,
        async_: bool = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult:
        """Send a DELETE through an HTTP connection.

        ``POST /connections/{slug}/http/delete``. Runs an HTTP DELETE against the connection's base
        URL with the connection's stored credentials. `path` (appended to the base URL; the base URL
        itself when left out), `query`, `headers` and `body` shape the request; the remote API's
        answer is the `result`. With `async=true` the run is queued and the answer carries a
        `job_id` to poll at `/jobs/{job_id}`; `timeout_ms` bounds the run on the server. Not
        idempotent: a client must not re-send it once it may have reached the server.

        Args:
            connection_slug: The connection's slug.
            parameters: A ``HttpParameters``, or a dict with its wire keys (a literal is checked key
                by key against ``HttpParametersParams`` by type checkers; any dict against the model
                before anything is sent, then sent as written).
            async_: Queue the run and answer at once with a ``job_id`` (``?async=true``); wait for
                it with ``wait_for_job``.
            timeout_ms: How long the server may run it, in milliseconds.
            version: Pin the action version; a mismatch raises ``ConflictError``.
            account_slug: The connected account to run as (never over one in the body).
            options: Execution options (``source``, ``purpose``, ``debug``, ...) for the body.
            **extra_options: More execution options; they win over ``options``.

        Returns:
            The ``ExecutionResult``: ``status``, ``result``, ``error``; with ``async_=True`` a
            ``QueuedExecution``, whose ``job_id`` is always a ``str``.

        Raises:
            ValueError: Bad input, found before anything is sent.
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        call = _HTTP_DELETE.call(
            connection_slug,
            parameters,
            async_,
            timeout_ms,
            version,
            account_slug,
            options,
            extra_options,
        )
        return await self._transport.send(call)

    @overload
    async def execute_file_read_file(
        self,
        connection_slug: str,
        parameters: m.ReadFileParameters | m.ReadFileParametersParams | AnyBody | None = None,
        *,
        async_: Literal[False] = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.FileReadExecutionResult: ...
    @overload
    async def execute_file_read_file(
        self,
        connection_slug: str,
        parameters: m.ReadFileParameters | m.ReadFileParametersParams | AnyBody | None = None,
        *,
        async_: Literal[True],
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.QueuedExecution: ...
    @overload
    async def execute_file_read_file(
        self,
        connection_slug: str,
        parameters: m.ReadFileParameters | m.ReadFileParametersParams | AnyBody | None = None,
        *,
        async_: bool,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    async def execute_file_read_file(
        self,
        connection_slug: str,
        parameters: m.ReadFileParameters | m.ReadFileParametersParams | AnyBody | None = None,
        *,
        async_: bool = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult:
        """Read a file on a file connection.

        ``POST /connections/{slug}/file/readFile``. Reads the file at `path`; the `result` carries
        its content. With `async=true` the run is queued and the answer carries a `job_id` to poll
        at `/jobs/{job_id}`; `timeout_ms` bounds the run on the server. Not idempotent: a client
        must not re-send it once it may have reached the server.

        Args:
            connection_slug: The connection's slug.
            parameters: A ``ReadFileParameters``, or a dict with its wire keys (a literal is checked
                key by key against ``ReadFileParametersParams`` by type checkers; any dict against
                the model before anything is sent, then sent as written).
            async_: Queue the run and answer at once with a ``job_id`` (``?async=true``); wait for
                it with ``wait_for_job``.
            timeout_ms: How long the server may run it, in milliseconds.
            version: Pin the action version; a mismatch raises ``ConflictError``.
            account_slug: The connected account to run as (never over one in the body).
            options: Execution options (``source``, ``purpose``, ``debug``, ...) for the body.
            **extra_options: More execution options; they win over ``options``.

        Returns:
            The ``FileReadExecutionResult``: ``status``, ``result``, ``error``; with ``async_=True``
            a ``QueuedExecution``, whose ``job_id`` is always a ``str``. Read the content typed with
            ``.file``.

        Raises:
            ValueError: Bad input, found before anything is sent.
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        call = _FILE_READ_FILE.call(
            connection_slug,
            parameters,
            async_,
            timeout_ms,
            version,
            account_slug,
            options,
            extra_options,
        )
        return await self._transport.send(call)

    @overload
    async def execute_file_upload_file(
        self,
        connection_slug: str,
        parameters: m.UploadFileParameters | m.UploadFileParametersParams | AnyBody | None = None,
        *,
        async_: Literal[False] = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    @overload
    async def execute_file_upload_file(
        self,
        connection_slug: str,
        parameters: m.UploadFileParameters | m.UploadFileParametersParams | AnyBody | None = None,
        *,
        async_: Literal[True],
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.QueuedExecution: ...
    @overload
    async def execute_file_upload_file(
        self,
        connection_slug: str,
        parameters: m.UploadFileParameters | m.UploadFileParametersParams | AnyBody | None = None,
        *,
        async_: bool,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    async def execute_file_upload_file(
        self,
        connection_slug: str,
        parameters: m.UploadFileParameters | m.UploadFileParametersParams | AnyBody | None = None,
        *,
        async_: bool = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult:
        """Write a file on a file connection.

        ``POST /connections/{slug}/file/uploadFile``. Writes `content` (text, or base64 when
        `encoding` is `base64`) to `path`; an existing file is replaced only when `overwrite` is
        true. With `async=true` the run is queued and the answer carries a `job_id` to poll at
        `/jobs/{job_id}`; `timeout_ms` bounds the run on the server. Not idempotent: a client must
        not re-send it once it may have reached the server.

        Args:
            connection_slug: The connection's slug.
            parameters: A ``UploadFileParameters``, or a dict with its wire keys (a literal is
                checked key by key against ``UploadFileParametersParams`` by type checkers; any dict
                against the model before anything is sent, then sent as written).
            async_: Queue the run and answer at once with a ``job_id`` (``?async=true``); wait for
                it with ``wait_for_job``.
            timeout_ms: How long the server may run it, in milliseconds.
            version: Pin the action version; a mismatch raises ``ConflictError``.
            account_slug: The connected account to run as (never over one in the body).
            options: Execution options (``source``, ``purpose``, ``debug``, ...) for the body.
            **extra_options: More execution options; they win over ``options``.

        Returns:
            The ``ExecutionResult``: ``status``, ``result``, ``error``; with ``async_=True`` a
            ``QueuedExecution``, whose ``job_id`` is always a ``str``.

        Raises:
            ValueError: Bad input, found before anything is sent.
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        call = _FILE_UPLOAD_FILE.call(
            connection_slug,
            parameters,
            async_,
            timeout_ms,
            version,
            account_slug,
            options,
            extra_options,
        )
        return await self._transport.send(call)

    @overload
    async def execute_file_append_file(
        self,
        connection_slug: str,
        parameters: m.AppendFileParameters | m.AppendFileParametersParams | AnyBody | None = None,
        *,
        async_: Literal[False] = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    @overload
    async def execute_file_append_file(
        self,
        connection_slug: str,
        parameters: m.AppendFileParameters | m.AppendFileParametersParams | AnyBody | None = None,
        *,
        async_: Literal[True],
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.QueuedExecution: ...
    @overload
    async def execute_file_append_file(
        self,
        connection_slug: str,
        parameters: m.AppendFileParameters | m.AppendFileParametersParams | AnyBody | None = None,
        *,
        async_: bool,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    async def execute_file_append_file(
        self,
        connection_slug: str,
        parameters: m.AppendFileParameters | m.AppendFileParametersParams | AnyBody | None = None,
        *,
        async_: bool = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult:
        """Append to a file on a file connection.

        ``POST /connections/{slug}/file/appendFile``. Appends `content` (text, or base64 when
        `encoding` is `base64`) to the file at `path`, creating it when missing. With `async=true`
        the run is queued and the answer carries a `job_id` to poll at `/jobs/{job_id}`;
        `timeout_ms` bounds the run on the server. Not idempotent: a client must not re-send it once
        it may have reached the server.

        Args:
            connection_slug: The connection's slug.
            parameters: A ``AppendFileParameters``, or a dict with its wire keys (a literal is
                checked key by key against ``AppendFileParametersParams`` by type checkers; any dict
                against the model before anything is sent, then sent as written).
            async_: Queue the run and answer at once with a ``job_id`` (``?async=true``); wait for
                it with ``wait_for_job``.
            timeout_ms: How long the server may run it, in milliseconds.
            version: Pin the action version; a mismatch raises ``ConflictError``.
            account_slug: The connected account to run as (never over one in the body).
            options: Execution options (``source``, ``purpose``, ``debug``, ...) for the body.
            **extra_options: More execution options; they win over ``options``.

        Returns:
            The ``ExecutionResult``: ``status``, ``result``, ``error``; with ``async_=True`` a
            ``QueuedExecution``, whose ``job_id`` is always a ``str``.

        Raises:
            ValueError: Bad input, found before anything is sent.
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        call = _FILE_APPEND_FILE.call(
            connection_slug,
            parameters,
            async_,
            timeout_ms,
            version,
            account_slug,
            options,
            extra_options,
        )
        return await self._transport.send(call)

    @overload
    async def execute_file_list_files(
        self,
        connection_slug: str,
        parameters: m.ListFilesParameters | m.ListFilesParametersParams | AnyBody | None = None,
        *,
        async_: Literal[False] = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.FileListExecutionResult: ...
    @overload
    async def execute_file_list_files(
        self,
        connection_slug: str,
        parameters: m.ListFilesParameters | m.ListFilesParametersParams | AnyBody | None = None,
        *,
        async_: Literal[True],
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.QueuedExecution: ...
    @overload
    async def execute_file_list_files(
        self,
        connection_slug: str,
        parameters: m.ListFilesParameters | m.ListFilesParametersParams | AnyBody | None = None,
        *,
        async_: bool,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    async def execute_file_list_files(
        self,
        connection_slug: str,
        parameters: m.ListFilesParameters | m.ListFilesParametersParams | AnyBody | None = None,
        *,
        async_: bool = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult:
        """List files on a file connection.

        ``POST /connections/{slug}/file/listFiles``. Lists the entries under the directory `path`;
        with `recursive`, the whole tree below it. With `async=true` the run is queued and the
        answer carries a `job_id` to poll at `/jobs/{job_id}`; `timeout_ms` bounds the run on the
        server. Not idempotent: a client must not re-send it once it may have reached the server.

        Args:
            connection_slug: The connection's slug.
            parameters: A ``ListFilesParameters``, or a dict with its wire keys (a literal is
                checked key by key against ``ListFilesParametersParams`` by type checkers; any dict
                against the model before anything is sent, then sent as written).
            async_: Queue the run and answer at once with a ``job_id`` (``?async=true``); wait for
                it with ``wait_for_job``.
            timeout_ms: How long the server may run it, in milliseconds.
            version: Pin the action version; a mismatch raises ``ConflictError``.
            account_slug: The connected account to run as (never over one in the body).
            options: Execution options (``source``, ``purpose``, ``debug``, ...) for the body.
            **extra_options: More execution options; they win over ``options``.

        Returns:
            The ``FileListExecutionResult``: ``status``, ``result``, ``error``; with ``async_=True``
            a ``QueuedExecution``, whose ``job_id`` is always a ``str``. Read the entries typed with
            ``.listing``.

        Raises:
            ValueError: Bad input, found before anything is sent.
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        call = _FILE_LIST_FILES.call(
            connection_slug,
            parameters,
            async_,
            timeout_ms,
            version,
            account_slug,
            options,
            extra_options,
        )
        return await self._transport.send(call)

    @overload
    async def execute_file_rename_file(
        self,
        connection_slug: str,
        parameters: m.RenameFileParameters | m.RenameFileParametersParams | AnyBody | None = None,
        *,
        async_: Literal[False] = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    @overload
    async def execute_file_rename_file(
        self,
        connection_slug: str,
        parameters: m.RenameFileParameters | m.RenameFileParametersParams | AnyBody | None = None,
        *,
        async_: Literal[True],
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.QueuedExecution: ...
    @overload
    async def execute_file_rename_file(
        self,
        connection_slug: str,
        parameters: m.RenameFileParameters | m.RenameFileParametersParams | AnyBody | None = None,
        *,
        async_: bool,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    async def execute_file_rename_file(
        self,
        connection_slug: str,
        parameters: m.RenameFileParameters | m.RenameFileParametersParams | AnyBody | None = None,
        *,
        async_: bool = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult:
        """Rename a file on a file connection.

        ``POST /connections/{slug}/file/renameFile``. Gives the file at `path` the name `new_name`,
        in the same directory. With `async=true` the run is queued and the answer carries a `job_id`
        to poll at `/jobs/{job_id}`; `timeout_ms` bounds the run on the server. Not idempotent: a
        client must not re-send it once it may have reached the server.

        Args:
            connection_slug: The connection's slug.
            parameters: A ``RenameFileParameters``, or a dict with its wire keys (a literal is
                checked key by key against ``RenameFileParametersParams`` by type checkers; any dict
                against the model before anything is sent, then sent as written).
            async_: Queue the run and answer at once with a ``job_id`` (``?async=true``); wait for
                it with ``wait_for_job``.
            timeout_ms: How long the server may run it, in milliseconds.
            version: Pin the action version; a mismatch raises ``ConflictError``.
            account_slug: The connected account to run as (never over one in the body).
            options: Execution options (``source``, ``purpose``, ``debug``, ...) for the body.
            **extra_options: More execution options; they win over ``options``.

        Returns:
            The ``ExecutionResult``: ``status``, ``result``, ``error``; with ``async_=True`` a
            ``QueuedExecution``, whose ``job_id`` is always a ``str``.

        Raises:
            ValueError: Bad input, found before anything is sent.
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        call = _FILE_RENAME_FILE.call(
            connection_slug,
            parameters,
            async_,
            timeout_ms,
            version,
            account_slug,
            options,
            extra_options,
        )
        return await self._transport.send(call)

    @overload
    async def execute_file_move_file(
        self,
        connection_slug: str,
        parameters: m.MoveFileParameters | m.MoveFileParametersParams | AnyBody | None = None,
        *,
        async_: Literal[False] = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    @overload
    async def execute_file_move_file(
        self,
        connection_slug: str,
        parameters: m.MoveFileParameters | m.MoveFileParametersParams | AnyBody | None = None,
        *,
        async_: Literal[True],
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.QueuedExecution: ...
    @overload
    async def execute_file_move_file(
        self,
        connection_slug: str,
        parameters: m.MoveFileParameters | m.MoveFileParametersParams | AnyBody | None = None,
        *,
        async_: bool,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    async def execute_file_move_file(
        self,
        connection_slug: str,
        parameters: m.MoveFileParameters | m.MoveFileParametersParams | AnyBody | None = None,
        *,
        async_: bool = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult:
        """Move a file on a file connection.

        ``POST /connections/{slug}/file/moveFile``. Moves the file at `source` to `destination`.
        With `async=true` the run is queued and the answer carries a `job_id` to poll at
        `/jobs/{job_id}`; `timeout_ms` bounds the run on the server. Not idempotent: a client must
        not re-send it once it may have reached the server.

        Args:
            connection_slug: The connection's slug.
            parameters: A ``MoveFileParameters``, or a dict with its wire keys (a literal is checked
                key by key against ``MoveFileParametersParams`` by type checkers; any dict against
                the model before anything is sent, then sent as written).
            async_: Queue the run and answer at once with a ``job_id`` (``?async=true``); wait for
                it with ``wait_for_job``.
            timeout_ms: How long the server may run it, in milliseconds.
            version: Pin the action version; a mismatch raises ``ConflictError``.
            account_slug: The connected account to run as (never over one in the body).
            options: Execution options (``source``, ``purpose``, ``debug``, ...) for the body.
            **extra_options: More execution options; they win over ``options``.

        Returns:
            The ``ExecutionResult``: ``status``, ``result``, ``error``; with ``async_=True`` a
            ``QueuedExecution``, whose ``job_id`` is always a ``str``.

        Raises:
            ValueError: Bad input, found before anything is sent.
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        call = _FILE_MOVE_FILE.call(
            connection_slug,
            parameters,
            async_,
            timeout_ms,
            version,
            account_slug,
            options,
            extra_options,
        )
        return await self._transport.send(call)

    @overload
    async def execute_file_delete_file(
        self,
        connection_slug: str,
        parameters: m.DeleteFileParameters | m.DeleteFileParametersParams | AnyBody | None = None,
        *,
        async_: Literal[False] = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    @overload
    async def execute_file_delete_file(
        self,
        connection_slug: str,
        parameters: m.DeleteFileParameters | m.DeleteFileParametersParams | AnyBody | None = None,
        *,
        async_: Literal[True],
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.QueuedExecution: ...
    @overload
    async def execute_file_delete_file(
        self,
        connection_slug: str,
        parameters: m.DeleteFileParameters | m.DeleteFileParametersParams | AnyBody | None = None,
        *,
        async_: bool,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    async def execute_file_delete_file(
        self,
        connection_slug: str,
        parameters: m.DeleteFileParameters | m.DeleteFileParametersParams | AnyBody | None = None,
        *,
        async_: bool = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult:
        """Delete a file on a file connection.

        ``POST /connections/{slug}/file/deleteFile``. Deletes the file at `path`. With `async=true`
        the run is queued and the answer carries a `job_id` to poll at `/jobs/{job_id}`;
        `timeout_ms` bounds the run on the server. Not idempotent: a client must not re-send it once
        it may have reached the server.

        Args:
            connection_slug: The connection's slug.
            parameters: A ``DeleteFileParameters``, or a dict with its wire keys (a literal is
                checked key by key against ``DeleteFileParametersParams`` by type checkers; any dict
                against the model before anything is sent, then sent as written).
            async_: Queue the run and answer at once with a ``job_id`` (``?async=true``); wait for
                it with ``wait_for_job``.
            timeout_ms: How long the server may run it, in milliseconds.
            version: Pin the action version; a mismatch raises ``ConflictError``.
            account_slug: The connected account to run as (never over one in the body).
            options: Execution options (``source``, ``purpose``, ``debug``, ...) for the body.
            **extra_options: More execution options; they win over ``options``.

        Returns:
            The ``ExecutionResult``: ``status``, ``result``, ``error``; with ``async_=True`` a
            ``QueuedExecution``, whose ``job_id`` is always a ``str``.

        Raises:
            ValueError: Bad input, found before anything is sent.
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        call = _FILE_DELETE_FILE.call(
            connection_slug,
            parameters,
            async_,
            timeout_ms,
            version,
            account_slug,
            options,
            extra_options,
        )
        return await self._transport.send(call)

    @overload
    async def execute_sql_query(
        self,
        connection_slug: str,
        parameters: m.SqlQuery | m.SqlQueryParams | AnyBody | None = None,
        *,
        async_: Literal[False] = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.SqlExecutionResult: ...
    @overload
    async def execute_sql_query(
        self,
        connection_slug: str,
        parameters: m.SqlQuery | m.SqlQueryParams | AnyBody | None = None,
        *,
        async_: Literal[True],
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.QueuedExecution: ...
    @overload
    async def execute_sql_query(
        self,
        connection_slug: str,
        parameters: m.SqlQuery | m.SqlQueryParams | AnyBody | None = None,
        *,
        async_: bool,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    async def execute_sql_query(
        self,
        connection_slug: str,
        parameters: m.SqlQuery | m.SqlQueryParams | AnyBody | None = None,
        *,
        async_: bool = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult:
        """Run a SQL query on a SQL connection.

        ``POST /connections/{slug}/sql/query``. Runs the read query `query` with bound `params` (a
        list for positional, a map for named placeholders); the `result` holds the rows. With
        `async=true` the run is queued and the answer carries a `job_id` to poll at
        `/jobs/{job_id}`; `timeout_ms` bounds the run on the server. Not idempotent: a client must
        not re-send it once it may have reached the server.

        Args:
            connection_slug: The connection's slug.
            parameters: A ``SqlQuery``, or a dict with its wire keys (a literal is checked key by
                key against ``SqlQueryParams`` by type checkers; any dict against the model before
                anything is sent, then sent as written).
            async_: Queue the run and answer at once with a ``job_id`` (``?async=true``); wait for
                it with ``wait_for_job``.
            timeout_ms: How long the server may run it, in milliseconds.
            version: Pin the action version; a mismatch raises ``ConflictError``.
            account_slug: The connected account to run as (never over one in the body).
            options: Execution options (``source``, ``purpose``, ``debug``, ...) for the body.
            **extra_options: More execution options; they win over ``options``.

        Returns:
            The ``SqlExecutionResult``: ``status``, ``result``, ``error``; with ``async_=True`` a
            ``QueuedExecution``, whose ``job_id`` is always a ``str``. Read the rows typed with
            ``.sql``.

        Raises:
            ValueError: Bad input, found before anything is sent.
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        call = _SQL_QUERY.call(
            connection_slug,
            parameters,
            async_,
            timeout_ms,
            version,
            account_slug,
            options,
            extra_options,
        )
        return await self._transport.send(call)

    @overload
    async def execute_sql_select(
        self,
        connection_slug: str,
        parameters: m.SqlSelect | m.SqlSelectParams | AnyBody | None = None,
        *,
        async_: Literal[False] = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.SqlExecutionResult: ...
    @overload
    async def execute_sql_select(
        self,
        connection_slug: str,
        parameters: m.SqlSelect | m.SqlSelectParams | AnyBody | None = None,
        *,
        async_: Literal[True],
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.QueuedExecution: ...
    @overload
    async def execute_sql_select(
        self,
        connection_slug: str,
        parameters: m.SqlSelect | m.SqlSelectParams | AnyBody | None = None,
        *,
        async_: bool,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    async def execute_sql_select(
        self,
        connection_slug: str,
        parameters: m.SqlSelect | m.SqlSelectParams | AnyBody | None = None,
        *,
        async_: bool = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult:
        """Select rows from a table.

        ``POST /connections/{slug}/sql/select``. Selects `columns` (all when left out) from `table`,
        filtered by the equality map `where`, ordered by `order_by` (a leading `-` sorts
        descending), paged by `limit` and `offset`. With `async=true` the run is queued and the
        answer carries a `job_id` to poll at `/jobs/{job_id}`; `timeout_ms` bounds the run on the
        server. Not idempotent: a client must not re-send it once it may have reached the server.

        Args:
            connection_slug: The connection's slug.
            parameters: A ``SqlSelect``, or a dict with its wire keys (a literal is checked key by
                key against ``SqlSelectParams`` by type checkers; any dict against the model before
                anything is sent, then sent as written).
            async_: Queue the run and answer at once with a ``job_id`` (``?async=true``); wait for
                it with ``wait_for_job``.
            timeout_ms: How long the server may run it, in milliseconds.
            version: Pin the action version; a mismatch raises ``ConflictError``.
            account_slug: The connected account to run as (never over one in the body).
            options: Execution options (``source``, ``purpose``, ``debug``, ...) for the body.
            **extra_options: More execution options; they win over ``options``.

        Returns:
            The ``SqlExecutionResult``: ``status``, ``result``, ``error``; with ``async_=True`` a
            ``QueuedExecution``, whose ``job_id`` is always a ``str``. Read the rows typed with
            ``.sql``.

        Raises:
            ValueError: Bad input, found before anything is sent.
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        call = _SQL_SELECT.call(
            connection_slug,
            parameters,
            async_,
            timeout_ms,
            version,
            account_slug,
            options,
            extra_options,
        )
        return await self._transport.send(call)

    @overload
    async def execute_sql_insert(
        self,
        connection_slug: str,
        parameters: m.SqlInsert | m.SqlInsertParams | AnyBody | None = None,
        *,
        async_: Literal[False] = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.SqlExecutionResult: ...
    @overload
    async def execute_sql_insert(
        self,
        connection_slug: str,
        parameters: m.SqlInsert | m.SqlInsertParams | AnyBody | None = None,
        *,
        async_: Literal[True],
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.QueuedExecution: ...
    @overload
    async def execute_sql_insert(
        self,
        connection_slug: str,
        parameters: m.SqlInsert | m.SqlInsertParams | AnyBody | None = None,
        *,
        async_: bool,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    async def execute_sql_insert(
        self,
        connection_slug: str,
        parameters: m.SqlInsert | m.SqlInsertParams | AnyBody | None = None,
        *,
        async_: bool = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult:
        """Insert rows into a table.

        ``POST /connections/{slug}/sql/insert``. Inserts each object of `rows` into `table`; keys
        are column names. With `async=true` the run is queued and the answer carries a `job_id` to
        poll at `/jobs/{job_id}`; `timeout_ms` bounds the run on the server. Not idempotent: a
        client must not re-send it once it may have reached the server.

        Args:
            connection_slug: The connection's slug.
            parameters: A ``SqlInsert``, or a dict with its wire keys (a literal is checked key by
                key against ``SqlInsertParams`` by type checkers; any dict against the model before
                anything is sent, then sent as written).
            async_: Queue the run and answer at once with a ``job_id`` (``?async=true``); wait for
                it with ``wait_for_job``.
            timeout_ms: How long the server may run it, in milliseconds.
            version: Pin the action version; a mismatch raises ``ConflictError``.
            account_slug: The connected account to run as (never over one in the body).
            options: Execution options (``source``, ``purpose``, ``debug``, ...) for the body.
            **extra_options: More execution options; they win over ``options``.

        Returns:
            The ``SqlExecutionResult``: ``status``, ``result``, ``error``; with ``async_=True`` a
            ``QueuedExecution``, whose ``job_id`` is always a ``str``. Read the rows typed with
            ``.sql``.

        Raises:
            ValueError: Bad input, found before anything is sent.
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        call = _SQL_INSERT.call(
            connection_slug,
            parameters,
            async_,
            timeout_ms,
            version,
            account_slug,
            options,
            extra_options,
        )
        return await self._transport.send(call)

    @overload
    async def execute_sql_update(
        self,
        connection_slug: str,
        parameters: m.SqlUpdate | m.SqlUpdateParams | AnyBody | None = None,
        *,
        async_: Literal[False] = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.SqlExecutionResult: ...
    @overload
    async def execute_sql_update(
        self,
        connection_slug: str,
        parameters: m.SqlUpdate | m.SqlUpdateParams | AnyBody | None = None,
        *,
        async_: Literal[True],
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.QueuedExecution: ...
    @overload
    async def execute_sql_update(
        self,
        connection_slug: str,
        parameters: m.SqlUpdate | m.SqlUpdateParams | AnyBody | None = None,
        *,
        async_: bool,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    async def execute_sql_update(
        self,
        connection_slug: str,
        parameters: m.SqlUpdate | m.SqlUpdateParams | AnyBody | None = None,
        *,
        async_: bool = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult:
        """Update rows of a table.

        ``POST /connections/{slug}/sql/update``. Sets the columns of `values` on the rows of `table`
        that match the equality map `where`. With `async=true` the run is queued and the answer
        carries a `job_id` to poll at `/jobs/{job_id}`; `timeout_ms` bounds the run on the server.
        Not idempotent: a client must not re-send it once it may have reached the server.

        Args:
            connection_slug: The connection's slug.
            parameters: A ``SqlUpdate``, or a dict with its wire keys (a literal is checked key by
                key against ``SqlUpdateParams`` by type checkers; any dict against the model before
                anything is sent, then sent as written).
            async_: Queue the run and answer at once with a ``job_id`` (``?async=true``); wait for
                it with ``wait_for_job``.
            timeout_ms: How long the server may run it, in milliseconds.
            version: Pin the action version; a mismatch raises ``ConflictError``.
            account_slug: The connected account to run as (never over one in the body).
            options: Execution options (``source``, ``purpose``, ``debug``, ...) for the body.
            **extra_options: More execution options; they win over ``options``.

        Returns:
            The ``SqlExecutionResult``: ``status``, ``result``, ``error``; with ``async_=True`` a
            ``QueuedExecution``, whose ``job_id`` is always a ``str``. Read the rows typed with
            ``.sql``.

        Raises:
            ValueError: Bad input, found before anything is sent.
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        call = _SQL_UPDATE.call(
            connection_slug,
            parameters,
            async_,
            timeout_ms,
            version,
            account_slug,
            options,
            extra_options,
        )
        return await self._transport.send(call)

    @overload
    async def execute_sql_delete(
        self,
        connection_slug: str,
        parameters: m.SqlDelete | m.SqlDeleteParams | AnyBody | None = None,
        *,
        async_: Literal[False] = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.SqlExecutionResult: ...
    @overload
    async def execute_sql_delete(
        self,
        connection_slug: str,
        parameters: m.SqlDelete | m.SqlDeleteParams | AnyBody | None = None,
        *,
        async_: Literal[True],
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.QueuedExecution: ...
    @overload
    async def execute_sql_delete(
        self,
        connection_slug: str,
        parameters: m.SqlDelete | m.SqlDeleteParams | AnyBody | None = None,
        *,
        async_: bool,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    async def execute_sql_delete(
        self,
        connection_slug: str,
        parameters: m.SqlDelete | m.SqlDeleteParams | AnyBody | None = None,
        *,
        async_: bool = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult:
        """Delete rows from a table.

        ``POST /connections/{slug}/sql/delete``. Deletes the rows of `table` that match the equality
        map `where`. With `async=true` the run is queued and the answer carries a `job_id` to poll
        at `/jobs/{job_id}`; `timeout_ms` bounds the run on the server. Not idempotent: a client
        must not re-send it once it may have reached the server.

        Args:
            connection_slug: The connection's slug.
            parameters: A ``SqlDelete``, or a dict with its wire keys (a literal is checked key by
                key against ``SqlDeleteParams`` by type checkers; any dict against the model before
                anything is sent, then sent as written).
            async_: Queue the run and answer at once with a ``job_id`` (``?async=true``); wait for
                it with ``wait_for_job``.
            timeout_ms: How long the server may run it, in milliseconds.
            version: Pin the action version; a mismatch raises ``ConflictError``.
            account_slug: The connected account to run as (never over one in the body).
            options: Execution options (``source``, ``purpose``, ``debug``, ...) for the body.
            **extra_options: More execution options; they win over ``options``.

        Returns:
            The ``SqlExecutionResult``: ``status``, ``result``, ``error``; with ``async_=True`` a
            ``QueuedExecution``, whose ``job_id`` is always a ``str``. Read the rows typed with
            ``.sql``.

        Raises:
            ValueError: Bad input, found before anything is sent.
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        call = _SQL_DELETE.call(
            connection_slug,
            parameters,
            async_,
            timeout_ms,
            version,
            account_slug,
            options,
            extra_options,
        )
        return await self._transport.send(call)

    @overload
    async def execute_sql_execute(
        self,
        connection_slug: str,
        parameters: m.SqlExecute | m.SqlExecuteParams | AnyBody | None = None,
        *,
        async_: Literal[False] = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.SqlExecutionResult: ...
    @overload
    async def execute_sql_execute(
        self,
        connection_slug: str,
        parameters: m.SqlExecute | m.SqlExecuteParams | AnyBody | None = None,
        *,
        async_: Literal[True],
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.QueuedExecution: ...
    @overload
    async def execute_sql_execute(
        self,
        connection_slug: str,
        parameters: m.SqlExecute | m.SqlExecuteParams | AnyBody | None = None,
        *,
        async_: bool,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    async def execute_sql_execute(
        self,
        connection_slug: str,
        parameters: m.SqlExecute | m.SqlExecuteParams | AnyBody | None = None,
        *,
        async_: bool = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult:
        """Execute a raw SQL statement.

        ``POST /connections/{slug}/sql/execute``. Executes `statement` with bound `params` as
        written (DDL or DML); not a saved action. With `async=true` the run is queued and the answer
        carries a `job_id` to poll at `/jobs/{job_id}`; `timeout_ms` bounds the run on the server.
        Not idempotent: a client must not re-send it once it may have reached the server.

        Args:
            connection_slug: The connection's slug.
            parameters: A ``SqlExecute``, or a dict with its wire keys (a literal is checked key by
                key against ``SqlExecuteParams`` by type checkers; any dict against the model before
                anything is sent, then sent as written).
            async_: Queue the run and answer at once with a ``job_id`` (``?async=true``); wait for
                it with ``wait_for_job``.
            timeout_ms: How long the server may run it, in milliseconds.
            version: Pin the action version; a mismatch raises ``ConflictError``.
            account_slug: The connected account to run as (never over one in the body).
            options: Execution options (``source``, ``purpose``, ``debug``, ...) for the body.
            **extra_options: More execution options; they win over ``options``.

        Returns:
            The ``SqlExecutionResult``: ``status``, ``result``, ``error``; with ``async_=True`` a
            ``QueuedExecution``, whose ``job_id`` is always a ``str``. Read the rows typed with
            ``.sql``.

        Raises:
            ValueError: Bad input, found before anything is sent.
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        call = _SQL_EXECUTE.call(
            connection_slug,
            parameters,
            async_,
            timeout_ms,
            version,
            account_slug,
            options,
            extra_options,
        )
        return await self._transport.send(call)
