"""Secrets never get printed: a server that echoes them, a rotated-away token, httpx's own
messages, the CLI. Tokens with surrounding whitespace are refused when set, by name."""

from __future__ import annotations

import io
import json
import traceback
from pathlib import Path

import httpx
import pytest

import facilio_connections_sdk as sdk
from facilio_connections_sdk import ConnectionsClient
from facilio_connections_sdk.cli import main
from facilio_connections_sdk.types import TokenProvider
from tests.servers import Answer, RawServer, Seen, http_server
from tests.support import BASE, mock_client

TOKEN = "sk_live_echoed_123456"
OLD = "sk_live_old_654321"
CSRF = "csrf_echoed_abcdef"
COOKIE_VALUE = "cookieval_echoed_789"
SECRETS = (TOKEN, OLD, CSRF, COOKIE_VALUE)


def _echo(request: httpx.Request) -> httpx.Response:
    """A debug gateway: it repeats every header it got in its error message."""
    said = " ".join(f"{k}={v}" for k, v in request.headers.items())
    body = {"error": "unauthenticated", "message": f"rejected: {said}", "details": {"h": said}}
    return httpx.Response(401, json=body, headers={"X-Request-Id": "req_1"})


def _client(handler: object = _echo) -> ConnectionsClient:
    return ConnectionsClient(
        BASE,
        OLD,
        csrf_token=CSRF,
        extra_headers={"Cookie": f"JSESSIONID={COOKIE_VALUE}; theme=dark"},
        max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),  # type: ignore[arg-type]
    )


def _printed(exc: BaseException) -> str:
    return "".join(traceback.format_exception(exc)) + repr(exc) + str(exc)


def test_an_echoed_token_csrf_and_cookie_are_masked_everywhere_the_error_is_read() -> None:
    with _client() as client:
        client.update_token(TOKEN)  # the old token was sent before: it stays masked too
        with pytest.raises(sdk.AuthenticationError) as caught:
            client.get_connection("crm")
    exc = caught.value
    assert exc.error is not None and exc.error.message is not None
    everything = _printed(exc) + exc.body + exc.error.model_dump_json()
    for secret in SECRETS:
        assert secret not in everything, secret
    assert "x-service-token=***" in str(exc)
    assert "***" in exc.body and "***" in exc.error.message
    assert exc.request_id == "req_1"  # what is not a secret stays


def test_an_old_token_echoed_after_a_rotation_is_masked() -> None:
    def echo_old(request: httpx.Request) -> httpx.Response:
        return httpx.Response(403, json={"message": f"token {OLD} was revoked"})

    with _client(echo_old) as client:
        client.update_token(TOKEN)
        with pytest.raises(sdk.PermissionDeniedError) as caught:
            client.get_connection("crm")
    assert OLD not in _printed(caught.value) + caught.value.body


def test_httpx_text_with_a_secret_is_masked_in_the_chained_cause() -> None:
    def illegal(request: httpx.Request) -> httpx.Response:
        raise httpx.LocalProtocolError(f"Illegal header value b'{OLD}'")

    with _client(illegal) as client, pytest.raises(sdk.ConnectionsConnectionError) as caught:
        client.get_connection("crm")
    printed = _printed(caught.value)
    assert OLD not in printed
    assert "Illegal header value b'***'" in printed  # the cause is kept, masked


@pytest.mark.parametrize("token", [" sk_live_x", "sk_live_x ", "sk_live_x\t"])
def test_a_token_with_surrounding_whitespace_is_refused_by_name(token: str) -> None:
    with pytest.raises(ValueError, match="service_token") as caught:
        ConnectionsClient(BASE, token)
    assert token.strip() not in str(caught.value)
    with (
        ConnectionsClient(BASE, "ok-token") as client,
        pytest.raises(ValueError, match="whitespace") as rotated,
    ):
        client.update_token(token)
    assert token.strip() not in str(rotated.value)
    with pytest.raises(ValueError, match="csrf_token"):
        ConnectionsClient(BASE, "t", csrf_token=token)


def test_the_cli_never_prints_an_echoed_token(monkeypatch: pytest.MonkeyPatch) -> None:
    def echo(seen: Seen) -> Answer:
        said = seen.headers.get("x-service-token", "")
        body = json.dumps({"error": "unauthenticated", "message": f"bad token {said}"})
        return Answer(401, [("Content-Type", "application/json")], body.encode())

    monkeypatch.setenv("FACILIO_CONNECTIONS_SERVICE_TOKEN", TOKEN)
    with http_server(echo) as server:
        argv = ["connections", "get", "crm", "--base-url", server.base_url]
        out, err = io.StringIO(), io.StringIO()
        assert main(argv, out=out, err=err) != 0
        assert TOKEN not in out.getvalue() + err.getvalue()
        assert "bad token ***" in err.getvalue()
        # --debug lets the error go with its traceback, for a bug report: masked as well
        with pytest.raises(sdk.AuthenticationError) as caught:
            main(["--debug", *argv], out=io.StringIO(), err=io.StringIO())
        assert TOKEN not in _printed(caught.value)


