"""The type aliases the SDK's signatures use, for code that wants to name them.

``AnyBody`` and ``Body`` appear in every executor's signature; ``FileInput`` in ``files=`` of an
execute and in code ``facilio-connections actions codegen`` writes; ``TokenProvider`` is what
``service_token`` takes besides a string; ``Keep`` (``KEEP``) is what ``with_options`` takes
for a setting left as it is.
"""

from __future__ import annotations

import enum
import os
from collections.abc import Awaitable, Callable, Mapping
from typing import IO, Any, TypeAlias

from typing_extensions import Never

__all__ = ["KEEP", "AnyBody", "Body", "FileInput", "Keep", "TokenProvider"]

AnyBody: TypeAlias = Mapping[str, Never]
"""A request body built elsewhere and typed ``dict[str, Any]`` or ``Mapping[str, Any]``, taken
as 0.x took it (checked against the model at run time). Spelled ``Mapping[str, Never]`` so that
a dict *literal* is matched against the request model's ``TypedDict`` twin instead, key by key;
a variable inferred as ``dict[str, str]`` fits neither (annotate it: see the guide "Typed
parameters", "My dict is refused")."""

Body: TypeAlias = Mapping[str, Any]
"""A free-form mapping: execution ``options``, a subscription's ``inputs``."""

FileInput: TypeAlias = (
    str
    | os.PathLike[str]
    | bytes
    | IO[bytes]
    | tuple[str, bytes | IO[bytes]]
    | tuple[str, bytes | IO[bytes], str]
)
"""A file to send: a path, bytes, an open binary file, or ``(filename, data[, content_type])``."""

TokenProvider: TypeAlias = Callable[[], "str | Awaitable[str | None] | None"]
"""A function returning the current service token, called once per request sent (the async
client also takes a coroutine function)."""


class Keep(enum.Enum):
    """A setting left as it is (``None`` is a value of its own: no limit)."""

    KEEP = "keep"
    """Keep the client's setting."""


KEEP = Keep.KEEP
"""A setting ``with_options`` leaves as it is (the default of each of its keywords)."""
