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

import json
import keyword
import re
from dataclasses import dataclass, field
from typing import Any

METHODS = ("get", "post", "put", "patch", "delete")
PY_TYPES = {"string": "str", "integer": "int", "boolean": "bool", "number": "float"}
# Names a door's body uses for its own locals (a parameter of that name gets a trailing _).
RESERVED = frozenset(
    {"self", "query", "data", "fields", "call", "headers", "m", "parameters", "v"}
    # and the names its body calls (imported into the generated module)
    | {"segment", "cast", "one_of", "as_int", "as_text", "check_type", "each_value"}
    | {"form_items", "header_value", "request_body", "warn_deprecated", "execute_call"}
    | {"multipart_parts", "member_of", "no_content", "text_answer", "binary_answer"}
    | {"deprecated", "overload", "Call", "Query", "Literal", "Any", "Mapping", "AnyBody", "Body"}
    | {"request_options", "RequestOptions"}  # every door's per-call options
)
# The query parameters every run takes (its door's own keywords async_, timeout_ms, version),
# and the keywords a run's door has besides them.
EXECUTE_QUERY = ("async", "timeout_ms", "version")
RUN_KEYWORDS = frozenset({"async_", "account_slug", "options", "extra_options"})
# Headers the SDK owns: credentials (the config's and any security scheme's), framing and
# content negotiation. A header parameter of one of these names is refused.
OWN_HEADERS = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "cookie",
        "x-service-token",
        "x-csrf-token",
        "x-current-org-domain",
        "x-current-site",
        "x-org-group",
        "x-org-id",
        "host",
        "content-length",
        "content-type",
        "transfer-encoding",
        "connection",
        "accept",
        "accept-encoding",
        "user-agent",
    }
)
# Request body media types the doors can send, in order of preference.
BODY_TYPES = ("application/json", "application/x-www-form-urlencoded", "multipart/form-data")
SUCCESS = ("200", "201", "202", "203", "204")


class Unsupported(SystemExit):
    """A construct of the spec the generator does not support: exit 1, saying what and where."""

    def __init__(self, where: str, construct: str, location: str, hint: str = "") -> None:
        text = f"codegen: {where}: {construct} is not supported (at {location})"
        super().__init__(text + (f"; {hint}" if hint else "") + ". Nothing was written.")


def py_name(name: str) -> str:
    """A Python identifier for a wire name: ``from`` -> ``from_``, ``page[size]`` ->
    ``page_size``, ``X-Request-Id`` -> ``x_request_id``, ``query`` -> ``query_``."""
    text = re.sub(r"\W+", "_", snake(name)).strip("_") or "value"
    if text[0].isdigit():
        text = "p_" + text
    if keyword.iskeyword(text) or text in RESERVED:
        text += "_"
    return text


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
            key = key.replace("~1", "/").replace("~0", "~")
            if not isinstance(target, dict) or key not in target:
                raise SystemExit(
                    f"codegen: {ref}: no such definition in the spec ({key!r}). "
                    "Nothing was written."
                )
            target = target[key]
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
    # an array parameter: "multi" (``style: form, explode: true``: ``k=a&k=b``) or "csv"
    # (``explode: false``: ``k=a,b``); ``type`` is then the item type
    array: str = ""
    default: str | None = None  # the spec's default, as JSON text
    deprecated: bool = False

    @property
    def annotation(self) -> str:
        """The Python type a caller passes (``list[str] | tuple[str, ...]`` for an array)."""
        # not Sequence[str]: a str is one, and a type checker would take kind="a" for ["a"]
        return f"list[{self.type}] | tuple[{self.type}, ...]" if self.array else self.type


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
    headers: list[Param] = field(default_factory=list)  # header parameters
    body_type: str = "application/json"  # the request body's media type
    status: str = "200"  # the success status the spec documents
    # how the answer is read: "model" (JSON), "none" (204), "text", "bytes" or "union"
    # (a oneOf/anyOf schema: the door returns the member model)
    answer: str = "model"
    answer_type: str = "application/json"
    members: list[str] = field(default_factory=list)  # a union's member models
    response_headers: list[Param] = field(default_factory=list)
    deprecated: str | None = None  # why, when the spec marks the operation deprecated

    @property
    def execute(self) -> bool:
        return self.body == "execute"

    @property
    def returns(self) -> str:
        """The Python return type of the door (``m.ConnectionDetail``, ``bytes``, ...)."""
        if self.answer == "none":
            return "None"
        if self.answer in ("text", "bytes"):
            return "str" if self.answer == "text" else "bytes"
        if self.answer == "union":
            return " | ".join(f"m.{name}" for name in self.members)
        return f"m.{self.response}"

    @property
    def unbound(self) -> list[Param]:
        """Path parameters the fluent door takes (its scope binds the others)."""
        return self.path_params[len(self.scope.bound) :]


