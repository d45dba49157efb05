"""``facilio-connections actions codegen``: generate, type-check, run, change, check, redo."""

from __future__ import annotations

import ast
import asyncio
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from mypy import api as mypy_api

from facilio_connections_sdk import AsyncConnectionsClient, ConnectionsClient
from facilio_connections_sdk.cli import main
from facilio_connections_sdk.pytest_plugin import EmulatorHandle

TOKEN = "codegen-secret-token"
SN = "servicenow-connection"
ODD_INPUTS: list[dict[str, Any]] = [
    {"name": "class", "type": "string", "required": True, "label": "A keyword"},
    {"name": "2fa-code", "type": "integer", "required": True},
    {"name": "parentId", "type": "string", "required": False},
    {"name": "parent_id", "type": "string", "required": False},  # clashes after conversion
    {"name": "amount", "type": "number", "required": False, "description": "In euros"},
    {"name": "urgent", "type": "boolean", "required": False},
    {"name": "meta", "type": "object", "required": False},
    {"name": "tags", "type": "array", "required": False},
    {"name": "level", "type": "integer", "required": False, "options": [1, 2, 3]},
    {"name": "async_", "type": "string", "required": False},  # an execute option's name
]


def _generate(emulator: EmulatorHandle, out: Path, *extra: str) -> int:
    return main(
        ["actions", "codegen", "--out", str(out), "--base-url", emulator.base_url, "--token", TOKEN]
        + [arg for slug in ("--connection", SN) for arg in [slug]]
        + list(extra),
        out=sys.stdout,
        err=sys.stderr,
    )


