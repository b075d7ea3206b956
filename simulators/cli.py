"""``nerve sim``: run the estate twin, inject and clear faults, show them, measure the twin."""

from __future__ import annotations

import asyncio
import importlib.util
import json
import logging
import signal
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from nerve import topics as t
from nerve.bus import Bus
from nerve.contracts import FaultInjection, FaultTruth, new_id, now
from nerve.errors import NerveError, SimulationError
from nerve.estate import Estate, load_estate
from nerve.kafka_auth import Principal
from nerve.settings import Settings, get_settings

log = logging.getLogger(__name__)
console = Console()
app = typer.Typer(help="The estate twin: network telemetry, faults, remediation, BSS/OSS/partner systems.")


def _fail(exc: NerveError) -> typer.Exit:
    console.print(f"[red]error:[/] {exc}")
    return typer.Exit(1)


async def _until_signal(*parts: Any) -> None:
    """Run every part's ``run()`` until SIGINT/SIGTERM, then ``stop()`` them all."""
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, lambda: [p.stop() for p in parts])
    await asyncio.gather(*(p.run() for p in parts))


@app.command("run")
def run(
    seed: Annotated[int, typer.Option(help="Seed of the KPI noise and the BSS systems.")] = 0,
    rate: Annotated[float, typer.Option(help="Samples per second per entity.")] = 1.0,
    late_share: Annotated[float, typer.Option(help="Share of batches sent late, out of order.")] = 0.0,
    scale: Annotated[int, typer.Option(help="Repeat the RAN and transport this many times.")] = 1,
    bss: Annotated[bool, typer.Option(help="Also run the BSS/OSS/partner systems.")] = True,
) -> None:
    """Run the twin (and the BSS/OSS/partner systems) until stopped."""
    from simulators.network.generate import scale_estate
    from simulators.twin import Twin

    settings = get_settings()
    try:
        estate = load_estate(settings.estate_dir)
        parts: list[Any] = [Twin(settings, scale_estate(estate, scale), seed=seed, rate_hz=rate, late_share=late_share)]
        if bss and importlib.util.find_spec("simulators.bss.systems") is not None:
            parts += _bss(settings, estate, seed)
        console.print(f"twin running at {rate:g} Hz (prefix {settings.topic_prefix!r}); Ctrl-C stops it")
        asyncio.run(_until_signal(*parts))
    except NerveError as exc:
        raise _fail(exc) from exc


@app.command("systems")
def systems(seed: Annotated[int, typer.Option(help="Seed of delays and failures.")] = 0) -> None:
    """Run only the BSS/OSS/partner systems (activation, partner, billing, compliance, and the line
    controls that apply fraud responses) until stopped."""
    settings = get_settings()
    try:
        estate = load_estate(settings.estate_dir)
        console.print(f"BSS systems running (prefix {settings.topic_prefix!r}); Ctrl-C stops them")
        asyncio.run(_until_signal(*_bss(settings, estate, seed)))
    except NerveError as exc:
        raise _fail(exc) from exc


def _bss(settings: Settings, estate: Estate, seed: int) -> list[Any]:
    """The BSS systems, with the line controls for an operator whose estate has fraud.yaml."""
    from simulators.bss.line_control import LineControls
    from simulators.bss.systems import BssSystems

    parts: list[Any] = [BssSystems(settings, estate, seed=seed)]
    return [*parts, LineControls(settings, estate)] if estate.fraud is not None else parts


@app.command("legacy")
def legacy(seed: Annotated[int, typer.Option(help="Seed of its delays and failures.")] = 0) -> None:
    """Run the legacy OSS's activation engine on its database until stopped (it never touches Kafka)."""
    from simulators.legacy_engine import LegacyEngine

    settings = get_settings()
    try:
        engine = LegacyEngine(settings, load_estate(settings.estate_dir), seed=seed)
        signal.signal(signal.SIGINT, lambda *_: engine.stop())
        signal.signal(signal.SIGTERM, lambda *_: engine.stop())
        console.print("legacy engine polling its work orders; Ctrl-C stops it")
        engine.run()
    except NerveError as exc:
        raise _fail(exc) from exc


