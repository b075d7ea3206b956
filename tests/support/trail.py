"""An audit trail that keeps what the agents' nodes write, for unit tests without a broker."""

from __future__ import annotations

from dataclasses import dataclass, field

from nerve.contracts import Actor


@dataclass
class Kept:
    actor: Actor
    action: str
    subject: str
    correlation_id: str
    outcome: str
    reason: str
    detail: dict[str, object]


@dataclass
class ListTrail:
    """A ``nerve.audit.Trail``: the records written, in order."""

    records: list[Kept] = field(default_factory=list)

    async def __call__(
        self,
        actor: Actor,
        action: str,
        subject: str,
        *,
        correlation_id: str,
        outcome: str,
        reason: str,
        detail: dict[str, object],
    ) -> None:
        self.records.append(Kept(actor, action, subject, correlation_id, outcome, reason, detail))

    def actions(self) -> list[str]:
        return [r.action for r in self.records]
