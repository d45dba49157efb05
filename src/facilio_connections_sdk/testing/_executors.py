"""The executors the emulator runs: HTTP (echoed), files (in memory), SQL (sqlite, guarded).

SQL never reaches the file system (``ATTACH``, ``DETACH``, ``PRAGMA`` are refused) and a
statement running longer than its time limit is stopped.
"""

from __future__ import annotations

import base64
import posixpath
import sqlite3
import time
from typing import Any

from facilio_connections_sdk.testing._errors import ApiError, not_found
from facilio_connections_sdk.testing._state import (
    Connection,
    identifier,
)

__all__ = ["EXECUTOR_VERBS", "SqlRunner", "run_file", "run_http"]

# The executor verbs the emulator runs, per family (the path's last two segments). Any other
# executor of the spec answers 501: an unknown verb never runs as another one.
EXECUTOR_VERBS: dict[str, tuple[str, ...]] = {
    "http": ("get", "post", "patch", "put", "delete"),
    "file": (
        "readFile",
        "uploadFile",
        "appendFile",
        "listFiles",
        "renameFile",
        "moveFile",
        "deleteFile",
    ),
    "sql": ("query", "select", "insert", "update", "delete", "execute"),
}
# sqlite authorizer action codes the emulator's SQL may never use: they reach the file system
# (ATTACH, and VACUUM INTO, which sqlite authorizes as an ATTACH) or change the engine (PRAGMA).
_DENIED_SQL = {
    sqlite3.SQLITE_ATTACH: "ATTACH (or VACUUM INTO)",
    sqlite3.SQLITE_DETACH: "DETACH",
    sqlite3.SQLITE_PRAGMA: "PRAGMA",
}


class SqlGuard:
    """Runs one statement with an authorizer and a deadline (set on the connection once)."""

    def __init__(self) -> None:
        self.denied: str | None = None
        self.deadline = 0.0

    def authorize(self, action: int, *_args: object) -> int:
        what = _DENIED_SQL.get(action)
        if what is not None:
            self.denied = what
            return sqlite3.SQLITE_DENY
        return sqlite3.SQLITE_OK

    def progress(self) -> int:
        return 1 if time.monotonic() > self.deadline else 0


def run_http(conn: Connection, verb: str, body: dict[str, Any]) -> dict[str, Any]:
    request = {
        "method": verb.upper(),
        "url": conn.base_url + body.get("path", ""),
        "query": body.get("query", {}),
        "headers": body.get("headers", {}),
    }
    if "body" in body:
        request["body"] = body["body"]
    return {"status_code": 200, "request": request}


def run_file(conn: Connection, verb: str, body: dict[str, Any]) -> dict[str, Any]:
    files = conn.files

    def norm(p: str) -> str:
        return posixpath.normpath("/" + p.lstrip("/"))

    if verb == "listFiles":
        root = norm(body["path"]).rstrip("/") + "/"
        entries = set()
        for name in files:
            if name.startswith(root) or root == "/":
                rest = name[len(root) :] if root != "/" else name.lstrip("/")
                if body.get("recursive"):
                    entries.add(root.rstrip("/") + "/" + rest)
                else:
                    head = rest.split("/", 1)
                    entries.add(root + head[0] + ("/" if len(head) > 1 else ""))
        return {"path": root, "entries": sorted(entries)}
    if verb == "moveFile":
        source, target = norm(body["source"]), norm(body["destination"])
    else:
        source = norm(body["path"])
        target = source
    if verb in ("readFile", "renameFile", "moveFile", "deleteFile") and source not in files:
        raise not_found("file", source)
    if verb == "readFile":
        data = files[source]
        try:
            return {"path": source, "content": data.decode(), "encoding": "utf-8"}
        except UnicodeDecodeError:
            encoded = base64.b64encode(data).decode()
            return {"path": source, "content": encoded, "encoding": "base64"}
    if verb in ("uploadFile", "appendFile"):
        content = body["content"]
        try:
            data = (
                base64.b64decode(content, validate=True)
                if body.get("encoding") == "base64"
                else content.encode()
            )
        except ValueError:
            raise ApiError(400, "invalid_content", "content is not valid base64") from None
        if verb == "uploadFile":
            if source in files and not body.get("overwrite"):
                raise ApiError(409, "file_exists", f"{source} exists; pass overwrite=true")
            files[source] = data
        else:
            files[source] = files.get(source, b"") + data
        return {"path": source, "size": len(files[source])}
    if verb == "renameFile":
        new_name = body["new_name"]
        if "/" in new_name or new_name in ("", ".", ".."):
            raise ApiError(400, "invalid_name", "new_name must be a plain file name")
        target = posixpath.join(posixpath.dirname(source), new_name)
    if verb in ("renameFile", "moveFile"):
        if target in files:
            raise ApiError(409, "file_exists", f"{target} already exists")
        files[target] = files.pop(source)
        return {"path": target}
    if verb == "deleteFile":
        del files[source]
        return {"path": source, "deleted": True}
    raise ApiError(501, "not_implemented", f"file/{verb} is not implemented by the emulator")


