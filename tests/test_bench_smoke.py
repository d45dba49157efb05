"""The benchmark code runs (tiny sizes). Timings are not asserted: benchmarks are not tests."""

from __future__ import annotations

import pytest

from tools.bench.run import Row, main, table

# runs the bench suite: run with --all (CI does)
pytestmark = pytest.mark.slow


@pytest.mark.parametrize("suite", ["per-call", "memory", "throughput", "import"])
def test_bench_suite_runs_and_reports_rows(suite: str, capsys: pytest.CaptureFixture[str]) -> None:
    rows = main(["--quick", "--only", suite])
    assert rows
    for row in rows:
        assert row.ours > 0
        assert row.baseline > 0
    printed = capsys.readouterr().out
    assert printed.splitlines()[0].startswith("| benchmark |")
    assert len(printed.splitlines()) == len(rows) + 2


def test_table_marks_missed_targets() -> None:
    rows = [Row("a", 2.0, 1.0, "ms", "<= 1.50x", False), Row("b", 1.0, 1.0, "ms", "<= 1.50x", True)]
    text = table(rows)
    assert "| a | 2.0 | 1.0 | ms | 2.00x | <= 1.50x | NO |" in text
    assert "| b | 1.0 | 1.0 | ms | 1.00x | <= 1.50x | yes |" in text
