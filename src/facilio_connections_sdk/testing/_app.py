"""The emulator: an ASGI app (Starlette) answering every operation of ``/api/v1``.

Each request is matched to an operation of the shipped spec, checked against it (422 with an
ErrorBody when it does not fit), passed to the handler for its operationId, and the answer is
checked against the spec too.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import itertools
import json
import math
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, unquote

import anyio.to_thread
from starlette.formparsers import MultiPartException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

from facilio_connections_sdk.testing._errors import ApiError, not_found
from facilio_connections_sdk.testing._executors import EXECUTOR_VERBS, SqlRunner, run_file, run_http
from facilio_connections_sdk.testing._faults import Fault, Faults
from facilio_connections_sdk.testing._hosts import host_name, is_loopback_name
from facilio_connections_sdk.testing._request_log import (
    MAX_RECORDED_REQUESTS,
    RecordedRequest,
    RequestLog,
)
from facilio_connections_sdk.testing._spec import Operation, Spec, SpecError, load_spec
from facilio_connections_sdk.testing._state import (
    Action,
    Connection,
    EmulatorState,
    Job,
    now_iso,
    seed,
)

__all__ = ["Emulator", "RecordedRequest"]

API_PREFIX = "/api/v1"
DEFAULT_PER_PAGE = 20
MAX_PER_PAGE = 100
# Hardening: what one request may cost the machine the emulator runs on.
MAX_BODY_BYTES = 8 * 1024 * 1024
# how deeply a request body may nest (deeper: 400, never a crash of the validator)
MAX_JSON_DEPTH = 64
SQL_TIME_LIMIT = 5.0


@dataclass
class Ctx:
    op: Operation
    path: dict[str, str]
    query: dict[str, Any]
    body: dict[str, Any]
    files: dict[str, tuple[str, bytes, str]] = field(default_factory=dict)


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


def _page(items: list[dict[str, Any]], query: dict[str, Any], key: str) -> dict[str, Any]:
    q = query.get("q")
    if q:
        needle = q.lower()
        items = [
            i
            for i in items
            if needle in str(i.get("slug", "")).lower()
            or needle in str(i.get("display_name") or i.get("name") or "").lower()
        ]
    if "page" not in query:
        return {"count": len(items), key: items}
    per_page = min(MAX_PER_PAGE, max(1, query.get("perPage", DEFAULT_PER_PAGE)))
    page = max(1, query["page"])
    chunk = items[(page - 1) * per_page : page * per_page]
    return {
        "count": len(chunk),
        key: chunk,
        "total": len(items),
        "page": page,
        "perPage": per_page,
        "totalPages": max(1, math.ceil(len(items) / per_page)),
    }


class Emulator:
    """A stateful, in-memory Connections tenant behind a real ASGI app.

    ``state`` is the tenant (inspect or change it), ``faults`` scripts failures,
    ``requests`` records what arrived. ``app`` is the ASGI application.

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
    ) -> None:
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
            if not self._drifted():  # a drifted tenant answers what the spec does not know
                self.spec.validate(op.response, answer, f"the answer to {op.operation_id}")
        except SpecError as exc:  # the emulator's own bug: say so loudly
            return self._error(ApiError(500, "emulator_bug", str(exc), details=exc.details))
        if fault is not None and fault.kind is not None:
            return _BrokenResponse(fault.kind, json.dumps(answer).encode())
        return JSONResponse(answer)

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
        query = self.spec.coerce_query(
            op, dict(parse_qsl(request.url.query, keep_blank_values=True))
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
            self.spec.validate(op.json_body, data, "the request body")
        return Ctx(op=op, path=path, query=query, body=data, files=files)

    # -- lookups ------------------------------------------------------------------------------

    def _connection(self, slug: str) -> Connection:
        conn = self.state.connections.get(slug)
        if conn is None:
            raise not_found("connection", slug)
        return conn

    def _action(self, conn: Connection, slug: str) -> Action:
        action = conn.actions.get(slug)
        if action is None:
            raise not_found("action", slug)
        return action

    def _finish(self, ctx: Ctx, result: Any) -> dict[str, Any]:
        """Run now, or (``async=true``) return a job that finishes over the next polls."""
        if ctx.query.get("async"):
            job_id = "job_" + hashlib.sha1(str(self.state.next_id()).encode()).hexdigest()[:10]
            self.state.jobs[job_id] = Job(job_id=job_id, result=result, created_at=now_iso())
            return {"status": "queued", "job_id": job_id}
        return {"status": "success", "result": result, "duration_ms": 3}

    # -- connections --------------------------------------------------------------------------

    def _op_listConnections(self, ctx: Ctx) -> dict[str, Any]:
        q = ctx.query
        conns = list(self.state.connections.values())
        if "relay_id" in q:
            conns = [c for c in conns if c.relay_id == q["relay_id"]]
        if "template_id" in q:
            conns = [c for c in conns if c.template_id == q["template_id"]]
        if q.get("filter") == "connected":
            conns = [c for c in conns if c.is_authorized]
        elif q.get("filter") == "custom":
            conns = [c for c in conns if c.template_id is None]
        return _page([c.out() for c in conns], q, "connections")

    def _op_getConnection(self, ctx: Ctx) -> dict[str, Any]:
        conn = self._connection(ctx.path["slug"])
        accounts = [
            {"id": a["id"], "name": a.get("display_name") or a["account_slug"]}
            for a in conn.accounts
        ]
        return {"connection": conn.out(), "accounts": accounts}

    def _op_getConnectedAccounts(self, ctx: Ctx) -> dict[str, Any]:
        conn = self._connection(ctx.path["slug"])
        return {"count": len(conn.accounts), "accounts": conn.accounts}

    def _op_authorizeConnection(self, ctx: Ctx) -> dict[str, Any]:
        conn = self._connection(ctx.path["slug"])
        conn.is_authorized = True
        conn.updated_at = now_iso()
        answer: dict[str, Any] = {"status": "authorized"}
        if conn.auth_type == "oauth2":
            answer["authorization_url"] = f"https://login.example.com/oauth/authorize?c={conn.id}"
        return answer

    def _status(self, conn: Connection) -> dict[str, Any]:
        return {
            "slug": conn.slug,
            "is_active": conn.is_active,
            "is_authorized": conn.is_authorized,
        }

    def _op_unauthorizeConnection(self, ctx: Ctx) -> dict[str, Any]:
        conn = self._connection(ctx.path["slug"])
        conn.is_authorized = False
        return self._status(conn)

    def _op_toggleConnectionActive(self, ctx: Ctx) -> dict[str, Any]:
        conn = self._connection(ctx.path["slug"])
        conn.is_active = bool(ctx.body["active"])
        return self._status(conn)

    def _op_authorize(self, ctx: Ctx) -> dict[str, Any]:
        conn = self._connection(ctx.path["slug"])
        scope = ctx.body.get("scope", "default")
        return {"url": f"https://login.example.com/oauth/authorize?c={conn.id}&scope={scope}"}

    # -- actions ------------------------------------------------------------------------------

    def _op_listAllActions(self, ctx: Ctx) -> dict[str, Any]:
        return _page([a.out() for a in self.state.all_actions()], ctx.query, "actions")

    def _op_listActions(self, ctx: Ctx) -> dict[str, Any]:
        conn = self._connection(ctx.path["slug"])
        return _page([a.out() for a in conn.actions.values()], ctx.query, "actions")

    def _op_getAction(self, ctx: Ctx) -> dict[str, Any]:
        conn = self._connection(ctx.path["slug"])
        return {"action": self._action(conn, ctx.path["action"]).out()}

    def _op_listActionInputs(self, ctx: Ctx) -> dict[str, Any]:
        conn = self._connection(ctx.path["slug"])
        return {"inputs": self._action(conn, ctx.path["action"]).inputs}

    def _op_listActionOutputMeta(self, ctx: Ctx) -> dict[str, Any]:
        conn = self._connection(ctx.path["slug"])
        return {"outputs": self._action(conn, ctx.path["action"]).outputs}

    def _op_executeAction(self, ctx: Ctx) -> dict[str, Any]:
        conn = self._connection(ctx.path["slug"])
        action = self._action(conn, ctx.path["action"])
        version = ctx.query.get("version")
        if version is not None and version not in action.versions:
            raise ApiError(
                409,
                "version_mismatch",
                f"action {action.slug!r} has no version {version!r}",
                available_versions=action.versions,
            )
        inputs: dict[str, Any] = dict(ctx.body.get("input") or {})
        for name, (filename, content, ctype) in ctx.files.items():
            inputs[name] = {
                "__file__": True,
                "name": filename,
                "content_type": ctype,
                "size": len(content),
                "content_base64": base64.b64encode(content).decode(),
            }
        missing = [
            i["name"] for i in action.inputs if i.get("required") and i["name"] not in inputs
        ]
        if missing:
            raise ApiError(
                422,
                "missing_inputs",
                f"missing required inputs: {', '.join(missing)}",
                details={"missing": missing},
            )
        digest = hashlib.sha1(json.dumps(inputs, sort_keys=True).encode()).hexdigest()
        result: dict[str, Any] = {"sys_id": digest[:12], "version": version or action.version}
        result.update({k: v for k, v in inputs.items() if isinstance(v, dict)})
        return self._finish(ctx, result)

    # -- executors ----------------------------------------------------------------------------

    def _executor_target(self, ctx: Ctx) -> tuple[Connection, str, str]:
        conn = self._connection(ctx.path["slug"])
        family, verb = ctx.op.template.rsplit("/", 2)[-2:]
        if conn.kind != family:
            raise ApiError(
                409,
                "wrong_connection_kind",
                f"{conn.slug!r} is a {conn.kind} connection, not a {family} one",
            )
        return conn, family, verb

    def _executor(self, ctx: Ctx) -> dict[str, Any]:
        conn, family, verb = self._executor_target(ctx)
        run = {"http": run_http, "file": run_file}[family]
        return self._finish(ctx, run(conn, verb, ctx.body))

    def _sql_executor(self, ctx: Ctx) -> dict[str, Any]:
        """On a worker thread: the tenant lock only around lookups, the SQL lock around SQL."""
        with self._lock:
            conn, _family, verb = self._executor_target(ctx)
        with self._sql_lock:
            result = self._sql_runner.run(conn, verb, ctx.body)
        with self._lock:
            return self._finish(ctx, result)

    # -- jobs ---------------------------------------------------------------------------------

    def _op_getJobResult(self, ctx: Ctx) -> dict[str, Any]:
        job = self.state.jobs.get(ctx.path["job_id"])
        if job is None:
            raise not_found("job", ctx.path["job_id"])
        return job.advance()

    # -- triggers -----------------------------------------------------------------------------

    def _account(self, conn: Connection, slug: str | None) -> dict[str, Any]:
        accounts = conn.accounts
        chosen = (
            next((a for a in accounts if a["account_slug"] == slug), None)
            if slug
            else next(
                (a for a in accounts if a.get("is_default")), accounts[0] if accounts else None
            )
        )
        if chosen is None:
            raise not_found("account", slug or "(default)")
        return chosen

    def _trigger_out(self, conn: Connection, trigger: dict[str, Any], account_id: int) -> Any:
        subs = [
            s
            for s in self.state.subscribers.values()
            if s["_connection"] == conn.slug
            and s["_trigger"] == trigger["slug"]
            and s["account_id"] == account_id
        ]
        public = [{k: v for k, v in s.items() if not k.startswith("_")} for s in subs]
        return {**trigger, "subscriptions": public}

    def _triggers(self, conn: Connection) -> list[dict[str, Any]]:
        return self.state.triggers.get(conn.slug, [])

    def _op_listTriggers(self, ctx: Ctx) -> dict[str, Any]:
        conn = self._connection(ctx.path["slug"])
        account = self._account(conn, ctx.query.get("account_slug"))
        triggers = [self._trigger_out(conn, t, account["id"]) for t in self._triggers(conn)]
        ref = {"id": account["id"], "name": account.get("display_name") or account["account_slug"]}
        return {"account": ref, "count": len(triggers), "triggers": triggers}

    def _find_trigger(self, conn: Connection, slug: str) -> dict[str, Any]:
        trigger = next((t for t in self._triggers(conn) if t["slug"] == slug), None)
        if trigger is None:
            raise not_found("trigger", slug)
        return trigger

    def _op_getTrigger(self, ctx: Ctx) -> dict[str, Any]:
        conn = self._connection(ctx.path["slug"])
        trigger = self._find_trigger(conn, ctx.path["trigger"])
        account = self._account(conn, ctx.query.get("account_slug"))
        ref = {"id": account["id"], "name": account.get("display_name") or account["account_slug"]}
        return {"trigger": self._trigger_out(conn, trigger, account["id"]), "account": ref}

    def _op_subscribe(self, ctx: Ctx) -> dict[str, Any]:
        conn = self._connection(ctx.path["slug"])
        trigger = self._find_trigger(conn, ctx.path["trigger"])
        body = ctx.body
        if "account_id" in body:
            account = next((a for a in conn.accounts if a["id"] == body["account_id"]), None)
            if account is None:
                raise not_found("account", str(body["account_id"]))
        else:
            account = self._account(conn, body.get("account"))
        inputs = body.get("inputs") or {}
        for existing in self.state.subscribers.values():
            if (
                existing["_connection"] == conn.slug
                and existing["_trigger"] == trigger["slug"]
                and existing["account_id"] == account["id"]
                and existing["targetUrl"] == body["targetUrl"]
                and existing["inputs"] == inputs
            ):
                return {"subscriber": self._public(existing), "created": False}
        subscriber: dict[str, Any] = {
            "id": self.state.next_id(),
            "targetUrl": body["targetUrl"],
            "account_id": account["id"],
            "inputs": inputs,
            "_connection": conn.slug,
            "_trigger": trigger["slug"],
        }
        if "name" in body:
            subscriber["name"] = body["name"]
        self.state.subscribers[subscriber["id"]] = subscriber
        return {"subscriber": self._public(subscriber), "created": True}

    @staticmethod
    def _public(subscriber: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in subscriber.items() if not k.startswith("_")}

    def _op_unsubscribe(self, ctx: Ctx) -> dict[str, Any]:
        try:
            sub_id = int(ctx.path["id"])
        except ValueError:
            raise not_found("subscriber", ctx.path["id"]) from None
        removed = self.state.subscribers.pop(sub_id, None)
        if removed is None:
            return {"id": sub_id, "deleted": False}
        still = any(
            s["_connection"] == removed["_connection"] and s["_trigger"] == removed["_trigger"]
            for s in self.state.subscribers.values()
        )
        answer: dict[str, Any] = {"id": sub_id, "deleted": True}
        if not still:
            answer["webhook"] = {"removedAtApp": True, "setUpByHand": False}
        return answer
