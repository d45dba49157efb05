"""The 0.7.0 public surface, written down as facts, checked against ours (sync and async).

Each row is one public method of the published 0.7.0 SDK: where it lives, and its parameters
as 0.7.0 declares them (from its published README and method list, never imported from the 0.x
package). Code written against 0.7.0 keeps working when, for every row:

- each positional parameter is at the same position, under the same name (``?`` where 0.7.0's
  name is not part of its documented surface: position only);
- each keyword-only parameter is accepted by that name;
- a parameter 0.7.0 lets you leave out can be left out here too, and ours adds no required one;
- ``**extra_options`` is accepted where 0.7.0 accepts it.
"""

from __future__ import annotations

import inspect
import pydoc
import re
from collections.abc import Callable
from typing import Any

import pytest

from facilio_connections_sdk import AsyncConnectionsClient, ConnectionsClient

EXECUTE = "parameters=None, *, async_=False, timeout_ms=None, version=None, account_slug=None, options=None, **extra_options"  # noqa: E501
LIST_CONNECTIONS = (
    "relay_id=None, *, template_id=None, page=None, per_page=None, q=None, filter=None, "
    "authorized=None"
)
SUBSCRIBE = (
    "*, target_url, service=None, user_id=None, api_key=None, api_key_header=None, name=None, "
    "account_id=None, account=None, inputs=None"
)
EXECUTE_ACTION = (
    "body=None, *, files=None, async_=False, timeout_ms=None, version=None, account_slug=None, "
    "options=None, **extra_options"
)

# (where, method, 0.7.0 parameters)
SURFACE: list[tuple[str, str, str]] = [
    # the client: construction and lifecycle
    ("class", "__init__", "base_url, service_token='', *, http_client=None"),
    ("class", "from_config", "config, *, http_client=None"),
    ("client", "close", ""),
    # fluent roots
    ("client", "jobs", ""),
    ("client", "connections", ""),
    ("client", "actions_catalog", ""),
    ("client", "template", "?"),
    ("client", "connection", "slug"),
    # flat: jobs, connections
    ("client", "get_job_result", "job_id"),
    ("client", "list_connections", LIST_CONNECTIONS),
    ("client", "iter_connections", "relay_id=None, *, template_id=None, q=None, filter=None"),
    ("client", "get_connection", "slug"),
    ("client", "get_connected_accounts", "connection_slug"),
    ("client", "authorize", "slug, *, org_wide=None, name=None, scope=None, return_origin=None"),
    ("client", "authorize_connection", "slug"),
    ("client", "unauthorize_connection", "slug"),
    ("client", "toggle_connection_active", "slug, active"),
    # flat: actions
    ("client", "list_all_actions", "*, page=None, per_page=None, q=None"),
    ("client", "iter_all_actions", "*, q=None, per_page=100"),
    ("client", "list_actions", "connection_slug, *, page=None, per_page=None, q=None"),
    ("client", "iter_actions", "connection_slug, *, q=None, per_page=100"),
    ("client", "get_action", "connection_slug, action_slug"),
    ("client", "list_action_inputs", "connection_slug, action_slug"),
    ("client", "list_action_output_meta", "connection_slug, action_slug"),
    ("client", "execute_action", f"connection_slug, action_slug, {EXECUTE_ACTION}"),
    # flat: typed executors
    *[
        ("client", f"execute_{name}", f"connection_slug, {EXECUTE}")
        for name in (
            "http_get",
            "http_post",
            "http_patch",
            "http_put",
            "http_delete",
            "file_read_file",
            "file_upload_file",
            "file_append_file",
            "file_list_files",
            "file_rename_file",
            "file_move_file",
            "file_delete_file",
            "sql_query",
            "sql_select",
            "sql_insert",
            "sql_update",
            "sql_delete",
            "sql_execute",
        )
    ],
    # flat: triggers
    ("client", "list_triggers", "connection_slug, *, account_slug=None"),
    ("client", "get_trigger", "connection_slug, trigger_slug, *, account_slug=None"),
    ("client", "subscribe", f"connection_slug, trigger_slug, {SUBSCRIBE}"),
    ("client", "unsubscribe", "subscriber_id"),
    # fluent scopes
    ("jobs", "result", "job_id"),
    ("connections", "list", LIST_CONNECTIONS),
    ("connections", "iterate", "relay_id=None, *, template_id=None, q=None, filter=None"),
    ("actions_catalog", "list", "*, page=None, per_page=None, q=None"),
    ("actions_catalog", "iterate", "*, q=None, per_page=100"),
    (
        "template",
        "connections",
        "*, authorized=None, page=None, per_page=None, q=None, filter=None",
    ),
    ("template", "connection", "slug"),
    ("connection", "get", ""),
    ("connection", "connected_accounts", ""),
    ("connection", "authorize", ""),
    ("connection", "unauthorize", ""),
    ("connection", "set_active", "active"),
    ("connection", "http", ""),
    ("connection", "file", ""),
    ("connection", "sql", ""),
    ("connection", "actions", ""),
    ("connection", "triggers", "*, account_slug=None"),
    ("connection", "trigger", "?"),
    *[("http", verb, EXECUTE) for verb in ("get", "post", "patch", "put", "delete")],
    *[
        ("file", verb, EXECUTE)
        for verb in ("read", "upload", "append", "list_files", "rename", "move", "delete")
    ],
    *[
        ("sql", verb, EXECUTE)
        for verb in ("query", "select", "insert", "update", "delete", "execute")
    ],
    ("actions", "list", "*, page=None, per_page=None, q=None"),
    ("actions", "iterate", "*, q=None, per_page=100"),
    ("actions", "get", "action_slug"),
    ("actions", "list_inputs", "action_slug"),
    ("actions", "list_outputs", "action_slug"),
    ("actions", "execute", f"action_slug, {EXECUTE_ACTION}"),
    ("trigger", "get", "*, account_slug=None"),
    ("trigger", "subscribe", SUBSCRIBE),
]


