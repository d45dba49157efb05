"""The type aliases the SDK's signatures use, for code that wants to name them.

``RequestOptions`` is what ``request_options=`` of every door takes.

``AnyBody`` and ``Body`` appear in every executor's signature; ``FileInput`` in ``files=`` of an
execute and in code ``facilio-connections actions codegen`` writes; ``TokenProvider`` is what
``service_token`` takes besides a string; ``Keep`` (``KEEP``) is what ``with_options`` takes
for a setting left as it is.
"""

from __future__ import annotations

import enum
import os
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import IO, Any, TypeAlias

from typing_extensions import Never, TypedDict

__all__ = ["KEEP", "AnyBody", "Body", "FileInput", "Keep", "RequestOptions", "TokenProvider"]

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


class RequestOptions(TypedDict, total=False):
    """Per-call control, ``request_options=`` of every door (each key optional).

    Never sent in a body; checked before anything is sent (an unknown key, a bad header, a
    credential or framing header are refused).
    """

    extra_headers: Mapping[str, str]
    """Headers for this call only, after the client's; the same checks as the config's
    ``extra_headers``, and a credential the client sends (``X-Service-Token``, ``X-CSRF-Token``,
    ``Authorization``, ``Cookie``, ...) cannot be replaced."""
    extra_query: Mapping[str, str | int] | Sequence[tuple[str, str | int]]
    """Query parameters for this call only, after the door's own."""
    timeout_seconds: float
    """This call's time limit per attempt, in place of the client's ``timeout_seconds``."""
    max_retries: int
    """This call's retries, in place of the client's ``max_retries`` (the retry table still
    decides what is safe to re-send: a POST that may have reached the server never is)."""
