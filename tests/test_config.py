"""Settings: from_env, per-call options (with_options), the environment, refused URLs and files."""

from __future__ import annotations

import errno
import os
import re
import ssl
from collections.abc import Callable
from pathlib import Path
from typing import Any

import certifi
import httpx
import pytest

import facilio_connections_sdk as sdk
from facilio_connections_sdk import ConnectionsClient
from tests.support import (
    BASE,
    GET_CONN,
    MOCK_BASE,
    AnyClient,
    Clock,
    MockApi,
    Runner,
    script,
    send_get,
)

# -- per-call options -----------------------------------------------------------------------


def test_with_options_shares_the_pool_and_changes_only_its_copy(
    client: AnyClient, run: Runner, mock_api: MockApi, clock: Clock
) -> None:
    quick = client.with_options(timeout_seconds=1.5, max_retries=0)
    assert quick._send_loop.http is client._send_loop.http
    assert quick._send_loop.max_retries == 0
    assert client._send_loop.max_retries == 2
    run(send_get(quick))
    assert mock_api.last.extensions["timeout"] == {
        "connect": 1.5,
        "read": 1.5,
        "write": 1.5,
        "pool": 1.5,
    }
    run(send_get(client))
    assert mock_api.last.extensions["timeout"]["read"] != 1.5
    script(mock_api, *GET_CONN, 503, 200)
    with pytest.raises(sdk.InternalServerError):
        run(send_get(quick))
    run(send_get(client))  # the original still retries


def test_with_options_copy_does_not_close_the_shared_pool(mock_api: MockApi) -> None:
    client = ConnectionsClient(BASE, "t")
    client.with_options(max_retries=1).close()
    assert not client._send_loop.http.is_closed
    client.close()
    assert client._send_loop.http.is_closed


def test_default_timeout_comes_from_the_config() -> None:
    config = sdk.ConnectionsClientConfig(base_url=BASE, timeout_seconds=12.0)
    client = ConnectionsClient.from_config(config)
    assert client._send_loop.http.timeout == httpx.Timeout(12.0)
    client.close()


# -- configuration from the environment -----------------------------------------------------


def test_from_env_reads_every_field() -> None:
    env = {
        "FACILIO_CONNECTIONS_BASE_URL": "https://tenant.example.com/api/v1",
        "FACILIO_CONNECTIONS_SERVICE_TOKEN": "tok",
        "FACILIO_CONNECTIONS_ORG_DOMAIN": "acme",
        "FACILIO_CONNECTIONS_CURRENT_SITE": "3",
        "FACILIO_CONNECTIONS_CSRF_TOKEN": "c",
        "FACILIO_CONNECTIONS_ORG_GROUP": "g",
        "FACILIO_CONNECTIONS_ORG_ID": "9",
        "FACILIO_CONNECTIONS_TIMEOUT_SECONDS": "12.5",
        "FACILIO_CONNECTIONS_MAX_RETRIES": "4",
        "FACILIO_CONNECTIONS_VERIFY": "false",
        "FACILIO_CONNECTIONS_EXTRA_HEADERS": '{"Cookie": "a=b"}',
    }
    client = ConnectionsClient.from_env(env)
    cfg = client.config
    assert cfg.origin == "https://tenant.example.com"
    assert (cfg.service_token, cfg.org_domain, cfg.current_site) == ("tok", "acme", "3")
    assert (cfg.csrf_token, cfg.org_group, cfg.org_id) == ("c", "g", "9")
    assert (cfg.timeout_seconds, cfg.max_retries, cfg.verify) == (12.5, 4, False)
    assert cfg.extra_headers == {"Cookie": "a=b"}
    assert client._send_loop.max_retries == 4
    client.close()


def test_from_env_without_url_says_what_to_set() -> None:
    with pytest.raises(ValueError, match="FACILIO_CONNECTIONS_BASE_URL is not set"):
        ConnectionsClient.from_env({})


@pytest.mark.parametrize(
    ("name", "value"),
    [("MAX_RETRIES", "lots"), ("TIMEOUT_SECONDS", "soon"), ("EXTRA_HEADERS", "[1]")],
)
def test_from_env_rejects_malformed_values(name: str, value: str) -> None:
    env = {"FACILIO_CONNECTIONS_BASE_URL": BASE, f"FACILIO_CONNECTIONS_{name}": value}
    with pytest.raises(ValueError, match=name):
        ConnectionsClient.from_env(env)


