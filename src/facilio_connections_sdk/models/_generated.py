# GENERATED CODE - DO NOT EDIT.
# Source: openapi/connections-v1.yaml
# Regenerate with: python -m codegen   (check with: python -m codegen --check)

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any

from pydantic import Field

from facilio_connections_sdk.models._base import ApiModel, Timestamp


class ConnectionKind(str, Enum):
    """What a connection talks to. An open set: other values may appear."""

    http = "http"
    """An HTTP service; runs through the HTTP executors."""
    sql = "sql"
    """A SQL database; runs through the SQL executors."""
    file = "file"
    """A file store; runs through the file executors."""

    def __str__(self) -> str:
        return str(self.value)

    def __format__(self, spec: str) -> str:
        return format(str(self.value), spec)


class JobStatus(str, Enum):
    """The state of a background job. `queued` and `running` are still going; `succeeded`, `failed` and `cancelled` are final (listed in `x-final`, which clients read). An open set: a state a client does not know is not final."""

    queued = "queued"
    """Waiting to start."""
    running = "running"
    """Started, not finished."""
    succeeded = "succeeded"
    """Finished; `result` holds the outcome (final)."""
    failed = "failed"
    """Finished with an error; `error` says what went wrong (final)."""
    cancelled = "cancelled"
    """Stopped before it finished (final)."""

    def __str__(self) -> str:
        return str(self.value)

    def __format__(self, spec: str) -> str:
        return format(str(self.value), spec)


class ExecutionStatus(str, Enum):
    """The outcome of a run: `success`, `error`, or `queued` for a background run. An open set."""

    success = "success"
    """The run finished; `result` holds its outcome."""
    error = "error"
    """The run failed; `error` says why."""
    queued = "queued"
    """The run was queued (`async=true`); poll its `job_id`."""

    def __str__(self) -> str:
        return str(self.value)

    def __format__(self, spec: str) -> str:
        return format(str(self.value), spec)


class InputType(str, Enum):
    """The type of an action input. An open set: other values may appear."""

    string = "string"
    """A JSON string."""
    number = "number"
    """A JSON number."""
    boolean = "boolean"
    """A JSON boolean."""
    object = "object"
    """A JSON object."""
    array = "array"
    """A JSON array."""
    file = "file"
    """A file, sent as a multipart part."""

    def __str__(self) -> str:
        return str(self.value)

    def __format__(self, spec: str) -> str:
        return format(str(self.value), spec)


class FileEncoding(str, Enum):
    """How file `content` is written in the request: plain UTF-8 text, or base64 for bytes."""

    utf_8 = "utf-8"
    """Plain UTF-8 text."""
    base64 = "base64"
    """Base64 of the bytes (for content that is not UTF-8 text)."""

    def __str__(self) -> str:
        return str(self.value)

    def __format__(self, spec: str) -> str:
        return format(str(self.value), spec)


class EmptyRequest(ApiModel):
    """The empty JSON object some POSTs send as their body."""


class ToggleActiveRequest(ApiModel):
    """The body that turns a connection on or off."""

    active: Annotated[
        bool, Field(description="True to turn the connection on, false to turn it off.")
    ]
    """True to turn the connection on, false to turn it off."""


class ConnectionOut(ApiModel):
    """A connection: a configured link to one external system (an HTTP API, a database or a file store)."""

    id: Annotated[int, Field(description="Numeric id of the connection.")]
    """Numeric id of the connection."""
    slug: Annotated[
        str,
        Field(description="The connection's slug: its name in every URL of this API."),
    ]
    """The connection's slug: its name in every URL of this API."""
    display_name: Annotated[
        str, Field(description="Human-readable name shown in the Connections UI.")
    ]
    """Human-readable name shown in the Connections UI."""
    description: Annotated[
        str | None,
        Field(description="Free-text description; absent when none was written."),
    ] = None
    """Free-text description; absent when none was written."""
    template_id: Annotated[
        str | None,
        Field(description="The template the connection was made from, when it was made from one."),
    ] = None
    """The template the connection was made from, when it was made from one."""
    relay_id: Annotated[
        str | None,
        Field(
            description="The relay (on-premise agent) the connection runs through, when it uses one."
        ),
    ] = None
    """The relay (on-premise agent) the connection runs through, when it uses one."""
    kind: Annotated[
        ConnectionKind | str | None,
        Field(
            description="What the connection talks to: `http`, `sql` or `file` (an open set); decides which executors apply.",
            union_mode="left_to_right",
        ),
    ] = None
    """What the connection talks to: `http`, `sql` or `file` (an open set); decides which executors apply."""
    auth_type: Annotated[
        str | None,
        Field(
            description="How the connection authenticates (for example `oauth2`, `basic`, `api_key`)."
        ),
    ] = None
    """How the connection authenticates (for example `oauth2`, `basic`, `api_key`)."""
    is_active: Annotated[bool | None, Field(description="Whether the connection accepts runs.")] = (
        None
    )
    """Whether the connection accepts runs."""
    is_authorized: Annotated[
        bool | None,
        Field(description="Whether the connection has working credentials."),
    ] = None
    """Whether the connection has working credentials."""
    version: Annotated[str | None, Field(description="The connection's configuration version.")] = (
        None
    )
    """The connection's configuration version."""
    created_at: Annotated[
        Timestamp | None,
        Field(description="When the connection was created, in ISO 8601; absent when unknown."),
    ] = None
    """When the connection was created, in ISO 8601; absent when unknown."""
    updated_at: Annotated[
        Timestamp | None,
        Field(
            description="When the connection was last changed, in ISO 8601; absent when unknown."
        ),
    ] = None
    """When the connection was last changed, in ISO 8601; absent when unknown."""


