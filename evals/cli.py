"""`nerve eval ...` and `nerve bench ...`: each part adds its own command to these two apps."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Coroutine
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.table import Table

from nerve.errors import NerveError
from nerve.settings import get_settings

console = Console()
eval_app = typer.Typer(help="Evaluations on data the system has not seen (EVALS.md).", no_args_is_help=True)
bench_app = typer.Typer(help="Benchmarks on this machine (EVALS.md §3).", no_args_is_help=True)
T = TypeVar("T")


@eval_app.command("intents")
def eval_intents(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="JSON Lines, one intent per line.")],
    out: Annotated[Path, typer.Option("--out", help="Where to write items and summary (JSON).")],
    legacy_share: Annotated[
        float, typer.Option(help="Share of the estate's regions whose activations the legacy OSS serves (0-1).")
    ] = 0.0,
    switch_after: Annotated[
        int, typer.Option(help="After this many items, move one legacy region to Nerve, live (0: never).")
    ] = 0,
) -> None:
    """Run subscriber intents through the real path (Kafka, BSS simulators, intent graph) and score them."""
    import tempfile

    from evals.intents import on_legacy, read_items, run_intents, summarise, write_migration
    from nerve.estate import load_estate

    items, expected = read_items(file)
    settings = get_settings()
    estate = load_estate(settings.estate_dir)
    legacy: list[str] = []
    if legacy_share > 0:
        estate, legacy = on_legacy(estate, Path(tempfile.mkdtemp(prefix="nerve-eval-legacy-")) / "estate", legacy_share)
        console.print(f"activations of {', '.join(legacy)} go to the legacy OSS")

    def switch(n: int) -> None:
        if switch_after and n == switch_after and legacy:
            console.print(f"after item {n}: {legacy[0]} moves to Nerve")
            write_migration(estate.root, legacy[1:])

    results = run_or_exit(run_intents(settings, items, estate, after_item=switch))
    summary = summarise(results, expected)
    out.write_text(json.dumps({"items": results, "summary": summary}, indent=1, default=str))
    table = Table("id", "action", "offer", "decision", "reasons", "commands", "final", "ms")
    wrong = set(summary["wrong"]) | set(summary["unsafe"])
    for r in results:
        style = "red" if r["id"] in wrong or r.get("error") else None
        offer = ",".join(r["offer"]) if isinstance(r["offer"], list) else str(r["offer"])
        table.add_row(
            r["id"], str(r["action"]), offer, str(r["decision"]), ",".join(r["reasons"]),
            " ".join(c.split(".", 1)[1] if "." in c else c for c in r["commands"]),
            str(r["final_state"]), str(r["latency_ms"]), style=style,
        )  # fmt: skip
    console.print(table)
    acc = summary["accuracy"]
    console.print(
        f"n={summary['n']} scored={summary['scored']} errors={summary['errors']}  "
        + "  ".join(f"{k}={v}" for k, v in acc.items())
        + f"  fully_right={summary['fully_right']}  safety={summary['safety']}"
        + f"  p50={summary['latency_p50_ms']}ms p99={summary['latency_p99_ms']}ms"
        + "  settled p50 "
        + " ".join(f"{k}={v}ms" for k, v in summary["settle_p50_ms"].items())
        + f"  → {out}"
    )


@bench_app.command("intents")
def bench_intents(
    n: Annotated[int, typer.Option("--n", help="How many structured intents.")] = 500,
    concurrency: Annotated[int, typer.Option(help="Intents in flight at once.")] = 4,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Structured intents through the intent service with the offline provider: throughput and latency."""
    from evals.bench_intents import bench

    result = run_or_exit(bench(get_settings(), n=n, concurrency=concurrency))
    print_result(result, as_json)


@eval_app.command("scenarios")
def eval_scenarios(
    paths: Annotated[list[Path], typer.Argument(exists=True, help="Scenario files or folders of them.")],
    out: Annotated[Path, typer.Option("--out", help="Where to write the timeline (JSON).")],
    parallel: Annotated[int, typer.Option(help="Scenarios run side by side, each on its own prefix.")] = 3,
    warmup: Annotated[float, typer.Option(help="Seconds the stack runs before each scenario's t0.")] = 25.0,
    keep_topics: Annotated[bool, typer.Option(help="Keep each run's topics for inspection.")] = False,
) -> None:
    """Play fault scenarios against the whole stack and write what happened (EVALS.md §2)."""
    from evals.scenarios import measures, run_scenarios

    doc = run_or_exit(run_scenarios(get_settings(), paths, parallel=parallel, warmup_s=warmup, keep_topics=keep_topics))
    out.write_text(json.dumps(doc, indent=1))
    table = Table("scenario", "faults", "anomalies", "incidents (root cause)", "actions", "MTTD s", "MTTR s")
    for s in doc["scenarios"]:
        m = measures(s)
        table.add_row(
            s["id"],
            ", ".join(f"{f['kind']}@{f['target']}" for f in s["faults"]),
            str(len(s["anomalies"])),
            ", ".join(f"{i['id']}({i['root_cause']})" for i in s["incidents"]) or "-",
            ", ".join(f"{a['kind']}@{a['target']}:{a['outcome']}" for a in s["actions"]) or "-",
            str(m["mttd_s"] if m["mttd_s"] is not None else "-"),
            str(m["mttr_s"] if m["mttr_s"] is not None else "-"),
        )
    console.print(table)
    console.print(f"{len(doc['scenarios'])} scenarios → {out}")


