"""``AsyncConnectionsClient``: every 0.x method, flat and fluent, returning typed models.

This file is the source of truth; ``_sync/client.py`` is generated from it by
``python -m codegen`` (``codegen/unasync.py``). Routes are written once, in the scopes; flat
methods are a second door to the same code. The typed executors (``http()``, ``file()``,
``sql()`` and ``execute_<family>_<verb>``) are generated from the spec into ``executors.py``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Mapping
from typing import Any, Literal, overload

import httpx

from facilio_connections_sdk import models as m
from facilio_connections_sdk._async.executors import (
    AsyncFileScope,
    AsyncHttpScope,
    AsyncSqlScope,
    _AsyncFlatExecutors,
    _AsyncScope,
)
from facilio_connections_sdk._async.transport import AsyncTransport
from facilio_connections_sdk._backends import HttpBackend, make_async_http_client
from facilio_connections_sdk._config import (
    DEFAULT_MAX_RESPONSE_BYTES,
    ConnectionsClientConfig,
    check_max_response_bytes,
    check_seconds,
    client_config,
)
from facilio_connections_sdk._credentials import TokenProvider
from facilio_connections_sdk._errors import ConnectionsTimeoutError, InvalidResponseError
from facilio_connections_sdk._paging import clamp_per_page, is_last_page
from facilio_connections_sdk._request import (
    AnyBody,
    Call,
    FileInput,
    execute_body,
    execute_query,
    multipart_files,
    paging_query,
    path,
    request_body,
    single_query,
)
from facilio_connections_sdk._routes import (
    ACTIVE_JOB_STATUSES,
    connection_query,
    execution_model,
    subscribe_body,
)
from facilio_connections_sdk._transport import KEEP, Keep

__all__ = ["AsyncConnectionsClient"]

Body = Mapping[str, Any]


# -- fluent scopes ----------------------------------------------------------------------------


async def _iterate_actions(
    transport: AsyncTransport, where: str, per_page: int, q: str | None
) -> AsyncIterator[m.ActionOut]:
    size = clamp_per_page(per_page)
    page = 1
    while True:
        query = paging_query([], page, size, q)
        listing = await transport.send(Call("GET", where, m.ActionList, params=query))
        items = listing.actions
        for item in items:
            yield item
        if is_last_page(page, len(items), size, listing.per_page, listing.total_pages):
            return
        page += 1


class AsyncActionsScope(_AsyncScope):
    """``connection(slug).actions()``: the saved actions of one connection."""

    __slots__ = ()

    def _where(self, *tail: str | tuple[str, object]) -> str:
        return path("connections", ("connection_slug", self._slug), "actions", *tail)

    async def list(
        self, *, page: int | None = None, per_page: int | None = None, q: str | None = None
    ) -> m.ActionList:
        """List a connection's saved actions.

        ``GET /connections/{slug}/actions`` (the whole list, or one page with ``page``).

        Args:
            page: Ask for one page (from 1); without it the whole list comes back.
            per_page: Page size (the server caps it at 100).
            q: Search text; not sent when blank.

        Returns:
            The ``ActionList``.

        Raises:
            NotFoundError: No such connection.
            ConnectionsError: The request failed (``ConnectionsApiError`` and its subclasses for
                an HTTP error).
        """
        query = paging_query([], page, per_page, q) or None
        return await self._transport.send(Call("GET", self._where(), m.ActionList, params=query))

    def iterate(self, *, per_page: int = 100, q: str | None = None) -> AsyncIterator[m.ActionOut]:
        """Every saved action of a connection, page by page.

        ``GET /connections/{slug}/actions?page=N&perPage=...`` until the list ends.

        Walks the pages (``per_page`` items each, clamped into 1..100) and stops on an empty or
        short page or at ``totalPages``; one page is in memory at a time.

        Args:
            per_page: Page size, clamped into 1..100.
            q: Search text.

        Returns:
            An iterator of ``ActionOut``.

        Raises:
            ConnectionsError: The request failed (``ConnectionsApiError`` and its subclasses for
                an HTTP error).
        """
        return _iterate_actions(self._transport, self._where(), per_page, q)

    async def get(self, action_slug: str) -> m.ActionDetail:
        """Get a saved action.

        ``GET /connections/{slug}/actions/{action}``.

        Args:
            action_slug: The saved action's slug.

        Returns:
            The ``ActionDetail``.

        Raises:
            NotFoundError: No such connection or action.
            ConnectionsError: The request failed (``ConnectionsApiError`` and its subclasses for
                an HTTP error).
        """
        where = self._where(("action_slug", action_slug))
        return await self._transport.send(Call("GET", where, m.ActionDetail))

    async def list_inputs(self, action_slug: str) -> m.ActionInputs:
        """List the inputs of a saved action.

        ``GET /connections/{slug}/actions/{action}/inputs``.

        Args:
            action_slug: The saved action's slug.

        Returns:
            The ``ActionInputs``: the names are the keys of ``input`` in an execute body.

        Raises:
            NotFoundError: No such connection or action.
            ConnectionsError: The request failed (``ConnectionsApiError`` and its subclasses for
                an HTTP error).
        """
        where = self._where(("action_slug", action_slug), "inputs")
        return await self._transport.send(Call("GET", where, m.ActionInputs))

    async def list_outputs(self, action_slug: str) -> m.ActionOutputs:
        """List the outputs of a saved action.

        ``GET /connections/{slug}/actions/{action}/outputs``.

        Args:
            action_slug: The saved action's slug.

        Returns:
            The ``ActionOutputs``.

        Raises:
            NotFoundError: No such connection or action.
            ConnectionsError: The request failed (``ConnectionsApiError`` and its subclasses for
                an HTTP error).
        """
        where = self._where(("action_slug", action_slug), "outputs")
        return await self._transport.send(Call("GET", where, m.ActionOutputs))

    @overload
    async def execute(
        self,
        action_slug: str,
        body: m.ExecuteRequest | m.ExecuteRequestParams | AnyBody | None = None,
        *,
        files: Mapping[str, FileInput] | None = None,
        async_: Literal[False] = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    @overload
    async def execute(
        self,
        action_slug: str,
        body: m.ExecuteRequest | m.ExecuteRequestParams | AnyBody | None = None,
        *,
        files: Mapping[str, FileInput] | None = None,
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
        action_slug: str,
        body: m.ExecuteRequest | m.ExecuteRequestParams | AnyBody | None = None,
        *,
        files: Mapping[str, FileInput] | None = None,
        async_: bool,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    async def execute(
        self,
        action_slug: str,
        body: m.ExecuteRequest | m.ExecuteRequestParams | AnyBody | None = None,
        *,
        files: Mapping[str, FileInput] | None = None,
        async_: bool = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult:
        """Run a saved action.

        ``POST /connections/{slug}/actions/{action}/execute``; multipart with ``files``.
        Never re-sent once it may have reached the server.

        Example::

            body = {"input": {"body": "hi"}}
            run = await client.execute_action("crm", "add-comment", body, async_=True)
            job = await client.wait_for_job(run.job_id)

        Args:
            action_slug: The saved action's slug.
            body: An ``ExecuteRequest`` or a mapping (``{"input": {...}, "options": {...}}``),
                checked before anything is sent.
            files: Input name -> file (a path, bytes, an open binary file or ``(filename, data[,
                content_type])``); the request becomes multipart.
            async_: Queue the run and answer at once with a ``job_id``.
            timeout_ms: How long the server may run it, in milliseconds.
            version: Pin the action version; a mismatch raises ``ConflictError``.
            account_slug: The connected account to run as (never over one in the body).
            options: Execution options (``source``, ``purpose``, ``debug``, ...) for the body.
            **extra_options: More execution options; they win over ``options``.

        Returns:
            The ``ExecutionResult`` (with ``job_id`` when queued: see ``wait_for_job``).

        Raises:
            ValueError: Bad input, found before anything is sent.
            ConflictError: ``version`` does not match; ``available_versions`` lists the others.
            ConnectionsError: The request failed (``ConnectionsApiError`` and its subclasses for
                an HTTP error).
        """
        where = self._where(("action_slug", action_slug), "execute")
        query = execute_query(async_, timeout_ms, version)
        data = execute_body(body, m.ExecuteRequest, account_slug, options, extra_options)
        model = execution_model(async_)
        if files is not None:
            parts = multipart_files(data, files)
            call = Call("POST", where, model, params=query, files=parts)
        else:
            call = Call("POST", where, model, params=query, json=data)
        return await self._transport.send(call)


class AsyncTriggerScope(_AsyncScope):
    """``connection(slug).trigger(trigger_slug)``."""

    __slots__ = ("_trigger",)

    def __init__(self, transport: AsyncTransport, slug: str, trigger_slug: str) -> None:
        super().__init__(transport, slug)
        self._trigger = trigger_slug

    def _where(self, *tail: str) -> str:
        return path(
            "connections",
            ("connection_slug", self._slug),
            "triggers",
            ("trigger_slug", self._trigger),
            *tail,
        )

    async def get(self, *, account_slug: str | None = None) -> m.TriggerDetail:
        """Get a trigger.

        ``GET /connections/{slug}/triggers/{trigger}``.

        Args:
            account_slug: List subscriptions for this connected account instead of the default.

        Returns:
            The ``TriggerDetail``.

        Raises:
            NotFoundError: No such connection or trigger.
            ConnectionsError: The request failed (``ConnectionsApiError`` and its subclasses for
                an HTTP error).
        """
        query = single_query("account_slug", account_slug)
        return await self._transport.send(Call("GET", self._where(), m.TriggerDetail, params=query))

    async def subscribe(
        self,
        *,
        target_url: str,
        service: str | None = None,
        user_id: int | None = None,
        api_key: str | None = None,
        api_key_header: str | None = None,
        name: str | None = None,
        account_id: int | None = None,
        account: str | None = None,
        inputs: Mapping[str, str] | None = None,
    ) -> m.SubscribeResult:
        """Subscribe a webhook to a trigger.

        ``POST /connections/{slug}/triggers/{trigger}/subscribers``. Safe on every start-up:
        ``created`` is False when the same subscriber already existed.

        Args:
            target_url: The URL the events are sent to.
            service: Authenticate with a service token of this service; events run as you.
            user_id: With ``service``: run as this user instead.
            api_key: Authenticate with this API key instead.
            api_key_header: The header the API key goes in (``x-api-key`` when left out).
            name: A name for the subscriber.
            account_id: The connected account whose events are sent (wins over ``account``).
            account: The connected account, by slug.
            inputs: What the trigger needs (its ``config.inputs``), name -> value.

        Returns:
            The ``SubscribeResult``: ``subscriber`` and ``created``.

        Raises:
            ValueError: ``target_url`` is empty (nothing is sent).
            InternalServerError: HTTP 502: the provider refused and nothing was saved.
            ConnectionsError: The request failed (``ConnectionsApiError`` and its subclasses for
                an HTTP error).
        """
        body = subscribe_body(
            target_url,
            service=service,
            user_id=user_id,
            api_key=api_key,
            api_key_header=api_key_header,
            name=name,
            account_id=account_id,
            account=account,
            inputs=inputs,
        )
        return await self._transport.send(
            Call("POST", self._where("subscribers"), m.SubscribeResult, json=body)
        )


class AsyncConnectionScope(_AsyncScope):
    """``client.connection(slug)``: everything about one connection."""

    __slots__ = ()

    def __init__(self, transport: AsyncTransport, slug: str) -> None:
        path(("connection_slug", slug))  # refuse a bad slug now, not at the first call
        super().__init__(transport, slug)

    def _where(self, *tail: str) -> str:
        return path("connections", ("connection_slug", self._slug), *tail)

    async def get(self) -> m.ConnectionDetail:
        """Get a connection and its accounts.

        ``GET /connections/{slug}``.

        Returns:
            The ``ConnectionDetail``: ``connection`` and its ``accounts``.

        Raises:
            NotFoundError: No such connection.
            ConnectionsError: The request failed (``ConnectionsApiError`` and its subclasses for
                an HTTP error).
        """
        return await self._transport.send(Call("GET", self._where(), m.ConnectionDetail))

    async def connected_accounts(self) -> m.ConnectedAccountList:
        """List a connection's connected accounts.

        ``GET /connections/{slug}/accounts``.

        Returns:
            The ``ConnectedAccountList``; ``is_default`` marks the account runs use.

        Raises:
            NotFoundError: No such connection.
            ConnectionsError: The request failed (``ConnectionsApiError`` and its subclasses for
                an HTTP error).
        """
        return await self._transport.send(
            Call("GET", self._where("accounts"), m.ConnectedAccountList)
        )

    async def authorize(self) -> m.AuthorizeResult:
        """Authorize a connection.

        ``POST /connections/{slug}/authorize`` with ``{}``.

        Returns:
            The ``AuthorizeResult``; open ``authorization_url`` when it is present.

        Raises:
            NotFoundError: No such connection.
            ConnectionsError: The request failed (``ConnectionsApiError`` and its subclasses for
                an HTTP error).
        """
        return await self._transport.send(
            Call("POST", self._where("authorize"), m.AuthorizeResult, json={})
        )

    async def unauthorize(self) -> m.ConnectionStatus:
        """Remove a connection's authorization.

        ``POST /connections/{slug}/unauthorize`` with ``{}``.

        Returns:
            The connection's new ``ConnectionStatus``.

        Raises:
            NotFoundError: No such connection.
            ConnectionsError: The request failed (``ConnectionsApiError`` and its subclasses for
                an HTTP error).
        """
        return await self._transport.send(
            Call("POST", self._where("unauthorize"), m.ConnectionStatus, json={})
        )

    async def set_active(self, active: bool) -> m.ConnectionStatus:
        """Turn a connection on or off.

        ``POST /connections/{slug}/toggle-active`` with ``{"active": active}``.

        Args:
            active: True to turn it on, False to turn it off.

        Returns:
            The connection's new ``ConnectionStatus``.

        Raises:
            TypeError: ``active`` is not a bool (nothing is sent).
            NotFoundError: No such connection.
            ConnectionsError: The request failed (``ConnectionsApiError`` and its subclasses for
                an HTTP error).
        """
        if not isinstance(active, bool):
            raise TypeError(f"active must be a bool, not {type(active).__name__}")
        body = request_body({"active": active}, m.ToggleActiveRequest)
        return await self._transport.send(
            Call("POST", self._where("toggle-active"), m.ConnectionStatus, json=body)
        )

    async def authorize_url(
        self,
        request: m.AuthorizeUrlRequest | Body | None = None,
        *,
        org_wide: bool | None = None,
        name: str | None = None,
        scope: str | None = None,
        return_origin: str | None = None,
        for_all_users: bool | None = None,
    ) -> str:
        """Get the URL that connects an account.

        ``POST /connections/{slug}/connect/authorize-url``.

        Example::

            url = await client.authorize("github", org_wide=True, return_origin="https://app.example.com")

        Args:
            request: An ``AuthorizeUrlRequest`` or a mapping with its wire keys.
            org_wide: The account is usable by everyone in the org (``for_all_users`` on the wire);
                with it, ``scope`` is not sent.
            name: Name for the account that will be connected.
            scope: Legacy scope of the account.
            return_origin: Origin the browser returns to when connecting is done.
            for_all_users: The wire name of ``org_wide``; give one of the two.

        Returns:
            The URL (``str``) a person opens to connect an account.

        Raises:
            ValueError: ``org_wide`` and ``for_all_users`` disagree (nothing is sent).
            InvalidResponseError: The answer has no ``url``.
            ConnectionsError: The request failed (``ConnectionsApiError`` and its subclasses for
                an HTTP error).
        """
        if org_wide is not None:
            if for_all_users is not None and for_all_users != org_wide:
                raise ValueError("org_wide and for_all_users are the same field; give one of them")
            for_all_users, scope = org_wide, None
        fields = {
            "for_all_users": for_all_users,
            "scope": scope,
            "name": name,
            "return_origin": return_origin,
        }
        given = {key: value for key, value in fields.items() if value is not None}
        body = request_body(request, m.AuthorizeUrlRequest, given)
        call = Call(
            "POST", self._where("connect", "authorize-url"), m.AuthorizeUrlResult, json=body
        )
        result = await self._transport.send(call)
        if not result.url:
            raise InvalidResponseError(
                f"POST {call.path} -> the response has no 'url'",
                status_code=0,
                body=result.model_dump_json(by_alias=True, exclude_unset=True),
            )
        return result.url

    def http(self) -> AsyncHttpScope:
        """``connection(slug).http()``: HTTP requests through the connection."""
        return AsyncHttpScope(self._transport, self._slug)

    def file(self) -> AsyncFileScope:
        """``connection(slug).file()``: files on a file connection (``read``, ``upload``, ...)."""
        return AsyncFileScope(self._transport, self._slug)

    def sql(self) -> AsyncSqlScope:
        """``connection(slug).sql()``: SQL on a SQL connection (``query``, ``select``, ...)."""
        return AsyncSqlScope(self._transport, self._slug)

    def actions(self) -> AsyncActionsScope:
        """``connection(slug).actions()``: the connection's saved actions."""
        return AsyncActionsScope(self._transport, self._slug)

    async def triggers(self, *, account_slug: str | None = None) -> m.TriggerList:
        """List a connection's triggers.

        ``GET /connections/{slug}/triggers``, with your subscribers on each.

        Args:
            account_slug: List subscriptions for this connected account instead of the default.

        Returns:
            The ``TriggerList``: ``triggers`` and the ``account`` they are listed for.

        Raises:
            NotFoundError: No such connection.
            ConnectionsError: The request failed (``ConnectionsApiError`` and its subclasses for
                an HTTP error).
        """
        query = single_query("account_slug", account_slug)
        return await self._transport.send(
            Call("GET", self._where("triggers"), m.TriggerList, params=query)
        )

    def trigger(self, trigger_slug: str) -> AsyncTriggerScope:
        """``connection(slug).trigger(trigger_slug)``: one trigger (``get``, ``subscribe``)."""
        return AsyncTriggerScope(self._transport, self._slug, trigger_slug)


