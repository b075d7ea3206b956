"""TMF921-shaped intents: create (text or structured), read, reports, confirm, cancel, and events."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

from fastapi import APIRouter, Query, Request
from sse_starlette import EventSourceResponse

from agents.intent.models import IntentReport, IntentView
from agents.intent.service import IntentService
from api.credentials import Principal
from api.deps import IntentsDep, PrincipalDep, StateDep, caller_for, subscriber_for
from api.problems import Problem, problem_responses
from api.schemas import (
    INTENT_BASE,
    ConfirmationCreate,
    IntentCreate,
    IntentPublic,
    IntentReportPublic,
)
from api.state import AppState
from nerve.audit import audit
from nerve.reasons import sentence, sentences

router = APIRouter(prefix=INTENT_BASE, tags=["intents (TMF921)"])
READY = {"event": "ready", "data": "{}"}
ERRORS = problem_responses(400, 401, 403, 404, 409, 413, 422, 429, 503)


def intent_public(view: IntentView, name: str | None = None) -> IntentPublic:
    """The TMF921 shape of the intent service's view."""
    status = view.lifecycle_status
    return IntentPublic(
        id=view.intent_id,
        href=f"{INTENT_BASE}/intent/{view.intent_id}",
        name=name or (view.text or view.action or view.intent_id)[:120],
        subscriber=view.subscriber,
        text=view.text,
        lifecycleStatus=status,
        action=view.action,
        offer=view.offer,
        decision=view.decision,
        reasons=view.reasons,
        reasonTexts=[sentence(r) for r in view.reasons],
        message=view.message,
        awaitingConfirmation=status == "awaiting_confirmation",
        price=view.price,
        orderState=view.order_state,
        orderId=view.intent_id if view.order_state else None,
        jeopardy=view.jeopardy,
        answer=view.answer,
        commands=view.commands,
        creationDate=view.created_at,
        lastUpdate=view.updated_at,
    )


def report_public(intent_id: str, index: int, report: IntentReport) -> IntentReportPublic:
    """One TMF921 intent report: the decision, the order's outcome and each saga step."""
    steps = ", ".join(f"{s.type} {s.status}" for s in report.steps)
    summary = f"decision {report.decision}"
    if report.order_state:
        summary += f"; order {report.order_state}"
    if steps:
        summary += f" ({steps})"
    report_id = f"{intent_id}-r{index + 1}"
    return IntentReportPublic(
        id=report_id,
        href=f"{INTENT_BASE}/intent/{intent_id}/intentReport/{report_id}",
        intentId=intent_id,
        creationDate=report.reported_at,
        lifecycleStatus=report.lifecycle_status,
        outcome=report.order_state or report.decision,
        summary=summary,
        detail=report.model_dump(mode="json"),
    )


def _owned_intent(intents: IntentService, principal: Principal, intent_id: str) -> IntentView:
    """The intent, if it exists and the caller may see it (404 otherwise: no probing others' ids)."""
    view = intents.get(intent_id)
    if view is None or (principal.subscribers is not None and view.subscriber not in principal.subscribers):
        raise Problem("not-found", f"no intent {intent_id!r} for this caller; list yours via the events stream")
    return view


@router.post("/intent", status_code=201, response_model=IntentPublic, responses=ERRORS)
async def create_intent(
    body: IntentCreate, principal: PrincipalDep, state: StateDep, intents: IntentsDep
) -> IntentPublic:
    """Create an intent from natural-language text or a structured expression.

    The answer carries the agent's decision: ``awaitingConfirmation`` true means the offer and
    price are in ``message`` and the intent waits for ``POST .../intent/{id}/confirmation``.
    """
    subscriber = subscriber_for(principal, body.subscriber, state)
    caller = caller_for(principal, subscriber)
    structured = body.expression.model_dump(exclude_none=True) if body.expression is not None else None
    view = await intents.submit(caller, subscriber, text=body.text, structured=structured)
    return intent_public(view, body.name)


