// Incidents as compact rows, the selected one as a story, and the active anomalies grouped.
import { $, ago, api, clock, el, entityLink, linkify, state, words } from "./dom.js";
import { setMarkSource, showChart } from "./chart.js";

const SEVERITY = { critical: 0, major: 1, minor: 2, warning: 3, cleared: 4 };
const STEPS = [
  ["fault", "Fault"], ["detection", "Detection"], ["diagnosis", "Diagnosis"], ["decision", "Decision"],
  ["action", "Action"], ["result", "Result"], ["verified", "Verified"],
];
const anomalies = new Map(); // id -> the latest ONSET of an active anomaly
let selected = null;
const openFolds = new Set(); // the story's folds the reader opened, kept open as it updates

export function setIncidents(list) {
  state.incidents = new Map(list.map((i) => [i.incident_id, i]));
  renderIncidents();
}
export function setAnomalies(list) {
  anomalies.clear();
  for (const a of list) anomalies.set(a.anomaly_id, a);
  renderAnomalies();
}
export function onIncident(inc) {
  state.incidents.set(inc.incident_id, inc);
  renderIncidents();
  if (selected === inc.incident_id) renderStory(inc);
  renderAnomalies();
}
export function onAnomaly(a) {
  if (a.event === "ONSET") anomalies.set(a.anomaly_id, a); else anomalies.delete(a.anomaly_id);
  renderAnomalies();
}
export const selectedIncident = () => (selected ? state.incidents.get(selected) : null);

// -- the list ---------------------------------------------------------------------------------
function order(a, b) {
  const closed = (i) => (i.state === "closed" ? 1 : 0);
  return closed(a) - closed(b) || (SEVERITY[a.perceived_severity] ?? 9) - (SEVERITY[b.perceived_severity] ?? 9)
    || b.opened_at - a.opened_at;
}

function row(inc) {
  const closed = inc.state === "closed";
  const sev = closed ? "cleared" : inc.perceived_severity;
  const cause = inc.caused_by ? `after ${words(inc.caused_by.action)} on ${inc.caused_by.target}` : "";
  return el("button", { class: "link row", type: "button", onclick: () => selectIncident(inc.incident_id) },
    el("span", { class: "sev " + sev }, closed ? "closed" : sev),
    el("span", { class: "rc id" }, inc.root_cause),
    el("span", { class: "cause" }, words(inc.probable_cause), inc.predicted ? " (predicted)" : "", cause ? ` · ${cause}` : ""),
    el("span", { class: "affected", title: "entities affected" }, `${inc.entities.length} affected`),
    el("span", { class: "age", title: `opened ${clock(inc.opened_at)}` }, closed ? `closed ${ago(inc.closed_at || inc.updated_at)} ago` : ago(inc.opened_at)),
    el("span", { class: "remediation" }, inc.remediation || (closed ? "" : "detected")));
}

// Rows are updated in place and the first visible row stays where it was, so a list that grows or
// reorders live does not move under the reader's eyes.
export function renderIncidents() {
  const ul = $("#incidents");
  const showClosed = $("#show-closed").checked;
  const all = [...state.incidents.values()];
  const items = all.filter((i) => showClosed || i.state !== "closed").sort(order);
  const anchor = [...ul.children].find((li) => li.offsetTop + li.offsetHeight > ul.scrollTop);
  const anchorId = anchor?.dataset.incident, anchorOffset = anchor ? anchor.offsetTop - ul.scrollTop : 0;
  const existing = new Map([...ul.children].map((li) => [li.dataset.incident, li]));
  const rows = items.map((inc) => {
    const li = existing.get(inc.incident_id) || el("li", { "data-incident": inc.incident_id });
    li.className = inc.incident_id === selected ? "selected" : "";
    li.replaceChildren(row(inc));
    return li;
  });
  ul.replaceChildren(...rows);
  const again = anchorId && rows.find((li) => li.dataset.incident === anchorId);
  if (again) ul.scrollTop = again.offsetTop - anchorOffset;
  const open = all.filter((i) => i.state !== "closed").length;
  $("#incidents-empty").hidden = items.length > 0;
  $("#incident-count").textContent = `(${open} open)`;
  $("#closed-count").textContent = `(${all.length - open})`;
}
$("#show-closed").addEventListener("change", renderIncidents);

export async function selectIncident(id) {
  selected = id;
  openFolds.clear();
  renderIncidents();
  const inc = await api(`/api/incidents/${encodeURIComponent(id)}`);
  state.incidents.set(id, inc);
  renderStory(inc);
  // The chart follows the incident: its root cause, with the KPIs that broke there.
  const kpis = [...new Set((inc.timeline || []).filter((e) => e.entity === inc.root_cause && e.kpi).map((e) => e.kpi))];
  showChart(inc.root_cause, kpis);
}

// -- the story --------------------------------------------------------------------------------
function storyEntries(inc) {
  const timeline = inc.timeline || [];
  const onsets = timeline.filter((e) => e.kind === "anomaly" && e.step === "detection");
  const first = Math.min(inc.opened_at, ...onsets.map((e) => e.at));
  const fault = {
    at: first, kind: "fault", step: "fault",
    text: `${words(inc.probable_cause)} at ${inc.root_cause}` + (inc.caused_by
      ? `, expected after ${words(inc.caused_by.action)} on ${inc.caused_by.target}` : ""),
  };
  return [fault, ...timeline];
}

function line(e) {
  const chart = e.entity ? { onclick: () => showChart(e.entity, [e.kpi]), class: "link", type: "button", title: "show on the chart" } : null;
  const text = chart ? el("button", chart, e.text) : linkify(e.text);
  return el("li", { class: "entry " + e.kind }, el("span", { class: "t" }, clock(e.at)), text);
}

