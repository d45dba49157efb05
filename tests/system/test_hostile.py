"""A hostile or broken server: redirects, malformed answers, huge and slow bodies.

Every client kind (sync, async on httpx, async on aiohttp) talks to real loopback servers.
"""

from __future__ import annotations

import asyncio
import gzip
import threading
import tracemalloc
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Literal

import httpx
import pytest

import facilio_connections_sdk as sdk
from facilio_connections_sdk import AsyncConnectionsClient, ConnectionsClient
from tests.servers import (
    Answer,
    HttpServer,
    RawServer,
    Seen,
    http_server,
    loopback_alias_available,
)
from tests.support import MOCK_DETAIL, close_loop, mock_client, mock_ok

SLUG = "servicenow-connection"
DETAIL = (
    b'{"connection": {"id": 1, "slug": "servicenow-connection", "display_name": "S"}, '
    b'"accounts": []}'
)
JSON = [("Content-Type", "application/json")]
KINDS = ["sync", "async", "aiohttp"]


class Client:
    """One client kind behind a sync facade: ``call(name, *args)`` runs the method."""

    def __init__(self, kind: str, base_url: str, **config: Any) -> None:
        self.kind = kind
        cfg = sdk.ConnectionsClientConfig(
            base_url=base_url, service_token="tok-SECRET-1234", max_retries=0, **config
        )
        self.loop = asyncio.new_event_loop() if kind != "sync" else None
        if kind == "sync":
            self.client: Any = ConnectionsClient.from_config(cfg)
        else:
            backend: Literal["httpx", "aiohttp"] = "aiohttp" if kind == "aiohttp" else "httpx"
            self.client = AsyncConnectionsClient.from_config(cfg, http_backend=backend)

    def call(self, name: str, *args: Any, **kwargs: Any) -> Any:
        result = getattr(self.client, name)(*args, **kwargs)
        if self.loop is None:
            return result
        return self.loop.run_until_complete(result)

    def close(self) -> None:
        if self.loop is None:
            self.client.close()
        else:
            self.loop.run_until_complete(self.client.aclose())
            close_loop(self.loop)


@pytest.fixture(params=KINDS)
def kind(request: pytest.FixtureRequest) -> str:
    value: str = request.param
    return value


@contextmanager
def _client(kind: str, base_url: str, **config: Any) -> Iterator[Client]:
    client = Client(kind, base_url, **config)
    try:
        yield client
    finally:
        client.close()


def _get(client: Client) -> Any:
    return client.call("get_connection", SLUG)


def _execute(client: Client) -> Any:
    return client.call("execute_action", SLUG, "a", {"input": {"x": 1}})


# ---- redirects ---------------------------------------------------------------------------


@pytest.fixture
def other_origin() -> Iterator[HttpServer]:
    """The server a hostile redirect points at: must never receive anything."""
    host = "127.0.0.2" if loopback_alias_available() else "127.0.0.1"
    with http_server(lambda _s: Answer(200, JSON, DETAIL), host) as server:
        yield server


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
@pytest.mark.parametrize("call", [_get, _execute], ids=["GET", "execute"])
def test_cross_origin_redirect_sends_nothing_to_the_other_origin(
    kind: str, status: int, call: Any, other_origin: HttpServer
) -> None:
    target = other_origin.base_url + "/api/v1/connections/servicenow-connection"
    with http_server(lambda _s: Answer(status, [("Location", target)], b"")) as origin:
        with _client(kind, origin.base_url) as client:
            with pytest.raises(sdk.RedirectError) as info:
                call(client)
    assert other_origin.seen == []
    assert len(origin.seen) == 1
    assert info.value.status_code == status
    assert info.value.location == target
    assert "tok-SECRET-1234" not in str(info.value)


def test_same_host_other_port_is_another_origin(kind: str, other_origin: HttpServer) -> None:
    with http_server(lambda _s: Answer(200, JSON, DETAIL)) as second:
        target = second.base_url + "/api/v1/connections/x"
        with http_server(lambda _s: Answer(302, [("Location", target)], b"")) as origin:
            with _client(kind, origin.base_url) as client:
                with pytest.raises(sdk.RedirectError, match="another origin"):
                    _get(client)
        assert second.seen == []


