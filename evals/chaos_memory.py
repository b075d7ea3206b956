"""Resident memory of the chaos run's processes, for the soak's "flat memory" check.

A process name (``api``, ``streams-0``, ``kafka-2``) can stand for several processes over a run:
the supervisor restarts a killed part, the run restarts a killed broker. Growth is measured within
one incarnation (one pid), from its first sample after its own warm-up to its last sample: a
restarted process loads its models, indexes and caches again, and comparing its memory with its
predecessor's would count that loading as growth.

An incarnation's warm-up ends ``warmup_s`` after it was up, and never before ``warmup_s`` into the
run (the processes that started the run were up before it, so theirs ends with the run's warm-up).
A name's headline figures (``start``, ``end``, ``growth_pct``) are those of its incarnation that
was sampled longest after its warm-up; every incarnation is listed beside them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

COMPARED = (
    "per process name, within one incarnation (pid): its first sample after its warm-up "
    "(WARMUP_S after it was up, and after the run's first WARMUP_S) and its last sample; "
    "of a restarted process, the incarnation sampled longest after its warm-up"
)


@dataclass
class Incarnation:
    """One process (pid) behind a name: when it was up and its first and last sample after warm-up."""

    pid: int
    seen_s: float  # run seconds when it was first seen
    up_s: float | None = None  # run seconds when it was up (negative: before the run); None: not yet
    start: float | None = None  # MB; None while it is warming up
    start_s: float | None = None
    end: float | None = None
    end_s: float | None = None

    @property
    def sampled_s(self) -> float:
        """How long it was sampled after its warm-up (0 if it never got past it)."""
        return self.end_s - self.start_s if self.end_s is not None and self.start_s is not None else 0.0

    def figures(self) -> dict[str, Any]:
        out = asdict(self)
        if self.start is not None and self.end is not None:
            hours = max(self.sampled_s, 1.0) / 3600
            out["growth_mb_per_h"] = round((self.end - self.start) / hours, 1)
            out["growth_pct"] = round(100 * (self.end - self.start) / self.start, 1) if self.start else 0.0
        return out


def record(
    incarnations: dict[str, list[Incarnation]],
    name: str,
    pid: int,
    mb: float,
    at_s: float,
    up_s: float | None,
    warmup_s: float,
) -> None:
    """One sample: process ``name`` is ``pid``, resident ``mb`` at ``at_s`` (run seconds); ``up_s``
    is when this pid was up (None while it is not). A new pid under a name starts a new incarnation."""
    seen = incarnations.setdefault(name, [])
    if not seen or seen[-1].pid != pid:
        seen.append(Incarnation(pid, seen_s=at_s))
    inc = seen[-1]
    if inc.up_s is None:
        inc.up_s = up_s
    if inc.up_s is None or at_s < max(warmup_s, inc.up_s + warmup_s):
        return
    if inc.start is None:
        inc.start, inc.start_s = mb, at_s
    inc.end, inc.end_s = mb, at_s


def summary(incarnations: list[Incarnation]) -> dict[str, Any]:
    """A name's report entry: its longest-sampled incarnation's figures, its restarts and every
    incarnation's own figures."""
    headline = max(incarnations, key=lambda i: i.sampled_s)
    return headline.figures() | {
        "restarts": len(incarnations) - 1,
        "incarnations": [i.figures() for i in incarnations],
    }


def describe(entry: dict[str, Any]) -> str:
    """A report entry, readable: the headline incarnation, then the others."""

    def one(f: dict[str, Any]) -> str:
        if f["start"] is None:
            return f"pid {f['pid']}: not sampled after its warm-up"
        return (
            f"pid {f['pid']}: {f['start']:7.1f} → {f['end']:7.1f} MB ({f['growth_pct']:+.1f} %) "
            f"from {f['start_s']:.0f} s to {f['end_s']:.0f} s"
        )

    others = [one(f) for f in entry["incarnations"] if f["pid"] != entry["pid"]]
    return one(entry) + (f"; {entry['restarts']} restart(s), also {'; '.join(others)}" if others else "")


def rss_mb(pid: int) -> float | None:
    """The resident size of ``pid`` in MB (None if it is gone)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        return None
    return None
