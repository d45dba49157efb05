"""Client configuration: fields, environment loading, headers, redaction."""

from __future__ import annotations

import dataclasses
import ipaddress
import json
import os
import warnings
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

__all__ = ["ConnectionsClientConfig", "normalize_base_url"]

ENV_PREFIX = "FACILIO_CONNECTIONS_"
_BOOL_WORDS = frozenset({"1", "0", "true", "false", "yes", "no"})
_API_PREFIX = "/api/v1"
# Header names whose values are secrets: never shown in a repr, log line or message.
SECRET_HEADERS = frozenset({"x-service-token", "x-csrf-token", "cookie", "authorization"})


def normalize_base_url(base_url: str) -> str:
    """The server origin: trailing ``/`` stripped and a trailing ``/api/v1`` not doubled."""
    if not isinstance(base_url, str) or not base_url.strip():
        raise ValueError("base_url must be a non-empty URL such as https://connections.example.com")
    url = base_url.strip().rstrip("/")
    if url.endswith(_API_PREFIX):
        url = url[: -len(_API_PREFIX)].rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"base_url must start with http:// or https:// and name a host: {url!r}")
    return url


def _is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclasses.dataclass(frozen=True)
class ConnectionsClientConfig:
    """Everything a client needs to reach one Connections tenant.

    Header fields are sent only when set. ``repr()`` never shows the token, the CSRF token or
    the values of secret ``extra_headers`` (``Cookie``, ``Authorization``).
    """

    base_url: str
    service_token: str | None = ""
    org_domain: str | None = None
    current_site: str | None = None
    csrf_token: str | None = None
    org_group: str | None = None
    org_id: str | int | None = None
    timeout_seconds: float = 60.0
    extra_headers: Mapping[str, str] | None = None
    max_retries: int = 2
    verify: bool | str = True

    def __post_init__(self) -> None:
        if isinstance(self.max_retries, bool) or not isinstance(self.max_retries, int):
            raise TypeError("max_retries must be an int")
        if self.max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        if isinstance(self.timeout_seconds, bool) or not isinstance(
            self.timeout_seconds, (int, float)
        ):
            raise TypeError("timeout_seconds must be a number")
        if self.timeout_seconds <= 0:
            raise ValueError("timeout_seconds must be > 0")

    @property
    def origin(self) -> str:
        """The normalised server origin (no trailing ``/``, no ``/api/v1``)."""
        return normalize_base_url(self.base_url)

    def headers(self) -> dict[str, str]:
        """The request headers, in the order 0.x sends them; ``extra_headers`` merged last."""
        out = {"Accept": "application/json"}
        pairs = (
            ("X-Service-Token", self.service_token),
            ("X-Current-Org-Domain", self.org_domain),
            ("X-current-site", self.current_site),
            ("X-CSRF-Token", self.csrf_token),
            ("X-Org-Group", self.org_group),
            ("X-Org-Id", self.org_id),
        )
        for name, value in pairs:
            if value is not None and value != "":
                out[name] = str(value)
        if self.extra_headers:
            out.update(self.extra_headers)
        return out

    def warn_if_insecure(self) -> None:
        """Warn when credentials would travel in clear text to a host that is not loopback."""
        parts = urlsplit(self.origin)
        if parts.scheme == "http" and not _is_loopback(parts.hostname or ""):
            warnings.warn(
                f"base_url uses plain http:// to {parts.hostname}; credentials are sent "
                "unencrypted. Use https:// outside local development.",
                stacklevel=4,
            )

    def __repr__(self) -> str:
        shown: list[str] = []
        for field in dataclasses.fields(self):
            value: Any = getattr(self, field.name)
            if field.name in ("service_token", "csrf_token") and value:
                value = "***"
            elif field.name == "extra_headers" and value:
                value = {k: ("***" if k.lower() in SECRET_HEADERS else v) for k, v in value.items()}
            shown.append(f"{field.name}={value!r}")
        return f"ConnectionsClientConfig({', '.join(shown)})"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> ConnectionsClientConfig:
        """Read ``FACILIO_CONNECTIONS_<FIELD>`` variables (``..._BASE_URL`` is required).

        ``..._EXTRA_HEADERS`` is a JSON object; ``..._VERIFY`` is ``true``/``false`` or a CA
        bundle path.
        """
        env = os.environ if environ is None else environ

        def get(name: str) -> str | None:
            value = env.get(ENV_PREFIX + name.upper())
            return value if value not in (None, "") else None

        base_url = get("base_url")
        if base_url is None:
            raise ValueError(
                f"{ENV_PREFIX}BASE_URL is not set: export it (e.g. "
                f"{ENV_PREFIX}BASE_URL=https://connections.example.com) or pass base_url"
            )
        kwargs: dict[str, Any] = {"base_url": base_url}
        for name in ("service_token", "org_domain", "current_site", "csrf_token", "org_group"):
            if (value := get(name)) is not None:
                kwargs[name] = value
        if (value := get("org_id")) is not None:
            kwargs["org_id"] = value
        try:
            if (value := get("timeout_seconds")) is not None:
                kwargs["timeout_seconds"] = float(value)
            if (value := get("max_retries")) is not None:
                kwargs["max_retries"] = int(value)
        except ValueError as exc:
            raise ValueError(f"{ENV_PREFIX}TIMEOUT_SECONDS / MAX_RETRIES: {exc}") from None
        if (value := get("verify")) is not None:
            lowered = value.lower()
            kwargs["verify"] = lowered in ("1", "true", "yes") if lowered in _BOOL_WORDS else value
        if (value := get("extra_headers")) is not None:
            try:
                headers = json.loads(value)
            except json.JSONDecodeError:
                headers = None
            if not isinstance(headers, dict) or not all(
                isinstance(v, str) for v in headers.values()
            ):
                raise ValueError(f"{ENV_PREFIX}EXTRA_HEADERS must be a JSON object of strings")
            kwargs["extra_headers"] = headers
        return cls(**kwargs)
