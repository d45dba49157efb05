"""The client's settings, ``ConnectionsClientConfig``: each checked when it is made (or read
from the environment), and never shown with a secret in it."""

from __future__ import annotations

import dataclasses
import ipaddress
import json
import math
import os
import re
import sys
import warnings
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

import httpx

from facilio_connections_sdk._secrets import FileToken, is_secret_header
from facilio_connections_sdk.types import RequestOptions, TokenProvider

__all__ = [
    "ConnectionsClientConfig",
    "check_max_response_bytes",
    "check_seconds",
    "normalize_base_url",
    "outside_the_package",
    "query_items",
    "resolve_options",
]

ENV_PREFIX = "FACILIO_CONNECTIONS_"
_BOOL_WORDS = frozenset({"1", "0", "true", "false", "yes", "no"})
_API_PREFIX = "/api/v1"
# Headers that frame the request: httpx writes them; a caller's value would corrupt it.
_FRAMING_HEADERS = frozenset({"host", "content-length", "transfer-encoding", "connection"})
# RFC 9110 field-name token, and a field value without control characters (tab allowed).
_HEADER_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_BAD_VALUE_CHAR = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
# Credentials the client sends: one call's extra headers cannot replace them.
_CREDENTIAL_HEADERS = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "cookie",
        "x-service-token",
        "x-csrf-token",
        "x-current-org-domain",
        "x-current-site",
        "x-org-group",
        "x-org-id",
    }
)
_OPTION_KEYS = tuple(RequestOptions.__annotations__)  # the keys the TypedDict states


def check_seconds(value: object, what: str) -> float:
    """A finite number of seconds > 0, or ``TypeError`` / ``ValueError`` naming ``what``."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{what} must be a number of seconds, not {type(value).__name__}")
    if not math.isfinite(value) or value <= 0:
        raise ValueError(f"{what} must be a finite number of seconds > 0 (got {value!r})")
    return float(value)


def check_max_response_bytes(value: object) -> int | None:
    """``None`` (no limit) or an int > 0."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"max_response_bytes must be an int or None, not {type(value).__name__}")
    if value <= 0:
        raise ValueError(f"max_response_bytes must be > 0, or None for no limit (got {value})")
    return value


def _check_header(name: object, value: object, field: str) -> None:
    """Refuse a header that would corrupt the request; the error never shows the value."""
    if not isinstance(name, str) or not _HEADER_NAME.fullmatch(name):
        raise ValueError(f"{field}: {str(name)[:40]!r} is not a valid header name")
    if not isinstance(value, str):
        raise TypeError(f"{field}: the value of {name} must be a str, not {type(value).__name__}")
    if _BAD_VALUE_CHAR.search(value):
        raise ValueError(
            f"{field}: the value of {name} contains a control character (CR, LF, NUL ...); "
            "a value read from a file often ends in a newline: strip it"
        )
    if value != value.strip(" \t"):
        raise ValueError(
            f"{field}: the value of {name} has surrounding whitespace (a header cannot carry "
            "it, and a token never has it): strip it"
        )
    if not value.isascii():
        try:
            value.encode("latin-1")
        except UnicodeEncodeError:
            raise ValueError(
                f"{field}: the value of {name} has characters a header cannot carry"
            ) from None


_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))


def outside_the_package() -> int:
    """The ``stacklevel`` of a warning raised by the caller: the first frame outside the SDK
    (the user's line that made the client, however many SDK frames lie between)."""
    frame = sys._getframe(1)
    level = 1
    while frame.f_back is not None and frame.f_code.co_filename.startswith(_PACKAGE_DIR):
        frame = frame.f_back
        level += 1
    return level


def normalize_base_url(base_url: str) -> str:
    """The server origin: trailing ``/`` stripped and a trailing ``/api/v1`` not doubled.

    Refused (``ValueError``, never echoing a password): credentials in the URL, a query or a
    fragment, a scheme other than http(s), a missing host, a port that is not 1-65535.
    """
    if not isinstance(base_url, str) or not base_url.strip():
        raise ValueError("base_url must be a non-empty URL such as https://connections.example.com")
    url = base_url.strip().rstrip("/")
    parts = urlsplit(url)
    if "@" in parts.netloc:
        raise ValueError(
            "base_url must not carry credentials (user:password@): pass the token as "
            "service_token, and other credentials in extra_headers"
        )
    if _BAD_VALUE_CHAR.search(url) or " " in url:
        raise ValueError("base_url must not contain spaces or control characters")
    if parts.query or parts.fragment or "?" in url or "#" in url:
        raise ValueError(
            f"base_url must be the server origin, without a query or fragment: {url!r}"
        )
    if url.endswith(_API_PREFIX):
        url = url[: -len(_API_PREFIX)].rstrip("/")
        parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"base_url must start with http:// or https:// and name a host: {url!r}")
    try:
        port = parts.port
    except ValueError:
        port = 0
    if port == 0 or (port is None and parts.netloc.endswith(":")):
        raise ValueError(f"base_url has a port that is not a number from 1 to 65535: {url!r}")
    return url