def _parse_params(pairs: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise SimulationError(f"--param takes key=value, not {pair!r}")
        try:
            out[key] = float(value)
        except ValueError:
            out[key] = value
    return out


@app.command("inject")
def inject(
    kind: Annotated[str, typer.Argument(help="A fault kind of faults.yaml, e.g. cell_outage.")],
    target: Annotated[str, typer.Argument(help="The entity's id in the estate's topology.yaml (of the fault's kind).")],
    param: Annotated[list[str] | None, typer.Option("--param", help="k=v, e.g. ramp_s=20 (repeatable).")] = None,
) -> None:
    """Inject a fault into the running twin."""
    settings = get_settings()
    try:
        estate = load_estate(settings.estate_dir)
        spec = estate.faults.faults.get(kind)
        if spec is None:
            raise SimulationError(f"unknown fault kind {kind!r}; known: {', '.join(estate.faults.faults)}")
        if estate.topology.kind_of.get(target) != spec.target:
            some = [e for e, k in estate.topology.kind_of.items() if k == spec.target][:3]
            raise SimulationError(
                f"{kind} needs a {spec.target} target, such as {', '.join(some)}; {target!r} is not one"
            )
        msg = FaultInjection(
            fault_id=new_id("flt"), kind=kind, target=target, params=_parse_params(param or []), at=now()
        )
        asyncio.run(_publish(msg))
    except NerveError as exc:
        raise _fail(exc) from exc
    console.print(f"injected {msg.fault_id}: {kind} on {target}")


@app.command("clear")
def clear(fault_id: Annotated[str, typer.Argument(help="The id `nerve sim status` shows.")]) -> None:
    """End a fault by hand (cleared_by: manual)."""
    msg = FaultInjection(fault_id=fault_id, op="clear", kind="", target="", at=now())
    try:
        asyncio.run(_publish(msg))
    except NerveError as exc:
        raise _fail(exc) from exc
    console.print(f"asked the twin to clear {fault_id}")


async def _publish(msg: FaultInjection) -> None:
    settings = get_settings()
    await t.ensure_topics(settings, principal=Principal.EVALS)
    async with Bus(settings, client_id="nerve-sim-cli", principal=Principal.EVALS) as bus:
        await bus.publish(t.SIM_CONTROL, msg, key=msg.target or msg.fault_id)


@app.command("status")
def status(as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """Every fault the twin knows, with its state (from sim.faults)."""
    settings = get_settings()

    async def read() -> list[FaultTruth]:
        await t.ensure_topics(settings, principal=Principal.EVALS)
        async with Bus(settings, client_id="nerve-sim-cli", principal=Principal.EVALS) as bus:
            return [f for f in (await bus.latest(t.SIM_FAULTS)).values() if isinstance(f, FaultTruth)]

    try:
        faults = sorted(asyncio.run(read()), key=lambda f: f.start)
    except NerveError as exc:
        raise _fail(exc) from exc
    if as_json:
        console.print_json(json.dumps([f.dump() for f in faults]))
        return
    at = now()
    table = Table("kind", "target", "started", "state", "affected")
    table.add_column("fault", no_wrap=True)
    for f in faults:
        if f.cleared_at is not None:
            state = f"cleared by {f.cleared_by} after {f.cleared_at - f.start:.0f}s"
        elif f.impact is not None and at < f.impact:
            state = f"active, impact in {f.impact - at:.0f}s"
        else:
            state = "active, impacting"
        table.add_row(f.kind, f.target, f"{at - f.start:.0f}s ago", state, str(len(f.affected)), f.fault_id)
    console.print(table if faults else "no faults")


@app.command("scenario")
def scenario(
    path: Annotated[Path, typer.Argument(help="A scenario file (EVALS.md §2 format).")],
    warmup: Annotated[float, typer.Option(help="Seconds the twin runs before t=0.")] = 5.0,
) -> None:
    """Play one scenario on a fresh twin (no Nerve around it) and print its ground truth."""
    from simulators.scenario import load_scenario, run_scenario

    try:
        result = asyncio.run(run_scenario(get_settings(), load_scenario(path), warmup_s=warmup))
    except NerveError as exc:
        raise _fail(exc) from exc
    console.print_json(result.model_dump_json())


@app.command("usage")
def usage(
    path: Annotated[Path, typer.Argument(help="A billing scenario file (EVALS.md §3 format).")],
) -> None:
    """Play a billing scenario's usage on the running stack, from now (event time is wall time).
    Its purchases are not made here: the running stack's own intent path takes them (`nerve intent`)."""
    from nerve.contracts import now
    from simulators.usage import UsageTwin, load_billing_scenario, plan_usage

    settings = get_settings()

    async def play() -> int:
        scenario = load_billing_scenario(path)
        estate = load_estate(settings.estate_dir)
        t0 = round(now(), 3)
        plan = plan_usage(estate, scenario, t0)
        for e in plan.purchases:
            console.print(f"not made here: {e.subscriber} buys {e.offer} at {e.at_s}s (use `nerve intent`)")
        async with Bus(settings, client_id="sim-usage", principal=Principal.EVALS) as bus:
            twin = UsageTwin(bus, plan, t0)
            await twin.run(scenario.duration_s)
            return twin.sent

    try:
        sent = asyncio.run(play())
    except NerveError as exc:
        raise _fail(exc) from exc
    console.print(f"{sent} records delivered")


@app.command("fraud")
def fraud(
    path: Annotated[Path, typer.Argument(help="A fraud scenario file (EVALS.md §4 format).")],
) -> None:
    """Play a fraud scenario (its episodes in everyone's ordinary usage) on the running stack, from now.
    A taken-over line's requests are not made here: the running stack's intent path takes them (`nerve intent`)."""
    from nerve.contracts import now
    from simulators.fraud import FraudTwin, background, load_fraud_scenario
    from simulators.usage import UsageTwin

    settings = get_settings()

    async def play() -> int:
        scenario = load_fraud_scenario(path)
        estate = load_estate(settings.estate_dir)
        t0 = round(now(), 3)
        async with Bus(settings, client_id="sim-fraud", principal=Principal.EVALS) as bus:
            twin = FraudTwin(bus, estate, scenario, t0, ask=None)
            usage = UsageTwin(bus, background(estate, scenario, t0), t0)
            await asyncio.gather(usage.run(scenario.duration_s), twin.run())
            return len(twin.runs)

    try:
        episodes = asyncio.run(play())
    except NerveError as exc:
        raise _fail(exc) from exc
    console.print(f"{episodes} episodes played; their cases are on fraud.cases")


@app.command("bench")
def bench(
    scale: Annotated[list[int] | None, typer.Option(help="Estate sizes to measure (repeatable).")] = None,
    seconds: Annotated[float, typer.Option(help="Measured seconds per size.")] = 20.0,
    rate: Annotated[float, typer.Option(help="Samples per second per entity.")] = 1.0,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """CPU share of one core the twin uses at a rate, for the default estate and bigger ones."""
    from simulators.bench import bench_twin

    settings = get_settings()
    try:
        estate = load_estate(settings.estate_dir)
        results = [
            asyncio.run(bench_twin(settings, estate, scale=k, seconds=seconds, rate_hz=rate)) for k in scale or [1, 10]
        ]
    except NerveError as exc:
        raise _fail(exc) from exc
    if as_json:
        print(json.dumps(results))
        return
    table = Table(*results[0].keys())
    for r in results:
        table.add_row(*(str(v) for v in r.values()))
    console.print(table)
