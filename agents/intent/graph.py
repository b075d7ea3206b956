"""The subscriber-intent graph: understand → decide → confirm → execute (saga) → report.

The saga's forward steps run as a ``send`` / ``wait`` pair per command, so a process that dies
while waiting resumes at ``wait`` (the command it already sent is in the checkpoint and is not sent
again); a failed step is compensated in reverse. ``build_graph()`` returns the uncompiled
builder: the service compiles it with the durable checkpointer, tests with their own.

The nodes are module-level functions of the typed state (``state.IntentState``) and the run's
``IntentDeps``, passed as LangGraph's runtime context (``ainvoke(..., context=deps)``): each can be
called alone.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Literal

from langgraph.graph import END, START, StateGraph
from langgraph.runtime import Runtime
from langgraph.types import interrupt

from agents.intent.decide import Outcome, decide
from agents.intent.diagnose import diagnose
from agents.intent.lexicon import lexicon_for
from agents.intent.models import Intent, IntentReport, StepState
from agents.intent.state import Confirmation, IntentState, StateRefused, Update
from agents.intent.understand import complete, understand
from agents.intent.usage_answers import UsageAnswers
from agents.llm.provider import LLMProvider, with_fallback
from nerve.audit import Trail
from nerve.bus import Bus
from nerve.contracts import Lifecycle, OrderState, now
from nerve.estate import Estate
from nerve.results import ResultWatcher
from nerve.settings import Settings
from tools.base import ToolContext
from tools.commands import command_id
from tools.ops_view import OpsView
from tools.orders import OrderCommand, Step, plan_saga, publish_order_command, undo_of
from tools.subscriber import SubscriberProfile, SubscriberStateView, merge_state

Emit = Callable[[IntentState], Awaitable[None]]


@dataclass
class IntentDeps:
    """The graph's runtime context: what its nodes act through."""

    settings: Settings
    bus: Bus
    estate: Estate
    watcher: ResultWatcher
    states: SubscriberStateView
    ops: OpsView  # the live assurance context: what issue reports are diagnosed from
    emit: Emit  # publishes the intent's new state (the service's event and view)
    trail: Trail
    provider: LLMProvider | None = None
    usage: UsageAnswers | None = None  # usage and bill questions, when the estate rates usage
    step_timeout_s: float = 60.0  # a step unanswered this long fails (and is compensated)
    jeopardy_after_s: float = 10.0  # a step unanswered this long puts the order in jeopardy

    def context(self, state: IntentState) -> ToolContext:
        """The tools' context, acting for whoever confirmed the order (the asker until then)."""
        return ToolContext(
            self.settings,
            self.bus,
            self.estate,
            state.acting.caller(),
            ops=self.ops,
            subscriber_state=self.states,
            results=self.watcher,
        )

    def profile(self, subscriber: str) -> SubscriberProfile:
        return merge_state(self.estate.subscriber[subscriber], self.states.get(subscriber), self.estate.catalog)

    async def emit_update(self, state: IntentState, update: Update) -> Update:
        await self.emit(state.model_copy(update=update))
        return update


Deps = Runtime[IntentDeps]
# The decision's lifecycle status; any other decision is a rejection.
DECIDED: dict[str, Lifecycle] = {"accepted": "awaiting_confirmation", "answered": "answered", "diagnosed": "answered"}


async def understand_node(state: IntentState, runtime: Deps) -> Update:
    deps = runtime.context
    profile = deps.profile(state.subscriber)
    if state.structured is not None:
        intent = complete(state.structured, deps.estate.catalog)
    else:
        intent = await understand_text(deps, state.text or "", profile)
    # Not published yet: the decision follows at once and is the first thing worth telling.
    return {"intent": intent, "lifecycle": "acknowledged"}


async def decide_node(state: IntentState, runtime: Deps) -> Update:
    deps, intent = runtime.context, _intent(state)
    caller = state.caller.caller()
    profile = deps.profile(state.subscriber)
    outcome = decide(intent, profile, deps.estate.catalog, may_act=caller.may_act_for(state.subscriber))
    if outcome.decision == "diagnosed":
        outcome = await _diagnosed(deps, outcome, profile, intent)
    if outcome.decision == "answered" and deps.usage is not None:
        outcome = deps.usage.refine(outcome, intent, state.text or "", profile)
    update: Update = {"outcome": outcome, "lifecycle": DECIDED.get(outcome.decision, "rejected")}
    if outcome.decision != "accepted":
        # Nothing more will happen: the decision is the report (one audit record, one event).
        update["report"] = report_of(state.model_copy(update=update))
    await asyncio.gather(
        deps.trail(
            caller.actor,
            "intent.decided",
            state.subscriber,
            correlation_id=state.intent_id,
            outcome=outcome.decision,
            reason=",".join(outcome.reasons),
            detail={"action": outcome.action, "offer": outcome.offer, "price": outcome.price},
        ),
        deps.emit_update(state, update),
    )
    return update


