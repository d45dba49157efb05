"""The SDK surface the spec implies: every operation's doors, scopes and parameter names.

This module is the one place for the naming and signature rules. The generator
(``codegen/operations.py``), the coverage check and the change report all read the surface
from here, so they cannot disagree.

The spec states the names where the defaults do not fit, with vendor extensions:

- ``x-sdk-scopes`` (top level): the fluent scopes (``connection(slug)``, ``jobs()``, ...), each
  with the path it stands for. An operation's fluent method goes on the scope whose path is the
  longest prefix of the operation's path; a path under no scope gets a root scope named after
  its first segment.
- ``x-sdk`` (on an operation): ``flat`` and ``fluent`` method names (defaults: the
  ``operationId`` in snake_case; an executor's fluent name is its last path segment in
  snake_case without ``_file``), ``names`` (wire name -> Python name of path parameters on the
  flat door), ``positional`` (query parameters taken by position), ``ignored`` (0.x keywords
  accepted and ignored: name -> type), ``body: fields`` (the body's properties become
  parameters) and ``handwritten`` (why the doors are written by hand: the spec cannot state
  that behaviour; they must still exist, which the coverage check makes sure of).
- ``x-sdk-name`` / ``x-sdk-type`` / ``x-sdk-skip-blank`` (on a parameter): its Python name and
  type, and whether a blank value is left out of the query.
- ``x-final`` (on the JobStatus schema): the statuses after which a job no longer changes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

METHODS = ("get", "post", "put", "patch", "delete")
PY_TYPES = {"string": "str", "integer": "int", "boolean": "bool", "number": "float"}


def snake(name: str) -> str:
    """``executeHttpGet`` -> ``execute_http_get``; ``toggle-active`` -> ``toggle_active``."""
    name = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).replace("-", "_")
    return name.lower()


def pascal(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("_"))


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """``node`` with a local ``$ref`` followed (repeatedly)."""
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if not ref.startswith("#/"):
            raise SystemExit(f"codegen: {ref}: bundle the spec first (external reference)")
        target: Any = spec
        for key in ref[2:].split("/"):
            target = target[key.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def ref_name(node: Any) -> str | None:
    if isinstance(node, dict) and isinstance(node.get("$ref"), str):
        return str(node["$ref"]).rsplit("/", 1)[1]
    return None


@dataclass(frozen=True)
class Param:
    """One parameter of a door."""

    wire: str  # the name on the wire (path, query or body key)
    name: str  # the Python name
    where: str  # "path", "query", "field" (a body property) or "ignored"
    type: str  # the Python type, without ``| None``
    doc: str
    required: bool = False
    skip_blank: bool = False
    enum: tuple[str, ...] = ()


@dataclass
class Scope:
    """A fluent scope: ``client.connection(slug).actions()`` is the ``actions`` scope."""

    name: str
    path: str
    description: str
    names: dict[str, str] = field(default_factory=dict)  # wire -> factory parameter name
    labels: dict[str, str] = field(default_factory=dict)  # wire -> name in error messages
    parent: Scope | None = None

    @property
    def cls(self) -> str:
        return pascal(self.name) + "Scope"

    @property
    def segments(self) -> list[str]:
        return [s for s in self.path.split("/") if s]

    @property
    def bound(self) -> list[str]:
        """Wire names of every path parameter this scope (with its parents) binds."""
        return [s[1:-1] for s in self.segments if s.startswith("{")]

    @property
    def own(self) -> list[str]:
        """Wire names of the path parameters this scope adds to its parent's."""
        before = len(self.parent.bound) if self.parent else 0
        return self.bound[before:]

    @property
    def chain(self) -> list[Scope]:
        """The scopes from the root down to this one."""
        out: list[Scope] = []
        scope: Scope | None = self
        while scope is not None:
            out.insert(0, scope)
            scope = scope.parent
        return out


@dataclass
class Operation:
    operation_id: str
    method: str
    template: str
    tags: list[str]
    summary: str
    description: str
    flat: str
    fluent: str
    scope: Scope
    path_params: list[Param]  # in path order, with the flat door's names
    query: list[Param]
    body: str | None  # None, "empty", "model", "fields" or "execute"
    body_model: str | None
    fields: list[Param]
    ignored: list[Param]
    positional: list[str]
    response: str  # the model the answer parses as (for "execute": a run waited for)
    response_doc: str
    handwritten: str | None

    @property
    def execute(self) -> bool:
        return self.body == "execute"

    @property
    def unbound(self) -> list[Param]:
        """Path parameters the fluent door takes (its scope binds the others)."""
        return self.path_params[len(self.scope.bound) :]


