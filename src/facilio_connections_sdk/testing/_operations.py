"""What the emulated tenant does for each operation: ``_op_<operationId>`` methods.

``Emulator`` (``_app.py``) routes, checks and answers; these methods read and change its
``state`` under its lock, and return the answer's JSON.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import threading
from dataclasses import dataclass, field
from typing import Any

from facilio_connections_sdk.testing._errors import ApiError, not_found
from facilio_connections_sdk.testing._executors import SqlRunner, run_file, run_http
from facilio_connections_sdk.testing._spec import Operation
from facilio_connections_sdk.testing._state import (
    Action,
    Connection,
    EmulatorState,
    Job,
    now_iso,
)

__all__ = ["Ctx", "TenantOperations"]

MAX_PER_PAGE = 100


@dataclass
class Ctx:
    op: Operation
    path: dict[str, str]
    query: dict[str, Any]
    body: dict[str, Any]
    files: dict[str, tuple[str, bytes, str]] = field(default_factory=dict)


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
    per_page = min(MAX_PER_PAGE, max(1, query["perPage"]))  # the spec's default when left out
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


class TenantOperations:
    """The operations of the tenant; ``Emulator`` is one (it holds ``state`` and the locks)."""

    state: EmulatorState
    max_jobs: int
    _lock: threading.Lock
    _sql_lock: threading.Lock
    _sql_runner: SqlRunner

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
            jobs = self.state.jobs
            jobs[job_id] = Job(job_id=job_id, result=result, created_at=now_iso())
            while len(jobs) > self.max_jobs:  # the oldest goes: memory stays bounded
                del jobs[next(iter(jobs))]
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