def _kind(schema: dict[str, Any]) -> str:
    kind = schema.get("type", "string")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "string")
    return str(kind)


def _param(
    spec: dict[str, Any], raw: Any, names: dict[str, str], where: str = "", at: str = ""
) -> Param:
    """One parameter; a construct the doors cannot send is refused, naming it and where."""
    p = resolve(spec, raw)
    wire = p["name"]
    place = p["in"]
    loc = f"{at} ({place} parameter {wire!r})"
    if place == "cookie":
        raise Unsupported(
            where,
            "a cookie parameter",
            loc,
            "the SDK sends cookies from the client's config or http_client only",
        )
    if "content" in p:
        raise Unsupported(where, "a parameter described by content (not schema)", loc)
    schema = resolve(spec, p.get("schema", {}))
    kind = _kind(schema)
    style = p.get("style", "simple" if place in ("path", "header") else "form")
    array = ""
    item_type = kind
    enum = tuple(str(v) for v in schema.get("enum", ()))
    if kind == "array":
        if place != "query":
            raise Unsupported(where, f"an array {place} parameter", loc)
        if style != "form":
            raise Unsupported(
                where,
                f"an array query parameter with style {style!r}",
                loc,
                "supported: style form, explode true or false",
            )
        items = resolve(spec, schema.get("items", {}))
        item_type = _kind(items)
        if item_type not in PY_TYPES:
            raise Unsupported(where, f"an array query parameter of {item_type} items", loc)
        array = "multi" if p.get("explode", True) else "csv"
        enum = tuple(str(v) for v in items.get("enum", ()))
    elif kind not in PY_TYPES:
        raise Unsupported(where, f"a {kind} {place} parameter", loc)
    elif place == "query" and style != "form":
        raise Unsupported(where, f"a query parameter with style {style!r}", loc)
    own = wire.lower() in OWN_HEADERS or wire.lower() in _scheme_headers(spec)
    if place == "header" and own:
        raise Unsupported(
            where,
            f"a header parameter named {wire!r} (a credential, framing or content header the "
            "SDK sets itself)",
            loc,
            "remove it from the operation; credentials come from the client's config",
        )
    default = schema.get("default")
    return Param(
        wire=wire,
        name=names.get(wire) or p.get("x-sdk-name") or py_name(wire),
        where=place,
        type=p.get("x-sdk-type") or PY_TYPES.get(item_type, "Any"),
        doc=" ".join(str(p.get("description", "")).split()),
        required=bool(p.get("required")),
        skip_blank=bool(p.get("x-sdk-skip-blank")),
        enum=enum,
        array=array,
        default=None if default is None else json.dumps(default),
        deprecated=bool(p.get("deprecated")),
    )


def _scheme_headers(spec: dict[str, Any]) -> set[str]:
    """Lower-cased names of the headers the spec's security schemes carry."""
    schemes = spec.get("components", {}).get("securitySchemes", {})
    return {
        str(s.get("name", "")).lower()
        for s in schemes.values()
        if isinstance(s, dict) and s.get("in") == "header"
    }


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


def _body_schema(spec: dict[str, Any], op: dict[str, Any], where: str, at: str) -> tuple[Any, str]:
    """The request body's schema and media type (JSON first); another type is refused."""
    body = resolve(spec, op.get("requestBody"))
    if not body:
        return None, "application/json"
    content = body.get("content", {})
    for media in BODY_TYPES:
        if media in content:
            return content[media].get("schema"), media
    raise Unsupported(
        where,
        f"a request body of type {', '.join(content) or '(none)'}",
        f"{at}.requestBody.content",
        f"supported: {', '.join(BODY_TYPES)}",
    )


@dataclass
class Answer:
    """What a door returns, read from the operation's success response."""

    model: str  # the model parsed (or "" for none/text/bytes)
    doc: str
    execution: bool = False
    status: str = "200"
    kind: str = "model"
    media: str = "application/json"
    members: list[str] = field(default_factory=list)
    headers: list[Param] = field(default_factory=list)


