# GENERATED CODE - DO NOT EDIT.
# Source: src/facilio_connections_sdk/_async/scopes.py
# Regenerate with: python -m codegen   (check with: python -m codegen --check)

"""The hand-written part of the fluent scopes: what the spec cannot state.

Every operation's doors are generated from the spec into ``_generated.py``; a generated scope
``XScope`` takes ``XScopeBase`` from here as its base when this module defines one
(the generator looks for the name). What lives here: auto-paging iterators and job waiting
(layered on the generated ``list`` and ``result``), and the three operations whose doors the
spec marks ``handwritten`` (multipart execute, ``authorize_url``'s ``org_wide``, ``subscribe``'s
0.x keywords).

Nothing here imports generated code but the models; the generated scopes import this module.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Literal, cast, overload

import facilio_connections_sdk.models as m
from facilio_connections_sdk._calls import execution_model, subscribe_body
from facilio_connections_sdk._config import check_seconds
from facilio_connections_sdk._errors import (
    ConnectionsConnectionError,
    ConnectionsError,
    ConnectionsTimeoutError,
    InternalServerError,
    InvalidResponseError,
)
from facilio_connections_sdk._multipart import multipart_files
from facilio_connections_sdk._paging import clamp_per_page, is_last_page
from facilio_connections_sdk._request import (
    Call,
    execute_body,
    execute_query,
    request_body,
    segment,
)
from facilio_connections_sdk._responses import Paged
from facilio_connections_sdk._sync.send_loop import SendLoop
from facilio_connections_sdk.models._generated_facts import FINAL_JOB_STATUSES
from facilio_connections_sdk.types import AnyBody, Body, FileInput, RequestOptions

if TYPE_CHECKING:  # the generated doors each base calls (regenerated with them)
    from facilio_connections_sdk._sync._generated_doors import (
        ActionsCatalogScopeDoors,
        ActionsScopeDoors,
        ConnectionsScopeDoors,
        JobsScopeDoors,
    )

__all__ = [
    "ActionsCatalogScopeBase",
    "ActionsScopeBase",
    "ConnectionScopeBase",
    "ConnectionsScopeBase",
    "JobsScopeBase",
    "Scope",
    "TriggerScopeBase",
]


class Scope:
    """A fluent scope: the send loop, and the path segments it is bound to (percent-encoded)."""

    __slots__ = ("_args", "_send_loop")

    def __init__(self, send_loop: SendLoop, *args: str) -> None:
        self._send_loop = send_loop
        self._args = args


class _Pages(Paged, Iterator[Any]):
    """Every item of a paged list: page 1, 2, ... until an empty or short page or the last.

    ``last_page`` is the page fetched last: ``response_of(iterator)`` answers for it.
    """

    __slots__ = ("_items",)

    def __init__(
        self, fetch: Callable[[int, int], Any], items: Callable[[Any], list[Any]], per_page: int
    ) -> None:
        super().__init__()
        self._items = self._walk(fetch, items, clamp_per_page(per_page))

    def _walk(
        self, fetch: Callable[[int, int], Any], items: Callable[[Any], list[Any]], size: int
    ) -> Iterator[Any]:
        page = 1
        while True:
            listing = fetch(page, size)
            self.last_page = listing
            found = items(listing)
            for item in found:
                yield item
            if is_last_page(page, len(found), size, listing.per_page, listing.total_pages):
                return
            page += 1

    def __iter__(self) -> _Pages:
        return self

    def __next__(self) -> Any:
        return self._items.__next__()

    def close(self) -> None:
        """Stop walking (what an async generator's ``close`` does)."""
        cast("Generator[Any, None, None]", self._items).close()


class ConnectionsScopeBase(Scope):
    """Auto-paging over the connection list."""

    __slots__ = ()

    def iterate(
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
            per_page: Page size, clamped into 1..100.
            q: Search text; not sent when blank.
            filter: ``"all"``, ``"connected"`` or ``"custom"``.
            authorized: Accepted for 0.x code and ignored.
            request_options: Per-call headers, query, timeout and retries (``RequestOptions``),
                for every request it sends.

        Returns:
            An iterator of ``ConnectionOut``.

        Raises:
            ConnectionsError: The request failed (``ConnectionsApiError`` and its subclasses for
                an HTTP error).
        """

        doors = cast("ConnectionsScopeDoors", self)

        def fetch(page: int, size: int) -> Any:
            return doors.list(
                relay_id,
                template_id=template_id,
                page=page,
                per_page=size,
                q=q,
                filter=filter,
                request_options=request_options,
            )

        return _Pages(fetch, lambda listing: listing.connections, per_page)


class _ActionPages(Scope):
    """Auto-paging over a list of actions (the catalog, or one connection's)."""

    __slots__ = ()

    def iterate(
        self,
        *,
        per_page: int = 100,  # pragma: no mutate (more than 100 clamps to 100)
        q: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[m.ActionOut]:
        """Every action of the list, page by page (``?page=N&perPage=...`` until it ends).

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

        doors = cast("ActionsCatalogScopeDoors | ActionsScopeDoors", self)

        def fetch(page: int, size: int) -> Any:
            return doors.list(page=page, per_page=size, q=q, request_options=request_options)

        return _Pages(fetch, lambda listing: listing.actions, per_page)


class ActionsCatalogScopeBase(_ActionPages):
    """Auto-paging over the tenant's action catalog."""

    __slots__ = ()


class ActionsScopeBase(_ActionPages):
    """Auto-paging over a connection's actions, and running one (multipart with ``files``)."""

    __slots__ = ()

    @overload
    def execute(
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
        request_options: RequestOptions | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    @overload
    def execute(
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
        request_options: RequestOptions | None = None,
        **extra_options: Any,
    ) -> m.QueuedExecution: ...
    @overload
    def execute(
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
        request_options: RequestOptions | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult: ...
    def execute(
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
        action = segment(action_slug, "action_slug")
        where = f"/connections/{self._args[0]}/actions/{action}/execute"
        query = execute_query(async_, timeout_ms, version)
        data = execute_body(body, m.ExecuteRequest, account_slug, options, extra_options)
        model = execution_model(async_)
        if files is not None:
            parts = multipart_files(data, files)
            call = Call(
                "POST",
                where,
                model,
                params=query,
                files=parts,
                options=request_options,
                operation="execute_action",
            )
        else:
            call = Call(
                "POST",
                where,
                model,
                params=query,
                json=data,
                options=request_options,
                operation="execute_action",
            )
        return self._send_loop.send(call)


class JobsScopeBase(Scope):
    """Waiting for a background job, on the generated ``result``."""

    __slots__ = ()

    def wait(
        self,
        job_id: str,
        *,
        timeout: float = 300.0,
        poll_interval: float = 1.0,
        on_poll: Callable[[m.JobResult], object] | None = None,
        request_options: RequestOptions | None = None,
    ) -> m.JobResult:
        """Wait for a background job to finish.

        Polls ``GET /jobs/{job_id}`` until the job's status is final: one the spec lists as
        final (``succeeded``, ``failed``, ``cancelled``). A status this SDK does not know is
        not final: waiting goes on until ``timeout``. A poll is a GET: one that fails (an
        unusable answer, a 5xx or a dropped connection, after the client's own retries) is
        polled again within ``timeout`` — the job runs on meanwhile.

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
            ConnectionsTimeoutError: ``timeout`` seconds passed first (chained to the last
                failed poll, when the last one failed).
            ConnectionsError: The request failed (``ConnectionsApiError`` and its subclasses for
                an HTTP error such as 404, which no further poll would change).
        """
        check_seconds(timeout, "timeout")
        check_seconds(poll_interval, "poll_interval")
        clock = self._send_loop.clock
        deadline = clock() + timeout
        interval = poll_interval
        ceiling = max(poll_interval, 5.0)
        while True:
            failed: ConnectionsError | None = None
            try:
                doors = cast("JobsScopeDoors", self)
                job = doors.result(job_id, request_options=request_options)
            except (InvalidResponseError, InternalServerError, ConnectionsConnectionError) as exc:
                failed = exc  # polled again below, within the wait's own timeout
            else:
                if on_poll is not None:
                    on_poll(job)
                if str(job.status) in FINAL_JOB_STATUSES:
                    return job
            remaining = deadline - clock()
            if remaining <= 0:
                state = f"still {job.status}" if failed is None else "not answered usably"
                raise ConnectionsTimeoutError(
                    f"job {job_id} {state} after {timeout:g} s"
                ) from failed
            self._send_loop.sleep(min(interval, remaining))
            interval = min(interval * 1.5, ceiling)


class ConnectionScopeBase(Scope):
    """``authorize_url``: ``org_wide`` on the wire as ``for_all_users``, the answer its url."""

    __slots__ = ()

    def authorize_url(
        self,
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
        where = f"/connections/{self._args[0]}/connect/authorize-url"
        call = Call(
            "POST",
            where,
            m.AuthorizeUrlResult,
            json=body,
            options=request_options,
            operation="authorize",
        )
        result = self._send_loop.send(call)  # the spec: `url` required, not empty
        return result.url


class TriggerScopeBase(Scope):
    """``subscribe`` with 0.x's keywords (``account_id`` wins over ``account``)."""

    __slots__ = ()

    def subscribe(
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
        request_options: RequestOptions | None = None,
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
            request_options: Per-call headers, query, timeout and retries (``RequestOptions``).

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
        where = f"/connections/{self._args[0]}/triggers/{self._args[1]}/subscribers"
        call = Call(
            "POST",
            where,
            m.SubscribeResult,
            json=body,
            options=request_options,
            operation="subscribe",
        )
        return self._send_loop.send(call)