class ConnectionList(ApiModel):
    """A list of connections; one page of it when `page` was sent."""

    count: Annotated[int, Field(description="Items in this answer (on a page: on this page).")]
    """Items in this answer (on a page: on this page)."""
    connections: Annotated[
        list[ConnectionOut],
        Field(
            description="The connections; an empty list when there are none.",
            validate_default=True,
        ),
    ] = []
    """The connections; an empty list when there are none."""
    total: Annotated[
        int | None,
        Field(description="Items in the whole list; sent only when `page` was."),
    ] = None
    """Items in the whole list; sent only when `page` was."""
    page: Annotated[
        int | None,
        Field(description="The page this is (from 1); sent only when `page` was."),
    ] = None
    """The page this is (from 1); sent only when `page` was."""
    per_page: Annotated[
        int | None,
        Field(
            alias="perPage",
            description="Page size used (at most 100); sent only when `page` was.",
        ),
    ] = None
    """Page size used (at most 100); sent only when `page` was."""
    total_pages: Annotated[
        int | None,
        Field(
            alias="totalPages",
            description="Pages in the whole list; sent only when `page` was.",
        ),
    ] = None
    """Pages in the whole list; sent only when `page` was."""


class AccountRef(ApiModel):
    """An account connected to a connection, as `GET /connections/{slug}` lists it."""

    id: Annotated[int, Field(description="Numeric id of the account.")]
    """Numeric id of the account."""
    name: Annotated[str, Field(description="The account's name.")]
    """The account's name."""
    auth_type: Annotated[str | None, Field(description="How the account authenticates.")] = None
    """How the account authenticates."""


class ConnectionDetail(ApiModel):
    """One connection and the accounts connected to it."""

    connection: Annotated[ConnectionOut, Field(description="The connection.")]
    """The connection."""
    accounts: Annotated[
        list[AccountRef],
        Field(
            description="The accounts connected to it; an empty list when there are none.",
            validate_default=True,
        ),
    ] = []
    """The accounts connected to it; an empty list when there are none."""


class ConnectedAccount(ApiModel):
    """An account connected to a connection: the credentials a run can use."""

    id: Annotated[int, Field(description="Numeric id of the account.")]
    """Numeric id of the account."""
    account_slug: Annotated[
        str,
        Field(description="The account's slug: what `account_slug` names in an execute."),
    ]
    """The account's slug: what `account_slug` names in an execute."""
    is_default: Annotated[
        bool,
        Field(description="Whether runs use this account when no `account_slug` is given."),
    ]
    """Whether runs use this account when no `account_slug` is given."""
    display_name: Annotated[
        str | None, Field(description="Human-readable name of the account.")
    ] = None
    """Human-readable name of the account."""
    status: Annotated[
        str | None,
        Field(description="The account's state as the server reports it (for example `active`)."),
    ] = None
    """The account's state as the server reports it (for example `active`)."""
    username: Annotated[
        str | None, Field(description="User name of a basic-auth or database account.")
    ] = None
    """User name of a basic-auth or database account."""
    has_password: Annotated[
        bool | None,
        Field(description="Whether a password is stored (the password itself is never sent)."),
    ] = None
    """Whether a password is stored (the password itself is never sent)."""
    host: Annotated[str | None, Field(description="Host of a database or file-store account.")] = (
        None
    )
    """Host of a database or file-store account."""
    port: Annotated[int | None, Field(description="Port of a database or file-store account.")] = (
        None
    )
    """Port of a database or file-store account."""
    database_name: Annotated[str | None, Field(description="Database of a SQL account.")] = None
    """Database of a SQL account."""


class ConnectedAccountList(ApiModel):
    """The accounts connected to one connection."""

    count: Annotated[int, Field(description="Items in `accounts`.")]
    """Items in `accounts`."""
    accounts: Annotated[
        list[ConnectedAccount],
        Field(
            description="The accounts; an empty list when there are none.",
            validate_default=True,
        ),
    ] = []
    """The accounts; an empty list when there are none."""


class AuthorizeResult(ApiModel):
    """The answer to authorizing a connection."""

    status: Annotated[
        str | None,
        Field(description="The outcome as the server reports it (for example `authorized`)."),
    ] = None
    """The outcome as the server reports it (for example `authorized`)."""
    authorization_url: Annotated[
        str | None,
        Field(description="When present, the URL a person opens to finish authorizing (OAuth)."),
    ] = None
    """When present, the URL a person opens to finish authorizing (OAuth)."""


