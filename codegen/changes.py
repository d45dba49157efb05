"""The change report: what a regeneration changes for users of the SDK, breaking or not.

Compares the spec the committed code was generated from (the emulator's copy,
``testing/connections-v1.yaml``) with the new one, in the SDK's own words: methods (from
``codegen/surface.py``, the same names the generator writes), models and their Python fields,
enum values. Breaking means code written against the SDK can stop working or type-checking:

- an operation, method, model or field removed; a field renamed or retyped;
- a response field made optional (reads may now be ``None``); a request field made required;
- a parameter removed, or a new required one; an enum value removed.

Additions (operations, optional parameters, fields, enum values: enums are open) are not.

Then griffe compares the Python API itself, the committed package against the same package
with the fresh generated files in place, and adds what the spec-level report did not already
say (a parameter moved or made keyword-only, a default changed, ...): a well-kept tool for the
Python surface, this module for the words only the spec knows (renames, enum values, wire
names).
"""

from __future__ import annotations

import ast
import contextlib
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import griffe

from codegen.prepare import prepare, reachable
from codegen.surface import Operation, Param, operations, ref_name, resolve, snake


@dataclass(frozen=True)
class Change:
    subject: str  # what it is about: "ConnectionOut.version", "operation getConnectionHealth"
    what: str
    breaking: bool

    def line(self) -> str:
        return f"{self.subject}: {self.what}"

    def markdown(self) -> str:
        """The line for CHANGELOG.md: a Python API line's names and values as code
        (``with_options``, ``timeout_seconds: float | Keep = KEEP``), others as they read."""
        api = " (Python API)"
        if not self.subject.endswith(api):
            return self.line()
        what = self.what
        kind, sep, values = what.partition(": ")
        old, arrow, new = values.partition(" -> ")
        if sep and arrow:
            what = f"{kind}: `{old}` -> `{new}`"
        return f"`{self.subject.removesuffix(api)}`{api}: {what}"


def breaking(report: list[Change]) -> list[Change]:
    return [c for c in report if c.breaking]


# -- Python types of schemas, as the models spell them -------------------------------------------

PY = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "None"}


def pytype(spec: dict[str, Any], node: Any) -> str:
    """The Python type a schema reads as (``str | None``, ``list[ActionOut]``, ...)."""
    if not isinstance(node, dict):
        return "Any"
    name = ref_name(node)
    if name:
        return name
    for key in ("anyOf", "oneOf"):
        if key in node:
            return " | ".join(dict.fromkeys(pytype(spec, n) for n in node[key]))
    if "allOf" in node and len(node["allOf"]) == 1:
        return pytype(spec, node["allOf"][0])
    kinds = node.get("type")
    if kinds is None:
        return "Any"
    parts = []
    for kind in kinds if isinstance(kinds, list) else [kinds]:
        if kind == "array":
            parts.append(f"list[{pytype(spec, node.get('items', {}))}]")
        elif kind == "object":
            extra = node.get("additionalProperties")
            value = pytype(spec, extra) if isinstance(extra, dict) else "Any"
            parts.append(f"dict[str, {value}]")
        elif kind == "string" and node.get("format") in FORMATS:
            parts.append(FORMATS[node["format"]])
        else:
            parts.append(PY.get(kind, "Any"))
    return " | ".join(dict.fromkeys(parts))


# the formats datamodel-code-generator types (the others are plain strings: codegen/prepare.py)
FORMATS = {
    "date": "date",
    "date-time": "datetime",
    "time": "time",
    "duration": "timedelta",
    "binary": "bytes",
    "byte": "bytes",
    "ipv4": "IPv4Address",
    "ipv6": "IPv6Address",
}


def generated_types(source: str) -> dict[tuple[str, str], str]:
    """``(model, field) -> the annotation`` of every field of generated models' source, as a
    user reads it (``date | None``; ``Annotated[...]`` unwrapped)."""
    out: dict[tuple[str, str], str] = {}
    for node in ast.parse(source).body if source else []:
        if not isinstance(node, ast.ClassDef):
            continue
        for stmt in node.body:
            if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
                ann = stmt.annotation
                if (
                    isinstance(ann, ast.Subscript)
                    and isinstance(ann.value, ast.Name)
                    and ann.value.id == "Annotated"
                    and isinstance(ann.slice, ast.Tuple)
                ):
                    ann = ann.slice.elts[0]
                out[(node.name, stmt.target.id)] = ast.unparse(ann)
    return out


def _field_type(spec: dict[str, Any], prop: Any, required: bool) -> str:
    text = pytype(spec, prop)
    if not required and "None" not in text.split(" | "):
        text += " | None"
    return text


