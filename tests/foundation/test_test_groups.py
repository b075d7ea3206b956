"""The suite's own split over two processes: the legacy bridge's tests share one PostgreSQL and one
Connect worker, so they must all run in one process (a second one starting the same database fails).
pytest 9.2 moved the node ids where pytest-xdist 3.8 writes the group, and the split silently went
per test; this runs a real two-process split and reads where each test ran."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from nerve.settings import REPO_ROOT


@pytest.mark.slow  # two pytest processes start: 10-15 s
def test_the_legacy_tests_run_in_one_process_of_a_two_process_run() -> None:
    files = ["tests/legacy/test_routing.py", "tests/legacy/test_drift.py", "tests/foundation/test_layers.py"]
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-n", "2", "--dist", "loadgroup", "-v", "-p", "no:cacheprovider", *files],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    ran = re.findall(r"^\[(gw\d)\] .*?PASSED (tests/\S+)", run.stdout, re.M)
    legacy = {(gw, test.endswith("@legacy")) for gw, test in ran if test.startswith("tests/legacy/")}
    assert len(legacy) == 1 and next(iter(legacy))[1], sorted(ran)
