"""The emulator: an ASGI app (Starlette) answering every operation of ``/api/v1``.

Each request is matched to an operation of the shipped spec, checked against it (422 with an
ErrorBody when it does not fit), passed to the handler for its operationId, and the answer is
checked against the spec too.
"""

from __future__ import annotations

import asyncio
import hmac
import itertools
import json
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any
from urllib.parse import parse_qsl, unquote

import anyio.to_thread
from starlette.formparsers import MultiPartException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

from facilio_connections_sdk.testing._errors import ApiError
from facilio_connections_sdk.testing._executors import EXECUTOR_VERBS, SqlRunner
from facilio_connections_sdk.testing._faults import Fault, Faults
from facilio_connections_sdk.testing._hosts import host_name, is_loopback_name
from facilio_connections_sdk.testing._operations import Ctx, TenantOperations
from facilio_connections_sdk.testing._request_log import (
    MAX_RECORDED_REQUESTS,
    RecordedRequest,
    RequestLog,
)
from facilio_connections_sdk.testing._spec import (
    Operation,
    Spec,
    SpecError,
    load_spec,
    one_type,
    scalar,
)
from facilio_connections_sdk.testing._state import (
    Action,
    EmulatorState,
    seed,
)

__all__ = ["Emulator", "RecordedRequest"]

API_PREFIX = "/api/v1"
# Hardening: what one request may cost the machine the emulator runs on.
MAX_BODY_BYTES = 8 * 1024 * 1024
# how deeply a request body may nest (deeper: 400, never a crash of the validator)
MAX_JSON_DEPTH = 64
SQL_TIME_LIMIT = 5.0
# Background jobs an emulator keeps (about 0.75 KiB each): the oldest goes past this many.
MAX_JOBS = 10_000