_PROXY_SCHEMES = ("http", "https", "socks5", "socks5h")


def check_proxy(value: object) -> None:
    """A ``proxy`` setting: None, or an http(s)/socks5 URL with a host (errors never echo it,
    as it may carry a password)."""
    if value is None:
        return
    if not isinstance(value, str):
        raise TypeError(f"proxy must be a URL string or None, not {type(value).__name__}")
    try:
        url = httpx.URL(value)
    except (httpx.InvalidURL, ValueError):
        raise ValueError("proxy is not a valid URL") from None
    if url.scheme not in _PROXY_SCHEMES or not url.host:
        raise ValueError(f"proxy must be a URL of one of {', '.join(_PROXY_SCHEMES)} with a host")


def shown_proxy(value: str) -> str:
    """The proxy URL with its password hidden."""
    url = httpx.URL(value)
    return str(url.copy_with(password="***")) if url.password else value


def is_loopback_host(host: str) -> bool:
    """Whether ``host`` (a name or an address) is this machine's loopback."""
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


_FIELD_OF = {
    "X-Service-Token": "service_token",
    "X-Current-Org-Domain": "org_domain",
    "X-current-site": "current_site",
    "X-CSRF-Token": "csrf_token",
    "X-Org-Group": "org_group",
    "X-Org-Id": "org_id",
}


