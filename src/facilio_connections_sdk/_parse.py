"""Turning a final response into the call's model, or into the mapped error."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import httpx
import pydantic_core
from pydantic import ValidationError

from facilio_connections_sdk._errors import (
    RateLimitError,
    api_error,
    invalid_response,
)
from facilio_connections_sdk._request import Call
from facilio_connections_sdk._retry import retry_after_seconds

if TYPE_CHECKING:  # pydantic loads RootModel (and its whole model machinery) when named
    from pydantic import RootModel

    from facilio_connections_sdk.models import ApiModel

M = TypeVar("M", bound="ApiModel")

__all__ = [
    "binary_answer",
    "member_of",
    "no_content",
    "parse_response",
    "release",
    "text_answer",
]

# Above this size, a body whose model has free-form (``Any``) fields — a job's or an action's
# ``result`` — is parsed with pydantic-core's JSON parser first: pydantic's JSON validation
# of ``Any`` builds an intermediate tree and is slower than ``json.loads`` on large results.
LARGE_BODY = 64 * 1024  # pragma: no mutate (which of two equal parses: speed)
_DRAINED = httpx.ByteStream(b"")


@functools.cache
def _has_free_form_fields(model: type[ApiModel]) -> bool:
    return any(info.annotation in (Any, Any | None) for info in model.model_fields.values())


def release(response: httpx.Response, content: bytes | bytearray | None = None) -> None:
    """Done reading: keep ``content`` on the response (for an error's ``exc.response``) and
    drop httpx's response<->stream link, so both are freed at once, not at the next GC pass."""
    if content is not None:
        response._content = bytes(content)  # what httpx's own read() sets
    response.stream = _DRAINED


def parse_response(
    call: Call[M], response: httpx.Response, content: bytes | bytearray, truncated: bool = False
) -> M:
    """The model for a final response and its (decoded) body; the mapped error outside 2xx.

    The body is parsed once, from bytes, and validated once into the model.
    """
    if not 200 <= response.status_code < 300:
        release(response, content)
        failed = api_error(call.method, call.path, response, bytes(content), truncated)
        if isinstance(failed, RateLimitError):
            failed.retry_after = retry_after_seconds(response)
        raise failed
    response.stream = _DRAINED  # release(response), written out: the path of every answer
    if call.parse is not None:  # a 204, a text or a binary answer, or a union's member
        try:
            return call.parse(bytes(content), response.headers.get("Content-Type", ""))  # type: ignore[no-any-return]
        except (ValueError, RecursionError) as exc:
            reason = _unusable_reason(content)
            unusable = invalid_response(call.method, call.path, response, reason, bytes(content))
            raise unusable from (exc if isinstance(exc, ValidationError) else None)
    if not content or content.isspace():
        content = b"{}"  # an empty body means {}
    model = call.model
    try:
        # either parse gives the same model; this one is faster for a large free-form body
        if len(content) > LARGE_BODY and _has_free_form_fields(model):  # pragma: no mutate
            return model.model_validate(pydantic_core.from_json(content, cache_strings="keys"))
        return model.model_validate_json(content)
    except (ValueError, RecursionError) as exc:  # ValidationError, or a body not JSON
        reason = _unusable_reason(content)
        if isinstance(exc, ValidationError) and reason.endswith("model"):
            reason += f" {model.__name__}: {exc.error_count()} error(s)"
        unusable = invalid_response(call.method, call.path, response, reason, bytes(content))
        raise unusable from (exc if isinstance(exc, ValidationError) else None)


def _unusable_reason(content: bytes | bytearray) -> str:
    try:
        data = pydantic_core.from_json(content)
    except ValueError as exc:
        if "recursion limit" in str(exc):
            return "the body is JSON nested too deeply"
        return "the body is not JSON"
    if not isinstance(data, dict):
        return f"the body is JSON {type(data).__name__}, not an object"
    return "the body does not fit the response model"


def no_content(content: bytes, content_type: str) -> None:
    """A 204 (or any answer the spec says has no body): ``None``, whatever came."""
    return


def text_answer(content: bytes, content_type: str) -> str:
    """A ``text/*`` answer as ``str``, decoded by its charset (UTF-8 when it names none or
    one Python does not know); undecodable bytes become U+FFFD."""
    charset = "utf-8"
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            charset = value.strip('"')
    try:
        return content.decode(charset, errors="replace")
    except LookupError:
        return content.decode("utf-8", errors="replace")


def binary_answer(content: bytes, content_type: str) -> bytes:
    """A binary answer (a download) as ``bytes``, bounded by ``max_response_bytes``."""
    return content


def member_of(union: type[RootModel[Any]]) -> Callable[[bytes, str], Any]:
    """How a ``oneOf`` / ``anyOf`` answer is read: its RootModel validates the body (by the
    discriminator when there is one) and the member model is the result."""
    parse = _MEMBERS.get(union)
    if parse is None:

        def parse(content: bytes, content_type: str) -> Any:
            return union.model_validate_json(content or b"{}").root

        _MEMBERS[union] = parse
    return parse


_MEMBERS: dict[type[RootModel[Any]], Callable[[bytes, str], Any]] = {}
