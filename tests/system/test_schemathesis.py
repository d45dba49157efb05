"""The emulator under schemathesis, the standard property-based tester for OpenAPI servers.

Every check, deterministic generation, 15 examples per operation, all four phases (examples,
coverage, fuzzing, stateful through the spec's links), against an emulator that requires a
token: it must find nothing. No check is excluded. One hook
(``tests/system/schemathesis_hooks.py``) makes the multipart ``_inputs`` part JSON text, as the
spec says it is: JSON Schema treats ``contentMediaType``/``contentSchema`` as annotations, so the
generator would otherwise send any string there, which the emulator rightly refuses with 400.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

# minutes of schemathesis: run with --all (CI does)
pytestmark = pytest.mark.slow

pytest.importorskip("schemathesis")

ROOT = Path(__file__).resolve().parent.parent.parent
TOKEN = "schemathesis-token"


def test_schemathesis_finds_nothing_in_the_emulator(tmp_path: Path) -> None:
    from facilio_connections_sdk.testing import Emulator, run_emulator

    env = {**os.environ, "SCHEMATHESIS_HOOKS": "tests.system.schemathesis_hooks"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    with run_emulator(Emulator(require_token=TOKEN)) as base:
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "schemathesis.cli",
                "run",
                str(ROOT / "openapi" / "connections-v1.yaml"),
                "--url",
                base + "/api/v1",
                "--header",
                f"X-Service-Token: {TOKEN}",
                "--checks",
                "all",
                "--max-examples",
                "15",
                "--generation-deterministic",
                "--no-color",
                "--report-dir",
                str(tmp_path),
            ],
            capture_output=True,
            text=True,
            check=False,
            env=env,
            cwd=tmp_path,  # schemathesis writes its example database here
            timeout=300,
        )
    summary = result.stdout[result.stdout.find("SUMMARY") :]
    failures = result.stdout[result.stdout.find("FAILURES") : result.stdout.find("WARNINGS")]
    assert result.returncode == 0, failures[:8000] + result.stderr[-2000:]
    assert f"Tested: {len(Emulator().spec.operations)}" in summary
    for phase in ("Examples", "Coverage", "Fuzzing", "Stateful"):
        assert f"✅ {phase}" in summary, summary
    assert "Failures" not in summary
