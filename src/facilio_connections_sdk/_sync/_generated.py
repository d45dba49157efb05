# GENERATED CODE - DO NOT EDIT.
# Source: src/facilio_connections_sdk/_async/_generated.py
# Regenerate with: python -m codegen   (check with: python -m codegen --check)

"""Every operation of the API as methods: the fluent scopes and the client's flat methods.

Fluent: ``client.connection(slug).actions().get(action_slug)``. Flat:
``client.get_action(connection_slug, action_slug)`` (``ClientOperations``, a base of the
client); each builds and sends its request itself. Hand-written behaviour comes in through
the scopes' bases (``_sync/scopes.py``).
"""

from __future__ import annotations

from typing import Any

import facilio_connections_sdk.models as m
from facilio_connections_sdk._request import (
    Call,
    Query,
    as_int,
    check_type,
    one_of,
    request_body,
    segment,
)
from facilio_connections_sdk._sync.runs import (
    FlatRunDoor,
    Run,
    RunDoor,
    flat_run,
    fluent_run,
)
from facilio_connections_sdk._sync.scopes import (
    ActionsCatalogScopeBase,
    ActionsScopeBase,
    ConnectionScopeBase,
    ConnectionsScopeBase,
    JobsScopeBase,
    Scope,
    TriggerScopeBase,
)
from facilio_connections_sdk._sync.send_loop import SendLoop
from facilio_connections_sdk.types import RequestOptions

__all__ = [
    "ActionsCatalogScope",
    "ActionsScope",
    "ClientOperations",
    "ConnectionScope",
    "ConnectionsScope",
    "FileScope",
    "HttpScope",
    "JobsScope",
    "SqlScope",
    "SubscribersScope",
    "TriggerScope",
]


# The executors: flat name, fluent name, path after /connections/{slug}/, parameters
# model, result model, summary. Each row makes two doors (``_sync/runs.py``).
_HTTP_GET = Run(
    "execute_http_get",
    "get",
    "http/get",
    "HttpParameters",
    "ExecutionResult",
    "Send a GET through an HTTP connection.",
)
_HTTP_POST = Run(
    "execute_http_post",
    "post",
    "http/post",
    "HttpParameters",
    "ExecutionResult",
    "Send a POST through an HTTP connection.",
)
_HTTP_PATCH = Run(
    "execute_http_patch",
    "patch",
    "http/patch",
    "HttpParameters",
    "ExecutionResult",
    "Send a PATCH through an HTTP connection.",
)
_HTTP_PUT = Run(
    "execute_http_put",
    "put",
    "http/put",
    "HttpParameters",
    "ExecutionResult",
    "Send a PUT through an HTTP connection.",
)
_HTTP_DELETE = Run(
    "execute_http_delete",
    "delete",
    "http/delete",
    "HttpParameters",
    "ExecutionResult",
    "Send a DELETE through an HTTP connection.",
)
_FILE_READ_FILE = Run(
    "execute_file_read_file",
    "read",
    "file/readFile",
    "ReadFileParameters",
    "FileReadExecutionResult",
    "Read a file on a file connection.",
)
_FILE_UPLOAD_FILE = Run(
    "execute_file_upload_file",
    "upload",
    "file/uploadFile",
    "UploadFileParameters",
    "ExecutionResult",
    "Write a file on a file connection.",
)
_FILE_APPEND_FILE = Run(
    "execute_file_append_file",
    "append",
    "file/appendFile",
    "AppendFileParameters",
    "ExecutionResult",
    "Append to a file on a file connection.",
)
_FILE_LIST_FILES = Run(
    "execute_file_list_files",
    "list_files",
    "file/listFiles",
    "ListFilesParameters",
    "FileListExecutionResult",
    "List files on a file connection.",
)
_FILE_RENAME_FILE = Run(
    "execute_file_rename_file",
    "rename",
    "file/renameFile",
    "RenameFileParameters",
    "ExecutionResult",
    "Rename a file on a file connection.",
)
_FILE_MOVE_FILE = Run(
    "execute_file_move_file",
    "move",
    "file/moveFile",
    "MoveFileParameters",
    "ExecutionResult",
    "Move a file on a file connection.",
)
_FILE_DELETE_FILE = Run(
    "execute_file_delete_file",
    "delete",
    "file/deleteFile",
    "DeleteFileParameters",
    "ExecutionResult",
    "Delete a file on a file connection.",
)
_SQL_QUERY = Run(
    "execute_sql_query",
    "query",
    "sql/query",
    "SqlQuery",
    "SqlExecutionResult",
    "Run a SQL query on a SQL connection.",
)
_SQL_SELECT = Run(
    "execute_sql_select",
    "select",
    "sql/select",
    "SqlSelect",
    "SqlExecutionResult",
    "Select rows from a table.",
)
_SQL_INSERT = Run(
    "execute_sql_insert",
    "insert",
    "sql/insert",
    "SqlInsert",
    "SqlExecutionResult",
    "Insert rows into a table.",
)
_SQL_UPDATE = Run(
    "execute_sql_update",
    "update",
    "sql/update",
    "SqlUpdate",
    "SqlExecutionResult",
    "Update rows of a table.",
)
_SQL_DELETE = Run(
    "execute_sql_delete",
    "delete",
    "sql/delete",
    "SqlDelete",
    "SqlExecutionResult",
    "Delete rows from a table.",
)
_SQL_EXECUTE = Run(
    "execute_sql_execute",
    "execute",
    "sql/execute",
    "SqlExecute",
    "SqlExecutionResult",
    "Execute a raw SQL statement.",
)