def _owners(cls: type[Any]) -> dict[str, Any]:
    client = cls("https://connections.example.com", "tok")
    connection = client.connection("crm")
    return {
        "class": cls,
        "client": client,
        "jobs": client.jobs(),
        "connections": client.connections(),
        "actions_catalog": client.actions_catalog(),
        "template": client.template("servicenow"),
        "connection": connection,
        "http": connection.http(),
        "file": connection.file(),
        "sql": connection.sql(),
        "actions": connection.actions(),
        "trigger": connection.trigger("push"),
    }


def _parse(text: str) -> tuple[list[tuple[str, bool]], list[tuple[str, bool]], bool]:
    """0.7.0 parameters as (positional [(name, optional)], keyword-only [...], **kwargs)."""
    positional: list[tuple[str, bool]] = []
    keyword: list[tuple[str, bool]] = []
    var_keyword = False
    target = positional
    for item in filter(None, (part.strip() for part in text.split(","))):
        if item == "*":
            target = keyword
        elif item.startswith("**"):
            var_keyword = True
        else:
            name, eq, _ = item.partition("=")
            target.append((name, bool(eq)))
    return positional, keyword, var_keyword


def _check(ours: inspect.Signature, text: str) -> list[str]:
    problems = []
    positional, keyword, var_keyword = _parse(text)
    params = list(ours.parameters.values())
    if params and params[0].name in ("self", "cls"):
        params = params[1:]
    by_name = {p.name: p for p in params}
    ours_positional = [
        p
        for p in params
        if p.kind in (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    ]
    for index, (name, optional) in enumerate(positional):
        if index >= len(ours_positional):
            problems.append(f"position {index} ({name}) is missing")
            continue
        param = ours_positional[index]
        if name != "?" and param.name != name:
            problems.append(f"position {index} is {param.name!r}, 0.7.0 calls it {name!r}")
        if optional and param.default is inspect.Parameter.empty:
            problems.append(f"{param.name} is required; 0.7.0 lets you leave it out")
    for name, optional in keyword:
        found = by_name.get(name)
        if found is None or found.kind not in (
            inspect.Parameter.KEYWORD_ONLY,
            inspect.Parameter.POSITIONAL_OR_KEYWORD,
        ):
            problems.append(f"keyword {name!r} is not accepted")
        elif optional and found.default is inspect.Parameter.empty:
            problems.append(f"keyword {name!r} is required; 0.7.0 lets you leave it out")
    if var_keyword and not any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params):
        problems.append("**extra_options is not accepted")
    known = {name for name, _ in positional + keyword}
    for index, param in enumerate(params):
        extra_required = param.default is inspect.Parameter.empty and param.kind not in (
            inspect.Parameter.VAR_POSITIONAL,
            inspect.Parameter.VAR_KEYWORD,
        )
        is_0x_position = param in ours_positional[: len(positional)]
        if extra_required and param.name not in known and not is_0x_position:
            problems.append(f"{param.name!r} (position {index}) is required and not in 0.7.0")
    return problems


