"""The chaos run's memory figures: growth within one incarnation (pid), after its own warm-up."""

from __future__ import annotations

from evals.chaos_memory import Incarnation, describe, record, summary

WARMUP_S = 25.0


def sample_api_killed_and_restarted() -> dict[str, list[Incarnation]]:
    """An API up before the run that grows 450 → 470 MB, killed at 1,200 s; its successor is up at
    1,230 s, loads its models for a while (300 → 520 MB) and then holds about 530 MB."""
    seen: dict[str, list[Incarnation]] = {}
    for at in range(0, 1200, 5):
        record(seen, "api", 100, 450 + 20 * at / 1200, float(at), -12.0, WARMUP_S)
    for at in range(1205, 1230, 5):  # started, not yet up
        record(seen, "api", 200, 300.0 + (at - 1205) * 4, float(at), None, WARMUP_S)
    for at in range(1230, 1800, 5):
        mb = 420 + (at - 1230) * 4 if at < 1255 else 525 + (at - 1255) * 5 / 545
        record(seen, "api", 200, mb, float(at), 1230.0, WARMUP_S)
    return seen


def test_a_restarted_process_is_compared_within_one_incarnation_after_its_own_warm_up() -> None:
    seen = sample_api_killed_and_restarted()
    first, second = seen["api"]
    assert (first.pid, first.start_s, second.pid) == (100, 25.0, 200)
    assert second.up_s == 1230.0
    assert second.start_s == 1255.0, "the successor's loading is its warm-up, not growth"
    assert second.start is not None and second.end is not None and second.end - second.start < 6

    entry = summary(seen["api"])
    assert entry["pid"] == 100, "the incarnation sampled longest after its warm-up"
    assert (entry["start"], entry["end"]) == (first.start, first.end)
    assert entry["growth_pct"] < 10 < 100 * (second.end - first.start) / first.start
    assert entry["restarts"] == 1
    assert [i["pid"] for i in entry["incarnations"]] == [100, 200]
    assert entry["incarnations"][1]["growth_pct"] < 2
    assert "1 restart(s)" in describe(entry)


def test_a_process_not_yet_up_or_within_the_runs_warm_up_is_not_sampled() -> None:
    seen: dict[str, list[Incarnation]] = {}
    record(seen, "kafka-1", 7, 900.0, 10.0, 0.0, WARMUP_S)  # up, but within the run's warm-up
    record(seen, "kafka-2", 8, 400.0, 60.0, None, WARMUP_S)  # restarted, not answering yet
    record(seen, "kafka-2", 8, 700.0, 70.0, 65.0, WARMUP_S)  # up at 65 s: warm until 90 s
    record(seen, "kafka-2", 8, 940.0, 90.0, 65.0, WARMUP_S)
    record(seen, "kafka-2", 8, 950.0, 120.0, 65.0, WARMUP_S)
    assert seen["kafka-1"][0].start is None
    assert (seen["kafka-2"][0].start, seen["kafka-2"][0].start_s, seen["kafka-2"][0].end) == (940.0, 90.0, 950.0)
    assert "not sampled after its warm-up" in describe(summary(seen["kafka-1"]))
