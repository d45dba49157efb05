"""Test helpers: a mock Connections server built from the spec, and a spec request validator.

The mock answers each operation with the ``example`` of its 200 response from
``openapi/connections-v1.yaml`` and checks every request against the spec with openapi-core,
so no test can pass while the client drifts from the contract.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import re
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict

from codegen.surface import Operation as SurfaceOperation
from facilio_connections_sdk import AsyncConnectionsClient, ConnectionsClient

BASE = "https://tenant.example.com"
# what the ``client`` fixture gives: the sync client, or the async one (each test runs with both;
# ``run(...)`` awaits what the async one returns)
AnyClient = ConnectionsClient | AsyncConnectionsClient


class _SpecRequest:
    """An ``httpx.Request`` seen through openapi-core's Request protocol."""

    def __init__(self, request: httpx.Request) -> None:
        self._request = request
        url = request.url
        self.host_url = f"{url.scheme}://{url.netloc.decode()}"
        self.path = url.raw_path.split(b"?", 1)[0].decode()
        self.method = request.method.lower()
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(list(url.params.multi_items())),
            header=Headers(dict(request.headers)),
            cookie=ImmutableMultiDict(),
        )
        self.content_type = request.headers.get("content-type", "")
        self.body: bytes | None = request.content or None


@dataclass
class Operation:
    method: str
    template: str
    pattern: re.Pattern[str]
    example: Any


def _operations(spec: dict[str, Any]) -> list[Operation]:
    ops = []
    for template, item in spec["paths"].items():
        regex = "^/api/v1" + re.sub(r"\{[^}]+\}", "[^/]+", template) + "$"
        for method, op in item.items():
            if method == "parameters":
                continue
            ok = op["responses"]["200"]
            if "$ref" in ok:
                ok = spec["components"]["responses"][ok["$ref"].rsplit("/", 1)[1]]
            media = ok["content"]["application/json"]
            # a run's named examples: first a queued one (valid for every run), then a finished
            # one; the mock answers a run waited for with the last
            example = (
                media["example"]
                if "example" in media
                else [named["value"] for named in media["examples"].values()][-1]
            )
            ops.append(Operation(method.upper(), template, re.compile(regex), example))
    return ops


@dataclass
class MockApi:
    """Answers every operation with its spec example; records and validates each request."""

    spec: dict[str, Any]
    openapi: OpenAPI
    requests: list[httpx.Request] = field(default_factory=list)
    # optional override: (method, template) -> response factory
    overrides: dict[tuple[str, str], Callable[[httpx.Request], httpx.Response]] = field(
        default_factory=dict
    )

    def __post_init__(self) -> None:
        self.ops = _operations(self.spec)

    def match(self, request: httpx.Request) -> Operation:
        raw_path = request.url.raw_path.split(b"?", 1)[0].decode()
        for op in self.ops:
            if op.method == request.method and op.pattern.match(raw_path):
                return op
        raise AssertionError(f"no operation in the spec for {request.method} {raw_path}")

    def handler(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        op = self.match(request)
        self.openapi.validate_request(_SpecRequest(request))
        override = self.overrides.get((op.method, op.template))
        if override is not None:
            return override(request)
        if request.url.params.get("async") == "true":  # a queued run, as the server answers it
            return httpx.Response(200, json={"status": "queued", "job_id": "job_7f3a9c"})
        return httpx.Response(200, json=op.example)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]


