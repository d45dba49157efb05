from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi" / "connections-v1.yaml"


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return loaded


from collections.abc import Iterator  # noqa: E402

import httpx  # noqa: E402
from openapi_core import OpenAPI  # noqa: E402

from facilio_connections_sdk import AsyncConnectionsClient, ConnectionsClient  # noqa: E402
from facilio_connections_sdk.testing import skip_waits  # noqa: E402
from tests.support import (  # noqa: E402
    BASE,
    AnyClient,
    Clock,
    MockApi,
    Runner,
    spec_for_openapi_core,
)


@pytest.fixture(scope="session")
def openapi(spec: dict[str, Any]) -> OpenAPI:
    return OpenAPI.from_dict(spec_for_openapi_core(spec))


@pytest.fixture
def mock_api(spec: dict[str, Any], openapi: OpenAPI) -> MockApi:
    return MockApi(spec, openapi)


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    value: str = request.param
    return value


@pytest.fixture
def run(kind: str) -> Iterator[Runner]:
    runner = Runner(kind)
    yield runner
    runner.close()


@pytest.fixture
def client(kind: str, mock_api: MockApi, run: Runner) -> Iterator[AnyClient]:
    """A sync or async client (both runs of each test) talking to the spec-driven mock."""
    transport = httpx.MockTransport(mock_api.handler)
    if kind == "sync":
        sync = ConnectionsClient(BASE, "tok-secret", http_client=httpx.Client(transport=transport))
        skip_waits(sync)
        yield sync
    else:
        http = httpx.AsyncClient(transport=transport)
        aclient = AsyncConnectionsClient(BASE, "tok-secret", http_client=http)
        skip_waits(aclient)
        yield aclient
        run(http.aclose())


@pytest.fixture
def clock(client: Any, kind: str) -> Clock:
    """The ``client``'s waits on a fake clock: none takes time; ``clock.sleeps`` lists them."""
    fake = Clock()
    client._send_loop.sleep = fake.sleep if kind == "sync" else fake.asleep
    client._send_loop.clock = fake
    return fake


def _children() -> set[int]:
    """Live child processes of this test process (Linux: /proc), zombies excluded."""
    found: set[int] = set()
    for task in Path("/proc/self/task").glob("*/children"):
        try:
            children = task.read_text(encoding="ascii").split()
        except OSError:  # the thread ended between the listing and the read
            continue
        for pid in children:
            try:
                state = Path(f"/proc/{pid}/stat").read_text(encoding="ascii").rsplit(")", 1)[1]
            except OSError:
                continue
            if state.split()[0] != "Z" and not _lives_with_the_interpreter(pid):
                found.add(int(pid))
    return found


def _lives_with_the_interpreter(pid: str) -> bool:
    """multiprocessing's resource tracker: started by the first spawned process, it stays until
    this interpreter exits (by design, not a leak)."""
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False
    return b"multiprocessing.resource_tracker" in command


@pytest.fixture(autouse=True)
def _no_process_left_behind() -> Iterator[None]:
    """Fail a test that leaves a child process running (an emulator it started, say)."""
    if not Path("/proc/self/task").is_dir():  # not Linux: nothing to look at
        yield
        return
    before = _children()
    yield
    left = _children() - before
    assert not left, f"the test left child processes running: {sorted(left)}"


# --- the slow tests: type checkers, codegen runs, fuzzers, the bench smoke test ----------------
# `python -m pytest` leaves them out (about two minutes in all); `--all` runs them too, as CI does,
# and so does naming them (`-m slow`, or a file or test id on the command line).


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--all",
        action="store_true",
        help="also run the slow tests (type checkers, codegen runs, fuzzers); CI runs them",
    )


def _runs_slow_tests(config: pytest.Config) -> bool:
    named = config.args_source is not pytest.Config.ArgsSource.TESTPATHS
    return bool(config.getoption("--all") or config.option.markexpr or named)


def pytest_report_header(config: pytest.Config) -> str:
    if _runs_slow_tests(config):
        return "slow tests: included"
    return "slow tests: left out (run them with --all; CI does)"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if _runs_slow_tests(config):
        return
    slow = [item for item in items if item.get_closest_marker("slow") is not None]
    if slow:
        config.hook.pytest_deselected(items=slow)
        items[:] = [item for item in items if item.get_closest_marker("slow") is None]