def _request_models(spec: dict[str, Any]) -> set[str]:
    bodies = []
    for item in spec.get("paths", {}).values():
        for op in resolve(spec, item).values():
            if isinstance(op, dict) and "requestBody" in op:
                bodies.append(resolve(spec, op["requestBody"]))
    return reachable(spec, bodies)


# -- operations and methods -----------------------------------------------------------------------


def _doors(op: Operation) -> str:
    flat = ", ".join(p.name for p in op.path_params)
    reach = "client" + "".join(
        f".{s.name}({', '.join(s.names.get(w, w) for w in s.own)})" for s in op.scope.chain
    )
    unbound = ", ".join(p.name for p in op.unbound)
    return f"client.{op.flat}({flat}), {reach}.{op.fluent}({unbound})"


def _signature(op: Operation) -> dict[str, bool]:
    """The flat door's parameters: Python name -> required."""
    out = {p.name: True for p in op.path_params}
    out.update({p.name: p.required for p in [*op.fields, *op.query, *op.headers]})
    if op.body == "model":
        out["body"] = False
    return out


def _params(op: Operation) -> dict[str, Param]:
    return {p.name: p for p in [*op.path_params, *op.fields, *op.query, *op.headers]}


def _param_changes(subject: str, was: Operation, op: Operation) -> list[Change]:
    """Per parameter kept: required-ness, enum values, default, deprecation, where sent."""
    out: list[Change] = []
    old, new = _params(was), _params(op)
    for name in sorted(old.keys() & new.keys()):
        a, b = old[name], new[name]
        where = f"parameter {name}"
        if b.required and not a.required:
            out.append(Change(subject, f"{where} made required", True))
        elif a.required and not b.required:
            out.append(Change(subject, f"{where} made optional", False))
        if (a.annotation, a.where) != (b.annotation, b.where):
            what = f"{where} retyped {a.annotation} ({a.where}) -> {b.annotation} ({b.where})"
            out.append(Change(subject, what, True))
        gone = [v for v in a.enum if v not in b.enum] if b.enum else []
        came = [v for v in b.enum if v not in a.enum] if a.enum else []
        if b.enum and not a.enum:
            out.append(Change(subject, f"{where} limited to {list(b.enum)}", True))
        for value in gone:
            out.append(Change(subject, f"{where}: value {value!r} removed", True))
        for value in came:
            out.append(Change(subject, f"{where}: value {value!r} added", False))
        if a.default != b.default:
            what = (
                f"{where}: the server's default {a.default or '(none)'} -> {b.default or '(none)'}"
            )
            out.append(Change(subject, what, False))
        if b.deprecated and not a.deprecated:
            out.append(Change(subject, f"{where} deprecated", False))
    return out


def _answer_changes(subject: str, was: Operation, op: Operation) -> list[Change]:
    """What the door returns and what the answer documents."""
    out: list[Change] = []
    if was.returns != op.returns:
        what = f"returns {op.returns.replace('m.', '')} (was {was.returns.replace('m.', '')})"
        out.append(Change(subject, what, True))
    elif was.answer_type != op.answer_type:
        what = f"answers {op.answer_type or '(no body)'} (was {was.answer_type or '(no body)'})"
        out.append(Change(subject, what, False))
    if was.status != op.status:
        out.append(Change(subject, f"success status {was.status} -> {op.status}", False))
    if was.body_type != op.body_type and op.body not in (None, "empty"):
        out.append(Change(subject, f"sends {op.body_type} (was {was.body_type})", False))
    old_h = {h.wire.lower(): h for h in was.response_headers}
    new_h = {h.wire.lower(): h for h in op.response_headers}
    for key in new_h.keys() - old_h.keys():
        out.append(
            Change(subject, f"response header {new_h[key].wire} added ({new_h[key].type})", False)
        )
    for key in old_h.keys() - new_h.keys():
        out.append(
            Change(subject, f"response header {old_h[key].wire} no longer documented", False)
        )
    if op.deprecated and not was.deprecated:
        out.append(Change(subject, f"deprecated: {op.deprecated}", False))
    return out


