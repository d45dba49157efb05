"""No secret leaves through a side door; careless input is refused before anything is sent."""

from __future__ import annotations

import io
import logging
import math
import traceback
from pathlib import Path
from typing import Any

import httpx
import pytest

import facilio_connections_sdk as sdk
from facilio_connections_sdk import AsyncConnectionsClient, ConnectionsClient
from facilio_connections_sdk.cli import main as cli_main
from facilio_connections_sdk.testing import skip_waits
from tests.servers import Answer, http_server
from tests.support import mock_client, mock_ok

TOKEN = "tok-SUPER-SECRET-42"
BASE = "https://tenant.example.com"


def _everything_shown(exc: BaseException) -> str:
    return "".join(traceback.format_exception(exc))


@pytest.mark.parametrize(
    "base_url",
    [f"https://user:{TOKEN}@tenant.example.com", f"https://{TOKEN}@tenant.example.com/api/v1"],
)
def test_credentials_in_base_url_are_refused_without_echoing_them(base_url: str) -> None:
    with pytest.raises(ValueError, match="service_token") as info:
        ConnectionsClient(base_url, "t")
    assert TOKEN not in _everything_shown(info.value)


@pytest.mark.parametrize(
    "base_url",
    [
        "https://tenant.example.com?x=1",
        "https://tenant.example.com/#frag",
        "https://tenant.example.com:abc",
        "https://tenant.example.com:99999",
        "https://tenant.example.com:0",
        "https://tenant.example.com:",
        "https://tenant.example.com\r\nX-Evil: 1",
        "ftp://tenant.example.com",
        "https://",
        "tenant.example.com",
    ],
)
def test_base_urls_that_would_send_requests_elsewhere_are_refused(base_url: str) -> None:
    with pytest.raises(ValueError, match="base_url"):
        sdk.ConnectionsClientConfig(base_url=base_url)


@pytest.mark.parametrize("bad", ["\n", "\r", "\0", "\x1b", "\x7f"])
@pytest.mark.parametrize(
    "field", ["service_token", "csrf_token", "org_domain", "current_site", "org_group", "org_id"]
)
def test_control_characters_in_header_fields_are_refused_naming_the_field(
    field: str, bad: str
) -> None:
    fields: dict[str, Any] = {field: TOKEN + bad}
    with pytest.raises(ValueError, match=field) as info:
        sdk.ConnectionsClientConfig(base_url=BASE, **fields)
    assert TOKEN not in _everything_shown(info.value)


@pytest.mark.parametrize(
    "headers",
    [
        {"X-Api-Key": TOKEN + "\n"},
        {"Bad Name": "v"},
        {"Host": "evil.example"},
        {"content-length": "0"},
        {"Transfer-Encoding": "chunked"},
        {"Connection": "close"},
    ],
)
def test_extra_headers_that_corrupt_the_request_are_refused(headers: dict[str, str]) -> None:
    with pytest.raises(ValueError, match="extra_headers") as info:
        sdk.ConnectionsClientConfig(base_url=BASE, extra_headers=headers)
    assert TOKEN not in _everything_shown(info.value)


def test_reprs_redact_every_secret_looking_header() -> None:
    secret_headers = {
        "X-Api-Key": TOKEN + "a",
        "Proxy-Authorization": TOKEN + "b",
        "Cookie": TOKEN + "c",
        "X-Session-Id": TOKEN + "d",
        "X-Client-Secret": TOKEN + "e",
        "X-Passphrase": TOKEN + "f",
    }
    config = sdk.ConnectionsClientConfig(
        base_url=BASE,
        service_token=TOKEN,
        csrf_token=TOKEN + "g",
        extra_headers={**secret_headers, "X-Trace": "visible"},
    )
    client = ConnectionsClient.from_config(config)
    shown = repr(config) + repr(client) + str(config)
    client.close()
    assert TOKEN not in shown
    assert "visible" in shown


