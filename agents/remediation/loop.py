"""The remediation loop as a long-running part: one graph thread per incident, resumable.

Incidents come from the assurance view (the incident topic, read from the beginning); whether an
incident still needs work is decided by its checkpointed thread, so a restart resumes unfinished
threads, leaves finished ones alone and never repeats a command (the ledger of issued commands
is rebuilt from the ops command topic). Approval decisions and engineers' proposals arrive on
the audit topic (see ``approvals``).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from langchain_core.runnables import RunnableConfig
from langgraph.graph.state import CompiledStateGraph
from langgraph.types import Command as Resume

from agents.remediation.approvals import PROPOSED, ApprovalBook
from agents.remediation.graph import LOOP, LoopDeps, build_graph
from agents.remediation.guard import Guard, Ledger
from agents.remediation.policy import GuardPolicy, load_policy
from agents.remediation.state import ApprovalAsk, RemediationState, StateRefused, from_checkpoint
from memory.checkpoint import graph_checkpointer
from memory.runbooks import load_runbooks
from memory.store import Memory
from nerve.audit import BusTrail, audit
from nerve.bus import Bus
from nerve.contracts import AuditRecord, Incident, Message
from nerve.estate import Estate, load_estate
from nerve.kafka_auth import Principal
from nerve.results import ResultWatcher
from nerve.settings import Settings
from nerve.topics import ensure_topics
from tools.base import Caller, ToolContext
from tools.ops_view import OpsView
from tools.remediation import Proposal

log = logging.getLogger(__name__)


class RemediationLoop:
    def __init__(
        self,
        settings: Settings,
        *,
        estate: Estate | None = None,
        policy: GuardPolicy | None = None,
        use_memory: bool = True,
    ) -> None:
        self.settings = settings
        self.estate = estate or load_estate(settings.estate_dir)
        self.policy = policy or load_policy(settings)
        self.memory = Memory(settings) if use_memory else None
        self.bus = Bus(settings, client_id="remediation-loop", principal=Principal.LOOP)
        self.view = OpsView(self.bus)
        self.book = ApprovalBook(self.bus)
        self.watcher = ResultWatcher(self.bus)
        self.ledger = Ledger()
        self._stack = contextlib.AsyncExitStack()
        self._graph: CompiledStateGraph[RemediationState, LoopDeps, RemediationState, RemediationState] | None = None
        self._deps: LoopDeps | None = None
        self._tasks: dict[str, asyncio.Task[None]] = {}

    # -- lifecycle --------------------------------------------------------------------------
    async def start(self) -> None:
        await ensure_topics(self.settings, principal=Principal.LOOP)
        await self.bus.start()
        await self.ledger.load(self.bus)
        for part in (self.watcher, self.view, self.book):
            await part.start()
        if self.memory is not None:
            await self.memory.start()
        saver = await self._stack.enter_async_context(graph_checkpointer(self.settings, "remediation"))
        ctx = ToolContext(self.settings, self.bus, self.estate, Caller(LOOP, frozenset({"agent"})))
        guard = Guard(
            self.policy, self.estate, self.view, self.ledger, auto_approve_medium=self.settings.auto_approve_medium
        )
        runbooks = {r.fault: r for r in load_runbooks() if r.fault}
        self._deps = LoopDeps(
            ctx,
            self.view,
            self.watcher,
            self.ledger,
            guard,
            self.policy,
            runbooks,
            self.book,
            BusTrail(self.bus),
            self.memory,
        )
        self._graph = build_graph().compile(checkpointer=saver)
        self.view.on_message(self._on_assurance)
        self.book.on_record(self._on_audit)
        self.book.on_unconfirmed(self._on_unconfirmed)
        for incident in self.view.incidents():
            await self._ensure(incident.incident_id)
        for proposal_id in self.book.proposals:
            await self._ensure(proposal_id)
        log.info("remediation loop running (%d threads active)", len(self._tasks))

    async def stop(self) -> None:
        for task in self._tasks.values():
            task.cancel()
        await asyncio.gather(*self._tasks.values(), return_exceptions=True)
        for part in (self.book, self.view, self.watcher):
            await part.stop()
        await self._stack.aclose()
        await self.bus.stop()
        log.info("remediation loop stopped")

    async def run(self) -> None:
        """Run until cancelled (SIGTERM/SIGINT in the CLI)."""
        await self.start()
        try:
            await asyncio.Event().wait()
        finally:
            await self.stop()

    # -- dispatch ---------------------------------------------------------------------------
    def _on_assurance(self, msg: Message) -> None:
        if isinstance(msg, Incident):
            asyncio.get_running_loop().create_task(self._ensure(msg.incident_id))

    def _on_audit(self, record: AuditRecord) -> None:
        thread = record.detail.get("thread_id") or record.detail.get("proposal_id")
        if thread:
            asyncio.get_running_loop().create_task(self._ensure(str(thread)))

    def _on_unconfirmed(self, record: AuditRecord) -> None:
        asyncio.get_running_loop().create_task(self._audit_if_forged(record))

    async def _audit_if_forged(self, record: AuditRecord) -> None:
        """A decision that did not come through the approver path decides nothing: say so in the trail."""
        if await self.book.forged(record):
            await audit(
                self.bus,
                LOOP,
                "approval.forged",
                record.subject,
                correlation_id=record.correlation_id,
                outcome="rejected",
                reason=f"{record.action} claimed by {record.actor.kind}:{record.actor.id} was not made through the "
                "approver path; it was ignored",
                detail={"audit_id": record.audit_id, "approval_id": record.detail.get("approval_id")},
            )

    @staticmethod
    def _config(thread_id: str) -> RunnableConfig:
        return {"configurable": {"thread_id": thread_id}, "recursion_limit": 60}

    async def _ensure(self, thread_id: str) -> None:
        """Start, resume or leave alone the graph thread for an incident or proposal."""
        running = self._tasks.get(thread_id)
        if running is not None and not running.done():
            return
        assert self._graph is not None
        snapshot = await self._graph.aget_state(self._config(thread_id))
        if thread_id in self._tasks and not self._tasks[thread_id].done():
            return  # started while we read the checkpoint
        if not snapshot.values:
            start = self._initial(thread_id)
            if start is not None:
                self._spawn(thread_id, start)
            return
        if not snapshot.tasks:
            return  # finished earlier
        interrupts = [i for task in snapshot.tasks for i in task.interrupts]
        if not interrupts:
            # Stopped mid-thread (the saved writes of a finished step can leave ``next`` empty):
            # resuming from the last checkpoint applies them and carries on.
            self._spawn(thread_id, None)
            return
        try:
            state = from_checkpoint(snapshot.values)
        except StateRefused as exc:
            log.error("remediation thread %s not resumed: %s", thread_id, exc)
            return
        resume = await self._decision_for(thread_id, state, interrupts[0].value)
        if resume is not None:
            self._spawn(thread_id, resume)

    async def _decision_for(self, thread_id: str, state: RemediationState, request: ApprovalAsk) -> Resume[str] | None:
        """How to resume a thread waiting for approval: the decision if one was made, None if not yet.

        An approval nobody decided before its incident closed is cancelled (written to the audit
        topic; it comes back through the audit tail as the decision).
        """
        pending = request["approval_id"]
        decision = self.book.decisions.get(pending)
        if decision is not None:
            return Resume(resume=decision.answer().model_dump())  # plain values in the checkpoint
        incident = self.view.incident(state.incident_id)
        if incident is not None and incident.state == "closed":
            await audit(
                self.bus,
                LOOP,
                "approval.cancelled",
                state.target or thread_id,
                correlation_id=state.incident_id,
                outcome="cancelled",
                reason=f"{incident.incident_id} closed before anyone decided",
                detail={"approval_id": pending, "thread_id": thread_id},
            )
        return None

    def _initial(self, thread_id: str) -> RemediationState | None:
        incident = self.view.incident(thread_id)
        if incident is not None:
            return None if incident.state == "closed" else RemediationState(incident_id=thread_id)
        proposal = self.book.proposals.get(thread_id)
        if proposal is None or proposal.action != PROPOSED:
            return None
        proposed = Proposal.model_validate(proposal.detail)
        return RemediationState(
            incident_id=proposed.incident_id or thread_id,
            proposal=proposed,
            target=proposed.target,
            plan=[proposed.action],
        )

    def _spawn(self, thread_id: str, start: RemediationState | Resume[str] | None) -> None:
        assert self._graph is not None and self._deps is not None
        graph, deps = self._graph, self._deps
        config = self._config(thread_id)

        async def drive() -> None:
            step: RemediationState | Resume[str] | None = start
            try:
                while True:
                    await graph.ainvoke(step, config, context=deps)
                    # Stopped at an approval whose decision is already known (read while this
                    # thread was still running, or before a restart): resume at once.
                    snapshot = await graph.aget_state(config)
                    interrupts = [i for task in snapshot.tasks for i in task.interrupts]
                    if not interrupts:
                        return
                    state = from_checkpoint(snapshot.values)
                    resume = await self._decision_for(thread_id, state, interrupts[0].value)
                    if resume is None:
                        return
                    step = resume
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("remediation thread %s failed", thread_id)

        self._tasks[thread_id] = asyncio.get_running_loop().create_task(drive(), name=f"remediate-{thread_id}")

    async def idle(self, timeout_s: float) -> bool:
        """Wait until no thread is running (tests, evals); False on timeout."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout_s
        while any(not task.done() for task in self._tasks.values()):
            if loop.time() > deadline:
                return False
            await asyncio.sleep(0.2)
        return True
