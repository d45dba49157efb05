# GENERATED CODE - DO NOT EDIT.
# Source: src/facilio_connections_sdk/_async/client.py
# Regenerate with: python -m codegen   (check with: python -m codegen --check)

"""``ConnectionsClient``: every 0.x method, flat and fluent, returning typed models.

This file is the source of truth; ``_sync/client.py`` is generated from it by
``python -m codegen`` (``codegen/unasync.py``). Routes are written once, in the scopes; flat
methods are a second door to the same code. The typed executors (``http()``, ``file()``,
``sql()`` and ``execute_<family>_<verb>``) are generated from the spec into ``executors.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

import httpx

from facilio_connections_sdk import models as m
from facilio_connections_sdk._backends import make_sync_http_client
from facilio_connections_sdk._config import (
    ConnectionsClientConfig,
    check_max_response_bytes,
    check_seconds,
)
from facilio_connections_sdk._errors import ConnectionsTimeoutError, InvalidResponseError
from facilio_connections_sdk._paging import clamp_per_page, is_last_page
from facilio_connections_sdk._request import (
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
from facilio_connections_sdk._routes import ACTIVE_JOB_STATUSES, connection_query, subscribe_body
from facilio_connections_sdk._sync.executors import (
    FileScope,
    HttpScope,
    SqlScope,
    _FlatExecutors,
    _Scope,
)
from facilio_connections_sdk._sync.transport import Transport
from facilio_connections_sdk._transport import KEEP, Keep

__all__ = ["ConnectionsClient"]

Body = Mapping[str, Any]


# -- fluent scopes ----------------------------------------------------------------------------


def _iterate_actions(
    transport: Transport, where: str, per_page: int, q: str | None
) -> Iterator[m.ActionOut]:
    size = clamp_per_page(per_page)
    page = 1
    while True:
        query = paging_query([], page, size, q)
        listing = transport.send(Call("GET", where, m.ActionList, params=query))
        items = listing.actions or []
        for item in items:
            yield item
        if is_last_page(page, len(items), size, listing.per_page, listing.total_pages):
            return
        page += 1


class ActionsScope(_Scope):
    """``connection(slug).actions()``: the saved actions of one connection."""

    __slots__ = ()

    def _where(self, *tail: str | tuple[str, object]) -> str:
        return path("connections", ("connection_slug", self._slug), "actions", *tail)

    def list(
        self, *, page: int | None = None, per_page: int | None = None, q: str | None = None
    ) -> m.ActionList:
        """``GET /connections/{slug}/actions`` — one page when ``page`` is given."""
        query = paging_query([], page, per_page, q) or None
        return self._transport.send(Call("GET", self._where(), m.ActionList, params=query))

    def iterate(self, *, per_page: int = 100, q: str | None = None) -> Iterator[m.ActionOut]:
        """Every action of the connection, page by page (one page in memory at a time)."""
        return _iterate_actions(self._transport, self._where(), per_page, q)

    def get(self, action_slug: str) -> m.ActionDetail:
        """``GET /connections/{slug}/actions/{action}``."""
        where = self._where(("action_slug", action_slug))
        return self._transport.send(Call("GET", where, m.ActionDetail))

    def list_inputs(self, action_slug: str) -> m.ActionInputs:
        """``GET .../actions/{action}/inputs``: the inputs the action takes."""
        where = self._where(("action_slug", action_slug), "inputs")
        return self._transport.send(Call("GET", where, m.ActionInputs))

    def list_outputs(self, action_slug: str) -> m.ActionOutputs:
        """``GET .../actions/{action}/outputs``: what the action returns."""
        where = self._where(("action_slug", action_slug), "outputs")
        return self._transport.send(Call("GET", where, m.ActionOutputs))

    def execute(
        self,
        action_slug: str,
        body: m.ExecuteRequest | Body | None = None,
        *,
        files: Mapping[str, FileInput] | None = None,
        async_: bool = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult:
        """``POST .../actions/{action}/execute``; multipart when ``files`` is given.

        Never re-sent once it may have reached the server (see the retry table).
        """
        where = self._where(("action_slug", action_slug), "execute")
        query = execute_query(async_, timeout_ms, version)
        data = execute_body(body, m.ExecuteRequest, account_slug, options, extra_options)
        if files is not None:
            parts = multipart_files(data, files)
            call = Call("POST", where, m.ExecutionResult, params=query, files=parts)
        else:
            call = Call("POST", where, m.ExecutionResult, params=query, json=data)
        return self._transport.send(call)


class TriggerScope(_Scope):
    """``connection(slug).trigger(trigger_slug)``."""

    __slots__ = ("_trigger",)

    def __init__(self, transport: Transport, slug: str, trigger_slug: str) -> None:
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

    def get(self, *, account_slug: str | None = None) -> m.TriggerDetail:
        """``GET /connections/{slug}/triggers/{trigger}``."""
        query = single_query("account_slug", account_slug)
        return self._transport.send(Call("GET", self._where(), m.TriggerDetail, params=query))

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
    ) -> m.SubscribeResult:
        """``POST .../triggers/{trigger}/subscribers``; ``created`` is False when it existed.

        HTTP 502 (``InternalServerError``) means the provider refused and nothing was saved.
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
        return self._transport.send(
            Call("POST", self._where("subscribers"), m.SubscribeResult, json=body)
        )


