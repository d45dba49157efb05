"""User-style code: mypy --strict must accept it (see tests/test_typing.py)."""

from __future__ import annotations

from datetime import datetime

from facilio_connections_sdk.models import (
    ConnectionKind,
    ConnectionList,
    ExecutionResult,
    HttpParameters,
    JobResult,
)


def names(listing: ConnectionList) -> list[str]:
    out: list[str] = []
    for conn in listing.connections or []:
        label: str = conn.display_name or conn.slug
        identifier: int = conn.id
        out.append(f"{identifier}:{label}")
        if conn.kind == ConnectionKind.sql:
            out.append("sql")
    return out


def finished(job: JobResult) -> datetime | None:
    return job.finished_at


def job_id(result: ExecutionResult) -> str | None:
    return result.job_id


def request() -> HttpParameters:
    return HttpParameters(path="/api/now/table/incident", query={"limit": "5"})
