"""Where a stream worker's time goes: py-spy samples this process, and the stacks are summed by part.

py-spy reads the interpreter's memory from outside (no instrumentation, so the figures are those of
the real run); it is a development dependency, run as a child process on our own pid. The raw
file it writes (collapsed stacks, one per line with its count) also feeds flame-graph tools.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from nerve.settings import REPO_ROOT

RATE_HZ = 250
# A stack is charged to the innermost frame of our own code if it has one (numpy or msgspec below it
# count as the part that called them); otherwise to the Kafka client by the part of it that the
# stack entered first (a socket write under the producer is producing), then to Faust.
OWN: tuple[tuple[str, str], ...] = (
    ("nerve/telemetry_decode.py", "decode and check (msgspec)"),
    ("streams/detector.py", "detector (numpy)"),
    ("streams/app.py", "agent loop, outputs"),
    ("streams/raw.py", "taking and acknowledging batches"),
)
KAFKA: tuple[tuple[str, str], ...] = (
    ("aiokafka/producer/", "producing (anomalies, context, checkpoints)"),
    ("aiokafka/consumer/", "fetching and unpacking records"),
    ("aiokafka/", "Kafka client, other"),
)
FAUST = "Faust: events, acks, offsets, timers"
WAITING = "waiting for the broker"
OTHER = "event loop, other"
_FRAME = re.compile(r"^(?P<func>.*) \((?P<file>[^()]*?)(?::\d+)?\)$")


class ProfilerMissing(RuntimeError):
    """py-spy is not installed (it is in the project's dev dependencies)."""


@contextlib.contextmanager
def recording(path: Path) -> Iterator[None]:
    """Sample this process (every thread) into ``path`` while the block runs."""
    exe = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
    if not Path(exe).exists():
        raise ProfilerMissing("py-spy not found: pip install the dev dependencies (py-spy) to profile")
    path.parent.mkdir(parents=True, exist_ok=True)
    args = [exe, "record", "--pid", str(os.getpid()), "--rate", str(RATE_HZ), "--format", "raw"]
    args += ["--threads", "--nonblocking", "--output", str(path)]
    spy = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        yield
    finally:
        spy.send_signal(signal.SIGINT)  # py-spy writes its file when interrupted
        _, err = spy.communicate(timeout=60)
        if spy.returncode not in (0, -signal.SIGINT) or not path.exists():
            raise ProfilerMissing(f"py-spy failed: {err.decode(errors='replace').strip()[-500:]}")


def summarise(path: Path, samples: int, top: int = 12, own: tuple[tuple[str, str], ...] = OWN) -> dict[str, Any]:
    """Microseconds of CPU per telemetry sample (or other item), by part and for the costliest
    functions (own time); ``own`` names the parts of our code by file, innermost first."""
    parts: Counter[str] = Counter()
    functions: Counter[str] = Counter()
    total = 0
    for line in path.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        n = int(count)
        frames = [m.groupdict() for f in stack.split(";") if (m := _FRAME.match(f))]
        total += n
        parts[_part(frames, own)] += n
        if frames:
            leaf = frames[-1]
            functions[f"{leaf['func']} ({_short(leaf['file'])})"] += n

    def us(n: int) -> float:
        return round(n / RATE_HZ / max(samples, 1) * 1e6, 3)

    return {
        "raw": str(path),
        "stack_samples": total,
        "us_per_sample": us(total),
        "parts_us_per_sample": {k: us(v) for k, v in parts.most_common()},
        "top_functions_us_per_sample": {k: us(v) for k, v in functions.most_common(top)},
    }


def _part(frames: list[dict[str, str]], own: tuple[tuple[str, str], ...]) -> str:
    files = [frame["file"] for frame in frames]
    for file in reversed(files):
        for needle, part in own:
            if needle in file:
                return part
    for file in files:
        if "aiokafka/" in file:
            return next(part for needle, part in KAFKA if needle in file)
    if any("faust/" in file or "mode/" in file for file in files):
        return FAUST
    if files and files[-1].endswith("selectors.py"):
        return WAITING
    return OTHER


def _short(file: str) -> str:
    """A file as the profile names it: its package's path, or its path in this repository."""
    for root in ("site-packages/", f"{REPO_ROOT}/"):
        if root in file:
            return file.split(root, 1)[1]
    return file