class JobsScope(JobsScopeBase):
    """``client.jobs()``: Background job results and waiting."""

    __slots__ = ()

    def result(
        self,
        job_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> m.JobResult:
        """Get a background job's state and result.

        ``GET /jobs/{job_id}``. The state of a run started with `async=true`: `queued` and `running`
        while it goes on, then `succeeded` (with `result`), `failed` (with `error`) or `cancelled`.
        Poll until the state is final.

        Args:
            job_id: The job's id, from the `job_id` of a queued run.
            request_options: Per-call headers, query, timeout and retries (``RequestOptions``);
                never sent in the body.

        Returns:
            JobResult: The job's state, and its result once finished.

        Raises:
            ValueError: Bad input, found before anything is sent (``TypeError`` for a wrong type).
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        job_id_segment = segment(job_id, "job_id")
        return self._send_loop.send(
            Call(
                "GET",
                f"/jobs/{job_id_segment}",
                m.JobResult,
                options=request_options,
                operation="get_job_result",
            )
        )


class ConnectionsScope(ConnectionsScopeBase):
    """``client.connections()``: Listing connections."""

    __slots__ = ()

    def list(
        self,
        relay_id: str | None = None,
        *,
        template_id: str | None = None,
        page: int | None = None,
        per_page: int | None = None,
        q: str | None = None,
        filter: str | None = None,
        authorized: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> m.ConnectionList:
        """List connections.

        ``GET /connections``. Lists the tenant's connections, narrowed by `relay_id`, `template_id`,
        `q` and `filter` when given. Without `page` the whole list comes back; with `page` one page
        of at most `perPage` (capped at 100), and the answer adds `total`, `page`, `perPage` and
        `totalPages`.

        Args:
            relay_id: Only connections that run through this relay.
            template_id: Only connections made from this template.
            page: Ask for one page (from 1); without it the whole list comes back.
            per_page: Page size; the server caps it at 100. The server's default: ``20``.
            q: Search text; sent only when not blank.
            filter: `connected`: only connections with working credentials; `custom`: only ones not
                made from a template; `all` (the default): every one.
            authorized: Accepted for 0.x code and ignored.
            request_options: Per-call headers, query, timeout and retries (``RequestOptions``);
                never sent in the body.

        Returns:
            ConnectionList: The connections.

        Raises:
            ValueError: Bad input, found before anything is sent (``TypeError`` for a wrong type).
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        query: Query = []
        if relay_id is not None:
            query.append(("relay_id", str(relay_id)))
        if template_id is not None:
            query.append(("template_id", str(template_id)))
        if page is not None:
            query.append(("page", as_int(page, "page")))
        if per_page is not None:
            query.append(("perPage", as_int(per_page, "per_page")))
        if q is not None and str(q).strip():
            query.append(("q", str(q)))
        if filter is not None and str(filter).strip():
            query.append(("filter", one_of(filter, "filter", ("all", "connected", "custom"))))
        return self._send_loop.send(
            Call(
                "GET",
                "/connections",
                m.ConnectionList,
                params=query or None,
                options=request_options,
                operation="list_connections",
            )
        )


class ActionsCatalogScope(ActionsCatalogScopeBase):
    """``client.actions_catalog()``: The tenant-wide action catalog."""

    __slots__ = ()

    def list(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        q: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> m.ActionList:
        """List the tenant's action catalog.

        ``GET /actions``. Every action of every connection in the tenant (not per connection). Paged
        like the connection list.

        Args:
            page: Ask for one page (from 1); without it the whole list comes back.
            per_page: Page size; the server caps it at 100. The server's default: ``20``.
            q: Search text; sent only when not blank.
            request_options: Per-call headers, query, timeout and retries (``RequestOptions``);
                never sent in the body.

        Returns:
            ActionList: The tenant-wide action catalog.

        Raises:
            ValueError: Bad input, found before anything is sent (``TypeError`` for a wrong type).
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        query: Query = []
        if page is not None:
            query.append(("page", as_int(page, "page")))
        if per_page is not None:
            query.append(("perPage", as_int(per_page, "per_page")))
        if q is not None and str(q).strip():
            query.append(("q", str(q)))
        return self._send_loop.send(
            Call(
                "GET",
                "/actions",
                m.ActionList,
                params=query or None,
                options=request_options,
                operation="list_all_actions",
            )
        )


class SubscribersScope(Scope):
    """``client.subscribers()``: Trigger subscribers."""

    __slots__ = ()

    def unsubscribe(
        self,
        subscriber_id: int | str,
        *,
        request_options: RequestOptions | None = None,
    ) -> m.UnsubscribeResult:
        """Remove a trigger subscriber.

        ``DELETE /subscribers/{id}``. Deletes a subscriber by id; only org admins may (HTTP 403
        otherwise). `deleted` is false when it was already gone, so it is safe to retry; `webhook`
        appears when it was the last subscriber and says whether the webhook was removed at the
        provider.

        Args:
            subscriber_id: The subscriber's id (`subscriber.id` of a subscribe answer).
            request_options: Per-call headers, query, timeout and retries (``RequestOptions``);
                never sent in the body.

        Returns:
            UnsubscribeResult: Whether it was deleted (false when already gone).

        Raises:
            ValueError: Bad input, found before anything is sent (``TypeError`` for a wrong type).
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        id_segment = segment(subscriber_id, "subscriber_id")
        return self._send_loop.send(
            Call(
                "DELETE",
                f"/subscribers/{id_segment}",
                m.UnsubscribeResult,
                options=request_options,
                operation="unsubscribe",
            )
        )


class ConnectionScope(ConnectionScopeBase):
    """``client.connection(slug)``: Everything about one connection."""

    __slots__ = ()

    def actions(
        self,
    ) -> ActionsScope:
        """``client.connection(slug).actions()``: The saved actions of one connection."""
        return ActionsScope(self._send_loop, *self._args)

    def trigger(
        self,
        trigger_slug: str,
    ) -> TriggerScope:
        """``client.connection(slug).trigger(trigger_slug)``: One trigger of a connection.

        Raises:
            ValueError: A bad path segment (empty, ``.`` or ``..``).
        """
        return TriggerScope(self._send_loop, *self._args, segment(trigger_slug, "trigger_slug"))

    def http(
        self,
    ) -> HttpScope:
        """``client.connection(slug).http()``: HTTP requests through the connection's base URL and
        stored credentials.
        """
        return HttpScope(self._send_loop, *self._args)

    def file(
        self,
    ) -> FileScope:
        """``client.connection(slug).file()``: Files on a file (FS) connection."""
        return FileScope(self._send_loop, *self._args)

    def sql(
        self,
    ) -> SqlScope:
        """``client.connection(slug).sql()``: Tables and statements on a SQL connection."""
        return SqlScope(self._send_loop, *self._args)

    def get(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> m.ConnectionDetail:
        """Get a connection and its accounts.

        ``GET /connections/{slug}``. One connection by slug, with the accounts connected to it. HTTP
        404 when there is no such connection.

        Args:
            request_options: Per-call headers, query, timeout and retries (``RequestOptions``);
                never sent in the body.

        Returns:
            ConnectionDetail: One connection and its accounts.

        Raises:
            ValueError: Bad input, found before anything is sent (``TypeError`` for a wrong type).
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        return self._send_loop.send(
            Call(
                "GET",
                f"/connections/{self._args[0]}",
                m.ConnectionDetail,
                options=request_options,
                operation="get_connection",
            )
        )

    def connected_accounts(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> m.ConnectedAccountList:
        """List a connection's connected accounts.

        ``GET /connections/{slug}/accounts``. The accounts connected to one connection, with the
        default account marked (`is_default`). Pick one for a run with `account_slug`.

        Args:
            request_options: Per-call headers, query, timeout and retries (``RequestOptions``);
                never sent in the body.

        Returns:
            ConnectedAccountList: The accounts connected to this connection.

        Raises:
            ValueError: Bad input, found before anything is sent (``TypeError`` for a wrong type).
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        return self._send_loop.send(
            Call(
                "GET",
                f"/connections/{self._args[0]}/accounts",
                m.ConnectedAccountList,
                options=request_options,
                operation="get_connected_accounts",
            )
        )

    def authorize(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> m.AuthorizeResult:
        """Authorize a connection.

        ``POST /connections/{slug}/authorize``. Starts authorizing the connection. When the answer
        carries `authorization_url`, a person opens it to finish (OAuth); otherwise `status` says
        the outcome. The body is always `{}`.

        Args:
            request_options: Per-call headers, query, timeout and retries (``RequestOptions``);
                never sent in the body.

        Returns:
            AuthorizeResult: Authorization started; open `authorization_url` when present.

        Raises:
            ValueError: Bad input, found before anything is sent (``TypeError`` for a wrong type).
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        return self._send_loop.send(
            Call(
                "POST",
                f"/connections/{self._args[0]}/authorize",
                m.AuthorizeResult,
                options=request_options,
                operation="authorize_connection",
                json={},
            )
        )

    def unauthorize(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> m.ConnectionStatus:
        """Remove a connection's authorization.

        ``POST /connections/{slug}/unauthorize``. Forgets the connection's stored authorization;
        runs fail until it is authorized again. The body is always `{}`.

        Args:
            request_options: Per-call headers, query, timeout and retries (``RequestOptions``);
                never sent in the body.

        Returns:
            ConnectionStatus: The connection's new state.

        Raises:
            ValueError: Bad input, found before anything is sent (``TypeError`` for a wrong type).
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        return self._send_loop.send(
            Call(
                "POST",
                f"/connections/{self._args[0]}/unauthorize",
                m.ConnectionStatus,
                options=request_options,
                operation="unauthorize_connection",
                json={},
            )
        )

    def set_active(
        self,
        active: bool,
        *,
        request_options: RequestOptions | None = None,
    ) -> m.ConnectionStatus:
        """Turn a connection on or off.

        ``POST /connections/{slug}/toggle-active``. Sets whether the connection is active; an
        inactive connection refuses runs. The answer is the connection's new state.

        Args:
            active: True to turn the connection on, false to turn it off.
            request_options: Per-call headers, query, timeout and retries (``RequestOptions``);
                never sent in the body.

        Returns:
            ConnectionStatus: The connection's new state.

        Raises:
            ValueError: Bad input, found before anything is sent (``TypeError`` for a wrong type).
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        check_type(active, "active", bool)
        fields: dict[str, Any] = {}
        fields["active"] = active
        data = request_body(fields, m.ToggleActiveRequest)
        return self._send_loop.send(
            Call(
                "POST",
                f"/connections/{self._args[0]}/toggle-active",
                m.ConnectionStatus,
                options=request_options,
                operation="toggle_connection_active",
                json=data,
            )
        )

    def triggers(
        self,
        *,
        account_slug: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> m.TriggerList:
        """List a connection's triggers.

        ``GET /connections/{slug}/triggers``. The events the connection can send, each with your
        subscribers on it (`subscriptions`) for `account`: the account an action run would use for
        you, or the one `account_slug` names.

        Args:
            account_slug: List subscriptions for this connected account instead of the default one.
            request_options: Per-call headers, query, timeout and retries (``RequestOptions``);
                never sent in the body.

        Returns:
            TriggerList: The triggers of a connection, with your subscriptions.

        Raises:
            ValueError: Bad input, found before anything is sent (``TypeError`` for a wrong type).
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        query: Query = []
        if account_slug is not None and str(account_slug).strip():
            query.append(("account_slug", str(account_slug)))
        return self._send_loop.send(
            Call(
                "GET",
                f"/connections/{self._args[0]}/triggers",
                m.TriggerList,
                params=query or None,
                options=request_options,
                operation="list_triggers",
            )
        )


class ActionsScope(ActionsScopeBase):
    """``client.connection(slug).actions()``: The saved actions of one connection."""

    __slots__ = ()

    def list(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        q: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> m.ActionList:
        """List a connection's saved actions.

        ``GET /connections/{slug}/actions``. The saved actions of one connection. Paged like the
        connection list.

        Args:
            page: Ask for one page (from 1); without it the whole list comes back.
            per_page: Page size; the server caps it at 100. The server's default: ``20``.
            q: Search text; sent only when not blank.
            request_options: Per-call headers, query, timeout and retries (``RequestOptions``);
                never sent in the body.

        Returns:
            ActionList: The saved actions of one connection.

        Raises:
            ValueError: Bad input, found before anything is sent (``TypeError`` for a wrong type).
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        query: Query = []
        if page is not None:
            query.append(("page", as_int(page, "page")))
        if per_page is not None:
            query.append(("perPage", as_int(per_page, "per_page")))
        if q is not None and str(q).strip():
            query.append(("q", str(q)))
        return self._send_loop.send(
            Call(
                "GET",
                f"/connections/{self._args[0]}/actions",
                m.ActionList,
                params=query or None,
                options=request_options,
                operation="list_actions",
            )
        )

    def get(
        self,
        action_slug: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> m.ActionDetail:
        """Get a saved action.

        ``GET /connections/{slug}/actions/{action}``. One saved action of a connection, with its
        input and output schemas. HTTP 404 when there is no such action.

        Args:
            action_slug: The saved action's slug.
            request_options: Per-call headers, query, timeout and retries (``RequestOptions``);
                never sent in the body.

        Returns:
            ActionDetail: One saved action.

        Raises:
            ValueError: Bad input, found before anything is sent (``TypeError`` for a wrong type).
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        action_segment = segment(action_slug, "action_slug")
        return self._send_loop.send(
            Call(
                "GET",
                f"/connections/{self._args[0]}/actions/{action_segment}",
                m.ActionDetail,
                options=request_options,
                operation="get_action",
            )
        )

    def list_inputs(
        self,
        action_slug: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> m.ActionInputs:
        """List the inputs of a saved action.

        ``GET /connections/{slug}/actions/{action}/inputs``. The inputs a saved action takes: name,
        type, whether required, default and options. Their names are the keys of `input` in an
        execute body.

        Args:
            action_slug: The saved action's slug.
            request_options: Per-call headers, query, timeout and retries (``RequestOptions``);
                never sent in the body.

        Returns:
            ActionInputs: The inputs the action takes.

        Raises:
            ValueError: Bad input, found before anything is sent (``TypeError`` for a wrong type).
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        action_segment = segment(action_slug, "action_slug")
        return self._send_loop.send(
            Call(
                "GET",
                f"/connections/{self._args[0]}/actions/{action_segment}/inputs",
                m.ActionInputs,
                options=request_options,
                operation="list_action_inputs",
            )
        )

    def list_outputs(
        self,
        action_slug: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> m.ActionOutputs:
        """List the outputs of a saved action.

        ``GET /connections/{slug}/actions/{action}/outputs``. What a saved action returns: one entry
        per output field, with its name and type.

        Args:
            action_slug: The saved action's slug.
            request_options: Per-call headers, query, timeout and retries (``RequestOptions``);
                never sent in the body.

        Returns:
            ActionOutputs: The outputs the action returns.

        Raises:
            ValueError: Bad input, found before anything is sent (``TypeError`` for a wrong type).
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        action_segment = segment(action_slug, "action_slug")
        return self._send_loop.send(
            Call(
                "GET",
                f"/connections/{self._args[0]}/actions/{action_segment}/outputs",
                m.ActionOutputs,
                options=request_options,
                operation="list_action_output_meta",
            )
        )


class TriggerScope(TriggerScopeBase):
    """``client.connection(slug).trigger(trigger_slug)``: One trigger of a connection."""

    __slots__ = ()

    def get(
        self,
        *,
        account_slug: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> m.TriggerDetail:
        """Get a trigger.

        ``GET /connections/{slug}/triggers/{trigger}``. One trigger of the connection, with what
        subscribing needs (`config.inputs`) and your subscribers on it.

        Args:
            account_slug: List subscriptions for this connected account instead of the default one.
            request_options: Per-call headers, query, timeout and retries (``RequestOptions``);
                never sent in the body.

        Returns:
            TriggerDetail: One trigger.

        Raises:
            ValueError: Bad input, found before anything is sent (``TypeError`` for a wrong type).
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        query: Query = []
        if account_slug is not None and str(account_slug).strip():
            query.append(("account_slug", str(account_slug)))
        return self._send_loop.send(
            Call(
                "GET",
                f"/connections/{self._args[0]}/triggers/{self._args[1]}",
                m.TriggerDetail,
                params=query or None,
                options=request_options,
                operation="get_trigger",
            )
        )


class HttpScope(Scope):
    """``client.connection(slug).http()``: HTTP requests through the connection's base URL and
    stored credentials.
    """

    __slots__ = ()

    get: RunDoor[m.HttpParameters, m.HttpParametersParams, m.ExecutionResult] = fluent_run(
        _HTTP_GET
    )
    """Send a GET through an HTTP connection.

    ``POST /connections/{slug}/http/get``. Runs an HTTP GET against the connection's base URL with
    the connection's stored credentials. `path` (appended to the base URL; the base URL itself when
    left out), `query`, `headers` and `body` shape the request; the remote API's answer is the
    `result`. With `async=true` the run is queued and the answer carries a `job_id` to poll at
    `/jobs/{job_id}`; `timeout_ms` bounds the run on the server. Not idempotent: a client must not
    re-send it once it may have reached the server.

    Args:
        parameters: A ``HttpParameters``, or a dict with its wire keys (``HttpParametersParams``).

    Returns:
        ExecutionResult: The run's outcome, or a `job_id` when run in the background. With
            ``async_=True`` a ``QueuedExecution``, whose ``job_id`` is always a ``str``.

    The run's other options and what it raises: ``RunDoor`` (every run's signature).
    """

    post: RunDoor[m.HttpParameters, m.HttpParametersParams, m.ExecutionResult] = fluent_run(
        _HTTP_POST
    )
    """Send a POST through an HTTP connection.

    ``POST /connections/{slug}/http/post``. Runs an HTTP POST against the connection's base URL with
    the connection's stored credentials. `path` (appended to the base URL; the base URL itself when
    left out), `query`, `headers` and `body` shape the request; the remote API's answer is the
    `result`. With `async=true` the run is queued and the answer carries a `job_id` to poll at
    `/jobs/{job_id}`; `timeout_ms` bounds the run on the server. Not idempotent: a client must not
    re-send it once it may have reached the server.

    Args:
        parameters: A ``HttpParameters``, or a dict with its wire keys (``HttpParametersParams``).

    Returns:
        ExecutionResult: The run's outcome, or a `job_id` when run in the background. With
            ``async_=True`` a ``QueuedExecution``, whose ``job_id`` is always a ``str``.

    The run's other options and what it raises: ``RunDoor`` (every run's signature).
    """

    patch: RunDoor[m.HttpParameters, m.HttpParametersParams, m.ExecutionResult] = fluent_run(
        _HTTP_PATCH
    )
    """Send a PATCH through an HTTP connection.

    ``POST /connections/{slug}/http/patch``. Runs an HTTP PATCH against the connection's base URL
    with the connection's stored credentials. `path` (appended to the base URL; the base URL itself
    when left out), `query`, `headers` and `body` shape the request; the remote API's answer is the
    `result`. With `async=true` the run is queued and the answer carries a `job_id` to poll at
    `/jobs/{job_id}`; `timeout_ms` bounds the run on the server. Not idempotent: a client must not
    re-send it once it may have reached the server.

    Args:
        parameters: A ``HttpParameters``, or a dict with its wire keys (``HttpParametersParams``).

    Returns:
        ExecutionResult: The run's outcome, or a `job_id` when run in the background. With
            ``async_=True`` a ``QueuedExecution``, whose ``job_id`` is always a ``str``.

    The run's other options and what it raises: ``RunDoor`` (every run's signature).
    """

    put: RunDoor[m.HttpParameters, m.HttpParametersParams, m.ExecutionResult] = fluent_run(
        _HTTP_PUT
    )
    """Send a PUT through an HTTP connection.

    ``POST /connections/{slug}/http/put``. Runs an HTTP PUT against the connection's base URL with
    the connection's stored credentials. `path` (appended to the base URL; the base URL itself when
    left out), `query`, `headers` and `body` shape the request; the remote API's answer is the
    `result`. With `async=true` the run is queued and the answer carries a `job_id` to poll at
    `/jobs/{job_id}`; `timeout_ms` bounds the run on the server. Not idempotent: a client must not
    re-send it once it may have reached the server.

    Args:
        parameters: A ``HttpParameters``, or a dict with its wire keys (``HttpParametersParams``).

    Returns:
        ExecutionResult: The run's outcome, or a `job_id` when run in the background. With
            ``async_=True`` a ``QueuedExecution``, whose ``job_id`` is always a ``str``.

    The run's other options and what it raises: ``RunDoor`` (every run's signature).
    """

    delete: RunDoor[m.HttpParameters, m.HttpParametersParams, m.ExecutionResult] = fluent_run(
        _HTTP_DELETE
    )
    """Send a DELETE through an HTTP connection.

    ``POST /connections/{slug}/http/delete``. Runs an HTTP DELETE against the connection's base URL
    with the connection's stored credentials. `path` (appended to the base URL; the base URL itself
    when left out), `query`, `headers` and `body` shape the request; the remote API's answer is the
    `result`. With `async=true` the run is queued and the answer carries a `job_id` to poll at
    `/jobs/{job_id}`; `timeout_ms` bounds the run on the server. Not idempotent: a client must not
    re-send it once it may have reached the server.

    Args:
        parameters: A ``HttpParameters``, or a dict with its wire keys (``HttpParametersParams``).

    Returns:
        ExecutionResult: The run's outcome, or a `job_id` when run in the background. With
            ``async_=True`` a ``QueuedExecution``, whose ``job_id`` is always a ``str``.

    The run's other options and what it raises: ``RunDoor`` (every run's signature).
    """


class FileScope(Scope):
    """``client.connection(slug).file()``: Files on a file (FS) connection."""

    __slots__ = ()

    read: RunDoor[m.ReadFileParameters, m.ReadFileParametersParams, m.FileReadExecutionResult] = (
        fluent_run(_FILE_READ_FILE)
    )
    """Read a file on a file connection.

    ``POST /connections/{slug}/file/readFile``. Reads the file at `path`; the `result` carries its
    content. With `async=true` the run is queued and the answer carries a `job_id` to poll at
    `/jobs/{job_id}`; `timeout_ms` bounds the run on the server. Not idempotent: a client must not
    re-send it once it may have reached the server.

    Args:
        parameters: A ``ReadFileParameters``, or a dict with its wire keys
            (``ReadFileParametersParams``).

    Returns:
        FileReadExecutionResult: The content of the file read (a FileContent `result`), or a
            `job_id` when queued. With ``async_=True`` a ``QueuedExecution``, whose ``job_id`` is
            always a ``str``.

    The run's other options and what it raises: ``RunDoor`` (every run's signature).
    """

    upload: RunDoor[m.UploadFileParameters, m.UploadFileParametersParams, m.ExecutionResult] = (
        fluent_run(_FILE_UPLOAD_FILE)
    )
    """Write a file on a file connection.

    ``POST /connections/{slug}/file/uploadFile``. Writes `content` (text, or base64 when `encoding`
    is `base64`) to `path`; an existing file is replaced only when `overwrite` is true. With
    `async=true` the run is queued and the answer carries a `job_id` to poll at `/jobs/{job_id}`;
    `timeout_ms` bounds the run on the server. Not idempotent: a client must not re-send it once it
    may have reached the server.

    Args:
        parameters: A ``UploadFileParameters``, or a dict with its wire keys
            (``UploadFileParametersParams``).

    Returns:
        ExecutionResult: The run's outcome, or a `job_id` when run in the background. With
            ``async_=True`` a ``QueuedExecution``, whose ``job_id`` is always a ``str``.

    The run's other options and what it raises: ``RunDoor`` (every run's signature).
    """

    append: RunDoor[m.AppendFileParameters, m.AppendFileParametersParams, m.ExecutionResult] = (
        fluent_run(_FILE_APPEND_FILE)
    )
    """Append to a file on a file connection.

    ``POST /connections/{slug}/file/appendFile``. Appends `content` (text, or base64 when `encoding`
    is `base64`) to the file at `path`, creating it when missing. With `async=true` the run is
    queued and the answer carries a `job_id` to poll at `/jobs/{job_id}`; `timeout_ms` bounds the
    run on the server. Not idempotent: a client must not re-send it once it may have reached the
    server.

    Args:
        parameters: A ``AppendFileParameters``, or a dict with its wire keys
            (``AppendFileParametersParams``).

    Returns:
        ExecutionResult: The run's outcome, or a `job_id` when run in the background. With
            ``async_=True`` a ``QueuedExecution``, whose ``job_id`` is always a ``str``.

    The run's other options and what it raises: ``RunDoor`` (every run's signature).
    """

    list_files: RunDoor[
        m.ListFilesParameters, m.ListFilesParametersParams, m.FileListExecutionResult
    ] = fluent_run(_FILE_LIST_FILES)
    """List files on a file connection.

    ``POST /connections/{slug}/file/listFiles``. Lists the entries under the directory `path`; with
    `recursive`, the whole tree below it. With `async=true` the run is queued and the answer carries
    a `job_id` to poll at `/jobs/{job_id}`; `timeout_ms` bounds the run on the server. Not
    idempotent: a client must not re-send it once it may have reached the server.

    Args:
        parameters: A ``ListFilesParameters``, or a dict with its wire keys
            (``ListFilesParametersParams``).

    Returns:
        FileListExecutionResult: The entries of the directory (a FileListing `result`), or a
            `job_id` when queued. With ``async_=True`` a ``QueuedExecution``, whose ``job_id`` is
            always a ``str``.

    The run's other options and what it raises: ``RunDoor`` (every run's signature).
    """

    rename: RunDoor[m.RenameFileParameters, m.RenameFileParametersParams, m.ExecutionResult] = (
        fluent_run(_FILE_RENAME_FILE)
    )
    """Rename a file on a file connection.

    ``POST /connections/{slug}/file/renameFile``. Gives the file at `path` the name `new_name`, in
    the same directory. With `async=true` the run is queued and the answer carries a `job_id` to
    poll at `/jobs/{job_id}`; `timeout_ms` bounds the run on the server. Not idempotent: a client
    must not re-send it once it may have reached the server.

    Args:
        parameters: A ``RenameFileParameters``, or a dict with its wire keys
            (``RenameFileParametersParams``).

    Returns:
        ExecutionResult: The run's outcome, or a `job_id` when run in the background. With
            ``async_=True`` a ``QueuedExecution``, whose ``job_id`` is always a ``str``.

    The run's other options and what it raises: ``RunDoor`` (every run's signature).
    """

    move: RunDoor[m.MoveFileParameters, m.MoveFileParametersParams, m.ExecutionResult] = fluent_run(
        _FILE_MOVE_FILE
    )
    """Move a file on a file connection.

    ``POST /connections/{slug}/file/moveFile``. Moves the file at `source` to `destination`. With
    `async=true` the run is queued and the answer carries a `job_id` to poll at `/jobs/{job_id}`;
    `timeout_ms` bounds the run on the server. Not idempotent: a client must not re-send it once it
    may have reached the server.

    Args:
        parameters: A ``MoveFileParameters``, or a dict with its wire keys
            (``MoveFileParametersParams``).

    Returns:
        ExecutionResult: The run's outcome, or a `job_id` when run in the background. With
            ``async_=True`` a ``QueuedExecution``, whose ``job_id`` is always a ``str``.

    The run's other options and what it raises: ``RunDoor`` (every run's signature).
    """

    delete: RunDoor[m.DeleteFileParameters, m.DeleteFileParametersParams, m.ExecutionResult] = (
        fluent_run(_FILE_DELETE_FILE)
    )
    """Delete a file on a file connection.

    ``POST /connections/{slug}/file/deleteFile``. Deletes the file at `path`. With `async=true` the
    run is queued and the answer carries a `job_id` to poll at `/jobs/{job_id}`; `timeout_ms` bounds
    the run on the server. Not idempotent: a client must not re-send it once it may have reached the
    server.

    Args:
        parameters: A ``DeleteFileParameters``, or a dict with its wire keys
            (``DeleteFileParametersParams``).

    Returns:
        ExecutionResult: The run's outcome, or a `job_id` when run in the background. With
            ``async_=True`` a ``QueuedExecution``, whose ``job_id`` is always a ``str``.

    The run's other options and what it raises: ``RunDoor`` (every run's signature).
    """


class SqlScope(Scope):
    """``client.connection(slug).sql()``: Tables and statements on a SQL connection."""

    __slots__ = ()

    query: RunDoor[m.SqlQuery, m.SqlQueryParams, m.SqlExecutionResult] = fluent_run(_SQL_QUERY)
    """Run a SQL query on a SQL connection.

    ``POST /connections/{slug}/sql/query``. Runs the read query `query` with bound `params` (a list
    for positional, a map for named placeholders); the `result` holds the rows. With `async=true`
    the run is queued and the answer carries a `job_id` to poll at `/jobs/{job_id}`; `timeout_ms`
    bounds the run on the server. Not idempotent: a client must not re-send it once it may have
    reached the server.

    Args:
        parameters: A ``SqlQuery``, or a dict with its wire keys (``SqlQueryParams``).

    Returns:
        SqlExecutionResult: The outcome of a SQL run (its `result` is a SqlResult), or a `job_id`
            when queued. With ``async_=True`` a ``QueuedExecution``, whose ``job_id`` is always a
            ``str``.

    The run's other options and what it raises: ``RunDoor`` (every run's signature).
    """

    select: RunDoor[m.SqlSelect, m.SqlSelectParams, m.SqlExecutionResult] = fluent_run(_SQL_SELECT)
    """Select rows from a table.

    ``POST /connections/{slug}/sql/select``. Selects `columns` (all when left out) from `table`,
    filtered by the equality map `where`, ordered by `order_by` (a leading `-` sorts descending),
    paged by `limit` and `offset`. With `async=true` the run is queued and the answer carries a
    `job_id` to poll at `/jobs/{job_id}`; `timeout_ms` bounds the run on the server. Not idempotent:
    a client must not re-send it once it may have reached the server.

    Args:
        parameters: A ``SqlSelect``, or a dict with its wire keys (``SqlSelectParams``).

    Returns:
        SqlExecutionResult: The outcome of a SQL run (its `result` is a SqlResult), or a `job_id`
            when queued. With ``async_=True`` a ``QueuedExecution``, whose ``job_id`` is always a
            ``str``.

    The run's other options and what it raises: ``RunDoor`` (every run's signature).
    """

    insert: RunDoor[m.SqlInsert, m.SqlInsertParams, m.SqlExecutionResult] = fluent_run(_SQL_INSERT)
    """Insert rows into a table.

    ``POST /connections/{slug}/sql/insert``. Inserts each object of `rows` into `table`; keys are
    column names. With `async=true` the run is queued and the answer carries a `job_id` to poll at
    `/jobs/{job_id}`; `timeout_ms` bounds the run on the server. Not idempotent: a client must not
    re-send it once it may have reached the server.

    Args:
        parameters: A ``SqlInsert``, or a dict with its wire keys (``SqlInsertParams``).

    Returns:
        SqlExecutionResult: The outcome of a SQL run (its `result` is a SqlResult), or a `job_id`
            when queued. With ``async_=True`` a ``QueuedExecution``, whose ``job_id`` is always a
            ``str``.

    The run's other options and what it raises: ``RunDoor`` (every run's signature).
    """

    update: RunDoor[m.SqlUpdate, m.SqlUpdateParams, m.SqlExecutionResult] = fluent_run(_SQL_UPDATE)
    """Update rows of a table.

    ``POST /connections/{slug}/sql/update``. Sets the columns of `values` on the rows of `table`
    that match the equality map `where`. With `async=true` the run is queued and the answer carries
    a `job_id` to poll at `/jobs/{job_id}`; `timeout_ms` bounds the run on the server. Not
    idempotent: a client must not re-send it once it may have reached the server.

    Args:
        parameters: A ``SqlUpdate``, or a dict with its wire keys (``SqlUpdateParams``).

    Returns:
        SqlExecutionResult: The outcome of a SQL run (its `result` is a SqlResult), or a `job_id`
            when queued. With ``async_=True`` a ``QueuedExecution``, whose ``job_id`` is always a
            ``str``.

    The run's other options and what it raises: ``RunDoor`` (every run's signature).
    """

    delete: RunDoor[m.SqlDelete, m.SqlDeleteParams, m.SqlExecutionResult] = fluent_run(_SQL_DELETE)
    """Delete rows from a table.

    ``POST /connections/{slug}/sql/delete``. Deletes the rows of `table` that match the equality map
    `where`. With `async=true` the run is queued and the answer carries a `job_id` to poll at
    `/jobs/{job_id}`; `timeout_ms` bounds the run on the server. Not idempotent: a client must not
    re-send it once it may have reached the server.

    Args:
        parameters: A ``SqlDelete``, or a dict with its wire keys (``SqlDeleteParams``).

    Returns:
        SqlExecutionResult: The outcome of a SQL run (its `result` is a SqlResult), or a `job_id`
            when queued. With ``async_=True`` a ``QueuedExecution``, whose ``job_id`` is always a
            ``str``.

    The run's other options and what it raises: ``RunDoor`` (every run's signature).
    """

    execute: RunDoor[m.SqlExecute, m.SqlExecuteParams, m.SqlExecutionResult] = fluent_run(
        _SQL_EXECUTE
    )
    """Execute a raw SQL statement.

    ``POST /connections/{slug}/sql/execute``. Executes `statement` with bound `params` as written
    (DDL or DML); not a saved action. With `async=true` the run is queued and the answer carries a
    `job_id` to poll at `/jobs/{job_id}`; `timeout_ms` bounds the run on the server. Not idempotent:
    a client must not re-send it once it may have reached the server.

    Args:
        parameters: A ``SqlExecute``, or a dict with its wire keys (``SqlExecuteParams``).

    Returns:
        SqlExecutionResult: The outcome of a SQL run (its `result` is a SqlResult), or a `job_id`
            when queued. With ``async_=True`` a ``QueuedExecution``, whose ``job_id`` is always a
            ``str``.

    The run's other options and what it raises: ``RunDoor`` (every run's signature).
    """


class ClientOperations:
    """Every operation as a client method (flat), and the fluent scopes' roots."""

    __slots__ = ()
    _send_loop: SendLoop

    def jobs(
        self,
    ) -> JobsScope:
        """``client.jobs()``: Background job results and waiting."""
        return JobsScope(self._send_loop)

    def connections(
        self,
    ) -> ConnectionsScope:
        """``client.connections()``: Listing connections."""
        return ConnectionsScope(self._send_loop)

    def actions_catalog(
        self,
    ) -> ActionsCatalogScope:
        """``client.actions_catalog()``: The tenant-wide action catalog."""
        return ActionsCatalogScope(self._send_loop)

    def subscribers(
        self,
    ) -> SubscribersScope:
        """``client.subscribers()``: Trigger subscribers."""
        return SubscribersScope(self._send_loop)

    def connection(
        self,
        slug: str,
    ) -> ConnectionScope:
        """``client.connection(slug)``: Everything about one connection.

        Raises:
            ValueError: A bad path segment (empty, ``.`` or ``..``).
        """
        return ConnectionScope(self._send_loop, segment(slug, "connection_slug"))

    def list_connections(
        self,
        relay_id: str | None = None,
        *,
        template_id: str | None = None,
        page: int | None = None,
        per_page: int | None = None,
        q: str | None = None,
        filter: str | None = None,
        authorized: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> m.ConnectionList:
        """List connections.

        ``GET /connections``. Lists the tenant's connections, narrowed by `relay_id`, `template_id`,
        `q` and `filter` when given. Without `page` the whole list comes back; with `page` one page
        of at most `perPage` (capped at 100), and the answer adds `total`, `page`, `perPage` and
        `totalPages`.

        Args:
            relay_id: Only connections that run through this relay.
            template_id: Only connections made from this template.
            page: Ask for one page (from 1); without it the whole list comes back.
            per_page: Page size; the server caps it at 100. The server's default: ``20``.
            q: Search text; sent only when not blank.
            filter: `connected`: only connections with working credentials; `custom`: only ones not
                made from a template; `all` (the default): every one.
            authorized: Accepted for 0.x code and ignored.
            request_options: Per-call headers, query, timeout and retries (``RequestOptions``);
                never sent in the body.

        Returns:
            ConnectionList: The connections.

        Raises:
            ValueError: Bad input, found before anything is sent (``TypeError`` for a wrong type).
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        query: Query = []
        if relay_id is not None:
            query.append(("relay_id", str(relay_id)))
        if template_id is not None:
            query.append(("template_id", str(template_id)))
        if page is not None:
            query.append(("page", as_int(page, "page")))
        if per_page is not None:
            query.append(("perPage", as_int(per_page, "per_page")))
        if q is not None and str(q).strip():
            query.append(("q", str(q)))
        if filter is not None and str(filter).strip():
            query.append(("filter", one_of(filter, "filter", ("all", "connected", "custom"))))
        return self._send_loop.send(
            Call(
                "GET",
                "/connections",
                m.ConnectionList,
                params=query or None,
                options=request_options,
                operation="list_connections",
            )
        )

    def get_connection(
        self,
        slug: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> m.ConnectionDetail:
        """Get a connection and its accounts.

        ``GET /connections/{slug}``. One connection by slug, with the accounts connected to it. HTTP
        404 when there is no such connection.

        Args:
            slug: The connection's slug (percent-encoded with no safe characters).
            request_options: Per-call headers, query, timeout and retries (``RequestOptions``);
                never sent in the body.

        Returns:
            ConnectionDetail: One connection and its accounts.

        Raises:
            ValueError: Bad input, found before anything is sent (``TypeError`` for a wrong type).
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        slug_segment = segment(slug, "connection_slug")
        return self._send_loop.send(
            Call(
                "GET",
                f"/connections/{slug_segment}",
                m.ConnectionDetail,
                options=request_options,
                operation="get_connection",
            )
        )

    def get_connected_accounts(
        self,
        connection_slug: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> m.ConnectedAccountList:
        """List a connection's connected accounts.

        ``GET /connections/{slug}/accounts``. The accounts connected to one connection, with the
        default account marked (`is_default`). Pick one for a run with `account_slug`.

        Args:
            connection_slug: The connection's slug (percent-encoded with no safe characters).
            request_options: Per-call headers, query, timeout and retries (``RequestOptions``);
                never sent in the body.

        Returns:
            ConnectedAccountList: The accounts connected to this connection.

        Raises:
            ValueError: Bad input, found before anything is sent (``TypeError`` for a wrong type).
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        slug_segment = segment(connection_slug, "connection_slug")
        return self._send_loop.send(
            Call(
                "GET",
                f"/connections/{slug_segment}/accounts",
                m.ConnectedAccountList,
                options=request_options,
                operation="get_connected_accounts",
            )
        )

    def authorize_connection(
        self,
        slug: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> m.AuthorizeResult:
        """Authorize a connection.

        ``POST /connections/{slug}/authorize``. Starts authorizing the connection. When the answer
        carries `authorization_url`, a person opens it to finish (OAuth); otherwise `status` says
        the outcome. The body is always `{}`.

        Args:
            slug: The connection's slug (percent-encoded with no safe characters).
            request_options: Per-call headers, query, timeout and retries (``RequestOptions``);
                never sent in the body.

        Returns:
            AuthorizeResult: Authorization started; open `authorization_url` when present.

        Raises:
            ValueError: Bad input, found before anything is sent (``TypeError`` for a wrong type).
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        slug_segment = segment(slug, "connection_slug")
        return self._send_loop.send(
            Call(
                "POST",
                f"/connections/{slug_segment}/authorize",
                m.AuthorizeResult,
                options=request_options,
                operation="authorize_connection",
                json={},
            )
        )

    def unauthorize_connection(
        self,
        slug: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> m.ConnectionStatus:
        """Remove a connection's authorization.

        ``POST /connections/{slug}/unauthorize``. Forgets the connection's stored authorization;
        runs fail until it is authorized again. The body is always `{}`.

        Args:
            slug: The connection's slug (percent-encoded with no safe characters).
            request_options: Per-call headers, query, timeout and retries (``RequestOptions``);
                never sent in the body.

        Returns:
            ConnectionStatus: The connection's new state.

        Raises:
            ValueError: Bad input, found before anything is sent (``TypeError`` for a wrong type).
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        slug_segment = segment(slug, "connection_slug")
        return self._send_loop.send(
            Call(
                "POST",
                f"/connections/{slug_segment}/unauthorize",
                m.ConnectionStatus,
                options=request_options,
                operation="unauthorize_connection",
                json={},
            )
        )

    def toggle_connection_active(
        self,
        slug: str,
        active: bool,
        *,
        request_options: RequestOptions | None = None,
    ) -> m.ConnectionStatus:
        """Turn a connection on or off.

        ``POST /connections/{slug}/toggle-active``. Sets whether the connection is active; an
        inactive connection refuses runs. The answer is the connection's new state.

        Args:
            slug: The connection's slug (percent-encoded with no safe characters).
            active: True to turn the connection on, false to turn it off.
            request_options: Per-call headers, query, timeout and retries (``RequestOptions``);
                never sent in the body.

        Returns:
            ConnectionStatus: The connection's new state.

        Raises:
            ValueError: Bad input, found before anything is sent (``TypeError`` for a wrong type).
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        slug_segment = segment(slug, "connection_slug")
        check_type(active, "active", bool)
        fields: dict[str, Any] = {}
        fields["active"] = active
        data = request_body(fields, m.ToggleActiveRequest)
        return self._send_loop.send(
            Call(
                "POST",
                f"/connections/{slug_segment}/toggle-active",
                m.ConnectionStatus,
                options=request_options,
                operation="toggle_connection_active",
                json=data,
            )
        )

    def list_all_actions(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        q: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> m.ActionList:
        """List the tenant's action catalog.

        ``GET /actions``. Every action of every connection in the tenant (not per connection). Paged
        like the connection list.

        Args:
            page: Ask for one page (from 1); without it the whole list comes back.
            per_page: Page size; the server caps it at 100. The server's default: ``20``.
            q: Search text; sent only when not blank.
            request_options: Per-call headers, query, timeout and retries (``RequestOptions``);
                never sent in the body.

        Returns:
            ActionList: The tenant-wide action catalog.

        Raises:
            ValueError: Bad input, found before anything is sent (``TypeError`` for a wrong type).
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        query: Query = []
        if page is not None:
            query.append(("page", as_int(page, "page")))
        if per_page is not None:
            query.append(("perPage", as_int(per_page, "per_page")))
        if q is not None and str(q).strip():
            query.append(("q", str(q)))
        return self._send_loop.send(
            Call(
                "GET",
                "/actions",
                m.ActionList,
                params=query or None,
                options=request_options,
                operation="list_all_actions",
            )
        )

    def list_actions(
        self,
        connection_slug: str,
        *,
        page: int | None = None,
        per_page: int | None = None,
        q: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> m.ActionList:
        """List a connection's saved actions.

        ``GET /connections/{slug}/actions``. The saved actions of one connection. Paged like the
        connection list.

        Args:
            connection_slug: The connection's slug (percent-encoded with no safe characters).
            page: Ask for one page (from 1); without it the whole list comes back.
            per_page: Page size; the server caps it at 100. The server's default: ``20``.
            q: Search text; sent only when not blank.
            request_options: Per-call headers, query, timeout and retries (``RequestOptions``);
                never sent in the body.

        Returns:
            ActionList: The saved actions of one connection.

        Raises:
            ValueError: Bad input, found before anything is sent (``TypeError`` for a wrong type).
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        slug_segment = segment(connection_slug, "connection_slug")
        query: Query = []
        if page is not None:
            query.append(("page", as_int(page, "page")))
        if per_page is not None:
            query.append(("perPage", as_int(per_page, "per_page")))
        if q is not None and str(q).strip():
            query.append(("q", str(q)))
        return self._send_loop.send(
            Call(
                "GET",
                f"/connections/{slug_segment}/actions",
                m.ActionList,
                params=query or None,
                options=request_options,
                operation="list_actions",
            )
        )

    def get_action(
        self,
        connection_slug: str,
        action_slug: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> m.ActionDetail:
        """Get a saved action.

        ``GET /connections/{slug}/actions/{action}``. One saved action of a connection, with its
        input and output schemas. HTTP 404 when there is no such action.

        Args:
            connection_slug: The connection's slug (percent-encoded with no safe characters).
            action_slug: The saved action's slug.
            request_options: Per-call headers, query, timeout and retries (``RequestOptions``);
                never sent in the body.

        Returns:
            ActionDetail: One saved action.

        Raises:
            ValueError: Bad input, found before anything is sent (``TypeError`` for a wrong type).
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        slug_segment = segment(connection_slug, "connection_slug")
        action_segment = segment(action_slug, "action_slug")
        return self._send_loop.send(
            Call(
                "GET",
                f"/connections/{slug_segment}/actions/{action_segment}",
                m.ActionDetail,
                options=request_options,
                operation="get_action",
            )
        )

    def list_action_inputs(
        self,
        connection_slug: str,
        action_slug: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> m.ActionInputs:
        """List the inputs of a saved action.

        ``GET /connections/{slug}/actions/{action}/inputs``. The inputs a saved action takes: name,
        type, whether required, default and options. Their names are the keys of `input` in an
        execute body.

        Args:
            connection_slug: The connection's slug (percent-encoded with no safe characters).
            action_slug: The saved action's slug.
            request_options: Per-call headers, query, timeout and retries (``RequestOptions``);
                never sent in the body.

        Returns:
            ActionInputs: The inputs the action takes.

        Raises:
            ValueError: Bad input, found before anything is sent (``TypeError`` for a wrong type).
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        slug_segment = segment(connection_slug, "connection_slug")
        action_segment = segment(action_slug, "action_slug")
        return self._send_loop.send(
            Call(
                "GET",
                f"/connections/{slug_segment}/actions/{action_segment}/inputs",
                m.ActionInputs,
                options=request_options,
                operation="list_action_inputs",
            )
        )

    def list_action_output_meta(
        self,
        connection_slug: str,
        action_slug: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> m.ActionOutputs:
        """List the outputs of a saved action.

        ``GET /connections/{slug}/actions/{action}/outputs``. What a saved action returns: one entry
        per output field, with its name and type.

        Args:
            connection_slug: The connection's slug (percent-encoded with no safe characters).
            action_slug: The saved action's slug.
            request_options: Per-call headers, query, timeout and retries (``RequestOptions``);
                never sent in the body.

        Returns:
            ActionOutputs: The outputs the action returns.

        Raises:
            ValueError: Bad input, found before anything is sent (``TypeError`` for a wrong type).
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        slug_segment = segment(connection_slug, "connection_slug")
        action_segment = segment(action_slug, "action_slug")
        return self._send_loop.send(
            Call(
                "GET",
                f"/connections/{slug_segment}/actions/{action_segment}/outputs",
                m.ActionOutputs,
                options=request_options,
                operation="list_action_output_meta",
            )
        )

    execute_http_get: FlatRunDoor[m.HttpParameters, m.HttpParametersParams, m.ExecutionResult] = (
        flat_run(_HTTP_GET)
    )
    """Send a GET through an HTTP connection.

    ``POST /connections/{slug}/http/get``. Runs an HTTP GET against the connection's base URL with
    the connection's stored credentials. `path` (appended to the base URL; the base URL itself when
    left out), `query`, `headers` and `body` shape the request; the remote API's answer is the
    `result`. With `async=true` the run is queued and the answer carries a `job_id` to poll at
    `/jobs/{job_id}`; `timeout_ms` bounds the run on the server. Not idempotent: a client must not
    re-send it once it may have reached the server.

    Args:
        connection_slug: The connection's slug (percent-encoded with no safe characters).
        parameters: A ``HttpParameters``, or a dict with its wire keys (``HttpParametersParams``).

    Returns:
        ExecutionResult: The run's outcome, or a `job_id` when run in the background. With
            ``async_=True`` a ``QueuedExecution``, whose ``job_id`` is always a ``str``.

    The run's other options and what it raises: ``FlatRunDoor`` (every run's signature).
    """

    execute_http_post: FlatRunDoor[m.HttpParameters, m.HttpParametersParams, m.ExecutionResult] = (
        flat_run(_HTTP_POST)
    )
    """Send a POST through an HTTP connection.

    ``POST /connections/{slug}/http/post``. Runs an HTTP POST against the connection's base URL with
    the connection's stored credentials. `path` (appended to the base URL; the base URL itself when
    left out), `query`, `headers` and `body` shape the request; the remote API's answer is the
    `result`. With `async=true` the run is queued and the answer carries a `job_id` to poll at
    `/jobs/{job_id}`; `timeout_ms` bounds the run on the server. Not idempotent: a client must not
    re-send it once it may have reached the server.

    Args:
        connection_slug: The connection's slug (percent-encoded with no safe characters).
        parameters: A ``HttpParameters``, or a dict with its wire keys (``HttpParametersParams``).

    Returns:
        ExecutionResult: The run's outcome, or a `job_id` when run in the background. With
            ``async_=True`` a ``QueuedExecution``, whose ``job_id`` is always a ``str``.

    The run's other options and what it raises: ``FlatRunDoor`` (every run's signature).
    """

    execute_http_patch: FlatRunDoor[m.HttpParameters, m.HttpParametersParams, m.ExecutionResult] = (
        flat_run(_HTTP_PATCH)
    )
    """Send a PATCH through an HTTP connection.

    ``POST /connections/{slug}/http/patch``. Runs an HTTP PATCH against the connection's base URL
    with the connection's stored credentials. `path` (appended to the base URL; the base URL itself
    when left out), `query`, `headers` and `body` shape the request; the remote API's answer is the
    `result`. With `async=true` the run is queued and the answer carries a `job_id` to poll at
    `/jobs/{job_id}`; `timeout_ms` bounds the run on the server. Not idempotent: a client must not
    re-send it once it may have reached the server.

    Args:
        connection_slug: The connection's slug (percent-encoded with no safe characters).
        parameters: A ``HttpParameters``, or a dict with its wire keys (``HttpParametersParams``).

    Returns:
        ExecutionResult: The run's outcome, or a `job_id` when run in the background. With
            ``async_=True`` a ``QueuedExecution``, whose ``job_id`` is always a ``str``.

    The run's other options and what it raises: ``FlatRunDoor`` (every run's signature).
    """

    execute_http_put: FlatRunDoor[m.HttpParameters, m.HttpParametersParams, m.ExecutionResult] = (
        flat_run(_HTTP_PUT)
    )
    """Send a PUT through an HTTP connection.

    ``POST /connections/{slug}/http/put``. Runs an HTTP PUT against the connection's base URL with
    the connection's stored credentials. `path` (appended to the base URL; the base URL itself when
    left out), `query`, `headers` and `body` shape the request; the remote API's answer is the
    `result`. With `async=true` the run is queued and the answer carries a `job_id` to poll at
    `/jobs/{job_id}`; `timeout_ms` bounds the run on the server. Not idempotent: a client must not
    re-send it once it may have reached the server.

    Args:
        connection_slug: The connection's slug (percent-encoded with no safe characters).
        parameters: A ``HttpParameters``, or a dict with its wire keys (``HttpParametersParams``).

    Returns:
        ExecutionResult: The run's outcome, or a `job_id` when run in the background. With
            ``async_=True`` a ``QueuedExecution``, whose ``job_id`` is always a ``str``.

    The run's other options and what it raises: ``FlatRunDoor`` (every run's signature).
    """

    execute_http_delete: FlatRunDoor[
        m.HttpParameters, m.HttpParametersParams, m.ExecutionResult
    ] = flat_run(_HTTP_DELETE)
    """Send a DELETE through an HTTP connection.

    ``POST /connections/{slug}/http/delete``. Runs an HTTP DELETE against the connection's base URL
    with the connection's stored credentials. `path` (appended to the base URL; the base URL itself
    when left out), `query`, `headers` and `body` shape the request; the remote API's answer is the
    `result`. With `async=true` the run is queued and the answer carries a `job_id` to poll at
    `/jobs/{job_id}`; `timeout_ms` bounds the run on the server. Not idempotent: a client must not
    re-send it once it may have reached the server.

    Args:
        connection_slug: The connection's slug (percent-encoded with no safe characters).
        parameters: A ``HttpParameters``, or a dict with its wire keys (``HttpParametersParams``).

    Returns:
        ExecutionResult: The run's outcome, or a `job_id` when run in the background. With
            ``async_=True`` a ``QueuedExecution``, whose ``job_id`` is always a ``str``.

    The run's other options and what it raises: ``FlatRunDoor`` (every run's signature).
    """

    execute_file_read_file: FlatRunDoor[
        m.ReadFileParameters, m.ReadFileParametersParams, m.FileReadExecutionResult
    ] = flat_run(_FILE_READ_FILE)
    """Read a file on a file connection.

    ``POST /connections/{slug}/file/readFile``. Reads the file at `path`; the `result` carries its
    content. With `async=true` the run is queued and the answer carries a `job_id` to poll at
    `/jobs/{job_id}`; `timeout_ms` bounds the run on the server. Not idempotent: a client must not
    re-send it once it may have reached the server.

    Args:
        connection_slug: The connection's slug (percent-encoded with no safe characters).
        parameters: A ``ReadFileParameters``, or a dict with its wire keys
            (``ReadFileParametersParams``).

    Returns:
        FileReadExecutionResult: The content of the file read (a FileContent `result`), or a
            `job_id` when queued. With ``async_=True`` a ``QueuedExecution``, whose ``job_id`` is
            always a ``str``.

    The run's other options and what it raises: ``FlatRunDoor`` (every run's signature).
    """

    execute_file_upload_file: FlatRunDoor[
        m.UploadFileParameters, m.UploadFileParametersParams, m.ExecutionResult
    ] = flat_run(_FILE_UPLOAD_FILE)
    """Write a file on a file connection.

    ``POST /connections/{slug}/file/uploadFile``. Writes `content` (text, or base64 when `encoding`
    is `base64`) to `path`; an existing file is replaced only when `overwrite` is true. With
    `async=true` the run is queued and the answer carries a `job_id` to poll at `/jobs/{job_id}`;
    `timeout_ms` bounds the run on the server. Not idempotent: a client must not re-send it once it
    may have reached the server.

    Args:
        connection_slug: The connection's slug (percent-encoded with no safe characters).
        parameters: A ``UploadFileParameters``, or a dict with its wire keys
            (``UploadFileParametersParams``).

    Returns:
        ExecutionResult: The run's outcome, or a `job_id` when run in the background. With
            ``async_=True`` a ``QueuedExecution``, whose ``job_id`` is always a ``str``.

    The run's other options and what it raises: ``FlatRunDoor`` (every run's signature).
    """

    execute_file_append_file: FlatRunDoor[
        m.AppendFileParameters, m.AppendFileParametersParams, m.ExecutionResult
    ] = flat_run(_FILE_APPEND_FILE)
    """Append to a file on a file connection.

    ``POST /connections/{slug}/file/appendFile``. Appends `content` (text, or base64 when `encoding`
    is `base64`) to the file at `path`, creating it when missing. With `async=true` the run is
    queued and the answer carries a `job_id` to poll at `/jobs/{job_id}`; `timeout_ms` bounds the
    run on the server. Not idempotent: a client must not re-send it once it may have reached the
    server.

    Args:
        connection_slug: The connection's slug (percent-encoded with no safe characters).
        parameters: A ``AppendFileParameters``, or a dict with its wire keys
            (``AppendFileParametersParams``).

    Returns:
        ExecutionResult: The run's outcome, or a `job_id` when run in the background. With
            ``async_=True`` a ``QueuedExecution``, whose ``job_id`` is always a ``str``.

    The run's other options and what it raises: ``FlatRunDoor`` (every run's signature).
    """

    execute_file_list_files: FlatRunDoor[
        m.ListFilesParameters, m.ListFilesParametersParams, m.FileListExecutionResult
    ] = flat_run(_FILE_LIST_FILES)
    """List files on a file connection.

    ``POST /connections/{slug}/file/listFiles``. Lists the entries under the directory `path`; with
    `recursive`, the whole tree below it. With `async=true` the run is queued and the answer carries
    a `job_id` to poll at `/jobs/{job_id}`; `timeout_ms` bounds the run on the server. Not
    idempotent: a client must not re-send it once it may have reached the server.

    Args:
        connection_slug: The connection's slug (percent-encoded with no safe characters).
        parameters: A ``ListFilesParameters``, or a dict with its wire keys
            (``ListFilesParametersParams``).

    Returns:
        FileListExecutionResult: The entries of the directory (a FileListing `result`), or a
            `job_id` when queued. With ``async_=True`` a ``QueuedExecution``, whose ``job_id`` is
            always a ``str``.

    The run's other options and what it raises: ``FlatRunDoor`` (every run's signature).
    """

    execute_file_rename_file: FlatRunDoor[
        m.RenameFileParameters, m.RenameFileParametersParams, m.ExecutionResult
    ] = flat_run(_FILE_RENAME_FILE)
    """Rename a file on a file connection.

    ``POST /connections/{slug}/file/renameFile``. Gives the file at `path` the name `new_name`, in
    the same directory. With `async=true` the run is queued and the answer carries a `job_id` to
    poll at `/jobs/{job_id}`; `timeout_ms` bounds the run on the server. Not idempotent: a client
    must not re-send it once it may have reached the server.

    Args:
        connection_slug: The connection's slug (percent-encoded with no safe characters).
        parameters: A ``RenameFileParameters``, or a dict with its wire keys
            (``RenameFileParametersParams``).

    Returns:
        ExecutionResult: The run's outcome, or a `job_id` when run in the background. With
            ``async_=True`` a ``QueuedExecution``, whose ``job_id`` is always a ``str``.

    The run's other options and what it raises: ``FlatRunDoor`` (every run's signature).
    """

    execute_file_move_file: FlatRunDoor[
        m.MoveFileParameters, m.MoveFileParametersParams, m.ExecutionResult
    ] = flat_run(_FILE_MOVE_FILE)
    """Move a file on a file connection.

    ``POST /connections/{slug}/file/moveFile``. Moves the file at `source` to `destination`. With
    `async=true` the run is queued and the answer carries a `job_id` to poll at `/jobs/{job_id}`;
    `timeout_ms` bounds the run on the server. Not idempotent: a client must not re-send it once it
    may have reached the server.

    Args:
        connection_slug: The connection's slug (percent-encoded with no safe characters).
        parameters: A ``MoveFileParameters``, or a dict with its wire keys
            (``MoveFileParametersParams``).

    Returns:
        ExecutionResult: The run's outcome, or a `job_id` when run in the background. With
            ``async_=True`` a ``QueuedExecution``, whose ``job_id`` is always a ``str``.

    The run's other options and what it raises: ``FlatRunDoor`` (every run's signature).
    """

    execute_file_delete_file: FlatRunDoor[
        m.DeleteFileParameters, m.DeleteFileParametersParams, m.ExecutionResult
    ] = flat_run(_FILE_DELETE_FILE)
    """Delete a file on a file connection.

    ``POST /connections/{slug}/file/deleteFile``. Deletes the file at `path`. With `async=true` the
    run is queued and the answer carries a `job_id` to poll at `/jobs/{job_id}`; `timeout_ms` bounds
    the run on the server. Not idempotent: a client must not re-send it once it may have reached the
    server.

    Args:
        connection_slug: The connection's slug (percent-encoded with no safe characters).
        parameters: A ``DeleteFileParameters``, or a dict with its wire keys
            (``DeleteFileParametersParams``).

    Returns:
        ExecutionResult: The run's outcome, or a `job_id` when run in the background. With
            ``async_=True`` a ``QueuedExecution``, whose ``job_id`` is always a ``str``.

    The run's other options and what it raises: ``FlatRunDoor`` (every run's signature).
    """

    execute_sql_query: FlatRunDoor[m.SqlQuery, m.SqlQueryParams, m.SqlExecutionResult] = flat_run(
        _SQL_QUERY
    )
    """Run a SQL query on a SQL connection.

    ``POST /connections/{slug}/sql/query``. Runs the read query `query` with bound `params` (a list
    for positional, a map for named placeholders); the `result` holds the rows. With `async=true`
    the run is queued and the answer carries a `job_id` to poll at `/jobs/{job_id}`; `timeout_ms`
    bounds the run on the server. Not idempotent: a client must not re-send it once it may have
    reached the server.

    Args:
        connection_slug: The connection's slug (percent-encoded with no safe characters).
        parameters: A ``SqlQuery``, or a dict with its wire keys (``SqlQueryParams``).

    Returns:
        SqlExecutionResult: The outcome of a SQL run (its `result` is a SqlResult), or a `job_id`
            when queued. With ``async_=True`` a ``QueuedExecution``, whose ``job_id`` is always a
            ``str``.

    The run's other options and what it raises: ``FlatRunDoor`` (every run's signature).
    """

    execute_sql_select: FlatRunDoor[m.SqlSelect, m.SqlSelectParams, m.SqlExecutionResult] = (
        flat_run(_SQL_SELECT)
    )
    """Select rows from a table.

    ``POST /connections/{slug}/sql/select``. Selects `columns` (all when left out) from `table`,
    filtered by the equality map `where`, ordered by `order_by` (a leading `-` sorts descending),
    paged by `limit` and `offset`. With `async=true` the run is queued and the answer carries a
    `job_id` to poll at `/jobs/{job_id}`; `timeout_ms` bounds the run on the server. Not idempotent:
    a client must not re-send it once it may have reached the server.

    Args:
        connection_slug: The connection's slug (percent-encoded with no safe characters).
        parameters: A ``SqlSelect``, or a dict with its wire keys (``SqlSelectParams``).

    Returns:
        SqlExecutionResult: The outcome of a SQL run (its `result` is a SqlResult), or a `job_id`
            when queued. With ``async_=True`` a ``QueuedExecution``, whose ``job_id`` is always a
            ``str``.

    The run's other options and what it raises: ``FlatRunDoor`` (every run's signature).
    """

    execute_sql_insert: FlatRunDoor[m.SqlInsert, m.SqlInsertParams, m.SqlExecutionResult] = (
        flat_run(_SQL_INSERT)
    )
    """Insert rows into a table.

    ``POST /connections/{slug}/sql/insert``. Inserts each object of `rows` into `table`; keys are
    column names. With `async=true` the run is queued and the answer carries a `job_id` to poll at
    `/jobs/{job_id}`; `timeout_ms` bounds the run on the server. Not idempotent: a client must not
    re-send it once it may have reached the server.

    Args:
        connection_slug: The connection's slug (percent-encoded with no safe characters).
        parameters: A ``SqlInsert``, or a dict with its wire keys (``SqlInsertParams``).

    Returns:
        SqlExecutionResult: The outcome of a SQL run (its `result` is a SqlResult), or a `job_id`
            when queued. With ``async_=True`` a ``QueuedExecution``, whose ``job_id`` is always a
            ``str``.

    The run's other options and what it raises: ``FlatRunDoor`` (every run's signature).
    """

    execute_sql_update: FlatRunDoor[m.SqlUpdate, m.SqlUpdateParams, m.SqlExecutionResult] = (
        flat_run(_SQL_UPDATE)
    )
    """Update rows of a table.

    ``POST /connections/{slug}/sql/update``. Sets the columns of `values` on the rows of `table`
    that match the equality map `where`. With `async=true` the run is queued and the answer carries
    a `job_id` to poll at `/jobs/{job_id}`; `timeout_ms` bounds the run on the server. Not
    idempotent: a client must not re-send it once it may have reached the server.

    Args:
        connection_slug: The connection's slug (percent-encoded with no safe characters).
        parameters: A ``SqlUpdate``, or a dict with its wire keys (``SqlUpdateParams``).

    Returns:
        SqlExecutionResult: The outcome of a SQL run (its `result` is a SqlResult), or a `job_id`
            when queued. With ``async_=True`` a ``QueuedExecution``, whose ``job_id`` is always a
            ``str``.

    The run's other options and what it raises: ``FlatRunDoor`` (every run's signature).
    """

    execute_sql_delete: FlatRunDoor[m.SqlDelete, m.SqlDeleteParams, m.SqlExecutionResult] = (
        flat_run(_SQL_DELETE)
    )
    """Delete rows from a table.

    ``POST /connections/{slug}/sql/delete``. Deletes the rows of `table` that match the equality map
    `where`. With `async=true` the run is queued and the answer carries a `job_id` to poll at
    `/jobs/{job_id}`; `timeout_ms` bounds the run on the server. Not idempotent: a client must not
    re-send it once it may have reached the server.

    Args:
        connection_slug: The connection's slug (percent-encoded with no safe characters).
        parameters: A ``SqlDelete``, or a dict with its wire keys (``SqlDeleteParams``).

    Returns:
        SqlExecutionResult: The outcome of a SQL run (its `result` is a SqlResult), or a `job_id`
            when queued. With ``async_=True`` a ``QueuedExecution``, whose ``job_id`` is always a
            ``str``.

    The run's other options and what it raises: ``FlatRunDoor`` (every run's signature).
    """

    execute_sql_execute: FlatRunDoor[m.SqlExecute, m.SqlExecuteParams, m.SqlExecutionResult] = (
        flat_run(_SQL_EXECUTE)
    )
    """Execute a raw SQL statement.

    ``POST /connections/{slug}/sql/execute``. Executes `statement` with bound `params` as written
    (DDL or DML); not a saved action. With `async=true` the run is queued and the answer carries a
    `job_id` to poll at `/jobs/{job_id}`; `timeout_ms` bounds the run on the server. Not idempotent:
    a client must not re-send it once it may have reached the server.

    Args:
        connection_slug: The connection's slug (percent-encoded with no safe characters).
        parameters: A ``SqlExecute``, or a dict with its wire keys (``SqlExecuteParams``).

    Returns:
        SqlExecutionResult: The outcome of a SQL run (its `result` is a SqlResult), or a `job_id`
            when queued. With ``async_=True`` a ``QueuedExecution``, whose ``job_id`` is always a
            ``str``.

    The run's other options and what it raises: ``FlatRunDoor`` (every run's signature).
    """

    def get_job_result(
        self,
        job_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> m.JobResult:
        """Get a background job's state and result.

        ``GET /jobs/{job_id}``. The state of a run started with `async=true`: `queued` and `running`
        while it goes on, then `succeeded` (with `result`), `failed` (with `error`) or `cancelled`.
        Poll until the state is final.

        Args:
            job_id: The job's id, from the `job_id` of a queued run.
            request_options: Per-call headers, query, timeout and retries (``RequestOptions``);
                never sent in the body.

        Returns:
            JobResult: The job's state, and its result once finished.

        Raises:
            ValueError: Bad input, found before anything is sent (``TypeError`` for a wrong type).
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        job_id_segment = segment(job_id, "job_id")
        return self._send_loop.send(
            Call(
                "GET",
                f"/jobs/{job_id_segment}",
                m.JobResult,
                options=request_options,
                operation="get_job_result",
            )
        )

    def list_triggers(
        self,
        connection_slug: str,
        *,
        account_slug: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> m.TriggerList:
        """List a connection's triggers.

        ``GET /connections/{slug}/triggers``. The events the connection can send, each with your
        subscribers on it (`subscriptions`) for `account`: the account an action run would use for
        you, or the one `account_slug` names.

        Args:
            connection_slug: The connection's slug (percent-encoded with no safe characters).
            account_slug: List subscriptions for this connected account instead of the default one.
            request_options: Per-call headers, query, timeout and retries (``RequestOptions``);
                never sent in the body.

        Returns:
            TriggerList: The triggers of a connection, with your subscriptions.

        Raises:
            ValueError: Bad input, found before anything is sent (``TypeError`` for a wrong type).
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        slug_segment = segment(connection_slug, "connection_slug")
        query: Query = []
        if account_slug is not None and str(account_slug).strip():
            query.append(("account_slug", str(account_slug)))
        return self._send_loop.send(
            Call(
                "GET",
                f"/connections/{slug_segment}/triggers",
                m.TriggerList,
                params=query or None,
                options=request_options,
                operation="list_triggers",
            )
        )

    def get_trigger(
        self,
        connection_slug: str,
        trigger_slug: str,
        *,
        account_slug: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> m.TriggerDetail:
        """Get a trigger.

        ``GET /connections/{slug}/triggers/{trigger}``. One trigger of the connection, with what
        subscribing needs (`config.inputs`) and your subscribers on it.

        Args:
            connection_slug: The connection's slug (percent-encoded with no safe characters).
            trigger_slug: The trigger's slug.
            account_slug: List subscriptions for this connected account instead of the default one.
            request_options: Per-call headers, query, timeout and retries (``RequestOptions``);
                never sent in the body.

        Returns:
            TriggerDetail: One trigger.

        Raises:
            ValueError: Bad input, found before anything is sent (``TypeError`` for a wrong type).
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        slug_segment = segment(connection_slug, "connection_slug")
        trigger_segment = segment(trigger_slug, "trigger_slug")
        query: Query = []
        if account_slug is not None and str(account_slug).strip():
            query.append(("account_slug", str(account_slug)))
        return self._send_loop.send(
            Call(
                "GET",
                f"/connections/{slug_segment}/triggers/{trigger_segment}",
                m.TriggerDetail,
                params=query or None,
                options=request_options,
                operation="get_trigger",
            )
        )

    def unsubscribe(
        self,
        subscriber_id: int | str,
        *,
        request_options: RequestOptions | None = None,
    ) -> m.UnsubscribeResult:
        """Remove a trigger subscriber.

        ``DELETE /subscribers/{id}``. Deletes a subscriber by id; only org admins may (HTTP 403
        otherwise). `deleted` is false when it was already gone, so it is safe to retry; `webhook`
        appears when it was the last subscriber and says whether the webhook was removed at the
        provider.

        Args:
            subscriber_id: The subscriber's id (`subscriber.id` of a subscribe answer).
            request_options: Per-call headers, query, timeout and retries (``RequestOptions``);
                never sent in the body.

        Returns:
            UnsubscribeResult: Whether it was deleted (false when already gone).

        Raises:
            ValueError: Bad input, found before anything is sent (``TypeError`` for a wrong type).
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the server.
        """
        id_segment = segment(subscriber_id, "subscriber_id")
        return self._send_loop.send(
            Call(
                "DELETE",
                f"/subscribers/{id_segment}",
                m.UnsubscribeResult,
                options=request_options,
                operation="unsubscribe",
            )
        )
