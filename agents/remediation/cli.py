"""``nerve loop``: run the remediation loop as a process; list, approve and deny pending actions."""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer
from rich.console import Console
from rich.table import Table

from nerve.errors import NerveError
from nerve.settings import get_settings

if TYPE_CHECKING:
    from agents.remediation.approvals import PendingApproval

T = TypeVar("T")
console = Console()
app = typer.Typer(help="The predictive remediation loop and its approvals.", no_args_is_help=True)


def _fail(exc: NerveError) -> typer.Exit:
    console.print(f"[red]error:[/] {exc}")
    return typer.Exit(1)


async def _run_until_signal() -> None:
    from agents.remediation.loop import RemediationLoop

    loop = RemediationLoop(get_settings())
    task = asyncio.create_task(loop.run())
    for sig in (signal.SIGTERM, signal.SIGINT):
        asyncio.get_running_loop().add_signal_handler(sig, task.cancel)
    with contextlib.suppress(asyncio.CancelledError):
        await task


@app.command("run")
def run() -> None:
    """Run the loop until SIGTERM/SIGINT (honours NERVE_TOPIC_PREFIX, NERVE_HOME)."""
    try:
        asyncio.run(_run_until_signal())
    except NerveError as exc:
        raise _fail(exc) from exc


def _with_service(fn: Callable[..., Awaitable[T]], *args: object) -> T:
    from agents.remediation.service import ApprovalService

    async def go() -> T:
        service = ApprovalService(get_settings())
        await service.start()
        try:
            return await fn(service, *args)
        finally:
            await service.stop()

    try:
        return asyncio.run(go())
    except NerveError as exc:
        raise _fail(exc) from exc


@app.command("pending")
def pending() -> None:
    """List actions waiting for a person's approval."""
    from agents.remediation.service import ApprovalService

    found = _with_service(ApprovalService.pending_approvals)
    table = Table("approval", "action", "target", "risk", "incident", "why", "disturbs", "target now")
    for p in found:
        table.add_row(p.approval_id, p.action, p.target, p.risk, p.incident_id or "", p.reason, _radius(p), _health(p))
    console.print(table if found else "no pending approvals")


def _radius(p: PendingApproval) -> str:
    r = p.blast_radius
    if r is None or not r.entities:
        return "nothing"
    shown = ", ".join(r.entities[:4]) + (f" and {len(r.entities) - 4} more" if len(r.entities) > 4 else "")
    return f"{shown} for ~{r.duration_s:g} s: {'; '.join(r.effects)}"


def _health(p: PendingApproval) -> str:
    h = p.target_health
    if h is None:
        return "unknown"
    if h.healthy:
        return "healthy (approving needs --reason)"
    return f"{h.state}: {', '.join(h.open_anomalies) or 'no open anomalies'}"


@app.command("approve")
def approve(
    approval_id: str,
    person: Annotated[str, typer.Option("--as", help="who approves (recorded on the command and audit)")],
    reason: Annotated[
        str, typer.Option("--reason", "--note", help="why (audited); required when the target is healthy")
    ] = "",
) -> None:
    """Approve a pending action; the loop executes it."""
    from agents.remediation.service import ApprovalService

    _with_service(ApprovalService.approve, approval_id, person, reason)
    console.print(f"approved {approval_id} as {person}")


@app.command("deny")
def deny(
    approval_id: str,
    person: Annotated[str, typer.Option("--as", help="who refuses")],
    reason: Annotated[str, typer.Option(help="why (recorded in the audit trail)")] = "refused",
) -> None:
    """Refuse a pending action; the loop does not execute it."""
    from agents.remediation.service import ApprovalService

    _with_service(ApprovalService.deny, approval_id, person, reason)
    console.print(f"denied {approval_id} as {person}")
