"""Correlation of anomalies into incidents, per failure domain, on event time.

Each domain (a region, or the global one for partners and shared core functions) sees its anomalies,
configuration changes, maintenance windows and the detectors' watermarks in order on one
partition. On every change the open anomalies are grouped by what explains them, using the
topology:

0. an action (a remediation command: the loop's own, or one a person approved or ran through Nerve)
   explains the symptoms that begin after it, inside its blast radius and before its effect is
   expected to have passed (``nerve.effects``, from the estate's faults.yaml and topology): they
   join the incident the action was taken for if that is still open, else one incident naming the
   action (``caused_by``), which the loop does not act on while the effect is expected to pass;
1. a transport link with anomalies explains every site and cell behind it (chained sites included);
2. a site on battery explains its cells;
3. a core function explains the RRC setup dips of the cells it serves;
4. a partner explains itself;
5. a recent configuration change on a cell explains handover failures on it and its neighbours;
6. what is left is a cell's own fault (outage, congestion, interference, drift), and an outage
   also explains its neighbours' load rising as users move to them.

A group becomes an incident once it is credible: unmistakable failures (availability, link down,
far past critical) after ``fast_hold_s`` so that the root cause's own anomaly can arrive; confident
forecasts at once (a *predicted* incident); other critical breaches only after ``sustain_s``, so
that a transient spike opens nothing; warning-level ones after ``warn_sustain_s``. Baseline
deviations alone never open one, and neither does a group whose root cause is under planned work
(the operator's calendar): its symptoms are expected, and open an incident only if they outlast the
window. An incident keeps its id while its group changes (root cause refined, entities added,
severity raised) and closes when all its anomalies have abated.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from typing import Any

from nerve.effects import ACTION_EFFECT, GRACE_S, Effect, effect_of
from nerve.estate import Estate, Topology
from nerve.ids import INCIDENT_PREFIX
from nerve.settings import StreamsConfig

SEVERITY_RANK = {"cleared": 0, "warning": 1, "minor": 2, "major": 3, "critical": 4}
RRC = "rrc_setup_success_pct"
HANDOVER = "ho_success_pct"
SPILLOVER = frozenset({"prb_util_pct", "dl_throughput_mbps", RRC, "active_users", "drop_rate_pct"})
CELL_CAUSE = (  # first KPI present decides a cell's own probable cause
    ("availability_pct", "cell_outage"),
    ("sinr_db", "interference"),
    ("prb_util_pct", "cell_congestion"),
    (HANDOVER, "config_drift"),
    ("drop_rate_pct", "interference"),
    ("dl_throughput_mbps", "cell_congestion"),
    (RRC, "cell_congestion"),
)
KIND_CAUSE = {"site": "site_power_failure", "core_function": "nf_overload", "partner": "partner_outage"}
ACTION_LEAD_S = 0.5  # a symptom may be stamped this much before the command that caused it (clock skew)


@dataclass
class Group:
    root: str
    root_kind: str
    cause: str
    members: list[str] = field(default_factory=list)  # anomaly ids
    corroborated: bool = False  # an independent event (a config change) backs the diagnosis
    action: dict[str, Any] | None = None  # the action whose expected effect these symptoms are


class Domain:
    """The correlation state of one failure domain; serialisable for checkpoints."""

    def __init__(self, name: str, estate: Estate, cfg: StreamsConfig, saved: dict[str, Any] | None = None) -> None:
        self.name = name
        self.topo: Topology = estate.topology
        self.cfg = cfg
        saved = saved or {}
        self.anomalies: dict[str, dict[str, Any]] = saved.get("anomalies", {})  # id → {a, since, fast}
        self.changes: list[dict[str, Any]] = saved.get("changes", [])
        self.incidents: dict[str, dict[str, Any]] = saved.get("incidents", {})
        self.windows: dict[str, dict[str, Any]] = saved.get("windows", {})  # planned work, by window id
        self.actions: dict[str, dict[str, Any]] = saved.get("actions", {})  # actions taken, by command id
        self.void: list[str] = saved.get("void", [])  # commands that failed or were rejected: no effect
        self.estate = estate
        self._effects: dict[tuple[str, str], Effect] = {}
        self.watermark: float = saved.get("watermark", 0.0)
        self.marks: dict[str, tuple[float, float]] = {}  # detector worker → (its event time, wall time heard)

    def dump(self) -> dict[str, Any]:
        return {
            "anomalies": self.anomalies,
            "changes": self.changes,
            "incidents": self.incidents,
            "windows": self.windows,
            "actions": self.actions,
            "void": self.void,
            "watermark": self.watermark,
        }

    # -- input ----------------------------------------------------------------------------------
    def on_anomaly(self, a: dict[str, Any], since: float, fast: bool) -> None:
        if a["event"] == "ABATED":
            self.anomalies.pop(a["anomaly_id"], None)
        else:
            self.anomalies[a["anomaly_id"]] = {"a": a, "since": since, "fast": fast}

    def on_change(self, entity: str, ts: float, change_id: str | None) -> None:
        self.changes.append({"entity": entity, "ts": ts, "change_id": change_id})

    def on_action(self, command_id: str, action: str, target: str, at: float, incident_id: str | None = None) -> None:
        """A remediation command was issued: a change whose expected effects explain symptoms."""
        if command_id in self.void:
            return
        effect = self._effect(action, target)
        if effect.disturbs:
            self.actions[command_id] = {
                "command_id": command_id,
                "action": action,
                "target": target,
                "at": at,
                "expected_until": at + effect.duration_s,
                "incident_id": incident_id,
            }

    def on_void(self, command_id: str) -> None:
        """The command failed or was rejected: it did nothing, so it explains nothing."""
        self.actions.pop(command_id, None)
        self.void = [*self.void[-99:], command_id]

    def _effect(self, action: str, target: str) -> Effect:
        key = (action, target)
        if key not in self._effects:
            self._effects[key] = effect_of(self.estate, action, target)
        return self._effects[key]

    def on_window(self, window: dict[str, Any]) -> None:
        """A maintenance window from the operator's calendar (a cancelled one is dropped)."""
        if window.get("cancelled"):
            self.windows.pop(window["window_id"], None)
        else:
            self.windows[window["window_id"]] = {k: window[k] for k in ("target", "start", "end")}

    def on_watermark(self, ts: float, worker: str = "local", wall: float | None = None) -> None:
        """Event time has reached ``ts`` at one detector. The domain's time is the slowest live detector's:
        with several workers, one that lags must not let holds expire before its anomalies arrive."""
        wall = time.time() if wall is None else wall
        self.marks[worker] = (ts, wall)
        live = [t for t, heard in self.marks.values() if wall - heard <= self.cfg.watermark_expiry_s]
        if live:
            self.watermark = max(self.watermark, min(live))

    # -- diagnosis ---------------------------------------------------------------------------------
    def diagnose(self) -> list[Group]:
        topo = self.topo
        horizon = self.watermark - self.cfg.change_window_s
        self.changes = [c for c in self.changes if c["ts"] >= horizon]
        self.actions = {k: x for k, x in self.actions.items() if x["expected_until"] >= horizon}
        by_entity: dict[str, list[str]] = {}
        for aid, t in sorted(self.anomalies.items(), key=lambda kv: (kv[1]["since"], kv[0])):
            if t["a"]["detector"] != "baseline":
                by_entity.setdefault(t["a"]["entity"], []).append(aid)
        taken: set[str] = set()
        groups: list[Group] = []
        kind_of = topo.kind_of
        # 0. actions: their expected symptoms are theirs, whatever else they might look like
        for act in sorted(self.actions.values(), key=lambda x: x["at"]):
            effect = self._effect(act["action"], act["target"])
            g = Group(act["target"], kind_of.get(act["target"], ""), ACTION_EFFECT, action=act)
            for entity in effect.entities:
                for aid in by_entity.get(entity, []):
                    t = self.anomalies[aid]
                    if (
                        aid not in taken
                        and act["at"] - ACTION_LEAD_S <= t["since"] <= act["expected_until"]
                        and effect.covers(entity, t["a"]["kpi"])
                    ):
                        taken.add(aid)
                        g.members.append(aid)
            groups.append(g)

        def claim(group: Group, entities: list[str], kpis: frozenset[str] | None = None) -> None:
            for e in entities:
                for aid in by_entity.get(e, []):
                    if aid not in taken and (kpis is None or self.anomalies[aid]["a"]["kpi"] in kpis):
                        taken.add(aid)
                        group.members.append(aid)

        # 1. links, the widest first so that a chained site's cells go to the link that cut them off
        links = [e for e in by_entity if kind_of.get(e) == "transport_link"]
        for link in sorted(links, key=lambda x: -len(topo.cells_behind_link(x))):
            down = any(self.anomalies[aid]["a"]["kpi"] == "oper_up" for aid in by_entity[link])
            g = Group(link, "transport_link", "transport_link_down" if down else "transport_degradation")
            sites = topo.sites_behind_link(link)
            cells = topo.cells_behind_link(link)
            chained = [x for s in sites for x in topo.site[s].uplinks if x != link]
            claim(g, [link, *chained, *sites, *cells])
            if down:
                claim(g, self._neighbours(cells), SPILLOVER)
            groups.append(g)
        # 2.-4. sites, core functions, partners explain what depends on them
        for entity in list(by_entity):
            kind = kind_of.get(entity, "")
            if kind not in KIND_CAUSE or all(aid in taken for aid in by_entity[entity]):
                continue
            g = Group(entity, kind, KIND_CAUSE[kind])
            claim(g, [entity])
            if kind == "site":
                cells = topo.cells_of_site(entity)
                claim(g, cells)
                claim(g, self._neighbours(cells), SPILLOVER)
            elif kind == "core_function":
                claim(g, [c for c in topo.affected_by(entity) if kind_of.get(c) == "cell"], frozenset({RRC}))
            groups.append(g)
        # 5. configuration changes followed by handover failures around the changed cell
        for change in self.changes:
            cell = change["entity"]
            if kind_of.get(cell) != "cell":
                continue
            g = Group(cell, "cell", "config_drift", corroborated=True)
            claim(g, [cell, *topo.neighbours(cell)], frozenset({HANDOVER}))
            if g.members:
                claim(g, [cell])
                groups.append(g)
        # 6. each remaining cell is its own root cause; outages first, they explain neighbours' load
        cells = [e for e in by_entity if kind_of.get(e) == "cell" and any(a not in taken for a in by_entity[e])]
        cells.sort(key=lambda e: not self._has(e, "availability_pct"))
        for cell in cells:
            if all(aid in taken for aid in by_entity[cell]):
                continue
            kpis = {self.anomalies[aid]["a"]["kpi"] for aid in by_entity[cell] if aid not in taken}
            cause = next((c for k, c in CELL_CAUSE if k in kpis), "cell_degradation")
            g = Group(cell, "cell", cause)
            claim(g, [cell])
            if cause == "cell_outage":
                claim(g, topo.neighbours(cell), SPILLOVER)
            groups.append(g)
        return [g for g in groups if g.members]

    def _neighbours(self, cells: list[str]) -> list[str]:
        inside = set(cells)
        return [n for c in cells for n in self.topo.neighbours(c) if n not in inside]

    def _has(self, entity: str, kpi: str) -> bool:
        return any(t["a"]["entity"] == entity and t["a"]["kpi"] == kpi for t in self.anomalies.values())

    def _ready(self, g: Group) -> bool:
        cfg, wm = self.cfg, self.watermark
        for aid in g.members:
            t = self.anomalies[aid]
            a, age = t["a"], wm - t["since"]
            if a["detector"] == "forecast" and age >= cfg.forecast_hold_s:
                return True
            critical = a["severity"] == "critical"
            if critical and (t["fast"] or g.corroborated) and age >= cfg.fast_hold_s:
                return True
            if critical and age >= cfg.sustain_s:
                return True
            if age >= cfg.warn_sustain_s:
                return True
        return False

    # -- incidents --------------------------------------------------------------------------------------
    def reconcile(self) -> list[dict[str, Any]]:
        """Open, update and close incidents so that they match the current diagnosis; return the events."""
        events: list[dict[str, Any]] = []
        assigned: dict[str, list[Group]] = {}
        fresh: list[Group] = []
        for g in self.diagnose():
            inc = self._incident_for(g)
            if inc is None:
                fresh.append(g)
            else:
                assigned.setdefault(inc["incident_id"], []).append(g)
        for inc_id, groups in assigned.items():
            inc = self.incidents[inc_id]
            fields = self._fields(self._merge(inc, groups))
            if self._grew(inc, fields):
                root = fields["root_cause"]
                seen = [*inc["entities"], *fields["entities"]]
                fields["entities"] = [root, *dict.fromkeys(e for e in seen if e != root)]
                fields["anomalies"] = sorted(set(inc["anomalies"]) | set(fields["anomalies"]))
                inc.update(fields, state="updated", updated_at=self.watermark)
                events.append(dict(inc))
        self.windows = {k: w for k, w in self.windows.items() if w["end"] > self.watermark}
        for g in fresh:
            # Symptoms of planned work are expected, not an incident: one opens only if they outlast it.
            if not self._ready(g) or self._under_planned_work(g.root):
                continue
            first = min(g.members, key=lambda aid: (self.anomalies[aid]["since"], aid))
            inc_id = incident_id(g.root, first)
            inc = {
                "schema_version": 1,
                "incident_id": inc_id,
                "state": "open",
                "is_root_cause": True,
                "opened_at": self.watermark,
                "updated_at": self.watermark,
                "closed_at": None,
                **self._fields(g),
            }
            self.incidents[inc_id] = inc
            assigned[inc_id] = [g]
            events.append(dict(inc))
        matched = set(assigned)
        for inc_id in [i for i in self.incidents if i not in matched]:
            inc = self.incidents.pop(inc_id)
            inc.update(
                state="closed", perceived_severity="cleared", updated_at=self.watermark, closed_at=self.watermark
            )
            inc["summary"] = f"{inc['summary']} Cleared: every correlated anomaly has abated{_as_expected(inc)}."
            events.append(inc)
        return events

    def _incident_for(self, g: Group) -> dict[str, Any] | None:
        """The open incident a group belongs to: an action's symptoms to the incident it was taken for
        (while open) or the one naming it; a fault's to the incident of its root cause, or of its anomalies."""
        members = set(g.members)
        if g.action is not None:
            for_incident = self.incidents.get(g.action.get("incident_id") or "")
            if for_incident is not None and for_incident.get("caused_by") is None:
                return for_incident
            command = g.action["command_id"]
            return next(
                (i for i in self.incidents.values() if (i.get("caused_by") or {}).get("command_id") == command), None
            )
        faults = [i for i in self.incidents.values() if i.get("caused_by") is None]
        inc = next((i for i in faults if i["root_cause"] == g.root), None)
        return inc or next((i for i in self.incidents.values() if members & set(i["anomalies"])), None)

    def _merge(self, inc: dict[str, Any], groups: list[Group]) -> Group:
        """The groups an open incident explains, as one group. Its root cause changes only to one upstream
        of it (a cell outage turns out to be its link's); its probable cause only with new evidence (a
        link back up, its packet loss still abating, is still a link that went down). Groups downstream
        of it, such as cells still recovering after their link came back, stay in the incident instead
        of opening their own."""
        root, kind, cause = inc["root_cause"], inc["root_cause_kind"], inc["probable_cause"]
        action = next((g.action for g in groups if g.action is not None and inc.get("caused_by")), None)
        members = [aid for g in groups for aid in g.members]
        corroborated = any(g.corroborated for g in groups)
        # An action's symptoms inside the incident it was taken for say nothing about that fault's cause.
        groups = [g for g in groups if g.action is None]
        own = next((g for g in groups if g.root == root), None)
        wider = next((g for g in groups if root in self.topo.affected_by(g.root) and g.root != root), None)
        if own is None and wider is not None:
            root, kind, cause = wider.root, wider.root_kind, wider.cause
        elif own is not None and not set(own.members) <= set(inc["anomalies"]):
            cause = own.cause  # new evidence refines the cause; recovery alone does not change it
        return Group(root, kind, cause, members, corroborated, action)

    def _under_planned_work(self, entity: str) -> bool:
        scope = self.topo.enclosing(entity)
        return any(w["target"] in scope and w["start"] <= self.watermark for w in self.windows.values())

    @staticmethod
    def _grew(inc: dict[str, Any], fields: dict[str, Any]) -> bool:
        """Worth an update: root cause refined, prediction come true, worse, or wider. Recovery is not
        (entities and anomalies stay listed until the incident closes)."""
        return (
            any(inc[k] != fields[k] for k in ("root_cause", "probable_cause", "predicted"))
            or SEVERITY_RANK[fields["perceived_severity"]] > SEVERITY_RANK[inc["perceived_severity"]]
            or not set(fields["entities"]) <= set(inc["entities"])
            or not set(fields["anomalies"]) <= set(inc["anomalies"])
        )

    def _fields(self, g: Group) -> dict[str, Any]:
        ts = [self.anomalies[aid] for aid in g.members]
        anomalies = [t["a"] for t in ts]
        severity = max((a["severity"] for a in anomalies), key=SEVERITY_RANK.__getitem__)
        predicted = not any(a["detector"] == "threshold" and a["severity"] == "critical" for a in anomalies)
        impacts = [a["expected_impact_at"] for a in anomalies if a["expected_impact_at"] is not None]
        entities = [g.root, *sorted({a["entity"] for a in anomalies} - {g.root})]
        return {
            "root_cause": g.root,
            "root_cause_kind": g.root_kind,
            "probable_cause": g.cause,
            "perceived_severity": severity,
            "entities": entities,
            "anomalies": sorted(g.members),
            "predicted": predicted,
            "expected_impact_at": min(impacts) if impacts else None,
            "summary": summarise(g, anomalies, entities, predicted, min(impacts) if impacts else None),
            "caused_by": g.action,
        }


