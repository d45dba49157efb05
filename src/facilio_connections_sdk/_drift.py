"""What answers carry that the spec does not know: findings, drifts and the drift report.

Below the send loop (it records each parsed answer's drift when ``record_drift`` is on) and
above the models; ``spec_check`` (the tenant checker) builds on it. Holds no value an answer
sent: only paths, JSON types and enum values.
"""

from __future__ import annotations

import enum
import functools
import json
import typing
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, ClassVar

from facilio_connections_sdk.models import ApiModel

__all__ = [
    "ADVICE",
    "Drift",
    "DriftReport",
    "Finding",
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
    deprecated: dict[str, str] = field(default_factory=dict)
    """Operations the server said are going away (its ``Deprecation`` / ``Sunset`` headers),
    by the client's method name: what it said, in words."""

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
        operations = len(self.checked)
        head = (
            f"spec-check: {total} {'response' if total == 1 else 'responses'} of {operations} "
            f"{'operation' if operations == 1 else 'operations'} checked"
        )
        if not total:
            verdict = ": nothing could be read, nothing compared."
        else:
            verdict = ": the tenant matches the spec." if self.clean else "."
        lines = [head + verdict]
        for drift in sorted(self.drifts, key=lambda d: (d.schema, d.path, d.kind, d.detail)):
            lines.append("  " + drift.line())
        lines += [f"  skipped: {s}" for s in self.skipped]
        lines += [f"  deprecated by the server: {n}" for n in self.deprecated.values()]
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
            "deprecated": self.deprecated,
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
            detail = enum_detail(value, enum_type.__name__)
            found.append(Finding(owner, prefix + name, "enum", detail, "string"))
    for name in type(model).model_fields:
        value = getattr(model, name, None)
        items = value if isinstance(value, list) else [value]
        for item in items:
            if isinstance(item, ApiModel):
                found += model_drift(item)
    return found


# -- the strict walker ----------------------------------------------------------------------

JSON_TYPES: dict[str, Callable[[Any], bool]] = {
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
        if JSON_TYPES[name](value):
            return name
    return type(value).__name__


def enum_detail(value: Any, enum: str = "the enum") -> str:
    """``value 'x' not in Status``: an enum finding's detail (at most 40 characters)."""
    # an enum's value names a state or a kind, never tenant data: shown, truncated
    text = value if isinstance(value, str) else json.dumps(value)
    return f"value {text[:40]!r} not in {enum}"
