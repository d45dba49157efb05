"""The parts of a multipart execute: the JSON body, then each file, read into memory.

The one place that reads the caller's files (paths, open files, bytes), before anything is
sent: a request retried after a connect failure sends the same bytes again.
"""

from __future__ import annotations

import mimetypes
import os
from collections.abc import Mapping
from typing import IO, Any

from facilio_connections_sdk._request import encode_json
from facilio_connections_sdk.types import FileInput

__all__ = ["multipart_files"]


def _read(value: bytes | IO[bytes], field: str) -> bytes:
    if isinstance(value, bytes):
        return value
    data = value.read()
    if not isinstance(data, bytes):
        raise TypeError(f"file {field!r} must be opened in binary mode")
    return data


def _content_type(filename: str) -> str:
    return mimetypes.guess_type(filename)[0] or "application/octet-stream"


def multipart_files(
    body: dict[str, Any], files: Mapping[str, FileInput]
) -> list[tuple[str, tuple[str | None, bytes, str]]]:
    """The parts of a multipart execute: ``_inputs`` (the JSON body), then one per file.

    As 0.x sends it: ``_inputs`` only when the body is not empty, written as ``json.dumps``
    writes it. Every file is read into memory up front, so a request retried after a connect
    failure sends the same bytes again.
    """
    if not isinstance(files, Mapping) or not files:
        raise ValueError("files must be a non-empty mapping of input name -> file")
    parts: list[tuple[str, tuple[str | None, bytes, str]]] = []
    if body:
        inputs = encode_json(body, "_inputs", compact=False)
        parts.append(("_inputs", (None, inputs, "application/json")))
    for field, value in files.items():
        if not isinstance(field, str) or not field:
            raise ValueError("file input names must be non-empty strings")
        if isinstance(value, tuple):
            if len(value) not in (2, 3):
                raise ValueError(f"file {field!r}: use (filename, data) or (filename, data, type)")
            filename = value[0]
            data = _read(value[1], field)
            ctype = value[2] if len(value) == 3 else _content_type(filename)
        elif isinstance(value, (str, os.PathLike)):
            filename = os.path.basename(os.fspath(value))
            with open(value, "rb") as handle:
                data = handle.read()
            ctype = _content_type(filename)
        elif isinstance(value, bytes):
            filename, data, ctype = field, value, "application/octet-stream"
        elif hasattr(value, "read"):
            filename = os.path.basename(str(getattr(value, "name", field)))
            data = _read(value, field)
            ctype = _content_type(filename)
        else:
            raise TypeError(f"file {field!r}: unsupported value {type(value).__name__}")
        parts.append((field, (filename, data, ctype)))
    return parts
