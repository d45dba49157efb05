"""Client behaviour beyond the route table: headers, bodies, bad input, errors, lifecycle."""

from __future__ import annotations

import io
import json
import runpy
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
from pydantic import ValidationError

import facilio_connections_sdk as sdk
from facilio_connections_sdk import (
    AsyncConnectionsClient,
    ConnectionsClient,
    ConnectionsClientConfig,
)
from facilio_connections_sdk import models as m
from facilio_connections_sdk.testing import skip_waits
from tests.support import BASE, AnyClient, MockApi, Runner, mock_client, wire

SLUG = "servicenow-connection"


def _sync_client(handler: Any, **config: Any) -> ConnectionsClient:
    cfg = ConnectionsClientConfig(base_url=BASE, **config)
    client = ConnectionsClient.from_config(
        cfg, http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )
    skip_waits(client)
    return client


# -- headers and base URL -------------------------------------------------------------------


def test_headers_in_0x_order_with_extra_headers_last(mock_api: MockApi) -> None:
    client = _sync_client(
        mock_api.handler,
        service_token="tok",
        org_domain="acme",
        current_site="12",
        csrf_token="csrf",
        org_group="g",
        org_id=42,
        extra_headers={"Cookie": "JSESSIONID=abc", "X-Org-Id": "override"},
    )
    client.get_connection(SLUG)
    sent = [(k.lower(), v) for k, v in mock_api.last.headers.items()]
    ours = [(k, v) for k, v in sent if k.startswith("x-") or k in ("accept", "cookie")]
    assert ours == [
        ("accept", "application/json"),
        ("x-service-token", "tok"),
        ("x-current-org-domain", "acme"),
        ("x-current-site", "12"),
        ("x-csrf-token", "csrf"),
        ("x-org-group", "g"),
        ("x-org-id", "override"),
        ("cookie", "JSESSIONID=abc"),
    ]


@pytest.mark.parametrize("token", ["", None])
def test_empty_token_sends_no_token_header(token: str | None) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"count": 0, "connections": []})

    _sync_client(handler, service_token=token).list_connections()
    assert "x-service-token" not in seen[0].headers
    assert seen[0].headers["accept"] == "application/json"


@pytest.mark.parametrize(
    "base_url",
    [
        "https://tenant.example.com",
        "https://tenant.example.com/",
        "https://tenant.example.com/api/v1",
        "https://tenant.example.com/api/v1/",
    ],
)
def test_base_url_is_normalised_and_api_v1_not_doubled(base_url: str) -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(200, json={"job_id": "j", "status": "queued"})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    ConnectionsClient(base_url, "t", http_client=http).get_job_result("j")
    assert seen == ["https://tenant.example.com/api/v1/jobs/j"]


@pytest.mark.parametrize("cls", [ConnectionsClient, sdk.AsyncConnectionsClient])
def test_constructor_takes_every_setting_as_a_keyword(cls: type[Any]) -> None:
    client = cls(
        BASE,
        "tok",
        org_domain="acme.example.com",
        current_site="7",
        csrf_token="csrf",
        org_group="g",
        org_id=42,
        timeout_seconds=5,
        extra_headers={"Cookie": "JSESSIONID=s"},
        max_retries=0,
        verify=False,
        max_response_bytes=1024,
    )
    config = client.config
    assert (config.org_domain, config.current_site, config.org_id) == ("acme.example.com", "7", 42)
    assert (config.timeout_seconds, config.max_retries, config.verify) == (5, 0, False)
    assert config.max_response_bytes == 1024
    headers = config.headers()
    assert headers["X-CSRF-Token"] == "csrf"
    assert headers["X-Org-Group"] == "g"
    assert headers["Cookie"] == "JSESSIONID=s"


def test_constructor_keywords_reach_the_wire(mock_api: MockApi) -> None:
    http = httpx.Client(transport=httpx.MockTransport(mock_api.handler))
    client = ConnectionsClient(BASE, "tok", org_id=42, current_site="7", http_client=http)
    client.get_connection(SLUG)
    assert mock_api.last.headers["x-org-id"] == "42"
    assert mock_api.last.headers["x-current-site"] == "7"