def spec_for_openapi_core(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec as openapi-core 0.23 can validate it: the same contract, one schema rewritten.

    A multipart part the spec describes the OAS 3.1 way (``type: string``,
    ``contentMediaType: application/json``, ``contentSchema: X``) is decoded by openapi-core
    with its encoding's ``contentType`` *before* validation, and the decoded object then fails
    ``type: string``. Give openapi-core the schema of the decoded value (``X``), which it
    checks; Stoplight Prism validates the document as written (see the README).
    """
    copy: dict[str, Any] = json.loads(json.dumps(spec))
    for schema in copy["components"]["schemas"].values():
        for name, prop in list(schema.get("properties", {}).items()):
            if prop.get("contentMediaType") == "application/json" and "contentSchema" in prop:
                schema["properties"][name] = prop["contentSchema"]
    return copy


def spec_request_errors(openapi: OpenAPI, request: httpx.Request) -> None:
    openapi.validate_request(_SpecRequest(request))


def wire(request: httpx.Request) -> tuple[str, str, str, Any]:
    """(method, raw path, raw query, JSON body or None) of a request."""
    raw = request.url.raw_path.decode()
    path, _, query = raw.partition("?")
    body = json.loads(request.content) if request.content else None
    return request.method, path, query, body


def close_loop(loop: asyncio.AbstractEventLoop) -> None:
    """Close ``loop`` as ``asyncio.run`` does: pending tasks cancelled and awaited, async
    generators finalized (a response stream left mid-way is closed here, not warned about)."""
    try:
        pending = asyncio.all_tasks(loop)
        for task in pending:
            task.cancel()
        if pending:
            loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
        loop.run_until_complete(loop.shutdown_asyncgens())
    finally:
        loop.close()


class Runner:
    """Runs client calls the same way for the sync and the async client."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.loop = asyncio.new_event_loop() if kind != "sync" else None

    def __call__(self, value: Any) -> Any:
        if inspect.isawaitable(value):
            assert self.loop is not None
            return self.loop.run_until_complete(value)
        return value

    def collect(self, iterable: Iterator[Any] | AsyncIterator[Any]) -> list[Any]:
        if isinstance(iterable, Iterator):
            return list(iterable)

        async def gather() -> list[Any]:
            return [item async for item in iterable]

        assert self.loop is not None
        return self.loop.run_until_complete(gather())

    def close(self) -> None:
        if self.loop is not None:
            close_loop(self.loop)


def doors(client: Any, op: SurfaceOperation) -> tuple[Any, Any]:
    """The flat and the fluent method of an operation, found by the names the surface gives."""
    scope: Any = client
    for level in op.scope.chain:
        scope = getattr(scope, level.name)(*["s"] * len(level.own))
    return getattr(client, op.flat, None), getattr(scope, op.fluent, None)


MOCK_BASE = "https://tenant.example.com"
MOCK_DETAIL = {"connection": {"id": 1, "slug": "crm", "display_name": "CRM"}, "accounts": []}


def mock_client(
    handler: Callable[[httpx.Request], httpx.Response], **config: Any
) -> tuple[ConnectionsClient, list[httpx.Request], list[float]]:
    """A sync client on an ``httpx.MockTransport`` running ``handler``: the client, the requests
    it sent, and the waits it skipped (``testing.skip_waits``: none is slept)."""
    from facilio_connections_sdk.testing import skip_waits

    sent: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return handler(request)

    http = httpx.Client(transport=httpx.MockTransport(record))
    client = ConnectionsClient(MOCK_BASE, config.pop("token", "tok-1"), http_client=http, **config)
    return client, sent, skip_waits(client)


def mock_ok(_request: httpx.Request) -> httpx.Response:
    """A 200 answer with one connection's detail."""
    return httpx.Response(200, json=MOCK_DETAIL)


# --- scripted answers and a fake clock: the retry, options, job and logging tests ---------------

SLUG = "servicenow-connection"


class Clock:
    """A fake monotonic clock; sleeping advances it and records the delay."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


def script(mock_api: MockApi, method: str, template: str, *answers: Any) -> None:
    """Answer the route with each of ``answers`` in turn (a status, a Response or an exception)."""
    queue = list(answers)

    def answer(request: httpx.Request) -> httpx.Response:
        item = queue.pop(0) if queue else 200
        if isinstance(item, Exception):
            raise item
        if isinstance(item, httpx.Response):
            return item
        if item == 200:
            return httpx.Response(200, json=example_of(mock_api, method, template))
        return httpx.Response(item, json={"error": "e", "message": f"status {item}"})

    mock_api.overrides[(method, template)] = answer


def example_of(mock_api: MockApi, method: str, template: str) -> Any:
    """The spec's example answer of the route."""
    return next(o.example for o in mock_api.ops if (o.method, o.template) == (method, template))


GET_CONN = ("GET", "/connections/{slug}")
EXECUTE = ("POST", "/connections/{slug}/actions/{action}/execute")
UNSUB = ("DELETE", "/subscribers/{id}")


def send_get(client: Any) -> Any:
    return client.get_connection(SLUG)


def send_post(client: Any) -> Any:
    return client.execute_action(SLUG, "a", {"input": {}})


def send_delete(client: Any) -> Any:
    return client.unsubscribe(77)


# one call of each method, and the route it goes to
CALLS = {"GET": (GET_CONN, send_get), "POST": (EXECUTE, send_post), "DELETE": (UNSUB, send_delete)}