class ConnectionStatus(ApiModel):
    """A connection's state after a change."""

    slug: Annotated[str, Field(description="The connection's slug.")]
    """The connection's slug."""
    is_active: Annotated[bool | None, Field(description="Whether the connection accepts runs.")] = (
        None
    )
    """Whether the connection accepts runs."""
    is_authorized: Annotated[
        bool | None,
        Field(description="Whether the connection has working credentials."),
    ] = None
    """Whether the connection has working credentials."""


class AuthorizeUrlRequest(ApiModel):
    """What the connect link should do."""

    for_all_users: Annotated[
        bool | None,
        Field(
            description="True: the connected account is usable by everyone in the org (0.x's `org_wide`)."
        ),
    ] = None
    """True: the connected account is usable by everyone in the org (0.x's `org_wide`)."""
    scope: Annotated[
        str | None,
        Field(
            description="Legacy scope of the account; not sent when `for_all_users` comes from `org_wide`."
        ),
    ] = None
    """Legacy scope of the account; not sent when `for_all_users` comes from `org_wide`."""
    name: Annotated[
        str | None, Field(description="Name for the account that will be connected.")
    ] = None
    """Name for the account that will be connected."""
    return_origin: Annotated[
        str | None,
        Field(description="Origin the browser returns to when connecting is done."),
    ] = None
    """Origin the browser returns to when connecting is done."""


class AuthorizeUrlResult(ApiModel):
    """A connect link."""

    url: Annotated[
        str,
        Field(description="The URL a person opens to connect an account.", min_length=1),
    ]
    """The URL a person opens to connect an account."""


class ActionOut(ApiModel):
    """A saved action: a named, reusable request of one connection."""

    id: Annotated[int, Field(description="Numeric id of the action.")]
    """Numeric id of the action."""
    slug: Annotated[str, Field(description="The action's slug: its name in every URL of this API.")]
    """The action's slug: its name in every URL of this API."""
    name: Annotated[str, Field(description="Human-readable name.")]
    """Human-readable name."""
    description: Annotated[
        str | None,
        Field(description="What the action does; absent when none was written."),
    ] = None
    """What the action does; absent when none was written."""
    connection_slug: Annotated[
        str | None, Field(description="The connection the action belongs to.")
    ] = None
    """The connection the action belongs to."""
    version: Annotated[
        str | None,
        Field(description="The action's current version: what `version` pins in an execute."),
    ] = None
    """The action's current version: what `version` pins in an execute."""
    input_schema: Annotated[
        dict[str, Any] | None,
        Field(description="JSON Schema of the action's `input`, when the server has one."),
    ] = None
    """JSON Schema of the action's `input`, when the server has one."""
    output_schema: Annotated[
        dict[str, Any] | None,
        Field(description="JSON Schema of the action's result, when the server has one."),
    ] = None
    """JSON Schema of the action's result, when the server has one."""


class ActionList(ApiModel):
    """A list of saved actions; one page of it when `page` was sent."""

    count: Annotated[int, Field(description="Items in this answer (on a page: on this page).")]
    """Items in this answer (on a page: on this page)."""
    actions: Annotated[
        list[ActionOut],
        Field(
            description="The actions; an empty list when there are none.",
            validate_default=True,
        ),
    ] = []
    """The actions; an empty list when there are none."""
    total: Annotated[
        int | None,
        Field(description="Items in the whole list; sent only when `page` was."),
    ] = None
    """Items in the whole list; sent only when `page` was."""
    page: Annotated[
        int | None,
        Field(description="The page this is (from 1); sent only when `page` was."),
    ] = None
    """The page this is (from 1); sent only when `page` was."""
    per_page: Annotated[
        int | None,
        Field(
            alias="perPage",
            description="Page size used (at most 100); sent only when `page` was.",
        ),
    ] = None
    """Page size used (at most 100); sent only when `page` was."""
    total_pages: Annotated[
        int | None,
        Field(
            alias="totalPages",
            description="Pages in the whole list; sent only when `page` was.",
        ),
    ] = None
    """Pages in the whole list; sent only when `page` was."""


class ActionDetail(ApiModel):
    """One saved action."""

    action: Annotated[ActionOut, Field(description="The action.")]
    """The action."""


class InputField(ApiModel):
    """One input of a saved action or a trigger."""

    name: Annotated[
        str,
        Field(
            description="The input's name: its key in `input` (or in a subscription's `inputs`)."
        ),
    ]
    """The input's name: its key in `input` (or in a subscription's `inputs`)."""
    type: Annotated[
        InputType | str,
        Field(
            description="The input's type: `string`, `number`, `boolean`, `object`, `array` or `file` (an open set).",
            union_mode="left_to_right",
        ),
    ]
    """The input's type: `string`, `number`, `boolean`, `object`, `array` or `file` (an open set)."""
    required: Annotated[bool | None, Field(description="Whether a run must give it.")] = None
    """Whether a run must give it."""
    label: Annotated[str | None, Field(description="Human-readable label.")] = None
    """Human-readable label."""
    description: Annotated[str | None, Field(description="What the input is for.")] = None
    """What the input is for."""
    default: Annotated[
        Any,
        Field(description="The value used when the input is left out, when there is one."),
    ] = None
    """The value used when the input is left out, when there is one."""
    options: Annotated[
        list[Any],
        Field(
            description="The values the input allows, when it is a choice; an empty list otherwise."
        ),
    ] = []
    """The values the input allows, when it is a choice; an empty list otherwise."""


