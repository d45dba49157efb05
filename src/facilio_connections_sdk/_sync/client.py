# GENERATED CODE - DO NOT EDIT.
# Source: src/facilio_connections_sdk/_async/client.py
# Regenerate with: python -m codegen   (check with: python -m codegen --check)

"""``ConnectionsClient``: every 0.x method, flat and fluent, returning typed models.

Generated from ``_async/client.py`` (``codegen/unasync.py``): edit that file, not
this one. The doors of every operation are generated from the spec into
``_generated.py`` (``ClientOperations``, a base of the client, and the fluent scopes);
settings, credentials and the connection pool are the other base (``client_base.py``). What is
here is what the spec cannot state: the 0.x ``template()`` scope, auto-paging iterators, job
waiting, and the flat doors of the operations the spec marks ``handwritten`` (multipart
execute, ``authorize``, ``subscribe``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, Literal, TypeVar, overload

import facilio_connections_sdk.models as m
from facilio_connections_sdk._config import query_items
from facilio_connections_sdk._request import raw_call, segment
from facilio_connections_sdk._sync._generated import (
    ClientOperations,
    ConnectionScope,
    ConnectionsScope,
)
from facilio_connections_sdk._sync.client_base import ClientBase
from facilio_connections_sdk._sync.send_loop import SendLoop
from facilio_connections_sdk.types import AnyBody, Body, FileInput, RequestOptions

__all__ = ["ConnectionsClient"]

M = TypeVar("M", bound="m.ApiModel")


# -- the template scope (0.x: the connections of one template) --------------------------------


class TemplateScope:
    """``client.template(template_id)``: connections made from one template."""

    __slots__ = ("_send_loop", "_template_id")

    def __init__(self, send_loop: SendLoop, template_id: str) -> None:
        if not isinstance(template_id, str) or not template_id.strip():
            raise ValueError("template_id must be a non-empty string")
        self._send_loop = send_loop
        self._template_id = template_id

    def connections(
        self,
        relay_id: str | None = None,
        *,
        authorized: bool | None = None,
        page: int | None = None,
        per_page: int | None = None,
        q: str | None = None,
        filter: str | None = None,
        request_options: RequestOptions | None = None,
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
            request_options: Per-call headers, query, timeout and retries (``RequestOptions``).

        Returns:
            The ``ConnectionList``.

        Raises:
            ConnectionsError: The request failed (``ConnectionsApiError`` and its subclasses for
                an HTTP error).
        """
        return ConnectionsScope(self._send_loop).list(
            relay_id,
            template_id=self._template_id,
            page=page,
            per_page=per_page,
            q=q,
            filter=filter,
            request_options=request_options,
        )

    def connection(self, slug: str) -> ConnectionScope:
        """``template(id).connection(slug)``: one connection, as ``client.connection(slug)``."""
        return ConnectionScope(self._send_loop, segment(slug, "connection_slug"))


# -- the client -------------------------------------------------------------------------------


