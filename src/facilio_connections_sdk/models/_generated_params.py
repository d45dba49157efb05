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
"""How file `content` is written in the request: plain UTF-8 text, or base64 for bytes."""


class EmptyRequestParams(TypedDict):
    """A ``EmptyRequest`` body as a dict literal, keyed by wire names. The empty JSON object
    some POSTs send as their body.
    """


class ToggleActiveRequestParams(TypedDict):
    """A ``ToggleActiveRequest`` body as a dict literal, keyed by wire names. The body that
    turns a connection on or off.
    """

    active: bool
    """True to turn the connection on, false to turn it off."""


class AuthorizeUrlRequestParams(TypedDict):
    """A ``AuthorizeUrlRequest`` body as a dict literal, keyed by wire names. What the
    connect link should do.
    """

    for_all_users: NotRequired[bool]
    "True: the connected account is usable by everyone in the org (0.x's `org_wide`)."
    scope: NotRequired[str]
    """Legacy scope of the account; not sent when `for_all_users` comes from `org_wide`."""
    name: NotRequired[str]
    """Name for the account that will be connected."""
    return_origin: NotRequired[str]
    """Origin the browser returns to when connecting is done."""


class ExecutionOptionsParams(TypedDict):
    """A ``ExecutionOptions`` body as a dict literal, keyed by wire names. Execution metadata
    the server reads; any other key is passed through.
    """

    source: NotRequired[str]
    "Who runs it (for example `agent`, `job`), for the server's records."
    purpose: NotRequired[str]
    "Why it runs, for the server's records."
    debug: NotRequired[bool]
    """Ask the server for debugging detail in the answer."""


class ExecuteBodyExtrasParams(TypedDict):
    """A ``ExecuteBodyExtras`` body as a dict literal, keyed by wire names. Keys every
    execute body may carry.
    """

    account_slug: NotRequired[str]
    "Picks one of the connection's connected accounts."
    options: NotRequired[ExecutionOptionsParams]
    """Execution options (`source`, `purpose`, `debug`, any other key) the server reads."""


class ExecuteRequestParams(ExecuteBodyExtrasParams):
    """A ``ExecuteRequest`` body as a dict literal, keyed by wire names. The body of a saved-
    action run: its `input`, and the execute extras.
    """

    input: NotRequired[dict[str, Any]]
    "The action's inputs, name -> value (`list_action_inputs` tells the names)."


class HttpParametersParams(ExecuteBodyExtrasParams):
    """A ``HttpParameters`` body as a dict literal, keyed by wire names. The request an HTTP
    executor sends through the connection.
    """

    path: NotRequired[str]
    "Path under the connection's base URL; the base URL itself when left out."
    query: NotRequired[dict[str, str | list[str]]]
    """Query parameters: a value, or a list of values for a repeated name."""
    headers: NotRequired[dict[str, str]]
    """Extra request headers (the connection adds its own credentials)."""
    body: NotRequired[Any]
    """The request body, sent as JSON."""


class ReadFileParametersParams(ExecuteBodyExtrasParams):
    """A ``ReadFileParameters`` body as a dict literal, keyed by wire names. What to read on
    a file connection.
    """

    path: str
    """Path of the file."""


class UploadFileParametersParams(ExecuteBodyExtrasParams):
    """A ``UploadFileParameters`` body as a dict literal, keyed by wire names. What to write
    on a file connection.
    """

    path: str
    """Path of the file."""
    content: str
    """The content: text, or base64 when `encoding` is `base64`."""
    encoding: NotRequired[FileEncodingParams]
    """How `content` is written: `utf-8` (the default) or `base64`."""
    overwrite: NotRequired[bool]
    """Replace an existing file; without it, an existing file is an error."""


class AppendFileParametersParams(ExecuteBodyExtrasParams):
    """A ``AppendFileParameters`` body as a dict literal, keyed by wire names. What to append
    to a file on a file connection.
    """

    path: str
    """Path of the file; created when missing."""
    content: str
    """The content to append: text, or base64 when `encoding` is `base64`."""
    encoding: NotRequired[FileEncodingParams]
    """How `content` is written: `utf-8` (the default) or `base64`."""


class ListFilesParametersParams(ExecuteBodyExtrasParams):
    """A ``ListFilesParameters`` body as a dict literal, keyed by wire names. Which directory
    to list on a file connection.
    """

    path: str
    """Path of the directory."""
    recursive: NotRequired[bool]
    """List the whole tree below it, not only its direct entries."""


