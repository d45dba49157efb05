"""Route builders shared by both clients: executors, listing queries, subscribe bodies."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from facilio_connections_sdk import models as m
from facilio_connections_sdk._request import (
    Call,
    Query,
    execute_body,
    execute_query,
    paging_query,
    path,
)

if TYPE_CHECKING:
    from facilio_connections_sdk.models import ApiModel

P = TypeVar("P", bound="ApiModel")

__all__ = [
    "ACTIVE_JOB_STATUSES",
    "ExecutorRoute",
    "connection_query",
    "execution_model",
    "subscribe_body",
]

# A job in one of these states is still going: job waiting polls on.
ACTIVE_JOB_STATUSES = frozenset({"queued", "running"})
_CONNECTION_FILTERS = frozenset({"all", "connected", "custom"})


@dataclass(frozen=True, slots=True)
class ExecutorRoute(Generic[P]):
    """``POST /connections/{slug}/<suffix>`` with a body of type ``model``.

    The routes themselves are generated from the spec (``_async/executors.py``).
    """

    suffix: str
    model_name: str  # resolved on first use: the models load lazily
    result_name: str = "ExecutionResult"  # what a run waited for answers

    @property
    def model(self) -> type[P]:
        model: type[P] = getattr(m, self.model_name)
        return model

    def call(
        self,
        connection_slug: str,
        parameters: P | Mapping[str, Any] | None,
        async_: bool,
        timeout_ms: int | None,
        version: str | None,
        account_slug: str | None,
        options: Mapping[str, Any] | None,
        extra_options: Mapping[str, Any],
    ) -> Call[m.ExecutionResult]:
        """The request of one run; every check that can refuse the input runs here.

        A queued run (``async_``) is parsed as :class:`QueuedExecution`, whose ``job_id`` is
        required: an answer without one is an ``InvalidResponseError``.
        """
        where = path("connections", ("connection_slug", connection_slug), self.suffix)
        query = execute_query(async_, timeout_ms, version)
        body = execute_body(parameters, self.model, account_slug, options, extra_options)
        result: type[m.ExecutionResult] = getattr(m, self.result_name)
        return Call("POST", where, execution_model(async_, result), params=query, json=body)


def execution_model(
    async_: bool, result: type[m.ExecutionResult] | None = None
) -> type[m.ExecutionResult]:
    """What an execute answers: a queued run, or the run's outcome (``result``)."""
    if async_ is True:
        return m.QueuedExecution
    return m.ExecutionResult if result is None else result


def connection_query(
    relay_id: str | None,
    template_id: str | None,
    page: int | None,
    per_page: int | None,
    q: str | None,
    filter: str | None,
) -> Query | None:
    """``relay_id``, ``template_id``, paging, ``filter`` — in that order, each only when set."""
    query: Query = []
    if relay_id is not None:
        query.append(("relay_id", str(relay_id)))
    if template_id is not None:
        query.append(("template_id", str(template_id)))
    paging_query(query, page, per_page, q)
    if filter is not None and filter.strip():
        if filter not in _CONNECTION_FILTERS:
            raise ValueError(f"filter must be one of {sorted(_CONNECTION_FILTERS)}, not {filter!r}")
        query.append(("filter", filter))
    return query or None


def subscribe_body(
    target_url: str,
    *,
    service: str | None,
    user_id: int | None,
    api_key: str | None,
    api_key_header: str | None,
    name: str | None,
    account_id: int | None,
    account: str | None,
    inputs: Mapping[str, str] | None,
) -> dict[str, Any]:
    """The subscribe body in 0.x key order; ``account_id`` wins over ``account``."""
    if not isinstance(target_url, str) or not target_url.strip():
        raise ValueError("target_url must be a non-empty URL")
    body: dict[str, Any] = {"targetUrl": target_url}
    for key, value in (
        ("service", service),
        ("userId", user_id),
        ("apiKey", api_key),
        ("apiKeyHeader", api_key_header),
        ("name", name),
    ):
        if value is not None:
            body[key] = value
    if account_id is not None:
        body["account_id"] = account_id
    elif account is not None:
        body["account"] = account
    if inputs is not None:
        body["inputs"] = dict(inputs)
    return body
