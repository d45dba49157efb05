from __future__ import annotations

from typing import Any

import httpx
import pytest
from openapi_core.validation.request.exceptions import InvalidRequestBody
from openapi_spec_validator import validate

from tests.contract import OPERATIONS, SCHEMAS
from tests.support import BASE, spec_request_errors


def test_spec_is_valid_openapi_31(spec: dict[str, Any]) -> None:
    assert spec["openapi"].startswith("3.1")
    validate(spec)


def test_every_contract_operation_is_in_the_spec(spec: dict[str, Any]) -> None:
    found = {
        (method.upper(), path)
        for path, item in spec["paths"].items()
        for method in item
        if method in {"get", "post", "put", "patch", "delete"}
    }
    expected = {(method, path) for method, path, _ in OPERATIONS}
    assert expected - found == set(), "operations missing from the spec"
    assert found - expected == set(), "operations in the spec that the contract does not name"
    assert len(OPERATIONS) == 36


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
    assert len(ids) == len(set(ids)) == 36


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
