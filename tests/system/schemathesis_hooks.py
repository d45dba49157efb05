"""Schemathesis hooks for the emulator's conformance run (``tests/system/test_schemathesis.py``).

``SCHEMATHESIS_HOOKS=tests.system.schemathesis_hooks`` loads them in the ``st`` process.
"""

from __future__ import annotations

import json
from typing import Any

import schemathesis


@schemathesis.hook
def map_body(context: Any, body: Any) -> Any:
    """Make the multipart ``_inputs`` part JSON text, as the spec says it is.

    The spec gives ``_inputs`` ``contentMediaType: application/json`` and ``contentSchema``;
    JSON Schema treats both as annotations, so the generator writes any string there and the
    emulator rightly answers 400 (``invalid_json``) to text that is not JSON.
    """
    if isinstance(body, dict) and isinstance(body.get("_inputs"), str):
        try:
            json.loads(body["_inputs"])
        except ValueError:
            body["_inputs"] = json.dumps({"input": {}})
    return body


def _required_inputs() -> dict[tuple[str, str], dict[str, Any]]:
    """Per seeded (connection, action): a valid value for each required input."""
    from facilio_connections_sdk.testing._state import seed

    samples = {
        "string": "x",
        "number": 1.5,
        "integer": 1,
        "boolean": True,
        "object": {},
        "array": [],
        "file": "x",
    }
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for conn in seed().connections.values():
        for action in conn.actions.values():
            needed = {
                i["name"]: samples.get(i["type"], "x") for i in action.inputs if i.get("required")
            }
            if needed:
                out[(conn.slug, action.slug)] = needed
    return out


_REQUIRED = _required_inputs()


@schemathesis.hook
def before_call(context: Any, case: Any, **kwargs: Any) -> None:
    """Give a saved action the inputs it requires, as an integrator's test would.

    An action's required inputs are the action's own (``list_action_inputs``), not part of the
    spec's schema, so a generated run of a real action misses them and the emulator answers
    422 ``missing_inputs`` — correctly, but schemathesis counts it as a valid request rejected.
    Only inputs that are missing are added; anything else generated is sent as it was.
    """
    operation = getattr(case, "operation", None)
    if operation is None or not str(operation.path).endswith("/execute"):
        return
    params = case.path_parameters or {}
    needed = _REQUIRED.get((str(params.get("slug")), str(params.get("action"))))
    body = case.body
    if not needed or not isinstance(body, dict):
        return
    if isinstance(body.get("_inputs"), str):  # multipart: the inputs are JSON text
        try:
            inputs = json.loads(body["_inputs"])
        except ValueError:
            return
        if isinstance(inputs, dict) and isinstance(inputs.get("input", {}), dict):
            inputs["input"] = {**needed, **inputs.get("input", {})}
            body["_inputs"] = json.dumps(inputs)
    elif isinstance(body.get("input", {}), dict):
        body["input"] = {**needed, **body.get("input", {})}
