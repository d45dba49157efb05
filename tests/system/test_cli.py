"""The CLI against the emulator: every command, every exit code, JSON and table output."""

from __future__ import annotations

import io
import json
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from facilio_connections_sdk.cli import main
from facilio_connections_sdk.pytest_plugin import EmulatorHandle

TOKEN = "cli-secret-token"


class Result:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    def json(self) -> Any:
        return json.loads(self.out)


@pytest.fixture
def cli(connections_emulator: EmulatorHandle, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.delenv("FACILIO_CONNECTIONS_BASE_URL", raising=False)
    monkeypatch.setenv("FACILIO_CONNECTIONS_SERVICE_TOKEN", TOKEN)

    def run(*argv: str, base_url: str | None = connections_emulator.base_url) -> Result:
        out, err = io.StringIO(), io.StringIO()
        extra = ["--base-url", base_url] if base_url else []
        code = main([*argv, *extra], out=out, err=err)
        result = Result(code, out.getvalue(), err.getvalue())
        assert TOKEN not in result.out + result.err  # the token is never echoed
        return result

    return run


def test_connections_list_json_and_all_pages(cli: Any) -> None:
    one = cli("connections", "list", "--page", "1", "--per-page", "5")
    assert one.code == 0
    assert one.json()["perPage"] == 5
    assert len(one.json()["connections"]) == 5
    every = cli("connections", "list", "--all", "--per-page", "10", "--filter", "all")
    assert len(every.json()) == one.json()["total"]
    searched = cli("connections", "list", "--q", "warehouse")
    assert [c["slug"] for c in searched.json()["connections"]] == ["warehouse-db"]


def test_connections_list_table_is_readable(cli: Any) -> None:
    result = cli("connections", "list", "--page", "1", "--per-page", "3", "--format", "table")
    lines = result.out.splitlines()
    assert lines[0].split()[:3] == ["ID", "SLUG", "DISPLAY_NAME"]
    assert set(lines[1].replace(" ", "")) == {"-"}
    assert lines[2].split()[:2] == ["11", "servicenow-connection"]
    assert len(lines) == 5


def test_connection_get_and_accounts(cli: Any) -> None:
    got = cli("connections", "get", "servicenow-connection").json()
    assert got["connection"]["display_name"] == "ServiceNow"
    accounts = cli("connections", "accounts", "servicenow-connection").json()
    assert accounts["accounts"][0]["account_slug"] == "servicenow-ops"


def test_actions_list_and_inputs(cli: Any) -> None:
    mine = cli("actions", "list", "servicenow-connection").json()
    assert mine["actions"][0]["slug"] == "add-comment-in-servicenow-task"
    catalog = cli("actions", "list", "--all").json()
    assert len(catalog) > 100
    inputs = cli("actions", "inputs", "servicenow-connection", "add-comment-in-servicenow-task")
    assert [i["name"] for i in inputs.json()["inputs"]][:2] == ["parentId", "body"]
    table = cli(
        "actions",
        "inputs",
        "servicenow-connection",
        "add-comment-in-servicenow-task",
        "--format",
        "table",
    )
    assert table.out.splitlines()[0].split()[:3] == ["NAME", "TYPE", "REQUIRED"]


def test_execute_with_inputs_json_and_wait(cli: Any, connections_emulator: EmulatorHandle) -> None:
    result = cli(
        "execute", "servicenow-connection", "add-comment-in-servicenow-task",
        "--json", '{"input": {"parentId": "from-json"}}',
        "--input", "body=hello", "--input", "count:=3",
        "--async", "--wait", "--version", "2", "--account", "servicenow-ops",
    )  # fmt: skip
    assert result.code == 0, result.err
    assert result.json()["status"] == "succeeded"
    assert "job " in result.err and "succeeded" in result.err  # progress on stderr
    sent = json.loads(
        next(r.body for r in connections_emulator.requests if r.operation_id == "executeAction")
    )
    assert sent == {
        "input": {"parentId": "from-json", "body": "hello", "count": 3},
        "account_slug": "servicenow-ops",
    }


def test_execute_with_a_json_file_and_a_file_input(cli: Any, tmp_path: Path) -> None:
    body = tmp_path / "body.json"
    body.write_text('{"input": {"parentId": "7"}}')
    attachment = tmp_path / "photo.png"
    attachment.write_bytes(b"PNG")
    result = cli(
        "execute",
        "servicenow-connection",
        "attach-file-to-task",
        "--json-file",
        str(body),
        "--file",
        f"attachment={attachment}",
    )
    assert result.code == 0, result.err
    assert result.json()["result"]["attachment"]["name"] == "photo.png"


def _start_job(cli: Any) -> Any:
    args = ["execute", "servicenow-connection", "add-comment-in-servicenow-task"]
    return cli(*args, "--input", "parentId=1", "--input", "body=b", "--async").json()


def test_jobs_get_and_wait(cli: Any) -> None:
    started = _start_job(cli)
    job_id = started["job_id"]
    assert cli("jobs", "get", job_id).json()["status"] == "queued"
    assert cli("jobs", "wait", job_id, "--timeout", "30").json()["status"] == "succeeded"


def test_http_commands(cli: Any) -> None:
    for verb in ("get", "post", "patch", "put", "delete"):
        result = cli(
            "http",
            verb,
            "servicenow-connection",
            "/api/now/table/incident",
            "--query",
            "limit=5",
            "--query",
            "f=a",
            "--query",
            "f=b",
            "--header",
            "X-Trace=1",
            "--body",
            '{"k": 1}',
        )
        request = result.json()["result"]["request"]
        assert request["method"] == verb.upper()
        assert request["query"] == {"limit": "5", "f": ["a", "b"]}
        assert request["headers"] == {"X-Trace": "1"}
        assert request["body"] == {"k": 1}


def test_sql_query_with_params_json_and_table(cli: Any) -> None:
    rows = cli(
        "sql",
        "query",
        "warehouse-db",
        "SELECT id, site FROM work_orders WHERE id > ? AND site = ?",
        "--param",
        "1",
        "--param",
        "HQ",
    ).json()
    assert rows["result"]["rows"] == [{"id": 2, "site": "HQ"}]
    table = cli(
        "sql",
        "query",
        "warehouse-db",
        "SELECT id, title FROM work_orders ORDER BY id",
        "--format",
        "table",
    )
    assert table.out.splitlines()[0].split() == ["ID", "TITLE"]
    assert table.out.splitlines()[2].startswith("1   Replace AHU filter")


def test_files_commands(cli: Any, tmp_path: Path) -> None:
    assert cli("files", "upload", "shared-drive", "/notes/a.txt", "--content", "hello").code == 0
    local = tmp_path / "blob.bin"
    local.write_bytes(bytes(range(256)))
    assert (
        cli("files", "upload", "shared-drive", "/notes/b.bin", "--from-file", str(local)).code == 0
    )
    assert (
        cli("files", "read", "shared-drive", "/notes/a.txt").json()["result"]["content"] == "hello"
    )
    assert (
        cli("files", "read", "shared-drive", "/notes/b.bin").json()["result"]["encoding"]
        == "base64"
    )
    listed = cli("files", "list", "shared-drive", "/notes", "--format", "table")
    assert listed.out.splitlines()[2:] == ["/notes/a.txt", "/notes/b.bin"]
    assert cli("files", "delete", "shared-drive", "/notes/a.txt").code == 0
    again = cli("files", "read", "shared-drive", "/notes/a.txt")
    assert again.code == 1


def test_triggers_list(cli: Any) -> None:
    listed = cli("triggers", "list", "servicenow-connection").json()
    assert listed["triggers"][0]["slug"] == "incident-created"


# -- exit codes -----------------------------------------------------------------------------


def test_api_error_exits_1_with_the_error_body_on_stderr(cli: Any) -> None:
    result = cli(
        "execute",
        "servicenow-connection",
        "add-comment-in-servicenow-task",
        "--input",
        "parentId=1",
        "--format",
        "json",
    )
    assert result.code == 1
    assert result.out == ""
    err = json.loads(result.err)
    assert err["status"] == 422
    assert err["error"]["error"] == "missing_inputs"
    assert err["error"]["request_id"].startswith("req_")
    assert "request_id" not in err  # said once: the body carries it
    assert cli("connections", "get", "nope").code == 1


def test_an_api_error_reads_as_one_line_and_says_the_request_id_once(cli: Any) -> None:
    result = cli("connections", "get", "nope")
    assert result.code == 1
    lines = result.err.splitlines()
    assert lines[0].startswith("facilio-connections: error: HTTP 404 not_found: ")
    ids = [line for line in lines if "req_" in line]
    assert len(ids) == 1
    assert ids[0].startswith("  request id: req_")
    assert "{" not in lines[0]  # no raw JSON for a person


def test_an_unusable_success_body_exits_1_saying_what_is_wrong(
    cli: Any, connections_emulator: EmulatorHandle
) -> None:
    connections_emulator.faults.script("getConnection", "non-json")  # HTML with status 200
    result = cli("connections", "get", "servicenow-connection", "--format", "json")
    assert result.code == 1
    err = json.loads(result.err)
    assert err["status"] == 200  # the status sent, not 0.x's 0
    assert err["error"]["error"] == "invalid_response"
    assert "the body is not JSON" in err["error"]["message"]
    assert err["error"]["body"].lstrip().startswith("<")


@pytest.mark.parametrize(
    "argv",
    [
        ["execute", "s", "a", "--input", "no-equals-sign"],
        ["execute", "s", "a", "--json", "{not json"],
        ["execute", "s", "a", "--json", "[1, 2]"],
        ["execute", "s", "a", "--input", "n:=not-json"],
        ["execute", "s", "a", "--file", "f=/no/such/file"],
        ["execute", "s", "a", "--wait"],
        ["http", "get", "s", "/x", "--body", "{"],
        ["http", "get", "s", "/x", "--query", "novalue"],
        ["connections", "list", "--filter", "nonsense"],
        ["connections", "get", ".."],
        ["no-such-command"],
    ],
)
def test_bad_input_exits_2_before_anything_is_sent(
    cli: Any, connections_emulator: EmulatorHandle, argv: list[str]
) -> None:
    result = cli(*argv)
    assert result.code == 2
    assert result.err.strip()
    assert connections_emulator.requests == []


def test_missing_base_url_exits_2(cli: Any) -> None:
    result = cli("connections", "list", base_url=None)
    assert result.code == 2
    assert "--base-url" in result.err


def test_connection_failure_exits_3(cli: Any) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = cli("connections", "list", "--max-retries", "0", base_url=f"http://127.0.0.1:{port}")
    assert result.code == 3
    assert "ConnectError" in result.err


def test_job_wait_timeout_exits_3(cli: Any, connections_emulator: EmulatorHandle) -> None:
    connections_emulator.faults.latency = 0.0
    started = _start_job(cli)
    result = cli("jobs", "wait", started["job_id"], "--timeout", "0.01")
    assert result.code == 3
    assert "still" in result.err


def test_console_script_entry_point_runs() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "facilio_connections_sdk.cli", "--help"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert completed.returncode == 0
    for name in (
        "connections",
        "actions",
        "execute",
        "jobs",
        "http",
        "sql",
        "files",
        "triggers",
        "emulator",
        "demo",
    ):
        assert name in completed.stdout


def test_output_piped_into_a_closed_reader_is_not_an_error() -> None:
    # the demo prints line by line as it goes: `head` is gone before the later lines
    head = subprocess.run(
        f'"{sys.executable}" -m facilio_connections_sdk.cli demo | head -n 1',
        shell=True, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert head.stdout.startswith("Facilio Connections SDK demo")
    assert "Traceback" not in head.stderr
    assert "BrokenPipe" not in head.stderr


def _serve_emulator(
    *extra: str, ignore_sigint: bool = False, env: dict[str, str] | None = None
) -> tuple[subprocess.Popen[str], str]:
    """The emulator command in its own session (no signal from the caller's shell reaches it)."""
    import re
    import signal

    def child_setup() -> None:
        if ignore_sigint:  # what a shell does to a background job
            signal.signal(signal.SIGINT, signal.SIG_IGN)

    proc = subprocess.Popen(
        [sys.executable, "-m", "facilio_connections_sdk.cli", "emulator", "--port", "0", *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        start_new_session=True, preexec_fn=child_setup, env=env,
    )  # fmt: skip
    assert proc.stdout is not None
    first = proc.stdout.readline()  # blocks until the server is up (or the process died)
    found = re.search(r"(http://127\.0\.0\.1:\d+)/api/v1", first)
    if not found:
        proc.kill()
        proc.wait()
        raise AssertionError(first + (proc.stderr.read() if proc.stderr else ""))
    return proc, found.group(1)


@pytest.mark.parametrize(
    ("signame", "ignore_sigint"),
    [("SIGTERM", False), ("SIGINT", False), ("SIGINT", True), ("SIGTERM", True)],
)
def test_emulator_command_stops_cleanly_on_a_signal(signame: str, ignore_sigint: bool) -> None:
    import signal

    import httpx

    proc, base = _serve_emulator(ignore_sigint=ignore_sigint)
    try:
        response = httpx.get(base + "/api/v1/connections", headers={"X-Service-Token": "t"})
        assert response.status_code == 200
        assert response.json()["count"] > 40
        proc.send_signal(getattr(signal, signame))
        code = proc.wait(timeout=20)
    finally:  # never leave the process behind, whatever failed
        if proc.poll() is None:
            proc.kill()
        proc.wait()
    assert code == 0


def test_a_port_in_use_is_one_line_and_exit_2() -> None:
    import socket

    from facilio_connections_sdk.cli import main

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        err = io.StringIO()
        code = main(["emulator", "--port", str(port)], out=io.StringIO(), err=err)
    assert code == 2
    assert err.getvalue().count("\n") == 1
    assert f"port {port} on 127.0.0.1 is in use" in err.getvalue()
    assert "Traceback" not in err.getvalue()


def test_an_unexpected_failure_is_one_line_unless_debug(monkeypatch: pytest.MonkeyPatch) -> None:
    from facilio_connections_sdk import cli

    def boom(*_args: object, **_kwargs: object) -> object:
        raise RuntimeError("something broke")

    monkeypatch.setattr(cli._api, "_client", boom)
    err = io.StringIO()
    argv = ["connections", "list", "--base-url", "http://127.0.0.1:9", "--token", "t"]
    assert cli.main(argv, out=io.StringIO(), err=err) == 2
    assert err.getvalue().count("\n") == 1
    assert "internal error: RuntimeError: something broke" in err.getvalue()
    assert "--debug" in err.getvalue()
    with pytest.raises(RuntimeError):
        cli.main(["--debug", *argv], out=io.StringIO(), err=io.StringIO())


def test_emulator_require_token_flags_are_checked_before_serving(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import io

    from facilio_connections_sdk.cli import main

    monkeypatch.delenv("FACILIO_CONNECTIONS_SERVICE_TOKEN", raising=False)
    err = io.StringIO()
    assert main(["emulator", "--port", "0", "--require-token"], out=io.StringIO(), err=err) == 2
    assert "FACILIO_CONNECTIONS_SERVICE_TOKEN" in err.getvalue()
    err = io.StringIO()
    argv = ["emulator", "--port", "0", "--require-csrf-token", "c"]
    assert main(argv, out=io.StringIO(), err=err) == 2
    assert "needs --require-token" in err.getvalue()


# -- flags anywhere, the closest name, the hints the tools print --------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["--base-url", "{url}", "--format", "table", "connections", "list", "--per-page", "2"],
        ["connections", "list", "--per-page", "2", "--base-url", "{url}", "--format", "table"],
        ["--format", "table", "connections", "list", "--base-url", "{url}", "--per-page", "2"],
    ],
    ids=["before", "after", "both"],
)
def test_connection_flags_go_before_or_after_the_command(
    cli: Any, connections_emulator: EmulatorHandle, argv: list[str]
) -> None:
    url = connections_emulator.base_url
    result = cli(*(a.replace("{url}", url) for a in argv), base_url=None)
    assert result.code == 0, result.err
    assert result.out.splitlines()[0].split()[:2] == ["ID", "SLUG"]  # the table, not JSON


def test_a_flag_after_the_command_wins_over_the_same_flag_before(cli: Any) -> None:
    # before: a port nothing listens on; after (the fixture's): the emulator
    result = cli("--base-url", "http://127.0.0.1:9", "--max-retries", "0", "connections", "list")
    assert result.code == 0, result.err


def test_top_level_help_lists_the_connection_flags() -> None:
    out = io.StringIO()
    assert main(["--help"], out=out) == 0
    text = out.getvalue()
    flags = ("--base-url", "--token", "--token-file", "--org-domain", "--format", "--debug")
    for flag in (*flags, "--request-timeout"):
        assert flag in text


def test_a_mistyped_flag_answers_with_the_commands_usage_and_the_closest_flag(cli: Any) -> None:
    result = cli("connections", "list", "--per-pgae", "3")
    assert result.code == 2
    first, message = result.err.splitlines()[:2]
    assert first.startswith("usage: facilio-connections connections list ")
    assert "unrecognized arguments: --per-pgae 3" in message
    assert message.endswith("(did you mean --per-page?)")


@pytest.mark.parametrize(
    ("argv", "closest"),
    [(["conections", "list"], "connections"), (["connections", "lst"], "list")],
)
def test_a_mistyped_command_names_the_closest(cli: Any, argv: list[str], closest: str) -> None:
    result = cli(*argv)
    assert result.code == 2
    assert result.err.rstrip().endswith(f"(did you mean {closest}?)")


def test_nothing_close_gets_no_guess(cli: Any) -> None:
    result = cli("connections", "list", "--zzzzzz")
    assert result.code == 2
    assert "did you mean" not in result.err


def test_a_local_command_refuses_connection_flags() -> None:
    err = io.StringIO()
    code = main(["--base-url", "http://127.0.0.1:9", "demo"], out=io.StringIO(), err=err)
    assert code == 2
    assert "demo runs locally and takes no --base-url" in err.getvalue()


@pytest.mark.parametrize("on_path", [True, False], ids=["venv-active", "venv-not-active"])
def test_the_emulators_hint_works_as_printed(on_path: bool) -> None:
    """What `facilio-connections emulator` prints under "Try:" runs, as printed, in the shell
    it was started from: with the virtual environment active (its scripts on the PATH), or not
    (the hint then names the script itself)."""
    scripts = str(Path(sys.executable).parent)  # the console script beside this interpreter
    path = f"{scripts}:/usr/bin:/bin" if on_path else "/usr/bin:/bin"
    env = {"PATH": path, "HOME": str(Path.home())}
    proc, _base = _serve_emulator(env=env)
    try:
        assert proc.stdout is not None
        printed = []
        for line in proc.stdout:
            if line.startswith("Press Ctrl+C"):
                break
            printed.append(line.rstrip("\n"))
        hint = printed[printed.index("Try:") + 1 :]
        first_word = hint[-1].split()[0]
        assert (
            first_word == "facilio-connections"
            if on_path
            else first_word.endswith("/facilio-connections")
        )
        script = "set -e\n" + "\n".join(line.strip() for line in hint)
        ran = subprocess.run(
            ["bash", "-c", script], capture_output=True, text=True, env=env, check=False
        )
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    assert ran.returncode == 0, ran.stderr
    assert json.loads(ran.stdout)["count"] > 40


def test_the_demos_next_step_is_a_command_that_works_where_the_user_is() -> None:
    out = io.StringIO()
    assert main(["demo"], out=out) == 0
    last = out.getvalue().rstrip().splitlines()[-1]
    command = last.split("Next:", 1)[1].split("(", 1)[0].split()
    from facilio_connections_sdk.cli._common import command_name

    assert command[0] == command_name()  # what runs from this shell (the PATH it has)
    assert command[0].endswith("facilio-connections")
    assert "--help" not in command
    parsed = main([*command[1:], "--help"], out=io.StringIO(), err=io.StringIO())
    assert parsed == 0  # the command exists and takes what the hint gives it


def test_include_prints_the_status_request_id_and_masked_headers_before_the_body(
    cli: Any, connections_emulator: EmulatorHandle
) -> None:
    connections_emulator.faults.deprecate("getConnection", sunset="Sat, 01 Jan 2028 00:00:00 GMT")
    with pytest.warns(DeprecationWarning, match="get_connection"):
        result = cli("connections", "get", "servicenow-connection", "--include")
    assert result.code == 0
    head = result.err.splitlines()
    assert head[0].startswith("HTTP 200  request id: ")
    assert "attempts: 1" in head[0]
    assert "content-type: application/json" in head
    assert "sunset: Sat, 01 Jan 2028 00:00:00 GMT" in head
    assert result.json()["connection"]["slug"] == "servicenow-connection"  # stdout: the body
    with pytest.warns(DeprecationWarning, match="get_connection"):
        plain = cli("connections", "get", "servicenow-connection")
    assert "HTTP 200" not in plain.err


def test_without_a_token_nothing_is_sent_and_the_variable_is_named(
    cli: Any, connections_emulator: EmulatorHandle, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FACILIO_CONNECTIONS_SERVICE_TOKEN")
    before = len(connections_emulator.requests)
    result = cli("connections", "list")
    assert result.code == 2
    assert "FACILIO_CONNECTIONS_SERVICE_TOKEN" in result.err
    assert len(connections_emulator.requests) == before  # refused before sending


def test_one_object_as_a_table_is_a_row_per_field(cli: Any) -> None:
    result = cli("connections", "get", "servicenow-connection", "--format", "table")
    lines = result.out.splitlines()
    assert lines[0].split() == ["FIELD", "VALUE"]
    assert any(line.split()[:2] == ["connection.slug", "servicenow-connection"] for line in lines)
    assert not result.out.lstrip().startswith("{")


def test_per_page_alone_says_the_whole_list_comes_back(cli: Any) -> None:
    alone = cli("connections", "list", "--per-page", "2")
    assert "--per-page applies with --page or --all" in alone.err
    assert len(alone.json()["connections"]) > 2  # the 0.x rule: everything
    paged = cli("connections", "list", "--per-page", "2", "--page", "1")
    assert paged.err == ""
    assert len(paged.json()["connections"]) == 2