def _operations(before: dict[str, Any], after: dict[str, Any]) -> list[Change]:
    old = {op.operation_id: op for op in operations(before)}
    new = {op.operation_id: op for op in operations(after)}
    out: list[Change] = []
    for oid, op in new.items():
        subject = f"operation {oid}"
        if oid not in old:
            where = f"{op.method} {op.template}"
            out.append(Change(subject, f"added ({where}): {_doors(op)}", False))
            continue
        was = old[oid]
        if _doors(was).split("(")[0] != _doors(op).split("(")[0] or (
            was.scope.name,
            was.fluent,
        ) != (op.scope.name, op.fluent):
            out.append(Change(subject, f"methods renamed: {_doors(was)} -> {_doors(op)}", True))
        old_sig, new_sig = _signature(was), _signature(op)
        for name in sorted(old_sig.keys() - new_sig.keys()):
            what = f"parameter {name} removed"
            if _params(was).get(name, None) and _params(was)[name].deprecated:
                what += " (it was deprecated)"
            out.append(Change(f"{subject} ({op.flat})", what, True))
        for name in sorted(new_sig.keys() - old_sig.keys()):
            required = new_sig[name]
            param = _params(op).get(name)
            kind = f"{param.where}, {param.annotation}" if param else "body"
            what = f"parameter {name} added ({kind}{', required' if required else ''})"
            out.append(Change(f"{subject} ({op.flat})", what, required))
        out += _param_changes(f"{subject} ({op.flat})", was, op)
        out += _answer_changes(f"{subject} ({op.flat})", was, op)
    for oid in old.keys() - new.keys():
        was_deprecated = " (it was deprecated)" if old[oid].deprecated else ""
        out.append(Change(f"operation {oid}", f"removed{was_deprecated}: {_doors(old[oid])}", True))
    return out


# -- models, fields and enums -------------------------------------------------------------------


def _fields(spec: dict[str, Any], schema: Any) -> dict[str, tuple[str, str, bool]]:
    """Python field name -> (wire name, type, required) of an object schema (allOf merged)."""
    schema = resolve(spec, schema)
    out: dict[str, tuple[str, str, bool]] = {}
    for part in schema.get("allOf", []):
        out.update(_fields(spec, part))
    required = set(schema.get("required", []))
    for wire, prop in (schema.get("properties") or {}).items():
        out[snake(wire)] = (wire, _field_type(spec, prop, wire in required), wire in required)
    return out


def _props(spec: dict[str, Any], schema: Any) -> dict[str, dict[str, Any]]:
    """Python field name -> the property's schema (allOf merged, references followed)."""
    schema = resolve(spec, schema)
    out: dict[str, dict[str, Any]] = {}
    for part in schema.get("allOf", []):
        out.update(_props(spec, part))
    for wire, prop in (schema.get("properties") or {}).items():
        prop = resolve(spec, prop)
        out[snake(wire)] = prop if isinstance(prop, dict) else {}
    return out


def _enums(spec: dict[str, Any], schema: Any) -> list[str]:
    schema = resolve(spec, schema)
    return [str(v) for v in schema.get("enum", [])]


WORDS: dict[str, dict[tuple[str, str], str]] = {"old": {}, "new": {}}


def _words(side: str, model: str, field_name: str, fallback: str) -> str:
    """The type as the generated model spells it (the spec's words when it has none)."""
    return WORDS[side].get((model, field_name), fallback)


def _models(before: dict[str, Any], after: dict[str, Any]) -> list[Change]:
    old_schemas = before.get("components", {}).get("schemas", {})
    new_schemas = after.get("components", {}).get("schemas", {})
    requests = _request_models(after) | _request_models(before)
    out: list[Change] = []
    for name, schema in new_schemas.items():
        if name not in old_schemas:
            out.append(Change(f"model {name}", "added", False))
            continue
        out += _model_changes(before, after, name, old_schemas[name], schema, name in requests)
    for name in old_schemas.keys() - new_schemas.keys():
        out.append(Change(f"model {name}", "removed", True))
    return out


