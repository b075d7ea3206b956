"""The legacy bridge's adapter: Nerve's commands in as work orders, the legacy rows' changes back out.

- **Orders in.** Activation commands the migration table routed to the legacy side
  (``legacy.activation.commands``) become rows of the legacy ``service_orders`` table; the command
  id is the order's unique reference, so a redelivered command inserts nothing.
- **Results out.** Debezium's change events of ``service_orders`` (through Kafka Connect) are read
  back; an order that reached an end state becomes the ordinary command result on
  ``command.results`` (system ``activation``), and a done order's subscriber state is published as
  the activation system's, so whoever waits for the result, or reads the subscriber's services,
  does not know which side served it.

- **Tickets both ways** (``legacy/tickets.py``): incidents handed to people open legacy trouble
  tickets; the field's changes to them come back as the incident's audit records.

Every consumer commits after they have handled a record (at least once): a restarted adapter inserts
nothing twice (the unique reference) and re-publishes at most the results it had not committed
past, which issuers deduplicate by command id as they do every result.
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

from legacy import store
from legacy.tickets import field_update, open_ticket, ticket_for
from nerve import topics as t
from nerve.audit import audit
from nerve.bus import Bus
from nerve.contracts import Actor, AuditRecord, Command, CommandResult, RowChange, SubscriberState, now
from nerve.contracts.state import state_key
from nerve.errors import ContractError
from nerve.estate import Estate
from nerve.kafka_auth import Principal
from nerve.settings import Settings

log = logging.getLogger(__name__)

ACTOR = Actor(kind="system", id="legacy-bridge")
END_STATES = {"done": "succeeded", "failed": "failed", "rejected": "rejected"}


def result_of(change: RowChange) -> tuple[CommandResult, SubscriberState | None] | None:
    """The command result (and the new activation state) a change of a work order row means, or None
    when it is not an order reaching its end (inserted, claimed, or a snapshot of an old row)."""
    row = change.after
    if change.op not in ("c", "u") or row is None or row.get("status") not in END_STATES:
        return None
    try:
        context, result = _json(row.get("context")), _json(row.get("result"))
        outcome = CommandResult(
            command_id=row["order_ref"],
            type=context["type"],
            status=END_STATES[row["status"]],
            reason=row.get("reason"),
            correlation_id=context.get("correlation_id", ""),
            target=context.get("target", row["subscriber"]),
            system="activation",
            detail=result.get("detail", {}),
            completed_at=now(),
        )
        state = SubscriberState.model_validate(result["state"]) if row["status"] == "done" else None
    except (KeyError, ValueError) as exc:
        raise ContractError(f"work order {row.get('order_ref')!r} cannot be read as a result: {exc}") from exc
    return outcome, state


def _json(value: Any) -> dict[str, Any]:
    """Debezium sends ``jsonb`` columns as JSON text."""
    if value is None:
        return {}
    parsed = json.loads(value) if isinstance(value, str) else value
    if not isinstance(parsed, dict):
        raise ValueError(f"expected a JSON object, got {type(parsed).__name__}")
    return parsed


class LegacyAdapter:
    def __init__(self, settings: Settings, estate: Estate) -> None:
        self.settings = settings
        self.estate = estate
        self.bus = Bus(settings, client_id="legacy-adapter", principal=Principal.LEGACY)
        self._stop = asyncio.Event()

    def stop(self) -> None:
        self._stop.set()

    async def run(self) -> None:
        """Carry orders in and results out until ``stop()``."""
        async with self.bus:
            tasks = [
                asyncio.create_task(self._orders_in()),
                asyncio.create_task(self._results_out()),
                asyncio.create_task(self._tickets_out()),
                asyncio.create_task(self._tickets_back()),
            ]
            stopping = asyncio.create_task(self._stop.wait())
            done, _ = await asyncio.wait([*tasks, stopping], return_when=asyncio.FIRST_COMPLETED)
            for task in [*tasks, stopping]:
                task.cancel()
            await asyncio.gather(*tasks, stopping, return_exceptions=True)
            for task in done:  # a consumer that failed takes the adapter down, to be restarted
                if task is not stopping and task.exception() is not None:
                    raise task.exception()  # type: ignore[misc]

    async def _orders_in(self) -> None:
        conn = await store.connect_async(self.settings)
        async with conn:
            async for consumer, record in self.bus.subscribe(t.LEGACY_ACTIVATION_COMMANDS, group_id="legacy.orders"):
                command = record.value
                if isinstance(command, Command) and await store.insert_order(conn, command):
                    log.info("legacy: work order for %s (%s %s)", command.command_id, command.type, command.target)
                    await audit(
                        self.bus,
                        ACTOR,
                        "legacy.order.placed",
                        command.target,
                        correlation_id=command.correlation_id,
                        outcome=command.type,
                        detail={"command_id": command.command_id},
                    )
                await consumer.commit()

    async def _results_out(self) -> None:
        async for consumer, record in self.bus.subscribe(t.LEGACY_ORDERS, group_id="legacy.results"):
            assert isinstance(record.value, RowChange)
            try:
                answer = result_of(record.value)
            except ContractError as exc:
                await self.bus.dead_letter(
                    t.LEGACY_ORDERS, record.partition, record.offset, record.key, record.value.to_bytes(), str(exc)
                )
                answer = None
            if answer is not None:
                result, state = answer
                if state is not None:
                    await self.bus.publish(t.SUBSCRIBER_STATE, state, key=state_key("activation", state.subscriber))
                await self.bus.publish(t.COMMAND_RESULTS, result, key=result.command_id)
                log.info("legacy: %s %s %s", result.command_id, result.status, result.reason or "")
                await audit(
                    self.bus,
                    ACTOR,
                    "legacy.order.completed",
                    result.target,
                    correlation_id=result.correlation_id,
                    outcome=result.status,
                    reason=result.reason or "",
                    detail={"command_id": result.command_id},
                )
            await consumer.commit()

    async def _tickets_out(self) -> None:
        conn = await store.connect_async(self.settings)
        async with conn:
            async for consumer, record in self.bus.subscribe(t.AUDIT, group_id="legacy.tickets-out"):
                wanted = ticket_for(record.value, self.estate) if isinstance(record.value, AuditRecord) else None
                if wanted is not None and await open_ticket(conn, *wanted):
                    incident, entity, _ = wanted
                    log.info("legacy: trouble ticket opened for %s on %s", incident, entity)
                    await audit(self.bus, ACTOR, "legacy.ticket.opened", entity, correlation_id=incident)
                await consumer.commit()

    async def _tickets_back(self) -> None:
        async for consumer, record in self.bus.subscribe(t.LEGACY_TICKETS, group_id="legacy.tickets-back"):
            assert isinstance(record.value, RowChange)
            update = field_update(record.value)
            if update is not None:
                incident, action, detail = update
                field = Actor(kind="person", id=detail["updated_by"] or "field")
                await audit(
                    self.bus, field, action, detail["entity"], correlation_id=incident, outcome=detail["status"],
                    reason=detail["notes"], detail=detail,
                )  # fmt: skip
            await consumer.commit()
