"""The headers a client sends, with the parts that rotate: the service token and the CSRF token.

One ``Credentials`` is shared by a client and every ``with_options`` copy of it. Each
request takes one snapshot, an ``httpx.Headers`` built whole before it is published and never
changed afterwards, so rotating a token while other threads or tasks send never puts a torn or
mixed set of headers on the wire.
"""

from __future__ import annotations

import dataclasses
import inspect
import os
import stat
import threading
from typing import TYPE_CHECKING

import httpx

from facilio_connections_sdk._errors import ConnectionsError
from facilio_connections_sdk.types import TokenProvider

if TYPE_CHECKING:
    from facilio_connections_sdk._config import ConnectionsClientConfig

__all__ = [
    "Credentials",
    "FileToken",
    "SecretHeaders",
    "Secrets",
    "TokenProvider",
    "is_secret_header",
]


_KEPT_SECRETS = 16  # old tokens stay masked in messages for a while after a rotation
# A header whose name contains one of these carries a secret: its value is never shown in a
# repr, a log line or a message.
_SECRET_WORDS = ("token", "auth", "key", "secret", "pass", "session", "cookie")


def is_secret_header(name: str) -> bool:
    """Whether a header's value must never be shown (its name says token, key, auth...)."""
    lowered = name.lower()
    return any(word in lowered for word in _SECRET_WORDS)


class SecretHeaders(httpx.Headers):
    """A header snapshot whose ``repr`` hides secret values: a traceback printed with its
    frames' locals (``capture_locals=True``, Sentry, pytest's ``--showlocals``) shows
    ``x-service-token: '***'``, never the token."""

    def __repr__(self) -> str:
        shown = {k: ("***" if is_secret_header(k) else v) for k, v in self.items()}
        return f"Headers({shown!r})"


