"""What goes through ``httpx.Client.send``: whenever anything patched, wrapped or subclassed
``send`` or what it calls (a tracer, a recorder, a caching client; set up before or after the
first call), every request does, so the tool sees it; so do requests of a client with auth,
event hooks, httpx's INFO log line or another default encoding. Otherwise the request goes to
the transport httpx would pick (the fast path). Either way auth, hooks, mounts, cookies and a
closed client work as httpx makes them work, sync and async.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from facilio_connections_sdk import AsyncConnectionsClient, ConnectionsClient, NotFoundError
from tests.support import BASE, MockApi, Runner

SLUG = "servicenow-connection"
Handler = Callable[[httpx.Request], httpx.Response]


def _http(kind: str, handler: Handler | None = None, **options: Any) -> Any:
    """A caller's httpx client of ``kind`` on a MockTransport (unless ``options`` say more)."""
    if handler is not None:
        options.setdefault("transport", httpx.MockTransport(handler))
    return httpx.Client(**options) if kind == "sync" else httpx.AsyncClient(**options)


def _sdk(kind: str, http: Any) -> Any:
    factory = ConnectionsClient if kind == "sync" else AsyncConnectionsClient
    return factory(BASE, "tok-secret", http_client=http, max_retries=0)


def _close(run: Runner, http: Any) -> None:
    run(http.aclose() if isinstance(http, httpx.AsyncClient) else http.close())


def _calls(client: Any, run: Runner) -> list[Any]:
    """A GET, a GET with a query, an execute (POST with a body) and a DELETE."""
    return [
        run(client.get_connection(SLUG)),
        run(client.list_connections(relay_id="r 1")),
        run(client.execute_http_get(SLUG, {"path": "/api/now/table/incident"})),
        run(client.unsubscribe("sub-1")),
    ]


def test_every_request_goes_through_client_send(kind: str, run: Runner, mock_api: MockApi) -> None:
    # what Sentry and vcrpy patch: no shortcut around it, whatever the caller's client
    http = _http(kind, mock_api.handler)
    real = http.send
    sent: list[str] = []

    def counting(request: httpx.Request, **kwargs: Any) -> Any:
        sent.append(request.method)
        return real(request, **kwargs)

    http.send = counting
    answers = _calls(_sdk(kind, http), run)
    assert [type(a).__name__ for a in answers] == [
        "ConnectionDetail",
        "ConnectionList",
        "ExecutionResult",
        "UnsubscribeResult",
    ]
    assert sent == ["GET", "GET", "POST", "DELETE"]
    _close(run, http)


def test_an_error_response_is_complete(kind: str, run: Runner) -> None:
    http = _http(kind, lambda _r: httpx.Response(404, json={"error": "not_found"}))
    with pytest.raises(NotFoundError) as caught:
        run(_sdk(kind, http).get_connection(SLUG))
    response = caught.value.response
    assert response is not None
    assert response.request.url.path == f"/api/v1/connections/{SLUG}"
    assert response.json() == {"error": "not_found"}
    _close(run, http)


def test_cookies_the_server_sets_are_kept_and_sent_back(kind: str, run: Runner) -> None:
    cookies: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        cookies.append(request.headers.get("cookie"))
        headers = {"set-cookie": "session=abc123; Path=/; Secure"} if len(cookies) == 1 else {}
        body = {"connection": {"id": 1, "slug": SLUG, "display_name": "S"}}
        return httpx.Response(200, json=body, headers=headers)

    http = _http(kind, handler)
    client = _sdk(kind, http)
    run(client.get_connection(SLUG))
    run(client.get_connection(SLUG))
    assert cookies == [None, "session=abc123"]
    assert http.cookies.get("session") == "abc123"
    _close(run, http)


def _ok(request: httpx.Request) -> httpx.Response:
    body = {"connection": {"id": 1, "slug": SLUG, "display_name": "S"}}
    return httpx.Response(200, json=body, headers={"x-path": request.url.path})


def test_the_callers_auth_still_runs(kind: str, run: Runner) -> None:
    got: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        got.append(request.headers.get("authorization"))
        return _ok(request)

    http = _http(kind, handler, auth=httpx.BasicAuth("proxy-user", "proxy-pass"))
    run(_sdk(kind, http).get_connection(SLUG))
    assert got == [httpx.BasicAuth("proxy-user", "proxy-pass")._auth_header]
    _close(run, http)


def test_a_response_hook_still_runs(kind: str, run: Runner) -> None:
    statuses: list[int] = []

    def hook(response: httpx.Response) -> None:
        statuses.append(response.status_code)

    async def ahook(response: httpx.Response) -> None:
        hook(response)

    http = _http(kind, _ok, event_hooks={"response": [hook if kind == "sync" else ahook]})
    run(_sdk(kind, http).get_connection(SLUG))
    assert statuses == [200]
    _close(run, http)