class SqlRunner:
    """Runs the SQL verbs on a connection's sqlite database within ``time_limit`` seconds."""

    def __init__(self, time_limit: float) -> None:
        self.sql_time_limit: float = time_limit
        self._sql_guard = SqlGuard()

    def run(self, conn: Connection, verb: str, body: dict[str, Any]) -> dict[str, Any]:
        db = conn.db
        assert db is not None
        guard = self._sql_guard
        guard.denied = None
        guard.deadline = time.monotonic() + self.sql_time_limit
        db.set_authorizer(guard.authorize)
        db.set_progress_handler(guard.progress, 1000)
        try:
            return self._run_sql(db, verb, body)
        except sqlite3.Error as exc:
            if guard.denied is not None:
                raise ApiError(
                    400,
                    "sql_not_allowed",
                    f"{guard.denied} is not allowed in the emulator (it reaches the file system "
                    "or changes the engine)",
                ) from None
            if time.monotonic() > guard.deadline:
                raise ApiError(
                    408,
                    "sql_timeout",
                    f"the statement ran longer than {self.sql_time_limit:g} s and was stopped",
                ) from None
            raise ApiError(400, "sql_error", str(exc)) from None
        finally:
            db.set_authorizer(None)
            db.set_progress_handler(None, 1000)

    def _run_sql(self, db: sqlite3.Connection, verb: str, body: dict[str, Any]) -> dict[str, Any]:
        try:
            if verb in ("query", "execute"):
                statement = body["query" if verb == "query" else "statement"]
                cursor = db.execute(statement, body.get("params") or [])
                if cursor.description is not None:
                    rows = [dict(r) for r in cursor.fetchall()]
                    return {"rows": rows, "row_count": len(rows)}
                return {"row_count": cursor.rowcount, "last_row_id": cursor.lastrowid}
            table = identifier(body["table"])
            where_sql, where_params = self._where(body.get("where"))
            if verb == "select":
                columns = ", ".join(identifier(c) for c in body.get("columns") or []) or "*"
                sql = f"SELECT {columns} FROM {table}{where_sql}"
                order = [self._order(o) for o in body.get("order_by") or []]
                if order:
                    sql += " ORDER BY " + ", ".join(order)
                params = list(where_params)
                if "limit" in body or "offset" in body:
                    sql += " LIMIT ? OFFSET ?"
                    params += [body.get("limit", -1), body.get("offset", 0)]
                rows = [dict(r) for r in db.execute(sql, params).fetchall()]
                return {"rows": rows, "row_count": len(rows)}
            if verb == "insert":
                ids = []
                for row in body["rows"]:
                    cols = ", ".join(identifier(c) for c in row)
                    marks = ", ".join("?" for _ in row)
                    cursor = db.execute(
                        f"INSERT INTO {table} ({cols}) VALUES ({marks})",
                        list(row.values()),
                    )
                    ids.append(cursor.lastrowid)
                return {"row_count": len(ids), "inserted_ids": ids}
            if verb == "update":
                values = body["values"]
                if not values:
                    raise ApiError(422, "invalid_request", "values must not be empty")
                sets = ", ".join(f"{identifier(c)} = ?" for c in values)
                cursor = db.execute(
                    f"UPDATE {table} SET {sets}{where_sql}",
                    [*values.values(), *where_params],
                )
                return {"row_count": cursor.rowcount}
            if verb == "delete":
                cursor = db.execute(f"DELETE FROM {table}{where_sql}", where_params)
                return {"row_count": cursor.rowcount}
            raise ApiError(501, "not_implemented", f"sql/{verb} is not implemented by the emulator")
        except ValueError as exc:
            raise ApiError(400, "invalid_identifier", str(exc)) from None

    @staticmethod
    def _where(where: dict[str, Any] | None) -> tuple[str, list[Any]]:
        if not where:
            return "", []
        parts = []
        params: list[Any] = []
        for column, value in where.items():
            if value is None:
                parts.append(f"{identifier(column)} IS NULL")
            else:
                parts.append(f"{identifier(column)} = ?")
                params.append(value)
        return " WHERE " + " AND ".join(parts), params

    @staticmethod
    def _order(spec: str) -> str:
        words = spec.strip().split()
        column = words[0].lstrip("-") if words else ""
        descending = spec.strip().startswith("-") or (
            len(words) == 2 and words[1].lower() == "desc"
        )
        if len(words) > 2 or (len(words) == 2 and words[1].lower() not in ("asc", "desc")):
            raise ValueError(f"not a valid order_by entry: {spec!r}")
        return identifier(column) + (" DESC" if descending else " ASC")
