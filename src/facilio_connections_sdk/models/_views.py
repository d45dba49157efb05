"""Typed views of free-form results: hand-written on top of the generated models.

An executor's ``result`` stays the raw value the server sent (``to_dict()`` is lossless); a
view reads it as a model when it is read, and says why when it does not fit, so an answer of an
unexpected shape is never an error by itself.
"""

from __future__ import annotations

from typing import TypeVar

from pydantic import ValidationError

from facilio_connections_sdk.models._base import ApiModel
from facilio_connections_sdk.models._generated import (
    ExecutionResult,
    FileContent,
    FileListing,
    SqlResult,
)

__all__ = ["FileListExecutionResult", "FileReadExecutionResult", "SqlExecutionResult"]

V = TypeVar("V", bound=ApiModel)


def _view(owner: ExecutionResult, model: type[V]) -> V:
    """``owner.result`` read as ``model``, once per ``result`` object (kept beside the fields,
    like a ``cached_property``); ``ValueError`` naming what does not fit."""
    raw = owner.result
    slot = "_view_" + model.__name__
    kept = owner.__dict__.get(slot)
    if kept is not None and kept[0] is raw:
        view: V = kept[1]
        return view
    try:
        view = model.model_validate({} if raw is None else raw)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(map(str, e['loc'])) or 'result'}: {e['msg']}" for e in exc.errors()
        )
        raise ValueError(f"this result is not a {model.__name__} ({problems})") from None
    owner.__dict__[slot] = (raw, view)
    return view


class SqlExecutionResult(ExecutionResult):
    """What a SQL executor answers: ``status``, ``result``, ``error``; ``sql`` reads the result.

    Examples:
        ```python
        rows = client.execute_sql_query("db", {"query": "select 1 as one"}).sql.rows
        ```
    """

    @property
    def sql(self) -> SqlResult:
        """``result`` as a ``SqlResult`` (``rows``, ``row_count``, ``columns``).

        Raises:
            ValueError: The server's ``result`` is not of that shape (it is still in
                ``result`` and ``to_dict()``, as sent); the message says what does not fit.
        """
        return _view(self, SqlResult)


class FileReadExecutionResult(ExecutionResult):
    """What ``readFile`` answers; ``file`` reads the result as a ``FileContent``."""

    @property
    def file(self) -> FileContent:
        """``result`` as a ``FileContent`` (``path``, ``content``, ``encoding``).

        Raises:
            ValueError: The server's ``result`` is not of that shape (kept as sent).
        """
        return _view(self, FileContent)


class FileListExecutionResult(ExecutionResult):
    """What ``listFiles`` answers; ``listing`` reads the result as a ``FileListing``."""

    @property
    def listing(self) -> FileListing:
        """``result`` as a ``FileListing`` (``path``, ``entries``).

        Raises:
            ValueError: The server's ``result`` is not of that shape (kept as sent).
        """
        return _view(self, FileListing)
