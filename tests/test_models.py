from __future__ import annotations

import inspect
import json
import warnings
from datetime import datetime, timedelta, timezone
from typing import Annotated, Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import Field, ValidationError

from facilio_connections_sdk import models
from facilio_connections_sdk.models import (
    ApiModel,
    ConnectionDetail,
    ConnectionKind,
    ConnectionList,
    ConnectionOut,
    InputField,
    JobResult,
    JobStatus,
    Timestamp,
)
from tests.contract import SCHEMAS


def _component(spec: dict[str, Any], ref: str) -> tuple[str, dict[str, Any]]:
    kind, name = ref.split("/")[-2:]
    return name, spec["components"][kind][name]


def _response_examples(spec: dict[str, Any]) -> list[tuple[str, str, Any]]:
    """(where, schema name, example) for every response of every operation."""
    out = []
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method == "parameters":
                continue
            for status, response in op["responses"].items():
                if "$ref" in response:
                    _, response = _component(spec, response["$ref"])
                media = response["content"]["application/json"]
                schema = media["schema"]
                # a queued run or a result: the example is a result, the last alternative
                alt = schema if "$ref" in schema else schema["anyOf"][-1]
                ref = alt["$ref"] if "$ref" in alt else alt["allOf"][0]["$ref"]
                name, _ = _component(spec, ref)
                where = f"{method.upper()} {path} {status}"
                if "example" in media:
                    out.append((where, name, media["example"]))
                named = media.get("examples", {})
                out += [(f"{where} ({key})", name, ex["value"]) for key, ex in named.items()]
                assert "example" in media or named, f"{where} has no example"
    return out


def test_models_export_every_contract_schema() -> None:
    for name in SCHEMAS:
        assert issubclass(getattr(models, name), ApiModel), name


def test_every_response_has_an_example_that_round_trips_exactly(spec: dict[str, Any]) -> None:
    examples = _response_examples(spec)
    responses = sum(
        len(op["responses"])
        for item in spec["paths"].values()
        for method, op in item.items()
        if method != "parameters"
    )
    assert len(examples) >= responses  # every response has one at least
    for where, name, example in examples:
        raw = json.dumps(example)
        model = getattr(models, name).model_validate_json(raw)
        assert model.to_dict() == example, where


def test_unknown_enum_value_is_kept_and_known_values_are_members() -> None:
    known = ConnectionOut.model_validate_json(
        '{"id": 1, "slug": "a", "display_name": "A", "kind": "sql"}'
    )
    assert known.kind is ConnectionKind.sql
    unknown = ConnectionOut.model_validate_json(
        '{"id": 1, "slug": "a", "display_name": "A", "kind": "graphql"}'
    )
    assert unknown.kind == "graphql"
    assert unknown.to_dict()["kind"] == "graphql"
    job = JobResult.model_validate_json('{"job_id": "j", "status": "paused"}')
    assert job.status == "paused"
    assert JobResult.model_validate_json('{"job_id": "j", "status": "failed"}').status is (
        JobStatus.failed
    )
    field = InputField.model_validate({"name": "x", "type": "datetime"})
    assert field.type == "datetime"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-01-05T09:30:00Z", datetime(2026, 1, 5, 9, 30, tzinfo=timezone.utc)),
        ("2026-01-05T09:30:00+00:00", datetime(2026, 1, 5, 9, 30, tzinfo=timezone.utc)),
        (
            "2026-01-05T09:30:00.250000+05:30",
            datetime(2026, 1, 5, 9, 30, 0, 250000, tzinfo=timezone(timedelta(hours=5, minutes=30))),
        ),
        ("2026-01-05T09:30:00.5Z", datetime(2026, 1, 5, 9, 30, 0, 500000, tzinfo=timezone.utc)),
        ("2026-01-05T09:30:00", datetime(2026, 1, 5, 9, 30)),
        ("2026-01-05 09:30:00", datetime(2026, 1, 5, 9, 30)),
    ],
)
def test_timestamps_parse_to_datetime_and_dump_as_sent(text: str, expected: datetime) -> None:
    raw = json.dumps({"job_id": "j", "status": "queued", "created_at": text})
    job = JobResult.model_validate_json(raw)
    assert isinstance(job.created_at, datetime)
    assert job.created_at == expected
    assert job.created_at.tzinfo == expected.tzinfo
    assert job.to_dict() == {"job_id": "j", "status": "queued", "created_at": text}


