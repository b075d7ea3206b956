// Nerve NOC dashboard: plain JS over the API. Live data arrives by server-sent events (/api/stream).
"use strict";

const $ = (sel) => document.querySelector(sel);
const state = {
  me: null, incidents: new Map(), anomalies: new Map(), selected: null,
  entities: new Set(), source: null, chartTimer: null, thread: "ui-" + Math.random().toString(36).slice(2, 10),
};

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c ?? "")));
  return node;
}
const clock = (t) => new Date(t * 1000).toLocaleTimeString([], { hour12: false });

// Requests that change state carry the session's CSRF token (from /api/session).
const writeHeaders = (json) => ({ ...(json ? { "Content-Type": "application/json" } : {}), "X-CSRF-Token": state.csrf || "" });

async function api(path, options = {}) {
  const response = await fetch(path, {
    credentials: "same-origin",
    headers: writeHeaders(Boolean(options.body)),
    ...options,
  });
  if (response.status === 401 && path !== "/api/session") { showLogin(); throw new Error("logged out"); }
  const body = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) throw new Error(body?.detail || response.statusText);
  return body;
}

// -- login -----------------------------------------------------------------------------------
function showLogin() {
  if (state.source) state.source.close();
  $("#app").hidden = true; $("#who").hidden = true; $("#login").hidden = false;
  $("#username").focus();
}

async function start(me) {
  state.me = me;
  state.csrf = me.csrf;
  $("#login").hidden = true; $("#app").hidden = false; $("#who").hidden = false;
  $("#who-name").textContent = me.username;
  $("#who-roles").textContent = "(" + me.roles.join(", ") + ")";
  const approver = me.roles.includes("approver");
  $("#approvals-note").textContent = approver ? "" : "Only the approver role can approve or deny.";
  const entities = await api("/api/entities");
  const list = $("#entities"); list.replaceChildren();
  for (const e of entities) { state.entities.add(e.id); list.append(el("option", { value: e.id }, e.kind)); }
  if (!$("#chart-entity").value && entities.length) setChartEntity(entities[0].id);
  const cell = entities.find((e) => e.kind === "cell");  // examples from this operator's own estate
  if (cell) {
    $("#chart-entity").placeholder = `e.g. ${cell.id}`;
    $("#chat-input").placeholder = `What is wrong right now? Why is ${cell.id} down?`;
  }
  connect();
}

// What the page shows, read afresh: on login and whenever the live stream (re)connects, since
// changes made while it was down were not pushed.
async function refresh() {
  const [incidents, anomalies] = await Promise.all([api("/api/incidents"), api("/api/anomalies")]);
  state.incidents = new Map(incidents.map((i) => [i.incident_id, i]));
  state.anomalies = new Map(anomalies.map((a) => [a.anomaly_id, a]));
  renderIncidents(); renderAnomalies();
  if (state.selected && state.incidents.has(state.selected)) {
    renderTimeline(await api(`/api/incidents/${encodeURIComponent(state.selected)}`));
  }
  await Promise.all([loadAudit(), loadApprovals()]);
}

$("#login-form").addEventListener("submit", async (ev) => {
  ev.preventDefault();
  $("#login-error").textContent = "";
  try {
    const me = await api("/api/session", {
      method: "POST", body: JSON.stringify({ username: $("#username").value, password: $("#password").value }),
    });
    $("#password").value = "";
    await start(me);
  } catch (err) { $("#login-error").textContent = err.message; }
});
$("#logout").addEventListener("click", async () => { await api("/api/session", { method: "DELETE" }); showLogin(); });

// -- live stream -----------------------------------------------------------------------------
function connect() {
  if (state.source) state.source.close();
  const source = new EventSource("/api/stream");
  state.source = source;
  const live = $("#live-state");
  source.onopen = () => { live.textContent = "live"; live.classList.add("live"); };
  source.onerror = () => { live.textContent = "reconnecting…"; live.classList.remove("live"); };
  source.addEventListener("ready", () => refresh());
  source.addEventListener("incident", (e) => {
    const inc = JSON.parse(e.data);
    state.incidents.set(inc.incident_id, inc);
    renderIncidents();
    if (state.selected === inc.incident_id) renderTimeline(inc);
  });
  source.addEventListener("anomaly", (e) => {
    const a = JSON.parse(e.data);
    if (a.event === "ONSET") state.anomalies.set(a.anomaly_id, a); else state.anomalies.delete(a.anomaly_id);
    renderAnomalies();
  });
  source.addEventListener("audit", (e) => {
    const r = JSON.parse(e.data);
    r.actor = `${r.actor.kind}:${r.actor.id}`;
    if (auditMatches(r)) $("#audit tbody").prepend(auditRow(r));
    if (r.action.startsWith("approval.") || r.action.startsWith("command.")) loadApprovals();
  });
}