class Secrets(tuple[str, ...]):
    """The secret values to mask in messages; its ``repr`` shows how many, never which."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"<{len(self)} secrets>"


class FileToken:
    """A token provider reading a file (a mounted secret), re-read whenever the file changes.

    Surrounding whitespace (the newline an editor or ``echo`` adds) is stripped. The file is
    checked (``os.stat``) on every call and read again when anything that a new token changes
    moved: inode, size, modification or change time (``cp -p`` and ``rsync -t`` keep the
    modification time; the change time still moves). It must be a regular file of at most
    64 KiB (a FIFO or a device is refused, never read: a read would block); every failure is a
    ``ConnectionsError`` naming the file, never its content.
    """

    __slots__ = ("_lock", "_seen", "_token", "path")

    MAX_BYTES: int = 64 * 1024
    """The largest file read as a token, in bytes."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        """Read the token from ``path`` (a file that need not exist yet: it is read per call)."""
        self.path: str = os.fspath(path)
        """The file's path, as given."""
        self._lock = threading.Lock()
        self._seen: tuple[int, ...] | None = None
        self._token: str | None = None

    def __call__(self) -> str | None:
        """The token the file holds now (None when the file is empty)."""
        try:
            info = os.stat(self.path)
        except OSError as exc:
            raise self._error(exc.strerror or type(exc).__name__) from None
        self._check(info)
        key = (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)
        with self._lock:
            if key != self._seen:
                self._token = self._read()
                self._seen = key
            return self._token

    def _check(self, info: os.stat_result) -> None:
        if not stat.S_ISREG(info.st_mode):
            raise self._error("not a regular file (a FIFO or a device is never read)")
        if info.st_size > self.MAX_BYTES:
            raise self._error(f"larger than {self.MAX_BYTES // 1024} KiB: not a token")

    def _read(self) -> str | None:
        try:
            # O_NONBLOCK: a file swapped for a FIFO since the stat cannot block the open
            fd = os.open(self.path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        except OSError as exc:
            raise self._error(exc.strerror or type(exc).__name__) from None
        with os.fdopen(fd, "rb") as handle:
            self._check(os.fstat(handle.fileno()))
            data = handle.read(self.MAX_BYTES + 1)
        if len(data) > self.MAX_BYTES:
            raise self._error(f"larger than {self.MAX_BYTES // 1024} KiB: not a token")
        try:
            text = data.decode("utf-8").strip()
        except UnicodeDecodeError:
            raise self._error("not UTF-8 text") from None
        if any(ord(c) < 32 or ord(c) == 127 for c in text):
            raise self._error("the token has a control character (NUL, CR, LF, ...)")
        return text or None

    def _error(self, why: str) -> ConnectionsError:
        return ConnectionsError(f"token file {self.path}: {why}; nothing was sent")

    def __repr__(self) -> str:
        return f"FileToken({self.path!r})"


class Credentials:
    """The header snapshot every request of one client (and its copies) is sent with."""

    __slots__ = (
        "_base",
        "_config",
        "_csrf",
        "_lock",
        "_provided",
        "_secrets",
        "headers",
        "provider",
    )

    def __init__(self, config: ConnectionsClientConfig, base: httpx.Headers) -> None:
        self._config = config
        self._base = base  # the HTTP client's own headers, Accept-Encoding, User-Agent
        self._lock = threading.Lock()
        token = config.service_token
        self.provider: TokenProvider | None = token if callable(token) else None
        self._csrf: str | None = config.csrf_token
        self._secrets: list[str] = list(config.secret_values())
        self._provided: tuple[object, httpx.Headers, httpx.Headers] | None = None
        self.headers: httpx.Headers = self._build(None if callable(token) else token, self._csrf)

    def _build(self, token: str | None, csrf: str | None) -> httpx.Headers:
        # replace() re-runs the config's checks: a token with a newline never gets out
        config = dataclasses.replace(self._config, service_token=token or "", csrf_token=csrf)
        merged = SecretHeaders(self._base)
        merged.update(config.headers())
        for value in config.secret_values():
            if value not in self._secrets:
                self._secrets.append(value)
        del self._secrets[: -(_KEPT_SECRETS + 4)]
        return merged

    def secrets(self) -> Secrets:
        """Every token value, current or recent, that must never appear in a message."""
        return Secrets(self._secrets)

    def update_token(self, token: str | None) -> None:
        """Send ``token`` from now on (no ``X-Service-Token`` for None or ``""``); a token
        provider given before is dropped."""
        if token is not None and not isinstance(token, str):
            raise TypeError(f"token must be a str or None, not {type(token).__name__}")
        with self._lock:
            self.headers = self._build(token, self._csrf)
            self.provider = None
            self._provided = None

    def update_csrf_token(self, token: str | None) -> None:
        """Send ``token`` as ``X-CSRF-Token`` from now on (none for None or ``""``)."""
        if token is not None and not isinstance(token, str):
            raise TypeError(f"token must be a str or None, not {type(token).__name__}")
        with self._lock:
            self._csrf = token or None
            current = self.headers.get("X-Service-Token")
            self.headers = self._build(current, self._csrf)

    def for_token(self, token: object) -> httpx.Headers:
        """The snapshot with ``token`` from the provider (built once per distinct token)."""
        if inspect.iscoroutine(token):
            token.close()  # never awaited: say why instead of a RuntimeWarning
            raise ConnectionsError(
                "the token provider is a coroutine function: use it with AsyncConnectionsClient;"
                " nothing was sent"
            )
        if token is not None and not isinstance(token, str):
            raise ConnectionsError(
                f"the token provider must return a str or None, not {type(token).__name__}; "
                "nothing was sent"
            )
        cached = self._provided
        if cached is not None and cached[0] == token and cached[1] is self.headers:
            return cached[2]
        with self._lock:
            base = self.headers
            try:
                built = self._build(token, self._csrf)
            except ValueError as exc:  # the config's check: names the field, never the value
                raise ConnectionsError(f"the token provider's token: {exc}") from None
            self._provided = (token, base, built)
        return built
