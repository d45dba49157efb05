# GENERATED CODE - DO NOT EDIT.
# Source: src/facilio_connections_sdk/_async/client.py
# Regenerate with: python -m codegen   (check with: python -m codegen --check)

"""``ConnectionsClient``: every 0.x method, flat and fluent, returning typed models.

This file is the source of truth of the sync client too: ``_sync/client.py`` is generated from
it (``codegen/unasync.py``). The doors of every operation are generated from the spec into
``_generated.py`` (``ClientOperations``, the client's base, and the fluent scopes); what is
here is what the spec cannot state: settings, credentials and the connection pool, the 0.x
``template()`` scope, auto-paging iterators, job waiting, and the flat doors of the operations
the spec marks ``handwritten`` (multipart execute, ``authorize``, ``subscribe``).
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Literal, overload

import httpx

import facilio_connections_sdk.models as m
from facilio_connections_sdk._backends import (
    adopt_sync_http_client,
    make_sync_http_client,
)
from facilio_connections_sdk._config import (
    DEFAULT_MAX_RESPONSE_BYTES,
    ConnectionsClientConfig,
    client_config,
)
from facilio_connections_sdk._request import segment
from facilio_connections_sdk._request_factory import KEEP, Keep
from facilio_connections_sdk._sync._generated import (
    ClientOperations,
    ConnectionScope,
    ConnectionsScope,
)
from facilio_connections_sdk._sync.send_loop import SendLoop

if TYPE_CHECKING:
    from facilio_connections_sdk.spec_check import DriftReport

from facilio_connections_sdk.types import AnyBody, Body, FileInput, TokenProvider

__all__ = ["ConnectionsClient"]


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
        return ConnectionsScope(self._send_loop).list(
            relay_id,
            template_id=self._template_id,
            page=page,
            per_page=per_page,
            q=q,
            filter=filter,
        )

    def connection(self, slug: str) -> ConnectionScope:
        """``template(id).connection(slug)``: one connection, as ``client.connection(slug)``."""
        return ConnectionScope(self._send_loop, segment(slug, "connection_slug"))


# -- the client -------------------------------------------------------------------------------


class ConnectionsClient(ClientOperations):
    """Client for ``/api/v1``. Use ``with`` or ``client.close()``.

    Every setting of ``ConnectionsClientConfig`` is a keyword here, or pass a whole
    ``config=`` alone (the two signatures say so to a type checker too). ``http_client``: your
    own ``httpx.Client`` (never closed by the SDK).

    Examples:
        ```python
        with ConnectionsClient(
            "https://connections.example.com", "token", timeout_seconds=30, max_retries=4
        ) as client:
            page = client.list_connections()
        ```
    """

    @overload
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
        proxy: str | None = None,
        record_drift: bool = False,
        http_client: httpx.Client | None = None,
    ) -> None: ...
    @overload
    def __init__(
        self,
        *,
        config: ConnectionsClientConfig,
        http_client: httpx.Client | None = None,
    ) -> None: ...
    def __init__(
        self,
        base_url: str | None = None,
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
        proxy: str | None = None,
        record_drift: bool = False,
        http_client: httpx.Client | None = None,
        config: ConnectionsClientConfig | None = None,
    ) -> None:
        """A client for the tenant at ``base_url`` (its origin; ``/api/v1`` is added).

        Args:
            base_url: The server's origin, e.g. ``https://connections.example.com``.
            service_token: Sent as ``X-Service-Token``; empty or None sends none. Or a
                function returning the current token (for the async client, a coroutine function
                too), called
                once per attempt: see the guide "Tokens that change" (docs/guides/tokens.md).
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
            proxy: Send every request through this proxy URL; without it ``HTTP_PROXY``,
                ``HTTPS_PROXY``, ``ALL_PROXY`` and ``NO_PROXY`` apply as for ``httpx``.
            record_drift: Record what answers carry that the spec does not know (unknown
                properties and enum values, names and types only) in ``drift``.
            http_client: Your own ``httpx.Client``; the SDK never closes it.
            config: A whole ``ConnectionsClientConfig`` instead of the keywords.

        Raises:
            ValueError: A bad setting, or settings both in ``config`` and as keywords.
        """
        config = client_config(
            config,
            {
                "base_url": base_url,
                "service_token": service_token,
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
                "proxy": proxy,
                "record_drift": record_drift,
            },
        )
        config.warn_if_insecure()
        self._config = config
        owns = http_client is None
        if http_client is None:
            http_client = make_sync_http_client(config)
        else:
            adopt_sync_http_client(http_client)
        self._send_loop = SendLoop(http_client, config, owns_http=owns)

    @classmethod
    def from_config(
        cls,
        config: ConnectionsClientConfig,
        *,
        http_client: httpx.Client | None = None,
    ) -> ConnectionsClient:
        """A client from a full ``ConnectionsClientConfig``."""
        return cls(
            config=config,
            http_client=http_client,
        )

    @classmethod
    def from_env(
        cls,
        environ: Mapping[str, str] | None = None,
        *,
        http_client: httpx.Client | None = None,
    ) -> ConnectionsClient:
        """A client from ``FACILIO_CONNECTIONS_*`` environment variables."""
        return cls.from_config(
            ConnectionsClientConfig.from_env(environ),
            http_client=http_client,
        )

    @property
    def drift(self) -> DriftReport | None:
        """With ``record_drift=True``: what the answers so far carried that the spec does not
        know (unknown properties, unknown enum values), as ``spec-check`` reports it; shared
        with ``with_options`` copies. ``None`` when recording is off."""
        return self._send_loop.drift

    @property
    def config(self) -> ConnectionsClientConfig:
        """The settings this client was built with (secrets hidden in its ``repr``)."""
        return self._config

    def with_options(
        self,
        *,
        timeout_seconds: float | Keep = KEEP,
        max_retries: int | Keep = KEEP,
        max_response_bytes: int | Keep | None = KEEP,
    ) -> ConnectionsClient:
        """A client sharing this one's connection pool and credentials, with other settings.

        A setting left out keeps this client's; ``max_response_bytes=None`` lifts the body size
        limit for the copy. The copy's ``config`` is this one's with the changes, checked as
        any config is.

        Raises:
            ValueError: A bad value (``TypeError`` for a wrong type).
        """
        given: dict[str, Any] = {
            "timeout_seconds": timeout_seconds,
            "max_retries": max_retries,
            "max_response_bytes": max_response_bytes,
        }
        changes = {name: value for name, value in given.items() if value is not KEEP}
        config = dataclasses.replace(self._config, **changes)  # the config's own checks
        clone = copy.copy(self)
        clone._config = config
        clone._send_loop = self._send_loop.with_config(config)
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
        self._send_loop.requests.credentials.update_token(token)

    def update_csrf_token(self, token: str | None) -> None:
        """Send ``token`` as ``X-CSRF-Token`` from the next request on (cookie sessions).

        Shared with ``with_options`` copies exactly as ``update_token``.

        Raises:
            ValueError: The token has a control character.
        """
        self._send_loop.requests.credentials.update_csrf_token(token)

    def close(self) -> None:
        """Close the internal ``httpx.Client`` (a caller-supplied one is left open)."""
        self._send_loop.close()

    def __enter__(self) -> ConnectionsClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # hand-written doors: what the spec cannot state

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
        return self.jobs().wait(
            job_id, timeout=timeout, poll_interval=poll_interval, on_poll=on_poll
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

        Returns:
            An iterator of ``ConnectionOut``.

        Raises:
            ConnectionsError: The request failed (``ConnectionsApiError`` and its subclasses for
                an HTTP error).
        """
        return self.connections().iterate(
            relay_id, template_id=template_id, per_page=per_page, q=q, filter=filter
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
        )

    def iter_all_actions(
        self, *, per_page: int = 100, q: str | None = None
    ) -> Iterator[m.ActionOut]:
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

    def iter_actions(
        self, connection_slug: str, *, per_page: int = 100, q: str | None = None
    ) -> Iterator[m.ActionOut]:
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
            )
        )