// -- incidents and timeline ------------------------------------------------------------------
function renderIncidents() {
  const items = [...state.incidents.values()].sort((a, b) => b.opened_at - a.opened_at);
  const ul = $("#incidents"); ul.replaceChildren();
  for (const inc of items) {
    const li = el("li", { "data-incident": inc.incident_id, class: inc.incident_id === state.selected ? "selected" : "" },
      el("button", { class: "link", type: "button", onclick: () => selectIncident(inc.incident_id) },
        el("span", { class: "sev " + (inc.state === "closed" ? "cleared" : inc.perceived_severity) },
          inc.state === "closed" ? "closed" : inc.perceived_severity),
        el("strong", {}, inc.incident_id), " · root cause ", el("span", { class: "rc" }, inc.root_cause),
        " · ", inc.probable_cause, inc.predicted ? " · predicted" : "",
        el("div", { class: "muted" }, `${clock(inc.opened_at)} · ${inc.entities.length} entities · ${inc.summary || ""}`)));
    ul.append(li);
  }
  $("#incidents-empty").hidden = items.length > 0;
  $("#incident-count").textContent = `(${items.filter((i) => i.state !== "closed").length} open)`;
}

async function selectIncident(id) {
  state.selected = id;
  renderIncidents();
  const inc = await api(`/api/incidents/${encodeURIComponent(id)}`);
  state.incidents.set(id, inc);
  renderTimeline(inc);
  setChartEntity(inc.root_cause);
}

function renderTimeline(inc) {
  $("#incident-head").replaceChildren(
    el("strong", {}, inc.incident_id), ` ${inc.state} · root cause `, entityLink(inc.root_cause),
    ` (${inc.root_cause_kind}) · ${inc.probable_cause}`);
  const ol = $("#timeline");
  const atEnd = ol.scrollHeight - ol.scrollTop - ol.clientHeight < 30;
  ol.replaceChildren();
  for (const e of inc.timeline || []) {
    ol.append(el("li", {}, el("span", { class: "t" }, clock(e.at)), el("span", { class: "kind " + e.kind }, e.kind.replace("_", " ")), linkify(e.text)));
  }
  if (atEnd) ol.scrollTop = ol.scrollHeight;  // follow the newest step unless the reader scrolled up
}

function renderAnomalies() {
  const items = [...state.anomalies.values()].sort((a, b) => (b.detected_at || b.at) - (a.detected_at || a.at));
  const ul = $("#anomalies"); ul.replaceChildren();
  for (const a of items.slice(0, 100)) {
    ul.append(el("li", {}, el("span", { class: "sev " + a.severity }, a.severity), entityLink(a.entity),
      ` ${a.kpi}=${Number(a.value).toFixed(1)}`, a.predicted ? " (predicted)" : "", el("span", { class: "muted" }, ` ${clock(a.at)}`)));
  }
  $("#anomalies-empty").hidden = items.length > 0;
  $("#anomaly-count").textContent = `(${items.length})`;
}

// -- entity links ----------------------------------------------------------------------------
function entityLink(id) {
  return el("a", { href: "#chart-title", class: "entity", "data-entity": id,
    onclick: (ev) => { ev.preventDefault(); if (state.incidents.has(id)) selectIncident(id); else setChartEntity(id); } }, id);
}
function linkify(text) {
  const frag = document.createDocumentFragment();
  // Words of any alphabet, joined by the separators ids use: the operator's ids are looked up, not guessed.
  for (const part of String(text).split(/([\p{L}\p{N}]+(?:[_.-][\p{L}\p{N}]+)*)/u)) {
    frag.append(state.entities.has(part) || state.incidents.has(part) ? entityLink(part) : document.createTextNode(part));
  }
  return frag;
}

// -- KPI chart -------------------------------------------------------------------------------
function setChartEntity(id) { $("#chart-entity").value = id; drawChart(true); }
["#chart-entity", "#chart-kpi", "#chart-minutes"].forEach((s) => $(s).addEventListener("change", () => drawChart(s === "#chart-entity")));
$("#chart-form").addEventListener("submit", (ev) => { ev.preventDefault(); drawChart(true); });