def _model_changes(
    before: dict[str, Any],
    after: dict[str, Any],
    name: str,
    old: Any,
    new: Any,
    request: bool,
) -> list[Change]:
    out: list[Change] = []
    old_enum, new_enum = _enums(before, old), _enums(after, new)
    for value in new_enum:
        if value not in old_enum:
            out.append(Change(name, f"enum value {value!r} added", False))
    for value in old_enum:
        if value not in new_enum:
            out.append(Change(name, f"enum value {value!r} removed", True))
    old_fields, new_fields = _fields(before, old), _fields(after, new)
    gone = {f: old_fields[f] for f in old_fields.keys() - new_fields.keys()}
    came = {f: new_fields[f] for f in new_fields.keys() - old_fields.keys()}
    for field_name in sorted(gone):
        twin = next((f for f in sorted(came) if came[f][1:] == gone[field_name][1:]), None)
        if twin is not None:  # same type and requiredness: a rename
            wires = f"{gone[field_name][0]} -> {came.pop(twin)[0]}"
            out.append(Change(f"{name}.{field_name}", f"renamed to {twin} (wire: {wires})", True))
        else:
            out.append(Change(f"{name}.{field_name}", "removed", True))
    for field_name in sorted(came):
        _, kind, required = came[field_name]
        kind = _words("new", name, field_name, kind)
        what = f"added ({kind}{', required' if required else ''})"
        out.append(Change(f"{name}.{field_name}", what, request and required))
    old_props, new_props = _props(before, old), _props(after, new)
    for field_name in sorted(old_fields.keys() & new_fields.keys()):
        _, old_kind, old_required = old_fields[field_name]
        _, new_kind, new_required = new_fields[field_name]
        subject = f"{name}.{field_name}"
        old_words = _words("old", name, field_name, old_kind)
        new_words = _words("new", name, field_name, new_kind)
        if _strip_none(old_kind) != _strip_none(new_kind):
            out.append(Change(subject, f"retyped {old_words} -> {new_words}", True))
        elif old_required and not new_required:
            what = f"made optional ({old_words} -> {new_words})"
            out.append(Change(subject, what, not request))
        elif new_required and not old_required:
            what = f"made required ({old_words} -> {new_words})"
            out.append(Change(subject, what, request))
        a, b = old_props.get(field_name, {}), new_props.get(field_name, {})
        if request and _nullable(before, a) and not _nullable(after, b):
            out.append(Change(subject, "no longer accepts None (null)", True))
        old_values = [str(v) for v in a.get("enum", [])]
        new_values = [str(v) for v in b.get("enum", [])]
        for value in [v for v in old_values if v not in new_values] if new_values else []:
            out.append(Change(subject, f"value {value!r} removed", request))
        for value in [v for v in new_values if v not in old_values] if old_values else []:
            out.append(Change(subject, f"value {value!r} added", False))
        if a.get("default") != b.get("default"):
            what = f"the server's default {a.get('default')!r} -> {b.get('default')!r}"
            out.append(Change(subject, what, False))
        if b.get("deprecated") and not a.get("deprecated"):
            out.append(Change(subject, "deprecated (reading it warns)", False))
    for field_name in sorted(gone):
        if old_props.get(field_name, {}).get("deprecated"):
            out = [
                Change(c.subject, c.what + " (it was deprecated)", c.breaking)
                if c.subject == f"{name}.{field_name}" and c.what == "removed"
                else c
                for c in out
            ]
    return out


def _nullable(spec: dict[str, Any], prop: Any) -> bool:
    return "None" in pytype(spec, prop).split(" | ")


def _strip_none(kind: str) -> str:
    return " | ".join(p for p in kind.split(" | ") if p != "None")


def compare(
    before: dict[str, Any],
    after: dict[str, Any],
    old_models: str = "",
    new_models: str = "",
) -> list[Change]:
    """Every change from ``before`` to ``after`` that users of the SDK see; field types in
    the words of the generated models (``old_models``, ``new_models``: their source)."""
    WORDS["old"], WORDS["new"] = generated_types(old_models), generated_types(new_models)
    before, after = prepare(before), prepare(after)
    return _operations(before, after) + _models(before, after)


PACKAGE = "facilio_connections_sdk"


def python_api(root: Path, fresh: dict[Path, str], report: list[Change]) -> list[Change]:
    """griffe's breaking changes between the committed package and the regenerated one.

    Only what ``report`` does not already name: a removed field or method the spec-level
    report calls a rename or a removed operation is not said twice.
    """
    source = root / "src" / PACKAGE
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(source, Path(tmp) / PACKAGE, ignore=shutil.ignore_patterns("__pycache__"))
        for target, text in fresh.items():
            parts = target.parts
            if target.suffix == ".py" and parts[:2] == ("src", PACKAGE):
                (Path(tmp) / Path(*parts[1:])).write_text(text, encoding="utf-8")
        old = griffe.load(PACKAGE, search_paths=[str(root / "src")], resolve_aliases=False)
        new = griffe.load(PACKAGE, search_paths=[tmp], resolve_aliases=False)
        found = [b for b in griffe.find_breaking_changes(old, new) if not _same_call(b, (old, new))]
    said = " ".join(f"{c.subject} {c.what}" for c in report)
    out: list[Change] = []
    for breakage in found:
        subject = _python_name(breakage.obj.path)
        name = subject.rsplit(".", 1)[-1]
        if subject in said or f".{name}(" in said or f" {name}(" in said:
            continue
        value = breakage.new_value if breakage.new_value is not None else breakage.old_value
        if isinstance(value, griffe.Parameter) and any(
            c.breaking and f"({name})" in c.subject and f"parameter {value.name} " in c.what + " "
            for c in report
        ):
            continue  # a breaking spec-level line already says it of this parameter
        what = breakage.kind.value[:1].lower() + breakage.kind.value[1:]
        values = (breakage.old_value, breakage.new_value)
        if any(isinstance(v, griffe.Object) for v in values):
            pass  # the subject names the object: "public object was removed" says it all
        elif breakage.old_value is not None or breakage.new_value is not None:
            what += f": {_griffe_text(breakage.old_value)} -> {_griffe_text(breakage.new_value)}"
        change = Change(f"{subject} (Python API)", what, True)
        if change not in out:
            out.append(change)
    return out


