"""What is secret, and the token file: below the config and the credentials, which both use it.

A header whose name says it carries a secret is never shown; ``SecretHeaders`` and ``Secrets``
keep reprs and tracebacks free of them; ``FileToken`` reads a mounted secret.
"""

from __future__ import annotations

import os
import stat
import threading

import httpx

from facilio_connections_sdk._errors import ConnectionsError

__all__ = ["FileToken", "SecretHeaders", "Secrets", "is_secret_header"]

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
