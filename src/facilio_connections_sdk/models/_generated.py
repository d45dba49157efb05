# GENERATED CODE - DO NOT EDIT.
# Source: openapi/connections-v1.yaml
# Regenerate with: python -m codegen   (check with: python -m codegen --check)

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any

from pydantic import Field

from facilio_connections_sdk.models._base import ApiModel, Timestamp


class AccountRef(ApiModel):
    id: int
    name: str | None = None
    auth_type: str | None = None


class ActionDetail(ApiModel):
    action: ActionOut | None = None


class ActionInputs(ApiModel):
    inputs: list[InputField] | None = None


class ActionList(ApiModel):
    count: int | None = None
    actions: list[ActionOut] | None = None
    total: int | None = None
    page: int | None = None
    per_page: Annotated[int | None, Field(alias="perPage")] = None
    total_pages: Annotated[int | None, Field(alias="totalPages")] = None


class ActionOut(ApiModel):
    id: int
    slug: str
    name: str | None = None
    description: str | None = None
    connection_slug: str | None = None
    version: str | None = None
    input_schema: dict[str, Any] | None = None
    output_schema: dict[str, Any] | None = None


class ActionOutputs(ApiModel):
    outputs: list[OutputField] | None = None


class AuthorizeResult(ApiModel):
    status: str | None = None
    authorization_url: str | None = None


class AuthorizeUrlRequest(ApiModel):
    for_all_users: bool | None = None
    scope: str | None = None
    name: str | None = None
    return_origin: str | None = None


class AuthorizeUrlResult(ApiModel):
    url: str | None = None


class ConnectedAccount(ApiModel):
    id: int
    account_slug: str | None = None
    is_default: bool | None = None
    display_name: str | None = None
    status: str | None = None
    username: str | None = None
    has_password: bool | None = None
    host: str | None = None
    port: int | None = None
    database_name: str | None = None


class ConnectedAccountList(ApiModel):
    count: int | None = None
    accounts: list[ConnectedAccount] | None = None


class ConnectionDetail(ApiModel):
    connection: ConnectionOut | None = None
    accounts: list[AccountRef] | None = None


class ConnectionKind(str, Enum):
    http = "http"
    sql = "sql"
    file = "file"

    def __str__(self) -> str:
        return str(self.value)

    def __format__(self, spec: str) -> str:
        return format(str(self.value), spec)


class ConnectionList(ApiModel):
    count: int | None = None
    connections: list[ConnectionOut] | None = None
    total: int | None = None
    page: int | None = None
    per_page: Annotated[int | None, Field(alias="perPage")] = None
    total_pages: Annotated[int | None, Field(alias="totalPages")] = None


class ConnectionOut(ApiModel):
    id: int
    slug: str
    display_name: str | None = None
    description: str | None = None
    template_id: str | None = None
    relay_id: str | None = None
    kind: Annotated[ConnectionKind | str | None, Field(union_mode="left_to_right")] = None
    auth_type: str | None = None
    is_active: bool | None = None
    is_authorized: bool | None = None
    version: str | None = None
    created_at: Timestamp | None = None
    updated_at: Timestamp | None = None


class ConnectionStatus(ApiModel):
    slug: str
    is_active: bool | None = None
    is_authorized: bool | None = None


class EmptyRequest(ApiModel):
    pass


class ErrorBody(ApiModel):
    error: Annotated[str | None, Field(description="Machine-readable code.")] = None
    """Machine-readable code."""
    message: str | None = None
    details: Any | None = None
    request_id: str | None = None
    available_versions: list[str] | None = None


class ExecuteBodyExtras(ApiModel):
    """Keys every execute body may carry."""

    account_slug: Annotated[
        str | None,
        Field(description="Picks one of the connection's connected accounts."),
    ] = None
    """Picks one of the connection's connected accounts."""
    options: ExecutionOptions | None = None


class AppendFileParameters(ExecuteBodyExtras):
    path: str
    content: str
    encoding: FileEncoding | None = None


class DeleteFileParameters(ExecuteBodyExtras):
    path: str


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


class ExecuteRequest(ExecuteBodyExtras):
    input: dict[str, Any] | None = None


class ExecutionOptions(ApiModel):
    """Execution metadata the server reads; any other key is passed through."""

    source: str | None = None
    purpose: str | None = None
    debug: bool | None = None


class ExecutionResult(ApiModel):
    status: Annotated[ExecutionStatus | str | None, Field(union_mode="left_to_right")] = None
    job_id: str | None = None
    result: Any | None = None
    error: ErrorBody | None = None
    duration_ms: int | None = None


class ExecutionStatus(str, Enum):
    success = "success"
    error = "error"
    queued = "queued"

    def __str__(self) -> str:
        return str(self.value)

    def __format__(self, spec: str) -> str:
        return format(str(self.value), spec)


class FileEncoding(str, Enum):
    utf_8 = "utf-8"
    base64 = "base64"

    def __str__(self) -> str:
        return str(self.value)

    def __format__(self, spec: str) -> str:
        return format(str(self.value), spec)


class FileEnvelope(ApiModel):
    """A file inside an execution result, kept verbatim."""

    field__file__: Annotated[bool, Field(alias="__file__")]
    name: str | None = None
    content_type: str | None = None
    size: int | None = None
    content_base64: str | None = None
    url: str | None = None