class OutputField(ApiModel):
    """One output of a saved action."""

    name: Annotated[str, Field(description="The output's name: its key in the run's `result`.")]
    """The output's name: its key in the run's `result`."""
    type: Annotated[str, Field(description="The output's type (an open set).")]
    """The output's type (an open set)."""
    description: Annotated[str | None, Field(description="What the output holds.")] = None
    """What the output holds."""


class ActionInputs(ApiModel):
    """The inputs a saved action takes."""

    inputs: Annotated[
        list[InputField],
        Field(
            description="The inputs; an empty list when the action takes none.",
            validate_default=True,
        ),
    ] = []
    """The inputs; an empty list when the action takes none."""


class ActionOutputs(ApiModel):
    """The outputs a saved action returns."""

    outputs: Annotated[
        list[OutputField],
        Field(
            description="The outputs; an empty list when none are declared.",
            validate_default=True,
        ),
    ] = []
    """The outputs; an empty list when none are declared."""


class ExecutionOptions(ApiModel):
    """Execution metadata the server reads; any other key is passed through."""

    source: Annotated[
        str | None,
        Field(description="Who runs it (for example `agent`, `job`), for the server's records."),
    ] = None
    """Who runs it (for example `agent`, `job`), for the server's records."""
    purpose: Annotated[str | None, Field(description="Why it runs, for the server's records.")] = (
        None
    )
    """Why it runs, for the server's records."""
    debug: Annotated[
        bool | None,
        Field(description="Ask the server for debugging detail in the answer."),
    ] = None
    """Ask the server for debugging detail in the answer."""


class ExecuteBodyExtras(ApiModel):
    """Keys every execute body may carry."""

    account_slug: Annotated[
        str | None,
        Field(description="Picks one of the connection's connected accounts."),
    ] = None
    """Picks one of the connection's connected accounts."""
    options: Annotated[
        ExecutionOptions | None,
        Field(
            description="Execution options (`source`, `purpose`, `debug`, any other key) the server reads."
        ),
    ] = None
    """Execution options (`source`, `purpose`, `debug`, any other key) the server reads."""


class ExecuteRequest(ExecuteBodyExtras):
    """The body of a saved-action run: its `input`, and the execute extras."""

    input: Annotated[
        dict[str, Any] | None,
        Field(
            description="The action's inputs, name -> value (`list_action_inputs` tells the names)."
        ),
    ] = None
    """The action's inputs, name -> value (`list_action_inputs` tells the names)."""


class ExecuteMultipart(ApiModel):
    """A saved-action run with files: an optional `_inputs` part plus one part per file input."""

    __pydantic_extra__: dict[str, str]
    field_inputs: Annotated[
        str | None,
        Field(
            alias="_inputs",
            description="The ExecuteRequest as JSON text (`json.dumps` of the body). Sent only when the body is not empty.",
            json_schema_extra={
                "contentMediaType": "application/json",
                "contentSchema": {"$ref": "#/components/schemas/ExecuteRequest"},
            },
        ),
    ] = None
    """The ExecuteRequest as JSON text (`json.dumps` of the body). Sent only when the body is not empty."""


class FileEnvelope(ApiModel):
    """A file inside an execution result, kept verbatim."""

    field__file__: Annotated[
        bool,
        Field(alias="__file__", description="Always true: marks the object as a file."),
    ]
    """Always true: marks the object as a file."""
    name: Annotated[str, Field(description="File name.")]
    """File name."""
    content_type: Annotated[str, Field(description="Media type of the file.")]
    """Media type of the file."""
    size: Annotated[int, Field(description="Size in bytes.")]
    """Size in bytes."""
    content_base64: Annotated[
        str | None, Field(description="The content, base64-encoded, when it is inline.")
    ] = None
    """The content, base64-encoded, when it is inline."""
    url: Annotated[
        str | None,
        Field(description="Where to download the content, when it is not inline."),
    ] = None
    """Where to download the content, when it is not inline."""


class FileContent(ApiModel):
    """The `result` of readFile: the file's content, as text or base64."""

    path: Annotated[str, Field(description="Path of the file.")]
    """Path of the file."""
    content: Annotated[
        str,
        Field(description="The content: text, or base64 when `encoding` is `base64`."),
    ]
    """The content: text, or base64 when `encoding` is `base64`."""
    encoding: Annotated[
        FileEncoding | None,
        Field(
            description="How `content` is written: `utf-8` text, or `base64` for bytes that are not UTF-8."
        ),
    ] = None
    """How `content` is written: `utf-8` text, or `base64` for bytes that are not UTF-8."""


