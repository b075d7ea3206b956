// Orders, step by step: an intent's timeline from the audit trail (every record that carries its id,
// oldest first, with the time since the first step), the steps the legacy OSS served marked, kept
// live from the stream; and the legacy bridge's connector with how far its capture is behind
// (GET /api/legacy, read again every few seconds).
import { $, api, clock, el, linkify } from "./dom.js";

const EVERY_MS = 5000, RECENT = 8;
let shown = null, first = null, timer = null;

function step(r) {
  const legacy = r.action.startsWith("legacy.");
  return el("li", { class: "step done" + (legacy ? " legacy" : ""), "data-action": r.action, "data-audit": r.audit_id },
    el("span", { class: "t" }, clock(r.at)), el("span", { class: "code" }, r.action), " ",
    el("span", { class: "outcome", title: r.outcome }, r.outcome_text || r.outcome), " · ", linkify(r.actor),
    el("span", { class: "dt" }, `+${(r.at - first).toFixed(1)} s`),
    r.reason ? el("div", { class: "muted" }, linkify(r.reason)) : "");
}

export async function showTimeline(intent) {
  shown = intent;
  $("#timeline-intent").value = intent;
  const rows = await api("/api/audit?" + new URLSearchParams({ correlation_id: intent, limit: "500" }));
  rows.reverse();
  first = rows[0]?.at ?? 0;
  $("#timeline").replaceChildren(...(rows.length ? rows.map(step) : [el("li", { class: "muted" }, "No step of this intent is in the audit trail.")]));
}

function recentChip(r) {
  return el("li", {}, el("button", { type: "button", class: "secondary small", "data-intent": r.correlation_id,
    onclick: () => showTimeline(r.correlation_id) }, `${r.correlation_id} (${r.subject})`));
}

export async function loadOrders() {
  const decided = await api("/api/audit?" + new URLSearchParams({ action: "intent.decided", limit: String(RECENT) }));
  $("#recent-orders").replaceChildren(...decided.map(recentChip));
  $("#recent-intents").replaceChildren(...decided.map((r) => el("option", { value: r.correlation_id }, r.subject)));
  if (shown) await showTimeline(shown);
}

export function onAudit(r) {
  if (r.action === "intent.decided" && !$(`#recent-orders [data-intent="${CSS.escape(r.correlation_id)}"]`)) {
    $("#recent-orders").prepend(recentChip(r));
    while ($("#recent-orders").children.length > RECENT) $("#recent-orders").lastChild.remove();
  }
  if (shown && r.correlation_id === shown && !$(`#timeline [data-audit="${CSS.escape(r.audit_id)}"]`)) {
    if (!$("#timeline .step")) { first = r.at; $("#timeline").replaceChildren(); }
    $("#timeline").append(step(r));
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