class HttpParameters(ExecuteBodyExtras):
    path: Annotated[
        str | None,
        Field(
            description="Path under the connection's base URL; the base URL itself when left out."
        ),
    ] = None
    """Path under the connection's base URL; the base URL itself when left out."""
    query: dict[str, str | list[str]] | None = None
    headers: dict[str, str] | None = None
    body: Any | None = None


class InputField(ApiModel):
    name: str
    type: Annotated[InputType | str | None, Field(union_mode="left_to_right")] = None
    required: bool | None = None
    label: str | None = None
    description: str | None = None
    default: Any | None = None
    options: list[Any] | None = None


class InputType(str, Enum):
    string = "string"
    number = "number"
    boolean = "boolean"
    object = "object"
    array = "array"
    file = "file"

    def __str__(self) -> str:
        return str(self.value)

    def __format__(self, spec: str) -> str:
        return format(str(self.value), spec)


class JobResult(ApiModel):
    job_id: str
    status: Annotated[JobStatus | str | None, Field(union_mode="left_to_right")] = None
    result: Any | None = None
    error: ErrorBody | None = None
    created_at: Timestamp | None = None
    started_at: Timestamp | None = None
    finished_at: Timestamp | None = None


class JobStatus(str, Enum):
    queued = "queued"
    running = "running"
    succeeded = "succeeded"
    failed = "failed"
    cancelled = "cancelled"

    def __str__(self) -> str:
        return str(self.value)

    def __format__(self, spec: str) -> str:
        return format(str(self.value), spec)


class ListFilesParameters(ExecuteBodyExtras):
    path: str
    recursive: bool | None = None


class MoveFileParameters(ExecuteBodyExtras):
    source: str
    destination: str


class OutputField(ApiModel):
    name: str
    type: str | None = None
    description: str | None = None


class ReadFileParameters(ExecuteBodyExtras):
    path: str


class RenameFileParameters(ExecuteBodyExtras):
    path: str
    new_name: str


class SqlDelete(ExecuteBodyExtras):
    table: str
    where: dict[str, Any] | None = None


class SqlExecute(ExecuteBodyExtras):
    statement: str
    params: Annotated[
        list[Any] | dict[str, Any] | None,
        Field(
            description="Positional (list) or named (map) statement parameters.",
            union_mode="left_to_right",
        ),
    ] = None
    """Positional (list) or named (map) statement parameters."""


class SqlInsert(ExecuteBodyExtras):
    table: str
    rows: list[dict[str, Any]]


class SqlQuery(ExecuteBodyExtras):
    query: str
    params: Annotated[
        list[Any] | dict[str, Any] | None,
        Field(
            description="Positional (list) or named (map) statement parameters.",
            union_mode="left_to_right",
        ),
    ] = None
    """Positional (list) or named (map) statement parameters."""


class SqlSelect(ExecuteBodyExtras):
    table: str
    columns: list[str] | None = None
    where: dict[str, Any] | None = None
    order_by: list[str] | None = None
    limit: int | None = None
    offset: int | None = None


class SqlUpdate(ExecuteBodyExtras):
    table: str
    values: dict[str, Any]
    where: dict[str, Any] | None = None


class SubscribeRequest(ApiModel):
    target_url: Annotated[str, Field(alias="targetUrl")]
    service: str | None = None
    user_id: Annotated[int | None, Field(alias="userId")] = None
    api_key: Annotated[str | None, Field(alias="apiKey")] = None
    api_key_header: Annotated[str | None, Field(alias="apiKeyHeader")] = None
    name: str | None = None
    account_id: int | None = None
    account: str | None = None
    inputs: dict[str, str] | None = None


class SubscribeResult(ApiModel):
    subscriber: Subscriber | None = None
    created: bool | None = None


class Subscriber(ApiModel):
    id: int
    name: str | None = None
    target_url: Annotated[str | None, Field(alias="targetUrl")] = None
    account_id: int | None = None
    inputs: dict[str, Any] | None = None


class ToggleActiveRequest(ApiModel):
    active: bool


class Trigger(ApiModel):
    slug: str
    display_name: Annotated[str | None, Field(alias="displayName")] = None
    description: str | None = None
    event_type: Annotated[str | None, Field(alias="eventType")] = None
    config: TriggerConfig | None = None
    subscriptions: list[Subscriber] | None = None


class TriggerAccount(ApiModel):
    id: int | None = None
    name: str | None = None


class TriggerConfig(ApiModel):
    inputs: list[InputField] | None = None


class TriggerDetail(ApiModel):
    trigger: Trigger | None = None
    account: TriggerAccount | None = None


class TriggerList(ApiModel):
    account: TriggerAccount | None = None
    count: int | None = None
    triggers: list[Trigger] | None = None


class UnsubscribeResult(ApiModel):
    id: int
    deleted: bool | None = None
    webhook: WebhookStatus | None = None


class UploadFileParameters(ExecuteBodyExtras):
    path: str
    content: str
    encoding: FileEncoding | None = None
    overwrite: bool | None = None


class WebhookStatus(ApiModel):
    removed_at_app: Annotated[bool | None, Field(alias="removedAtApp")] = None
    set_up_by_hand: Annotated[bool | None, Field(alias="setUpByHand")] = None


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
    "FileEncoding",
    "FileEnvelope",
    "HttpParameters",
    "InputField",
    "InputType",
    "JobResult",
    "JobStatus",
    "ListFilesParameters",
    "MoveFileParameters",
    "OutputField",
    "ReadFileParameters",
    "RenameFileParameters",
    "SqlDelete",
    "SqlExecute",
    "SqlInsert",
    "SqlQuery",
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
