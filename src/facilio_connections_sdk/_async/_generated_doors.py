# GENERATED CODE - DO NOT EDIT.
# Source: openapi/connections-v1.yaml (every operation), by codegen/operations.py
# Regenerate with: python -m codegen   (check with: python -m codegen --check)
"""The generated doors of each scope with a hand-written base, as protocols.

A hand-written base (``_async/scopes.py``) calls its scope's generated doors through these
(``cast("AsyncJobsScopeDoors", self).result(job_id)``), so a type checker holds those calls to
the signatures the spec generates now; nothing copies a signature by hand.
"""

from __future__ import annotations

from typing import Protocol

import facilio_connections_sdk.models as m
from facilio_connections_sdk.types import RequestOptions

__all__ = [
    "AsyncActionsCatalogScopeDoors",
    "AsyncActionsScopeDoors",
    "AsyncConnectionsScopeDoors",
    "AsyncJobsScopeDoors",
]


class AsyncJobsScopeDoors(Protocol):
    """The generated doors of ``client.jobs()``."""

    async def result(
        self,
        job_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> m.JobResult: ...


class AsyncConnectionsScopeDoors(Protocol):
    """The generated doors of ``client.connections()``."""

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
        request_options: RequestOptions | None = None,
    ) -> m.ConnectionList: ...


class AsyncActionsCatalogScopeDoors(Protocol):
    """The generated doors of ``client.actions_catalog()``."""

    async def list(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        q: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> m.ActionList: ...


class AsyncActionsScopeDoors(Protocol):
    """The generated doors of ``client.connection(slug).actions()``."""

    async def list(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        q: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> m.ActionList: ...

    async def get(
        self,
        action_slug: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> m.ActionDetail: ...

    async def list_inputs(
        self,
        action_slug: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> m.ActionInputs: ...

    async def list_outputs(
        self,
        action_slug: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> m.ActionOutputs: ...
