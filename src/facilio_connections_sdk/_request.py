"""Pure request building shared by the sync and async clients: paths, queries, bodies.

Nothing here does I/O; every check that can refuse bad input runs before a request exists.
"""

from __future__ import annotations

import json
import re
import sys
import warnings
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar
from urllib.parse import quote

import facilio_connections_sdk.models as m

if TYPE_CHECKING:
    from facilio_connections_sdk.models import ApiModel

__all__ = [
    "Call",
    "Query",
    "as_int",
    "as_text",
    "check_type",
    "each_value",
    "encode_json",
    "encode_query",
    "execute_body",
    "execute_query",
    "form_items",
    "header_value",
    "one_of",
    "raw_call",
    "request_body",
    "segment",
    "warn_deprecated",
]

M = TypeVar("M", bound="ApiModel")
# Query items in wire order; values are already the text to send.
Query = list[tuple[str, str]]


@dataclass(frozen=True, slots=True)
class Call(Generic[M]):
    """One request, fully built: what the transport sends and which model parses the answer."""

    method: str
    path: str
    model: type[M]
    params: Query | None = None
    json: Any = None
    files: list[tuple[str, tuple[str | None, bytes, str]]] | None = None
    # header parameters of the operation (name, text), sent after the SDK's own headers
    headers: Query | None = None
    # an application/x-www-form-urlencoded body (name, text) in wire order
    form: Query | None = None
    # how a 2xx answer that is not a JSON model is read: (body, content type) -> the result
    # (``None`` for a 204, ``str`` for text, ``bytes`` for a download, a union's member)
    parse: Callable[[bytes, str], Any] | None = None
    # the caller's ``request_options=`` (``RequestOptions``), resolved by the send loop
    options: Mapping[str, Any] | None = None
    # the operation's name as the client's method (``get_connection``), for what a call warns
    operation: str = ""

    @property
    def idempotent(self) -> bool:
        """Whether re-sending after the server may have seen it is safe (GET, DELETE)."""
        return self.method in ("GET", "DELETE")


def _bad_json_value(value: Any, where: str) -> tuple[str, str] | None:
    """``(path, what is wrong)`` of the first value JSON cannot carry, found without recursion."""
    stack: list[tuple[Any, str]] = [(value, where)]
    while stack:
        item, at = stack.pop()
        if isinstance(item, float):
            if item != item or item in (float("inf"), float("-inf")):
                return at, f"{item!r} is not a JSON number"
        elif isinstance(item, Mapping):
            for key, child in reversed(list(item.items())):
                if not isinstance(key, (str, int, float, bool)) and key is not None:
                    return at, f"key {key!r} is not a string"
                stack.append((child, f"{at}.{key}"))
        elif isinstance(item, (list, tuple)):
            stack.extend((child, f"{at}[{i}]") for i, child in reversed(list(enumerate(item))))
        elif not isinstance(item, (str, int, bool)) and item is not None:
            return at, f"{type(item).__name__} is not JSON serializable"
    return None


def encode_json(value: Any, where: str = "body", *, compact: bool = True) -> bytes:
    """``value`` as UTF-8 JSON; NaN, infinities and non-JSON values are a ``ValueError``
    naming where they are (``body.input.amount``) before anything is sent.

    ``compact``: httpx's own ``json=`` encoding (no spaces, UTF-8 as it is); otherwise what
    ``json.dumps(value)`` writes with its defaults (``", "``, ``": "``, ASCII with ``\\u``
    escapes), as 0.x writes a multipart ``_inputs`` part.
    """
    try:
        if compact:
            text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
        else:
            text = json.dumps(value, allow_nan=False)
    except (ValueError, TypeError, RecursionError) as exc:
        found = _bad_json_value(value, where)
        detail = f"{found[0]}: {found[1]}" if found else f"{where}: {exc}"
        raise ValueError(f"cannot send {detail}; nothing was sent") from None
    return text.encode("utf-8")


def segment(value: object, what: str) -> str:
    """One path segment: ``value`` percent-encoded with no safe characters; bad ones refused."""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise TypeError(f"{what} must be a str, not {type(value).__name__}")
    text = str(value)
    if text.strip() in ("", ".", ".."):
        raise ValueError(f"{what} must not be empty, '.' or '..' (got {text!r})")
    return quote(text, safe="")