def test_same_origin_get_redirect_keeps_every_header(kind: str) -> None:
    def route(seen: Seen) -> Answer:
        if seen.path.endswith("/old"):
            return Answer(307, [("Location", "/api/v1/connections/new")], b"")
        return Answer(200, JSON, DETAIL)

    headers = {"Cookie": "session=abc", "X-Custom": "kept"}
    with (
        http_server(route) as origin,
        _client(
            kind, origin.base_url, extra_headers=headers, org_id=7, csrf_token="csrf-1"
        ) as client,
    ):
        detail = client.call("get_connection", "old")
        assert detail.connection.slug == SLUG
    first, second = origin.seen
    assert second.path == "/api/v1/connections/new"
    for name in ("X-Service-Token", "Cookie", "X-Custom", "X-Org-Id", "X-CSRF-Token"):
        assert second.headers.get(name.lower()) == first.headers.get(name.lower()), name
        assert second.headers.get(name.lower())


def test_the_callers_cookie_jar_is_sent_on_a_followed_redirect() -> None:
    def route(seen: Seen) -> Answer:
        if seen.path.endswith("/old"):
            return Answer(307, [("Location", "/api/v1/connections/new")], b"")
        return Answer(200, JSON, DETAIL)

    with http_server(route) as origin:
        http = httpx.Client(cookies={"jar": "from-the-caller"})
        with ConnectionsClient(origin.base_url, "t", http_client=http) as client:
            assert client.get_connection("old").connection.slug == SLUG
        http.close()
    first, second = origin.seen
    assert second.path == "/api/v1/connections/new"
    assert first.headers.get("cookie") == second.headers.get("cookie") == "jar=from-the-caller"


@pytest.mark.parametrize("status", [302, 307, 308])
def test_same_origin_redirect_of_a_post_is_not_followed(kind: str, status: int) -> None:
    def route(seen: Seen) -> Answer:
        if seen.method == "POST":
            return Answer(status, [("Location", "/api/v1/elsewhere")], b"")
        return Answer(200, JSON, b'{"status": "success"}')

    with http_server(route) as origin, _client(kind, origin.base_url) as client:
        with pytest.raises(sdk.RedirectError, match="never re-sent"):
            _execute(client)
    assert [s.method for s in origin.seen] == ["POST"]


def test_redirect_loops_stop_after_five_hops(kind: str) -> None:
    with http_server(lambda s: Answer(302, [("Location", s.path + "x")], b"")) as origin:
        with _client(kind, origin.base_url) as client:
            with pytest.raises(sdk.RedirectError, match="more than 5 redirects"):
                _get(client)
    assert len(origin.seen) == 6


def test_redirect_without_location_and_scheme_change_are_errors(kind: str) -> None:
    with (
        http_server(lambda _s: Answer(302, [], b"")) as origin,
        _client(kind, origin.base_url) as client,
    ):
        with pytest.raises(sdk.RedirectError, match="without a Location") as info:
            _get(client)
        assert info.value.location is None
    moved = "https://127.0.0.1:{port}/api/v1/connections/x"
    with http_server(lambda _s: Answer(301, [("Location", moved.format(port=1))], b"")) as o:
        with _client(kind, o.base_url) as client:
            with pytest.raises(sdk.RedirectError, match="moved to https://"):
                _get(client)


def test_a_caller_client_that_follows_redirects_is_overruled(other_origin: HttpServer) -> None:
    import httpx

    target = other_origin.base_url + "/api/v1/connections/x"
    with http_server(lambda _s: Answer(302, [("Location", target)], b"")) as origin:
        http = httpx.Client(follow_redirects=True)
        with (
            ConnectionsClient(origin.base_url, "tok", http_client=http) as client,
            pytest.raises(sdk.RedirectError),
        ):
            client.get_connection(SLUG)
        http.close()
    assert other_origin.seen == []


# ---- wire-level malformations --------------------------------------------------------------