async def _iterate_connections(
    transport: AsyncTransport,
    relay_id: str | None,
    template_id: str | None,
    per_page: int,
    q: str | None,
    filter: str | None,
) -> AsyncIterator[m.ConnectionOut]:
    size = clamp_per_page(per_page)
    page = 1
    while True:
        query = connection_query(relay_id, template_id, page, size, q, filter)
        listing = await transport.send(Call("GET", "/connections", m.ConnectionList, params=query))
        items = listing.connections
        for item in items:
            yield item
        if is_last_page(page, len(items), size, listing.per_page, listing.total_pages):
            return
        page += 1


class AsyncConnectionsScope:
    """``client.connections()``: listing connections (optionally of one template)."""

    __slots__ = ("_template_id", "_transport")

    def __init__(self, transport: AsyncTransport, template_id: str | None = None) -> None:
        self._transport = transport
        self._template_id = template_id

    async def list(
        self,
        relay_id: str | None = None,
        *,
        template_id: str | None = None,
        page: int | None = None,
        per_page: int | None = None,
        q: str | None = None,
        filter: str | None = None,
        authorized: bool | None = None,
    ) -> m.ConnectionList:
        """List connections.

        ``GET /connections`` with the given filters (the whole list, or one page with ``page``).

        Args:
            relay_id: Only connections that run through this relay.
            template_id: Only connections made from this template.
            page: Ask for one page (from 1); without it the whole list comes back.
            per_page: Page size (the server caps it at 100).
            q: Search text; not sent when blank.
            filter: ``"all"``, ``"connected"`` or ``"custom"``.
            authorized: Accepted for 0.x code and ignored.

        Returns:
            The ``ConnectionList``: ``connections``, ``count``; the paging keys with ``page``.

        Raises:
            ConnectionsError: The request failed (``ConnectionsApiError`` and its subclasses for
                an HTTP error).
        """
        query = connection_query(
            relay_id, template_id or self._template_id, page, per_page, q, filter
        )
        return await self._transport.send(
            Call("GET", "/connections", m.ConnectionList, params=query)
        )

    def iterate(
        self,
        relay_id: str | None = None,
        *,
        template_id: str | None = None,
        per_page: int = 100,
        q: str | None = None,
        filter: str | None = None,
        authorized: bool | None = None,
    ) -> AsyncIterator[m.ConnectionOut]:
        """Every connection, page by page.

        ``GET /connections?page=N&perPage=...`` until the list ends.

        Walks the pages (``per_page`` items each, clamped into 1..100) and stops on an empty or
        short page or at ``totalPages``; one page is in memory at a time.

        Args:
            relay_id: Only connections that run through this relay.
            template_id: Only connections made from this template.
            q: Search text; not sent when blank.
            filter: ``"all"``, ``"connected"`` or ``"custom"``.
            authorized: Accepted for 0.x code and ignored.
            per_page: Page size, clamped into 1..100.

        Returns:
            An iterator of ``ConnectionOut``.

        Raises:
            ConnectionsError: The request failed (``ConnectionsApiError`` and its subclasses for
                an HTTP error).
        """
        return _iterate_connections(
            self._transport, relay_id, template_id or self._template_id, per_page, q, filter
        )


