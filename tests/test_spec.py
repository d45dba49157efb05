from __future__ import annotations

import copy
from typing import Any

import httpx
import pytest
from openapi_core.validation.request.exceptions import InvalidRequestBody
from openapi_spec_validator import validate

from codegen.surface import operations
from facilio_connections_sdk.testing._spec import Spec, SpecError
from tests.contract import SCHEMAS
from tests.support import BASE, spec_request_errors


def test_spec_is_valid_openapi_31(spec: dict[str, Any]) -> None:
    assert spec["openapi"].startswith("3.1")
    validate(spec)


def test_every_operation_has_an_id_a_typed_200_and_error_responses(
    spec: dict[str, Any],
) -> None:
    ids = []
    for path, item in spec["paths"].items():
        for method in ("get", "post", "delete"):
            op = item.get(method)
            if op is None:
                continue
            ids.append(op["operationId"])
            ok = op["responses"]["200"]
            assert "$ref" in ok or "$ref" in ok["content"]["application/json"]["schema"], path
            assert "4XX" in op["responses"] and "5XX" in op["responses"], path
            if method == "post":
                assert op["requestBody"]["content"]["application/json"]["schema"], path
    assert len(ids) == len(set(ids)) == len(operations(spec))


def test_every_contract_schema_is_a_named_component(spec: dict[str, Any]) -> None:
    missing = [name for name in SCHEMAS if name not in spec["components"]["schemas"]]
    assert missing == []


def test_query_parameters_keep_the_contract_order(spec: dict[str, Any]) -> None:
    def names(path: str, method: str) -> list[str]:
        out = []
        for param in spec["paths"][path][method].get("parameters", []):
            if "$ref" in param:
                param = spec["components"]["parameters"][param["$ref"].rsplit("/", 1)[1]]
            if param["in"] == "query":
                out.append(param["name"])
        return out

    assert names("/connections", "get") == [
        "relay_id",
        "template_id",
        "page",
        "perPage",
        "q",
        "filter",
    ]
    assert names("/connections/{slug}/actions/{action}/execute", "post") == [
        "async",
        "timeout_ms",
        "version",
    ]


def test_security_schemes_cover_token_and_cookie_with_csrf(spec: dict[str, Any]) -> None:
    schemes = spec["components"]["securitySchemes"]
    assert schemes["ServiceToken"] == {"type": "apiKey", "in": "header", "name": "X-Service-Token"}
    assert schemes["CsrfToken"]["name"] == "X-CSRF-Token"
    assert schemes["SessionCookie"]["in"] == "cookie"
    assert {"SessionCookie": [], "CsrfToken": []} in spec["security"]


def test_multipart_execute_describes_inputs_as_optional_json_text(spec: dict[str, Any]) -> None:
    op = spec["paths"]["/connections/{slug}/actions/{action}/execute"]["post"]
    multipart = op["requestBody"]["content"]["multipart/form-data"]
    assert multipart["encoding"]["_inputs"]["contentType"] == "application/json"
    schema = spec["components"]["schemas"][multipart["schema"]["$ref"].rsplit("/", 1)[1]]
    assert "_inputs" not in schema.get("required", [])  # a files-only run sends no _inputs
    inputs = schema["properties"]["_inputs"]
    assert inputs["type"] == "string"  # a part is text: never an object schema (OAS 3.1)
    assert inputs["contentMediaType"] == "application/json"
    assert inputs["contentSchema"] == {"$ref": "#/components/schemas/ExecuteRequest"}


@pytest.mark.parametrize(
    ("inputs", "valid"),
    [
        (None, True),
        ('{"input": {"title": "t"}}', True),
        ('{"input": 5}', False),  # the JSON inside the part is checked against ExecuteRequest
    ],
)
def test_multipart_validation_checks_the_json_inside_inputs(
    openapi: Any, inputs: str | None, valid: bool
) -> None:
    files: list[tuple[str, tuple[str | None, bytes, str]]] = [
        ("doc", ("a.txt", b"hi", "text/plain"))
    ]
    if inputs is not None:
        files.insert(0, ("_inputs", (None, inputs.encode(), "application/json")))
    request = httpx.Request(
        "POST",
        BASE + "/api/v1/connections/crm/actions/upload/execute",
        files=files,
        headers={"X-Service-Token": "tok"},
    )
    request.read()
    if valid:
        spec_request_errors(openapi, request)
    else:
        with pytest.raises(InvalidRequestBody):
            spec_request_errors(openapi, request)


def _undocumented(spec: dict[str, Any]) -> list[str]:
    missing = []
    for template, item in spec["paths"].items():
        for method, op in item.items():
            params = op if method == "parameters" else op.get("parameters", [])
            missing += [
                f"{template} parameter {p['name']}"
                for p in params
                if "$ref" not in p and not p.get("description")
            ]
            if method != "parameters":
                missing += [
                    f"{method.upper()} {template} {key}"
                    for key in ("summary", "description")
                    if not op.get(key)
                ]
    components = spec["components"]
    missing += [
        f"parameter {n}" for n, p in components["parameters"].items() if not p.get("description")
    ]
    for name, schema in components["schemas"].items():
        if not schema.get("description"):
            missing.append(f"schema {name}")
        parts = [schema, *(p for p in schema.get("allOf", []) if "$ref" not in p)]
        for part in parts:
            missing += [
                f"{name}.{prop}"
                for prop, body in part.get("properties", {}).items()
                if not body.get("description")
            ]
    return missing


def test_every_operation_parameter_schema_and_property_is_described(spec: dict[str, Any]) -> None:
    assert _undocumented(spec) == []


def test_the_documentation_check_finds_a_missing_description(spec: dict[str, Any]) -> None:
    broken = copy.deepcopy(spec)
    del broken["components"]["schemas"]["ConnectionOut"]["properties"]["slug"]["description"]
    del broken["paths"]["/jobs/{job_id}"]["get"]["summary"]
    assert _undocumented(broken) == ["GET /jobs/{job_id} summary", "ConnectionOut.slug"]


def test_response_arrays_are_never_null_and_default_to_empty(spec: dict[str, Any]) -> None:
    found = 0
    for name, schema in spec["components"]["schemas"].items():
        for prop, body in schema.get("properties", {}).items():
            if body.get("type") == "array" or "array" in (body.get("type") or []):
                found += 1
                if name.endswith(("Request", "Parameters")) or name.startswith("Sql"):
                    continue
                assert body["type"] == "array", f"{name}.{prop}"
                assert body.get("default") == [], f"{name}.{prop}"
    assert found >= 10


@pytest.mark.parametrize("schema_name", ["ExecutionResult", "JobResult"])
def test_a_file_result_must_be_a_whole_file_envelope(
    spec: dict[str, Any], schema_name: str
) -> None:
    checker = Spec(spec)
    schema = {"$ref": f"#/components/schemas/{schema_name}"}
    base = {"job_id": "job-1", "status": "succeeded"}
    envelope = {"__file__": True, "name": "r.csv", "content_type": "text/csv", "size": 3}
    fits: list[Any] = [{"rows": []}, [1, 2], "text", None, {"__file__": False}, envelope]
    for result in fits:
        checker.validate(schema, {**base, "result": result}, schema_name)  # all fit
    for broken in (
        {"__file__": True, "name": "r.csv"},  # no content_type, no size
        {**envelope, "size": "3"},
        {**envelope, "content_base64": 5},
    ):
        with pytest.raises(SpecError):
            checker.validate(schema, {**base, "result": broken}, schema_name)
