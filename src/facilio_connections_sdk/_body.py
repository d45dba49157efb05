"""Reading a response body: chunk by chunk, decoded (gzip / deflate), within a byte limit.

``max_response_bytes`` counts bytes after decompression, and inflating produces at most one
step at a time, so a compression bomb stops at the limit; each attempt also ends by its
deadline (``_deadline``).
"""

from __future__ import annotations

import time
import zlib
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from facilio_connections_sdk._errors import (
    InvalidResponseError,
    invalid_response,
)
from facilio_connections_sdk._request import Call

if TYPE_CHECKING:
    from facilio_connections_sdk.models import ApiModel

M = TypeVar("M", bound="ApiModel")

__all__ = [
    "ACCEPT_ENCODING",
    "BodyReader",
]

# Decoded bytes produced per inflate call (bounded output, whatever the compression ratio).
INFLATE_STEP = 256 * 1024  # pragma: no mutate (a step size: memory, not behaviour)
# Accept-Encoding the SDK asks for: what BodyReader decodes within the size limit.
ACCEPT_ENCODING = "gzip, deflate"


class BodyReader:
    """Collects a response body chunk by chunk: decoded, within a byte limit and a deadline.

    The limit counts decoded bytes, and gzip / deflate are inflated at most one limit's worth
    at a time, so a compression bomb stops at the limit. ``cut=True`` (error bodies) stops
    quietly at the limit instead of raising, and sets ``truncated``.
    """

    __slots__ = (
        "_call",
        "_cut",
        "_data",
        "_deadline",
        "_inflate",
        "_limit",
        "_response",
        "_retry_raw",
        "truncated",
    )

    def __init__(
        self,
        call: Call[M],
        response: httpx.Response,
        limit: int | None,
        deadline: float | None,
        *,
        cut: bool = False,
        decoded: bool = False,
    ) -> None:
        self._call: Call[Any] = call
        self._response = response
        self._limit = limit
        self._deadline = deadline
        self._cut = cut
        # one chunk (the common case) is kept as it came; a second one starts a bytearray
        self._data: bytes | bytearray = b""
        self.truncated = False
        self._retry_raw = False
        self._inflate: Any = None
        coding = None if decoded else response.headers.get("content-encoding")
        if coding:
            self._inflate = self._decoder(coding)
        if limit is not None and self._inflate is None and not cut:
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > limit:
                raise self._too_large()

    def _decoder(self, header: str) -> Any:
        codings = [c.strip().lower() for c in header.split(",")]
        codings = [c for c in codings if c and c != "identity"]
        if not codings:
            return None
        if len(codings) == 1 and codings[0] in ("gzip", "x-gzip"):
            return zlib.decompressobj(zlib.MAX_WBITS | 16)
        if len(codings) == 1 and codings[0] == "deflate":
            self._retry_raw = True  # zlib-wrapped, as the RFC says; raw deflate as a fallback
            return zlib.decompressobj()
        raise self._invalid(f"the Content-Encoding {header[:40]!r} is not supported")

    def _invalid(self, reason: str) -> InvalidResponseError:
        call = self._call
        return invalid_response(call.method, call.path, self._response, reason)

    def _too_large(self) -> InvalidResponseError:
        return self._invalid(
            f"the body is larger than max_response_bytes ({self._limit:,} bytes, counted "
            "after decompression); raise it with ConnectionsClientConfig(max_response_bytes=...) "
            "or client.with_options(max_response_bytes=...), or pass None for no limit"
        )

    def _take(self, piece: bytes) -> bool:
        limit = self._limit
        if limit is not None and len(self._data) + len(piece) > limit:
            if not self._cut:
                raise self._too_large()
            self._append(piece[: limit - len(self._data)])
            self.truncated = True
            return False
        self._append(piece)
        return True

    def _append(self, piece: bytes) -> None:
        data = self._data
        if not data:
            self._data = piece
        elif isinstance(data, bytearray):
            data += piece
        else:
            self._data = bytearray(data) + piece

    def feed(self, raw: bytes) -> bool:
        """Add one raw chunk; False when reading should stop (an error body was cut)."""
        if self._deadline is not None and time.monotonic() > self._deadline:
            raise httpx.ReadTimeout("the attempt's deadline passed while reading the body")
        inflate = self._inflate
        if inflate is None:
            if not self._data and (self._limit is None or len(raw) <= self._limit):
                self._data = raw  # the common case: the first chunk, within the limit
                return True
            return self._take(raw)
        while raw:
            # at most one step of output per call: a bomb never gets ahead of the limit check
            room = INFLATE_STEP
            if self._limit is not None:
                room = min(room, self._limit - len(self._data) + 1)
            try:
                piece = inflate.decompress(raw, room)
            except zlib.error:
                if self._retry_raw and not self._data:
                    self._retry_raw = False
                    self._inflate = inflate = zlib.decompressobj(-zlib.MAX_WBITS)
                    continue
                if self._cut:
                    return False
                raise self._invalid("the body does not match its Content-Encoding") from None
            self._retry_raw = False
            if not self._take(piece):
                return False
            raw = inflate.unconsumed_tail
        return True

    def result(self) -> bytes | bytearray:
        """The decoded body (after the last chunk)."""
        if self._inflate is not None and not self.truncated:
            try:
                self._take(self._inflate.flush())
            except zlib.error:
                if not self._cut:
                    raise self._invalid("the body does not match its Content-Encoding") from None
        return self._data