@router.get("/intent/{intent_id}", response_model=IntentPublic, responses=ERRORS)
async def get_intent(intent_id: str, principal: PrincipalDep, intents: IntentsDep) -> IntentPublic:
    """Read an intent and its current lifecycle status."""
    return intent_public(_owned_intent(intents, principal, intent_id))


@router.get("/intent/{intent_id}/intentReport", response_model=list[IntentReportPublic], responses=ERRORS)
async def list_intent_reports(intent_id: str, principal: PrincipalDep, intents: IntentsDep) -> list[IntentReportPublic]:
    """The intent's reports: the outcome and what was done, newest last."""
    _owned_intent(intents, principal, intent_id)
    reports = intents.reports(intent_id)
    return [report_public(intent_id, i, r) for i, r in enumerate(reports)]


@router.post("/intent/{intent_id}/confirmation", response_model=IntentPublic, responses=ERRORS)
async def confirm_intent(
    intent_id: str, body: ConfirmationCreate, principal: PrincipalDep, state: StateDep, intents: IntentsDep
) -> IntentPublic:
    """Answer the confirmation the intent waits for: ``accept`` true orders it, false drops it.

    The answer is audited in the name of whoever gives it. One answer per intent: another given
    at the same time, or after, is a 409."""
    return intent_public(await _answer(state, intents, principal, intent_id, accept=body.accept))


@router.post("/intent/{intent_id}/cancel", response_model=IntentPublic, responses=ERRORS)
async def cancel_intent(intent_id: str, principal: PrincipalDep, state: StateDep, intents: IntentsDep) -> IntentPublic:
    """Cancel an intent still awaiting confirmation (an order already in progress runs to its end)."""
    return intent_public(await _answer(state, intents, principal, intent_id, accept=False))


async def _answer(
    state: AppState, intents: IntentService, principal: Principal, intent_id: str, *, accept: bool
) -> IntentView:
    with state.answering.claim(intent_id):
        view = _owned_intent(intents, principal, intent_id)
        if view.lifecycle_status != "awaiting_confirmation":
            why = sentences(view.reasons)
            state_now = f"intent {intent_id} is {view.lifecycle_status}, not awaiting confirmation"
            raise Problem("conflict", f"{state_now}: {why}" if why else state_now)
        subscriber = view.subscriber
        caller = caller_for(principal, subscriber)
        # Credited to the person (or app) who answered, who need not be the one who asked: an
        # operator may confirm a subscriber's intent. Written before the order starts.
        await audit(
            state.bus,
            caller.actor,
            "intent.confirmed" if accept else "intent.cancelled",
            subscriber,
            correlation_id=intent_id,
            outcome="confirmed" if accept else "cancelled",
            reason=f"{'confirmed' if accept else 'cancelled'} by {caller.actor.kind} {caller.actor.id}",
            detail={"accept": accept},
        )
        if accept:
            return await intents.confirm(caller, intent_id, True)
        return await intents.cancel(caller, intent_id)


@router.get("/events", responses=ERRORS, response_class=EventSourceResponse)
async def intent_events(
    request: Request,
    principal: PrincipalDep,
    state: StateDep,
    intent: str | None = Query(None, max_length=80, description="only this intent's changes"),
) -> EventSourceResponse:
    """Server-sent events: ``ready`` once subscribed, then every state change of the caller's intents
    (``event: intent``)."""

    async def stream() -> AsyncIterator[dict[str, str]]:
        async for event in state.feed.subscribe():
            if event is None:
                yield READY
                continue
            if event.kind != "intent":
                continue
            data = event.data
            if principal.subscribers is not None and data.get("subscriber") not in principal.subscribers:
                continue
            if intent is not None and data.get("intent_id") != intent:
                continue
            yield {"event": "intent", "id": f"{data['intent_id']}@{data['at']}", "data": json.dumps(data)}

    return state.streams.open(principal, stream())