def _load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("tenant_actions", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["tenant_actions"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def generated(connections_emulator: EmulatorHandle, tmp_path: Path) -> Path:
    connections_emulator.emulator.put_action(
        SN, "odd-names", inputs=ODD_INPUTS, description="Inputs with awkward names"
    )
    out = tmp_path / "tenant_actions.py"
    assert _generate(connections_emulator, out) == 0
    return out


def test_the_module_names_its_origin_and_command_never_the_token(
    generated: Path, connections_emulator: EmulatorHandle
) -> None:
    text = generated.read_text(encoding="utf-8")
    head = text.splitlines()[:4]
    assert "DO NOT EDIT" in head[0]
    assert connections_emulator.base_url in head[1]
    assert "facilio-connections actions codegen --out" in head[2]
    assert TOKEN not in text
    assert "class ServicenowConnectionActions:" in text
    assert "class AsyncServicenowConnectionActions:" in text
    assert "class AddCommentInServicenowTaskInput(ApiModel):" in text


def test_generation_is_deterministic(generated: Path, connections_emulator: EmulatorHandle) -> None:
    again = generated.with_name("again.py")
    assert _generate(connections_emulator, again) == 0
    first = generated.read_text(encoding="utf-8")
    assert again.read_text(encoding="utf-8") == first.replace(str(generated), str(again))


def test_awkward_names_become_valid_and_are_said_in_a_comment(generated: Path) -> None:
    module = _load(generated)
    import inspect

    params = inspect.signature(module.ServicenowConnectionActions.odd_names).parameters
    names = list(params)
    assert names[:3] == ["self", "class_", "input_2fa_code"]
    assert {"parent_id", "parent_id_2", "async_2"} <= set(names)
    text = generated.read_text(encoding="utf-8")
    assert "# input 'class' is class_" in text
    assert "# input '2fa-code' is input_2fa_code" in text
    assert "# input 'parent_id' is parent_id_2" in text


def _formatted(path: Path) -> bool:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--check", "--line-length", "88", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    return result.returncode == 0


def test_the_module_is_formatted(generated: Path) -> None:
    assert _formatted(generated)


GOOD = """
from facilio_connections_sdk import AsyncConnectionsClient, ConnectionsClient
from facilio_connections_sdk.models import ExecutionResult
from tenant_actions import AsyncServicenowConnectionActions, ServicenowConnectionActions


def run(client: ConnectionsClient) -> ExecutionResult:
    actions = ServicenowConnectionActions(client)
    actions.add_comment_in_servicenow_task(parent_id="1", body="hi", visibility="customer")
    actions.odd_names(class_="k", input_2fa_code=7, amount=2.5, level=3, tags=["a"])
    return actions.attach_file_to_task(parent_id="1", attachment=b"PNG", async_=True)


async def run_async(client: AsyncConnectionsClient) -> ExecutionResult:
    actions = AsyncServicenowConnectionActions(client)
    return await actions.add_comment_in_servicenow_task(parent_id="1", body="hi")
"""

BAD = """
from facilio_connections_sdk import ConnectionsClient
from tenant_actions import ServicenowConnectionActions


def run(client: ConnectionsClient) -> None:
    actions = ServicenowConnectionActions(client)
    actions.add_comment_in_servicenow_task(parent_id="1")
    actions.add_comment_in_servicenow_task(parent_id="1", body="hi", bdy="typo")
    actions.add_comment_in_servicenow_task(parent_id=1, body="hi")
    actions.add_comment_in_servicenow_task(parent_id="1", body="hi", visibility="public")
    actions.add_coment_in_servicenow_task(parent_id="1", body="hi")
    actions.odd_names(class_="k", input_2fa_code="seven")
"""
BAD_LINES = [8, 9, 10, 11, 12, 13]  # one misuse per line, in the order above


def _user_code(generated: Path) -> tuple[Path, Path]:
    good = generated.with_name("good_user.py")
    bad = generated.with_name("bad_user.py")
    good.write_text(GOOD, encoding="utf-8")
    bad.write_text(BAD, encoding="utf-8")
    return good, bad


@pytest.mark.slow
def test_mypy_strict_accepts_the_module_and_good_code_and_rejects_misuse(generated: Path) -> None:
    good, bad = _user_code(generated)
    out, err, status = mypy_api.run(["--strict", "--no-incremental", str(generated), str(good)])
    assert status == 0, out + err
    out, _, status = mypy_api.run(["--strict", "--no-incremental", str(bad), str(generated)])
    assert status == 1
    lines = sorted({int(line.split(":")[1]) for line in out.splitlines() if ": error:" in line})
    assert lines == BAD_LINES, out


@pytest.mark.slow
def test_pyright_strict_accepts_the_module_and_good_code_and_rejects_misuse(
    generated: Path,
) -> None:
    _user_code(generated)
    config = generated.with_name("pyrightconfig.json")
    config.write_text(json.dumps({"typeCheckingMode": "strict"}), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pyright", "--outputjson", "--pythonpath", sys.executable],
        capture_output=True,
        text=True,
        check=False,
        cwd=generated.parent,
    )
    report = json.loads(result.stdout)
    errors: dict[str, set[int]] = {}
    for diagnostic in report["generalDiagnostics"]:
        if diagnostic["severity"] == "error":
            name = Path(diagnostic["file"]).name
            errors.setdefault(name, set()).add(diagnostic["range"]["start"]["line"] + 1)
    assert set(errors) == {"bad_user.py"}, errors
    assert sorted(errors["bad_user.py"]) == BAD_LINES


def _bodies(emulator: EmulatorHandle) -> list[tuple[str, str, bytes]]:
    return [
        (r.path, r.query, r.body) for r in emulator.requests if r.operation_id == "executeAction"
    ]


def test_generated_calls_send_what_execute_action_sends(
    generated: Path, connections_emulator: EmulatorHandle
) -> None:
    module = _load(generated)
    base = connections_emulator.base_url
    with ConnectionsClient(base, TOKEN) as client:
        typed = module.ServicenowConnectionActions(client)
        typed.add_comment_in_servicenow_task(parent_id="1", body="hi", async_=True, version="2")
        typed.odd_names(class_="k", input_2fa_code=7, parent_id_2="p", level=2)
        sent = _bodies(connections_emulator)
        connections_emulator.requests.clear()
        client.execute_action(
            SN,
            "add-comment-in-servicenow-task",
            {"input": {"parentId": "1", "body": "hi"}},
            async_=True,
            version="2",
        )
        client.execute_action(
            SN, "odd-names", {"input": {"class": "k", "2fa-code": 7, "parent_id": "p", "level": 2}}
        )
        assert _bodies(connections_emulator) == sent
    # async, and a file input goes multipart as with execute_action(files=...)
    connections_emulator.requests.clear()

    async def run() -> None:
        async with AsyncConnectionsClient(base, TOKEN) as client:
            typed = module.AsyncServicenowConnectionActions(client)
            await typed.attach_file_to_task(
                parent_id="1", attachment=("a.png", b"PNG", "image/png")
            )

    asyncio.run(run())
    (request,) = [r for r in connections_emulator.requests if r.operation_id == "executeAction"]
    assert request.headers["content-type"].startswith("multipart/form-data")
    assert b'{"input": {"parentId": "1"}}' in request.body
    assert b'filename="a.png"' in request.body


def test_bad_inputs_are_refused_before_anything_is_sent(
    generated: Path, connections_emulator: EmulatorHandle
) -> None:
    module = _load(generated)
    with ConnectionsClient(connections_emulator.base_url, TOKEN) as client:
        typed = module.ServicenowConnectionActions(client)
        with pytest.raises(ValueError, match="visibility"):
            typed.add_comment_in_servicenow_task(parent_id="1", body="hi", visibility="public")
    assert _bodies(connections_emulator) == []


def test_check_names_what_changed_and_passes_after_regenerating(
    generated: Path, connections_emulator: EmulatorHandle, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _generate(connections_emulator, generated, "--check") == 0
    emulator = connections_emulator.emulator
    changed = [dict(i) for i in ODD_INPUTS]
    changed[4] = {"name": "amount", "type": "string", "required": True}
    emulator.put_action(SN, "odd-names", inputs=changed)
    emulator.put_action(SN, "close-task", inputs=[{"name": "id", "type": "string"}])
    emulator.remove_action(SN, "attach-file-to-task")
    capsys.readouterr()
    assert _generate(connections_emulator, generated, "--check") == 1
    out = capsys.readouterr().out.splitlines()
    assert out == [  # in the order of the action slugs
        f"removed: {SN}/attach-file-to-task",
        f"added: {SN}/close-task",
        f"changed: {SN}/odd-names (input amount type: number -> string; "
        "input amount required: False -> True)",
    ]
    assert _generate(connections_emulator, generated) == 0
    assert _generate(connections_emulator, generated, "--check") == 0
    assert "def close_task(" in generated.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "text",
    ['x"""y', 'ends with "quote"', "a back\\slash \\N{x} \\x", 'x\\"', "b\\", '"', "a\x00nul"],
)
def test_a_docstring_line_reads_back_as_the_tenant_wrote_it(text: str) -> None:
    from facilio_connections_sdk._write_saved_actions import _doc

    for lines in ([text], ["Summary.", "", text]):
        source = "\n".join(_doc(lines, ""))
        assert ast.literal_eval(source).splitlines()[-1].strip() == text.strip()


def test_a_description_with_quotes_and_backslashes_makes_a_module_that_loads(
    connections_emulator: EmulatorHandle, tmp_path: Path
) -> None:
    about = 'Say """hi""" with a \\N{name} and C:\\temp'
    connections_emulator.emulator.put_action(
        SN,
        "quoted",
        inputs=[{"name": "text", "type": "string", "required": True, "description": about}],
        description=about,
    )
    out = tmp_path / "tenant_actions.py"
    assert _generate(connections_emulator, out) == 0
    module = _load(out)
    classes = [v for v in vars(module).values() if isinstance(v, type) and hasattr(v, "quoted")]
    assert len(classes) == 2  # the sync and the async class
    assert all(about in (cls.quoted.__doc__ or "") for cls in classes)
