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

import enum
import functools
import json
import typing
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar

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

ADVICE: dict[str, str] = {
    "unknown property": "add the property to the spec",
    "missing required property": "make the property optional in the spec (or report the bug)",
    "type": "widen the type in the spec",
    "enum": "add the value to the enum in the spec",
    "format": "loosen the format in the spec (or report the bug)",
}
"""What each kind of finding asks of the spec's maintainer."""


@dataclass(frozen=True)
class Finding:
    """One way one answer does not fit the document (no value of the answer is kept)."""

    schema: str
    """The component schema the property belongs to, e.g. ``ConnectionOut``."""
    path: str
    """The property path inside it, e.g. ``owner_email`` or ``accounts[].id``."""
    kind: str
    """``unknown property``, ``missing required property``, ``type``, ``enum`` or ``format``."""
    detail: str
    """What was seen, in words: ``seen as string``, ``documented integer, seen string``."""
    seen: str
    """The JSON type seen (``-`` for a missing property)."""


@dataclass
class Drift:
    """One finding, summed over the answers that showed it."""

    schema: str
    """The component schema the property belongs to, e.g. ``ConnectionOut``."""
    path: str
    """The property path inside it, e.g. ``owner_email`` or ``accounts[].id``."""
    kind: str
    """``unknown property``, ``missing required property``, ``type``, ``enum`` or ``format``."""
    detail: str
    """What was seen, in words: never a value, but an enum's new value."""
    operations: set[str] = field(default_factory=set)
    """The operations whose answers showed it."""
    responses: int = 0
    """How many answers showed it."""
    checked: int = 0
    """How many answers of those operations were checked."""

    @property
    def where(self) -> str:
        """``Schema.path``, as the codegen's change report names a property."""
        return f"{self.schema}.{self.path}" if self.path else self.schema

    def line(self) -> str:
        """One line of the human report."""
        ops = ", ".join(sorted(self.operations))
        return (
            f"{self.where}: {self.kind}, {self.detail} in {self.responses} of {self.checked} "
            f"responses ({ops}); {ADVICE[self.kind]}"
        )

    def to_dict(self) -> dict[str, Any]:
        """The finding as JSON-ready data."""
        return {
            "schema": self.schema,
            "path": self.path,
            "kind": self.kind,
            "detail": self.detail,
            "operations": sorted(self.operations),
            "responses": self.responses,
            "checked": self.checked,
            "advice": ADVICE[self.kind],
        }


@dataclass
class DriftReport:
    """What a check found: every drift, and how many answers of each operation were read."""

    drifts: list[Drift] = field(default_factory=list)
    """Each finding, with how many answers showed it."""
    checked: Counter[str] = field(default_factory=Counter)
    """Answers read, by operationId."""
    skipped: list[str] = field(default_factory=list)
    """Calls that failed (an operation the tenant refuses, say), by operationId and status."""

    NEXT_STEPS: ClassVar[str] = (
        "Next: edit openapi/connections-v1.yaml, run `python -m codegen` (it reports what the "
        "change means for users of the SDK), commit."
    )
    """The last line of a report that found drift: the loop that closes it."""

    @property
    def clean(self) -> bool:
        """Whether every answer fit the document."""
        return not self.drifts

    def add(self, operation_id: str, findings: Iterable[Finding]) -> None:
        """Count one answer of ``operation_id`` and what it showed."""
        self.checked[operation_id] += 1
        index = {(d.schema, d.path, d.kind, d.detail): d for d in self.drifts}
        for finding in set(findings):
            key = (finding.schema, finding.path, finding.kind, finding.detail)
            drift = index.get(key)
            if drift is None:
                drift = Drift(finding.schema, finding.path, finding.kind, finding.detail)
                self.drifts.append(drift)
                index[key] = drift
            drift.operations.add(operation_id)
            drift.responses += 1
        for drift in self.drifts:
            drift.checked = sum(self.checked[op] for op in drift.operations)

    def record(self, model: ApiModel) -> None:
        """Count one parsed answer and what it carries that its models do not know: unknown
        properties and unknown values of open enums (names and types only)."""
        self.add(f"{type(model).__name__} answers", model_drift(model))

    def render(self) -> str:
        """The report for people: one line per drift, grouped by schema."""
        total = sum(self.checked.values())
        head = f"spec-check: {total} responses of {len(self.checked)} operations checked"
        if not total:
            verdict = ": nothing could be read, nothing compared."
        else:
            verdict = ": the tenant matches the spec." if self.clean else "."
        lines = [head + verdict]
        for drift in sorted(self.drifts, key=lambda d: (d.schema, d.path, d.kind, d.detail)):
            lines.append("  " + drift.line())
        lines += [f"  skipped: {s}" for s in self.skipped]
        if not self.clean:
            lines.append(self.NEXT_STEPS)
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data (for CI)."""
        return {
            "clean": self.clean,
            "checked": dict(sorted(self.checked.items())),
            "drifts": [d.to_dict() for d in self.drifts],
            "skipped": self.skipped,
        }


# -- what a parsed answer carries that the models do not know ---------------------------------


@functools.cache
def _enum_fields(model: type[ApiModel]) -> tuple[tuple[str, type[enum.Enum]], ...]:
    """The fields of ``model`` typed with an (open) enum, and the enum."""
    found = []
    for name, info in model.model_fields.items():
        stack = [info.annotation]
        while stack:
            tp = stack.pop()
            if isinstance(tp, type) and issubclass(tp, enum.Enum):
                found.append((name, tp))
                break
            stack.extend(typing.get_args(tp))
    return tuple(found)


def model_drift(model: ApiModel, path: str = "") -> list[Finding]:
    """What ``model`` (and the models inside it) carry that their classes do not declare."""
    found: list[Finding] = []
    owner = type(model).__name__
    prefix = f"{path}." if path else ""
    for key, value in (model.__pydantic_extra__ or {}).items():
        seen = json_type(value)
        found.append(Finding(owner, prefix + key, "unknown property", f"seen as {seen}", seen))
    for name, enum_type in _enum_fields(type(model)):
        value = getattr(model, name, None)
        if isinstance(value, str) and not isinstance(value, enum.Enum):
            detail = _enum_detail(value, enum_type.__name__)
            found.append(Finding(owner, prefix + name, "enum", detail, "string"))
    for name in type(model).model_fields:
        value = getattr(model, name, None)
        items = value if isinstance(value, list) else [value]
        for item in items:
            if isinstance(item, ApiModel):
                found += model_drift(item)
    return found


# -- the strict walker ----------------------------------------------------------------------

_JSON_TYPES: dict[str, Callable[[Any], bool]] = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}


def json_type(value: Any) -> str:
    """The JSON type of a parsed value (``integer`` for a whole number, not ``number``)."""
    for name in ("null", "boolean", "integer", "number", "string", "array", "object"):
        if _JSON_TYPES[name](value):
            return name
    return type(value).__name__


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
            if not any(_JSON_TYPES.get(t, lambda _v: True)(value) for t in wanted):
                documented = " | ".join(wanted)
                detail = f"documented {documented}, seen {json_type(value)}"
                return [Finding(owner, path, "type", detail, json_type(value))]
        if "enum" in node and value not in node["enum"] and value is not None:
            return [Finding(owner, path, "enum", _enum_detail(value), json_type(value))]
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
                        _enum_detail(value, _ref_name(branch) or "the enum"),
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


def _enum_detail(value: Any, enum: str = "the enum") -> str:
    # an enum's value names a state or a kind, never tenant data: shown, truncated
    text = value if isinstance(value, str) else json.dumps(value)
    return f"value {text[:40]!r} not in {enum}"


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