@eval_app.command("chaos")
def eval_chaos(
    out: Annotated[Path, typer.Option("--out", help="Where to write the report (JSON).")],
    minutes: Annotated[float, typer.Option(help="How long the workload and the disruptions run.")] = 10.0,
    brokers: Annotated[int, typer.Option(help="1, or 3 for a local cluster (one of its brokers is killed).")] = 1,
    seed: Annotated[int, typer.Option(help="Seed of the workload, the faults and the disruptions' moments.")] = 0,
    keep_topics: Annotated[bool, typer.Option(help="Keep the run's topics for inspection.")] = False,
) -> None:
    """The whole stack under load while processes are killed, a broker restarts and a worker stalls."""
    from evals.chaos import run_chaos, summary_lines

    report = run_or_exit(
        run_chaos(get_settings(), minutes=minutes, brokers=brokers, seed=seed, keep_topics=keep_topics)
    )
    out.write_text(json.dumps(report, indent=1))
    print("\n".join([*summary_lines(report), f"→ {out}"]))


@eval_app.command("billing")
def eval_billing(
    paths: Annotated[list[Path], typer.Argument(exists=True, help="Billing scenario files or folders of them.")],
    out: Annotated[Path, typer.Option("--out", help="Where to write the result (JSON).")],
    parallel: Annotated[int, typer.Option(help="Scenarios run side by side, each on its own prefix.")] = 1,
    keep_topics: Annotated[bool, typer.Option(help="Keep each run's topics for inspection.")] = False,
) -> None:
    """Play usage scenarios through mediation, rating and billing; score them against a rerating (EVALS.md §3)."""
    from evals.billing import run_billing

    doc = run_or_exit(run_billing(get_settings(), paths, parallel=parallel, keep_topics=keep_topics))
    out.write_text(json.dumps(doc, indent=1))
    table = Table(
        "scenario", "sent", "distinct", "malformed", "dead-lettered", "bills", "adjustments", "notes", "score"
    )
    for s in doc["scenarios"]:
        r, sc = s["records"], s["score"]
        verdict = "pass" if sc["pass"] else f"[red]fail ({len(sc['problems'])})[/]"
        table.add_row(
            s["id"], str(r["sent"]), str(r["distinct"]), str(r["malformed"]), str(r["dead_lettered"]),
            str(len(s["bills"])), str(len(s["adjustments"])), str(len(s["notifications"])), verdict,
        )  # fmt: skip
    console.print(table)
    for s in doc["scenarios"]:
        for problem in s["score"]["problems"][:20]:
            console.print(f"  {s['id']}: {problem}")
    passed = sum(s["score"]["pass"] for s in doc["scenarios"])
    console.print(f"{passed}/{len(doc['scenarios'])} scenarios pass → {out}")


@eval_app.command("fraud")
def eval_fraud(
    paths: Annotated[list[Path], typer.Argument(exists=True, help="Fraud scenario files or folders of them.")],
    out: Annotated[Path, typer.Option("--out", help="Where to write the result (JSON).")],
    keep_topics: Annotated[bool, typer.Option(help="Keep each run's topics for inspection.")] = False,
) -> None:
    """Inject fraud and look-alikes into usage; score detection, responses and containment (EVALS.md §4)."""
    from evals.fraud import run_fraud

    doc = run_or_exit(run_fraud(get_settings(), paths, keep_topics=keep_topics))
    out.write_text(json.dumps(doc, indent=1))
    table = Table("scenario", "fraud (ended)", "cases", "responses", "intents", "score")
    for s in doc["scenarios"]:
        sc = s["score"]
        table.add_row(
            s["id"],
            ", ".join(f"{f['kind']}@{f['subscriber']}({f['ended_by'] or '-'} {f['ended_s']})" for f in s["fraud"]),
            ", ".join(f"{c['kind']}@{c['subscriber']} {c['opened_s']}s" for c in s["cases"]) or "-",
            ", ".join(f"{r['kind']}:{r['outcome']}" for r in s["responses"]) or "-",
            ", ".join(f"{i['decision']}" for i in s["intents"]) or "-",
            "pass" if sc["pass"] else f"[red]fail ({len(sc['problems'])})[/]",
        )
    console.print(table)
    for s in doc["scenarios"]:
        for problem in s["score"]["problems"][:20]:
            console.print(f"  {s['id']}: {problem}")
    passed = sum(s["score"]["pass"] for s in doc["scenarios"])
    expected = sum(s["score"]["expected"] for s in doc["scenarios"])
    contained = sum(s["score"]["contained"] for s in doc["scenarios"])
    console.print(f"{passed}/{len(doc['scenarios'])} scenarios pass; {contained}/{expected} episodes contained → {out}")


