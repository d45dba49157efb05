"""Without the ``emulator`` extra: the import names what to install, and the pytest fixture's
skip says why in the run's output (not only under ``-rs``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

# as if the extra were not installed: importing starlette fails
BLOCK = "import sys\nsys.modules['starlette'] = None\n"


def test_importing_the_emulator_without_the_extra_names_the_install() -> None:
    code = BLOCK + "from facilio_connections_sdk.testing import Emulator\n"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 1
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("ModuleNotFoundError: facilio_connections_sdk.testing needs")
    assert "pip install 'facilio-connections-sdk[emulator]'" in last


def test_the_fixture_says_why_it_skipped_in_the_runs_output(tmp_path: Path) -> None:
    (tmp_path / "conftest.py").write_text(BLOCK, encoding="utf-8")
    (tmp_path / "test_uses_it.py").write_text(
        "def test_it(connections_emulator):\n    assert connections_emulator\n", encoding="utf-8"
    )
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=tmp_path,
    )
    assert "1 skipped" in result.stdout
    assert "tests using connections_emulator were skipped" in result.stdout
    assert "pip install 'facilio-connections-sdk[emulator]'" in result.stdout