class FileListing(ApiModel):
    """The `result` of listFiles: the entries of one directory."""

    path: Annotated[str, Field(description="The directory listed, ending in `/`.")]
    """The directory listed, ending in `/`."""
    entries: Annotated[
        list[str],
        Field(
            description="Paths of the entries; a directory's ends in `/` (with `recursive`, every file below). An empty list for an empty directory."
        ),
    ] = []
    """Paths of the entries; a directory's ends in `/` (with `recursive`, every file below). An empty list for an empty directory."""


class SqlResult(ApiModel):
    """The `result` of every SQL executor: the rows read (or none), how many rows the statement touched, and the column names when the server gives them. Unknown keys (for example `inserted_ids`, `last_row_id`) are kept."""

    rows: Annotated[
        list[dict[str, Any]],
        Field(
            description="The rows read, one object per row (column -> value); an empty list when the statement reads none."
        ),
    ] = []
    """The rows read, one object per row (column -> value); an empty list when the statement reads none."""
    row_count: Annotated[
        int | None, Field(description="Rows read or touched by the statement.")
    ] = None
    """Rows read or touched by the statement."""
    columns: Annotated[
        list[str],
        Field(
            description="The column names, in order, when the server gives them; an empty list otherwise."
        ),
    ] = []
    """The column names, in order, when the server gives them; an empty list otherwise."""


class HttpParameters(ExecuteBodyExtras):
    """The request an HTTP executor sends through the connection."""

    path: Annotated[
        str | None,
        Field(
            description="Path under the connection's base URL; the base URL itself when left out."
        ),
    ] = None
    """Path under the connection's base URL; the base URL itself when left out."""
    query: Annotated[
        dict[str, str | list[str]] | None,
        Field(description="Query parameters: a value, or a list of values for a repeated name."),
    ] = None
    """Query parameters: a value, or a list of values for a repeated name."""
    headers: Annotated[
        dict[str, str] | None,
        Field(description="Extra request headers (the connection adds its own credentials)."),
    ] = None
    """Extra request headers (the connection adds its own credentials)."""
    body: Annotated[Any, Field(description="The request body, sent as JSON.")] = None
    """The request body, sent as JSON."""


class ReadFileParameters(ExecuteBodyExtras):
    """What to read on a file connection."""

    path: Annotated[str, Field(description="Path of the file.")]
    """Path of the file."""


class UploadFileParameters(ExecuteBodyExtras):
    """What to write on a file connection."""

    path: Annotated[str, Field(description="Path of the file.")]
    """Path of the file."""
    content: Annotated[
        str,
        Field(description="The content: text, or base64 when `encoding` is `base64`."),
    ]
    """The content: text, or base64 when `encoding` is `base64`."""
    encoding: Annotated[
        FileEncoding | None,
        Field(description="How `content` is written: `utf-8` (the default) or `base64`."),
    ] = None
    """How `content` is written: `utf-8` (the default) or `base64`."""
    overwrite: Annotated[
        bool | None,
        Field(description="Replace an existing file; without it, an existing file is an error."),
    ] = None
    """Replace an existing file; without it, an existing file is an error."""


class AppendFileParameters(ExecuteBodyExtras):
    """What to append to a file on a file connection."""

    path: Annotated[str, Field(description="Path of the file; created when missing.")]
    """Path of the file; created when missing."""
    content: Annotated[
        str,
        Field(description="The content to append: text, or base64 when `encoding` is `base64`."),
    ]
    """The content to append: text, or base64 when `encoding` is `base64`."""
    encoding: Annotated[
        FileEncoding | None,
        Field(description="How `content` is written: `utf-8` (the default) or `base64`."),
    ] = None
    """How `content` is written: `utf-8` (the default) or `base64`."""


class ListFilesParameters(ExecuteBodyExtras):
    """Which directory to list on a file connection."""

    path: Annotated[str, Field(description="Path of the directory.")]
    """Path of the directory."""
    recursive: Annotated[
        bool | None,
        Field(description="List the whole tree below it, not only its direct entries."),
    ] = None
    """List the whole tree below it, not only its direct entries."""


class RenameFileParameters(ExecuteBodyExtras):
    """Which file to rename on a file connection."""

    path: Annotated[str, Field(description="Path of the file.")]
    """Path of the file."""
    new_name: Annotated[
        str,
        Field(description="Its new name (a name, not a path: the file stays in its directory)."),
    ]
    """Its new name (a name, not a path: the file stays in its directory)."""


class MoveFileParameters(ExecuteBodyExtras):
    """Which file to move on a file connection."""

    source: Annotated[str, Field(description="Path of the file now.")]
    """Path of the file now."""
    destination: Annotated[str, Field(description="Path to move it to.")]
    """Path to move it to."""


class DeleteFileParameters(ExecuteBodyExtras):
    """Which file to delete on a file connection."""

    path: Annotated[str, Field(description="Path of the file.")]
    """Path of the file."""


