"""An intent's lifetime: unconfirmed ones expire, settled ones are forgotten after their retention
(view and checkpoint thread), on the real broker and checkpoints."""

from __future__ import annotations

import pytest

from nerve import topics as t
from nerve.bus import Bus
from nerve.contracts import AuditRecord, Command, IntentEvent, now
from nerve.errors import ToolError
from nerve.estate import Estate
from nerve.settings import Settings
from tests.intent.test_saga import ORDER_TOPICS, me, service


def an_eligible_ask(estate: Estate) -> tuple[str, str]:
    """(subscriber, text) of a request the estate accepts: its first subscriber asks for an add-on it lacks."""
    for sub in estate.subscribers:
        held = {sub.plan, *sub.services}
        for offer in estate.catalog.offers:
            if offer.kind == "addon" and offer.id not in held:
                return sub.id, f"add {offer.name}"
    raise AssertionError("the estate has no add-on to ask for")


async def test_an_unconfirmed_intent_expires_and_a_settled_one_is_forgotten(
    settings: Settings, bus: Bus, estate: Estate
) -> None:
    async with service(settings, estate) as svc:
        sub, text = an_eligible_ask(estate)
        view = await svc.submit(me(sub), sub, text=text)
        assert view.lifecycle_status == "awaiting_confirmation", view

        await svc.sweep(now())  # not yet due
        assert svc.get(view.intent_id).lifecycle_status == "awaiting_confirmation"  # type: ignore[union-attr]

        await svc.sweep(now() + settings.intent_confirm_within_s + 1)
        expired = svc.get(view.intent_id)
        assert expired is not None and expired.lifecycle_status == "expired" and expired.order_state == "expired"
        assert svc.reports(view.intent_id)[-1].lifecycle_status == "expired"
        with pytest.raises(ToolError):
            await svc.confirm(me(sub), view.intent_id, accept=True)  # too late
        audits = [r.value for r in await bus.snapshot(t.AUDIT)]
        assert any(isinstance(a, AuditRecord) and a.action == "intent.expired" for a in audits)
        assert not [r for topic in ORDER_TOPICS for r in await bus.snapshot(topic) if isinstance(r.value, Command)]
        published = (await bus.latest(t.INTENT_STATE))[view.intent_id]
        assert isinstance(published, IntentEvent) and published.lifecycle_status == "expired"

        config = {"configurable": {"thread_id": view.intent_id}}
        assert svc._saver is not None and await svc._saver.aget_tuple(config) is not None  # type: ignore[arg-type]
        await svc.sweep(now() + settings.intent_retention_s + 1)
        assert svc.get(view.intent_id) is None
        assert await svc._saver.aget_tuple(config) is None  # type: ignore[arg-type]