async def confirm_node(state: IntentState, runtime: Deps) -> Update:
    deps, outcome = runtime.context, _outcome(state)
    answer = Confirmation.of(interrupt({"offer": outcome.offer, "price": outcome.price, "question": outcome.message}))
    if not answer.accept:
        return {"order_state": "expired" if answer.expired else "cancelled"}  # settled by the report, published with it
    plan_before = deps.profile(state.subscriber).plan
    action, offer = outcome.action, outcome.offer
    if action not in ("add_offer", "change_plan", "remove_offer") or not isinstance(offer, str):
        raise StateRefused(f"{state.intent_id}: an accepted {action} of {offer!r} cannot be ordered")
    steps = [_step_state(state.intent_id, s) for s in plan_saga(deps.estate.catalog, action, offer, plan_before)]
    return await deps.emit_update(
        state,
        {
            "confirmed_by": answer.by or state.caller,
            "plan_before": plan_before,
            "steps": steps,
            "cursor": 0,
            "undo": [],
            "lifecycle": "acknowledged",
            "order_state": "acknowledged",
        },
    )


async def send_node(state: IntentState, runtime: Deps) -> Update:
    deps, i = runtime.context, state.cursor
    steps = [s.model_copy() for s in state.steps]
    published = await publish_order_command(
        deps.context(state),
        OrderCommand(
            order_id=state.intent_id,
            subscriber=state.subscriber,
            action=_outcome(state).action,
            step=Step(step=steps[i].step, type=steps[i].type, offer=steps[i].offer),
            after=steps[i - 1].command_id if i > 0 else None,
        ),
    )
    if published.succeeded:
        steps[i].status = "sent"
    else:
        steps[i].status, steps[i].reason = "rejected", published.message
    return await deps.emit_update(state, {"steps": steps, "lifecycle": "inProgress", "order_state": "inProgress"})


async def wait_node(state: IntentState, runtime: Deps) -> Update:
    deps, i = runtime.context, state.cursor
    steps = [s.model_copy() for s in state.steps]
    step = steps[i]
    update: Update = {}
    if step.status == "sent":
        result = await deps.watcher.wait(step.command_id, deps.jeopardy_after_s)
        if result is None:
            if not state.jeopardy:
                update["jeopardy"] = True
                await deps.emit_update(state, update)
            result = await deps.watcher.wait(step.command_id, deps.step_timeout_s - deps.jeopardy_after_s)
        if result is None:
            step.status, step.reason = "timeout", f"no answer within {deps.step_timeout_s:.0f}s"
        else:
            step.status, step.reason = result.status, result.reason
    update["steps"] = steps
    if step.status == "succeeded":
        update["cursor"] = i + 1
        if i + 1 == len(steps):
            update["order_state"] = "completed"
            return update  # settled by the report, published with it
    return await deps.emit_update(state, update)


async def compensate_node(state: IntentState, runtime: Deps) -> Update:
    deps = runtime.context
    ctx = deps.context(state)
    undone: list[StepState] = []
    clean = True
    for done in reversed([s for s in state.steps if s.status == "succeeded"]):
        step = Step(step=done.step, type=done.type, offer=done.offer)
        undo = undo_of(deps.estate.catalog, step, state.plan_before)
        if undo is None:
            continue
        record = _step_state(state.intent_id, undo)
        # After a restart the undo may already have been answered: then it is not sent again.
        result = deps.watcher.get(record.command_id)
        if result is None:
            sent = await publish_order_command(
                ctx,
                OrderCommand(
                    order_id=state.intent_id,
                    subscriber=state.subscriber,
                    action=_outcome(state).action,
                    step=undo,
                    compensates=done.command_id,
                ),
            )
            if sent.succeeded:
                result = await deps.watcher.wait(record.command_id, deps.step_timeout_s)
        record.status = result.status if result else "timeout"
        record.reason = result.reason if result else None
        clean = clean and record.status == "succeeded"
        undone.append(record)
    final: OrderState = "failed" if clean else "partial"
    return {"undo": undone, "order_state": final}  # settled by the report, published with it


async def report_node(state: IntentState, runtime: Deps) -> Update:
    deps = runtime.context
    # An order settles here, in the same event as its report: a reader that sees it settled
    # always finds the report.
    update: Update = {}
    if state.order_state in SETTLED_ORDERS:
        update["lifecycle"] = SETTLED_ORDERS[state.order_state]
    report = update["report"] = report_of(state.model_copy(update=update))
    await asyncio.gather(
        deps.trail(
            state.caller.caller().actor,
            "intent.reported",
            state.subscriber,
            correlation_id=state.intent_id,
            outcome=state.order_state or state.lifecycle,
            reason="",
            detail=report.model_dump(mode="json"),
        ),
        deps.emit_update(state, update),
    )
    return update


def after_decide(state: IntentState) -> Literal["confirm", "__end__"]:
    return "confirm" if _outcome(state).decision == "accepted" else "__end__"  # END