def _response(spec: dict[str, Any], op: dict[str, Any], where: str, at: str) -> Answer:
    """The answer of the operation's success response (200, 201, 202, 203 or 204)."""
    responses = op.get("responses", {})
    codes = [code for code in SUCCESS if code in responses]
    others = [str(c) for c in responses if str(c).startswith("2") and str(c) not in SUCCESS]
    if not codes:
        what = f"a success answer {others[0]}" if others else "no success (2xx) response"
        raise Unsupported(where, what, f"{at}.responses", "document a 200, 201, 202 or 204")
    raw = responses[codes[0]]
    loc = f"{at}.responses.{codes[0]}"
    response = resolve(spec, raw)
    doc = " ".join(str(response.get("description", "")).split())
    headers = _response_headers(spec, response, where, loc)
    content = response.get("content") or {}
    kinds = {_media_kind(media, c.get("schema")) for media, c in content.items()}
    for code in codes[1:] + others:  # every success must answer alike: one return type
        other = resolve(spec, responses[code]).get("content") or {}
        if {m: c.get("schema") for m, c in other.items()} != {
            m: c.get("schema") for m, c in content.items()
        }:
            raise Unsupported(
                where,
                f"success answers that differ ({codes[0]} and {code})",
                f"{at}.responses",
                "one success response, or the same content for each",
            )
    if not content:
        return Answer("", doc, status=codes[0], kind="none", media="", headers=headers)
    if "application/json" not in content and len(kinds) == 1 and kinds <= {"text", "bytes"}:
        media = next(iter(content))
        kind = kinds.pop()
        return Answer("", doc, status=codes[0], kind=kind, media=media, headers=headers)
    if "application/json" not in content:
        raise Unsupported(
            where,
            f"an answer of type {', '.join(content)}",
            f"{loc}.content",
            "supported: application/json, text/*, binary types (application/octet-stream, ...)",
        )
    schema = content["application/json"].get("schema")
    name = ref_name(schema)
    answer = Answer(name or "", doc, status=codes[0], headers=headers)
    if name:
        target = resolve(spec, schema)
        union = target.get("oneOf") or target.get("anyOf")
        if union and "properties" not in target:
            members = [ref_name(o) for o in union]
            if None in members:
                raise Unsupported(
                    where,
                    f"a {'oneOf' if 'oneOf' in target else 'anyOf'} answer with a member "
                    "that is not a named schema",
                    f"components.schemas.{name}",
                    "give each member a schema of its own under components.schemas",
                )
            answer.kind = "union"
            answer.members = [str(n) for n in members]
        return answer
    options = schema.get("anyOf", []) if isinstance(schema, dict) else []
    if any(ref_name(o) == "QueuedExecution" for o in options):
        # a run: queued (QueuedExecution) or waited for; the named response says which model
        response_name = ref_name(raw) or "Execution"
        answer.model, answer.execution = f"{response_name}Result", True
        return answer
    raise Unsupported(
        where,
        "an application/json answer that is not a named schema",
        f"{loc}.content.application/json.schema",
        "move the schema to components.schemas and $ref it",
    )


def _media_kind(media: str, schema: Any) -> str:
    """``json``, ``text`` or ``bytes``: how an answer of ``media`` is read."""
    base = media.split(";", 1)[0].strip().lower()
    if base == "application/json" or base.endswith("+json"):
        return "json"
    if base.startswith("text/"):
        return "text"
    return "bytes"


