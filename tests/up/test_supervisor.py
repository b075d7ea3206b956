"""The supervisor behind `nerve up`, on small real processes: bring-up, bounded restarts, clean stop."""

from __future__ import annotations

import asyncio
import io
import os
import signal
import sys
from pathlib import Path

import pytest
from rich.console import Console

from nerve import supervisor as sup
from nerve.settings import Settings
from nerve.supervisor import Part, Supervisor

pytestmark = pytest.mark.slow


@pytest.fixture(autouse=True)
def quick(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sup, "SETTLE_S", 0.5)
    monkeypatch.setattr(sup, "STOP_GRACE_S", 2.0)


def python(code: str, name: str) -> Part:
    return Part(name, ["-u", "-c", code], program=sys.executable)


def make(tmp_path: Path, *parts: Part) -> tuple[Supervisor, io.StringIO]:
    out = io.StringIO()
    console = Console(file=out, width=200, color_system=None)
    return Supervisor(Settings(home=tmp_path), list(parts), console, tmp_path / "logs" / "up.log"), out


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat").read_text()
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


async def test_a_part_that_dies_while_starting_stops_the_whole_with_its_last_lines(tmp_path: Path) -> None:
    steady = python("import time; print('steady', flush=True); time.sleep(60)", "steady")
    broken = python("print('cannot read my config'); raise SystemExit(3)", "broken")
    supervisor, out = make(tmp_path, steady, broken)
    code = await supervisor.run(lambda: None)
    assert code == 1
    text = out.getvalue()
    assert "broken exited with code 3 while starting" in text
    assert "cannot read my config" in text
    assert steady.proc is not None and steady.proc.returncode is not None, "the healthy part was stopped too"
    assert "steady" in (tmp_path / "logs" / "up.log").read_text(), "every part's output is in the merged log"


async def test_a_part_that_keeps_dying_is_restarted_a_bounded_number_of_times(tmp_path: Path) -> None:
    flaky = python("import time; print('up'); time.sleep(1); raise SystemExit(7)", "flaky")
    supervisor, out = make(tmp_path, flaky)
    started: list[bool] = []
    code = await asyncio.wait_for(supervisor.run(lambda: started.append(True)), 60)
    text = out.getvalue()
    assert started == [True], "the banner is shown once everything is up"
    assert code == 1
    assert text.count("restarting in") == sup.MAX_RESTARTS
    assert f"flaky exited with code 7 for the {sup.MAX_RESTARTS + 1}th time" in text


async def test_stop_terminates_every_part_and_kills_one_that_ignores_sigterm(tmp_path: Path) -> None:
    polite = python("import time; time.sleep(60)", "polite")
    stubborn = python(
        "import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); time.sleep(60)",
        "stubborn",
    )
    supervisor, out = make(tmp_path, polite, stubborn)

    def stop_soon() -> None:
        asyncio.get_running_loop().call_later(0.5, os.kill, os.getpid(), signal.SIGINT)

    code = await asyncio.wait_for(supervisor.run(stop_soon), 30)
    assert code == 0
    pids = [p.proc.pid for p in (polite, stubborn) if p.proc is not None]
    assert len(pids) == 2 and not any(alive(pid) for pid in pids)
    text = out.getvalue()
    assert "stubborn ignored SIGTERM" in text
    assert "nothing is left running" in text


async def test_parts_start_together_and_one_that_needs_another_waits_for_it(tmp_path: Path) -> None:
    first, second = python("import time; time.sleep(60)", "first"), python("import time; time.sleep(60)", "second")
    needs_first = python("import time; time.sleep(60)", "needs-first")
    needs_first.after = ("first",)
    supervisor, out = make(tmp_path, first, second, needs_first)
    running = asyncio.create_task(supervisor.run(supervisor.request_stop))
    assert await asyncio.wait_for(running, 30) == 0
    text = out.getvalue()
    assert text.index("starting second") < text.index("✓ first is up"), "parts that need nothing start together"
    assert text.index("✓ first is up") < text.index("starting needs-first"), "a part waits for the one it needs"