class RenameFileParametersParams(ExecuteBodyExtrasParams):
    """A ``RenameFileParameters`` body as a dict literal, keyed by wire names. Which file to
    rename on a file connection.
    """

    path: str
    """Path of the file."""
    new_name: str
    """Its new name (a name, not a path: the file stays in its directory)."""


class MoveFileParametersParams(ExecuteBodyExtrasParams):
    """A ``MoveFileParameters`` body as a dict literal, keyed by wire names. Which file to
    move on a file connection.
    """

    source: str
    """Path of the file now."""
    destination: str
    """Path to move it to."""


class DeleteFileParametersParams(ExecuteBodyExtrasParams):
    """A ``DeleteFileParameters`` body as a dict literal, keyed by wire names. Which file to
    delete on a file connection.
    """

    path: str
    """Path of the file."""


class SqlQueryParams(ExecuteBodyExtrasParams):
    """A ``SqlQuery`` body as a dict literal, keyed by wire names. A read query for a SQL
    connection.
    """

    query: str
    """The SQL text, with placeholders for `params`."""
    params: NotRequired[list[Any] | dict[str, Any]]
    """Positional (list) or named (map) statement parameters."""


class SqlSelectParams(ExecuteBodyExtrasParams):
    """A ``SqlSelect`` body as a dict literal, keyed by wire names. A select built from
    parts, for a SQL connection.
    """

    table: str
    """The table to read."""
    columns: NotRequired[list[str]]
    """The columns to return; all of them when left out."""
    where: NotRequired[dict[str, Any]]
    """Equality filter: column -> value; every pair must match."""
    order_by: NotRequired[list[str]]
    """Columns to sort by; a leading `-` sorts that column descending."""
    limit: NotRequired[int]
    """At most this many rows."""
    offset: NotRequired[int]
    """Skip this many rows first."""


class SqlInsertParams(ExecuteBodyExtrasParams):
    """A ``SqlInsert`` body as a dict literal, keyed by wire names. Rows to insert, for a SQL
    connection.
    """

    table: str
    """The table to insert into."""
    rows: list[dict[str, Any]]
    """The rows: one object per row, column -> value."""


class SqlUpdateParams(ExecuteBodyExtrasParams):
    """A ``SqlUpdate`` body as a dict literal, keyed by wire names. An update, for a SQL
    connection.
    """

    table: str
    """The table to update."""
    values: dict[str, Any]
    """The new values: column -> value."""
    where: NotRequired[dict[str, Any]]
    """Equality filter: column -> value; every pair must match. Every row when left out."""


class SqlDeleteParams(ExecuteBodyExtrasParams):
    """A ``SqlDelete`` body as a dict literal, keyed by wire names. A delete, for a SQL
    connection.
    """

    table: str
    """The table to delete from."""
    where: NotRequired[dict[str, Any]]
    """Equality filter: column -> value; every pair must match. Every row when left out."""


class SqlExecuteParams(ExecuteBodyExtrasParams):
    """A ``SqlExecute`` body as a dict literal, keyed by wire names. A raw statement, for a
    SQL connection.
    """

    statement: str
    """The SQL statement, with placeholders for `params`."""
    params: NotRequired[list[Any] | dict[str, Any]]
    """Positional (list) or named (map) statement parameters."""


class SubscribeRequestParams(TypedDict):
    """A ``SubscribeRequest`` body as a dict literal, keyed by wire names. Where and how a
    trigger's events are sent.
    """

    targetUrl: str
    """The URL the events are sent to."""
    service: NotRequired[str]
    """Authenticate with a service token of this service; events run as you."""
    userId: NotRequired[int]
    """With `service`: run as this user instead."""
    apiKey: NotRequired[str]
    """Authenticate with this API key instead."""
    apiKeyHeader: NotRequired[str]
    """The header the API key goes in (`x-api-key` when left out)."""
    name: NotRequired[str]
    """A name for the subscriber."""
    account_id: NotRequired[int]
    """The connected account whose events are sent (wins over `account`)."""
    account: NotRequired[str]
    """The connected account, by slug; may be left out when only one is usable."""
    inputs: NotRequired[dict[str, str]]
    """What the trigger needs (its `config.inputs`), name -> value."""