class AsyncTemplateScope:
    """``client.template(template_id)``: connections made from one template."""

    __slots__ = ("_template_id", "_transport")

    def __init__(self, transport: AsyncTransport, template_id: str) -> None:
        if not isinstance(template_id, str) or not template_id.strip():
            raise ValueError("template_id must be a non-empty string")
        self._transport = transport
        self._template_id = template_id

    async def connections(
        self,
        relay_id: str | None = None,
        *,
        authorized: bool | None = None,
        page: int | None = None,
        per_page: int | None = None,
        q: str | None = None,
        filter: str | None = None,
    ) -> m.ConnectionList:
        """List connections.

        ``GET /connections?template_id=...``: the connections made from this template.

        Args:
            relay_id: Only connections that run through this relay.
            authorized: Accepted for 0.x code and ignored.
            page: Ask for one page (from 1); without it the whole list comes back.
            per_page: Page size (the server caps it at 100).
            q: Search text; not sent when blank.
            filter: ``"all"``, ``"connected"`` or ``"custom"``.

        Returns:
            The ``ConnectionList``.

        Raises:
            ConnectionsError: The request failed (``ConnectionsApiError`` and its subclasses for
                an HTTP error).
        """
        return await AsyncConnectionsScope(self._transport, self._template_id).list(
            relay_id, page=page, per_page=per_page, q=q, filter=filter
        )

    def connection(self, slug: str) -> AsyncConnectionScope:
        """``template(id).connection(slug)``: one connection, as ``client.connection(slug)``."""
        return AsyncConnectionScope(self._transport, slug)


