"""Behaviours a mutation run of the core modules showed nothing guarded: token and CSRF
rotation, masking in transport errors, ``Retry-After`` at its limit and in the past, what the
client asks the server for, caps on what a hostile answer can make an error carry, and bodies
checked before anything is sent."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

import facilio_connections_sdk as sdk
from facilio_connections_sdk import ConnectionsClient
from facilio_connections_sdk.testing import skip_waits
from facilio_connections_sdk.types import TokenProvider

BASE = "https://tenant.example.com"
OK = {"connection": {"id": 1, "slug": "crm", "display_name": "CRM"}, "accounts": []}


def _client(
    handler: Callable[[httpx.Request], httpx.Response], **config: Any
) -> tuple[ConnectionsClient, list[httpx.Request], list[float]]:
    sent: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return handler(request)

    http = httpx.Client(transport=httpx.MockTransport(record))
    client = ConnectionsClient(BASE, config.pop("token", "tok-1"), http_client=http, **config)
    return client, sent, skip_waits(client)  # no real waiting; what it would wait is kept


def _ok(_request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=OK)


# -- rotation ---------------------------------------------------------------------------------


def test_a_new_csrf_token_keeps_the_service_token() -> None:
    client, sent, _ = _client(_ok, csrf_token="csrf-1")
    client.update_csrf_token("csrf-2")
    client.get_connection("crm")
    assert sent[-1].headers["X-Service-Token"] == "tok-1"
    assert sent[-1].headers["X-CSRF-Token"] == "csrf-2"


def test_a_fixed_token_replaces_a_token_provider() -> None:
    calls: list[int] = []

    def provider() -> str:
        calls.append(1)
        return "from-provider"

    client, sent, _ = _client(_ok, token=provider)
    client.get_connection("crm")
    client.update_token("fixed")
    client.get_connection("crm")
    assert [r.headers["X-Service-Token"] for r in sent] == ["from-provider", "fixed"]
    assert len(calls) == 1  # not asked again once a fixed token is set


def test_a_new_csrf_token_reaches_requests_while_a_provider_is_in_use() -> None:
    client, sent, _ = _client(_ok, token=lambda: "from-provider", csrf_token="csrf-1")
    client.get_connection("crm")
    client.update_csrf_token("csrf-2")
    client.get_connection("crm")
    assert [r.headers["X-CSRF-Token"] for r in sent] == ["csrf-1", "csrf-2"]
    assert {r.headers["X-Service-Token"] for r in sent} == {"from-provider"}


# -- masking in transport errors ----------------------------------------------------------------


def test_every_configured_secret_is_masked_in_a_transport_error() -> None:
    secrets = ("tok-1", "csrf-secret-1", "cookie-secret-1", "api-key-secret-1")

    def fail(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(f"proxy said: {' '.join(secrets)}", request=request)

    client, _, _ = _client(
        fail,
        csrf_token="csrf-secret-1",
        extra_headers={"Cookie": "s=cookie-secret-1", "X-Api-Key": "api-key-secret-1"},
        max_retries=0,
    )
    with pytest.raises(sdk.ConnectionsConnectionError) as caught:
        client.get_connection("crm")
    shown = f"{caught.value} {caught.value!r} {caught.value.__cause__}"
    for secret in secrets:
        assert secret not in shown, secret
    assert "proxy said" in shown


def test_every_old_token_stays_masked_after_several_rotations() -> None:
    tokens = ["tok-1", "tok-2", "tok-3"]

    def echo(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401, json={"error": "unauthenticated", "message": " ".join(tokens)})

    client, _, _ = _client(echo, max_retries=0)
    for token in tokens[1:]:
        client.update_token(token)
    with pytest.raises(sdk.AuthenticationError) as caught:
        client.get_connection("crm")
    for token in tokens:
        assert token not in str(caught.value), token


# -- Retry-After ------------------------------------------------------------------------------


def _busy_then_ok(retry_after: str) -> Callable[[httpx.Request], httpx.Response]:
    answers = iter([httpx.Response(503, headers={"Retry-After": retry_after}, json={})])

    def handler(_request: httpx.Request) -> httpx.Response:
        return next(answers, httpx.Response(200, json=OK))

    return handler


def test_retry_after_at_the_documented_limit_of_60_s_is_waited_for() -> None:
    client, sent, slept = _client(_busy_then_ok("60"))
    assert client.get_connection("crm").connection.slug == "crm"
    assert len(sent) == 2
    assert slept == [60.0]


def test_retry_after_past_the_limit_is_not_waited_for() -> None:
    client, sent, slept = _client(_busy_then_ok("61"))
    with pytest.raises(sdk.ConnectionsApiError) as caught:
        client.get_connection("crm")
    assert caught.value.status_code == 503
    assert (len(sent), slept) == (1, [])


def test_a_retry_after_date_in_the_past_means_now() -> None:
    past = format_datetime(datetime.now(timezone.utc) - timedelta(hours=1), usegmt=True)
    client, sent, slept = _client(_busy_then_ok(past))
    assert client.get_connection("crm").connection.slug == "crm"
    assert len(sent) == 2
    assert slept == [0.0]


# -- what is asked for, and what a hostile answer can put in an error ----------------------------


def test_the_client_asks_only_for_encodings_it_decodes_within_its_limit() -> None:
    client, sent, _ = _client(_ok)
    client.get_connection("crm")
    asked = {e.strip() for e in sent[0].headers["Accept-Encoding"].split(",")}
    assert asked == {"gzip", "deflate"}


def test_an_unusable_success_body_and_a_huge_request_id_are_capped_in_the_error() -> None:
    body = b"<html>" + b"x" * 1_000_000

    def hostile(_request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"X-Request-Id": "r" * 100_000})

    client, _, _ = _client(hostile)
    with pytest.raises(sdk.InvalidResponseError) as caught:
        client.get_connection("crm")
    error = caught.value
    assert len(error.body) <= 64 * 1024
    assert error.request_id is not None and 0 < len(error.request_id) <= 200
    assert len(str(error)) < 2_000


@pytest.mark.parametrize("status", [200, 500])
@pytest.mark.parametrize("extra", [0, 1])
def test_an_error_keeps_a_64_kib_body_whole_and_cuts_one_byte_more(status: int, extra: int) -> None:
    body = b"<" + b"x" * (64 * 1024 - 1 + extra)  # not JSON: kept as text

    client, _, _ = _client(lambda _r: httpx.Response(status, content=body), max_retries=0)
    with pytest.raises(sdk.ConnectionsApiError) as caught:
        client.get_connection("crm")
    error = caught.value
    assert isinstance(error, sdk.InvalidResponseError if status == 200 else sdk.InternalServerError)
    assert error.body == body[: 64 * 1024].decode()
    assert error.body_truncated is bool(extra)
    assert ("cut to its first 64 KiB" in str(error)) is bool(extra)


# -- bodies checked before anything is sent -----------------------------------------------------


@pytest.mark.parametrize(
    "request_body",
    [{"for_all_users": "yes please"}, {"name": 12}, {"return_origin": ["a"]}],
)
def test_a_bad_authorize_url_mapping_is_refused_before_sending(request_body: object) -> None:
    client, sent, _ = _client(lambda _r: httpx.Response(200, json={"url": "https://x"}))
    with pytest.raises(ValueError, match=r"AuthorizeUrlRequest|for_all_users|name|return_origin"):
        client.authorize("crm", request_body)  # type: ignore[arg-type]
    assert sent == []


def test_a_non_bool_active_flag_is_refused_before_sending() -> None:
    client, sent, _ = _client(_ok)
    with pytest.raises(TypeError, match="active"):
        client.toggle_connection_active("crm", "yes")  # type: ignore[arg-type]
    assert sent == []


# -- what the mutation sample (nox -s mutate) found unguarded -----------------------------------


def test_an_error_says_the_servers_message_not_only_its_code() -> None:
    def not_found(_request: httpx.Request) -> httpx.Response:
        body = {"error": "not_found", "message": "no connection named crm"}
        return httpx.Response(404, json=body)

    client, _, _ = _client(not_found)
    with pytest.raises(sdk.NotFoundError) as caught:
        client.get_connection("crm")
    assert str(caught.value).startswith("GET /connections/crm -> HTTP 404: no connection named crm")


def test_a_four_character_cookie_value_is_masked_too() -> None:
    def echo(request: httpx.Request) -> httpx.Response:
        value = request.headers["Cookie"].partition("=")[2]  # the value alone, not the header
        return httpx.Response(401, json={"error": "unauthenticated", "message": f"bad {value}"})

    client, _, _ = _client(echo, extra_headers={"Cookie": "sid=abcd"}, max_retries=0)
    with pytest.raises(sdk.AuthenticationError) as caught:
        client.get_connection("crm")
    assert "abcd" not in str(caught.value)


# -- what a config shows ------------------------------------------------------------------------


def test_a_configs_repr_names_a_token_provider_or_file_and_hides_a_token(tmp_path: Path) -> None:
    token_file = tmp_path / "token"
    token_file.write_text("file-secret-token\n")
    given: list[tuple[str | TokenProvider, str]] = [
        (lambda: "provider-secret-token", "service_token=<token provider>"),
        (sdk.FileToken(token_file), f"service_token=FileToken({str(token_file)!r})"),
        ("plain-secret-token", "service_token='***'"),
    ]
    for token, shown in given:
        config = sdk.ConnectionsClientConfig("https://connections.example.com", token)
        text = repr(config)
        assert shown in text
        assert "secret-token" not in text


# -- redirects -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("base", "location", "followed"),
    [
        ("http://127.0.0.1", "http://127.0.0.1:80/api/v1/connections/crm", True),
        ("http://127.0.0.1", "http://127.0.0.1:81/api/v1/connections/crm", False),
        ("https://127.0.0.1", "https://127.0.0.1:443/api/v1/connections/crm", True),
        ("https://127.0.0.1", "https://127.0.0.1:444/api/v1/connections/crm", False),
    ],
)
def test_a_redirect_off_the_default_port_is_to_another_origin(
    base: str, location: str, followed: bool
) -> None:
    sent: list[httpx.Request] = []

    def moved_once(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        if len(sent) == 1:
            return httpx.Response(302, headers={"Location": location})
        return httpx.Response(200, json=OK)

    http = httpx.Client(transport=httpx.MockTransport(moved_once))
    with ConnectionsClient(base, "tok-1", http_client=http) as client:
        if followed:  # the default port written out: the same origin
            assert client.get_connection("crm").connection.slug == "crm"
            assert len(sent) == 2
        else:
            with pytest.raises(sdk.RedirectError):
                client.get_connection("crm")
            assert len(sent) == 1  # nothing went to the other port


@pytest.mark.parametrize(
    ("location", "said"),
    [
        ("https://other.example/api/v1/connections/crm", "a redirect to another origin"),
        ("https://other.example:443/api/v1/connections/crm", "a redirect to another origin"),
        ("http://tenant.example.com/api/v1/connections/crm", "the server moved to http://"),
    ],
)
def test_a_redirect_to_another_host_is_never_taken_for_a_move(location: str, said: str) -> None:
    moved = httpx.Response(301, headers={"Location": location})
    client, sent, _ = _client(lambda _r: moved, max_retries=0)
    with pytest.raises(sdk.RedirectError, match=said):
        client.get_connection("crm")
    assert len(sent) == 1


def test_a_300_without_location_is_a_redirect_error() -> None:
    client, sent, _ = _client(lambda _r: httpx.Response(300, text="pick one"), max_retries=0)
    with pytest.raises(sdk.RedirectError, match="without a Location") as caught:
        client.get_connection("crm")
    assert caught.value.status_code == 300
    assert len(sent) == 1


# -- settings from the environment ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "proxy"), [("http://proxy.internal:3128", "http://proxy.internal:3128"), ("", None)]
)
def test_the_proxy_is_read_from_the_environment(value: str, proxy: str | None) -> None:
    env = {"FACILIO_CONNECTIONS_BASE_URL": BASE, "FACILIO_CONNECTIONS_PROXY": value}
    assert sdk.ConnectionsClientConfig.from_env(env).proxy == proxy


def test_a_token_file_of_exactly_64_kib_is_read_and_one_byte_more_is_refused(
    tmp_path: Path,
) -> None:
    path = tmp_path / "token"
    path.write_bytes(b"t" * (64 * 1024))
    assert sdk.FileToken(path)() == "t" * (64 * 1024)
    path.write_bytes(b"t" * (64 * 1024 + 1))
    with pytest.raises(sdk.ConnectionsError, match="larger than 64 KiB"):
        sdk.FileToken(path)()


@pytest.mark.parametrize("value", [("a.txt",), ("a.txt", b"x", "text/plain", "extra")])
def test_a_file_tuple_of_another_length_is_refused_before_sending(value: Any) -> None:
    client, sent, _ = _client(_ok)
    with pytest.raises(ValueError, match=r"use \(filename, data\) or \(filename, data, type\)"):
        client.execute_action("crm", "upload", files={"doc": value})
    assert sent == []


def test_a_hand_made_api_error_has_no_request_id() -> None:
    error = sdk.ConnectionsApiError("GET /x -> HTTP 500: boom", status_code=500, body="")
    assert error.request_id is None


def test_the_smallest_server_timeout_is_one_millisecond() -> None:
    client, sent, _ = _client(lambda _r: httpx.Response(200, json={"status": "success"}))
    client.execute_action("crm", "add", {"input": {}}, timeout_ms=1)
    assert sent[0].url.params["timeout_ms"] == "1"


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
