# GENERATED CODE - DO NOT EDIT.
# Source: src/facilio_connections_sdk/_async/runs.py
# Regenerate with: python -m codegen   (check with: python -m codegen --check)

"""The executors' doors: one hand-written run serves every row of the generated table.

An executor (``POST /connections/{slug}/http/get``, ``.../sql/select``, ...) differs from the
next only by data: its names, its path, its parameters model and its result model. The
generated module holds one ``Run`` per executor and makes both doors from it
(``client.execute_sql_select(slug, ...)`` and ``client.connection(slug).sql().select(...)``);
this module holds what every run shares: the signature, the checks and the send (written once),
and the text every run's help shares (the ``__call__`` docstrings below).

Type checkers see each door as an ``RunDoor`` or ``FlatRunDoor`` of its models (the
generated annotation), with one overload per value of ``async_``; ``help()`` and
``inspect.signature`` see a real method with the door's own name, summary and models.
"""

from __future__ import annotations

import inspect
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Protocol, TypeVar, overload

import facilio_connections_sdk.models as m
from facilio_connections_sdk._calls import execute_call
from facilio_connections_sdk._request import Call, segment
from facilio_connections_sdk.types import AnyBody, Body, RequestOptions

if TYPE_CHECKING:
    from facilio_connections_sdk._sync.scopes import Scope
    from facilio_connections_sdk._sync.send_loop import SendLoop

__all__ = ["FlatRunDoor", "Run", "RunDoor", "flat_run", "fluent_run"]

P = TypeVar("P", bound="m.ApiModel", contravariant=True)
PP = TypeVar("PP", contravariant=True)  # the parameters model's TypedDict (``...Params``)
R = TypeVar("R", bound="m.ExecutionResult", covariant=True)


class Run:
    """One executor, a row of the generated table (its models named, loaded at the first run:
    importing the client does not load the models)."""

    __slots__ = ("_models", "flat", "fluent", "params", "result", "summary", "tail")

    def __init__(
        self, flat: str, fluent: str, tail: str, params: str, result: str, summary: str
    ) -> None:
        self.flat = flat  # the client's method: ``execute_sql_select``
        self.fluent = fluent  # the scope's method: ``select``
        self.tail = tail  # the path after ``/connections/{slug}/``: ``sql/select``
        self.params = params  # the body's model: ``SqlSelect``
        self.result = result  # what a run waited for answers: ``SqlExecutionResult``
        self.summary = summary  # the door's first line
        self._models: tuple[type[m.ApiModel], type[m.ExecutionResult]] | None = None

    def models(self) -> tuple[type[m.ApiModel], type[m.ExecutionResult]]:
        """The parameters model and the result model."""
        if self._models is None:
            self._models = (getattr(m, self.params), getattr(m, self.result))
        return self._models

    @property
    def wire(self) -> str:
        return f"POST /connections/{{slug}}/{self.tail}"

    def call(
        self,
        slug: str,
        parameters: m.ApiModel | Mapping[str, Any] | None,
        async_: bool,
        timeout_ms: int | None,
        version: str | None,
        account_slug: str | None,
        options: Mapping[str, Any] | None,
        extra_options: Mapping[str, Any],
        request_options: Mapping[str, Any] | None,
    ) -> Call[m.ExecutionResult]:
        """The request of one run of this executor on the connection ``slug`` (a path segment
        already percent-encoded): what both of its doors send."""
        params, result = self._models or self.models()  # loaded at the first run
        return execute_call(
            f"/connections/{slug}/{self.tail}",
            params,
            result,
            parameters,
            async_,
            timeout_ms,
            version,
            account_slug,
            options,
            extra_options,
            request_options=request_options,
            operation=self.flat,
        )


