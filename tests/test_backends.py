"""The aiohttp backend keeps the retry table safe: errors are mapped by what happened."""

from __future__ import annotations

import aiohttp
import httpx
import pytest

from facilio_connections_sdk import AsyncConnectionsClient, ConnectionsClientConfig
from facilio_connections_sdk._backends import _remap, make_async_http_client
from facilio_connections_sdk._transport import MAYBE_SENT, NEVER_SENT


def _wrapped(cause: BaseException) -> httpx.TransportError:
    # what httpx-aiohttp raises: some httpx error, with aiohttp's error as the cause
    outer = httpx.ConnectTimeout(str(cause))
    outer.__cause__ = cause
    return outer


class _Key:
    host, port, is_ssl, ssl, proxy, proxy_auth, proxy_headers_hash = (
        "h",
        1,
        False,
        None,
        None,
        None,
        None,
    )


@pytest.mark.parametrize(
    ("cause", "expected", "never_sent"),
    [
        (aiohttp.ClientConnectorError(_Key(), OSError(111, "refused")), httpx.ConnectError, True),  # type: ignore[arg-type]
        (aiohttp.ConnectionTimeoutError("connect"), httpx.ConnectTimeout, True),
        (aiohttp.SocketTimeoutError("read"), httpx.ReadTimeout, False),
        (aiohttp.ServerTimeoutError("read"), httpx.ReadTimeout, False),
        (aiohttp.ServerDisconnectedError(), httpx.RemoteProtocolError, False),
        (aiohttp.ClientOSError(104, "reset"), httpx.RemoteProtocolError, False),
        (aiohttp.ClientPayloadError("cut"), httpx.ReadError, False),
    ],
)
def test_aiohttp_errors_are_mapped_by_what_happened(
    cause: BaseException, expected: type[httpx.TransportError], never_sent: bool
) -> None:
    mapped = _remap(_wrapped(cause))
    assert type(mapped) is expected
    assert isinstance(mapped, NEVER_SENT) is never_sent  # checked first by the retry table
    assert isinstance(mapped, MAYBE_SENT) or never_sent


def test_an_unknown_backend_is_refused() -> None:
    config = ConnectionsClientConfig(base_url="https://tenant.example.com")
    with pytest.raises(ValueError, match="http_backend"):
        make_async_http_client(config, "requests")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="http_backend"):
        AsyncConnectionsClient("https://tenant.example.com", "t", http_backend="curl")  # type: ignore[arg-type]