def test_settings_in_config_and_as_keywords_are_refused() -> None:
    config = sdk.ConnectionsClientConfig(base_url=BASE, service_token="tok", max_retries=5)
    # the two signatures refuse it statically; code a type checker does not see, at run time
    with pytest.raises(ValueError, match="base_url, max_retries, service_token, timeout_seconds"):
        ConnectionsClient(BASE, "tok", config=config, max_retries=1, timeout_seconds=2)  # type: ignore[call-overload]
    assert ConnectionsClient(config=config).config is config  # config alone: as given
    assert ConnectionsClient.from_config(config).config.max_retries == 5


def test_plain_http_to_a_remote_host_warns_but_loopback_does_not() -> None:
    with pytest.warns(UserWarning, match="plain http"):
        ConnectionsClient("http://tenant.example.com", "t").close()
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ConnectionsClient("http://127.0.0.1:8081", "t").close()
        ConnectionsClient("http://localhost:8081", "t").close()


def test_secrets_never_appear_in_repr() -> None:
    cfg = ConnectionsClientConfig(
        base_url=BASE,
        service_token="s3cr3t-token",
        csrf_token="csrf-value",
        extra_headers={"Cookie": "JSESSIONID=cookie-value", "X-Trace": "visible"},
    )
    client = ConnectionsClient.from_config(cfg)
    text = repr(cfg) + repr(client) + str(cfg)
    for secret in ("s3cr3t-token", "csrf-value", "cookie-value"):
        assert secret not in text
    assert "visible" in repr(cfg)
    client.close()


# -- bodies ---------------------------------------------------------------------------------


def test_options_and_extra_keywords_merge_into_body_options(
    client: AnyClient, run: Runner, mock_api: MockApi
) -> None:
    body: dict[str, Any] = {"input": {"a": 1}, "options": {"source": "body", "keep": 1}}
    run(
        client.execute_action(
            SLUG, "a", body, options={"source": "opt", "purpose": "p"}, source="kw", debug=True
        )
    )
    sent = wire(mock_api.last)[3]
    assert sent == {
        "input": {"a": 1},
        "options": {"source": "kw", "keep": 1, "purpose": "p", "debug": True},
    }
    assert body["options"] == {"source": "body", "keep": 1}  # the caller's dict is untouched


def test_account_slug_never_overrides_the_body(
    client: AnyClient, run: Runner, mock_api: MockApi
) -> None:
    run(client.execute_http_get(SLUG, {"path": "/x", "account_slug": "mine"}, account_slug="arg"))
    assert wire(mock_api.last)[3] == {"path": "/x", "account_slug": "mine"}


def test_mapping_is_sent_as_written(client: AnyClient, run: Runner, mock_api: MockApi) -> None:
    params: dict[str, Any] = {"table": "t", "x_future_key": {"n": [1]}}
    run(client.execute_sql_select(SLUG, params))
    assert wire(mock_api.last)[3] == params  # unknown key kept, unset fields not added


@pytest.mark.parametrize(
    ("method", "bad"),
    [
        ("execute_http_get", {"path": 5}),
        ("execute_http_get", {"headers": {"a": 1}}),
        ("execute_sql_query", {"params": [1]}),  # query is required
        ("execute_file_move_file", {"source": "/a"}),
        ("execute_sql_insert", {"table": "t", "rows": "not-a-list"}),
    ],
)
def test_invalid_mapping_is_refused_before_sending(
    client: AnyClient, run: Runner, mock_api: MockApi, method: str, bad: dict[str, Any]
) -> None:
    with pytest.raises(ValidationError):
        run(getattr(client, method)(SLUG, bad))
    assert mock_api.requests == []


def test_bad_option_type_is_refused_before_sending(
    client: AnyClient, run: Runner, mock_api: MockApi
) -> None:
    with pytest.raises(ValidationError):
        run(client.execute_http_get(SLUG, {"path": "/x"}, debug="yes-please"))
    assert mock_api.requests == []


def test_wrong_model_type_is_a_type_error(
    client: AnyClient, run: Runner, mock_api: MockApi
) -> None:
    with pytest.raises(TypeError, match="HttpParameters"):
        run(client.execute_http_get(SLUG, m.SqlQuery(query="select 1")))  # type: ignore[call-overload]
    assert mock_api.requests == []