class RunDoor(Protocol[P, PP, R]):
    """A run of one executor from its scope: ``client.connection(slug).sql().select(...)``."""

    @overload
    def __call__(
        self,
        parameters: P | PP | AnyBody | None = None,
        *,
        async_: Literal[False] = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        request_options: RequestOptions | None = None,
        **extra_options: Any,
    ) -> R: ...
    @overload
    def __call__(
        self,
        parameters: P | PP | AnyBody | None = None,
        *,
        async_: Literal[True],
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        request_options: RequestOptions | None = None,
        **extra_options: Any,
    ) -> m.QueuedExecution: ...
    @overload
    def __call__(
        self,
        parameters: P | PP | AnyBody | None = None,
        *,
        async_: bool,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        request_options: RequestOptions | None = None,
        **extra_options: Any,
    ) -> R | m.QueuedExecution: ...
    def __call__(
        self,
        parameters: P | PP | AnyBody | None = None,
        *,
        async_: bool = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        request_options: RequestOptions | None = None,
        **extra_options: Any,
    ) -> R | m.QueuedExecution:
        """Run the executor (``POST /connections/{slug}/<kind>/<verb>``).

        Not idempotent: never re-sent once it may have reached the server.

        Args:
            parameters: The executor's parameters model, or a dict with its wire keys. A dict
                literal is checked key by key against the model's ``...Params`` TypedDict (in
                ``facilio_connections_sdk.models``) by type checkers; a dict typed ``dict[str,
                Any]`` is what ``AnyBody`` (``facilio_connections_sdk.types``) accepts; an
                inferred ``dict[str, str]`` variable is refused (annotate it with the
                ``...Params`` type). Any dict is checked against the model before anything is
                sent, then sent as written.
            async_: Queue the run and answer at once with a ``job_id`` (``?async=true``); wait
                for it with ``wait_for_job``.
            timeout_ms: How long the server may run it, in milliseconds.
            version: Pin the action version; a mismatch raises ``ConflictError``.
            account_slug: The connected account to run as (never over one in the body).
            options: Execution options (``source``, ``purpose``, ``debug``, ...) for the body;
                ``Body`` is ``Mapping[str, Any]``.
            request_options: Per-call headers, query, timeout and retries
                (``RequestOptions``); never sent in the body.
            **extra_options: More execution options; they win over ``options``.

        Returns:
            The run's outcome (the executor's result model). With ``async_=True`` a
            ``QueuedExecution``, whose ``job_id`` is always a ``str``.

        Raises:
            ValueError: Bad input, found before anything is sent (``TypeError`` for a wrong
                type).
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the
                server.
        """
        ...


class FlatRunDoor(Protocol[P, PP, R]):
    """A run of one executor from the client: ``client.execute_sql_select(slug, ...)``."""

    @overload
    def __call__(
        self,
        connection_slug: str,
        parameters: P | PP | AnyBody | None = None,
        *,
        async_: Literal[False] = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        request_options: RequestOptions | None = None,
        **extra_options: Any,
    ) -> R: ...
    @overload
    def __call__(
        self,
        connection_slug: str,
        parameters: P | PP | AnyBody | None = None,
        *,
        async_: Literal[True],
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        request_options: RequestOptions | None = None,
        **extra_options: Any,
    ) -> m.QueuedExecution: ...
    @overload
    def __call__(
        self,
        connection_slug: str,
        parameters: P | PP | AnyBody | None = None,
        *,
        async_: bool,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        request_options: RequestOptions | None = None,
        **extra_options: Any,
    ) -> R | m.QueuedExecution: ...
    def __call__(
        self,
        connection_slug: str,
        parameters: P | PP | AnyBody | None = None,
        *,
        async_: bool = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Body | None = None,
        request_options: RequestOptions | None = None,
        **extra_options: Any,
    ) -> R | m.QueuedExecution:
        """Run the executor (``POST /connections/{slug}/<kind>/<verb>``).

        What ``client.connection(connection_slug).<kind>().<verb>(...)`` does, in one call. Not
        idempotent: never re-sent once it may have reached the server.

        Args:
            connection_slug: The connection's slug (percent-encoded with no safe characters).
            parameters: The executor's parameters model, or a dict with its wire keys (see the
                scope's door).
            async_: Queue the run and answer at once with a ``job_id`` (``?async=true``); wait
                for it with ``wait_for_job``.
            timeout_ms: How long the server may run it, in milliseconds.
            version: Pin the action version; a mismatch raises ``ConflictError``.
            account_slug: The connected account to run as (never over one in the body).
            options: Execution options (``source``, ``purpose``, ``debug``, ...) for the body;
                ``Body`` is ``Mapping[str, Any]``.
            request_options: Per-call headers, query, timeout and retries
                (``RequestOptions``); never sent in the body.
            **extra_options: More execution options; they win over ``options``.

        Returns:
            The run's outcome (the executor's result model). With ``async_=True`` a
            ``QueuedExecution``, whose ``job_id`` is always a ``str``.

        Raises:
            ValueError: Bad input, found before anything is sent (``TypeError`` for a wrong
                type).
            ConnectionsApiError: The server answered with an error (a subclass per status).
            ConnectionsError: The request failed; never re-sent once it may have reached the
                server.
        """
        ...