export function renderStory(inc) {
  const closed = inc.state === "closed";
  $("#incident-head").replaceChildren(
    el("strong", { class: "id" }, inc.incident_id), ` ${closed ? "closed" : "open"} · root cause `, entityLink(inc.root_cause),
    ` (${words(inc.root_cause_kind)}) · ${words(inc.probable_cause)}`,
    inc.remediation ? el("div", { class: "standing" }, "Remediation: ", inc.remediation) : "",
    inc.caused_by ? el("div", { class: "standing" }, "Expected effect of ", words(inc.caused_by.action), " on ",
      entityLink(inc.caused_by.target), ` at ${clock(inc.caused_by.at)}`) : "");
  const entries = storyEntries(inc);
  const ol = $("#story");
  const scroll = ol.scrollTop;
  ol.replaceChildren(...STEPS.map(([step, title]) => {
    const mine = entries.filter((e) => e.step === step).sort((a, b) => a.at - b.at);
    const folded = mine.filter((e) => e.kind === "anomaly");
    const told = mine.filter((e) => e.kind !== "anomaly");
    const done = mine.length > 0;
    const body = el("ul", { class: "entries" }, told.map(line));
    if (folded.length) {
      const what = step === "detection" ? "anomaly onsets" : "anomalies back to normal";
      const fold = el("details", { "data-fold": step }, el("summary", {}, `${folded.length} ${what}`),
        el("ul", { class: "entries" }, folded.map(line)));
      fold.open = openFolds.has(step);
      fold.addEventListener("toggle", () => (fold.open ? openFolds.add(step) : openFolds.delete(step)));
      body.append(el("li", {}, fold));
    }
    return el("li", { class: "step " + (done ? "done" : "pending"), "data-step": step },
      el("span", { class: "step-title" }, title), done ? body : el("span", { class: "muted" }, closed ? " —" : " not yet"));
  }));
  ol.scrollTop = scroll;
}

// The chart's markers: the selected incident's fault, actions and recovery, when the chart shows
// an entity of that incident.
setMarkSource((entity) => {
  const inc = selectedIncident();
  if (!inc || !(inc.root_cause === entity || inc.entities.includes(entity))) return [];
  const entries = storyEntries(inc);
  const marks = [{ at: entries[0].at, kind: "fault", label: "fault" }];
  for (const e of entries) {
    if (e.step === "action") marks.push({ at: e.at, kind: "action", label: "action" });
  }
  const recovered = entries.find((e) => e.kind === "closed");
  if (recovered) marks.push({ at: recovered.at, kind: "recovery", label: "recovered" });
  return marks;
});

// -- anomalies, grouped by incident and entity, one row per KPI ----------------------------------
function incidentOf(anomalyId) {
  for (const inc of state.incidents.values()) if (inc.state !== "closed" && inc.anomalies.includes(anomalyId)) return inc;
  return null;
}

export function renderAnomalies() {
  const groups = new Map(); // incident id ("" for none) -> entity -> kpi -> row
  for (const a of anomalies.values()) {
    const inc = incidentOf(a.anomaly_id);
    const key = inc ? inc.incident_id : "";
    const byEntity = groups.get(key) || groups.set(key, new Map()).get(key);
    const byKpi = byEntity.get(a.entity) || byEntity.set(a.entity, new Map()).get(a.entity);
    const seen = byKpi.get(a.kpi);
    if (!seen) byKpi.set(a.kpi, { ...a, since: a.at });
    else {
      if ((SEVERITY[a.severity] ?? 9) < (SEVERITY[seen.severity] ?? 9)) seen.severity = a.severity;
      seen.since = Math.min(seen.since, a.at);
      seen.predicted = seen.predicted && a.predicted;
    }
  }
  const box = $("#anomalies");
  const keys = [...groups.keys()].sort((a, b) => (a === "") - (b === "") || a.localeCompare(b));
  box.replaceChildren(...keys.map((key) => {
    const inc = state.incidents.get(key);
    const head = inc
      ? el("div", { class: "group-head" }, el("a", { href: "#story-title", class: "id", onclick: (ev) => { ev.preventDefault(); selectIncident(key); } }, key),
        ` · ${words(inc.probable_cause)} at `, el("span", { class: "id" }, inc.root_cause))
      : el("div", { class: "group-head" }, "Outside any incident");
    const rows = [];
    for (const [entity, byKpi] of groups.get(key)) {
      [...byKpi.values()].sort((a, b) => (SEVERITY[a.severity] ?? 9) - (SEVERITY[b.severity] ?? 9)).forEach((a, n) => {
        rows.push(el("tr", {},
          el("td", {}, n === 0 ? entityLink(entity, a.kpi) : ""),
          el("td", {}, el("button", { class: "link", type: "button", onclick: () => showChart(entity, [a.kpi]) }, a.kpi)),
          el("td", {}, el("span", { class: "sev " + a.severity }, a.severity), a.predicted ? " predicted" : ""),
          el("td", { class: "since", title: clock(a.since) }, `since ${clock(a.since)}`)));
      });
    }
    return el("div", { class: "group", "data-group": key || "none" }, head,
      el("table", { class: "compact" }, el("tbody", {}, rows)));
  }));
  $("#anomalies-empty").hidden = anomalies.size > 0;
  const kpis = keys.reduce((n, k) => n + [...groups.get(k).values()].reduce((m, byKpi) => m + byKpi.size, 0), 0);
  $("#anomaly-count").textContent = `(${kpis} KPIs)`;
}