def _with_locals(exc: BaseException) -> str:
    """How a traceback reads in Sentry or ``pytest --showlocals``: every frame's locals."""
    return "".join(traceback.TracebackException.from_exception(exc, capture_locals=True).format())


_ANSWERS = {
    "api error": b"HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\n"
    b'Content-Length: 37\r\n\r\n{"error":"not_found","message":"no"}\n',
    "cut body": b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{",
}


def _call_and_catch(client: ConnectionsClient) -> BaseException:
    try:
        client.get_connection("crm")
    except sdk.ConnectionsError as exc:
        return exc
    raise AssertionError("no error")


async def _acall_and_catch(client: sdk.AsyncConnectionsClient) -> BaseException:
    try:
        await client.get_connection("crm")
    except sdk.ConnectionsError as exc:
        return exc
    raise AssertionError("no error")


@pytest.mark.parametrize("answer", sorted(_ANSWERS))
@pytest.mark.parametrize("own_client", [False, True], ids=["sdk client", "caller client"])
def test_a_traceback_with_locals_shows_no_secret(answer: str, own_client: bool) -> None:
    server = RawServer(_ANSWERS[answer])
    try:
        http = httpx.Client() if own_client else None
        with ConnectionsClient(
            server.base_url, TOKEN, csrf_token=CSRF, max_retries=0, http_client=http
        ) as client:
            exc = _call_and_catch(client)
        if http is not None:
            http.close()
    finally:
        server.close()
    shown = _with_locals(exc)
    assert "x-service-token" in shown  # the header snapshot is among the locals...
    for secret in (TOKEN, CSRF):
        assert secret not in shown  # ...with its values masked


@pytest.mark.parametrize("answer", sorted(_ANSWERS))
async def test_a_traceback_with_locals_shows_no_secret_async(answer: str) -> None:
    server = RawServer(_ANSWERS[answer])
    try:
        async with sdk.AsyncConnectionsClient(
            server.base_url, TOKEN, csrf_token=CSRF, max_retries=0
        ) as client:
            exc = await _acall_and_catch(client)
    finally:
        server.close()
    shown = _with_locals(exc)
    assert "x-service-token" in shown
    for secret in (TOKEN, CSRF):
        assert secret not in shown


@pytest.mark.parametrize("bad", [f" {TOKEN}", TOKEN.encode()], ids=["whitespace", "bytes"])
def test_a_provider_token_refused_is_in_no_frame_of_the_traceback(bad: object) -> None:
    with ConnectionsClient(BASE, lambda: bad, max_retries=0) as client:  # type: ignore[arg-type,return-value]
        exc = _call_and_catch(client)
    assert isinstance(exc, sdk.ConnectionsError)
    shown = _with_locals(exc)
    assert TOKEN not in shown and repr(TOKEN.encode()) not in shown


# -- masking in transport errors -------------------------------------------------------------------


def test_every_configured_secret_is_masked_in_a_transport_error() -> None:
    secrets = ("tok-1", "csrf-secret-1", "cookie-secret-1", "api-key-secret-1")

    def fail(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(f"proxy said: {' '.join(secrets)}", request=request)

    client, _, _ = mock_client(
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

    client, _, _ = mock_client(echo, max_retries=0)
    for token in tokens[1:]:
        client.update_token(token)
    with pytest.raises(sdk.AuthenticationError) as caught:
        client.get_connection("crm")
    for token in tokens:
        assert token not in str(caught.value), token


# -- an error's message, and a short secret --------------------------------------------------------


def test_an_error_says_the_servers_message_not_only_its_code() -> None:
    def not_found(_request: httpx.Request) -> httpx.Response:
        body = {"error": "not_found", "message": "no connection named crm"}
        return httpx.Response(404, json=body)

    client, _, _ = mock_client(not_found)
    with pytest.raises(sdk.NotFoundError) as caught:
        client.get_connection("crm")
    assert str(caught.value).startswith("GET /connections/crm -> HTTP 404: no connection named crm")


def test_a_four_character_cookie_value_is_masked_too() -> None:
    def echo(request: httpx.Request) -> httpx.Response:
        value = request.headers["Cookie"].partition("=")[2]  # the value alone, not the header
        return httpx.Response(401, json={"error": "unauthenticated", "message": f"bad {value}"})

    client, _, _ = mock_client(echo, extra_headers={"Cookie": "sid=abcd"}, max_retries=0)
    with pytest.raises(sdk.AuthenticationError) as caught:
        client.get_connection("crm")
    assert "abcd" not in str(caught.value)


# -- what a config shows ---------------------------------------------------------------------------


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
