"""Which ``Host`` headers the emulator answers: loopback names and addresses, exactly."""

from __future__ import annotations

import ipaddress

__all__ = ["LOOPBACK_HOSTS", "host_name", "is_loopback_name"]

LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})


def host_name(header: str) -> str:
    """The host of a ``Host`` header, lower-cased, without the port."""
    host = header.strip().lower()
    if host.startswith("["):
        return host.split("]", 1)[0] + "]"
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def is_loopback_name(host: str) -> bool:
    """A loopback address (127.0.0.0/8, ``::1``) or ``localhost`` / ``*.localhost``, exactly.

    Not a prefix match: ``127.evil.example`` or ``127.0.0.1.evil.example`` is a DNS name a web
    page can rebind to 127.0.0.1, and must not reach the emulator.
    """
    if host in LOOPBACK_HOSTS or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