class SqlQuery(ExecuteBodyExtras):
    """A read query for a SQL connection."""

    query: Annotated[str, Field(description="The SQL text, with placeholders for `params`.")]
    """The SQL text, with placeholders for `params`."""
    params: Annotated[
        list[Any] | dict[str, Any] | None,
        Field(
            description="Positional (list) or named (map) statement parameters.",
            union_mode="left_to_right",
        ),
    ] = None
    """Positional (list) or named (map) statement parameters."""


class SqlSelect(ExecuteBodyExtras):
    """A select built from parts, for a SQL connection."""

    table: Annotated[str, Field(description="The table to read.")]
    """The table to read."""
    columns: Annotated[
        list[str] | None,
        Field(description="The columns to return; all of them when left out."),
    ] = None
    """The columns to return; all of them when left out."""
    where: Annotated[
        dict[str, Any] | None,
        Field(description="Equality filter: column -> value; every pair must match."),
    ] = None
    """Equality filter: column -> value; every pair must match."""
    order_by: Annotated[
        list[str] | None,
        Field(description="Columns to sort by; a leading `-` sorts that column descending."),
    ] = None
    """Columns to sort by; a leading `-` sorts that column descending."""
    limit: Annotated[int | None, Field(description="At most this many rows.")] = None
    """At most this many rows."""
    offset: Annotated[int | None, Field(description="Skip this many rows first.")] = None
    """Skip this many rows first."""


class SqlInsert(ExecuteBodyExtras):
    """Rows to insert, for a SQL connection."""

    table: Annotated[str, Field(description="The table to insert into.")]
    """The table to insert into."""
    rows: Annotated[
        list[dict[str, Any]],
        Field(description="The rows: one object per row, column -> value."),
    ]
    """The rows: one object per row, column -> value."""


class SqlUpdate(ExecuteBodyExtras):
    """An update, for a SQL connection."""

    table: Annotated[str, Field(description="The table to update.")]
    """The table to update."""
    values: Annotated[dict[str, Any], Field(description="The new values: column -> value.")]
    """The new values: column -> value."""
    where: Annotated[
        dict[str, Any] | None,
        Field(
            description="Equality filter: column -> value; every pair must match. Every row when left out."
        ),
    ] = None
    """Equality filter: column -> value; every pair must match. Every row when left out."""


class SqlDelete(ExecuteBodyExtras):
    """A delete, for a SQL connection."""

    table: Annotated[str, Field(description="The table to delete from.")]
    """The table to delete from."""
    where: Annotated[
        dict[str, Any] | None,
        Field(
            description="Equality filter: column -> value; every pair must match. Every row when left out."
        ),
    ] = None
    """Equality filter: column -> value; every pair must match. Every row when left out."""


class SqlExecute(ExecuteBodyExtras):
    """A raw statement, for a SQL connection."""

    statement: Annotated[
        str, Field(description="The SQL statement, with placeholders for `params`.")
    ]
    """The SQL statement, with placeholders for `params`."""
    params: Annotated[
        list[Any] | dict[str, Any] | None,
        Field(
            description="Positional (list) or named (map) statement parameters.",
            union_mode="left_to_right",
        ),
    ] = None
    """Positional (list) or named (map) statement parameters."""


class ErrorBody(ApiModel):
    """What the server says about an error. Every key is optional; unknown keys are kept."""

    error: Annotated[str | None, Field(description="Machine-readable code.")] = None
    """Machine-readable code."""
    message: Annotated[str | None, Field(description="Human-readable explanation.")] = None
    """Human-readable explanation."""
    details: Annotated[Any, Field(description="More about the error: free-form JSON.")] = None
    """More about the error: free-form JSON."""
    request_id: Annotated[
        str | None, Field(description="The server's id of the request, for support.")
    ] = None
    """The server's id of the request, for support."""
    available_versions: Annotated[
        list[str],
        Field(description="On a version mismatch (HTTP 409): the versions that exist."),
    ] = []
    """On a version mismatch (HTTP 409): the versions that exist."""


class TriggerConfig(ApiModel):
    """What subscribing to a trigger needs."""

    inputs: Annotated[
        list[InputField],
        Field(
            description="The inputs a subscription gives (`inputs` of SubscribeRequest); an empty list when none.",
            validate_default=True,
        ),
    ] = []
    """The inputs a subscription gives (`inputs` of SubscribeRequest); an empty list when none."""


class Subscriber(ApiModel):
    """A subscriber: where a trigger's events are sent."""

    id: Annotated[
        int,
        Field(description="Numeric id of the subscriber: what `unsubscribe` takes."),
    ]
    """Numeric id of the subscriber: what `unsubscribe` takes."""
    name: Annotated[str | None, Field(description="The subscriber's name.")] = None
    """The subscriber's name."""
    target_url: Annotated[
        str | None,
        Field(alias="targetUrl", description="The URL the events are sent to."),
    ] = None
    """The URL the events are sent to."""
    account_id: Annotated[
        int | None, Field(description="The connected account whose events are sent.")
    ] = None
    """The connected account whose events are sent."""
    inputs: Annotated[
        dict[str, Any] | None,
        Field(description="The inputs the subscription was made with."),
    ] = None
    """The inputs the subscription was made with."""