def test_no_secret_in_messages_tracebacks_or_any_log_record(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A failing call logs at DEBUG (httpx's and httpcore's loggers too) and raises: the token
    and the cookie appear nowhere."""
    cookie = "session=" + TOKEN + "-cookie"
    caplog.set_level(logging.DEBUG)
    with http_server(lambda _s: Answer(500, [("Content-Type", "text/plain")], b"boom")) as origin:
        config = sdk.ConnectionsClientConfig(
            base_url=origin.base_url,
            service_token=TOKEN,
            extra_headers={"Cookie": cookie},
            max_retries=1,
        )
        with ConnectionsClient.from_config(config) as client:
            skip_waits(client)
            with pytest.raises(sdk.InternalServerError) as info:
                client.get_connection("x")
        assert origin.seen[0].headers["x-service-token"] == TOKEN  # it was sent, to the origin
    # and a transport failure (nothing listening any more)
    with (
        ConnectionsClient.from_config(config) as client,
        pytest.raises(sdk.ConnectionsConnectionError) as refused,
    ):
        client.get_connection("x")
    records = "\n".join(f"{r.name} {r.getMessage()} {r.args!r}" for r in caplog.records)
    assert "httpx" in records or "httpcore" in records  # the third-party loggers were captured
    for text in (records, _everything_shown(info.value), _everything_shown(refused.value)):
        assert TOKEN not in text


def test_cli_reads_the_token_from_a_file_and_never_prints_it(tmp_path: Path) -> None:
    token_file = tmp_path / "token"
    token_file.write_text(TOKEN + "\n", encoding="utf-8")  # as editors and `echo` write it

    def route(seen: Any) -> Answer:
        ok = seen.headers.get("x-service-token") == TOKEN
        body = b'{"connection": {"id": 1, "slug": "s", "display_name": "S"}, "accounts": []}'
        return Answer(200 if ok else 401, [("Content-Type", "application/json")], body)

    with http_server(route) as origin:
        out, err = io.StringIO(), io.StringIO()
        argv = ["connections", "get", "s", "--base-url", origin.base_url]
        code = cli_main([*argv, "--token-file", str(token_file)], out, err)
        assert code == 0, err.getvalue()
        assert TOKEN not in out.getvalue() + err.getvalue()
        # a token with a newline given directly: refused, and not echoed
        out, err = io.StringIO(), io.StringIO()
        code = cli_main([*argv, "--token", TOKEN + "\n"], out, err)
        assert code == 2
        assert TOKEN not in out.getvalue() + err.getvalue()
    assert len(origin.seen) == 1


def test_cli_help_warns_that_token_is_visible_to_other_users() -> None:
    out = io.StringIO()
    cli_main(["connections", "list", "--help"], out, io.StringIO())
    text = " ".join(out.getvalue().split())
    assert "--token-file" in text
    assert "visible to other local users" in text


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf, 0, -1])
def test_timeouts_must_be_finite_and_positive(value: float) -> None:
    with pytest.raises(ValueError, match="timeout_seconds"):
        sdk.ConnectionsClientConfig(base_url=BASE, timeout_seconds=value)
    client = ConnectionsClient(BASE, "t")
    with pytest.raises(ValueError, match="timeout_seconds"):
        client.with_options(timeout_seconds=value)
    with pytest.raises(ValueError, match="timeout"):
        client.wait_for_job("job", timeout=value)
    with pytest.raises(ValueError, match="poll_interval"):
        client.wait_for_job("job", poll_interval=value)
    client.close()


@pytest.mark.parametrize("value", [0, -5])
def test_max_response_bytes_must_be_positive(value: int) -> None:
    with pytest.raises(ValueError, match="max_response_bytes"):
        sdk.ConnectionsClientConfig(base_url=BASE, max_response_bytes=value)


@pytest.mark.parametrize("value", [True, "30", None])
def test_seconds_that_are_not_a_number_are_a_type_error(value: Any) -> None:
    with pytest.raises(TypeError, match="timeout_seconds must be a number of seconds"):
        sdk.ConnectionsClientConfig(base_url=BASE, timeout_seconds=value)


def test_the_smallest_response_limit_is_one_byte() -> None:
    config = sdk.ConnectionsClientConfig(base_url=BASE, max_response_bytes=1)
    assert config.max_response_bytes == 1


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf])
def test_json_bodies_with_non_finite_numbers_are_refused_naming_the_path(bad: float) -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with ConnectionsClient(BASE, "t", http_client=http) as client:
        with pytest.raises(ValueError, match=r"body\.input\.amounts\[1\]"):
            client.execute_action("c", "a", {"input": {"amounts": [1.0, bad]}})
        with pytest.raises(ValueError, match=r"_inputs\.input\.amount"):
            client.execute_action("c", "a", {"input": {"amount": bad}}, files={"f": b"x"})
        with pytest.raises(ValueError, match=r"body\.options\.weight"):
            client.execute_http_post("c", {"path": "/x"}, weight=bad)
    assert sent == []


async def test_async_client_refuses_the_same_input() -> None:
    with pytest.raises(ValueError, match="base_url"):
        AsyncConnectionsClient("https://u:p@tenant.example.com", "t")
    async with AsyncConnectionsClient(BASE, "t") as client:
        with pytest.raises(ValueError, match="timeout"):
            await client.wait_for_job("job", timeout=math.nan)
        with pytest.raises(ValueError, match=r"body\.input\.x"):
            await client.execute_action("c", "a", {"input": {"x": math.nan}})


# -- bodies checked before anything is sent --------------------------------------------------------


@pytest.mark.parametrize(
    "request_body",
    [{"for_all_users": "yes please"}, {"name": 12}, {"return_origin": ["a"]}],
)
def test_a_bad_authorize_url_mapping_is_refused_before_sending(request_body: object) -> None:
    client, sent, _ = mock_client(lambda _r: httpx.Response(200, json={"url": "https://x"}))
    with pytest.raises(ValueError, match=r"AuthorizeUrlRequest|for_all_users|name|return_origin"):
        client.authorize("crm", request_body)  # type: ignore[arg-type]
    assert sent == []


def test_a_non_bool_active_flag_is_refused_before_sending() -> None:
    client, sent, _ = mock_client(mock_ok)
    with pytest.raises(TypeError, match="active"):
        client.toggle_connection_active("crm", "yes")  # type: ignore[arg-type]
    assert sent == []


@pytest.mark.parametrize("value", [("a.txt",), ("a.txt", b"x", "text/plain", "extra")])
def test_a_file_tuple_of_another_length_is_refused_before_sending(value: Any) -> None:
    client, sent, _ = mock_client(mock_ok)
    with pytest.raises(ValueError, match=r"use \(filename, data\) or \(filename, data, type\)"):
        client.execute_action("crm", "upload", files={"doc": value})
    assert sent == []


@pytest.mark.parametrize("name", ["", 1, None])
def test_a_file_input_name_that_is_not_a_non_empty_string_is_refused(name: Any) -> None:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"status": "succeeded"})

    http = httpx.Client(transport=httpx.MockTransport(answer))
    with (
        sdk.ConnectionsClient("https://h.test", "t", http_client=http) as client,
        pytest.raises(ValueError, match="file input names must be non-empty strings"),
    ):
        client.execute_action("crm", "upload", {"input": {}}, files={name: b"x"})
    assert sent == []


@pytest.mark.parametrize("template_id", ["", "   ", None, 5])
def test_a_template_id_that_is_not_a_non_empty_string_is_refused(template_id: Any) -> None:
    with (
        sdk.ConnectionsClient("https://h.test", "t") as client,
        pytest.raises(ValueError, match="template_id must be a non-empty string"),
    ):
        client.template(template_id)
