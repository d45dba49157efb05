"""The helpers generated doors use for header, array and form parameters, and non-JSON answers."""

from __future__ import annotations

import warnings

import pytest

from codegen.surface import py_name
from facilio_connections_sdk._calls import multipart_parts
from facilio_connections_sdk._parse import binary_answer, text_answer
from facilio_connections_sdk._request import each_value, form_items, header_value


@pytest.mark.parametrize(
    ("wire", "name"),
    [
        ("from", "from_"),
        ("class", "class_"),
        ("page[size]", "page_size"),
        ("X-Request-Id", "x_request_id"),
        ("Idempotency-Key", "idempotency_key"),
        ("2fa", "p_2fa"),
        ("query", "query_"),  # a name the door's body uses for its own locals
        ("perPage", "per_page"),
        ("segment", "segment_"),  # a helper the door's body calls
    ],
)
def test_a_wire_name_becomes_a_python_identifier(wire: str, name: str) -> None:
    assert py_name(wire) == name
    assert name.isidentifier()


def test_array_values_are_checked_item_by_item() -> None:
    assert each_value(["a", "b"], "kind", "str", ("a", "b")) == ["a", "b"]
    assert each_value((1, 2), "ids", "int") == ["1", "2"]
    assert each_value([True], "flags", "bool") == ["true"]
    with pytest.raises(TypeError, match="kind must be a list or tuple, not str"):
        each_value("ab", "kind", "str")
    with pytest.raises(ValueError, match=r"kind\[1\] must be one of \['a'\], not 'c'"):
        each_value(["a", "c"], "kind", "str", ("a",))
    with pytest.raises(TypeError, match=r"ids\[0\] must be an int, not bool"):
        each_value([True], "ids", "int")
    with pytest.raises(ValueError, match=r"tag\[0\] must not contain ','"):
        each_value(["a,b"], "tag", "str", (), ",")


def test_a_header_value_with_a_control_character_is_refused() -> None:
    assert header_value("abc\tdef", "key") == "abc\tdef"
    assert header_value(5, "n", "int") == "5"
    for bad in ("a\r\nX-Evil: 1", "a\x00", "a\x7f"):
        with pytest.raises(ValueError, match="key must not contain control characters"):
            header_value(bad, "key")
    with pytest.raises(TypeError, match="key must be a str, not int"):
        header_value(5, "key")


def test_a_form_body_repeats_lists_and_refuses_nesting() -> None:
    items = form_items({"a": "x y", "n": 2, "b": False, "l": ["p", "q"], "skip": None})
    assert items == [("a", "x y"), ("n", "2"), ("b", "false"), ("l", "p"), ("l", "q")]
    with pytest.raises(TypeError, match="form field 'o' must be"):
        form_items({"o": {"nested": 1}})


def test_multipart_parts_send_bytes_as_files_and_the_rest_as_text() -> None:
    parts = multipart_parts({"file": b"\x00\x01", "note": "n", "n": 3, "none": None})
    assert parts == [
        ("file", ("file", b"\x00\x01", "application/octet-stream")),
        ("note", (None, b"n", "text/plain; charset=utf-8")),
        ("n", (None, b"3", "text/plain; charset=utf-8")),
    ]


def test_non_json_answers_are_read_as_their_type() -> None:
    assert text_answer("é".encode("latin-1"), "text/csv; charset=latin-1") == "é"
    assert text_answer("é".encode(), "text/plain") == "é"  # UTF-8 when no charset is named
    assert text_answer(b"\xff", "text/plain; charset=no-such") == "\ufffd"
    assert binary_answer(b"\x00PK", "application/octet-stream") == b"\x00PK"


def test_a_deprecated_door_warns_at_the_callers_line_once() -> None:
    from facilio_connections_sdk._request import warn_deprecated

    def door() -> None:
        warn_deprecated("op is deprecated")

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        door()
    assert [str(w.message) for w in caught] == ["op is deprecated"]
    assert caught[0].filename == __file__


def test_a_schema_with_write_only_properties_used_both_ways_gets_a_request_twin() -> None:
    from codegen.prepare import read_write_only

    user = {
        "type": "object",
        "required": ["name"],
        "properties": {
            "name": {"type": "string"},
            "password": {"type": "string", "writeOnly": True},
        },
    }
    ref = {"$ref": "#/components/schemas/User"}
    op = {
        "requestBody": {"content": {"application/json": {"schema": ref}}},
        "responses": {"200": {"content": {"application/json": {"schema": ref}}}},
    }
    spec = {"paths": {"/users": {"post": op}}, "components": {"schemas": {"User": user}}}
    out = read_write_only(spec)
    schemas = out["components"]["schemas"]
    assert sorted(schemas["User"]["properties"]) == ["name"]  # answers never carry it
    assert sorted(schemas["UserRequest"]["properties"]) == ["name", "password"]  # sent
    body = out["paths"]["/users"]["post"]["requestBody"]["content"]["application/json"]
    assert body["schema"] == {"$ref": "#/components/schemas/UserRequest"}
