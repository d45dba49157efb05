"""The spec as the generators read it: what OpenAPI says, in shapes they handle right.

- ``readOnly`` / ``writeOnly``: a property the server sets (``readOnly``) is not in a request
  model; one only sent (``writeOnly``) is not in a response model. A schema used both ways
  with a ``readOnly`` property keeps its name for answers and gains ``<Name>Request`` for the
  request bodies that ``$ref`` it; one used one way is trimmed in place. A schema nested
  inside both a request and an answer that has such properties is refused by name.
- A discriminator property of a ``oneOf`` / ``anyOf`` member with one ``enum`` value is a
  ``const`` (a ``Literal``), so no stray one-value enum class is generated.
- Formats whose pydantic type needs a package the SDK does not depend on, or changes the text
  on a round trip, are plain strings, the format kept in the description (``PLAIN_FORMATS``).
"""

from __future__ import annotations

import copy
from typing import Any

from codegen.surface import METHODS, Unsupported, ref_name, resolve

# email-validator would be needed; AnyUrl adds a '/'; UUID changes the text's case
PLAIN_FORMATS = frozenset(
    {"email", "idn-email", "uri", "uri-reference", "iri", "iri-reference", "uuid"}
)
REQUEST_SUFFIX = "Request"


def plain_formats(node: Any) -> Any:
    """A copy of ``node`` with every PLAIN_FORMATS format dropped and named in the description."""
    if isinstance(node, list):
        return [plain_formats(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: plain_formats(value) for key, value in node.items()}
    fmt = out.get("format")
    if isinstance(fmt, str) and fmt in PLAIN_FORMATS:
        del out["format"]
        about = str(out.get("description", "")).strip()
        out["description"] = f"{about} Format: `{fmt}`.".strip()
    return out


def _bodies(spec: dict[str, Any]) -> tuple[list[dict[str, Any]], list[Any]]:
    """The request bodies' media entries (whose ``schema`` may be replaced), and every
    success answer's schema."""
    requests: list[dict[str, Any]] = []
    answers: list[Any] = []
    for item in spec.get("paths", {}).values():
        item = resolve(spec, item)
        for method in METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            body = resolve(spec, op.get("requestBody"))
            if isinstance(body, dict):
                requests += [c for c in (body.get("content") or {}).values() if isinstance(c, dict)]
            for code, raw in (op.get("responses") or {}).items():
                if str(code).startswith("2"):
                    content = resolve(spec, raw).get("content") or {}
                    answers += [c.get("schema") for c in content.values() if isinstance(c, dict)]
    return requests, answers


def reachable(spec: dict[str, Any], roots: list[Any]) -> set[str]:
    """Names of the schemas reachable from ``roots`` (through every ``$ref``)."""
    schemas = spec.get("components", {}).get("schemas", {})
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        node = todo.pop()
        if isinstance(node, list):
            todo.extend(node)
        elif isinstance(node, dict):
            name = ref_name(node)
            if name and name not in seen and name in schemas:
                seen.add(name)
                todo.append(schemas[name])
            todo.extend(v for k, v in node.items() if k != "$ref")
    return seen


def _marked(schema: Any, flag: str) -> list[str]:
    props = schema.get("properties") if isinstance(schema, dict) else None
    return [n for n, p in (props or {}).items() if isinstance(p, dict) and p.get(flag)]


def _without(schema: dict[str, Any], names: list[str]) -> dict[str, Any]:
    out = copy.deepcopy(schema)
    for name in names:
        out["properties"].pop(name, None)
    if "required" in out:
        out["required"] = [r for r in out["required"] if r not in names]
    return out


def read_write_only(spec: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``spec`` whose request models have no ``readOnly`` property and whose
    response models have no ``writeOnly`` one (see the module's docstring)."""
    spec = copy.deepcopy(spec)
    schemas: dict[str, Any] = spec.get("components", {}).get("schemas", {})
    requests, answers = _bodies(spec)
    sent = reachable(spec, [c.get("schema") for c in requests])
    read = reachable(spec, answers)
    direct = {ref_name(c.get("schema")) for c in requests} - {None}
    for name in list(schemas):
        schema = schemas[name]
        read_only, write_only = _marked(schema, "readOnly"), _marked(schema, "writeOnly")
        if not read_only and not write_only:
            continue
        if name in sent and name in read:
            if name not in direct:
                raise Unsupported(
                    f"schema {name}",
                    f"readOnly/writeOnly properties ({', '.join(read_only + write_only)}) in a "
                    "schema nested in both "
                    "a request body and an answer",
                    f"components.schemas.{name}",
                    "give the request its own schema without them",
                )
            if read_only or write_only:  # a twin for requests; the name stays the answer's
                request_name = name + REQUEST_SUFFIX
                if request_name in schemas:
                    raise Unsupported(
                        f"schema {name}",
                        f"readOnly/writeOnly properties, with {request_name} already taken",
                        f"components.schemas.{name}",
                    )
                request = _without(schema, read_only)
                about = str(request.get("description", "")).strip()
                request["description"] = (
                    f"{about} As sent: without the properties the server sets."
                ).strip()
                schemas[request_name] = request
                for media in requests:
                    if ref_name(media.get("schema")) == name:
                        media["schema"] = {"$ref": f"#/components/schemas/{request_name}"}
            schemas[name] = _without(schema, write_only)
        elif name in sent:
            schemas[name] = _without(schema, read_only)
        else:
            schemas[name] = _without(schema, write_only)
    return spec


def discriminator_consts(spec: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``spec`` whose union members' discriminator properties with one ``enum``
    value are a ``const`` instead."""
    spec = copy.deepcopy(spec)
    schemas: dict[str, Any] = spec.get("components", {}).get("schemas", {})
    for schema in list(schemas.values()):
        if not isinstance(schema, dict):
            continue
        members = schema.get("oneOf") or schema.get("anyOf") or []
        key = (schema.get("discriminator") or {}).get("propertyName")
        for member in members:
            name = ref_name(member)
            target = schemas.get(name) if name else None
            props = (target or {}).get("properties") or {}
            for prop_name, prop in props.items():
                enum = prop.get("enum") if isinstance(prop, dict) else None
                if enum and len(enum) == 1 and (key is None or prop_name == key):
                    prop.pop("enum")
                    prop["const"] = enum[0]
    return spec


def prepare(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec the model and door generators read."""
    prepared: dict[str, Any] = plain_formats(discriminator_consts(read_write_only(spec)))
    return prepared