def _param(spec: dict[str, Any], raw: Any, names: dict[str, str]) -> Param:
    p = resolve(spec, raw)
    schema = resolve(spec, p.get("schema", {}))
    kind = schema.get("type", "string")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "string")
    wire = p["name"]
    return Param(
        wire=wire,
        name=names.get(wire) or p.get("x-sdk-name") or snake(wire),
        where=p["in"],
        type=p.get("x-sdk-type") or PY_TYPES.get(kind, "Any"),
        doc=" ".join(str(p.get("description", "")).split()),
        required=bool(p.get("required")),
        skip_blank=bool(p.get("x-sdk-skip-blank")),
        enum=tuple(schema.get("enum", ())),
    )


def scopes(spec: dict[str, Any]) -> list[Scope]:
    """The declared scopes, each linked to its parent."""
    out = [
        Scope(name, entry["path"], entry.get("description", ""), dict(entry.get("names", {})))
        for name, entry in spec.get("x-sdk-scopes", {}).items()
    ]
    _link(out)
    return out


def _link(found: list[Scope]) -> None:
    """Each scope's parent: the scope with the longest path that is a prefix of its own.

    A scope that only adds parameters to another's path is its sibling, not its child:
    ``connections()`` lists, ``connection(slug)`` is one (both made by the client).
    """
    for scope in found:
        parent = _longest_prefix(scope.path, [s for s in found if s is not scope])
        while parent is not None and all(
            s.startswith("{") for s in scope.path[len(parent.path) :].split("/") if s
        ):
            parent = parent.parent or _longest_prefix(
                parent.path, [s for s in found if s is not parent and s is not scope]
            )
        scope.parent = parent


def _longest_prefix(path: str, candidates: list[Scope]) -> Scope | None:
    prefixes = [s for s in candidates if path.startswith(s.path.rstrip("/") + "/")]
    return max(prefixes, key=lambda s: len(s.path), default=None)


def _scope_for(template: str, found: list[Scope]) -> Scope:
    matches = [s for s in found if template == s.path or template.startswith(s.path + "/")]
    if matches:
        return max(matches, key=lambda s: len(s.path))
    first = template.strip("/").split("/", 1)[0]
    if first.startswith("{"):
        raise SystemExit(f"codegen: {template}: no scope for a path that starts with a parameter")
    scope = Scope(snake(first), "/" + first, f"``{first}``.")
    found.append(scope)
    _link(found)
    return scope


def _json_schema(spec: dict[str, Any], op: dict[str, Any]) -> Any:
    body = resolve(spec, op.get("requestBody"))
    if not body:
        return None
    content = body.get("content", {})
    return content.get("application/json", {}).get("schema")


def _response(spec: dict[str, Any], op: dict[str, Any], where: str) -> tuple[str, str, bool]:
    """``(model, description, is_execution)`` of the 200 answer."""
    raw = op.get("responses", {}).get("200")
    if raw is None:
        raise SystemExit(f"codegen: {where} has no 200 response")
    response = resolve(spec, raw)
    schema = response.get("content", {}).get("application/json", {}).get("schema")
    doc = " ".join(str(response.get("description", "")).split())
    name = ref_name(schema)
    if name:
        return name, doc, False
    options = schema.get("anyOf", []) if isinstance(schema, dict) else []
    if any(ref_name(o) == "QueuedExecution" for o in options):
        # a run: queued (QueuedExecution) or waited for; the named response says which model
        response_name = ref_name(raw) or "Execution"
        return f"{response_name}Result", doc, True
    raise SystemExit(f"codegen: {where}: the 200 answer is not a named schema")


def operations(spec: dict[str, Any]) -> list[Operation]:
    """Every operation of the spec, in the spec's order, with its SDK names."""
    return build(spec)[1]


def build(spec: dict[str, Any]) -> tuple[list[Scope], list[Operation]]:
    """The scopes (declared, and made for paths under none) and every operation."""
    found = scopes(spec)
    out: list[Operation] = []
    for template, item in spec.get("paths", {}).items():
        item = resolve(spec, item)
        for method in METHODS:
            op = item.get(method)
            if op is None:
                continue
            out.append(_operation(spec, template, method, item, op, found))
    flats: dict[str, str] = {}
    for operation in out:
        other = flats.setdefault(operation.flat, operation.operation_id)
        if other != operation.operation_id:
            raise SystemExit(
                f"codegen: {operation.operation_id} and {other} both want the flat name "
                f"{operation.flat!r}; give one an x-sdk flat name"
            )
    return found, out