def test_timestamp_built_in_python_dumps_iso() -> None:
    job = JobResult(
        job_id="j", status="queued", created_at=datetime(2026, 1, 1, tzinfo=timezone.utc)
    )
    assert isinstance(job.created_at, Timestamp)
    assert job.to_dict() == {
        "job_id": "j",
        "status": "queued",
        "created_at": "2026-01-01T00:00:00+00:00",
    }


@pytest.mark.parametrize(
    "text",
    ["yesterday", "2026-01-05", "1767605400", "2026-01-05T09:30:00Z\n", "2026-13-05T09:30:00Z"],
)
def test_a_timestamp_not_iso_8601_loads_is_kept_and_fails_only_when_read(text: str) -> None:
    # like an unknown enum value, an unknown date form must not make the response unreadable
    raw = json.dumps(
        {
            "count": 1,
            "connections": [{"id": 1, "slug": "a", "display_name": "A", "created_at": text}],
        }
    )
    listing = ConnectionList.model_validate_json(raw)
    conn = (listing.connections or [])[0]
    assert conn.slug == "a"
    with pytest.raises(ValueError, match=r"ConnectionOut\.created_at: not an ISO 8601"):
        _ = conn.created_at
    assert listing.to_dict() == json.loads(raw)  # nothing lost
    assert conn.model_dump()["created_at"] == text  # a Python dump does not fail either
    assert repr(text) in repr(conn)


def test_a_timestamp_that_is_not_a_json_string_is_a_validation_error() -> None:
    for value in ("1767605400", "true", "{}"):
        with pytest.raises(ValidationError):
            JobResult.model_validate_json(
                f'{{"job_id": "j", "status": "queued", "created_at": {value}}}'
            )


def test_timestamp_parse_reads_only_iso_8601_date_times() -> None:
    assert Timestamp.parse("2026-01-05 09:30") == datetime(2026, 1, 5, 9, 30)
    arabic_indic_year = "\u0662\u0660\u0662\u0666-01-05T09:30:00"
    for text in ("2026-01-05", "1767605400", "2026-W01-1T09:30:00", "", arabic_indic_year):
        with pytest.raises(ValueError, match="not an ISO 8601 date-time"):
            Timestamp.parse(text)


def test_dict_style_access_matches_0x_code() -> None:
    detail = ConnectionDetail.model_validate_json(
        '{"connection": {"id": 1, "slug": "s", "display_name": "ServiceNow", "x_new": {"a": 1}},'
        ' "accounts": []}'
    )
    assert detail.get("connection").get("display_name") == "ServiceNow"
    assert detail["connection"]["x_new"] == {"a": 1}
    assert detail["accounts"] == []
    assert detail.get("missing", "fallback") == "fallback"
    assert detail["connection"].get("description") is None
    with pytest.raises(KeyError):
        detail["connection"]["description"]  # absent on the wire, even though it is a field
    assert "connection" in detail
    assert "description" not in detail["connection"]
    listing = ConnectionList.model_validate_json('{"count": 0, "connections": [], "perPage": 7}')
    assert listing["perPage"] == 7
    assert listing.per_page == 7
    assert list(listing.keys()) == ["count", "connections", "perPage"]


def test_response_models_require_what_the_contract_says_the_server_always_sends() -> None:
    conn = ConnectionOut.model_validate({"id": 1, "slug": "a", "display_name": "A"})
    assert conn.display_name == "A"
    assert conn.description is None
    for missing in ("id", "slug", "display_name"):
        wire = {"id": 1, "slug": "a", "display_name": "A"}
        del wire[missing]
        with pytest.raises(ValidationError, match=missing):
            ConnectionOut.model_validate(wire)
    with pytest.raises(ValidationError, match="status"):
        JobResult.model_validate({"job_id": "j"})
    with pytest.raises(ValidationError, match="connection"):
        ConnectionDetail.model_validate({"accounts": []})


