"""Request and response models of ``/api/v1``, one class per schema of the OpenAPI document.

Generated from ``openapi/connections-v1.yaml`` by ``python -m codegen``; the shared behaviour
(unknown keys kept, ``to_dict()``, dict-style access) comes from ``ApiModel``.

The models (and pydantic's model machinery) load on first use, as pydantic's own top-level
names do, so importing the SDK stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from facilio_connections_sdk.models._base import ApiModel as ApiModel
    from facilio_connections_sdk.models._base import Timestamp as Timestamp
    from facilio_connections_sdk.models._generated import *  # noqa: F403
    from facilio_connections_sdk.models._generated_params import *  # noqa: F403
    from facilio_connections_sdk.models._views import *  # noqa: F403

_BASE_NAMES = ("ApiModel", "Timestamp")

# -- the public names: written by python -m codegen from the modules below --
__all__ = [
    "AccountRef",
    "ActionDetail",
    "ActionInputs",
    "ActionList",
    "ActionOut",
    "ActionOutputs",
    "ApiModel",
    "AppendFileParameters",
    "AppendFileParametersParams",
    "AuthorizeResult",
    "AuthorizeUrlRequest",
    "AuthorizeUrlRequestParams",
    "AuthorizeUrlResult",
    "ConnectedAccount",
    "ConnectedAccountList",
    "ConnectionDetail",
    "ConnectionKind",
    "ConnectionList",
    "ConnectionOut",
    "ConnectionStatus",
    "DeleteFileParameters",
    "DeleteFileParametersParams",
    "EmptyRequest",
    "EmptyRequestParams",
    "ErrorBody",
    "ExecuteBodyExtras",
    "ExecuteBodyExtrasParams",
    "ExecuteMultipart",
    "ExecuteRequest",
    "ExecuteRequestParams",
    "ExecutionOptions",
    "ExecutionOptionsParams",
    "ExecutionResult",
    "ExecutionStatus",
    "FileContent",
    "FileEncoding",
    "FileEncodingParams",
    "FileEnvelope",
    "FileListExecutionResult",
    "FileListing",
    "FileReadExecutionResult",
    "HttpParameters",
    "HttpParametersParams",
    "InputField",
    "InputType",
    "JobResult",
    "JobStatus",
    "ListFilesParameters",
    "ListFilesParametersParams",
    "MoveFileParameters",
    "MoveFileParametersParams",
    "OutputField",
    "QueuedExecution",
    "ReadFileParameters",
    "ReadFileParametersParams",
    "RenameFileParameters",
    "RenameFileParametersParams",
    "SqlDelete",
    "SqlDeleteParams",
    "SqlExecute",
    "SqlExecuteParams",
    "SqlExecutionResult",
    "SqlInsert",
    "SqlInsertParams",
    "SqlQuery",
    "SqlQueryParams",
    "SqlResult",
    "SqlSelect",
    "SqlSelectParams",
    "SqlUpdate",
    "SqlUpdateParams",
    "SubscribeRequest",
    "SubscribeRequestParams",
    "SubscribeResult",
    "Subscriber",
    "Timestamp",
    "ToggleActiveRequest",
    "ToggleActiveRequestParams",
    "Trigger",
    "TriggerAccount",
    "TriggerConfig",
    "TriggerDetail",
    "TriggerList",
    "UnsubscribeResult",
    "UploadFileParameters",
    "UploadFileParametersParams",
    "WebhookStatus",
]
# -- end of the public names


def __getattr__(name: str) -> Any:
    if name.startswith("__"):
        raise AttributeError(name)
    generated = importlib.import_module("facilio_connections_sdk.models._generated")
    params = importlib.import_module("facilio_connections_sdk.models._generated_params")
    views = importlib.import_module("facilio_connections_sdk.models._views")
    base = importlib.import_module("facilio_connections_sdk.models._base")
    names = {n: getattr(base, n) for n in _BASE_NAMES}
    names.update((n, getattr(generated, n)) for n in generated.__all__)
    names.update((n, getattr(params, n)) for n in params.__all__)
    names.update((n, getattr(views, n)) for n in views.__all__)
    globals().update(names)  # later look-ups are plain module attributes
    if name not in names:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return names[name]