@pytest.mark.parametrize("slug", ["", ".", "..", " "])
def test_bad_slugs_are_refused_before_sending(
    client: AnyClient, run: Runner, mock_api: MockApi, slug: str
) -> None:
    with pytest.raises(ValueError, match="must not be empty"):
        run(client.get_connection(slug))
    with pytest.raises(ValueError, match="must not be empty"):
        run(client.execute_action(SLUG, slug))
    with pytest.raises(ValueError, match="must not be empty"):
        run(client.get_job_result(slug))
    with pytest.raises(ValueError, match="must not be empty"):
        run(client.unsubscribe(slug))
    assert mock_api.requests == []


@pytest.mark.parametrize(
    ("value", "error"), [("5000", TypeError), (True, TypeError), (2.5, TypeError), (0, ValueError)]
)
def test_bad_timeout_ms_is_refused(
    client: AnyClient, run: Runner, mock_api: MockApi, value: Any, error: type[Exception]
) -> None:
    with pytest.raises(error):
        run(client.execute_action(SLUG, "a", timeout_ms=value))
    assert mock_api.requests == []


def test_the_smallest_server_timeout_is_one_millisecond() -> None:
    client, sent, _ = mock_client(lambda _r: httpx.Response(200, json={"status": "success"}))
    client.execute_action("crm", "add", {"input": {}}, timeout_ms=1)
    assert sent[0].url.params["timeout_ms"] == "1"


def test_multipart_execute_sends_inputs_and_every_file_form(
    client: AnyClient, run: Runner, mock_api: MockApi, tmp_path: Path
) -> None:
    on_disk = tmp_path / "report.csv"
    on_disk.write_bytes(b"a,b\n1,2\n")
    handle = io.BytesIO(b"from-a-file-object")
    handle.name = "notes.txt"
    run(
        client.execute_action(
            SLUG,
            "upload-attachment",
            {"input": {"parentId": "1"}},
            files={
                "by_path": str(on_disk),
                "by_bytes": b"\x00\x01",
                "by_handle": handle,
                "by_tuple": ("photo.png", b"PNG", "image/x-raw"),  # the type given wins
                "by_pair": ("table.csv", b"x,y"),  # the type guessed from the name
            },
            source="agent",
        )
    )
    request = mock_api.last
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    raw = request.content
    assert b'name="_inputs"\r\nContent-Type: application/json\r\n\r\n' in raw
    # json.dumps(body) with its default separators, as 0.x writes it
    assert b'{"input": {"parentId": "1"}, "options": {"source": "agent"}}\r\n' in raw
    assert raw.count(b"Content-Disposition: form-data;") == 6
    assert (
        b'name="by_path"; filename="report.csv"\r\nContent-Type: text/csv\r\n\r\na,b\n1,2\n' in raw
    )
    assert b'name="by_bytes"; filename="by_bytes"' in raw
    assert b'filename="notes.txt"\r\nContent-Type: text/plain\r\n\r\nfrom-a-file-object' in raw
    assert b'filename="photo.png"\r\nContent-Type: image/x-raw\r\n\r\nPNG' in raw
    assert b'name="by_pair"; filename="table.csv"\r\nContent-Type: text/csv\r\n\r\nx,y' in raw


def test_multipart_execute_without_a_body_sends_only_the_files(
    client: AnyClient, run: Runner, mock_api: MockApi
) -> None:
    run(client.execute_action(SLUG, "upload", files={"doc": ("a.txt", b"hi", "text/plain")}))
    raw = mock_api.last.content
    assert b'name="_inputs"' not in raw
    assert raw.count(b"Content-Disposition: form-data;") == 1
    assert b'name="doc"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nhi\r\n' in raw


def test_multipart_inputs_are_ascii_json_as_json_dumps_writes_them(
    client: AnyClient, run: Runner, mock_api: MockApi
) -> None:
    body: dict[str, Any] = {"input": {"title": "Café ✓", "n": [1, 2]}}
    run(client.execute_action(SLUG, "upload", body, files={"doc": b"x"}))
    raw = mock_api.last.content
    assert b'{"input": {"title": "Caf\\u00e9 \\u2713", "n": [1, 2]}}\r\n' in raw


