"""The OpenAPI document as the emulator's referee: route matching and JSON Schema checks.

Requests that do not fit the spec are answered 422 with an ErrorBody; the emulator's own
answers are checked too, so it cannot drift from the contract the client is tested against.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

__all__ = ["Operation", "Spec", "SpecError", "load_spec"]

SPEC_FILE = "connections-v1.yaml"
_SPEC_URI = "urn:facilio-connections:v1"


class SpecError(Exception):
    """A request or response does not fit the spec; ``details`` lists why."""

    def __init__(self, message: str, details: list[str]) -> None:
        super().__init__(message)
        self.details = details
        """Where and why the value does not fit, one entry per problem."""


@dataclass(frozen=True)
class Operation:
    """One operation of the spec: method, path template, parameters and body schema."""

    operation_id: str
    method: str
    template: str
    pattern: re.Pattern[str]
    path_names: tuple[str, ...]
    query: tuple[tuple[str, dict[str, Any], bool], ...]  # (name, schema, required)
    json_body: dict[str, Any] | None
    multipart_body: dict[str, Any] | None
    response: dict[str, Any] | None  # the JSON schema of the success answer (None: not JSON)
    tags: tuple[str, ...] = ()
    headers: tuple[tuple[str, dict[str, Any], bool], ...] = ()  # header parameters
    form_body: dict[str, Any] | None = None  # an application/x-www-form-urlencoded body
    status: int = 200  # the success status the spec documents
    csv_query: frozenset[str] = frozenset()  # array query parameters sent as k=a,b


def _deref(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        kind, name = node["$ref"].split("/")[-2:]
        node = spec["components"][kind][name]
    return node


class Spec:
    """Operations of the document, and validators that resolve its ``$ref``s."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document: dict[str, Any] = document
        """The OpenAPI document, as loaded."""
        self._validators: dict[int, Draft202012Validator] = {}
        resource = Resource.from_contents(document, default_specification=DRAFT202012)
        self._registry: Registry[Any] = Registry().with_resource(_SPEC_URI, resource)
        self.operations: list[Operation] = []
        """Every operation of the document, in its order."""
        for template, item in document["paths"].items():
            shared = item.get("parameters", [])
            for method, op in item.items():
                if method == "parameters":
                    continue
                self.operations.append(self._operation(template, method, op, shared))
        self.by_id: dict[str, Operation] = {op.operation_id: op for op in self.operations}
        """The operations by operationId."""

    def _operation(
        self, template: str, method: str, op: dict[str, Any], shared: list[dict[str, Any]]
    ) -> Operation:
        chosen: dict[tuple[str, str], dict[str, Any]] = {}
        for raw in [*shared, *op.get("parameters", [])]:  # an operation's own wins
            param = _deref(self.document, raw)
            chosen[(param["name"], param["in"])] = param
        params = list(chosen.values())
        names = tuple(re.findall(r"\{([^}]+)\}", template))
        regex = re.sub(r"\\\{[^}]+\\\}", "([^/]+)", re.escape(template))
        body = op.get("requestBody", {}).get("content", {})
        responses = op["responses"]
        code = next((c for c in ("200", "201", "202", "203", "204") if c in responses), "200")
        ok = _deref(self.document, responses.get(code, {}))
        answer = (ok.get("content") or {}).get("application/json", {}).get("schema")

        def of(place: str) -> tuple[tuple[str, dict[str, Any], bool], ...]:
            return tuple(
                (p["name"], p.get("schema", {}), bool(p.get("required")))
                for p in params
                if p["in"] == place
            )

        return Operation(
            operation_id=op["operationId"],
            method=method.upper(),
            template=template,
            pattern=re.compile(f"^{regex}$"),
            path_names=names,
            query=of("query"),
            json_body=body.get("application/json", {}).get("schema"),
            multipart_body=body.get("multipart/form-data", {}).get("schema"),
            response=answer,
            tags=tuple(op.get("tags", ())),
            headers=of("header"),
            form_body=body.get("application/x-www-form-urlencoded", {}).get("schema"),
            status=int(code),
            csv_query=frozenset(
                p["name"] for p in params if p["in"] == "query" and p.get("explode") is False
            ),
        )

    def request_view(self, schema: dict[str, Any]) -> dict[str, Any]:
        """``schema`` as a request must fit it: its ``readOnly`` properties not required."""
        target = _deref(self.document, schema)
        props = target.get("properties") or {}
        read_only = {n for n, p in props.items() if isinstance(p, dict) and p.get("readOnly")}
        if not read_only:
            return schema
        return {**target, "required": [r for r in target.get("required", []) if r not in read_only]}

    def methods_at(self, raw_path: str) -> list[str]:
        """The methods the spec documents for ``raw_path`` (for a 405's ``Allow``), sorted."""
        return sorted({op.method for op in self.operations if op.pattern.match(raw_path)})

    def match(self, method: str, raw_path: str) -> tuple[Operation, list[str]] | None:
        """The operation for a path under ``/api/v1`` (still percent-encoded), or None."""
        for op in self.operations:
            if op.method != method:
                continue
            found = op.pattern.match(raw_path)
            if found:
                return op, list(found.groups())
        return None

    def _validator(self, schema: dict[str, Any]) -> Draft202012Validator:
        # schemas are objects of the loaded document: their id is stable for its lifetime
        validator = self._validators.get(id(schema))
        if validator is None:
            validator = Draft202012Validator(_rebase(schema), registry=self._registry)
            self._validators[id(schema)] = validator
        return validator

    def validate(self, schema: dict[str, Any], value: Any, what: str) -> None:
        """Raise ``SpecError`` listing every way ``value`` does not fit ``schema``."""
        errors = sorted(
            self._validator(schema).iter_errors(value), key=lambda e: list(e.absolute_path)
        )
        if errors:
            details = [
                f"{'/'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}"
                for e in errors[:10]
            ]
            raise SpecError(f"{what} does not fit the spec", details)

    def coerce_query(
        self,
        op: Operation,
        query: dict[str, str] | list[tuple[str, str]],
        params: tuple[tuple[str, dict[str, Any], bool], ...] | None = None,
        what: str = "query",
    ) -> dict[str, Any]:
        """Query (or header) values converted to their schema types, then validated; an
        array parameter collects every value of its name (``k=a&k=b``, or ``k=a,b``); one left
        out is its schema's ``default`` when the spec states one."""
        pairs = list(query.items()) if isinstance(query, dict) else list(query)
        out: dict[str, Any] = {}
        problems: list[str] = []
        for name, schema, required in op.query if params is None else params:
            values = [v for k, v in pairs if k == name]
            if not values:
                if required:
                    problems.append(f"{name}: required")
                elif "default" in schema:  # what the spec says the server assumes
                    out[name] = schema["default"]
                continue
            kind = one_type(schema.get("type"))
            try:
                if kind == "array":
                    if name in op.csv_query:
                        values = values[-1].split(",")
                    items = schema.get("items", {})
                    out[name] = [scalar(v, items.get("type")) for v in values]
                else:
                    out[name] = scalar(values[-1], kind)
            except ValueError:
                problems.append(f"{name}: {values[-1]!r} is not a valid {kind}")
                continue
            try:
                self.validate(schema, out[name], f"{what} parameter {name}")
            except SpecError as exc:
                problems.extend(f"{name}: {d}" for d in exc.details)
        if problems:
            raise SpecError(f"{what} parameters do not fit the spec", problems)
        return out


def one_type(kind: object) -> object:
    """A schema's ``type`` without ``null`` (``[integer, "null"]`` reads as ``integer``)."""
    if isinstance(kind, list):
        return next((k for k in kind if k != "null"), None)
    return kind


def scalar(raw: str, kind: object) -> Any:
    """One query, header or form value as its schema type (``ValueError`` when it is not)."""
    kind = one_type(kind)
    if kind == "integer":
        return int(raw)
    if kind == "number":
        return float(raw)
    if kind == "boolean":
        if raw not in ("true", "false"):
            raise ValueError(raw)
        return raw == "true"
    return raw


def _rebase(node: Any) -> Any:
    """Point every local ``#/...`` reference at the registered spec document."""
    if isinstance(node, dict):
        return {
            k: (
                f"{_SPEC_URI}{v}"
                if k == "$ref" and isinstance(v, str) and v.startswith("#")
                else _rebase(v)
            )
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_rebase(v) for v in node]
    return node


@cache
def load_spec() -> Spec:
    """The spec shipped inside the package (a copy of ``openapi/connections-v1.yaml``)."""
    text = resources.files(__package__).joinpath(SPEC_FILE).read_text(encoding="utf-8")
    return Spec(yaml.safe_load(text))
