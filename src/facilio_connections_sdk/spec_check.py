"""Check a live tenant's answers against the OpenAPI document: know when to regenerate.

``check_tenant(client)`` (and ``facilio-connections spec-check``) makes **read-only** calls —
it lists and reads connections, their accounts, actions, action inputs and outputs, triggers,
and a job when given its id; it never executes, subscribes or writes — and checks every raw
answer against the document, strictly: a property the schema does not list, a required one
missing, a value of another JSON type, a value outside a documented enum, a malformed
date-time. The report groups what it found by schema and property path and says what to do.
It holds **no value** the tenant sent — only paths, JSON types and enum values — so it can be
shared.

Needs the ``emulator`` extra (the document and its JSON-Schema tools):
``pip install 'facilio-connections-sdk[emulator]'``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from facilio_connections_sdk._drift import (
    ADVICE,
    JSON_TYPES,
    Drift,
    DriftReport,
    Finding,
    enum_detail,
    json_type,
    model_drift,
)
from facilio_connections_sdk._errors import ConnectionsApiError, InvalidResponseError
from facilio_connections_sdk._request import Call, segment
from facilio_connections_sdk.models import ApiModel

if TYPE_CHECKING:
    from facilio_connections_sdk._sync.client import ConnectionsClient
    from facilio_connections_sdk.testing._spec import Spec

__all__ = [
    "ADVICE",
    "Drift",
    "DriftReport",
    "Finding",
    "check_body",
    "check_tenant",
    "json_type",
    "model_drift",
]


def _is_object_schema(node: dict[str, Any]) -> bool:
    return "properties" in node or "allOf" in node or node.get("type") == "object"


def _ref_name(node: dict[str, Any]) -> str | None:
    ref = node.get("$ref")
    return ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None


class _Walker:
    def __init__(self, document: dict[str, Any]) -> None:
        self.schemas: dict[str, Any] = document.get("components", {}).get("schemas", {})

    def resolve(self, node: dict[str, Any], owner: str) -> tuple[dict[str, Any], str, bool]:
        """``node`` with its ``$ref`` followed; the schema that owns what is inside; whether a
        ``$ref`` was followed (a property's path starts again inside a named schema)."""
        followed = False
        while (name := _ref_name(node)) is not None:
            node = self.schemas.get(name, {})
            if _is_object_schema(node):  # a named object: its properties are its own
                owner, followed = name, True
        return node, owner, followed

    def walk(self, node: dict[str, Any], value: Any, owner: str, path: str) -> list[Finding]:
        node, owner, followed = self.resolve(node, owner)
        if followed:
            path = ""
        found: list[Finding] = []
        branches = node.get("anyOf") or node.get("oneOf")
        if branches:
            return self._one_of(branches, value, owner, path)
        if "allOf" in node:
            merged = self._merged(node, owner)
            return self.walk(merged, value, owner, path)
        types = node.get("type")
        if types is not None:
            wanted = [types] if isinstance(types, str) else list(types)
            if not any(JSON_TYPES.get(t, lambda _v: True)(value) for t in wanted):
                documented = " | ".join(wanted)
                detail = f"documented {documented}, seen {json_type(value)}"
                return [Finding(owner, path, "type", detail, json_type(value))]
        if "enum" in node and value not in node["enum"] and value is not None:
            return [Finding(owner, path, "enum", enum_detail(value), json_type(value))]
        if node.get("format") == "date-time" and isinstance(value, str) and not _is_date(value):
            return [Finding(owner, path, "format", "not an ISO 8601 date-time", "string")]
        if isinstance(value, dict):
            found += self._object(node, value, owner, path)
        elif isinstance(value, list) and isinstance(node.get("items"), dict):
            for item in value:
                found += self.walk(node["items"], item, owner, f"{path}[]")
        return found

    def _merged(self, node: dict[str, Any], owner: str) -> dict[str, Any]:
        merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
        for part in [node, *node["allOf"]]:
            part, _, _ = self.resolve(part, owner)
            if "allOf" in part and part is not node:
                part = self._merged(part, owner)
            merged["properties"].update(part.get("properties", {}))
            merged["required"] += part.get("required", [])
            if isinstance(part.get("additionalProperties"), dict):
                merged["additionalProperties"] = part["additionalProperties"]
        return merged

    def _object(
        self, node: dict[str, Any], value: dict[str, Any], owner: str, path: str
    ) -> list[Finding]:
        found: list[Finding] = []
        properties: dict[str, Any] = node.get("properties", {})
        extra = node.get("additionalProperties")
        prefix = f"{path}." if path else ""
        for key in node.get("required", []):
            if key not in value:
                found.append(
                    Finding(owner, prefix + key, "missing required property", "absent", "-")
                )
        for key, item in value.items():
            if key in properties:
                found += self.walk(properties[key], item, owner, prefix + key)
            elif isinstance(extra, dict):  # a map: its values have a schema
                found += self.walk(extra, item, owner, f"{prefix}*")
            elif properties:  # an object with listed properties: this one is not listed
                seen = json_type(item)
                found.append(
                    Finding(owner, prefix + key, "unknown property", f"seen as {seen}", seen)
                )
        return found

    def _one_of(
        self, branches: list[dict[str, Any]], value: Any, owner: str, path: str
    ) -> list[Finding]:
        # an open enum (`anyOf: [Enum, string, null]`): a new value fits the string branch, but
        # it is a value the enum does not document yet
        for branch in branches:
            resolved, _, _ = self.resolve(branch, owner)
            values = resolved.get("enum")
            if (
                values is not None
                and json_type(value) == resolved.get("type")
                and value not in values
            ):
                return [
                    Finding(
                        owner,
                        path,
                        "enum",
                        enum_detail(value, _ref_name(branch) or "the enum"),
                        json_type(value),
                    )
                ]
        results = [self.walk(branch, value, owner, path) for branch in branches]
        for result in results:
            if not result:
                return []
        typed = [r for r in results if not any(f.kind == "type" for f in r)]
        if typed:  # the value has a branch's type: what that branch found
            return min(typed, key=len)
        documented = " | ".join(sorted({_branch_type(self, b, owner) for b in branches}))
        detail = f"documented {documented}, seen {json_type(value)}"
        return [Finding(owner, path, "type", detail, json_type(value))]


def _branch_type(walker: _Walker, branch: dict[str, Any], owner: str) -> str:
    resolved, _, _ = walker.resolve(branch, owner)
    types = resolved.get("type", "any")
    shown = types if isinstance(types, str) else " | ".join(types)
    name = _ref_name(branch)
    return name if name and _is_object_schema(resolved) else shown


def _is_date(text: str) -> bool:
    try:
        datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return False
    return True


def check_body(document: dict[str, Any], schema: dict[str, Any], body: Any) -> list[Finding]:
    """Every way ``body`` (parsed JSON) does not fit ``schema`` of ``document``, strictly."""
    return _Walker(document).walk(schema, body, "", "")


# -- the read-only calls ----------------------------------------------------------------------


class _Raw(ApiModel):
    """An answer kept as the server sent it (its keys and JSON types), for checking."""


@dataclass
class _Checker:
    client: ConnectionsClient
    spec: Spec
    report: DriftReport = field(default_factory=DriftReport)

    def get(
        self, operation_id: str, query: list[tuple[str, str]] | None = None, **segments: str
    ) -> Any:
        """The raw answer of ``operation_id`` (its path from the spec, ``segments`` filled in,
        percent-encoded), checked against the operation's response schema."""
        op = self.spec.by_id[operation_id]
        if op.method != "GET":  # the check only ever reads
            raise ValueError(f"{operation_id} is a {op.method}, not a read")
        path = op.template
        for name, value in segments.items():
            path = path.replace("{" + name + "}", segment(value, name))
        call = Call("GET", path, _Raw, params=query)
        try:
            body = self.client._send_loop.send(call).to_dict()
        except InvalidResponseError as exc:  # not JSON, or not an object
            self.report.skipped.append(
                f"{operation_id} (HTTP {exc.http_status}, not a JSON object)"
            )
            return None
        except ConnectionsApiError as exc:
            self.report.skipped.append(f"{operation_id} (HTTP {exc.status_code})")
            return None
        if op.response is not None:  # a JSON answer: compared with its schema
            self.report.add(operation_id, check_body(self.spec.document, op.response, body))
        return body


def _slugs(body: Any, key: str) -> list[str]:
    items = body.get(key) if isinstance(body, dict) else None
    if not isinstance(items, list):
        return []
    return [i["slug"] for i in items if isinstance(i, dict) and isinstance(i.get("slug"), str)]


def check_tenant(
    client: ConnectionsClient,
    *,
    max_pages: int = 5,
    per_page: int = 100,
    sample: int = 5,
    job_id: str | None = None,
) -> DriftReport:
    """Read the tenant behind ``client`` and check every answer against the document.

    Lists connections (up to ``max_pages`` pages of ``per_page``), reads ``sample`` of them
    with their accounts, actions (each action's detail, inputs and outputs, up to ``sample``
    per connection) and triggers (each trigger's detail, up to ``sample``), and the job
    ``job_id`` when given. Only GET requests are sent.

    Raises:
        ValueError: ``max_pages``, ``per_page`` or ``sample`` is not a positive int.
        ConnectionsError: The tenant could not be reached (an API error of one call is listed
            under ``skipped`` and the check goes on).
    """
    for name, number in (("max_pages", max_pages), ("per_page", per_page), ("sample", sample)):
        if isinstance(number, bool) or not isinstance(number, int) or number < 1:
            raise ValueError(f"{name} must be an int >= 1")
    from facilio_connections_sdk.testing._spec import load_spec

    checker = _Checker(client, load_spec())
    slugs: list[str] = []
    for page in range(1, max_pages + 1):
        query = [("page", str(page)), ("perPage", str(min(per_page, 100)))]
        body = checker.get("listConnections", query)
        found = _slugs(body, "connections")
        slugs += found
        if not found or (isinstance(body, dict) and page >= int(body.get("totalPages") or 0)):
            break
    for slug in slugs[:sample]:
        checker.get("getConnection", slug=slug)
        checker.get("getConnectedAccounts", slug=slug)
        actions = checker.get("listActions", slug=slug)
        for action in _slugs(actions, "actions")[:sample]:
            checker.get("getAction", slug=slug, action=action)
            checker.get("listActionInputs", slug=slug, action=action)
            checker.get("listActionOutputMeta", slug=slug, action=action)
        triggers = checker.get("listTriggers", slug=slug)
        for trigger in _slugs(triggers, "triggers")[:sample]:
            checker.get("getTrigger", slug=slug, trigger=trigger)
    if job_id is not None:
        checker.get("getJobResult", job_id=job_id)
    return checker.report