@pytest.mark.parametrize("verify", [False, certifi.where()])
def test_verify_is_passed_to_httpx(monkeypatch: pytest.MonkeyPatch, verify: Any) -> None:
    seen: dict[str, Any] = {}
    real_client = httpx.Client.__init__
    real_transport = httpx.HTTPTransport.__init__

    def spy_client(self: httpx.Client, **kwargs: Any) -> None:
        seen.update(kwargs)
        real_client(self, **kwargs)

    def spy_transport(self: httpx.HTTPTransport, **kwargs: Any) -> None:
        seen["transport_verify"] = kwargs.get("verify")
        kwargs["verify"] = True
        real_transport(self, **kwargs)

    monkeypatch.setattr(httpx.Client, "__init__", spy_client)
    monkeypatch.setattr(httpx.HTTPTransport, "__init__", spy_transport)
    config = sdk.ConnectionsClientConfig(base_url=BASE, verify=verify)
    ConnectionsClient.from_config(config).close()
    if verify is False:
        assert seen["transport_verify"] is False
    else:  # a CA bundle path: an SSL context holding it (a path is deprecated in httpx)
        context = seen["transport_verify"]
        assert isinstance(context, ssl.SSLContext)
        assert context.cert_store_stats()["x509_ca"] > 0
    # redirects are the SDK's own decision, never httpx's
    assert seen["follow_redirects"] is False


@pytest.mark.parametrize(
    ("value", "proxy"), [("http://proxy.internal:3128", "http://proxy.internal:3128"), ("", None)]
)
def test_the_proxy_is_read_from_the_environment(value: str, proxy: str | None) -> None:
    env = {"FACILIO_CONNECTIONS_BASE_URL": MOCK_BASE, "FACILIO_CONNECTIONS_PROXY": value}
    assert sdk.ConnectionsClientConfig.from_env(env).proxy == proxy


# -- base URLs and token files refused ---------------------------------------------------------


def test_a_token_file_of_exactly_64_kib_is_read_and_one_byte_more_is_refused(
    tmp_path: Path,
) -> None:
    path = tmp_path / "token"
    path.write_bytes(b"t" * (64 * 1024))
    assert sdk.FileToken(path)() == "t" * (64 * 1024)
    path.write_bytes(b"t" * (64 * 1024 + 1))
    with pytest.raises(sdk.ConnectionsError, match="larger than 64 KiB"):
        sdk.FileToken(path)()


@pytest.mark.parametrize("base_url", ["", "   ", 8080])
def test_an_empty_or_non_string_base_url_is_refused_saying_what_is_expected(
    base_url: Any,
) -> None:
    with pytest.raises(ValueError, match="base_url must be a non-empty URL such as https://"):
        sdk.ConnectionsClientConfig(base_url=base_url)


def _made_by_config() -> ConnectionsClient:
    config = sdk.ConnectionsClientConfig("http://tenant.example.com", "tok-1")
    return ConnectionsClient.from_config(config)  # this line


@pytest.mark.parametrize(
    "make",
    [
        lambda: ConnectionsClient("http://tenant.example.com", "tok-1"),  # this line
        _made_by_config,
    ],
)
def test_the_plain_http_warning_points_at_the_line_that_made_the_client(
    make: Callable[[], ConnectionsClient],
) -> None:
    with pytest.warns(UserWarning, match="plain http://") as warned:
        client = make()
    client.close()
    assert warned[0].filename == __file__
    assert "# this line" in Path(__file__).read_text().splitlines()[warned[0].lineno - 1]


def test_a_base_url_with_a_space_is_refused() -> None:
    with pytest.raises(ValueError, match="must not contain spaces"):
        sdk.ConnectionsClientConfig(base_url="https://tenant .example.com")


def test_a_missing_token_file_is_named_with_the_systems_reason(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-token"
    with pytest.raises(sdk.ConnectionsError) as caught:
        sdk.FileToken(missing)()
    reason = os.strerror(errno.ENOENT)  # "No such file or directory"
    assert str(caught.value) == f"token file {missing}: {reason}; nothing was sent"


@pytest.mark.parametrize(
    ("value", "expected"),
    [("none", None), ("Unlimited", None), (" NONE ", None), ("1024", 1024)],
)
def test_the_response_limit_from_the_environment_can_be_lifted(
    value: str, expected: int | None
) -> None:
    environ = {
        "FACILIO_CONNECTIONS_BASE_URL": "https://connections.example.com",
        "FACILIO_CONNECTIONS_MAX_RESPONSE_BYTES": value,
    }
    config = sdk.ConnectionsClientConfig.from_env(environ)
    assert config.max_response_bytes == expected


def test_the_default_response_limit_is_the_one_the_limits_guide_states() -> None:
    """What a user reads is what a client does."""
    root = Path(__file__).resolve().parent.parent
    guide = (root / "docs" / "guides" / "retries-redirects-limits.md").read_text(encoding="utf-8")
    found = re.search(r"`max_response_bytes` \(default (\d+) MiB", guide)
    assert found is not None
    stated = int(found[1])
    config = sdk.ConnectionsClientConfig("https://connections.example.com", "t")
    assert config.max_response_bytes == stated * 1024 * 1024