class ConnectionScope(_Scope):
    """``client.connection(slug)``: everything about one connection."""

    __slots__ = ()

    def __init__(self, transport: Transport, slug: str) -> None:
        path(("connection_slug", slug))  # refuse a bad slug now, not at the first call
        super().__init__(transport, slug)

    def _where(self, *tail: str) -> str:
        return path("connections", ("connection_slug", self._slug), *tail)

    def get(self) -> m.ConnectionDetail:
        """``GET /connections/{slug}``: the connection and its accounts."""
        return self._transport.send(Call("GET", self._where(), m.ConnectionDetail))

    def connected_accounts(self) -> m.ConnectedAccountList:
        """``GET /connections/{slug}/accounts``."""
        return self._transport.send(Call("GET", self._where("accounts"), m.ConnectedAccountList))

    def authorize(self) -> m.AuthorizeResult:
        """``POST /connections/{slug}/authorize``; open ``authorization_url`` when present."""
        return self._transport.send(
            Call("POST", self._where("authorize"), m.AuthorizeResult, json={})
        )

    def unauthorize(self) -> m.ConnectionStatus:
        """``POST /connections/{slug}/unauthorize``."""
        return self._transport.send(
            Call("POST", self._where("unauthorize"), m.ConnectionStatus, json={})
        )

    def set_active(self, active: bool) -> m.ConnectionStatus:
        """``POST /connections/{slug}/toggle-active`` with ``{"active": active}``."""
        if not isinstance(active, bool):
            raise TypeError(f"active must be a bool, not {type(active).__name__}")
        body = request_body({"active": active}, m.ToggleActiveRequest)
        return self._transport.send(
            Call("POST", self._where("toggle-active"), m.ConnectionStatus, json=body)
        )

    def authorize_url(
        self,
        request: m.AuthorizeUrlRequest | Body | None = None,
        *,
        org_wide: bool | None = None,
        name: str | None = None,
        scope: str | None = None,
        return_origin: str | None = None,
        for_all_users: bool | None = None,
    ) -> str:
        """``POST /connections/{slug}/connect/authorize-url``: the URL to connect an account.

        ``org_wide`` (0.x) and ``for_all_users`` (the wire name) are the same field; give one.
        With ``org_wide``, the legacy ``scope`` is not sent (as 0.x does).
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
        result = self._transport.send(call)
        if not result.url:
            raise InvalidResponseError(
                f"POST {call.path} -> the response has no 'url'",
                status_code=0,
                body=result.model_dump_json(by_alias=True, exclude_unset=True),
            )
        return result.url

    def http(self) -> HttpScope:
        return HttpScope(self._transport, self._slug)

    def file(self) -> FileScope:
        return FileScope(self._transport, self._slug)

    def sql(self) -> SqlScope:
        return SqlScope(self._transport, self._slug)

    def actions(self) -> ActionsScope:
        return ActionsScope(self._transport, self._slug)

    def triggers(self, *, account_slug: str | None = None) -> m.TriggerList:
        """``GET /connections/{slug}/triggers`` with your subscriptions on each."""
        query = single_query("account_slug", account_slug)
        return self._transport.send(
            Call("GET", self._where("triggers"), m.TriggerList, params=query)
        )

    def trigger(self, trigger_slug: str) -> TriggerScope:
        return TriggerScope(self._transport, self._slug, trigger_slug)


def _iterate_connections(
    transport: Transport,
    relay_id: str | None,
    template_id: str | None,
    per_page: int,
    q: str | None,
    filter: str | None,
) -> Iterator[m.ConnectionOut]:
    size = clamp_per_page(per_page)
    page = 1
    while True:
        query = connection_query(relay_id, template_id, page, size, q, filter)
        listing = transport.send(Call("GET", "/connections", m.ConnectionList, params=query))
        items = listing.connections or []
        for item in items:
            yield item
        if is_last_page(page, len(items), size, listing.per_page, listing.total_pages):
            return
        page += 1


class ConnectionsScope:
    """``client.connections()``: listing connections (optionally of one template)."""

    __slots__ = ("_template_id", "_transport")

    def __init__(self, transport: Transport, template_id: str | None = None) -> None:
        self._transport = transport
        self._template_id = template_id

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
    ) -> m.ConnectionList:
        """``GET /connections``; ``authorized`` is accepted for 0.x code and ignored."""
        query = connection_query(
            relay_id, template_id or self._template_id, page, per_page, q, filter
        )
        return self._transport.send(Call("GET", "/connections", m.ConnectionList, params=query))

    def iterate(
        self,
        relay_id: str | None = None,
        *,
        template_id: str | None = None,
        per_page: int = 100,
        q: str | None = None,
        filter: str | None = None,
        authorized: bool | None = None,
    ) -> Iterator[m.ConnectionOut]:
        """Every connection, page by page (one page in memory at a time)."""
        return _iterate_connections(
            self._transport, relay_id, template_id or self._template_id, per_page, q, filter
        )


class TemplateScope:
    """``client.template(template_id)``: connections made from one template."""

    __slots__ = ("_template_id", "_transport")

    def __init__(self, transport: Transport, template_id: str) -> None:
        if not isinstance(template_id, str) or not template_id.strip():
            raise ValueError("template_id must be a non-empty string")
        self._transport = transport
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
        """``GET /connections?template_id=...``; ``authorized`` is accepted for 0.x code and
        ignored."""
        return ConnectionsScope(self._transport, self._template_id).list(
            relay_id, page=page, per_page=per_page, q=q, filter=filter
        )

    def connection(self, slug: str) -> ConnectionScope:
        return ConnectionScope(self._transport, slug)


class ActionsCatalogScope:
    """``client.actions_catalog()``: the tenant-wide action catalog (``GET /actions``)."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def list(
        self, *, page: int | None = None, per_page: int | None = None, q: str | None = None
    ) -> m.ActionList:
        query = paging_query([], page, per_page, q) or None
        return self._transport.send(Call("GET", "/actions", m.ActionList, params=query))

    def iterate(self, *, per_page: int = 100, q: str | None = None) -> Iterator[m.ActionOut]:
        return _iterate_actions(self._transport, "/actions", per_page, q)