def _operation(
    spec: dict[str, Any],
    template: str,
    method: str,
    item: dict[str, Any],
    op: dict[str, Any],
    found: list[Scope],
) -> Operation:
    where = f"{method.upper()} {template}"
    for key in ("operationId", "summary", "description"):
        if not op.get(key):
            raise SystemExit(f"codegen: {op.get('operationId', where)} has no {key}")
    ext: dict[str, Any] = op.get("x-sdk") or {}
    names: dict[str, str] = dict(ext.get("names", {}))
    raw_params = [*item.get("parameters", []), *op.get("parameters", [])]
    params = [_param(spec, raw, names) for raw in raw_params]
    by_wire = {p.wire: p for p in params if p.where == "path"}
    order = re.findall(r"{([^}]+)}", template)
    missing = [name for name in order if name not in by_wire]
    if missing:
        raise SystemExit(f"codegen: {where}: path parameters {missing} are not declared")
    path_params = [by_wire[name] for name in order]
    query = [p for p in params if p.where == "query"]
    model, response_doc, execution = _response(spec, op, op["operationId"])
    schema = _json_schema(spec, op)
    body_model = ref_name(schema)
    fields: list[Param] = []
    body: str | None = None
    if execution:
        body = "execute"
        if body_model is None:
            raise SystemExit(f"codegen: {where}: a run needs a named application/json body")
    elif schema is not None:
        props = resolve(spec, schema).get("properties", {})
        if not props:
            body = "empty"
        elif ext.get("body") == "fields":
            body = "fields"
            required = set(resolve(spec, schema).get("required", []))
            for wire, prop in props.items():
                prop = resolve(spec, prop)
                kind = prop.get("type", "string")
                if isinstance(kind, list):
                    kind = next((k for k in kind if k != "null"), "string")
                fields.append(
                    Param(
                        wire=wire,
                        name=snake(wire),
                        where="field",
                        type=PY_TYPES.get(kind, "Any"),
                        doc=" ".join(str(prop.get("description", "")).split()),
                        required=wire in required,
                    )
                )
        else:
            body = "model"
            if body_model is None:
                raise SystemExit(
                    f"codegen: {where}: the application/json body is not a named schema"
                )
    scope = _scope_for(template, found)
    for raw in raw_params:  # the scopes' factories take the parameters' own Python names
        default = _param(spec, raw, {})
        for owner in scope.chain:
            if default.wire in owner.own:
                owner.names.setdefault(default.wire, default.name)
                owner.labels.setdefault(default.wire, default.name)
    if "executors" in op.get("tags", []):
        default_fluent = snake(template.rsplit("/", 1)[1]).removesuffix("_file")
    else:
        default_fluent = snake(op["operationId"])
    ignored = [
        Param(name, name, "ignored", kind, "Accepted for 0.x code and ignored.")
        for name, kind in dict(ext.get("ignored", {})).items()
    ]
    return Operation(
        operation_id=op["operationId"],
        method=method.upper(),
        template=template,
        tags=list(op.get("tags", [])),
        summary=str(op["summary"]).strip().rstrip("."),
        description=" ".join(str(op["description"]).split()),
        flat=ext.get("flat") or snake(op["operationId"]),
        fluent=ext.get("fluent") or default_fluent,
        scope=scope,
        path_params=path_params,
        query=query,
        body=body,
        body_model=body_model,
        fields=fields,
        ignored=ignored,
        positional=list(ext.get("positional", [])),
        response=model,
        response_doc=response_doc,
        handwritten=ext.get("handwritten"),
    )


def final_job_statuses(spec: dict[str, Any]) -> list[str]:
    """The job statuses the spec states are final (``x-final`` on ``JobStatus``)."""
    schema = spec.get("components", {}).get("schemas", {}).get("JobStatus", {})
    final = schema.get("x-final")
    if not final:
        raise SystemExit("codegen: the JobStatus schema states no final statuses (x-final)")
    unknown = sorted(set(final) - set(schema.get("enum", [])))
    if unknown:
        raise SystemExit(f"codegen: x-final names statuses JobStatus does not list: {unknown}")
    return list(final)
