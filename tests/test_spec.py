from __future__ import annotations

from typing import Any

from openapi_spec_validator import validate

from tests.contract import OPERATIONS, SCHEMAS


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