def _describe(door: Any, row: Run, name: str, owner: type[Any], flat: bool) -> None:
    """What ``help()`` and ``inspect.signature`` show: the door's name, its models and its text
    (the row's summary and wire line, then what every run shares)."""
    door.__name__ = door.__qualname__ = name
    door.__module__ = owner.__module__
    shared = (inspect.getdoc(owner.__call__) or "").split("\n\n", 1)[-1]
    kind = row.tail.split("/", 1)[0]  # pragma: no mutate (the first part whatever maxsplit)
    for generic, own in (
        ("<kind>().<verb>", f"{kind}().{row.fluent}"),
        ("The executor's parameters model", f"A ``{row.params}``"),
        ("The run's outcome (the executor's result model)", f"A ``{row.result}``"),
    ):
        shared = shared.replace(generic, own)
    door.__doc__ = f"{row.summary}\n\n``{row.wire}``. {shared}"
    door.__annotations__ = {
        **({"connection_slug": "str"} if flat else {}),
        "parameters": f"m.{row.params} | m.{row.params}Params | AnyBody | None",
        "async_": "bool",
        "timeout_ms": "int | None",
        "version": "str | None",
        "account_slug": "str | None",
        "options": "Body | None",
        "request_options": "RequestOptions | None",
        "extra_options": "Any",
        "return": f"m.{row.result} | m.QueuedExecution",
    }


def fluent_run(row: Run) -> Any:
    """The scope's door of ``row`` (a method of the generated scope class)."""

    def door(
        self: Scope,
        parameters: m.ApiModel | Mapping[str, Any] | None = None,
        *,
        async_: bool = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult:
        call = row.call(
            self._args[0],  # percent-encoded when the scope was made
            parameters,
            async_,
            timeout_ms,
            version,
            account_slug,
            options,
            extra_options,
            request_options,
        )
        return self._send_loop.send(call)

    _describe(door, row, row.fluent, RunDoor, flat=False)
    return door


class _HasSendLoop(Protocol):
    _send_loop: SendLoop


def flat_run(row: Run) -> Any:
    """The client's door of ``row`` (a method of the generated client operations)."""

    def door(
        self: _HasSendLoop,
        connection_slug: str,
        parameters: m.ApiModel | Mapping[str, Any] | None = None,
        *,
        async_: bool = False,
        timeout_ms: int | None = None,
        version: str | None = None,
        account_slug: str | None = None,
        options: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **extra_options: Any,
    ) -> m.ExecutionResult:
        call = row.call(
            segment(connection_slug, "connection_slug"),
            parameters,
            async_,
            timeout_ms,
            version,
            account_slug,
            options,
            extra_options,
            request_options,
        )
        return self._send_loop.send(call)

    _describe(door, row, row.flat, FlatRunDoor, flat=True)
    return door