class _BrokenResponse(Response):
    """Starts an answer and then drops the connection, or sends a body that is not JSON."""

    def __init__(self, kind: str, real: bytes = b"") -> None:
        super().__init__()
        self.kind = kind
        self.real = real

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.kind == "truncate":
            body = self.real[: max(1, len(self.real) // 2)]
            ctype = b"application/json"
        elif self.kind == "non-json":
            body, ctype = b"<html><body>Service temporarily busy</body></html>", b"text/html"
        else:  # drop: promise a body, send part of it, then close the connection
            headers = [(b"content-type", b"application/json"), (b"content-length", b"1000")]
            await send({"type": "http.response.start", "status": 200, "headers": headers})
            await send({"type": "http.response.body", "body": b'{"trunc', "more_body": True})
            raise ConnectionAbortedError("emulator fault: connection dropped")
        headers = [(b"content-type", ctype), (b"content-length", str(len(body)).encode())]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": body})


def _depth(value: Any) -> int:
    """How deeply ``value`` nests lists and objects, found without recursion."""
    deepest = 0
    stack = [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict):
            item = list(item.values())
        if isinstance(item, list):
            deepest = max(deepest, level)
            stack.extend((child, level + 1) for child in item)
    return deepest


class Emulator(TenantOperations):
    """A stateful, in-memory Connections tenant behind a real ASGI app.

    ``state`` is the tenant (inspect or change it), ``faults`` scripts failures,
    ``requests`` records what arrived. ``app`` is the ASGI application.

    Jobs: the ``max_jobs`` newest background jobs are kept (10,000 by default, some 7 MiB);
    an emulator left running under load stays bounded.

    Authentication: with ``require_token`` only that ``X-Service-Token`` is accepted (and, with
    ``require_csrf_token``, a session ``Cookie`` sent with that ``X-CSRF-Token``); anything
    else is 401. Without it, any non-empty token or session cookie is accepted.
    """

    def __init__(
        self,
        *,
        spec: Spec | None = None,
        require_auth: bool = True,
        require_token: str | None = None,
        require_csrf_token: str | None = None,
        allowed_hosts: Iterable[str] = (),
        max_body_bytes: int = MAX_BODY_BYTES,
        sql_time_limit: float = SQL_TIME_LIMIT,
        max_jobs: int = MAX_JOBS,
    ) -> None:
        if isinstance(max_jobs, bool) or not isinstance(max_jobs, int) or max_jobs < 1:
            raise ValueError(f"max_jobs must be an int >= 1 (got {max_jobs!r})")
        self.max_jobs: int = max_jobs
        """Background jobs kept (finished or not); the oldest goes when a new one would pass
        it (a poll of it is then a 404): memory stays bounded however long the emulator runs."""
        self.spec: Spec = spec or load_spec()
        """The OpenAPI document every request and answer is checked against."""
        self.state: EmulatorState = seed()
        """The tenant: connections, actions, jobs, triggers (inspect or change it)."""
        self.faults: Faults = Faults()
        """Scripted failures: latency, statuses, dropped or broken answers."""
        self.require_auth: bool = require_auth
        """Whether a request needs a token or a session cookie (401 without)."""
        self.require_token: str | None = require_token or None
        """The only ``X-Service-Token`` accepted, when set."""
        self.require_csrf_token: str | None = require_csrf_token or None
        """With ``require_token``: the ``X-CSRF-Token`` a session cookie must come with."""
        # Only loopback names (and these) in ``Host``: a web page that rebinds its own DNS name
        # to 127.0.0.1 cannot drive the emulator from a browser.
        self.allowed_hosts: frozenset[str] = frozenset(host_name(h) for h in allowed_hosts)
        """``Host`` names answered besides loopback ones."""
        self.max_body_bytes: int = max_body_bytes
        """The largest request body accepted (413 above it)."""
        # the newest requests only: a long-running emulator must not keep every body for ever
        self.requests: list[RecordedRequest] = RequestLog(MAX_RECORDED_REQUESTS)
        """What arrived, newest last (bounded in count and bytes)."""
        self._lock = threading.Lock()
        self._sql_lock = threading.Lock()
        self._sql_runner = SqlRunner(sql_time_limit)  # sql_time_limit: its limit
        self._request_ids = itertools.count(1)
        # operationId -> handler; an operation of the spec with none answers 501
        self._handlers: dict[str, Callable[[Ctx], Any]] = {}
        for op in self.spec.operations:
            family, verb = op.template.rsplit("/", 2)[-2:]
            if "executors" in op.tags:
                if verb in EXECUTOR_VERBS.get(family, ()):
                    runner = self._sql_executor if family == "sql" else self._executor
                    self._handlers[op.operation_id] = runner
            elif hasattr(self, f"_op_{op.operation_id}"):
                self._handlers[op.operation_id] = getattr(self, f"_op_{op.operation_id}")
        self.app: ASGIApp = self._asgi
        """The ASGI application (the emulator itself is one too)."""

    @property
    def sql_time_limit(self) -> float:
        """Seconds a SQL statement may run before it is stopped (408 ``sql_timeout``)."""
        return self._sql_runner.sql_time_limit

    @sql_time_limit.setter
    def sql_time_limit(self, seconds: float) -> None:
        self._sql_runner.sql_time_limit = seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self._asgi(scope, receive, send)

    async def _asgi(self, scope: Scope, receive: Receive, send: Send) -> None:
        # no router: every request, whatever its method or path, reaches _endpoint and gets a
        # JSON ErrorBody when it fails (a router answers unmatched ones in plain text)
        if scope["type"] == "http":
            try:
                response = await self._endpoint(Request(scope, receive))
            except Exception as exc:  # the emulator's own bug: still JSON, and say so
                response = self._error(ApiError(500, "emulator_bug", repr(exc)))
            await response(scope, receive, send)
        elif scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return

    def reset(self) -> None:
        """Back to the seeded tenant, no faults, no recorded requests."""
        with self._lock:
            self.state = seed()
            self.requests.clear()
        self.faults.clear()

    def put_action(
        self,
        connection_slug: str,
        slug: str,
        *,
        inputs: Sequence[Mapping[str, Any]],
        name: str | None = None,
        description: str | None = None,
        outputs: Sequence[Mapping[str, Any]] = (),
        version: str = "1",
    ) -> None:
        """Add a saved action to a connection, or replace the one with that slug.

        ``inputs`` are ``InputField`` objects as the API lists them (``name``, ``type``,
        ``required``, ``label``, ``description``, ``default``, ``options``); the action's
        ``input_schema`` is derived from them. For tests of code generated from the tenant.
        """
        with self._lock:
            conn = self.state.connections.get(connection_slug)
            if conn is None:
                raise KeyError(f"no connection {connection_slug!r}")
            old = conn.actions.get(slug)
            conn.actions[slug] = Action(
                id=old.id if old is not None else self.state.next_id(),
                slug=slug,
                name=name or slug.replace("-", " ").capitalize(),
                connection_slug=connection_slug,
                version=version,
                versions=sorted({*(old.versions if old else ()), version}),
                inputs=[dict(i) for i in inputs],
                outputs=[dict(o) for o in outputs],
                description=description,
            )

    def drift(
        self, connection_slug: str, changes: Mapping[str, Any], dropped: Iterable[str] = ()
    ) -> None:
        """Serve a newer tenant than the spec knows: ``changes`` merged into the connection's
        answers (a new property, a new enum value, another type) and ``dropped`` keys left out
        (a required one, say). The emulator then stops checking its answers against the spec:
        ``facilio-connections spec-check`` is what finds the drift. ``reset()`` undoes it."""
        with self._lock:
            conn = self.state.connections[connection_slug]
            conn.drift = {**conn.drift, **changes}
            conn.dropped = conn.dropped | frozenset(dropped)

    def remove_action(self, connection_slug: str, slug: str) -> None:
        """Remove a saved action (KeyError when there is none)."""
        with self._lock:
            del self.state.connections[connection_slug].actions[slug]

    def calls(self, operation_id: str) -> int:
        """How many requests for ``operation_id`` arrived (faulted ones included)."""
        return sum(1 for r in self.requests if r.operation_id == operation_id)

    # -- the pipeline -------------------------------------------------------------------------

    async def _read_body(self, request: Request) -> bytes:
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_body_bytes:
            raise ApiError(413, "payload_too_large", self._too_large())
        chunks: list[bytes] = []
        size = 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > self.max_body_bytes:
                raise ApiError(413, "payload_too_large", self._too_large())
            chunks.append(chunk)
        body = b"".join(chunks)
        request._body = body  # Starlette's own cache: form() and body() read it from here
        return body

    def _too_large(self) -> str:
        return f"the request body is larger than the emulator's {self.max_body_bytes:,} bytes"

    def _host_allowed(self, request: Request) -> bool:
        host = host_name(request.headers.get("host", ""))
        return is_loopback_name(host) or host in self.allowed_hosts

    async def _endpoint(self, request: Request) -> Response:
        raw_path = request.scope.get("raw_path", request.url.path.encode()).decode()
        raw_path = raw_path.split("?", 1)[0]
        if not self._host_allowed(request):
            return self._error(
                ApiError(
                    403,
                    "host_not_allowed",
                    "the emulator answers loopback Host names only; start it with "
                    "--allow-host NAME to serve another",
                )
            )
        try:
            body = await self._read_body(request)
        except ApiError as exc:
            return self._error(exc)
        matched = None
        if raw_path.startswith(API_PREFIX + "/"):
            matched = self.spec.match(request.method, raw_path[len(API_PREFIX) :])
        # the body of a request that will be refused (no route, not authenticated) is not kept
        kept = body if matched is not None and self._authenticated(request) else b""
        self.requests.append(
            RecordedRequest(
                method=request.method,
                path=raw_path,
                query=request.url.query,
                operation_id=matched[0].operation_id if matched else None,
                headers=dict(request.headers),
                body=kept,
            )
        )
        if self.faults.latency > 0:
            await asyncio.sleep(self.faults.latency)
        if matched is None:
            allowed = self.spec.methods_at(raw_path[len(API_PREFIX) :])
            if raw_path.startswith(API_PREFIX + "/") and allowed:
                response = self._error(
                    ApiError(405, "method_not_allowed", f"{request.method} is not allowed here")
                )
                response.headers["Allow"] = ", ".join(allowed)
                return response
            return self._error(ApiError(404, "not_found", f"no route {request.method} {raw_path}"))
        op, raw_params = matched
        response = await self._matched(request, op, raw_params, body)
        deprecated = self.faults.deprecated.get(op.operation_id)
        if deprecated is not None:
            response.headers.update(deprecated)
        return response

    async def _matched(
        self, request: Request, op: Operation, raw_params: Any, body: bytes
    ) -> Response:
        """The answer to a request of ``op`` (a scripted fault, an error or the handler's)."""
        fault = self.faults.take(op.operation_id)
        if fault is not None and fault.status is not None:
            return self._status_fault(fault)
        if fault is not None and fault.kind == "drop":
            return _BrokenResponse("drop")
        try:
            ctx = await self._context(request, op, raw_params, body)
        except ApiError as exc:
            return self._error(exc)
        except SpecError as exc:
            return self._error(ApiError(422, "invalid_request", str(exc), details=exc.details))
        handler = self._handlers.get(op.operation_id)
        if handler == self._sql_executor:
            # SQL runs off the event loop, and so do checking and encoding its answer (300 000
            # rows take seconds): a long query never stalls other requests
            return await anyio.to_thread.run_sync(self._answer, op, handler, ctx, fault)
        with self._lock:
            return self._answer(op, handler, ctx, fault)

    def _answer(
        self,
        op: Operation,
        handler: Callable[[Ctx], Any] | None,
        ctx: Ctx,
        fault: Fault | None,
    ) -> Response:
        """Run ``handler`` and check its answer against the spec; the response to send."""
        try:
            if handler is None:
                raise ApiError(
                    501,
                    "not_implemented",
                    f"{op.operation_id} is not implemented by the emulator",
                )
            answer = handler(ctx)
        except ApiError as exc:
            return self._error(exc)
        except SpecError as exc:
            return self._error(ApiError(422, "invalid_request", str(exc), details=exc.details))
        try:
            # a drifted tenant answers what the spec does not know
            if op.response is not None and not self._drifted():
                self.spec.validate(op.response, answer, f"the answer to {op.operation_id}")
        except SpecError as exc:  # the emulator's own bug: say so loudly
            return self._error(ApiError(500, "emulator_bug", str(exc), details=exc.details))
        if fault is not None and fault.kind is not None:
            return _BrokenResponse(fault.kind, json.dumps(answer).encode())
        if op.status == 204:  # the spec documents no body
            return Response(status_code=204)
        return JSONResponse(answer, status_code=op.status)

    def _drifted(self) -> bool:
        return any(c.drift or c.dropped for c in self.state.connections.values())

    def _error(self, exc: ApiError) -> Response:
        # as the real server does: an id support can find the request by
        body = {**exc.body, "request_id": f"req_emu_{next(self._request_ids):06d}"}
        return JSONResponse(body, status_code=exc.status)

    def _authenticated(self, request: Request) -> bool:
        try:
            self._authenticate(request)
        except ApiError:
            return False
        return True

    def _authenticate(self, request: Request) -> None:
        if not self.require_auth:
            return
        token = request.headers.get("x-service-token")
        cookie = request.headers.get("cookie")
        if self.require_token is None:
            if token or cookie:
                return
            raise ApiError(401, "unauthenticated", "send X-Service-Token (or a session Cookie)")
        if token is not None and hmac.compare_digest(token, self.require_token):
            return
        csrf = request.headers.get("x-csrf-token")
        if (
            token is None
            and cookie
            and self.require_csrf_token is not None
            and csrf is not None
            and hmac.compare_digest(csrf, self.require_csrf_token)
        ):
            return
        raise ApiError(401, "unauthenticated", "the token (or session) is missing or not valid")

    def _status_fault(self, fault: Fault) -> Response:
        assert fault.status is not None
        headers = {"Retry-After": fault.retry_after} if fault.retry_after is not None else None
        body = {"error": "injected_fault", "message": f"emulator fault: HTTP {fault.status}"}
        return JSONResponse(body, status_code=fault.status, headers=headers)

    async def _context(
        self, request: Request, op: Operation, raw_params: list[str], body: bytes
    ) -> Ctx:
        self._authenticate(request)
        path = dict(zip(op.path_names, (unquote(p) for p in raw_params), strict=True))
        query = self.spec.coerce_query(op, parse_qsl(request.url.query, keep_blank_values=True))
        if op.headers:  # the operation's header parameters: checked, then read as query is
            query.update(
                self.spec.coerce_query(
                    op,
                    list(request.headers.items()),  # names lower-cased, as header names match
                    tuple((name.lower(), schema, req) for name, schema, req in op.headers),
                    "header",
                )
            )
        ctype = request.headers.get("content-type", "")
        data: Any = {}
        files: dict[str, tuple[str, bytes, str]] = {}
        if ctype.startswith("multipart/form-data") and op.multipart_body is not None:
            try:
                form = await request.form()
            except MultiPartException as exc:
                raise ApiError(400, "invalid_multipart", f"the multipart body: {exc}") from None
            raw_inputs = form.get("_inputs")
            try:
                text = raw_inputs if isinstance(raw_inputs, str) else ""
                data = json.loads(text) if text.strip() else {}  # an empty part: no inputs
            except (ValueError, RecursionError):
                raise ApiError(400, "invalid_json", "the _inputs part is not JSON") from None
            for name, value in form.multi_items():
                if name != "_inputs" and not isinstance(value, str):
                    content = await value.read()
                    files[name] = (
                        value.filename or name,
                        content,
                        value.content_type or "application/octet-stream",
                    )
        elif op.form_body is not None and op.json_body is None:
            media = ctype.split(";", 1)[0].strip().lower()
            if media != "application/x-www-form-urlencoded":
                raise ApiError(
                    415,
                    "unsupported_media_type",
                    f"send application/x-www-form-urlencoded, not {media or 'no content type'}",
                )
            form_data = await request.form()
            fields: dict[str, Any] = {}
            props = _deref_props(self.spec.document, op.form_body)
            for name, value in form_data.multi_items():
                if not isinstance(value, str):
                    continue
                prop = props.get(name, {})
                kind = one_type(prop.get("type"))
                if kind == "array":
                    item = one_type((prop.get("items") or {}).get("type"))
                    fields.setdefault(name, []).append(_form_value(value, item))
                else:
                    fields[name] = _form_value(value, kind)
            data = fields
            self.spec.validate(self.spec.request_view(op.form_body), data, "the request body")
        elif op.json_body is not None:
            media = ctype.split(";", 1)[0].strip().lower()
            if media and media != "application/json" and not media.endswith("+json"):
                raise ApiError(415, "unsupported_media_type", f"send application/json, not {media}")
            try:
                data = json.loads(body) if body else None
            except ValueError:
                raise ApiError(400, "invalid_json", "the request body is not JSON") from None
            except RecursionError:
                raise ApiError(
                    400, "invalid_json", "the request body is nested too deeply"
                ) from None
            if data is None:
                raise ApiError(422, "invalid_request", "a JSON object body is required")
        if _depth(data) > MAX_JSON_DEPTH:
            raise ApiError(
                400, "invalid_json", f"the request body is nested deeper than {MAX_JSON_DEPTH}"
            )
        if op.json_body is not None:
            self.spec.validate(self.spec.request_view(op.json_body), data, "the request body")
        return Ctx(op=op, path=path, query=query, body=data, files=files)


def _deref_props(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """The properties of a (referenced) object schema."""
    while "$ref" in schema:
        kind, name = schema["$ref"].split("/")[-2:]
        schema = document["components"][kind][name]
    props = schema.get("properties") or {}
    return {k: v for k, v in props.items() if isinstance(v, dict)}


def _form_value(value: str, kind: object) -> Any:
    """A form field's text as its schema type; text that is not one is kept as it came (and
    refused by the schema check that follows, naming the field)."""
    try:
        return scalar(value, kind)
    except ValueError:
        return value