@eval_app.command("noc")
def eval_noc(
    out: Annotated[Path, typer.Option("--out", help="Where to write answers and summary (JSON).")],
    questions: Annotated[
        Path | None,
        typer.Option(
            help="Question set written for the configured estate (default: evals/noc/questions.yaml, the reference's)."
        ),
    ] = None,
    model: Annotated[bool, typer.Option(help="Use the configured LLM instead of the offline router.")] = False,
) -> None:
    """Ask the NOC agent its question set over injected faults and check the ids and facts it names."""
    from evals.noc.runner import QUESTIONS, run_noc_eval

    doc = run_or_exit(run_noc_eval(get_settings(), questions or QUESTIONS, use_model=model))
    out.write_text(json.dumps(doc, indent=1))
    table = Table("id", "question", "ok", "problems", "ms")
    for r in doc["items"]:
        table.add_row(r["id"], r["question"], "yes" if r["ok"] else "[red]no[/]", "; ".join(r["problems"]),
                      str(r["latency_ms"]))  # fmt: skip
    console.print(table)
    s = doc["summary"]
    console.print(f"{s['right']}/{s['n']} answers right ({s['accuracy']:.0%}) → {out}")


@bench_app.command("streams")
def bench_streams(
    events: Annotated[int, typer.Option(help="Telemetry samples to push through.")] = 200_000,
    per_message: Annotated[int, typer.Option(help="Samples per telemetry message.")] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    workers: Annotated[int, typer.Option(help="Worker processes in one consumer group for the pipeline.")] = 1,
    profile: Annotated[
        bool, typer.Option("--profile", help="Sample the (single) worker with py-spy: µs per sample by part.")
    ] = False,
) -> None:
    """Pipeline throughput vs a bare consumer on the same topic, and breach→anomaly latency."""
    from evals.bench_streams import run_bench

    if profile and workers != 1:
        raise typer.BadParameter("--profile samples this process: use it with one worker")
    settings = get_settings()
    path = settings.home / "bench" / "streams-profile.txt" if profile else None
    result = run_or_exit(run_bench(settings, events, per_message, workers=workers, profile=path))
    print_result(result, as_json)


@bench_app.command("fraud")
def bench_fraud(
    rate: Annotated[float, typer.Option(help="Ordinary usage records per second.")] = 1000.0,
    duration: Annotated[float, typer.Option(help="Seconds of usage; one fraud episode a second.")] = 30.0,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Fraud detection latency (first fraudulent record → case on Kafka) under ordinary usage load."""
    from evals.bench_fraud import run_bench

    result = run_or_exit(run_bench(get_settings(), rate, duration))
    print_result(result, as_json)


@bench_app.command("usage")
def bench_usage(
    records: Annotated[int, typer.Option(help="Usage records to rate.")] = 200_000,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    profile: Annotated[
        bool, typer.Option("--profile", help="Sample the worker with py-spy: µs per record by part.")
    ] = False,
) -> None:
    """Rating and billing throughput vs a bare consumer on the same topic (EVALS.md §5)."""
    from evals.bench_usage import run_bench

    settings = get_settings()
    path = settings.home / "bench" / "usage-profile.txt" if profile else None
    result = run_or_exit(run_bench(settings, records, profile=path))
    print_result(result, as_json)


def run_or_exit(work: Coroutine[Any, Any, T]) -> T:
    """What ``work`` returns; what stops it (no broker, a bad file) is said in one line, exit code 1."""
    try:
        return asyncio.run(work)
    except NerveError as exc:
        console.print(f"[red]could not run:[/] {exc}")
        raise typer.Exit(1) from exc


def print_result(result: dict[str, Any], as_json: bool) -> None:
    """A bench's result: one JSON object, or a line per figure."""
    if as_json:
        typer.echo(json.dumps(result))
    else:
        for k, v in result.items():
            typer.echo(f"{k}: {v}")