async function drawChart(newEntity = false) {
  clearTimeout(state.chartTimer);
  const entity = $("#chart-entity").value.trim();
  if (!entity || !state.entities.has(entity)) return;
  let series;
  try { series = await api(`/api/kpis/${encodeURIComponent(entity)}?minutes=${$("#chart-minutes").value}`); }
  catch (err) { $("#chart-note").textContent = err.message; return; }
  const select = $("#chart-kpi");
  if (newEntity || !series.kpis.includes(select.value)) {
    const keep = series.kpis.includes(select.value) ? select.value : series.kpis[0];
    select.replaceChildren(...series.kpis.map((k) => el("option", { value: k }, k)));
    select.value = keep;
  }
  plot(series, select.value);
  state.chartTimer = setTimeout(() => drawChart(false), 2000);
}

function plot(series, kpi) {
  const canvas = $("#chart"), ctx = canvas.getContext("2d");
  const w = canvas.width = canvas.clientWidth || 900, h = canvas.height = 220, pad = 40;
  ctx.clearRect(0, 0, w, h); ctx.font = "12px system-ui"; ctx.fillStyle = "#5b6470";
  const pts = series.points.filter((p) => kpi in p);
  const limits = series.thresholds[kpi] || {};
  if (!pts.length) {
    ctx.fillText(`no ${kpi} samples for ${series.entity} in the last ${series.minutes} min`, pad, h / 2);
    canvas.setAttribute("aria-label", `No data for ${series.entity} ${kpi}`); $("#chart-note").textContent = ""; return;
  }
  const t1 = Date.now() / 1000, t0 = t1 - series.minutes * 60;
  const values = pts.map((p) => p[kpi]).concat([limits.warn, limits.critical].filter((v) => v != null));
  let lo = Math.min(...values), hi = Math.max(...values);
  if (hi - lo < 1e-9) { hi += 1; lo -= 1; }
  const x = (t) => pad + ((t - t0) / (t1 - t0)) * (w - pad - 10), y = (v) => h - 20 - ((v - lo) / (hi - lo)) * (h - 35);
  ctx.strokeStyle = "#d9dde3"; ctx.beginPath(); ctx.moveTo(pad, 10); ctx.lineTo(pad, h - 20); ctx.lineTo(w - 10, h - 20); ctx.stroke();
  ctx.fillText(hi.toFixed(1), 2, 14); ctx.fillText(lo.toFixed(1), 2, h - 22); ctx.fillText(`-${series.minutes} min`, pad, h - 5); ctx.fillText("now", w - 35, h - 5);
  for (const [name, colour] of [["warn", "#c25e00"], ["critical", "#b3261e"]]) {
    if (limits[name] == null) continue;
    ctx.strokeStyle = colour; ctx.setLineDash([5, 4]); ctx.beginPath(); ctx.moveTo(pad, y(limits[name])); ctx.lineTo(w - 10, y(limits[name])); ctx.stroke();
    ctx.setLineDash([]); ctx.fillStyle = colour; ctx.fillText(name, w - 60, y(limits[name]) - 3);
  }
  ctx.strokeStyle = "#0b5cad"; ctx.lineWidth = 2; ctx.beginPath();
  pts.forEach((p, i) => (i ? ctx.lineTo(x(p.ts), y(p[kpi])) : ctx.moveTo(x(p.ts), y(p[kpi]))));
  ctx.stroke(); ctx.lineWidth = 1;
  const last = pts[pts.length - 1][kpi];
  const note = `${series.entity} ${kpi}: latest ${last.toFixed(2)}, ${pts.length} samples over ${series.minutes} min`;
  canvas.setAttribute("aria-label", note); $("#chart-note").textContent = note;
}

// -- chat ------------------------------------------------------------------------------------
$("#chat-form").addEventListener("submit", async (ev) => {
  ev.preventDefault();
  const question = $("#chat-input").value.trim();
  if (!question) return;
  $("#chat-input").value = "";
  const log = $("#chat-log");
  const answer = el("div", { class: "a" }), cites = el("div", { class: "cites" });
  log.append(el("div", { class: "q" }, question), answer, cites);
  let text = "";
  try {
    const response = await fetch("/api/chat", { method: "POST", credentials: "same-origin",
      headers: writeHeaders(true), body: JSON.stringify({ question, thread_id: state.thread }) });
    if (!response.ok) { const p = await response.json().catch(() => ({})); throw new Error(p.detail || response.statusText); }
    for await (const event of sse(response)) {
      if (event.event === "chunk") { text += JSON.parse(event.data); answer.replaceChildren(linkify(text)); }
      else if (event.event === "citations") renderCitations(cites, JSON.parse(event.data));
      else if (event.event === "error") answer.append(el("p", { class: "error" }, JSON.parse(event.data)));
      log.scrollTop = log.scrollHeight;
    }
  } catch (err) { answer.append(el("p", { class: "error" }, err.message)); }
});