# -- errors ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, sdk.BadRequestError),
        (401, sdk.AuthenticationError),
        (403, sdk.PermissionDeniedError),
        (404, sdk.NotFoundError),
        (409, sdk.ConflictError),
        (418, sdk.ConnectionsStatusError),
        (422, sdk.UnprocessableEntityError),
        (429, sdk.RateLimitError),
        (500, sdk.InternalServerError),
        (502, sdk.InternalServerError),
    ],
)
def test_error_statuses_map_to_named_exceptions(
    client: AnyClient, run: Runner, mock_api: MockApi, status: int, cls: type[Exception]
) -> None:
    body = {"error": "boom", "message": "It broke", "request_id": "req-9", "extra": [1]}
    mock_api.overrides[("GET", "/connections/{slug}")] = lambda _r: httpx.Response(
        status, json=body, headers={"Retry-After": "3600"}
    )
    with pytest.raises(cls) as info:
        run(client.get_connection(SLUG))
    err = info.value
    assert isinstance(err, sdk.ConnectionsStatusError)
    assert isinstance(err, sdk.ConnectionsApiError)  # what 0.x code catches
    assert isinstance(err, sdk.ConnectionsError)
    assert type(err) is cls
    assert err.status_code == status
    assert json.loads(err.body) == body
    assert err.error is not None
    assert err.error.message == "It broke"
    assert err.error.to_dict() == body
    assert err.request_id == "req-9"
    assert err.response is not None
    assert str(err) == f"GET /connections/{SLUG} -> HTTP {status}: It broke [request_id: req-9]"
    assert "tok-secret" not in str(err)


@pytest.mark.parametrize(
    ("body", "headers", "expected"),
    [
        ({"request_id": "req-body"}, {"X-Request-Id": "req-header"}, "req-body"),  # body wins
        ({"error": "boom"}, {"X-Request-Id": "req-header"}, "req-header"),
        (None, {"x-request-id": "req-plain"}, "req-plain"),  # not JSON: the header still counts
        ({"error": "boom"}, {}, None),
    ],
)
def test_request_id_comes_from_the_body_or_the_header(
    client: AnyClient,
    run: Runner,
    mock_api: MockApi,
    body: dict[str, Any] | None,
    headers: dict[str, str],
    expected: str | None,
) -> None:
    def answer(_r: httpx.Request) -> httpx.Response:
        if body is None:
            return httpx.Response(500, text="<html>oops</html>", headers=headers)
        return httpx.Response(500, json=body, headers=headers)

    mock_api.overrides[("GET", "/connections/{slug}")] = answer
    with pytest.raises(sdk.InternalServerError) as info:
        run(client.with_options(max_retries=0).get_connection(SLUG))
    assert info.value.request_id == expected
    if expected is None:
        assert "request_id" not in str(info.value)
    else:
        assert str(info.value).endswith(f"[request_id: {expected}]")


def test_conflict_lists_available_versions(
    client: AnyClient, run: Runner, mock_api: MockApi
) -> None:
    mock_api.overrides[("POST", "/connections/{slug}/actions/{action}/execute")] = lambda _r: (
        httpx.Response(409, json={"error": "version_mismatch", "available_versions": ["1", "2"]})
    )
    with pytest.raises(sdk.ConflictError) as info:
        run(client.execute_action(SLUG, "a", version="9"))
    assert info.value.available_versions == ["1", "2"]
    assert "available versions: 1, 2" in str(info.value)


def test_non_json_error_page(client: AnyClient, run: Runner, mock_api: MockApi) -> None:
    page = "<html><body>Bad gateway</body></html>"
    mock_api.overrides[("POST", "/connections/{slug}/http/get")] = lambda _r: httpx.Response(
        502, text=page
    )
    with pytest.raises(sdk.InternalServerError) as info:
        run(client.execute_http_get(SLUG, {"path": "/"}))
    assert info.value.body == page
    assert info.value.error is None
    assert info.value.status_code == 502
    assert len(mock_api.requests) == 1  # a POST that got a 502 is not re-sent


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"<html>ok</html>", "not JSON"),
        (b"[1, 2]", "not an object"),
        (b'"text"', "not an object"),
        (b'{"status": "queued"}', "does not fit the response model JobResult"),
    ],
)
def test_unusable_success_body_is_invalid_response(
    client: AnyClient, run: Runner, mock_api: MockApi, content: bytes, reason: str
) -> None:
    mock_api.overrides[("GET", "/jobs/{job_id}")] = lambda _r: httpx.Response(203, content=content)
    with pytest.raises(sdk.InvalidResponseError) as info:
        run(client.get_job_result("j"))
    assert info.value.status_code == 0  # as in 0.x
    assert info.value.http_status == 203
    assert info.value.body == content.decode()
    assert reason in str(info.value)
    assert isinstance(info.value, sdk.ConnectionsApiError)  # what 0.x code catches
    # its own branch: not an error of an HTTP status
    assert not isinstance(info.value, sdk.ConnectionsStatusError)


