"""The schemas the contract names (its section 3), written out by hand.

The operations are not listed here: tests read them from the spec (``codegen.surface``), the
same table the generator writes the doors from; their 0.x names and positions are facts in
``tests/test_compat_070.py``.
"""

from __future__ import annotations

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