def _same_call(breakage: griffe.Breakage, packages: tuple[Any, Any]) -> bool:
    """A door that turns from a method into a row of the executors' table (an attribute typed
    ``...RunDoor[...]``) or back: called the same way (the protocol's signature is the method's;
    the spec-level report says what changes in it), so not a change of the Python API."""
    if breakage.kind is not griffe.BreakageKind.OBJECT_CHANGED_KIND:
        return False
    objects: list[Any] = []
    for package in packages:  # the object as it was and as it is
        with contextlib.suppress(Exception):  # griffe's lookups raise several kinds
            objects.append(package[breakage.obj.path.removeprefix(f"{PACKAGE}.")])
    return any("RunDoor[" in str(getattr(o, "annotation", "")) for o in objects)


def _griffe_text(value: Any) -> str:
    """A griffe value as Python spells it: a parameter without a default shows none (griffe's
    own text says ``= None`` for it)."""
    if isinstance(value, griffe.Parameter):
        text = f"[{value.kind.value}] {value.name}" if value.kind is not None else value.name
        if value.annotation is not None:
            text += f": {value.annotation}"
        if value.default is not None:
            text += f" = {value.default}"
        return text
    return str(value)


def _python_name(path: str) -> str:
    """``facilio_connections_sdk._sync.client.ConnectionsClient.x`` -> ``ConnectionsClient.x``."""
    parts = path.split(".")
    while parts and (parts[0] == PACKAGE or parts[0].islower()):
        parts.pop(0)
    return ".".join(parts) or path


def render(report: list[Change]) -> str:
    broken = breaking(report)
    lines = [
        f"codegen: what changes for users of the SDK ({len(broken)} breaking, "
        f"{len(report) - len(broken)} not):"
    ]
    for change in sorted(report, key=lambda c: not c.breaking):
        label = _label(change)
        lines.append(f"  {label:<9}{change.line()}")
    return "\n".join(lines)


def _label(change: Change) -> str:
    if change.breaking:
        return "BREAKING"
    return "added" if "added" in change.what else "changed"


UNRELEASED = "## [Unreleased]"


def record(changelog: Path, report: list[Change]) -> None:
    """List the changes under ``## [Unreleased]`` (``### Breaking``, ``### Added``, ...)."""
    text = changelog.read_text(encoding="utf-8") if changelog.exists() else "# Changelog\n"
    if UNRELEASED not in text:
        head, sep, rest = text.partition("\n## ")
        text = f"{head.rstrip()}\n\n{UNRELEASED}\n" + (f"\n## {rest}" if sep else "")
    groups = {
        "### Breaking": [c for c in report if c.breaking],
        "### Added": [c for c in report if not c.breaking and "added" in c.what],
        "### Changed": [c for c in report if not c.breaking and "added" not in c.what],
    }
    start = text.index(UNRELEASED) + len(UNRELEASED)
    end_match = re.search(r"\n## ", text[start:])
    end = start + end_match.start() if end_match else len(text)
    section = text[start:end]
    for title, items in groups.items():
        lines = [f"- {c.markdown()}" for c in items if f"- {c.markdown()}" not in section]
        if not lines:
            continue
        if title in section:  # the new lines first, under the heading and its blank line
            at = section.index(title) + len(title)
            at += len(section[at:]) - len(section[at:].lstrip("\n"))
            section = section[:at] + "\n".join(lines) + "\n" + section[at:]
        elif title == "### Breaking":  # first: what a reader must act on
            rest = section.lstrip("\n")
            section = f"\n\n{title}\n\n" + "\n".join(lines) + "\n" + ("\n" + rest if rest else "")
        else:
            section = section.rstrip("\n") + f"\n\n{title}\n\n" + "\n".join(lines) + "\n"
    text = text[:start] + section.rstrip("\n") + "\n" + text[end:]
    changelog.write_text(text, encoding="utf-8")
