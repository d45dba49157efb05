"""Tools our users run beside httpx see every SDK call, as they see a plain httpx call: the
SDK sends through ``httpx.Client.send`` / ``AsyncClient.send``, whatever the client or the log
level. Tracers patch httpx for the whole process, so they run in a subprocess."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from facilio_connections_sdk import AsyncConnectionsClient, ConnectionsClient
from tests.servers import Answer, Seen, http_server

ROOT = Path(__file__).resolve().parent.parent
DETAIL = {"connection": {"id": 1, "slug": "crm", "display_name": "CRM"}, "accounts": []}


@pytest.mark.parametrize("tracer", ["sentry", "otel"])
def test_a_tracer_sees_every_call_and_every_request_carries_its_headers(tracer: str) -> None:
    pytest.importorskip("sentry_sdk" if tracer == "sentry" else "opentelemetry.sdk")
    proc = subprocess.run(
        [sys.executable, "-m", "tools.probes.tracing", tracer],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    found = json.loads(proc.stdout.strip().splitlines()[-1])
    # the SDK's own client and a caller's, sync and async, at WARNING and at INFO
    assert found["calls"] == found["requests"] == 8
    assert found["spans"] == 8
    assert found["traced_requests"] == 8  # sentry-trace / traceparent injected into each


def _answer(seen: Seen) -> Answer:
    return Answer(200, [("Content-Type", "application/json")], json.dumps(DETAIL).encode())


def _both(base: str) -> None:
    with ConnectionsClient(base, "t") as client:
        client.get_connection("crm")

    async def run() -> None:
        async with AsyncConnectionsClient(base, "t") as client:
            await client.get_connection("crm")

    asyncio.run(run())


def test_vcrpy_records_every_call(tmp_path: Path) -> None:
    vcr = pytest.importorskip("vcr")
    cassette = tmp_path / "calls.yaml"
    with http_server(_answer) as server, vcr.use_cassette(str(cassette), record_mode="all"):
        _both(server.base_url)
    recorded: Any = __import__("yaml").safe_load(cassette.read_text(encoding="utf-8"))
    assert [i["request"]["uri"] for i in recorded["interactions"]] == [
        f"{server.base_url}/api/v1/connections/crm"
    ] * 2


def test_pytest_httpx_answers_every_call(httpx_mock: Any) -> None:
    base = "https://tenant.example.com"
    httpx_mock.add_response(url=f"{base}/api/v1/connections/crm", json=DETAIL, is_reusable=True)
    _both(base)
    assert len(httpx_mock.get_requests()) == 2


def test_respx_answers_every_call() -> None:
    base = "https://tenant.example.com"
    with respx.mock(assert_all_called=True) as mock:
        route = mock.get(f"{base}/api/v1/connections/crm").mock(
            return_value=httpx.Response(200, json=DETAIL)
        )
        _both(base)
    assert route.call_count == 2
