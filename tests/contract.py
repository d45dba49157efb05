"""The operation table of the contract (shared/api-surface.md, section 2), written out by hand.

Tests compare the OpenAPI document and the clients against this table, so neither can drift
from the contract without a test failing.
"""

from __future__ import annotations

# (method, path, flat client method)
OPERATIONS: list[tuple[str, str, str]] = [
    ("GET", "/connections", "list_connections"),
    ("GET", "/connections/{slug}", "get_connection"),
    ("GET", "/connections/{slug}/accounts", "get_connected_accounts"),
    ("POST", "/connections/{slug}/authorize", "authorize_connection"),
    ("POST", "/connections/{slug}/unauthorize", "unauthorize_connection"),
    ("POST", "/connections/{slug}/toggle-active", "toggle_connection_active"),
    ("POST", "/connections/{slug}/connect/authorize-url", "authorize"),
    ("GET", "/actions", "list_all_actions"),
    ("GET", "/connections/{slug}/actions", "list_actions"),
    ("GET", "/connections/{slug}/actions/{action}", "get_action"),
    ("GET", "/connections/{slug}/actions/{action}/inputs", "list_action_inputs"),
    ("GET", "/connections/{slug}/actions/{action}/outputs", "list_action_output_meta"),
    ("POST", "/connections/{slug}/actions/{action}/execute", "execute_action"),
    *[
        ("POST", f"/connections/{{slug}}/http/{verb}", f"execute_http_{verb}")
        for verb in ("get", "post", "patch", "put", "delete")
    ],
    *[
        ("POST", f"/connections/{{slug}}/file/{wire}", f"execute_file_{flat}")
        for wire, flat in (
            ("readFile", "read_file"),
            ("uploadFile", "upload_file"),
            ("appendFile", "append_file"),
            ("listFiles", "list_files"),
            ("renameFile", "rename_file"),
            ("moveFile", "move_file"),
            ("deleteFile", "delete_file"),
        )
    ],
    *[
        ("POST", f"/connections/{{slug}}/sql/{verb}", f"execute_sql_{verb}")
        for verb in ("query", "select", "insert", "update", "delete", "execute")
    ],
    ("GET", "/jobs/{job_id}", "get_job_result"),
    ("GET", "/connections/{slug}/triggers", "list_triggers"),
    ("GET", "/connections/{slug}/triggers/{trigger}", "get_trigger"),
    ("POST", "/connections/{slug}/triggers/{trigger}/subscribers", "subscribe"),
    ("DELETE", "/subscribers/{id}", "unsubscribe"),
]

# Section 3 of the contract: every schema that must be a named component.
SCHEMAS: list[str] = (
    "ConnectionOut ConnectionList AccountRef ConnectionDetail ConnectedAccount "
    "ConnectedAccountList AuthorizeResult ConnectionStatus AuthorizeUrlRequest ActionOut "
    "ActionList ActionDetail ActionInputs ActionOutputs InputField OutputField "
    "ExecutionOptions ExecuteRequest ExecutionResult FileEnvelope JobResult HttpParameters "
    "ReadFileParameters UploadFileParameters AppendFileParameters ListFilesParameters "
    "RenameFileParameters MoveFileParameters DeleteFileParameters SqlQuery SqlSelect SqlInsert "
    "SqlUpdate SqlDelete SqlExecute ErrorBody Trigger TriggerList TriggerDetail "
    "SubscribeRequest Subscriber SubscribeResult UnsubscribeResult"
).split()