def test_an_absent_response_array_reads_as_empty_and_stays_absent() -> None:
    listing = ConnectionList.model_validate({"count": 0})
    assert listing.connections == []
    assert listing.to_dict() == {"count": 0}  # lossless: not invented on the way back
    assert "connections" not in listing
    other = ConnectionList.model_validate({"count": 0})
    other.connections.append(ConnectionOut(id=1, slug="a", display_name="A"))
    assert listing.connections == []  # the default is not shared between instances
    # the annotation is the list itself, never list | None
    assert ConnectionList.model_fields["connections"].annotation == list[ConnectionOut]


def test_to_dict_keeps_explicit_nulls_and_omits_unset() -> None:
    out = ConnectionOut.model_validate_json(
        '{"id": 1, "slug": "a", "display_name": "A", "description": null}'
    )
    assert out.to_dict() == {"id": 1, "slug": "a", "display_name": "A", "description": None}


_KNOWN_WIRE = {"count", "connections", "total", "page", "perPage", "totalPages"} | {
    "per_page",
    "total_pages",
    *ConnectionOut.model_fields,
}
_json_leaf = st.none() | st.booleans() | st.integers() | st.text(max_size=8)
_json = st.recursive(
    _json_leaf,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=10,
)
_extra_keys = st.dictionaries(
    st.text(min_size=1, max_size=10).filter(lambda k: k not in _KNOWN_WIRE),
    _json,
    max_size=4,
)


@settings(max_examples=150, deadline=None)
@given(top=_extra_keys, inner=_extra_keys)
def test_arbitrary_unknown_keys_survive_the_round_trip(
    top: dict[str, Any], inner: dict[str, Any]
) -> None:
    wire = {
        "count": 1,
        "connections": [{"id": 3, "slug": "x", "display_name": "X", "kind": "file", **inner}],
        **top,
    }
    raw = json.dumps(wire)
    model = ConnectionList.model_validate_json(raw)
    assert model.to_dict() == json.loads(raw)
    for key, value in inner.items():
        assert model["connections"][0][key] == value


def test_enum_members_print_as_their_wire_value() -> None:
    status = JobResult.model_validate_json('{"job_id": "j", "status": "running"}').status
    assert status is JobStatus.running
    assert str(status) == "running"
    assert f"{status}" == "running"
    assert f"{ConnectionKind.sql:>5}" == "  sql"