class Trigger(ApiModel):
    """An event a connection can send to subscribers."""

    slug: Annotated[
        str, Field(description="The trigger's slug: its name in every URL of this API.")
    ]
    """The trigger's slug: its name in every URL of this API."""
    display_name: Annotated[
        str | None, Field(alias="displayName", description="Human-readable name.")
    ] = None
    """Human-readable name."""
    description: Annotated[str | None, Field(description="What the event is.")] = None
    """What the event is."""
    event_type: Annotated[
        str | None, Field(alias="eventType", description="The provider's event type.")
    ] = None
    """The provider's event type."""
    config: Annotated[TriggerConfig | None, Field(description="What subscribing needs.")] = None
    """What subscribing needs."""
    subscriptions: Annotated[
        list[Subscriber],
        Field(
            description="Your subscribers on it, for the answer's `account`; an empty list when none.",
            validate_default=True,
        ),
    ] = []
    """Your subscribers on it, for the answer's `account`; an empty list when none."""


class TriggerAccount(ApiModel):
    """The account a trigger listing is for."""

    id: Annotated[int, Field(description="Numeric id of the account.")]
    """Numeric id of the account."""
    name: Annotated[str, Field(description="The account's name.")]
    """The account's name."""


class TriggerList(ApiModel):
    """The triggers of one connection."""

    account: Annotated[
        TriggerAccount | None,
        Field(
            description="The account the subscriptions are listed for: the one a run would use for you, or the one `account_slug` named."
        ),
    ] = None
    """The account the subscriptions are listed for: the one a run would use for you, or the one `account_slug` named."""
    count: Annotated[int, Field(description="Items in `triggers`.")]
    """Items in `triggers`."""
    triggers: Annotated[
        list[Trigger],
        Field(
            description="The triggers; an empty list when there are none.",
            validate_default=True,
        ),
    ] = []
    """The triggers; an empty list when there are none."""


class TriggerDetail(ApiModel):
    """One trigger."""

    trigger: Annotated[Trigger, Field(description="The trigger.")]
    """The trigger."""
    account: Annotated[
        TriggerAccount | None,
        Field(description="The account its subscriptions are listed for."),
    ] = None
    """The account its subscriptions are listed for."""


class SubscribeRequest(ApiModel):
    """Where and how a trigger's events are sent."""

    target_url: Annotated[
        str, Field(alias="targetUrl", description="The URL the events are sent to.")
    ]
    """The URL the events are sent to."""
    service: Annotated[
        str | None,
        Field(description="Authenticate with a service token of this service; events run as you."),
    ] = None
    """Authenticate with a service token of this service; events run as you."""
    user_id: Annotated[
        int | None,
        Field(alias="userId", description="With `service`: run as this user instead."),
    ] = None
    """With `service`: run as this user instead."""
    api_key: Annotated[
        str | None,
        Field(alias="apiKey", description="Authenticate with this API key instead."),
    ] = None
    """Authenticate with this API key instead."""
    api_key_header: Annotated[
        str | None,
        Field(
            alias="apiKeyHeader",
            description="The header the API key goes in (`x-api-key` when left out).",
        ),
    ] = None
    """The header the API key goes in (`x-api-key` when left out)."""
    name: Annotated[str | None, Field(description="A name for the subscriber.")] = None
    """A name for the subscriber."""
    account_id: Annotated[
        int | None,
        Field(description="The connected account whose events are sent (wins over `account`)."),
    ] = None
    """The connected account whose events are sent (wins over `account`)."""
    account: Annotated[
        str | None,
        Field(
            description="The connected account, by slug; may be left out when only one is usable."
        ),
    ] = None
    """The connected account, by slug; may be left out when only one is usable."""
    inputs: Annotated[
        dict[str, str] | None,
        Field(description="What the trigger needs (its `config.inputs`), name -> value."),
    ] = None
    """What the trigger needs (its `config.inputs`), name -> value."""


class SubscribeResult(ApiModel):
    """The answer to subscribing."""

    subscriber: Annotated[
        Subscriber, Field(description="The subscriber (new, or the one that existed).")
    ]
    """The subscriber (new, or the one that existed)."""
    created: Annotated[bool, Field(description="False when the same subscriber already existed.")]
    """False when the same subscriber already existed."""


class WebhookStatus(ApiModel):
    """What became of the provider's webhook when its last subscriber went."""

    removed_at_app: Annotated[
        bool,
        Field(
            alias="removedAtApp",
            description="Whether the webhook was removed at the provider.",
        ),
    ]
    """Whether the webhook was removed at the provider."""
    set_up_by_hand: Annotated[
        bool,
        Field(
            alias="setUpByHand",
            description="Whether it had been set up by hand (then it is left for you to remove).",
        ),
    ]
    """Whether it had been set up by hand (then it is left for you to remove)."""


class UnsubscribeResult(ApiModel):
    """The answer to removing a subscriber."""

    id: Annotated[int, Field(description="The subscriber's id.")]
    """The subscriber's id."""
    deleted: Annotated[bool, Field(description="False when it was already gone (safe to retry).")]
    """False when it was already gone (safe to retry)."""
    webhook: Annotated[
        WebhookStatus | None,
        Field(description="Present when it was the last subscriber: what became of the webhook."),
    ] = None
    """Present when it was the last subscriber: what became of the webhook."""