def test_empty_success_body_means_empty_object(
    client: AnyClient, run: Runner, mock_api: MockApi
) -> None:
    mock_api.overrides[("POST", "/connections/{slug}/authorize")] = lambda _r: httpx.Response(
        200, content=b""
    )
    result = run(client.authorize_connection(SLUG))
    assert isinstance(result, m.AuthorizeResult)
    assert result.to_dict() == {}


@pytest.mark.parametrize("answer", [{}, {"url": ""}])
def test_authorize_without_url_is_invalid_response(
    client: AnyClient, run: Runner, mock_api: MockApi, answer: dict[str, str]
) -> None:
    mock_api.overrides[("POST", "/connections/{slug}/connect/authorize-url")] = lambda _r: (
        httpx.Response(200, json=answer)
    )
    with pytest.raises(sdk.InvalidResponseError, match="AuthorizeUrlResult") as info:
        run(client.authorize(SLUG))
    assert info.value.http_status == 200
    assert info.value.response is not None


def test_authorize_refuses_org_wide_and_for_all_users_that_disagree(
    client: AnyClient, run: Runner, mock_api: MockApi
) -> None:
    with pytest.raises(ValueError, match="same field"):
        run(client.authorize(SLUG, org_wide=True, for_all_users=False))
    with pytest.raises(ValueError, match="same field"):
        run(client.connection(SLUG).authorize_url(org_wide=False, for_all_users=True))
    assert mock_api.requests == []


@pytest.mark.parametrize(
    ("exc", "cls"),
    [
        (httpx.ConnectError("refused"), sdk.ConnectionsConnectionError),
        (httpx.ReadTimeout("slow"), sdk.ConnectionsTimeoutError),
        (httpx.ConnectTimeout("slow"), sdk.ConnectionsTimeoutError),
        (httpx.RemoteProtocolError("dropped"), sdk.ConnectionsConnectionError),
    ],
)
def test_transport_failures_are_connection_errors_with_cause(
    client: AnyClient, run: Runner, mock_api: MockApi, exc: Exception, cls: type[Exception]
) -> None:
    def fail(_r: httpx.Request) -> httpx.Response:
        raise exc

    mock_api.overrides[("GET", "/connections/{slug}")] = fail
    with pytest.raises(cls) as info:
        run(client.get_connection(SLUG))
    assert not isinstance(info.value, sdk.ConnectionsApiError)
    assert info.value.__cause__ is exc
    assert f"GET /connections/{SLUG}" in str(info.value)


def test_a_hand_made_api_error_has_no_request_id() -> None:
    error = sdk.ConnectionsApiError("GET /x -> HTTP 500: boom", status_code=500, body="")
    assert error.request_id is None


# -- lifecycle ------------------------------------------------------------------------------


def test_callers_http_client_is_never_closed(mock_api: MockApi) -> None:
    http = httpx.Client(transport=httpx.MockTransport(mock_api.handler))
    with ConnectionsClient(BASE, "t", http_client=http) as client:
        client.get_job_result("j")
    assert not http.is_closed
    ConnectionsClient.from_config(ConnectionsClientConfig(base_url=BASE), http_client=http).close()
    assert not http.is_closed


def test_own_http_client_is_closed_by_close_and_context_manager() -> None:
    client = ConnectionsClient(BASE, "t")
    client.close()
    assert client._send_loop.http.is_closed
    with ConnectionsClient(BASE, "t") as other:
        pass
    assert other._send_loop.http.is_closed