class AsyncActionsCatalogScope:
    """``client.actions_catalog()``: the tenant-wide action catalog (``GET /actions``)."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def list(
        self, *, page: int | None = None, per_page: int | None = None, q: str | None = None
    ) -> m.ActionList:
        """List the tenant's action catalog.

        ``GET /actions`` (every connection's actions; the whole list, or one page with ``page``).

        Args:
            page: Ask for one page (from 1); without it the whole list comes back.
            per_page: Page size (the server caps it at 100).
            q: Search text; not sent when blank.

        Returns:
            The ``ActionList``.

        Raises:
            ConnectionsError: The request failed (``ConnectionsApiError`` and its subclasses for
                an HTTP error).
        """
        query = paging_query([], page, per_page, q) or None
        return await self._transport.send(Call("GET", "/actions", m.ActionList, params=query))

    def iterate(self, *, per_page: int = 100, q: str | None = None) -> AsyncIterator[m.ActionOut]:
        """Every action of the catalog, page by page.

        ``GET /actions?page=N&perPage=...`` until the list ends.

        Walks the pages (``per_page`` items each, clamped into 1..100) and stops on an empty or
        short page or at ``totalPages``; one page is in memory at a time.

        Args:
            per_page: Page size, clamped into 1..100.
            q: Search text.

        Returns:
            An iterator of ``ActionOut``.

        Raises:
            ConnectionsError: The request failed (``ConnectionsApiError`` and its subclasses for
                an HTTP error).
        """
        return _iterate_actions(self._transport, "/actions", per_page, q)


class AsyncJobsScope:
    """``client.jobs()``: background job results and waiting."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def result(self, job_id: str) -> m.JobResult:
        """Get a background job's state and result.

        ``GET /jobs/{job_id}``.

        Args:
            job_id: The ``job_id`` of a queued run.

        Returns:
            The ``JobResult``: ``status``, and ``result`` or ``error`` once final.

        Raises:
            NotFoundError: No such job.
            ConnectionsError: The request failed (``ConnectionsApiError`` and its subclasses for
                an HTTP error).
        """
        return await self._transport.send(
            Call("GET", path("jobs", ("job_id", job_id)), m.JobResult)
        )

    async def wait(
        self,
        job_id: str,
        *,
        timeout: float = 300.0,
        poll_interval: float = 1.0,
        on_poll: Callable[[m.JobResult], object] | None = None,
    ) -> m.JobResult:
        """Wait for a background job to finish.

        Polls ``GET /jobs/{job_id}`` until the job is no longer ``queued`` or ``running``.

        Args:
            job_id: The ``job_id`` of a queued run.
            timeout: Give up after this many seconds.
            poll_interval: Seconds between the first polls; it grows by half each poll, up to
                ``max(poll_interval, 5)``.
            on_poll: Called with every polled state (for progress).

        Returns:
            The final ``JobResult`` (``succeeded``, ``failed`` or ``cancelled``).

        Raises:
            ConnectionsTimeoutError: ``timeout`` seconds passed first.
            ConnectionsError: The request failed (``ConnectionsApiError`` and its subclasses for
                an HTTP error).
        """
        check_seconds(timeout, "timeout")
        check_seconds(poll_interval, "poll_interval")
        call = Call("GET", path("jobs", ("job_id", job_id)), m.JobResult)
        clock = self._transport.clock
        deadline = clock() + timeout
        interval = poll_interval
        ceiling = max(poll_interval, 5.0)
        while True:
            job = await self._transport.send(call)
            if on_poll is not None:
                on_poll(job)
            if str(job.status) not in ACTIVE_JOB_STATUSES:
                return job
            remaining = deadline - clock()
            if remaining <= 0:
                raise ConnectionsTimeoutError(
                    f"job {job_id} still {job.status} after {timeout:g} s"
                )
            await self._transport.sleep(min(interval, remaining))
            interval = min(interval * 1.5, ceiling)


# -- the client -------------------------------------------------------------------------------


class AsyncConnectionsClient(_AsyncFlatExecutors):
    """Client for ``/api/v1``. Use ``async with`` or ``await client.aclose()``.

    Every setting of :class:`ConnectionsClientConfig` is a keyword here, or pass a whole
    ``config=`` (not both). ``http_client``: your own ``httpx.AsyncClient`` (never closed by the
    SDK).

    Example::

        async with AsyncConnectionsClient(
            "https://connections.example.com", "token", timeout_seconds=30, max_retries=4
        ) as client:
            page = await client.list_connections()
    """

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
                once per attempt: see "Tokens that change" in the README.
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
            http_client: Your own ``httpx.AsyncClient``; the SDK never closes it.
            config: A whole :class:`ConnectionsClientConfig` instead of the keywords.
            http_backend: ``"httpx"`` or ``"aiohttp"`` (the ``aiohttp`` extra).

        Raises:
            ValueError: A bad setting, or settings both in ``config`` and as keywords.
        """
        config = client_config(
            base_url,
            service_token,
            config,
            {
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
            },
        )
        config.warn_if_insecure()
        self._config = config
        owns = http_client is None
        if http_client is None:
            http_client = make_async_http_client(config, http_backend)
        self._transport = AsyncTransport(
            http_client,
            api_root=config.origin + "/api/v1",
            config=config,
            max_retries=config.max_retries,
            timeout=None,
            owns_http=owns,
            timeout_seconds=config.timeout_seconds,
            max_response_bytes=config.max_response_bytes,
        )

    @classmethod
    def from_config(
        cls,
        config: ConnectionsClientConfig,
        *,
        http_client: httpx.AsyncClient | None = None,
        http_backend: HttpBackend = "httpx",  # async-only
    ) -> AsyncConnectionsClient:
        """A client from a full :class:`ConnectionsClientConfig`."""
        return cls(
            config.base_url,
            config.service_token,
            http_client=http_client,
            config=config,
            http_backend=http_backend,  # async-only
        )

    @classmethod
    def from_env(
        cls,
        environ: Mapping[str, str] | None = None,
        *,
        http_client: httpx.AsyncClient | None = None,
        http_backend: HttpBackend = "httpx",  # async-only
    ) -> AsyncConnectionsClient:
        """A client from ``FACILIO_CONNECTIONS_*`` environment variables."""
        return cls.from_config(
            ConnectionsClientConfig.from_env(environ),
            http_client=http_client,
            http_backend=http_backend,  # async-only
        )

    @property
    def config(self) -> ConnectionsClientConfig:
        """The settings this client was built with (secrets hidden in its ``repr``)."""
        return self._config

    def with_options(
        self,
        *,
        timeout_seconds: float | None = None,
        max_retries: int | None = None,
        max_response_bytes: int | Keep | None = KEEP,
    ) -> AsyncConnectionsClient:
        """A client sharing this one's connection pool, with other timeout / retries / limit.

        ``max_response_bytes=None`` lifts the body size limit for the copy; leave it out to
        keep this client's.
        """
        if max_retries is not None and (
            isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0
        ):
            raise ValueError("max_retries must be an int >= 0")
        if timeout_seconds is not None:
            timeout_seconds = check_seconds(timeout_seconds, "timeout_seconds")
        if not isinstance(max_response_bytes, Keep):
            check_max_response_bytes(max_response_bytes)
        clone = object.__new__(type(self))
        clone._config = self._config
        clone._transport = self._transport.copy(
            max_retries=max_retries,
            timeout=httpx.Timeout(timeout_seconds) if timeout_seconds is not None else None,
            timeout_seconds=timeout_seconds,
            max_response_bytes=max_response_bytes,
        )
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
        self._transport.requests.credentials.update_token(token)

    def update_csrf_token(self, token: str | None) -> None:
        """Send ``token`` as ``X-CSRF-Token`` from the next request on (cookie sessions).

        Shared with ``with_options`` copies exactly as :meth:`update_token`.

        Raises:
            ValueError: The token has a control character.
        """
        self._transport.requests.credentials.update_csrf_token(token)

    async def aclose(self) -> None:
        """Close the internal ``httpx.AsyncClient`` (a caller-supplied one is left open)."""
        await self._transport.aclose()

    async def __aenter__(self) -> AsyncConnectionsClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    # fluent roots

    def jobs(self) -> AsyncJobsScope:
        """``client.jobs()``: background job results and waiting (``result``, ``wait``)."""
        return AsyncJobsScope(self._transport)

    def connections(self) -> AsyncConnectionsScope:
        """``client.connections()``: listing connections (``list``, ``iterate``)."""
        return AsyncConnectionsScope(self._transport)

    def actions_catalog(self) -> AsyncActionsCatalogScope:
        """``client.actions_catalog()``: the tenant-wide action catalog (``GET /actions``)."""
        return AsyncActionsCatalogScope(self._transport)

    def template(self, template_id: str) -> AsyncTemplateScope:
        """``client.template(template_id)``: the connections made from one template.

        Raises:
            ValueError: ``template_id`` is empty.
        """
        return AsyncTemplateScope(self._transport, template_id)

    def connection(self, slug: str) -> AsyncConnectionScope:
        """``client.connection(slug)``: everything about one connection, fluently.

        Raises:
            ValueError: The slug is empty, ``.`` or ``..`` (checked now, not at the first call).
        """
        return AsyncConnectionScope(self._transport, slug)

    # jobs

    async def get_job_result(self, job_id: str) -> m.JobResult:
        """Get a background job's state and result.

        ``GET /jobs/{job_id}``.

        Args:
            job_id: The ``job_id`` of a queued run.

        Returns:
            The ``JobResult``: ``status``, and ``result`` or ``error`` once final.

        Raises:
            NotFoundError: No such job.
            ConnectionsError: The request failed (``ConnectionsApiError`` and its subclasses for
                an HTTP error).
        """
        return await self.jobs().result(job_id)

    async def wait_for_job(
        self,
        job_id: str,
        *,
        timeout: float = 300.0,
        poll_interval: float = 1.0,
        on_poll: Callable[[m.JobResult], object] | None = None,
    ) -> m.JobResult:
        """Wait for a background job to finish.

        Polls ``GET /jobs/{job_id}`` until the job is no longer ``queued`` or ``running``.

        Args:
            job_id: The ``job_id`` of a queued run.
            timeout: Give up after this many seconds.
            poll_interval: Seconds between the first polls; it grows by half each poll, up to
                ``max(poll_interval, 5)``.
            on_poll: Called with every polled state (for progress).

        Returns:
            The final ``JobResult`` (``succeeded``, ``failed`` or ``cancelled``).

        Raises:
            ConnectionsTimeoutError: ``timeout`` seconds passed first.
            ConnectionsError: The request failed (``ConnectionsApiError`` and its subclasses for
                an HTTP error).
        """
        return await self.jobs().wait(
            job_id, timeout=timeout, poll_interval=poll_interval, on_poll=on_poll
        )

    # connections

    async def list_connections(
        self,
        relay_id: str | None = None,
        *,
        template_id: str | None = None,
        page: int | None = None,
        per_page: int | None = None,
        q: str | None = None,
        filter: str | None = None,
        authorized: bool | None = None,
    ) -> m.ConnectionList:
        """List connections.

        ``GET /connections`` with the given filters (the whole list, or one page with ``page``).

        Args:
            relay_id: Only connections that run through this relay.
            template_id: Only connections made from this template.
            page: Ask for one page (from 1); without it the whole list comes back.
            per_page: Page size (the server caps it at 100).
            q: Search text; not sent when blank.
            filter: ``"all"``, ``"connected"`` or ``"custom"``.
            authorized: Accepted for 0.x code and ignored.

        Returns:
            The ``ConnectionList``: ``connections``, ``count``; the paging keys with ``page``.

        Raises:
            ConnectionsError: The request failed (``ConnectionsApiError`` and its subclasses for
                an HTTP error).
        """
        return await self.connections().list(
            relay_id, template_id=template_id, page=page, per_page=per_page, q=q, filter=filter
        )

    def iter_connections(
        self,
        relay_id: str | None = None,
        *,
        template_id: str | None = None,
        per_page: int = 100,
        q: str | None = None,
        filter: str | None = None,
        authorized: bool | None = None,
    ) -> AsyncIterator[m.ConnectionOut]:
        """Every connection, page by page.

        ``GET /connections?page=N&perPage=...`` until the list ends.

        Walks the pages (``per_page`` items each, clamped into 1..100) and stops on an empty or
        short page or at ``totalPages``; one page is in memory at a time.

        Args:
            relay_id: Only connections that run through this relay.
            template_id: Only connections made from this template.
            q: Search text; not sent when blank.
            filter: ``"all"``, ``"connected"`` or ``"custom"``.
            authorized: Accepted for 0.x code and ignored.
            per_page: Page size, clamped into 1..100.

        Returns:
            An iterator of ``ConnectionOut``.

        Raises:
            ConnectionsError: The request failed (``ConnectionsApiError`` and its subclasses for
                an HTTP error).
        """
        return self.connections().iterate(
            relay_id, template_id=template_id, per_page=per_page, q=q, filter=filter
        )

    async def get_connection(self, slug: str) -> m.ConnectionDetail:
        """Get a connection and its accounts.

        ``GET /connections/{slug}``.

        Args:
            slug: The connection's slug.

        Returns:
            The ``ConnectionDetail``: ``connection`` and its ``accounts``.

        Raises:
            NotFoundError: No such connection.
            ConnectionsError: The request failed (``ConnectionsApiError`` and its subclasses for
                an HTTP error).
        """
        return await self.connection(slug).get()

    async def get_connected_accounts(self, connection_slug: str) -> m.ConnectedAccountList:
        """List a connection's connected accounts.

        ``GET /connections/{slug}/accounts``.

        Args:
            connection_slug: The connection's slug.

        Returns:
            The ``ConnectedAccountList``; ``is_default`` marks the account runs use.

        Raises:
            NotFoundError: No such connection.
            ConnectionsError: The request failed (``ConnectionsApiError`` and its subclasses for
                an HTTP error).
        """
        return await self.connection(connection_slug).connected_accounts()

    async def authorize(
        self,
        slug: str,
        request: m.AuthorizeUrlRequest | Body | None = None,
        *,
        org_wide: bool | None = None,
        name: str | None = None,
        scope: str | None = None,
        return_origin: str | None = None,
        for_all_users: bool | None = None,
    ) -> str:
        """Get the URL that connects an account.

        ``POST /connections/{slug}/connect/authorize-url``.

        Example::

            url = await client.authorize("github", org_wide=True, return_origin="https://app.example.com")

        Args:
            slug: The connection's slug.
            request: An ``AuthorizeUrlRequest`` or a mapping with its wire keys.
            org_wide: The account is usable by everyone in the org (``for_all_users`` on the wire);
                with it, ``scope`` is not sent.
            name: Name for the account that will be connected.
            scope: Legacy scope of the account.
            return_origin: Origin the browser returns to when connecting is done.
            for_all_users: The wire name of ``org_wide``; give one of the two.

        Returns:
            The URL (``str``) a person opens to connect an account.

        Raises:
            ValueError: ``org_wide`` and ``for_all_users`` disagree (nothing is sent).
            InvalidResponseError: The answer has no ``url``.
            ConnectionsError: The request failed (``ConnectionsApiError`` and its subclasses for
                an HTTP error).
        """
        return await self.connection(slug).authorize_url(
            request,
            org_wide=org_wide,
            name=name,
            scope=scope,
            return_origin=return_origin,
            for_all_users=for_all_users,
        )

    async def authorize_connection(self, slug: str) -> m.AuthorizeResult:
        """Authorize a connection.

        ``POST /connections/{slug}/authorize`` with ``{}``.

        Args:
            slug: The connection's slug.

        Returns:
            The ``AuthorizeResult``; open ``authorization_url`` when it is present.

        Raises:
            NotFoundError: No such connection.
            ConnectionsError: The request failed (``ConnectionsApiError`` and its subclasses for
                an HTTP error).
        """
        return await self.connection(slug).authorize()

    async def unauthorize_connection(self, slug: str) -> m.ConnectionStatus:
        """Remove a connection's authorization.

        ``POST /connections/{slug}/unauthorize`` with ``{}``.

        Args:
            slug: The connection's slug.

        Returns:
            The connection's new ``ConnectionStatus``.

        Raises:
            NotFoundError: No such connection.
            ConnectionsError: The request failed (``ConnectionsApiError`` and its subclasses for
                an HTTP error).
        """
        return await self.connection(slug).unauthorize()

    async def toggle_connection_active(self, slug: str, active: bool) -> m.ConnectionStatus:
        """Turn a connection on or off.

        ``POST /connections/{slug}/toggle-active`` with ``{"active": active}``.

        Args:
            slug: The connection's slug.
            active: True to turn it on, False to turn it off.

        Returns:
            The connection's new ``ConnectionStatus``.

        Raises:
            TypeError: ``active`` is not a bool (nothing is sent).
            NotFoundError: No such connection.
            ConnectionsError: The request failed (``ConnectionsApiError`` and its subclasses for
                an HTTP error).
        """
        return await self.connection(slug).set_active(active)

    # actions

    async def list_all_actions(
        self, *, page: int | None = None, per_page: int | None = None, q: str | None = None
    ) -> m.ActionList:
        """List the tenant's action catalog.

        ``GET /actions`` (every connection's actions; the whole list, or one page with ``page``).

        Args:
            page: Ask for one page (from 1); without it the whole list comes back.
            per_page: Page size (the server caps it at 100).
            q: Search text; not sent when blank.

        Returns:
            The ``ActionList``.

        Raises:
            ConnectionsError: The request failed (``ConnectionsApiError`` and its subclasses for
                an HTTP error).
        """
        return await self.actions_catalog().list(page=page, per_page=per_page, q=q)

    def iter_all_actions(
        self, *, per_page: int = 100, q: str | None = None
    ) -> AsyncIterator[m.ActionOut]:
        """Every action of the catalog, page by page.

        ``GET /actions?page=N&perPage=...`` until the list ends.

        Walks the pages (``per_page`` items each, clamped into 1..100) and stops on an empty or
        short page or at ``totalPages``; one page is in memory at a time.

        Args:
            per_page: Page size, clamped into 1..100.
            q: Search text.

        Returns:
            An iterator of ``ActionOut``.

        Raises:
            ConnectionsError: The request failed (``ConnectionsApiError`` and its subclasses for
                an HTTP error).
        """
        return self.actions_catalog().iterate(per_page=per_page, q=q)

    async def list_actions(
        self,
        connection_slug: str,
        *,
        page: int | None = None,
        per_page: int | None = None,
        q: str | None = None,
    ) -> m.ActionList:
        """List a connection's saved actions.

        ``GET /connections/{slug}/actions`` (the whole list, or one page with ``page``).

        Args:
            connection_slug: The connection's slug.
            page: Ask for one page (from 1); without it the whole list comes back.
            per_page: Page size (the server caps it at 100).
            q: Search text; not sent when blank.

        Returns:
            The ``ActionList``.

        Raises:
            NotFoundError: No such connection.
            ConnectionsError: The request failed (``ConnectionsApiError`` and its subclasses for
                an HTTP error).
        """
        return (
            await self.connection(connection_slug).actions().list(page=page, per_page=per_page, q=q)
        )

    def iter_actions(
        self, connection_slug: str, *, per_page: int = 100, q: str | None = None
    ) -> AsyncIterator[m.ActionOut]:
        """Every saved action of a connection, page by page.

        ``GET /connections/{slug}/actions?page=N&perPage=...`` until the list ends.

        Walks the pages (``per_page`` items each, clamped into 1..100) and stops on an empty or
        short page or at ``totalPages``; one page is in memory at a time.

        Args:
            connection_slug: The connection's slug.
            per_page: Page size, clamped into 1..100.
            q: Search text.

        Returns:
            An iterator of ``ActionOut``.

        Raises:
            ConnectionsError: The request failed (``ConnectionsApiError`` and its subclasses for
                an HTTP error).
        """
        return self.connection(connection_slug).actions().iterate(per_page=per_page, q=q)

    async def get_action(self, connection_slug: str, action_slug: str) -> m.ActionDetail:
        """Get a saved action.

        ``GET /connections/{slug}/actions/{action}``.

        Args:
            connection_slug: The connection's slug.
            action_slug: The saved action's slug.

        Returns:
            The ``ActionDetail``.

        Raises:
            NotFoundError: No such connection or action.
            ConnectionsError: The request failed (``ConnectionsApiError`` and its subclasses for
                an HTTP error).
        """
        return await self.connection(connection_slug).actions().get(action_slug)

    async def list_action_inputs(self, connection_slug: str, action_slug: str) -> m.ActionInputs:
        """List the inputs of a saved action.

        ``GET /connections/{slug}/actions/{action}/inputs``.

        Args:
            connection_slug: The connection's slug.
            action_slug: The saved action's slug.

        Returns:
            The ``ActionInputs``: the names are the keys of ``input`` in an execute body.

        Raises:
            NotFoundError: No such connection or action.
            ConnectionsError: The request failed (``ConnectionsApiError`` and its subclasses for
                an HTTP error).
        """
        return await self.connection(connection_slug).actions().list_inputs(action_slug)

    async def list_action_output_meta(
        self, connection_slug: str, action_slug: str
    ) -> m.ActionOutputs:
        """List the outputs of a saved action.

        ``GET /connections/{slug}/actions/{action}/outputs``.

        Args:
            connection_slug: The connection's slug.
            action_slug: The saved action's slug.

        Returns:
            The ``ActionOutputs``.

        Raises:
            NotFoundError: No such connection or action.
            ConnectionsError: The request failed (``ConnectionsApiError`` and its subclasses for
                an HTTP error).
        """
        return await self.connection(connection_slug).actions().list_outputs(action_slug)

    @overload
    async def execute_action(
        self,
        connection_slug: str,
        action_slug: str,
        body: m.ExecuteRequest | m.ExecuteRequestParams | AnyBody | None = None,
        *,
        files: Mapping[str, FileInput] | None = None,
        async_: Literal[False] = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    @overload
    async def execute_action(
        self,
        connection_slug: str,
        action_slug: str,
        body: m.ExecuteRequest | m.ExecuteRequestParams | AnyBody | None = None,
        *,
        files: Mapping[str, FileInput] | None = None,
        async_: Literal[True],
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.QueuedExecution: ...
    @overload
    async def execute_action(
        self,
        connection_slug: str,
        action_slug: str,
        body: m.ExecuteRequest | m.ExecuteRequestParams | AnyBody | None = None,
        *,
        files: Mapping[str, FileInput] | None = None,
        async_: bool,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    async def execute_action(
        self,
        connection_slug: str,
        action_slug: str,
        body: m.ExecuteRequest | m.ExecuteRequestParams | AnyBody | None = None,
        *,
        files: Mapping[str, FileInput] | None = None,
        async_: bool = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult:
        """Run a saved action.

        ``POST /connections/{slug}/actions/{action}/execute``; multipart with ``files``.
        Never re-sent once it may have reached the server.

        Example::

            body = {"input": {"body": "hi"}}
            run = await client.execute_action("crm", "add-comment", body, async_=True)
            job = await client.wait_for_job(run.job_id)

        Args:
            connection_slug: The connection's slug.
            action_slug: The saved action's slug.
            body: An ``ExecuteRequest`` or a mapping (``{"input": {...}, "options": {...}}``),
                checked before anything is sent.
            files: Input name -> file (a path, bytes, an open binary file or ``(filename, data[,
                content_type])``); the request becomes multipart.
            async_: Queue the run and answer at once with a ``job_id``.
            timeout_ms: How long the server may run it, in milliseconds.
            version: Pin the action version; a mismatch raises ``ConflictError``.
            account_slug: The connected account to run as (never over one in the body).
            options: Execution options (``source``, ``purpose``, ``debug``, ...) for the body.
            **extra_options: More execution options; they win over ``options``.

        Returns:
            The ``ExecutionResult`` (with ``job_id`` when queued: see ``wait_for_job``).

        Raises:
            ValueError: Bad input, found before anything is sent.
            ConflictError: ``version`` does not match; ``available_versions`` lists the others.
            ConnectionsError: The request failed (``ConnectionsApiError`` and its subclasses for
                an HTTP error).
        """
        return (
            await self.connection(connection_slug)
            .actions()
            .execute(
                action_slug,
                body,
                files=files,
                async_=async_,
                timeout_ms=timeout_ms,
                version=version,
                account_slug=account_slug,
                options=options,
                **extra_options,
            )
        )

    # triggers

    async def list_triggers(
        self, connection_slug: str, *, account_slug: str | None = None
    ) -> m.TriggerList:
        """List a connection's triggers.

        ``GET /connections/{slug}/triggers``, with your subscribers on each.

        Args:
            connection_slug: The connection's slug.
            account_slug: List subscriptions for this connected account instead of the default.

        Returns:
            The ``TriggerList``: ``triggers`` and the ``account`` they are listed for.

        Raises:
            NotFoundError: No such connection.
            ConnectionsError: The request failed (``ConnectionsApiError`` and its subclasses for
                an HTTP error).
        """
        return await self.connection(connection_slug).triggers(account_slug=account_slug)

    async def get_trigger(
        self, connection_slug: str, trigger_slug: str, *, account_slug: str | None = None
    ) -> m.TriggerDetail:
        """Get a trigger.

        ``GET /connections/{slug}/triggers/{trigger}``.

        Args:
            connection_slug: The connection's slug.
            trigger_slug: The trigger's slug.
            account_slug: List subscriptions for this connected account instead of the default.

        Returns:
            The ``TriggerDetail``.

        Raises:
            NotFoundError: No such connection or trigger.
            ConnectionsError: The request failed (``ConnectionsApiError`` and its subclasses for
                an HTTP error).
        """
        scope = self.connection(connection_slug).trigger(trigger_slug)
        return await scope.get(account_slug=account_slug)

    async def subscribe(
        self,
        connection_slug: str,
        trigger_slug: str,
        *,
        target_url: str,
        service: str | None = None,
        user_id: int | None = None,
        api_key: str | None = None,
        api_key_header: str | None = None,
        name: str | None = None,
        account_id: int | None = None,
        account: str | None = None,
        inputs: Mapping[str, str] | None = None,
    ) -> m.SubscribeResult:
        """Subscribe a webhook to a trigger.

        ``POST /connections/{slug}/triggers/{trigger}/subscribers``. Safe on every start-up:
        ``created`` is False when the same subscriber already existed.

        Args:
            connection_slug: The connection's slug.
            trigger_slug: The trigger's slug.
            target_url: The URL the events are sent to.
            service: Authenticate with a service token of this service; events run as you.
            user_id: With ``service``: run as this user instead.
            api_key: Authenticate with this API key instead.
            api_key_header: The header the API key goes in (``x-api-key`` when left out).
            name: A name for the subscriber.
            account_id: The connected account whose events are sent (wins over ``account``).
            account: The connected account, by slug.
            inputs: What the trigger needs (its ``config.inputs``), name -> value.

        Returns:
            The ``SubscribeResult``: ``subscriber`` and ``created``.

        Raises:
            ValueError: ``target_url`` is empty (nothing is sent).
            InternalServerError: HTTP 502: the provider refused and nothing was saved.
            ConnectionsError: The request failed (``ConnectionsApiError`` and its subclasses for
                an HTTP error).
        """
        return (
            await self.connection(connection_slug)
            .trigger(trigger_slug)
            .subscribe(
                target_url=target_url,
                service=service,
                user_id=user_id,
                api_key=api_key,
                api_key_header=api_key_header,
                account_id=account_id,
                account=account,
                inputs=inputs,
                name=name,
            )
        )

    async def unsubscribe(self, subscriber_id: int | str) -> m.UnsubscribeResult:
        """Remove a trigger subscriber.

        ``DELETE /subscribers/{id}``. Safe to retry: ``deleted`` is False when it was already gone.

        Args:
            subscriber_id: The subscriber's id (``subscriber.id`` of a subscribe answer).

        Returns:
            The ``UnsubscribeResult``; ``webhook`` says what became of the provider's webhook.

        Raises:
            PermissionDeniedError: Only org admins may unsubscribe.
            ConnectionsError: The request failed (``ConnectionsApiError`` and its subclasses for
                an HTTP error).
        """
        where = path("subscribers", ("subscriber_id", subscriber_id))
        return await self._transport.send(Call("DELETE", where, m.UnsubscribeResult))