def test_timestamp_forms_the_c_parser_rejects_use_pydantics_parser(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Python 3.10's datetime.fromisoformat rejects "Z" and ".5"; 3.11's rejects a lower "z".
    job = JobResult.model_validate_json(
        '{"job_id": "j", "status": "queued", "created_at": "2026-01-05T09:30:00z"}'
    )
    assert job.created_at == datetime(2026, 1, 5, 9, 30, tzinfo=timezone.utc)

    def old_python(text: str) -> datetime:
        raise ValueError(text)

    monkeypatch.setattr(Timestamp, "fromisoformat", classmethod(lambda cls, t: old_python(t)))
    job = JobResult.model_validate_json(
        '{"job_id": "j", "status": "queued", "created_at": "2026-01-05T09:30:00.5Z"}'
    )
    assert isinstance(job.created_at, Timestamp)
    assert job.created_at == datetime(2026, 1, 5, 9, 30, 0, 500000, tzinfo=timezone.utc)
    assert job.to_dict()["created_at"] == "2026-01-05T09:30:00.5Z"


def test_a_timestamp_that_only_looks_valid_fails_when_read() -> None:
    job = JobResult.model_validate_json(
        '{"job_id": "j", "status": "queued", "created_at": "2026-02-30T10:00:00Z"}'
    )
    with pytest.raises(ValueError, match=r"JobResult\.created_at: not a valid date-time: .*day"):
        _ = job.created_at
    assert job.to_dict()["created_at"] == "2026-02-30T10:00:00Z"  # still kept as sent


def test_subclasses_of_models_keep_field_defaults_and_lazy_timestamps() -> None:
    class Mine(ConnectionOut):
        note: str = ""

    assert Mine.model_fields["created_at"].default is None
    plain = Mine.model_validate({"id": 1, "slug": "x", "display_name": "X"})
    assert plain.created_at is None
    raw = '{"id": 1, "slug": "x", "display_name": "X", "created_at": "2026-01-01T00:00:00Z"}'
    parsed = Mine.model_validate_json(raw)
    assert parsed.created_at == datetime(2026, 1, 1, tzinfo=timezone.utc)
    assert parsed.to_dict() == json.loads(raw)


def test_repr_shows_timestamps_as_datetimes() -> None:
    job = JobResult.model_validate_json(
        '{"job_id": "j", "status": "queued", "created_at": "2026-01-05T09:30:00Z"}'
    )
    assert "created_at=Timestamp(2026, 1, 5, 9, 30" in repr(job)


def test_str_is_the_wire_dict_as_0x_printed_it() -> None:
    raw = '{"status": "success", "result": {"a": [1, null]}, "x_new": true}'
    result = models.ExecutionResult.model_validate_json(raw)
    assert str(result) == str(json.loads(raw))
    assert repr(result).startswith("ExecutionResult(")


def test_models_carry_the_spec_descriptions(spec: dict[str, Any]) -> None:
    import facilio_connections_sdk.models as models

    checked = 0
    for name, schema in spec["components"]["schemas"].items():
        model = getattr(models, name, None)
        if model is None or not isinstance(model, type) or not issubclass(model, models.ApiModel):
            continue
        assert inspect.getdoc(model) == " ".join(schema["description"].split()), name
        parts = [schema, *(p for p in schema.get("allOf", []) if "$ref" not in p)]
        wire = {f.alias or n: f for n, f in model.model_fields.items()}
        for part in parts:
            for prop, body in part.get("properties", {}).items():
                assert wire[prop].description == body["description"], f"{name}.{prop}"
                checked += 1
    assert checked > 150


def test_a_text_field_whose_description_says_timestamp_stays_text() -> None:
    """Timestamp fields are found by their type: a ``str`` field described as a "Timestamp"
    keeps whatever text came (it is not parsed as a date when read)."""

    from facilio_connections_sdk.models import ApiModel, Timestamp

    class Note(ApiModel):
        when: Annotated[str, Field(description="Timestamp of the note, as the user typed it.")]
        at: Annotated[Timestamp | None, Field(description="When it was saved.")] = None

    note = Note.model_validate({"when": "yesterday", "at": "2026-01-02T03:04:05Z"})
    assert note.when == "yesterday"
    assert isinstance(note.at, Timestamp) and note.at.year == 2026


def test_a_result_view_is_read_once_and_follows_a_new_result() -> None:
    from facilio_connections_sdk.models import SqlExecutionResult

    wire = {"status": "succeeded", "result": {"rows": [{"a": 1}], "row_count": 1}}
    run = SqlExecutionResult.model_validate(wire)
    first = run.sql
    assert run.sql is first  # validated once, not on every read
    assert run == SqlExecutionResult.model_validate(wire)  # the kept view is not a field
    assert run.to_dict() == wire
    run.result = {"rows": [], "row_count": 0}
    assert run.sql.row_count == 0  # a new result is read anew


class _Inner(ApiModel):
    """A model with a deprecated field, as the codegen writes one."""

    color: Annotated[str | None, Field(deprecated=True)] = None
    shade: str | None = None


class _Outer(ApiModel):
    inner: _Inner


def test_a_deprecated_field_warns_at_the_readers_line_also_inside_another_answer() -> None:
    outer = _Outer.model_validate({"inner": {"color": "red", "shade": "dark"}})
    with pytest.warns(DeprecationWarning, match=r"_Inner\.color is deprecated") as caught:
        assert outer.inner.color == "red"
    assert caught[0].filename == __file__  # the reader's line, not the SDK's
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert outer.inner.shade == "dark"  # a field that is not deprecated: silent