class ExecutionResult(ApiModel):
    """The outcome of a run, or of queueing one (`async=true`)."""

    status: Annotated[
        ExecutionStatus | str | None,
        Field(
            description="`success`, `error`, or `queued` for a background run (an open set).",
            union_mode="left_to_right",
        ),
    ] = None
    """`success`, `error`, or `queued` for a background run (an open set)."""
    job_id: Annotated[
        str | None,
        Field(
            description="The background job of a queued run: poll `/jobs/{job_id}` (or `wait_for_job`)."
        ),
    ] = None
    """The background job of a queued run: poll `/jobs/{job_id}` (or `wait_for_job`)."""
    result: Annotated[
        Any,
        Field(
            description="What the run returned: free-form JSON. A file inside it is a FileEnvelope object."
        ),
    ] = None
    """What the run returned: free-form JSON. A file inside it is a FileEnvelope object."""
    error: Annotated[
        ErrorBody | None,
        Field(description="Why the run failed, when `status` is `error`."),
    ] = None
    """Why the run failed, when `status` is `error`."""
    duration_ms: Annotated[
        int | None,
        Field(description="How long the run took on the server, in milliseconds."),
    ] = None
    """How long the run took on the server, in milliseconds."""


class QueuedExecution(ExecutionResult):
    """What a run started with `async=true` answers: the run is queued and `job_id` always names the job to poll (`/jobs/{job_id}`, or `wait_for_job`)."""

    job_id: Annotated[
        str,
        Field(description="The background job: poll `/jobs/{job_id}` (or `wait_for_job`)."),
    ]
    """The background job: poll `/jobs/{job_id}` (or `wait_for_job`)."""


class JobResult(ApiModel):
    """The state of a background job (a run started with `async=true`)."""

    job_id: Annotated[str, Field(description="The job's id.")]
    """The job's id."""
    status: Annotated[
        JobStatus | str,
        Field(
            description="`queued`, `running`, `succeeded`, `failed` or `cancelled` (an open set).",
            union_mode="left_to_right",
        ),
    ]
    """`queued`, `running`, `succeeded`, `failed` or `cancelled` (an open set)."""
    result: Annotated[
        Any,
        Field(
            description="What the run returned, once it `succeeded`. A file inside it is a FileEnvelope object."
        ),
    ] = None
    """What the run returned, once it `succeeded`. A file inside it is a FileEnvelope object."""
    error: Annotated[
        ErrorBody | None, Field(description="Why the run failed, once it `failed`.")
    ] = None
    """Why the run failed, once it `failed`."""
    created_at: Annotated[
        Timestamp | None,
        Field(description="When the job was queued, in ISO 8601; absent when unknown."),
    ] = None
    """When the job was queued, in ISO 8601; absent when unknown."""
    started_at: Annotated[
        Timestamp | None,
        Field(description="When the job started running, in ISO 8601; absent when unknown."),
    ] = None
    """When the job started running, in ISO 8601; absent when unknown."""
    finished_at: Annotated[
        Timestamp | None,
        Field(description="When the job reached a final state, in ISO 8601; absent when unknown."),
    ] = None
    """When the job reached a final state, in ISO 8601; absent when unknown."""


__all__ = [
    "AccountRef",
    "ActionDetail",
    "ActionInputs",
    "ActionList",
    "ActionOut",
    "ActionOutputs",
    "AppendFileParameters",
    "AuthorizeResult",
    "AuthorizeUrlRequest",
    "AuthorizeUrlResult",
    "ConnectedAccount",
    "ConnectedAccountList",
    "ConnectionDetail",
    "ConnectionKind",
    "ConnectionList",
    "ConnectionOut",
    "ConnectionStatus",
    "DeleteFileParameters",
    "EmptyRequest",
    "ErrorBody",
    "ExecuteBodyExtras",
    "ExecuteMultipart",
    "ExecuteRequest",
    "ExecutionOptions",
    "ExecutionResult",
    "ExecutionStatus",
    "FileContent",
    "FileEncoding",
    "FileEnvelope",
    "FileListing",
    "HttpParameters",
    "InputField",
    "InputType",
    "JobResult",
    "JobStatus",
    "ListFilesParameters",
    "MoveFileParameters",
    "OutputField",
    "QueuedExecution",
    "ReadFileParameters",
    "RenameFileParameters",
    "SqlDelete",
    "SqlExecute",
    "SqlInsert",
    "SqlQuery",
    "SqlResult",
    "SqlSelect",
    "SqlUpdate",
    "SubscribeRequest",
    "SubscribeResult",
    "Subscriber",
    "ToggleActiveRequest",
    "Trigger",
    "TriggerAccount",
    "TriggerConfig",
    "TriggerDetail",
    "TriggerList",
    "UnsubscribeResult",
    "UploadFileParameters",
    "WebhookStatus",
]
