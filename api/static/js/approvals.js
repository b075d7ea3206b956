// Approvals as decision cards: who asked and why, what the action does and disturbs, the target's
// live KPIs, the risk; a high-risk action asks for a confirmation, and approving an action on a
// target that looks healthy asks for a reason. The header's badge counts what waits.
import { $, ago, api, el, entityLink, linkify, state, words } from "./dom.js";

const DECIDED = new Set(["approval.granted", "approval.denied", "approval.cancelled"]);
let pending = [];
const drafts = new Map(); // approval id -> what the approver typed, kept while the list refreshes

function badge() {
  const n = pending.length;
  $("#pending-badge").hidden = n === 0;
  $("#pending-count").textContent = String(n);
  $("#pending-words").textContent = n === 1 ? "action waits for approval" : "actions wait for approval";
  $("#approval-count").textContent = `(${n})`;
  $("#approvals-empty").hidden = n > 0;
}

// What the action will disturb, and for how long (the loop's blast radius; its effects are said as the effect).
function blastWords(b) {
  const n = b.entities.length, shown = b.entities.slice(0, 12).join(", ") + (n > 12 ? " …" : "");
  return [n ? `disturbs ${n} ${n === 1 ? "entity" : "entities"} (${shown})` : "nothing else",
    b.duration_s ? `for about ${Math.round(b.duration_s)} s` : ""].filter(Boolean).join(" ");
}

// The target as the stream layer sees it when it is not healthy: state, open anomalies, incidents.
function unwellWords(h) {
  return [words(h.state), ...h.open_anomalies, h.incidents.length ? `in ${h.incidents.join(", ")}` : ""].filter(Boolean).join("; ");
}

function card(p) {
  const approver = state.me?.roles.includes("approver");
  const own = p.proposed_by === state.me?.username; // four eyes: the server refuses it too
  const high = p.risk === "high";
  const blastRadius = p.blast_radius, health = p.target_health;
  // Healthy as the stream layer says (the server asks for a reason then too), else as the live KPIs stand.
  const healthy = health ? health.state === "ok" && !health.open_anomalies.length
    : p.target_kpis.length > 0 && p.target_kpis.every((k) => k.level === "ok");
  const note = el("textarea", { rows: 2, "aria-label": `Reason for your decision on ${p.action} on ${p.target}`,
    placeholder: healthy ? "the target looks healthy: say why it needs this (required to approve)" : "reason (required to deny)" });
  note.value = drafts.get(p.approval_id) || "";
  const confirm = high ? el("input", { type: "checkbox", "aria-label": "I have read the blast radius and accept the risk" }) : null;
  const approve = el("button", { type: "button", onclick: () => decide("approve") }, "Approve");
  const deny = el("button", { type: "button", class: "secondary", onclick: () => decide("deny"), disabled: !approver }, "Deny");
  const error = el("p", { class: "error", role: "alert" });
  const ready = () => {
    drafts.set(p.approval_id, note.value);
    approve.disabled = !approver || own || (confirm && !confirm.checked) || (healthy && !note.value.trim());
  };
  note.addEventListener("input", ready);
  confirm?.addEventListener("change", ready);
  if (own) approve.title = "you proposed this: another approver must approve it";
  ready();

  async function decide(verb) {
    const reason = note.value.trim();
    if (verb === "deny" && !reason) { error.textContent = "Say why you deny it."; note.focus(); return; }
    try {
      const body = JSON.stringify({ reason });
      await api(`/api/approvals/${encodeURIComponent(p.approval_id)}/${verb}`, { method: "POST", body });
      drafts.delete(p.approval_id);
      remove(p.approval_id);
    } catch (err) { error.textContent = err.message; }
  }

  const effect = blastRadius?.effects.length ? blastRadius.effects.join("; ") : p.effect;
  const evidence = Array.isArray(p.evidence) ? p.evidence : [];
  return el("li", { class: "approval card-item risk-" + p.risk, "data-approval": p.approval_id },
    el("div", { class: "what" }, el("span", { class: "risk " + p.risk }, `${p.risk} risk`), ` ${words(p.action)} on `, entityLink(p.target)),
    el("dl", { class: "facts" },
      el("dt", {}, "Asked by"), el("dd", {}, `proposed by ${p.proposed_by || "—"}`, p.incident_id ? [" for ", linkify(p.incident_id)] : "",
        p.requested_at ? `, ${ago(p.requested_at)} ago` : ""),
      el("dt", {}, "Why"), el("dd", {}, linkify(p.reason || "—")),
      el("dt", {}, "Effect"), el("dd", {}, effect || "—"),
      blastRadius ? [el("dt", {}, "Blast radius"), el("dd", { class: "blast" }, linkify(blastWords(blastRadius)))] : "",
      el("dt", {}, "Target now"), el("dd", { class: "kpis-now" }, health && !healthy ? el("div", { class: "health" }, linkify(unwellWords(health))) : "",
        p.target_kpis.length ? p.target_kpis.map((k) => el("span", { class: "kpi-chip " + k.level, title: k.level },
          `${k.kpi} ${Number(k.value).toFixed(1)} ${k.unit}`)) : "no live KPIs",
        healthy ? el("div", { class: "healthy" }, "Healthy: every KPI is within its normal levels.") : "")),
    evidence.length ? el("details", {}, el("summary", {}, `Evidence (${evidence.length})`),
      el("ul", {}, evidence.slice(0, 10).map((e) => el("li", {}, linkify(e))))) : "",
    el("div", { class: "decide" }, note,
      confirm ? el("label", { class: "confirm" }, confirm, " I have read the blast radius and accept the risk") : "",
      el("div", { class: "actions" }, approve, deny)),
    error);
}

function remove(approvalId) {
  pending = pending.filter((p) => p.approval_id !== approvalId);
  document.querySelectorAll(`#approvals [data-approval="${CSS.escape(approvalId)}"]`).forEach((n) => n.remove());
  badge();
}

export async function loadApprovals() {
  try { pending = await api("/api/approvals"); } catch (err) { $("#approvals-note").textContent = err.message; return; }
  $("#approvals").replaceChildren(...pending.map(card));
  badge();
}

// A decision made anywhere takes the card off every open console at once; a new request adds one.
export function onAudit(r) {
  if (DECIDED.has(r.action) && r.detail?.approval_id) remove(r.detail.approval_id);
  if (r.action === "approval.requested" || DECIDED.has(r.action)) loadApprovals();
}
