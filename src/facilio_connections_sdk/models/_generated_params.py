# GENERATED CODE - DO NOT EDIT.
# Source: openapi/connections-v1.yaml (the request bodies), by codegen/params.py
# Regenerate with: python -m codegen   (check with: python -m codegen --check)
"""TypedDict twins of the request models: ``<Schema>Params``, keyed by wire names."""

from __future__ import annotations

from typing import Any, Literal, TypeAlias

from typing_extensions import NotRequired, TypedDict

__all__ = [
    "AppendFileParametersParams",
    "AuthorizeUrlRequestParams",
    "DeleteFileParametersParams",
    "EmptyRequestParams",
    "ExecuteBodyExtrasParams",
    "ExecuteRequestParams",
    "ExecutionOptionsParams",
    "FileEncodingParams",
    "HttpParametersParams",
    "ListFilesParametersParams",
    "MoveFileParametersParams",
    "ReadFileParametersParams",
    "RenameFileParametersParams",
    "SqlDeleteParams",
    "SqlExecuteParams",
    "SqlInsertParams",
    "SqlQueryParams",
    "SqlSelectParams",
    "SqlUpdateParams",
    "SubscribeRequestParams",
    "ToggleActiveRequestParams",
    "UploadFileParametersParams",
]


FileEncodingParams: TypeAlias = Literal["utf-8", "base64"]


class EmptyRequestParams(TypedDict):
    """A ``EmptyRequest`` body as a dict literal, keyed by wire names. The empty JSON object
    some POSTs send as their body.
    """


class ToggleActiveRequestParams(TypedDict):
    """A ``ToggleActiveRequest`` body as a dict literal, keyed by wire names. The body that
    turns a connection on or off.
    """

    active: bool


class AuthorizeUrlRequestParams(TypedDict):
    """A ``AuthorizeUrlRequest`` body as a dict literal, keyed by wire names. What the
    connect link should do.
    """

    for_all_users: NotRequired[bool]
    scope: NotRequired[str]
    name: NotRequired[str]
    return_origin: NotRequired[str]


class ExecutionOptionsParams(TypedDict):
    """A ``ExecutionOptions`` body as a dict literal, keyed by wire names. Execution metadata
    the server reads; any other key is passed through.
    """

    source: NotRequired[str]
    purpose: NotRequired[str]
    debug: NotRequired[bool]


class ExecuteBodyExtrasParams(TypedDict):
    """A ``ExecuteBodyExtras`` body as a dict literal, keyed by wire names. Keys every
    execute body may carry.
    """

    account_slug: NotRequired[str]
    options: NotRequired[ExecutionOptionsParams]


class ExecuteRequestParams(ExecuteBodyExtrasParams):
    """A ``ExecuteRequest`` body as a dict literal, keyed by wire names. The body of a saved-
    action run: its `input`, and the execute extras.
    """

    input: NotRequired[dict[str, Any]]


class HttpParametersParams(ExecuteBodyExtrasParams):
    """A ``HttpParameters`` body as a dict literal, keyed by wire names. The request an HTTP
    executor sends through the connection.
    """

    path: NotRequired[str]
    query: NotRequired[dict[str, str | list[str]]]
    headers: NotRequired[dict[str, str]]
    body: NotRequired[Any]


class ReadFileParametersParams(ExecuteBodyExtrasParams):
    """A ``ReadFileParameters`` body as a dict literal, keyed by wire names. What to read on
    a file connection.
    """

    path: str


class UploadFileParametersParams(ExecuteBodyExtrasParams):
    """A ``UploadFileParameters`` body as a dict literal, keyed by wire names. What to write
    on a file connection.
    """

    path: str
    content: str
    encoding: NotRequired[FileEncodingParams]
    overwrite: NotRequired[bool]


class AppendFileParametersParams(ExecuteBodyExtrasParams):
    """A ``AppendFileParameters`` body as a dict literal, keyed by wire names. What to append
    to a file on a file connection.
    """

    path: str
    content: str
    encoding: NotRequired[FileEncodingParams]


class ListFilesParametersParams(ExecuteBodyExtrasParams):
    """A ``ListFilesParameters`` body as a dict literal, keyed by wire names. Which directory
    to list on a file connection.
    """

    path: str
    recursive: NotRequired[bool]


class RenameFileParametersParams(ExecuteBodyExtrasParams):
    """A ``RenameFileParameters`` body as a dict literal, keyed by wire names. Which file to
    rename on a file connection.
    """

    path: str
    new_name: str


class MoveFileParametersParams(ExecuteBodyExtrasParams):
    """A ``MoveFileParameters`` body as a dict literal, keyed by wire names. Which file to
    move on a file connection.
    """

    source: str
    destination: str


class DeleteFileParametersParams(ExecuteBodyExtrasParams):
    """A ``DeleteFileParameters`` body as a dict literal, keyed by wire names. Which file to
    delete on a file connection.
    """

    path: str


class SqlQueryParams(ExecuteBodyExtrasParams):
    """A ``SqlQuery`` body as a dict literal, keyed by wire names. A read query for a SQL
    connection.
    """

    query: str
    params: NotRequired[list[Any] | dict[str, Any]]


class SqlSelectParams(ExecuteBodyExtrasParams):
    """A ``SqlSelect`` body as a dict literal, keyed by wire names. A select built from
    parts, for a SQL connection.
    """

    table: str
    columns: NotRequired[list[str]]
    where: NotRequired[dict[str, Any]]
    order_by: NotRequired[list[str]]
    limit: NotRequired[int]
    offset: NotRequired[int]


class SqlInsertParams(ExecuteBodyExtrasParams):
    """A ``SqlInsert`` body as a dict literal, keyed by wire names. Rows to insert, for a SQL
    connection.
    """

    table: str
    rows: list[dict[str, Any]]


class SqlUpdateParams(ExecuteBodyExtrasParams):
    """A ``SqlUpdate`` body as a dict literal, keyed by wire names. An update, for a SQL
    connection.
    """

    table: str
    values: dict[str, Any]
    where: NotRequired[dict[str, Any]]


class SqlDeleteParams(ExecuteBodyExtrasParams):
    """A ``SqlDelete`` body as a dict literal, keyed by wire names. A delete, for a SQL
    connection.
    """

    table: str
    where: NotRequired[dict[str, Any]]


class SqlExecuteParams(ExecuteBodyExtrasParams):
    """A ``SqlExecute`` body as a dict literal, keyed by wire names. A raw statement, for a
    SQL connection.
    """

    statement: str
    params: NotRequired[list[Any] | dict[str, Any]]


class SubscribeRequestParams(TypedDict):
    """A ``SubscribeRequest`` body as a dict literal, keyed by wire names. Where and how a
    trigger's events are sent.
    """

    targetUrl: str
    service: NotRequired[str]
    userId: NotRequired[int]
    apiKey: NotRequired[str]
    apiKeyHeader: NotRequired[str]
    name: NotRequired[str]
    account_id: NotRequired[int]
    account: NotRequired[str]
    inputs: NotRequired[dict[str, str]]