def _response_headers(
    spec: dict[str, Any], response: dict[str, Any], where: str, at: str
) -> list[Param]:
    """The headers the success response documents (read from the answer, never sent)."""
    out: list[Param] = []
    for name, raw in (response.get("headers") or {}).items():
        header = resolve(spec, raw)
        schema = resolve(spec, header.get("schema", {}))
        kind = _kind(schema)
        if kind not in PY_TYPES:
            raise Unsupported(where, f"a {kind} response header", f"{at}.headers.{name}")
        out.append(
            Param(
                wire=name,
                name=py_name(name),
                where="response-header",
                type=PY_TYPES[kind],
                doc=" ".join(str(header.get("description", "")).split()),
                required=bool(header.get("required")),
                deprecated=bool(header.get("deprecated")),
            )
        )
    return out


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
    where = f"{op['operationId']} ({where})"
    at = f"paths.{template}.{method}"
    ext: dict[str, Any] = op.get("x-sdk") or {}
    names: dict[str, str] = dict(ext.get("names", {}))
    located = [
        (raw, f"paths.{template}.parameters[{i}]")
        for i, raw in enumerate(item.get("parameters", []))
    ]
    located += [(raw, f"{at}.parameters[{i}]") for i, raw in enumerate(op.get("parameters", []))]
    chosen: dict[tuple[str, str], tuple[Any, str]] = {}
    for raw, loc in located:  # an operation's parameter replaces the path's of that name
        resolved = resolve(spec, raw)
        chosen[(resolved["name"], resolved["in"])] = (raw, loc)
    raw_params = [raw for raw, _ in chosen.values()]
    params = [_param(spec, raw, names, where, loc) for raw, loc in chosen.values()]
    by_wire = {p.wire: p for p in params if p.where == "path"}
    order = re.findall(r"{([^}]+)}", template)
    missing = [name for name in order if name not in by_wire]
    if missing:
        raise SystemExit(f"codegen: {where}: path parameters {missing} are not declared")
    path_params = [by_wire[name] for name in order]
    query = [p for p in params if p.where == "query"]
    headers = [p for p in params if p.where == "header"]
    answer = _response(spec, op, where, at)
    model, response_doc, execution = answer.model, answer.doc, answer.execution
    schema, body_type = _body_schema(spec, op, where, at)
    body_model = ref_name(schema)
    fields: list[Param] = []
    body: str | None = None
    if execution:
        body = "execute"
        if body_model is None or body_type != "application/json":
            raise SystemExit(f"codegen: {where}: a run needs a named application/json body")
    elif schema is not None:
        props = resolve(spec, schema).get("properties", {})
        if not props and body_type == "application/json":
            body = "empty"
        elif ext.get("body") == "fields":
            body = "fields"
            required = set(resolve(spec, schema).get("required", []))
            for wire, prop in props.items():
                prop = resolve(spec, prop)
                kind = _kind(prop)
                fields.append(
                    Param(
                        wire=wire,
                        name=py_name(wire),
                        where="field",
                        type=PY_TYPES.get(kind, "Any"),
                        doc=" ".join(str(prop.get("description", "")).split()),
                        required=wire in required,
                        deprecated=bool(prop.get("deprecated")),
                    )
                )
        else:
            body = "model"
            if body_model is None:
                raise Unsupported(
                    where,
                    f"a {body_type} request body that is not a named schema",
                    f"{at}.requestBody.content.{body_type}.schema",
                    "move the schema to components.schemas and $ref it",
                )
            if body_type != "application/json":
                _check_form(spec, body_model, body_type, where)
    own = set(RUN_KEYWORDS) if body == "execute" else ({"body"} if body == "model" else set())
    for param in [*path_params, *query, *headers, *fields]:
        if param.name in own and param.wire not in EXECUTE_QUERY:
            raise Unsupported(
                where,
                f"a {param.where} parameter named {param.name!r} (the door's own keyword)",
                at,
                "give it an x-sdk-name",
            )
    taken: dict[str, str] = {}
    every = [*path_params, *query, *headers, *fields]
    for param in every:
        other = taken.setdefault(param.name, param.wire)
        if other != param.wire:
            raise Unsupported(
                where,
                f"two parameters with one Python name {param.name!r} ({other!r}, {param.wire!r})",
                at,
                "give one an x-sdk-name",
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
        headers=headers,
        body_type=body_type,
        status=answer.status,
        answer=answer.kind,
        answer_type=answer.media,
        members=answer.members,
        response_headers=answer.headers,
        deprecated=_deprecation(op),
    )


def _deprecation(op: dict[str, Any]) -> str | None:
    """The message of a deprecated operation (``x-deprecated-message`` when the spec has it)."""
    if not op.get("deprecated"):
        return None
    reason = " ".join(str(op.get("x-deprecated-message", "")).split())
    return f"{op['operationId']} is deprecated" + (f": {reason}" if reason else "")


def _check_form(spec: dict[str, Any], name: str, media: str, where: str) -> None:
    """A form body's properties are scalars or arrays of scalars (a multipart file part is a
    ``string`` with ``format: binary``); anything nested is refused."""
    schema = resolve(spec, spec["components"]["schemas"][name])
    for prop_name, prop in (schema.get("properties") or {}).items():
        prop = resolve(spec, prop)
        kind = _kind(prop)
        if kind == "array":
            kind = _kind(resolve(spec, prop.get("items", {})))
        if kind not in PY_TYPES:
            raise Unsupported(
                where,
                f"a {media} body with a {kind} property {prop_name!r}",
                f"components.schemas.{name}.properties.{prop_name}",
                "form fields are strings, numbers, booleans or arrays of them",
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
