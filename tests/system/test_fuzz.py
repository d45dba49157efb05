"""A fuzz of status x headers x body through the real send loop (sync and async; sync also
through ``httpx.Client.send``, the path a caller's client with hooks or auth takes).

Whatever the server answers, a call ends in a model (2xx only) or a ``ConnectionsError``,
never a raw exception, and the client still answers the next call.
"""

from __future__ import annotations

import asyncio
import gzip
import zlib
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import facilio_connections_sdk as sdk
from facilio_connections_sdk import AsyncConnectionsClient, ConnectionsClient, models
from facilio_connections_sdk.testing import skip_waits

# hypothesis runs of hundreds of hostile answers: run with --all (CI does)
pytestmark = pytest.mark.slow

BASE = "https://tenant.example.com"
GOOD = b'{"connection": {"id": 1, "slug": "s", "display_name": "S"}, "accounts": []}'

_json_bodies = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=6), children, max_size=3)
    ),
    max_leaves=8,
).map(lambda value: repr(value).replace("'", '"').replace("None", "null").encode())
_bodies = st.one_of(
    st.binary(max_size=64),
    _json_bodies,
    st.just(GOOD),
    st.just(b'{"error": "e", "message": "m", "available_versions": [1, {}]}'),
    st.integers(1, 5000).map(lambda n: b"[" * n + b"]" * n),
    st.integers(1, 5000).map(lambda n: b'{"a":' * n + b"1" + b"}" * n),
)

# hypothesis runs of hundreds of hostile answers: run with --all (CI does)
pytestmark = pytest.mark.slow
_header_values = st.one_of(
    st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=24),
    st.sampled_from(
        [
            "application/json; charset=utf-16",
            "application/json; charset=rot13",
            "text/plain; charset=undefined",
            "Wed, 21 Oct 99999999999 07:28:00 GMT",
            "1e999",
            "nan",
            "-1",
            "gzip",
            "deflate",
            "br",
            "gzip, gzip",
            "/api/v1/connections/x",
            "http://evil.example/x",
            "//evil.example/x",
            "http://[::1",
        ]
    ),
)
_headers = st.lists(
    st.tuples(
        st.sampled_from(
            ["content-type", "content-encoding", "retry-after", "location", "content-length"]
        ),
        _header_values,
    ),
    max_size=4,
)
_status = st.one_of(st.integers(100, 599), st.sampled_from([200, 204, 301, 302, 307, 429, 503]))


def _encode(body: bytes, headers: list[tuple[str, str]], compress: int) -> bytes:
    coding = next((v for k, v in headers if k == "content-encoding"), "")
    if compress and coding == "gzip":
        return gzip.compress(body)
    if compress and coding == "deflate":
        return zlib.compress(body)
    return body


def _response(status: int, headers: list[tuple[str, str]], body: bytes) -> httpx.Response:
    # a stream, not content=: the body reaches the SDK undecoded, as from a socket
    return httpx.Response(status, headers=headers, stream=httpx.ByteStream(body))


class Script:
    """Answers every request (retries included) with ``answer``; a good one when it is None."""

    def __init__(self) -> None:
        self.answer: tuple[int, list[tuple[str, str]], bytes] | None = None

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if self.answer is None:
            return httpx.Response(200, headers={"content-type": "application/json"}, content=GOOD)
        return _response(*self.answer)


def _check(outcome: Any) -> None:
    assert isinstance(outcome, models.ConnectionDetail | sdk.ConnectionsError), repr(outcome)


def _sync_client(script: Script, **http_options: Any) -> ConnectionsClient:
    http = httpx.Client(transport=httpx.MockTransport(script), **http_options)
    client = ConnectionsClient(BASE, "tok", http_client=http)
    skip_waits(client)
    return client


_SYNC_SCRIPT = Script()
_SYNC = _sync_client(_SYNC_SCRIPT)
# a client with an event hook: its requests go through httpx.Client.send, not the transport
_HOOKED_SCRIPT = Script()
_HOOKED = _sync_client(_HOOKED_SCRIPT, event_hooks={"response": [lambda _r: None]})


def _fuzz(examples: int) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Deterministic runs of ``examples`` answers (status x headers x body x compression)."""
    run = settings(
        max_examples=examples,
        derandomize=True,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow],
    )
    answers = given(status=_status, headers=_headers, body=_bodies, compress=st.integers(0, 1))

    def wrap(test: Callable[..., None]) -> Callable[..., None]:
        wrapped: Callable[..., None] = run(answers(test))
        return wrapped

    return wrap


def _one_answer(
    client: ConnectionsClient,
    script: Script,
    answer: tuple[int, list[tuple[str, str]], bytes],
) -> None:
    script.answer = answer
    try:
        outcome: Any = client.get_connection("s")
    except sdk.ConnectionsError as exc:
        outcome = exc
    _check(outcome)
    if isinstance(outcome, models.ConnectionDetail):
        assert 200 <= answer[0] < 300
    # the client still answers the next call
    script.answer = None
    again = client.get_connection("s")
    assert again.connection is not None
    assert again.connection.slug == "s"


@_fuzz(3000)
def test_sync_every_answer_is_a_model_or_a_connections_error(
    status: int, headers: list[tuple[str, str]], body: bytes, compress: int
) -> None:
    _one_answer(_SYNC, _SYNC_SCRIPT, (status, headers, _encode(body, headers, compress)))


@_fuzz(600)
def test_through_client_send_too(
    status: int, headers: list[tuple[str, str]], body: bytes, compress: int
) -> None:
    _one_answer(_HOOKED, _HOOKED_SCRIPT, (status, headers, _encode(body, headers, compress)))


@_fuzz(600)
def test_async_every_answer_is_a_model_or_a_connections_error(
    status: int, headers: list[tuple[str, str]], body: bytes, compress: int
) -> None:
    script = Script()

    async def run() -> None:
        async with AsyncConnectionsClient(
            BASE, "tok", http_client=httpx.AsyncClient(transport=httpx.MockTransport(script))
        ) as client:
            skip_waits(client)
            script.answer = (status, headers, _encode(body, headers, compress))
            try:
                outcome: Any = await client.get_connection("s")
            except sdk.ConnectionsError as exc:
                outcome = exc
            _check(outcome)
            if isinstance(outcome, models.ConnectionDetail):
                assert 200 <= status < 300
            script.answer = None
            again = await client.get_connection("s")
            assert again.connection is not None
            assert again.connection.slug == "s"

    asyncio.run(run())
