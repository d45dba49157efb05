"""Code with a type error mypy must catch (see tests/test_typing.py)."""

from __future__ import annotations

from facilio_connections_sdk.models import ConnectionOut


def wrong(conn: ConnectionOut) -> int:
    return conn.slug