def after_confirm(state: IntentState) -> Literal["send", "report"]:
    return "send" if state.order_state == "acknowledged" and state.steps else "report"


def after_send(state: IntentState) -> Literal["wait", "compensate"]:
    return "wait" if state.steps[state.cursor].status == "sent" else "compensate"


def after_wait(state: IntentState) -> Literal["send", "compensate", "report"]:
    if state.order_state == "completed":
        return "report"
    if state.steps[state.cursor].status == "pending":
        return "send"
    return "compensate"


def build_graph() -> StateGraph[IntentState, IntentDeps, IntentState, IntentState]:
    builder = StateGraph(IntentState, context_schema=IntentDeps)
    builder.add_node("understand", understand_node)
    builder.add_node("decide", decide_node)
    builder.add_node("confirm", confirm_node)
    builder.add_node("send", send_node)
    builder.add_node("wait", wait_node)
    builder.add_node("compensate", compensate_node)
    builder.add_node("report", report_node)
    builder.add_edge(START, "understand")
    builder.add_edge("understand", "decide")
    builder.add_conditional_edges("decide", after_decide)
    builder.add_conditional_edges("confirm", after_confirm)
    builder.add_conditional_edges("send", after_send)
    builder.add_conditional_edges("wait", after_wait)
    builder.add_edge("compensate", "report")
    builder.add_edge("report", END)
    return builder


async def understand_text(deps: IntentDeps, text: str, profile: SubscriberProfile) -> Intent:
    """The model's reading when one is configured (else, or when it fails, the offline parser's).

    Another account and manipulation are also checked by the offline rules: a model can miss them,
    and neither is ever granted.
    """
    catalog = deps.estate.catalog
    offline = understand(text, profile=profile, catalog=catalog, lexicon=lexicon_for(deps.estate))
    if deps.provider is None:
        return offline
    variables = {
        "operator": catalog.operator.name,
        "catalog": [
            {
                "id": o.id,
                "name": o.name,
                "kind": o.kind,
                "category": o.category,
                "zone": o.zone,
                "price": f"{o.price.amount} {catalog.operator.currency} {o.price.period}",
            }
            for o in catalog.offers
        ],
        "zones": catalog.roaming_zones,
        "subscriber": {"id": profile.id, "plan": profile.plan, "services": profile.services},
        "text": text,
    }
    read = await with_fallback(
        deps.provider, lambda p: p.structured("intent_understand", variables, Intent), lambda: offline
    )
    return read.model_copy(
        update={
            "on_behalf_of": read.on_behalf_of or offline.on_behalf_of,
            "manipulation": read.manipulation or offline.manipulation,
        }
    )


async def _diagnosed(deps: IntentDeps, outcome: Outcome, profile: SubscriberProfile, intent: Intent) -> Outcome:
    domain = [profile.home_cell, *deps.estate.topology.failure_domain(profile.home_cell)]
    contexts = {e: c for e in domain if (c := deps.ops.entity(e)) is not None}
    incidents = deps.ops.incidents(open_only=True)
    found = diagnose(deps.estate, profile.home_cell, intent.topic or "problem", contexts, incidents)
    return outcome.model_copy(update={"answer": found, "message": found["text"]})


def _step_state(order_id: str, step: Step) -> StepState:
    return StepState(
        step=step.step, type=step.type, offer=step.offer, command_id=command_id(order_id, step.step), status="pending"
    )


def _intent(state: IntentState) -> Intent:
    if state.intent is None:
        raise StateRefused(f"{state.intent_id}: nothing understood to decide on")
    return state.intent


def _outcome(state: IntentState) -> Outcome:
    if state.outcome is None:
        raise StateRefused(f"{state.intent_id}: no decision yet")
    return state.outcome


# An order's final state and the intent's lifecycle status it settles in.
SETTLED_ORDERS: dict[str, Lifecycle] = {
    "completed": "completed",
    "failed": "failed",
    "partial": "partial",
    "cancelled": "cancelled",
    "expired": "expired",
}


def report_of(state: IntentState) -> IntentReport:
    """The TMF921-like intent report of the state: what was asked, what was decided, what was done."""
    outcome = state.outcome
    given = state.structured.model_dump(exclude_unset=True) if state.structured is not None else None
    return IntentReport(
        intent_id=state.intent_id,
        subscriber=state.subscriber,
        expression=state.text or given,
        action=outcome.action if outcome else None,
        offer=outcome.offer if outcome else None,
        decision=outcome.decision if outcome else None,
        reasons=outcome.reasons if outcome else [],
        price=outcome.price if outcome else None,
        lifecycle_status=state.lifecycle,
        order_state=state.order_state,
        compliant=state.order_state in (None, "completed", "cancelled", "expired"),
        steps=state.steps,
        compensations=state.undo,
        jeopardy=state.jeopardy,
        message=outcome.message if outcome else "",
        reported_at=now(),
    )
