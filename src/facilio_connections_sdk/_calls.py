"""The calls doors share: a run of an executor (JSON, or multipart parts) and the subscribe body."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import facilio_connections_sdk.models as m
from facilio_connections_sdk._request import Call, Query, execute_body, execute_query, form_items

if TYPE_CHECKING:
    from facilio_connections_sdk.models import ApiModel

__all__ = ["execute_call", "execution_model", "multipart_parts", "subscribe_body"]

R = TypeVar("R", bound="m.ExecutionResult")


def execute_call(
    where: str,
    model: type[ApiModel],
    result: type[R],
    parameters: ApiModel | Mapping[str, Any] | None,
    async_: bool,
    timeout_ms: int | None,
    version: str | None,
    account_slug: str | None,
    options: Mapping[str, Any] | None,
    extra_options: Mapping[str, Any],
    extra_query: Query | None = None,
    headers: Query | None = None,
    request_options: Mapping[str, Any] | None = None,
    operation: str = "",
) -> Call[R | m.QueuedExecution]:
    """The request of one run at ``where``; every check that can refuse the input runs here.

    A queued run (``async_``) is parsed as ``QueuedExecution``, whose ``job_id`` is
    required: an answer without one is an ``InvalidResponseError``; a run waited for as
    ``result``.
    """
    query = execute_query(async_, timeout_ms, version)
    if extra_query:  # the operation's own query parameters, after the run's
        query = [*(query or ()), *extra_query]
    body = execute_body(parameters, model, account_slug, options, extra_options)
    answer: type[R | m.QueuedExecution] = m.QueuedExecution if async_ is True else result
    return Call(
        "POST",
        where,
        answer,
        params=query,
        json=body,
        headers=headers or None,
        options=request_options,
    )


def multipart_parts(body: Mapping[str, Any]) -> list[tuple[str, tuple[str | None, bytes, str]]]:
    """A ``multipart/form-data`` body's parts: ``bytes`` values as files (named after their
    field, ``application/octet-stream``), a list as one part per item, other values as text
    (``true``/``false`` for a bool); ``None`` is left out."""
    parts: list[tuple[str, tuple[str | None, bytes, str]]] = []
    for name, value in body.items():
        for item in value if isinstance(value, (list, tuple)) else [value]:
            if isinstance(item, (bytes, bytearray)):
                parts.append((name, (name, bytes(item), "application/octet-stream")))
            elif item is not None:
                for _, text in form_items({name: item}):
                    parts.append((name, (None, text.encode("utf-8"), "text/plain; charset=utf-8")))
    return parts


def execution_model(
    async_: bool, result: type[m.ExecutionResult] | None = None
) -> type[m.ExecutionResult]:
    """What an execute answers: a queued run, or the run's outcome (``result``)."""
    if async_ is True:
        return m.QueuedExecution
    return m.ExecutionResult if result is None else result


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