def test_httpx_logs_its_line_when_its_logger_is_on(
    kind: str, run: Runner, caplog: pytest.LogCaptureFixture
) -> None:
    http = _http(kind, _ok)
    with caplog.at_level(logging.INFO, logger="httpx"):
        run(_sdk(kind, http).get_connection(SLUG))
    lines = [r.getMessage() for r in caplog.records if r.name == "httpx"]
    assert len(lines) == 1 and f"/api/v1/connections/{SLUG}" in lines[0]
    _close(run, http)


def test_mounts_pick_the_transport_by_url(kind: str, run: Runner) -> None:
    used: list[str] = []

    def named(name: str) -> httpx.MockTransport:
        def handler(request: httpx.Request) -> httpx.Response:
            used.append(name)
            return _ok(request)

        return httpx.MockTransport(handler)

    http = _http(kind, transport=named("default"), mounts={BASE: named("mounted")})
    run(_sdk(kind, http).get_connection(SLUG))
    assert used == ["mounted"]
    _close(run, http)


def test_a_default_encoding_of_the_callers_client_applies(kind: str, run: Runner) -> None:
    def handler(_request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, content="café".encode("latin-1"))

    http = _http(kind, handler, default_encoding="latin-1")
    with pytest.raises(NotFoundError) as caught:
        run(_sdk(kind, http).get_connection(SLUG))
    assert caught.value.response is not None
    assert caught.value.response.text == "café"
    _close(run, http)


def test_a_closed_client_says_so_as_httpx_does(kind: str, run: Runner) -> None:
    http = _http(kind, _ok)
    client = _sdk(kind, http)
    _close(run, http)
    with pytest.raises(RuntimeError, match="client has been closed"):
        run(client.get_connection(SLUG))


def test_a_send_patched_after_the_first_call_sees_the_next(
    kind: str, run: Runner, mock_api: MockApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    # as Sentry does when sentry_sdk.init runs after the client made its first call
    http = _http(kind, mock_api.handler)
    client = _sdk(kind, http)
    run(client.get_connection(SLUG))
    cls = type(http)
    real = cls.send
    sent: list[str] = []

    @functools.wraps(real)
    def patched(self: Any, request: httpx.Request, **kwargs: Any) -> Any:
        sent.append(request.method)
        return real(self, request, **kwargs)

    monkeypatch.setattr(cls, "send", patched)
    run(client.get_connection(SLUG))
    run(client.unsubscribe("sub-1"))
    assert sent == ["GET", "DELETE"]
    _close(run, http)


def test_a_send_marked_as_a_wrapper_is_called_even_when_its_code_is_httpx_s() -> None:
    """A patcher may rebuild ``send`` from httpx's own code and mark it ``__wrapped__``: the
    mark alone means "someone wraps this", so the SDK calls ``Client.send`` (no direct path)."""
    import types

    from facilio_connections_sdk._httpx_shortcut import direct_transport

    original = httpx.Client.send
    copy = types.FunctionType(
        original.__code__, original.__globals__, "send", original.__defaults__, None
    )
    copy.__kwdefaults__ = original.__kwdefaults__
    copy.__wrapped__ = original  # type: ignore[attr-defined]

    class Patched(httpx.Client):
        send = copy

    url = httpx.URL("https://h.test/api/v1/connections")
    with httpx.Client() as plain, Patched() as patched:
        assert direct_transport(plain, url) is not None  # the control: the direct path
        assert direct_transport(patched, url) is None


def test_the_send_chain_verdict_is_cached_per_class_and_renewed_when_a_method_changes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The check runs once per client class; a method patched later makes it run again."""
    from facilio_connections_sdk import _httpx_shortcut

    class Fresh(httpx.Client):
        pass

    url = httpx.URL("https://h.test/api/v1/connections")
    looked: list[object] = []
    real = _httpx_shortcut._is_httpx_code

    def spy(function: object) -> bool:
        looked.append(function)
        return real(function)

    monkeypatch.setattr(_httpx_shortcut, "_is_httpx_code", spy)
    with Fresh() as http:
        assert _httpx_shortcut.direct_transport(http, url) is not None
        first = len(looked)
        assert first == 4  # the four methods of the chain, once
        assert _httpx_shortcut.direct_transport(http, url) is not None
        assert len(looked) == first  # cached
        for name in ("send", "_send_handling_auth", "_send_handling_redirects"):
            original = getattr(httpx.Client, name)
            monkeypatch.setattr(Fresh, name, functools.wraps(original)(lambda *a, **k: None))
            assert _httpx_shortcut.direct_transport(http, url) is None  # looked at again
            monkeypatch.setattr(Fresh, name, original)
            assert _httpx_shortcut.direct_transport(http, url) is not None
        original = httpx.Client._send_single_request
        monkeypatch.setattr(Fresh, "_send_single_request", lambda *a, **k: None)
        assert _httpx_shortcut.direct_transport(http, url) is None