function renderCitations(node, data) {
  const items = Array.isArray(data) ? data : (data.citations || []);
  if (!items.length) return;
  node.replaceChildren("cited: ");
  items.forEach((c, i) => {
    const id = typeof c === "string" ? c : (c.entity || c.id || c.ref || JSON.stringify(c));
    if (i) node.append(", ");
    node.append(state.entities.has(id) || state.incidents.has(id) ? entityLink(id) : el("span", {}, id));
  });
}

async function* sse(response) {
  const reader = response.body.getReader(), decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true }).replace(/\r\n/g, "\n");
    let cut;
    while ((cut = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, cut); buffer = buffer.slice(cut + 2);
      const event = { event: "message", data: [] };
      for (const line of block.split("\n")) {
        if (line.startsWith("event:")) event.event = line.slice(6).trim();
        else if (line.startsWith("data:")) event.data.push(line.slice(5).replace(/^ /, ""));
      }
      if (event.data.length) { event.data = event.data.join("\n"); yield event; }
      if (event.event === "done") return;
    }
  }
}

// -- approvals -------------------------------------------------------------------------------
async function loadApprovals() {
  let pending = [];
  try { pending = await api("/api/approvals"); } catch (err) { $("#approvals-note").textContent = err.message; }
  const ul = $("#approvals"); ul.replaceChildren();
  const approver = state.me?.roles.includes("approver");
  for (const p of pending) {
    const reason = el("input", { "aria-label": `Reason to deny ${p.action} on ${p.target}`, placeholder: "reason to deny" });
    const decide = async (verb) => {
      try {
        const body = verb === "deny" ? JSON.stringify({ reason: reason.value || "denied from the NOC dashboard" }) : undefined;
        await api(`/api/approvals/${encodeURIComponent(p.approval_id)}/${verb}`, { method: "POST", body });
        loadApprovals();
      } catch (err) { alert(err.message); }
    };
    const own = p.proposed_by === state.me?.username;  // four eyes: the server refuses it too
    const evidence = Array.isArray(p.evidence) ? p.evidence : (p.evidence ? [JSON.stringify(p.evidence)] : []);
    ul.append(el("li", { class: "approval", "data-approval": p.approval_id },
      el("div", { class: "what" }, el("span", { class: "sev " + (p.risk === "high" ? "critical" : "major") }, `${p.risk} risk`),
        `${p.action} on `, entityLink(p.target)),
      el("div", { class: "muted" }, `incident ${p.incident_id || "—"} · proposed by ${p.proposed_by || "—"} · requested ${p.requested_at ? clock(p.requested_at) : ""}`),
      p.detail?.reason ? el("div", {}, linkify(p.detail.reason)) : "",
      evidence.length ? el("ul", {}, ...evidence.slice(0, 5).map((e) => el("li", {}, linkify(e)))) : "",
      el("div", { class: "actions" },
        el("button", { type: "button", onclick: () => decide("approve"), ...(approver && !own ? {} : { disabled: "" }),
          ...(own ? { title: "you proposed this: another approver must approve it" } : {}) }, "Approve"),
        reason,
        el("button", { type: "button", class: "secondary", onclick: () => decide("deny"), ...(approver ? {} : { disabled: "" }) }, "Deny"))));
  }
  $("#approvals-empty").hidden = pending.length > 0;
  $("#approval-count").textContent = `(${pending.length})`;
}

// -- audit -----------------------------------------------------------------------------------
function auditFilters() {
  return Object.fromEntries(["q", "actor", "action", "subject"].map((k) => [k, $("#audit-" + k).value.trim()]).filter(([, v]) => v));
}
function auditMatches(r) {
  const f = auditFilters();
  return (!f.actor || r.actor.includes(f.actor)) && (!f.action || r.action.startsWith(f.action)) &&
    (!f.subject || r.subject === f.subject) && (!f.q || JSON.stringify(r).toLowerCase().includes(f.q.toLowerCase()));
}
function auditRow(r) {
  return el("tr", {}, el("td", {}, clock(r.at)), el("td", {}, r.actor), el("td", {}, r.action), el("td", {}, r.outcome),
    el("td", {}, linkify(r.subject)), el("td", {}, linkify(r.correlation_id || "")), el("td", {}, r.reason));
}
async function loadAudit() {
  const rows = await api("/api/audit?" + new URLSearchParams({ ...auditFilters(), limit: "300" }));
  $("#audit tbody").replaceChildren(...rows.map(auditRow));
}
$("#audit-form").addEventListener("submit", (ev) => { ev.preventDefault(); loadAudit(); });

// -- boot ------------------------------------------------------------------------------------
api("/api/session").then(start).catch(showLogin);
