"""`nerve eval ...` and `nerve bench ...`: each part adds its own command to these two apps."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from nerve.errors import NerveError
from nerve.settings import get_settings

console = Console()
eval_app = typer.Typer(help="Evaluations on data the system has not seen (EVALS.md).", no_args_is_help=True)
bench_app = typer.Typer(help="Benchmarks on this machine (EVALS.md §3).", no_args_is_help=True)


@eval_app.command("intents")
def eval_intents(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="JSON Lines, one intent per line.")],
    out: Annotated[Path, typer.Option("--out", help="Where to write items and summary (JSON).")],
) -> None:
    """Run subscriber intents through the real path (Kafka, BSS simulators, intent graph) and score them."""
    from evals.intents import read_items, run_intents, summarise

    items, expected = read_items(file)
    try:
        results = asyncio.run(run_intents(get_settings(), items))
    except NerveError as exc:
        console.print(f"[red]could not run:[/] {exc}")
        raise typer.Exit(1) from exc
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
        + f"  p50={summary['latency_p50_ms']}ms p99={summary['latency_p99_ms']}ms  → {out}"
    )


@bench_app.command("intents")
def bench_intents(
    n: Annotated[int, typer.Option("--n", help="How many structured intents.")] = 500,
    concurrency: Annotated[int, typer.Option(help="Intents in flight at once.")] = 16,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Structured intents through the intent service with the offline provider: throughput and latency."""
    from evals.bench_intents import bench

    try:
        result = asyncio.run(bench(get_settings(), n=n, concurrency=concurrency))
    except NerveError as exc:
        console.print(f"[red]could not run:[/] {exc}")
        raise typer.Exit(1) from exc
    if as_json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            console.print(f"{key}: {value}")