class JobsScope:
    """``client.jobs()``: background job results and waiting."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def result(self, job_id: str) -> m.JobResult:
        """``GET /jobs/{job_id}``."""
        return self._transport.send(Call("GET", path("jobs", ("job_id", job_id)), m.JobResult))

    def wait(
        self,
        job_id: str,
        *,
        timeout: float = 300.0,
        poll_interval: float = 1.0,
        on_poll: Callable[[m.JobResult], object] | None = None,
    ) -> m.JobResult:
        """Poll ``GET /jobs/{job_id}`` until the job is no longer queued or running.

        The interval starts at ``poll_interval`` and grows by half each poll, up to
        ``max(poll_interval, 5 s)``. ``on_poll`` sees every polled state (for progress).
        Raises ``ConnectionsTimeoutError`` when ``timeout`` seconds pass first.
        """
        check_seconds(timeout, "timeout")
        check_seconds(poll_interval, "poll_interval")
        call = Call("GET", path("jobs", ("job_id", job_id)), m.JobResult)
        clock = self._transport.clock
        deadline = clock() + timeout
        interval = poll_interval
        ceiling = max(poll_interval, 5.0)
        while True:
            job = self._transport.send(call)
            if on_poll is not None:
                on_poll(job)
            if str(job.status) not in ACTIVE_JOB_STATUSES:
                return job
            remaining = deadline - clock()
            if remaining <= 0:
                raise ConnectionsTimeoutError(
                    f"job {job_id} still {job.status} after {timeout:g} s"
                )
            self._transport.sleep(min(interval, remaining))
            interval = min(interval * 1.5, ceiling)


# -- the client -------------------------------------------------------------------------------


class ConnectionsClient(_FlatExecutors):
    """Client for ``/api/v1``. Use ``with`` or ``client.close()``.

    ``http_client``: your own ``httpx.Client`` (never closed by the SDK).
    """

    def __init__(
        self,
        base_url: str,
        service_token: str | None = "",
        *,
        http_client: httpx.Client | None = None,
        config: ConnectionsClientConfig | None = None,
    ) -> None:
        if config is None:
            config = ConnectionsClientConfig(base_url=base_url, service_token=service_token)
        config.warn_if_insecure()
        self._config = config
        owns = http_client is None
        if http_client is None:
            http_client = make_sync_http_client(config)
        self._transport = Transport(
            http_client,
            api_root=config.origin + "/api/v1",
            headers=config.headers(),
            max_retries=config.max_retries,
            timeout=None,
            owns_http=owns,
            timeout_seconds=config.timeout_seconds,
            max_response_bytes=config.max_response_bytes,
            secrets=config.secret_values(),
        )

    @classmethod
    def from_config(
        cls,
        config: ConnectionsClientConfig,
        *,
        http_client: httpx.Client | None = None,
    ) -> ConnectionsClient:
        """A client from a full :class:`ConnectionsClientConfig`."""
        return cls(
            config.base_url,
            config.service_token,
            http_client=http_client,
            config=config,
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
    def config(self) -> ConnectionsClientConfig:
        return self._config

    def with_options(
        self,
        *,
        timeout_seconds: float | None = None,
        max_retries: int | None = None,
        max_response_bytes: int | Keep | None = KEEP,
    ) -> ConnectionsClient:
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

    def close(self) -> None:
        """Close the internal ``httpx.Client`` (a caller-supplied one is left open)."""
        self._transport.close()

    def __enter__(self) -> ConnectionsClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # fluent roots

    def jobs(self) -> JobsScope:
        return JobsScope(self._transport)

    def connections(self) -> ConnectionsScope:
        return ConnectionsScope(self._transport)

    def actions_catalog(self) -> ActionsCatalogScope:
        return ActionsCatalogScope(self._transport)

    def template(self, template_id: str) -> TemplateScope:
        return TemplateScope(self._transport, template_id)

    def connection(self, slug: str) -> ConnectionScope:
        return ConnectionScope(self._transport, slug)

    # jobs

    def get_job_result(self, job_id: str) -> m.JobResult:
        return self.jobs().result(job_id)

    def wait_for_job(
        self,
        job_id: str,
        *,
        timeout: float = 300.0,
        poll_interval: float = 1.0,
        on_poll: Callable[[m.JobResult], object] | None = None,
    ) -> m.JobResult:
        return self.jobs().wait(
            job_id, timeout=timeout, poll_interval=poll_interval, on_poll=on_poll
        )

    # connections

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
    ) -> m.ConnectionList:
        return self.connections().list(
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
    ) -> Iterator[m.ConnectionOut]:
        return self.connections().iterate(
            relay_id, template_id=template_id, per_page=per_page, q=q, filter=filter
        )

    def get_connection(self, slug: str) -> m.ConnectionDetail:
        return self.connection(slug).get()

    def get_connected_accounts(self, connection_slug: str) -> m.ConnectedAccountList:
        return self.connection(connection_slug).connected_accounts()

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
        """The URL a person opens to connect an account (``.../connect/authorize-url``).

        ``org_wide`` (0.x) and ``for_all_users`` (the wire name) are the same field; give one.
        With ``org_wide``, the legacy ``scope`` is not sent (as 0.x does).
        """
        return self.connection(slug).authorize_url(
            request,
            org_wide=org_wide,
            name=name,
            scope=scope,
            return_origin=return_origin,
            for_all_users=for_all_users,
        )

    def authorize_connection(self, slug: str) -> m.AuthorizeResult:
        return self.connection(slug).authorize()

    def unauthorize_connection(self, slug: str) -> m.ConnectionStatus:
        return self.connection(slug).unauthorize()

    def toggle_connection_active(self, slug: str, active: bool) -> m.ConnectionStatus:
        return self.connection(slug).set_active(active)

    # actions

    def list_all_actions(
        self, *, page: int | None = None, per_page: int | None = None, q: str | None = None
    ) -> m.ActionList:
        return self.actions_catalog().list(page=page, per_page=per_page, q=q)

    def iter_all_actions(
        self, *, per_page: int = 100, q: str | None = None
    ) -> Iterator[m.ActionOut]:
        return self.actions_catalog().iterate(per_page=per_page, q=q)

    def list_actions(
        self,
        connection_slug: str,
        *,
        page: int | None = None,
        per_page: int | None = None,
        q: str | None = None,
    ) -> m.ActionList:
        return self.connection(connection_slug).actions().list(page=page, per_page=per_page, q=q)

    def iter_actions(
        self, connection_slug: str, *, per_page: int = 100, q: str | None = None
    ) -> Iterator[m.ActionOut]:
        return self.connection(connection_slug).actions().iterate(per_page=per_page, q=q)

    def get_action(self, connection_slug: str, action_slug: str) -> m.ActionDetail:
        return self.connection(connection_slug).actions().get(action_slug)

    def list_action_inputs(self, connection_slug: str, action_slug: str) -> m.ActionInputs:
        return self.connection(connection_slug).actions().list_inputs(action_slug)

    def list_action_output_meta(self, connection_slug: str, action_slug: str) -> m.ActionOutputs:
        return self.connection(connection_slug).actions().list_outputs(action_slug)

    def execute_action(
        self,
        connection_slug: str,
        action_slug: str,
        body: m.ExecuteRequest | Body | None = None,
        *,
        files: Mapping[str, FileInput] | None = None,
        async_: bool = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult:
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

    # triggers

    def list_triggers(
        self, connection_slug: str, *, account_slug: str | None = None
    ) -> m.TriggerList:
        return self.connection(connection_slug).triggers(account_slug=account_slug)

    def get_trigger(
        self, connection_slug: str, trigger_slug: str, *, account_slug: str | None = None
    ) -> m.TriggerDetail:
        scope = self.connection(connection_slug).trigger(trigger_slug)
        return scope.get(account_slug=account_slug)

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

    def unsubscribe(self, subscriber_id: int | str) -> m.UnsubscribeResult:
        """``DELETE /subscribers/{id}``; ``deleted`` is False when it was already gone."""
        where = path("subscribers", ("subscriber_id", subscriber_id))
        return self._transport.send(Call("DELETE", where, m.UnsubscribeResult))