def summarise(
    g: Group, anomalies: list[dict[str, Any]], entities: list[str], predicted: bool, impact: float | None
) -> str:
    kpis = sorted({f"{a['entity']} {a['kpi']}={a['value']:g}" for a in anomalies if a["entity"] == g.root})
    others = len(entities) - 1
    if g.action is not None:
        text = f"expected effect of {g.action['action']} on {g.root} ({g.root_kind}, command {g.action['command_id']})"
    else:
        text = f"{g.cause} on {g.root} ({g.root_kind})"
    if kpis:
        text += ": " + ", ".join(kpis[:4])
    if others:
        text += f"; {others} dependent entit{'y' if others == 1 else 'ies'} affected ({', '.join(entities[1:7])}"
        text += ", …)" if others > 6 else ")"
    if predicted and impact is not None:
        text += f"; predicted to breach critical at {impact:.0f} (epoch s)"
    return text + "."


def _as_expected(inc: dict[str, Any]) -> str:
    """For an incident an action caused: whether its symptoms passed when the action's effect should have."""
    act = inc.get("caused_by")
    if act is None:
        return ""
    late = inc["closed_at"] - act["expected_until"]
    if late <= GRACE_S:
        return f", by itself, as the expected effect of {act['action']} passed"
    return f", {late:.0f}s after the expected effect of {act['action']} should have passed"


def incident_id(root: str, first_anomaly: str) -> str:
    """Deterministic from the root cause and the anomaly that started it: a replay re-opens the same id."""
    return INCIDENT_PREFIX + hashlib.blake2b(f"{root}|{first_anomaly}".encode(), digest_size=5).hexdigest()