def test_async_client_lifecycle(mock_api: MockApi) -> None:
    import asyncio

    async def main() -> tuple[bool, bool]:
        http = httpx.AsyncClient(transport=httpx.MockTransport(mock_api.handler))
        async with AsyncConnectionsClient(BASE, "t", http_client=http) as client:
            await client.get_job_result("j")
        own = AsyncConnectionsClient(BASE, "t")
        async with own:
            pass
        return http.is_closed, own._send_loop.http.is_closed

    assert asyncio.run(main()) == (False, True)


def test_0x_walkthrough_runs_unchanged(
    mock_api: MockApi, capsys: pytest.CaptureFixture[str]
) -> None:
    script = Path(__file__).parent / "data" / "walkthrough_0x.py"
    with respx.mock(base_url="https://your-host", assert_all_called=False) as router:
        router.route().mock(side_effect=mock_api.handler)
        runpy.run_path(str(script), run_name="__main__")
    out = capsys.readouterr().out.splitlines()
    assert out[1] == "ServiceNow"  # get_connection(...).get("connection").get("display_name")
    paths = [wire(r)[1] for r in mock_api.requests]
    assert paths == [
        "/api/v1/connections",
        "/api/v1/connections/servicenow-connection",
        "/api/v1/connections/servicenow-connection/actions",
        "/api/v1/connections/servicenow-connection/actions/add-comment-in-servicenow-task/inputs",
        "/api/v1/connections/servicenow-connection/actions/add-comment-in-servicenow-task/execute",
    ]
    assert wire(mock_api.requests[-1])[3] == {
        "input": {"parentId": "1234567890", "body": "This is a test comment"}
    }
    assert mock_api.requests[0].headers["x-service-token"] == "your-service-token"


def test_callers_client_defaults_cookies_and_params_are_kept(mock_api: MockApi) -> None:
    http = httpx.Client(
        transport=httpx.MockTransport(mock_api.handler),
        headers={"User-Agent": "my-app/1.0", "X-Team": "ops"},
        cookies={"JSESSIONID": "jar-cookie"},
    )
    client = ConnectionsClient(BASE, "tok", http_client=http)
    client.get_connection(SLUG)
    sent = mock_api.last.headers
    assert sent["user-agent"] == "my-app/1.0"
    assert sent["x-team"] == "ops"
    assert sent["x-service-token"] == "tok"
    assert sent["accept"] == "application/json"
    assert "JSESSIONID=jar-cookie" in sent["cookie"]
    http.cookies.clear()
    client.get_connection(SLUG)
    assert "cookie" not in mock_api.last.headers


def test_callers_client_default_params_merge_with_the_call_query(mock_api: MockApi) -> None:
    http = httpx.Client(
        transport=httpx.MockTransport(mock_api.handler), params={"tenant": "a b", "page": "9"}
    )
    client = ConnectionsClient(BASE, "tok", http_client=http)
    for _ in range(2):  # the second call must not reuse a URL without the client's params
        client.list_connections(page=2, per_page=10)
        # the client's params first, one the call also sets replaced; 0.x encoding throughout
        assert mock_api.last.url.raw_path == b"/api/v1/connections?tenant=a%20b&page=2&perPage=10"
        assert mock_api.last.url.params["tenant"] == "a b"
    http.params = httpx.QueryParams()  # without default params: the plain (cached) path
    client.list_connections(page=2, per_page=10)
    assert str(mock_api.last.url) == BASE + "/api/v1/connections?page=2&perPage=10"


