// The audit trail: outcomes in words, filters, pages of 100 (live rows only on the first page, at
// most 200 kept), and the same filters exported as CSV or JSON.
import { $, api, clock, el, linkify } from "./dom.js";

const PAGE = 100, LIVE_CAP = 200;
let offset = 0;

function filters() {
  return Object.fromEntries(["q", "actor", "action", "subject"].map((k) => [k, $("#audit-" + k).value.trim()]).filter(([, v]) => v));
}
function matches(r) {
  const f = filters();
  return (!f.actor || r.actor.includes(f.actor)) && (!f.action || r.action.startsWith(f.action)) &&
    (!f.subject || r.subject === f.subject) && (!f.q || JSON.stringify(r).toLowerCase().includes(f.q.toLowerCase()));
}
function row(r) {
  return el("tr", { "data-audit": r.audit_id }, el("td", {}, clock(r.at)), el("td", {}, linkify(r.actor)), el("td", { class: "code" }, r.action),
    el("td", { class: "outcome", title: r.outcome }, r.outcome_text || r.outcome), el("td", {}, linkify(r.subject)),
    el("td", {}, linkify(r.correlation_id || "")), el("td", {}, linkify(r.reason)));
}

export async function loadAudit() {
  const rows = await api("/api/audit?" + new URLSearchParams({ ...filters(), limit: String(PAGE), offset: String(offset) }));
  $("#audit tbody").replaceChildren(...rows.map(row));
  $("#audit-page").textContent = rows.length ? `rows ${offset + 1}–${offset + rows.length}` : "no rows";
  $("#audit-newer").disabled = offset === 0;
  $("#audit-older").disabled = rows.length < PAGE;
  for (const format of ["csv", "json"]) {
    $(`#audit-${format}`).href = "/api/audit/export?" + new URLSearchParams({ ...filters(), format });
  }
}

export function onAudit(r) {
  if (offset !== 0 || !matches(r)) return; // an older page stays as it was read
  const body = $("#audit tbody");
  body.prepend(row(r));
  while (body.rows.length > LIVE_CAP) body.deleteRow(-1);
  $("#audit-page").textContent = `rows 1–${body.rows.length}`;
  $("#audit-older").disabled = false;
}

$("#audit-form").addEventListener("submit", (ev) => { ev.preventDefault(); offset = 0; loadAudit(); });
$("#audit-newer").addEventListener("click", () => { offset = Math.max(0, offset - PAGE); loadAudit(); });
$("#audit-older").addEventListener("click", () => { offset += PAGE; loadAudit(); });