@dataclasses.dataclass(frozen=True)
class ConnectionsClientConfig:
    """Everything a client needs to reach one Connections tenant.

    Header fields are sent only when set. Every header value is checked when the config is
    built (no CR, LF, NUL or other control characters; errors name the field, never the
    value), and ``extra_headers`` may not set ``Host``, ``Content-Length``,
    ``Transfer-Encoding`` or ``Connection``. ``repr()`` never shows the token, the CSRF token
    or any extra header whose name contains ``token``, ``auth``, ``key``, ``secret``,
    ``pass``, ``session`` or ``cookie``.

    ``timeout_seconds`` bounds each attempt end to end (connect, send, redirects and reading
    the whole body). ``max_response_bytes`` bounds a response body, counted after
    decompression (``None``: no limit).

    ``proxy`` sends every request through that proxy (``http://``, ``https://`` or
    ``socks5://``; its password is never shown). Without it, the clients the SDK builds honour
    ``HTTP_PROXY``, ``HTTPS_PROXY``, ``ALL_PROXY`` and ``NO_PROXY`` as ``httpx.Client()`` does.
    A client you pass as ``http_client`` keeps its own proxy settings.
    """

    base_url: str
    """The tenant's origin, e.g. ``https://connections.example.com`` (``/api/v1`` is added)."""
    service_token: str | TokenProvider | None = ""
    """Sent as ``X-Service-Token`` (none when empty); or a function returning the current one."""
    org_domain: str | None = None
    """Sent as ``X-Current-Org-Domain``."""
    current_site: str | None = None
    """Sent as ``X-current-site``."""
    csrf_token: str | None = None
    """Sent as ``X-CSRF-Token``, with a session cookie in ``extra_headers``."""
    org_group: str | None = None
    """Sent as ``X-Org-Group``."""
    org_id: str | int | None = None
    """Sent as ``X-Org-Id``."""
    timeout_seconds: float = 60.0
    """Bound of each attempt, end to end (connect, send, redirects, the whole body)."""
    extra_headers: Mapping[str, str] | None = None
    """More headers, sent last (a ``Cookie``, say); framing headers are refused."""
    max_retries: int = 2
    """Retries of what is safe to retry; a run that may have started is never re-sent."""
    verify: bool | str = True
    """TLS verification: ``True``, ``False``, or the path of a CA bundle or of a folder of CA
    files (each certificate file in it is trusted, hashed names or not)."""
    max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES
    """Bound of a response body after decompression (``None``: no limit)."""
    proxy: str | None = None
    """Send every request through this proxy URL; without it the environment's proxies apply."""
    record_drift: bool = False
    """Record what answers carry that the spec does not know (unknown properties, unknown enum
    values: paths and types only) in ``client.drift``; off, it costs nothing."""

    def __post_init__(self) -> None:
        check_proxy(self.proxy)
        token = self.service_token
        if token is not None and not isinstance(token, str) and not callable(token):
            raise TypeError(
                "service_token must be a str, None, or a function returning the current token"
            )
        if isinstance(self.max_retries, bool) or not isinstance(self.max_retries, int):
            raise TypeError("max_retries must be an int")
        if self.max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        check_seconds(self.timeout_seconds, "timeout_seconds")
        check_max_response_bytes(self.max_response_bytes)
        normalize_base_url(self.base_url)
        for name, value in self._sdk_headers():
            _check_header(name, value, _FIELD_OF[name])
        if self.extra_headers is not None:
            if not isinstance(self.extra_headers, Mapping):
                raise TypeError("extra_headers must be a mapping of header name -> value")
            for name, value in self.extra_headers.items():
                _check_header(name, value, "extra_headers")
                if name.lower() in _FRAMING_HEADERS:
                    raise ValueError(
                        f"extra_headers: {name} frames the request and is set by the client; "
                        "it cannot be overridden"
                    )

    def _sdk_headers(self) -> list[tuple[str, str]]:
        token = self.service_token if isinstance(self.service_token, str) else None
        pairs = (
            ("X-Service-Token", token),
            ("X-Current-Org-Domain", self.org_domain),
            ("X-current-site", self.current_site),
            ("X-CSRF-Token", self.csrf_token),
            ("X-Org-Group", self.org_group),
            ("X-Org-Id", self.org_id),
        )
        return [(name, str(value)) for name, value in pairs if value is not None and value != ""]

    def secret_values(self) -> tuple[str, ...]:
        """Every header value that must never appear in a message (for masking): each secret
        header whole, and each value of a ``Cookie`` header on its own."""
        values: list[str] = []
        for name, value in self.headers().items():
            if not is_secret_header(name):
                continue
            values.append(value)
            if name.lower() == "cookie":
                values += [part.partition("=")[2].strip() for part in value.split(";")]
        return tuple(dict.fromkeys(v for v in values if len(v) >= 4))

    @property
    def origin(self) -> str:
        """The normalised server origin (no trailing ``/``, no ``/api/v1``)."""
        return normalize_base_url(self.base_url)

    def headers(self) -> dict[str, str]:
        """The request headers, in the order 0.x sends them; ``extra_headers`` merged last."""
        out = {"Accept": "application/json"}
        out.update(self._sdk_headers())
        if self.extra_headers:
            out.update(self.extra_headers)
        return out

    def warn_if_insecure(self) -> None:
        """Warn when credentials would travel in clear text to a host that is not loopback."""
        parts = urlsplit(self.origin)
        if parts.scheme == "http" and not is_loopback_host(parts.hostname or ""):
            warnings.warn(
                f"base_url uses plain http:// to {parts.hostname}; credentials are sent "
                "unencrypted. Use https:// outside local development.",
                stacklevel=outside_the_package(),
            )

    def __repr__(self) -> str:
        shown: list[str] = []
        for field in dataclasses.fields(self):
            value: Any = getattr(self, field.name)
            if field.name == "service_token" and callable(value):
                shown.append(
                    f"service_token={value!r}"
                    if isinstance(value, FileToken)
                    else "service_token=<token provider>"
                )
                continue
            if field.name in ("service_token", "csrf_token") and value:
                value = "***"
            elif field.name == "extra_headers" and value:
                value = {k: ("***" if is_secret_header(k) else v) for k, v in value.items()}
            elif field.name == "proxy" and value:
                value = shown_proxy(value)
            shown.append(f"{field.name}={value!r}")
        return f"ConnectionsClientConfig({', '.join(shown)})"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> ConnectionsClientConfig:
        """Read ``FACILIO_CONNECTIONS_<FIELD>`` variables (``..._BASE_URL`` is required).

        ``..._EXTRA_HEADERS`` is a JSON object; ``..._VERIFY`` is ``true``/``false`` or a CA
        bundle path; ``..._MAX_RESPONSE_BYTES`` a number of bytes or ``none``.
        ``..._SERVICE_TOKEN_FILE`` names a file holding the token (a mounted secret); it is
        re-read whenever it changes (see ``FileToken``).
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
        if (path := get("service_token_file")) is not None:
            if "service_token" in kwargs:
                raise ValueError(
                    f"set {ENV_PREFIX}SERVICE_TOKEN or {ENV_PREFIX}SERVICE_TOKEN_FILE, not both"
                )
            kwargs["service_token"] = FileToken(path)  # re-read when the mounted secret changes
        if (value := get("org_id")) is not None:
            kwargs["org_id"] = value
        try:
            if (value := get("timeout_seconds")) is not None:
                kwargs["timeout_seconds"] = float(value)
            if (value := get("max_retries")) is not None:
                kwargs["max_retries"] = int(value)
        except ValueError as exc:
            raise ValueError(f"{ENV_PREFIX}TIMEOUT_SECONDS / MAX_RETRIES: {exc}") from None
        if (value := get("max_response_bytes")) is not None:
            if value.strip().lower() in ("none", "unlimited"):
                kwargs["max_response_bytes"] = None
            else:
                try:
                    kwargs["max_response_bytes"] = int(value)
                except ValueError:
                    raise ValueError(
                        f"{ENV_PREFIX}MAX_RESPONSE_BYTES must be a number of bytes or 'none'"
                    ) from None
        if (value := get("proxy")) is not None:
            kwargs["proxy"] = value or None
        if (value := get("record_drift")) is not None:
            if value.strip().lower() not in _BOOL_WORDS:
                raise ValueError(f"{ENV_PREFIX}RECORD_DRIFT must be true or false")
            kwargs["record_drift"] = value.strip().lower() in ("1", "true", "yes")
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


def client_config(
    config: ConnectionsClientConfig | None, settings: Mapping[str, Any]
) -> ConnectionsClientConfig:
    """The config of a client built with keywords, or the ``config=`` it was given.

    Settings go either in ``config`` or as keywords (the client's two signatures): a keyword
    that differs from its default next to a ``config`` is a ``ValueError`` at run time too.
    """
    if config is None:
        if settings.get("base_url") is None:
            raise TypeError("base_url is required (or pass config=)")
        return ConnectionsClientConfig(**settings)
    defaults = {f.name: f.default for f in dataclasses.fields(ConnectionsClientConfig)}
    defaults.update(base_url=None, service_token="")
    given = sorted(name for name, value in settings.items() if value != defaults[name])
    if given:
        raise ValueError(
            f"give the settings either in config= or as keywords, not both ({', '.join(given)})"
        )
    return config


def resolve_options(
    options: Mapping[str, Any], config: ConnectionsClientConfig
) -> tuple[list[tuple[str, str]], list[tuple[str, str]], dict[str, Any]]:
    """``request_options=`` checked: (extra headers, extra query, config changes). Refuses,
    before anything is sent, an unknown key, a bad header, a framing header, a credential the
    client sends (or one of the config's secret ``extra_headers``), a bad query item, timeout
    or retry count."""
    field = "request_options"
    if not isinstance(options, Mapping):
        raise TypeError(f"{field} must be a dict (RequestOptions), not {type(options).__name__}")
    unknown = sorted(str(k) for k in options if k not in _OPTION_KEYS)
    if unknown:
        raise ValueError(f"{field}: unknown key(s) {unknown}; known: {list(_OPTION_KEYS)}")
    owned = _CREDENTIAL_HEADERS | {
        name.lower() for name in (config.extra_headers or {}) if is_secret_header(name)
    }
    headers: list[tuple[str, str]] = []
    given = options.get("extra_headers") or {}
    if not isinstance(given, Mapping):
        raise TypeError(f"{field}.extra_headers must be a mapping of header name -> value")
    for name, value in given.items():
        _check_header(name, value, f"{field}.extra_headers")
        if name.lower() in _FRAMING_HEADERS or name.lower() in owned:
            raise ValueError(
                f"{field}.extra_headers: {name} is set by the client (a credential or a "
                "framing header); one call cannot replace it"
            )
        headers.append((name, value))
    query = query_items(options.get("extra_query"), f"{field}.extra_query")
    changes: dict[str, Any] = {}
    if "timeout_seconds" in options:
        changes["timeout_seconds"] = check_seconds(
            options["timeout_seconds"], f"{field}.timeout_seconds"
        )
    if "max_retries" in options:
        retries = options["max_retries"]
        if isinstance(retries, bool) or not isinstance(retries, int) or retries < 0:
            raise ValueError(f"{field}.max_retries must be an int >= 0 (got {retries!r})")
        changes["max_retries"] = retries
    return headers, query, changes


def query_items(items: object, field: str) -> list[tuple[str, str]]:
    """Query parameters given as a mapping or as ``(name, value)`` pairs, each value a ``str``
    or an ``int``: the items to send, in order (``TypeError`` naming ``field`` otherwise)."""
    if not items:
        return []
    if isinstance(items, Mapping):
        pairs: Any = items.items()
    elif isinstance(items, (list, tuple)):
        pairs = items
    else:
        raise TypeError(f"{field} must be a mapping or a list of (name, value) pairs")
    query: list[tuple[str, str]] = []
    for pair in pairs:
        if not isinstance(pair, tuple) or len(pair) != 2 or not isinstance(pair[0], str):
            raise TypeError(f"{field}: {pair!r} is not a (name, value) pair")
        name, value = pair
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise TypeError(
                f"{field}: the value of {name} must be a str or an int, not {type(value).__name__}"
            )
        query.append((name, str(value)))
    return query