def test_large_free_form_result_parses_the_same_as_a_small_one(
    client: AnyClient, run: Runner, mock_api: MockApi
) -> None:
    rows = [{"id": i, "name": f"row {i}", "nested": {"v": [i, None, True]}} for i in range(5000)]
    body = {"job_id": "j", "status": "succeeded", "result": {"rows": rows}, "extra": {"k": 1}}
    raw = json.dumps(body).encode()
    assert len(raw) > 64 * 1024  # the large-body path
    mock_api.overrides[("GET", "/jobs/{job_id}")] = lambda _r: httpx.Response(200, content=raw)
    job = run(client.get_job_result("j"))
    assert job.to_dict() == body
    assert job.result["rows"][4999] == rows[4999]
    broken = raw[: len(raw) // 2]
    mock_api.overrides[("GET", "/jobs/{job_id}")] = lambda _r: httpx.Response(200, content=broken)
    with pytest.raises(sdk.InvalidResponseError, match="not JSON"):
        run(client.get_job_result("j"))
    mock_api.overrides[("GET", "/jobs/{job_id}")] = lambda _r: httpx.Response(200, content=b"  ")
    with pytest.raises(sdk.InvalidResponseError, match="does not fit"):
        run(client.get_job_result("j"))  # an empty body is {}, and {} has no job_id


def test_user_agent_names_the_sdk_python_and_httpx(mock_api: MockApi) -> None:
    import platform
    from importlib import metadata

    http = httpx.Client(transport=httpx.MockTransport(mock_api.handler))
    ConnectionsClient(BASE, "tok", http_client=http).get_connection(SLUG)
    agent = mock_api.last.headers["user-agent"]
    python = ".".join(platform.python_version_tuple()[:2])
    version = metadata.version("facilio-connections-sdk")
    assert agent == f"facilio-connections-sdk/{version} python/{python} httpx/{httpx.__version__}"
    assert sdk.__version__ == version


def test_a_callers_user_agent_wins(mock_api: MockApi) -> None:
    http = httpx.Client(transport=httpx.MockTransport(mock_api.handler))
    mine = {"User-Agent": "acme-sync/2.0"}
    ConnectionsClient(BASE, "tok", extra_headers=mine, http_client=http).get_connection(SLUG)
    assert mock_api.last.headers["user-agent"] == "acme-sync/2.0"
    own = httpx.Client(
        transport=httpx.MockTransport(mock_api.handler), headers={"User-Agent": "acme-own/1"}
    )
    ConnectionsClient(BASE, "tok", http_client=own).get_connection(SLUG)
    assert mock_api.last.headers["user-agent"] == "acme-own/1"


def test_a_queued_run_is_a_queued_execution_with_its_job_id(
    client: AnyClient, run: Runner, mock_api: MockApi
) -> None:
    queued = {"status": "queued", "job_id": "job_9"}
    mock_api.overrides[("POST", "/connections/{slug}/sql/select")] = lambda _r: httpx.Response(
        200, json=queued
    )
    mock_api.overrides[("POST", "/connections/{slug}/actions/{action}/execute")] = lambda _r: (
        httpx.Response(200, json=queued)
    )
    for result in (
        run(client.execute_sql_select(SLUG, {"table": "t"}, async_=True)),
        run(client.connection(SLUG).sql().select({"table": "t"}, async_=True)),
        run(client.execute_action(SLUG, "a", async_=True)),
        run(client.connection(SLUG).actions().execute("a", async_=True)),
    ):
        assert isinstance(result, m.QueuedExecution)
        assert isinstance(result, m.ExecutionResult)  # code written for 0.x keeps working
        assert result.job_id == "job_9"
        assert result.to_dict() == queued
    waited = run(client.execute_sql_select(SLUG, {"table": "t"}))
    assert type(waited) is m.SqlExecutionResult  # a run waited for: the family's result


@pytest.mark.parametrize(
    "executor",
    ["execute_sql_query", "execute_sql_select", "execute_sql_execute", "execute_sql_insert"],
)
def test_sql_results_read_typed_through_sql(
    client: AnyClient, run: Runner, mock_api: MockApi, executor: str
) -> None:
    answer = {
        "status": "success",
        "result": {"rows": [{"id": 1}], "row_count": 1, "columns": ["id"], "last_row_id": 9},
    }
    mock_api.overrides[("POST", "/connections/{slug}/sql/" + executor.rsplit("_", 1)[1])] = (
        lambda _r: httpx.Response(200, json=answer)
    )
    body = {"query": "q"} if executor == "execute_sql_query" else {"table": "t", "rows": []}
    if executor == "execute_sql_execute":
        body = {"statement": "s"}
    if executor == "execute_sql_select":
        body = {"table": "t"}
    result = run(getattr(client, executor)(SLUG, body))
    assert isinstance(result, m.SqlExecutionResult)
    assert result.sql.rows == [{"id": 1}]
    assert result.sql.row_count == 1
    assert result.sql.columns == ["id"]
    assert result.sql.get("last_row_id") == 9  # unknown keys kept
    assert result.to_dict() == answer


@pytest.mark.parametrize("raw", ["not rows", [1, 2], {"rows": "nope"}, {"row_count": "x"}])
def test_a_sql_result_of_another_shape_is_kept_and_the_view_says_why(
    client: AnyClient, run: Runner, mock_api: MockApi, raw: Any
) -> None:
    answer = {"status": "success", "result": raw}
    mock_api.overrides[("POST", "/connections/{slug}/sql/query")] = lambda _r: httpx.Response(
        200, json=answer
    )
    result = run(client.execute_sql_query(SLUG, {"query": "q"}))  # not an error by itself
    assert result.result == raw
    assert result.to_dict() == answer
    with pytest.raises(ValueError, match="not a SqlResult"):
        result.sql  # noqa: B018 - reading the view is what raises


def test_an_empty_sql_result_reads_as_no_rows(
    client: AnyClient, run: Runner, mock_api: MockApi
) -> None:
    mock_api.overrides[("POST", "/connections/{slug}/sql/delete")] = lambda _r: httpx.Response(
        200, json={"status": "success"}
    )
    result = run(client.execute_sql_delete(SLUG, {"table": "t"}))
    assert result.sql.rows == []
    assert result.sql.row_count is None


def test_a_queued_answer_without_a_job_id_is_an_invalid_response(
    client: AnyClient, run: Runner, mock_api: MockApi
) -> None:
    mock_api.overrides[("POST", "/connections/{slug}/http/get")] = lambda _r: httpx.Response(
        200, json={"status": "queued"}
    )
    with pytest.raises(sdk.InvalidResponseError, match="QueuedExecution"):
        run(client.execute_http_get(SLUG, {"path": "/x"}, async_=True))
    # without async_ the same answer is a plain result
    assert run(client.execute_http_get(SLUG, {"path": "/x"})).job_id is None


def test_a_file_result_of_another_shape_is_kept_and_the_view_says_why(
    client: AnyClient, run: Runner, mock_api: MockApi
) -> None:
    answer = {"status": "success", "result": {"path": "/a"}}  # no content
    mock_api.overrides[("POST", "/connections/{slug}/file/readFile")] = lambda _r: httpx.Response(
        200, json=answer
    )
    result = run(client.execute_file_read_file(SLUG, {"path": "/a"}))
    assert isinstance(result, m.FileReadExecutionResult)
    assert result.to_dict() == answer
    with pytest.raises(ValueError, match=r"not a FileContent \(content: Field required\)"):
        result.file  # noqa: B018 - reading the view is what raises


# -- testing.skip_waits -------------------------------------------------------------------------


def test_skip_waits_records_the_retry_waits_instead_of_waiting(
    client: AnyClient, run: Runner, mock_api: MockApi
) -> None:
    detail = {"connection": {"id": 1, "slug": SLUG, "display_name": "S"}}
    answers = iter(
        [httpx.Response(503, headers={"Retry-After": "60"}), httpx.Response(200, json=detail)]
    )

    def busy_once(_request: httpx.Request) -> httpx.Response:
        return next(answers)

    mock_api.overrides[("GET", "/connections/{slug}")] = busy_once
    waits = skip_waits(client)
    copy = client.with_options(max_retries=1)  # a copy made afterwards skips into the same list
    assert isinstance(run(copy.get_connection(SLUG)), m.ConnectionDetail)
    assert waits == [60.0]  # a real wait of a minute would have held the test


def test_skip_waits_moves_the_clock_so_a_job_wait_still_times_out(
    client: AnyClient, run: Runner, mock_api: MockApi
) -> None:
    polls: list[str] = []

    def running(request: httpx.Request) -> httpx.Response:
        polls.append(request.url.path)
        return httpx.Response(200, json={"job_id": "j1", "status": "running"})

    mock_api.overrides[("GET", "/jobs/{job_id}")] = running
    waits = skip_waits(client)
    with pytest.raises(sdk.ConnectionsTimeoutError, match="still running after 30 s"):
        run(client.wait_for_job("j1", timeout=30, poll_interval=2))
    assert 29 < sum(waits) <= 30.5  # the real wait's schedule, skipped
    assert waits[:3] == [2.0, 3.0, 4.5]  # the interval grows by half
    assert len(polls) == len(waits) + 1