@pytest.mark.parametrize("cls", [ConnectionsClient, AsyncConnectionsClient], ids=["sync", "async"])
def test_every_0_7_0_method_accepts_its_0_7_0_parameters(cls: type[Any]) -> None:
    owners = _owners(cls)
    problems = []
    for where, method, text in SURFACE:
        if cls is AsyncConnectionsClient and method == "close":
            method = "aclose"  # the async spelling of close, as httpx has it
        attribute = getattr(owners[where], method, None)
        if attribute is None:
            problems.append(f"{where}.{method}: missing")
            continue
        problems += [f"{where}.{method}: {p}" for p in _check(inspect.signature(attribute), text)]
    assert problems == []
    # a context manager, as in 0.7.0 (async: the async protocol)
    is_async = cls is AsyncConnectionsClient
    enter, leave = ("__aenter__", "__aexit__") if is_async else ("__enter__", "__exit__")
    assert callable(getattr(cls, enter))
    assert callable(getattr(cls, leave))


def test_the_surface_table_has_one_row_per_method() -> None:
    assert len(SURFACE) == len({(where, method) for where, method, _ in SURFACE})


@pytest.mark.parametrize(
    ("signature", "problem"),
    [
        (lambda slug, trigger, *, account_slug=None: None, "position 0 is 'slug'"),
        (lambda connection_slug, *, target_url: None, "position 1 (trigger_slug) is missing"),
        (lambda connection_slug, trigger_slug, *, account_slug: None, "is required"),
        (lambda connection_slug, trigger_slug, extra, *, account_slug=None: None, "'extra'"),
        (lambda connection_slug, trigger_slug: None, "keyword 'account_slug' is not accepted"),
    ],
)
def test_the_checker_finds_what_breaks_0_7_0_calls(
    signature: Callable[..., None], problem: str
) -> None:
    table = "connection_slug, trigger_slug, *, account_slug=None"
    found = _check(inspect.signature(signature), table)
    assert any(problem in p for p in found), found


def _plain(signature: inspect.Signature) -> str:
    """A signature as ``help()`` prints it, without annotations."""
    params = [p.replace(annotation=inspect.Parameter.empty) for p in signature.parameters.values()]
    return str(signature.replace(parameters=params, return_annotation=inspect.Signature.empty))


@pytest.mark.parametrize("cls", [ConnectionsClient, AsyncConnectionsClient], ids=["sync", "async"])
def test_executors_have_real_signatures_and_help(cls: type[Any]) -> None:
    client = cls("https://connections.example.com", "tok")
    tail = (
        "parameters=None, *, async_=False, timeout_ms=None, version=None, account_slug=None, "
        "options=None, request_options=None, **extra_options)"
    )
    flat, fluent = client.execute_sql_select, client.connection("db").sql().select
    assert _plain(inspect.signature(flat)) == "(connection_slug, " + tail
    assert _plain(inspect.signature(fluent)) == "(" + tail
    # the annotations carry the model, for editors and checkers
    assert "SqlSelect" in str(inspect.signature(flat).parameters["parameters"].annotation)
    for method in (flat, fluent):
        text = re.sub(".\b", "", pydoc.render_doc(method, renderer=pydoc.TextDoc()))
        assert "Select rows from a table." in text
        assert "POST /connections/{slug}/sql/select" in text
        # the whole shared text follows, the row's own words in it
        assert "async_: Queue the run" in text
        assert "parameters: A ``SqlSelect``" in text
        assert "Raises:" in text
    flat_text = pydoc.render_doc(flat, renderer=pydoc.TextDoc())
    assert "client.connection(connection_slug).sql().select(...)" in re.sub(".\b", "", flat_text)
    assert inspect.iscoroutinefunction(flat) is (cls is AsyncConnectionsClient)