def encode_query(items: Iterable[tuple[str, str]]) -> str:
    """``a=1&b=x%20y``: every name and value percent-encoded with no safe characters (0.x)."""
    return "&".join(f"{quote(name, safe='')}={quote(value, safe='')}" for name, value in items)


def as_int(value: object, what: str) -> str:
    """An int query value as text; anything else (a bool too) is a ``TypeError``."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{what} must be an int, not {type(value).__name__}")
    return str(value)


def check_type(value: object, what: str, kind: type) -> None:
    """``TypeError`` unless ``value`` is a ``kind`` (a bool is never an int here)."""
    if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
        raise TypeError(f"{what} must be a {kind.__name__}, not {type(value).__name__}")


def as_text(value: object, what: str, kind: str) -> str:
    """One scalar parameter value as the text to send (``true``/``false`` for a bool)."""
    if kind == "bool":
        check_type(value, what, bool)
        return "true" if value else "false"
    if kind == "int":
        return as_int(value, what)
    if kind == "float":
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise TypeError(f"{what} must be a float, not {type(value).__name__}")
        return repr(float(value)) if isinstance(value, float) else str(value)
    check_type(value, what, str)
    return str(value)


def each_value(
    values: object, what: str, kind: str, allowed: tuple[str, ...] = (), delimiter: str = ""
) -> list[str]:
    """The items of an array parameter as texts, each checked (type, the spec's enum).

    A ``str`` is refused (it is a sequence of characters, not of values); with a
    ``delimiter`` (``style: form, explode: false``) an item holding it is refused, so the
    server can always split the list back.
    """
    if isinstance(values, (str, bytes, Mapping)) or not isinstance(values, Iterable):
        raise TypeError(f"{what} must be a list or tuple, not {type(values).__name__}")
    out = [as_text(item, f"{what}[{i}]", kind) for i, item in enumerate(values)]
    for i, text in enumerate(out):
        if allowed:
            one_of(text, f"{what}[{i}]", allowed)
        if delimiter and delimiter in text:
            raise ValueError(f"{what}[{i}] must not contain {delimiter!r} (got {text!r})")
    return out


def header_value(value: object, what: str, kind: str = "str") -> str:
    """A header parameter's value as text; control characters (CR, LF, NUL...) refused."""
    text = as_text(value, what, kind)
    if any((ord(c) < 32 and c != "\t") or ord(c) == 127 for c in text):
        raise ValueError(f"{what} must not contain control characters (CR, LF, NUL...)")
    return text


def form_items(body: Mapping[str, Any]) -> Query:
    """An ``application/x-www-form-urlencoded`` body's items: a list repeats its name, a
    bool is ``true``/``false``, ``None`` is left out; anything nested is refused."""
    items: Query = []
    for name, value in body.items():
        for item in value if isinstance(value, (list, tuple)) else [value]:
            if item is None:
                continue
            if isinstance(item, bool):
                items.append((name, "true" if item else "false"))
            elif isinstance(item, (str, int, float)):
                items.append((name, str(item)))
            else:
                raise TypeError(
                    f"form field {name!r} must be a str, int, float, bool or a list of them, "
                    f"not {type(item).__name__}; nothing was sent"
                )
    return items


def warn_deprecated(message: str) -> None:
    """A ``DeprecationWarning`` at the user's line, when a door (or a deprecated parameter) is
    used from outside the SDK; a door the SDK calls on the user's behalf does not warn twice."""
    frame = sys._getframe(2)  # the caller of the door that called this
    if frame.f_globals.get("__name__", "").startswith("facilio_connections_sdk."):
        return
    warnings.warn(message, DeprecationWarning, stacklevel=3)


_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")
# a path of the API as written after /api/v1: RFC 3986 path characters only (no query, no
# fragment, no space), starting with one "/" (never "//": that would name another host)
_API_PATH = re.compile(r"/(?!/)[A-Za-z0-9\-._~!$&'()*+,;=:@%/]*")


def raw_call(
    method: str,
    path: str,
    params: Query,
    json: Any,
    cast_to: type[M] | None,
    options: Mapping[str, Any] | None,
) -> Call[Any]:
    """The ``Call`` of ``client.request(...)``: the method and the path checked before anything
    is sent (a path of this API only: it cannot leave the client's origin)."""
    if not isinstance(method, str) or method.upper() not in _METHODS:
        raise ValueError(f"method must be one of {list(_METHODS)}, not {method!r}")
    if not isinstance(path, str) or not _API_PATH.fullmatch(path):
        raise ValueError(
            f"path must be a path of the API after /api/v1 (e.g. '/connections/crm'), with no "
            f"query (use params=), fragment or space, not {path!r}"
        )
    if any(part in (".", "..") for part in path.split("/")):
        raise ValueError(f"path must not hold '.' or '..' segments: {path!r}")
    model: Any = m.ApiModel if cast_to is None else cast_to
    return Call(
        method.upper(),
        path,
        model,
        params=params or None,
        json=json,
        options=options,
        operation="request",
    )


def one_of(value: str, what: str, allowed: tuple[str, ...]) -> str:
    """``value`` when it is one of ``allowed`` (the spec's enum), else a ``ValueError``."""
    if value not in allowed:
        raise ValueError(f"{what} must be one of {sorted(allowed)}, not {value!r}")
    return value


def execute_query(async_: bool, timeout_ms: int | None, version: str | None) -> Query | None:
    """``async=true``, ``timeout_ms``, ``version`` — each only when set, in that order."""
    if not isinstance(async_, bool):
        raise TypeError(f"async_ must be a bool, not {type(async_).__name__}")
    query: Query = []
    if async_:
        query.append(("async", "true"))
    if timeout_ms is not None:
        query.append(("timeout_ms", as_int(timeout_ms, "timeout_ms")))
        if timeout_ms <= 0:
            raise ValueError(f"timeout_ms must be > 0 (got {timeout_ms})")
    if version is not None:
        if not isinstance(version, str):
            raise TypeError(f"version must be a str, not {type(version).__name__}")
        if version:
            query.append(("version", version))
    return query or None


def _as_body(
    value: ApiModel | Mapping[str, Any] | None, model: type[ApiModel], parts: bool = False
) -> tuple[dict[str, Any], bool]:
    """``(body, already_valid)``: a model's set fields, or a copy of the caller's mapping
    (``parts``: a model's fields as Python values, so ``bytes`` stay bytes for multipart)."""
    if value is None:
        return {}, False
    if isinstance(value, m.ApiModel):
        if not isinstance(value, model):
            raise TypeError(f"expected {model.__name__} or a mapping, got {type(value).__name__}")
        if parts:
            return value.model_dump(by_alias=True, exclude_unset=True), True
        return value.to_dict(), True
    if isinstance(value, Mapping):
        return dict(value), False
    raise TypeError(f"expected {model.__name__} or a mapping, got {type(value).__name__}")


def request_body(
    value: ApiModel | Mapping[str, Any] | None,
    model: type[ApiModel],
    overrides: Mapping[str, Any] | None = None,
    *,
    parts: bool = False,
) -> dict[str, Any]:
    """The JSON object to send for ``value``, with ``overrides`` (keyword fields) on top.

    A model sends only the fields that were set; a mapping is first validated against
    ``model`` (a ``pydantic.ValidationError`` — a ``ValueError`` — before anything is sent) and
    then sent exactly as written: unknown keys kept, unset fields not added.
    """
    body, valid = _as_body(value, model, parts)
    if overrides:
        body.update(overrides)
        valid = False
    if not valid:
        model.model_validate(body)
    return body


def execute_body(
    value: ApiModel | Mapping[str, Any] | None,
    model: type[ApiModel],
    account_slug: str | None,
    options: Mapping[str, Any] | None,
    extra_options: Mapping[str, Any],
) -> dict[str, Any]:
    """The body of an execute, with ``account_slug`` and ``options`` merged in as 0.x does.

    ``account_slug`` is set only when given and never overrides one already in the body;
    ``options=`` and extra keywords are merged into ``body["options"]`` (keywords win, keys
    already there stay unless overridden); with neither, nothing is added.
    """
    body, valid = _as_body(value, model)
    if account_slug is not None and "account_slug" not in body:
        body["account_slug"] = account_slug
        valid = False
    if options is not None and not isinstance(options, Mapping):
        raise TypeError(f"options must be a mapping, not {type(options).__name__}")
    if options or extra_options:
        existing = body.get("options")
        merged: dict[str, Any] = dict(existing) if isinstance(existing, Mapping) else {}
        merged.update(options or {})
        merged.update(extra_options)
        body["options"] = merged
        valid = False
    if not valid:
        model.model_validate(body)
    return body