class ConnectionsClient(ClientBase, ClientOperations):
    """Client for ``/api/v1``. Use ``with`` or ``client.close()``.

    Every setting of ``ConnectionsClientConfig`` is a keyword here, or pass a whole
    ``config=`` alone (the first two signatures below, its overloads, say so to a type
    checker too; the third is the one both run). ``http_client``: your
    own ``httpx.Client`` (never closed by the SDK).

    Examples:
        ```python
        with ConnectionsClient(
            "https://connections.example.com", "token", timeout_seconds=30, max_retries=4
        ) as client:
            page = client.list_connections()
        ```
    """

    # hand-written doors: what the spec cannot state

    @overload
    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str | int] | Sequence[tuple[str, str | int]] | None = None,
        json: Any = None,
        cast_to: type[M],
        request_options: RequestOptions | None = None,
    ) -> M: ...
    @overload
    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str | int] | Sequence[tuple[str, str | int]] | None = None,
        json: Any = None,
        cast_to: None = None,
        request_options: RequestOptions | None = None,
    ) -> m.ApiModel: ...
    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str | int] | Sequence[tuple[str, str | int]] | None = None,
        json: Any = None,
        cast_to: type[M] | None = None,
        request_options: RequestOptions | None = None,
    ) -> M | m.ApiModel:
        """Call a path of the API the spec does not name yet, with the SDK's rules.

        The same retry table as every door (a ``POST`` is never re-sent once it may have
        reached the server), redirect rules, secret masking, size and time limits and typed
        errors. ``response_of`` serves the result too.

        Examples:
            ```python
            from facilio_connections_sdk.models import ConnectionDetail

            detail = client.request("GET", "/connections/crm", cast_to=ConnectionDetail)
            raw = client.request("GET", "/connections/crm")  # an ApiModel: raw.to_dict()
            ```

        Args:
            method: ``GET``, ``POST``, ``PUT``, ``PATCH`` or ``DELETE``.
            path: The path after ``/api/v1``, percent-encoded (``/connections/crm``); no query
                (``params=``), and it cannot leave the client's origin.
            params: Query parameters, a mapping or ``(name, value)`` pairs.
            json: A JSON body (checked before anything is sent: no NaN, no non-JSON value).
            cast_to: The model to parse the answer into; without it, an ``ApiModel`` holding
                the answer's JSON object (``to_dict()``, ``model["key"]``).
            request_options: Per-call headers, query, timeout and retries (``RequestOptions``).

        Returns:
            The answer as ``cast_to`` (or an ``ApiModel``); ``None`` for an HTTP 204.

        Raises:
            ValueError: A bad method, path, query or body, found before anything is sent.
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the
                server.
        """
        query = query_items(params, "params")
        call = raw_call(method, path, query, json, cast_to, request_options)
        result: M | m.ApiModel = self._send_loop.send(call)
        return result

    def template(self, template_id: str) -> TemplateScope:
        """``client.template(template_id)``: the connections made from one template.

        Raises:
            ValueError: ``template_id`` is empty.
        """
        return TemplateScope(self._send_loop, template_id)

    def wait_for_job(
        self,
        job_id: str,
        *,
        timeout: float = 300.0,
        poll_interval: float = 1.0,
        on_poll: Callable[[m.JobResult], object] | None = None,
        request_options: RequestOptions | None = None,
    ) -> m.JobResult:
        """Wait for a background job to finish.

        Polls ``GET /jobs/{job_id}`` until the job is no longer ``queued`` or ``running``.

        Args:
            job_id: The ``job_id`` of a queued run.
            timeout: Give up after this many seconds.
            poll_interval: Seconds between the first polls; it grows by half each poll, up to
                ``max(poll_interval, 5)``.
            on_poll: Called with every polled state (for progress).
            request_options: Per-call headers, query, timeout and retries (``RequestOptions``),
                for every request it sends.

        Returns:
            The final ``JobResult`` (``succeeded``, ``failed`` or ``cancelled``).

        Raises:
            ConnectionsTimeoutError: ``timeout`` seconds passed first.
            ConnectionsError: The request failed (``ConnectionsApiError`` and its subclasses for
                an HTTP error).
        """
        return self.jobs().wait(
            job_id,
            timeout=timeout,
            poll_interval=poll_interval,
            on_poll=on_poll,
            request_options=request_options,
        )

    def iter_connections(
        self,
        relay_id: str | None = None,
        *,
        template_id: str | None = None,
        per_page: int = 100,  # pragma: no mutate (more than 100 clamps to 100)
        q: str | None = None,
        filter: str | None = None,
        authorized: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[m.ConnectionOut]:
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
            request_options: Per-call headers, query, timeout and retries (``RequestOptions``),
                for every request it sends.

        Returns:
            An iterator of ``ConnectionOut``.

        Raises:
            ConnectionsError: The request failed (``ConnectionsApiError`` and its subclasses for
                an HTTP error).
        """
        return self.connections().iterate(
            relay_id,
            template_id=template_id,
            per_page=per_page,
            q=q,
            filter=filter,
            request_options=request_options,
        )

    def authorize(
        self,
        slug: str,
        request: m.AuthorizeUrlRequest | Body | None = None,
        *,
        org_wide: bool | None = None,
        name: str | None = None,
        scope: str | None = None,
        return_origin: str | None = None,
        for_all_users: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> str:
        """Get the URL that connects an account.

        ``POST /connections/{slug}/connect/authorize-url``.

        Examples:
            ```python
            url = client.authorize("github", org_wide=True, return_origin="https://app.example.com")
            ```

        Args:
            slug: The connection's slug.
            request: An ``AuthorizeUrlRequest`` or a mapping with its wire keys.
            org_wide: The account is usable by everyone in the org (``for_all_users`` on the wire);
                with it, ``scope`` is not sent.
            name: Name for the account that will be connected.
            scope: Legacy scope of the account.
            return_origin: Origin the browser returns to when connecting is done.
            request_options: Per-call headers, query, timeout and retries (``RequestOptions``).
            for_all_users: The wire name of ``org_wide``; give one of the two.

        Returns:
            The URL (``str``) a person opens to connect an account.

        Raises:
            ValueError: ``org_wide`` and ``for_all_users`` disagree (nothing is sent).
            InvalidResponseError: The answer has no ``url``.
            ConnectionsError: The request failed (``ConnectionsApiError`` and its subclasses for
                an HTTP error).
        """
        return self.connection(slug).authorize_url(
            request,
            org_wide=org_wide,
            name=name,
            scope=scope,
            return_origin=return_origin,
            for_all_users=for_all_users,
            request_options=request_options,
        )

    def iter_all_actions(
        self,
        *,
        per_page: int = 100,  # pragma: no mutate (more than 100 clamps to 100)
        q: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[m.ActionOut]:
        """Every action of the catalog, page by page.

        ``GET /actions?page=N&perPage=...`` until the list ends.

        Walks the pages (``per_page`` items each, clamped into 1..100) and stops on an empty or
        short page or at ``totalPages``; one page is in memory at a time.

        Args:
            per_page: Page size, clamped into 1..100.
            q: Search text.
            request_options: Per-call headers, query, timeout and retries (``RequestOptions``),
                for every request it sends.

        Returns:
            An iterator of ``ActionOut``.

        Raises:
            ConnectionsError: The request failed (``ConnectionsApiError`` and its subclasses for
                an HTTP error).
        """
        return self.actions_catalog().iterate(
            per_page=per_page, q=q, request_options=request_options
        )

    def iter_actions(
        self,
        connection_slug: str,
        *,
        per_page: int = 100,  # pragma: no mutate (more than 100 clamps to 100)
        q: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[m.ActionOut]:
        """Every saved action of a connection, page by page.

        ``GET /connections/{slug}/actions?page=N&perPage=...`` until the list ends.

        Walks the pages (``per_page`` items each, clamped into 1..100) and stops on an empty or
        short page or at ``totalPages``; one page is in memory at a time.

        Args:
            connection_slug: The connection's slug.
            per_page: Page size, clamped into 1..100.
            q: Search text.
            request_options: Per-call headers, query, timeout and retries (``RequestOptions``),
                for every request it sends.

        Returns:
            An iterator of ``ActionOut``.

        Raises:
            ConnectionsError: The request failed (``ConnectionsApiError`` and its subclasses for
                an HTTP error).
        """
        return (
            self.connection(connection_slug)
            .actions()
            .iterate(per_page=per_page, q=q, request_options=request_options)
        )

    @overload
    def execute_action(
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
        request_options: RequestOptions | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    @overload
    def execute_action(
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
        request_options: RequestOptions | None = None,
        **extra_options: Any,
    ) -> m.QueuedExecution: ...
    @overload
    def execute_action(
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
        request_options: RequestOptions | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    def execute_action(
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
        request_options: RequestOptions | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult:
        """Run a saved action.

        ``POST /connections/{slug}/actions/{action}/execute``; multipart with ``files``.
        Never re-sent once it may have reached the server.

        Examples:
            ```python
            body = {"input": {"body": "hi"}}
            run = client.execute_action("crm", "add-comment", body, async_=True)
            job = client.wait_for_job(run.job_id)
            ```

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
            request_options: Per-call headers, query, timeout and retries
                (``RequestOptions``); never sent in the body.
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
            self.connection(connection_slug)
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
                request_options=request_options,
                **extra_options,
            )
        )

    def subscribe(
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
        request_options: RequestOptions | None = None,
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
            request_options: Per-call headers, query, timeout and retries (``RequestOptions``).

        Returns:
            The ``SubscribeResult``: ``subscriber`` and ``created``.

        Raises:
            ValueError: ``target_url`` is empty (nothing is sent).
            InternalServerError: HTTP 502: the provider refused and nothing was saved.
            ConnectionsError: The request failed (``ConnectionsApiError`` and its subclasses for
                an HTTP error).
        """
        return (
            self.connection(connection_slug)
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
                request_options=request_options,
            )
        )
