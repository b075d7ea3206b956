// Orders, step by step: an intent's timeline from the audit trail (every record that carries its id,
// oldest first, with the time since the first step), the steps the legacy OSS served marked, kept
// live from the stream; and the legacy bridge's connector with how far its capture is behind
// (GET /api/legacy, read again every few seconds).
import { $, api, clock, el, linkify } from "./dom.js";

const EVERY_MS = 5000, RECENT = 8;
// What is shown, by id: the audit trail's answer merged with what the stream pushed meanwhile, so an
// answer read before a push never hides it.
let recent = new Map(), steps = new Map(), shown = null, timer = null;

function step(r, first) {
  const legacy = r.action.startsWith("legacy.");
  return el("li", { class: "step done" + (legacy ? " legacy" : ""), "data-action": r.action, "data-audit": r.audit_id },
    el("span", { class: "t" }, clock(r.at)), el("span", { class: "code" }, r.action), " ",
    el("span", { class: "outcome", title: r.outcome }, r.outcome_text || r.outcome), " · ", linkify(r.actor),
    el("span", { class: "dt" }, `+${(r.at - first).toFixed(1)} s`),
    r.reason ? el("div", { class: "muted" }, linkify(r.reason)) : "");
}

function renderTimeline() {
  const rows = [...steps.values()].sort((a, b) => a.at - b.at);
  const first = rows[0]?.at ?? 0;
  $("#timeline").replaceChildren(...(rows.length ? rows.map((r) => step(r, first)) : [el("li", { class: "muted" }, "No step of this intent is in the audit trail.")]));
}

export async function showTimeline(intent) {
  shown = intent;
  steps = new Map();
  $("#timeline-intent").value = intent;
  const rows = await api("/api/audit?" + new URLSearchParams({ correlation_id: intent, limit: "500" }));
  if (shown !== intent) return;  // another intent was chosen meanwhile
  for (const r of rows) steps.set(r.audit_id, r);
  renderTimeline();
}

function recentChip(r) {
  return el("li", {}, el("button", { type: "button", class: "secondary small", "data-intent": r.correlation_id,
    onclick: () => showTimeline(r.correlation_id) }, `${r.correlation_id} (${r.subject})`));
}

function renderRecent() {
  const rows = [...recent.values()].sort((a, b) => b.at - a.at).slice(0, RECENT);
  recent = new Map(rows.map((r) => [r.correlation_id, r]));
  $("#recent-orders").replaceChildren(...rows.map(recentChip));
  $("#recent-intents").replaceChildren(...rows.map((r) => el("option", { value: r.correlation_id }, r.subject)));
}

export async function loadOrders() {
  const decided = await api("/api/audit?" + new URLSearchParams({ action: "intent.decided", limit: String(RECENT) }));
  for (const r of decided) recent.set(r.correlation_id, r);
  renderRecent();
  if (shown) await showTimeline(shown);
}

export function onAudit(r) {
  if (r.action === "intent.decided" && !recent.has(r.correlation_id)) {
    recent.set(r.correlation_id, r);
    renderRecent();
  }
  if (shown && r.correlation_id === shown && !steps.has(r.audit_id)) {
    steps.set(r.audit_id, r);
    renderTimeline();
  }
}

async function loadBridge() {
  let bridge;
  try {
    bridge = await api("/api/legacy");
  } catch (err) {
    $("#legacy-bridge").textContent = `The legacy bridge's state is not available: ${err.message}`;
    return;
  }
  const routed = bridge.routed.length ? `Routed to the legacy OSS: ${bridge.routed.join(", ")}.` : "Nothing is routed to the legacy OSS.";
  const c = bridge.capture;
  const capture = !bridge.runs ? "The legacy bridge does not run here."
    : `Connector ${c.connector}: ${c.state}; ` + (c.behind_s === null ? "it has captured nothing yet."
      : c.behind_s === 0 ? "its capture of the legacy tables is caught up." : `a change of the legacy tables has waited ${c.behind_s.toFixed(1)} s for its capture.`);
  $("#legacy-bridge").textContent = `${routed} ${capture}`;
}

export function startOrders() { loadBridge(); timer ??= setInterval(loadBridge, EVERY_MS); }
export function stopOrders() { clearInterval(timer); timer = null; }

$("#timeline-form").addEventListener("submit", (ev) => { ev.preventDefault(); showTimeline($("#timeline-intent").value.trim()); });
