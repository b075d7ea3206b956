"""What a remediation action disturbs, and for how long: its blast radius.

An action's effect on the network is read from the estate: how long it lasts from the numbers of
seconds in ``faults.yaml`` (the action's ``effect`` and the ``side_effects`` that name it, such as
"every session of the region drops for 10 s"), and which entities it touches from the topology.
Which KPIs it moves on each of them is network behaviour, the same for every operator: a restarted
cell is dead (every KPI) and its users crowd its neighbours; a restarted network function drops
the sessions of every cell it serves; a reroute leaves the cells behind the link on a path of
reduced capacity. The stream layer attributes symptoms inside this radius to the action, the
approval shows it before a person decides, and the twin plays it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nerve.estate import Estate

# Users of a cell that stops serving (or is steered away) load its neighbours.
SPILLOVER = frozenset({"prb_util_pct", "dl_throughput_mbps", "rrc_setup_success_pct", "active_users", "drop_rate_pct"})
SESSIONS = frozenset({"active_users", "dl_throughput_mbps", "drop_rate_pct", "rrc_setup_success_pct"})
CAPACITY = frozenset({"dl_throughput_mbps", "drop_rate_pct"})
HANDOVER = frozenset({"ho_success_pct"})
# An action whose estate text gives no duration is expected to have settled this long after it.
SETTLE_S = 15.0
# Detection needs a few good samples to see a symptom abate after the effect has passed.
GRACE_S = 5.0
ACTION_EFFECT = "action_effect"  # the probable cause of an incident made of an action's expected symptoms
_SECONDS = re.compile(r"(\d+(?:\.\d+)?)\s*(s|sec|secs|seconds?|min|minutes?)\b")


@dataclass(frozen=True)
class Effect:
    """An action on a target: what it disturbs (entity → KPIs, None for every KPI), for how long,
    and the estate's own words for it."""

    action: str
    target: str
    entities: dict[str, frozenset[str] | None]
    duration_s: float
    effects: tuple[str, ...]

    def covers(self, entity: str, kpi: str) -> bool:
        """Whether a symptom of ``kpi`` on ``entity`` is one this action is expected to cause."""
        if entity not in self.entities:
            return False
        kpis = self.entities[entity]
        return kpis is None or kpi in kpis

    @property
    def disturbs(self) -> bool:
        return bool(self.entities)


def duration_s(estate: Estate, action: str) -> float:
    """How long the action's effect lasts, from the seconds its estate text names (the longest),
    else ``SETTLE_S``."""
    texts = [estate.faults.actions[action].effect] if action in estate.faults.actions else []
    texts += [text for f in estate.faults.faults.values() for a, text in f.side_effects.items() if a == action]
    found = [
        float(n) * (60.0 if unit.startswith("min") else 1.0) for text in texts for n, unit in _SECONDS.findall(text)
    ]
    return max(found) if found else SETTLE_S


def signature(estate: Estate, fault: str, kind: str) -> frozenset[str]:
    """The KPIs of a ``kind`` entity that the estate's description of ``fault`` names: what an action
    that fixes the fault should bring back (empty when the description names none)."""
    spec = estate.faults.faults.get(fault)
    if spec is None:
        return frozenset()
    return frozenset(k for k in estate.kpis.get(kind, {}) if re.search(rf"\b{re.escape(k)}\b", spec.symptoms))


def effect_of(estate: Estate, action: str, target: str) -> Effect:
    """The blast radius of ``action`` on ``target``; an action that only pages or sends people
    disturbs nothing."""
    topo = estate.topology
    entities: dict[str, frozenset[str] | None] = {}
    if target in topo.kind_of:
        if action == "restart_cell" and target in topo.cell:
            entities[target] = None
            entities.update(dict.fromkeys(topo.neighbours(target), SPILLOVER))
        elif action == "rebalance_load" and target in topo.cell:
            entities.update(dict.fromkeys([target, *topo.neighbours(target)], SPILLOVER))
        elif action in ("tune_parameters", "rollback_config") and target in topo.cell:
            entities[target] = None
            entities.update(dict.fromkeys(topo.neighbours(target), HANDOVER))
        elif action == "restart_nf" and target in topo.core:
            entities[target] = None
            entities.update(dict.fromkeys(topo.affected_by(target)[1:], SESSIONS))
        elif action == "reroute_transport" and target in topo.link:
            entities[target] = None
            for entity in topo.affected_by(target)[1:]:
                entities[entity] = CAPACITY if entity in topo.cell else None
        elif action in ("scale_out_nf", "failover_partner"):
            entities[target] = None
    texts = [estate.faults.actions[action].effect] if action in estate.faults.actions else []
    texts += [
        f"with {fault}: {text}"
        for fault, f in estate.faults.faults.items()
        for a, text in f.side_effects.items()
        if a == action
    ]
    return Effect(action, target, entities, duration_s(estate, action) if entities else 0.0, tuple(texts))
