"""Typed views of free-form results: hand-written on top of the generated models.

An executor's ``result`` stays the raw value the server sent (``to_dict()`` is lossless); a
view reads it as a model when it is read, and says why when it does not fit, so an answer of an
unexpected shape is never an error by itself.
"""

from __future__ import annotations

from pydantic import ValidationError

from facilio_connections_sdk.models._generated import ExecutionResult, SqlResult

__all__ = ["SqlExecutionResult"]


class SqlExecutionResult(ExecutionResult):
    """What a SQL executor answers: ``status``, ``result``, ``error``; ``sql`` reads the result.

    Example::

        rows = client.execute_sql_query("db", {"query": "select 1 as one"}).sql.rows
    """

    @property
    def sql(self) -> SqlResult:
        """``result`` as a :class:`SqlResult` (``rows``, ``row_count``, ``columns``).

        Raises:
            ValueError: The server's ``result`` is not of that shape (it is still in
                ``result`` and ``to_dict()``, as sent); the message says what does not fit.
        """
        raw = {} if self.result is None else self.result
        try:
            return SqlResult.model_validate(raw)
        except ValidationError as exc:
            problems = "; ".join(
                f"{'.'.join(map(str, e['loc'])) or 'result'}: {e['msg']}" for e in exc.errors()
            )
            raise ValueError(f"this SQL result is not a SqlResult ({problems})") from None