_MALFORMED = {
    "bad status line": b"HTTP/1.1 2OO OK\r\nContent-Length: 2\r\n\r\n{}",
    "not HTTP": b"SSH-2.0-OpenSSH_9.6\r\n\r\n",
    "conflicting Content-Length": (
        b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 5\r\n\r\n{}"
    ),
    "bad chunk size": (
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n"
    ),
    "huge headers": b"HTTP/1.1 200 OK\r\nX-Big: " + b"a" * 200_000 + b"\r\n\r\n{}",
    "short body": b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{}",
    "bad gzip": (b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 4\r\n\r\nnope"),
}


@pytest.mark.parametrize("name", sorted(_MALFORMED))
def test_malformed_wire_answers_are_connections_errors(kind: str, name: str) -> None:
    server = RawServer(_MALFORMED[name])
    try:
        with _client(kind, server.base_url) as client:
            with pytest.raises(sdk.ConnectionsError):
                _get(client)
            # the client still answers the next call
            server.reply = b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % len(DETAIL) + DETAIL
            assert _get(client).connection.slug == SLUG
    finally:
        server.close()


@pytest.mark.parametrize(
    ("coding", "shown"),
    [
        ("br", "br"),
        ("compress", "compress"),
        ("deflate, gzip", "deflate, gzip"),
        ("gzip, gzip", "gzip, gzip"),
        ("x" * 40 + "-the-rest-never-shown", "x" * 40),  # a long header is cut
    ],
)
def test_a_content_encoding_it_does_not_decode_is_named_in_the_error(
    kind: str, coding: str, shown: str
) -> None:
    # the JSON deflated then gzipped: what "deflate, gzip" would be, bait for a wrong decoder
    body = gzip.compress(zlib.compress(DETAIL))
    headers = [*JSON, ("Content-Encoding", coding)]
    with http_server(lambda _s: Answer(200, headers, body)) as origin:
        with _client(kind, origin.base_url) as client:
            with pytest.raises(sdk.InvalidResponseError) as caught:
                _get(client)
    assert f"the Content-Encoding {shown!r} is not supported" in str(caught.value)


@pytest.mark.parametrize("coding", ["identity", " Identity ", "identity, "])
def test_an_identity_content_encoding_is_read_as_it_is(kind: str, coding: str) -> None:
    headers = [*JSON, ("Content-Encoding", coding)]
    with http_server(lambda _s: Answer(200, headers, DETAIL)) as origin:
        with _client(kind, origin.base_url) as client:
            assert _get(client).connection.slug == SLUG


# ---- size limits and memory ------------------------------------------------------------------

LIMIT = 2 * 1024 * 1024


def _zeros(total: int, chunk: int = 1 << 16) -> Iterator[bytes]:
    sent = 0
    while sent < total:
        yield b"0" * min(chunk, total - sent)
        sent += chunk


def _peak_growth(run: Any) -> int:
    run()  # once untraced: one-time costs (imports, the first connection) are not the body's
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        run()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return peak - base


def test_gzip_bomb_stops_at_the_limit_with_bounded_memory(kind: str) -> None:
    bomb = gzip.compress(b"\0" * (200 * 1024 * 1024), compresslevel=9)
    assert len(bomb) < 300_000
    headers = [*JSON, ("Content-Encoding", "gzip")]
    with http_server(lambda _s: Answer(200, headers, bomb)) as origin:
        with _client(kind, origin.base_url, max_response_bytes=LIMIT) as client:

            def run() -> None:
                with pytest.raises(sdk.InvalidResponseError, match="max_response_bytes"):
                    _get(client)

            growth = _peak_growth(run)
    assert growth < 2 * LIMIT, f"peak growth {growth:,} bytes"


def test_a_200_mb_body_stops_at_the_limit_with_bounded_memory(kind: str) -> None:
    total = 200 * 1024 * 1024
    # no Content-Length: the body has to be read to find out, and reading stops at the limit
    with http_server(lambda _s: Answer(200, JSON, _zeros(total))) as origin:
        with _client(kind, origin.base_url, max_response_bytes=LIMIT) as client:

            def run() -> None:
                with pytest.raises(sdk.InvalidResponseError, match="max_response_bytes") as info:
                    _get(client)
                assert len(info.value.body) <= 64 * 1024

            growth = _peak_growth(run)
            # a declared Content-Length over the limit fails before reading anything
            declared = [*JSON, ("Content-Length", str(total))]
            origin.route = lambda _s, h=declared: Answer(200, h, _zeros(total))  # type: ignore[misc]
            with pytest.raises(sdk.InvalidResponseError, match="max_response_bytes"):
                _get(client)
    assert growth < 2 * LIMIT, f"peak growth {growth:,} bytes"


def test_error_bodies_are_kept_to_64_kib(kind: str) -> None:
    body = b'{"message": "' + b"x" * 500_000 + b'"}'
    with http_server(lambda _s: Answer(500, JSON, body)) as origin:
        with _client(kind, origin.base_url) as client:
            with pytest.raises(sdk.InternalServerError) as info:
                _get(client)
    assert len(info.value.body) == 64 * 1024
    assert info.value.body_truncated
    assert "cut" in str(info.value)


def test_no_limit_reads_a_body_over_the_default(kind: str) -> None:
    big = b'{"connection": {"id": 1, "slug": "s", "display_name": "' + b"d" * 3_000_000 + b'"}}'
    with http_server(lambda _s: Answer(200, JSON, big)) as origin:
        with _client(kind, origin.base_url, max_response_bytes=1_000_000) as client:
            with pytest.raises(sdk.InvalidResponseError):
                _get(client)
            client.client = client.client.with_options(max_response_bytes=None)
            assert len(_get(client).connection.display_name) == 3_000_000


# ---- time: one deadline per attempt -----------------------------------------------------------


def _trickle(done: threading.Event, head: bytes = b"") -> Iterator[bytes]:
    """One byte every 0.1 s for at most 20 s; ``done`` is set only if it all went out."""
    if head:
        yield head
    for _ in range(200):
        yield b" "
        threading.Event().wait(0.1)
    done.set()


def test_a_trickling_body_times_out_at_the_deadline(kind: str) -> None:
    done = threading.Event()
    with http_server(lambda _s: Answer(200, JSON, _trickle(done, b'{"connection": '))) as origin:
        with _client(kind, origin.base_url, timeout_seconds=0.5) as client:
            with pytest.raises(sdk.ConnectionsTimeoutError):
                _get(client)
    assert not done.is_set()  # the call ended long before the server finished trickling


def test_trickling_headers_time_out_at_the_deadline(kind: str) -> None:
    server = _HeaderTrickler(200)  # 20 s of headers
    try:
        with _client(kind, server.base_url, timeout_seconds=0.5) as client:
            with pytest.raises(sdk.ConnectionsTimeoutError):
                _get(client)
    finally:
        server.close()
    assert not server.done.is_set()


class _HeaderTrickler(RawServer):
    """Sends a status line, then ``count`` header lines 0.1 s apart, then an empty body."""

    def __init__(self, count: int) -> None:
        self.count = count
        self.done = threading.Event()
        super().__init__(b"")

    def _serve(self) -> None:
        conn, _ = self._sock.accept()
        with conn:
            conn.recv(65536)
            try:
                conn.sendall(b"HTTP/1.1 200 OK\r\n")
                for i in range(self.count):
                    conn.sendall(b"X-%d: y\r\n" % i)
                    threading.Event().wait(0.1)
                self.done.set()  # every header line went out (set before the end: no race)
                conn.sendall(b"Content-Length: 2\r\n\r\n{}")
            except OSError:
                return


def test_httpx_public_timeouts_do_not_bound_trickled_headers() -> None:
    # why the sync client keeps its deadline backend (a private httpx hook): with httpx's
    # public API alone, a 0.5 s timeout lets a server trickling its headers hold the call
    # for as long as it likes (each read is short); nothing public bounds the whole attempt
    server = _HeaderTrickler(12)  # 1.2 s of headers
    try:
        with httpx.Client(timeout=0.5) as plain:
            assert plain.get(server.base_url + "/").status_code == 200
    finally:
        server.close()
    assert server.done.is_set()


def test_a_callers_sync_client_is_bounded_by_timeout_seconds_headers_included() -> None:
    server = _HeaderTrickler(200)
    try:
        with (
            httpx.Client(timeout=5) as http,
            ConnectionsClient(server.base_url, "t", http_client=http, timeout_seconds=0.5) as c,
            pytest.raises(sdk.ConnectionsTimeoutError),
        ):
            c.get_connection("s")
    finally:
        server.close()
    assert not server.done.is_set()


# -- what is asked for, and what a hostile answer can put in an error ------------------------------


def test_the_client_asks_only_for_encodings_it_decodes_within_its_limit() -> None:
    client, sent, _ = mock_client(mock_ok)
    client.get_connection("crm")
    asked = {e.strip() for e in sent[0].headers["Accept-Encoding"].split(",")}
    assert asked == {"gzip", "deflate"}


def test_an_unusable_success_body_and_a_huge_request_id_are_capped_in_the_error() -> None:
    body = b"<html>" + b"x" * 1_000_000

    def hostile(_request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"X-Request-Id": "r" * 100_000})

    client, _, _ = mock_client(hostile)
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

    client, _, _ = mock_client(lambda _r: httpx.Response(status, content=body), max_retries=0)
    with pytest.raises(sdk.ConnectionsApiError) as caught:
        client.get_connection("crm")
    error = caught.value
    assert isinstance(error, sdk.InvalidResponseError if status == 200 else sdk.InternalServerError)
    assert error.body == body[: 64 * 1024].decode()
    assert error.body_truncated is bool(extra)
    assert ("cut to its first 64 KiB" in str(error)) is bool(extra)


# -- redirects: what is another origin -------------------------------------------------------------


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
        return httpx.Response(200, json=MOCK_DETAIL)

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
    client, sent, _ = mock_client(lambda _r: moved, max_retries=0)
    with pytest.raises(sdk.RedirectError, match=said):
        client.get_connection("crm")
    assert len(sent) == 1


def test_a_300_without_location_is_a_redirect_error() -> None:
    client, sent, _ = mock_client(lambda _r: httpx.Response(300, text="pick one"), max_retries=0)
    with pytest.raises(sdk.RedirectError, match="without a Location") as caught:
        client.get_connection("crm")
    assert caught.value.status_code == 300
    assert len(sent) == 1
