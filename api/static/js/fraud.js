// Fraud cases: each line's case with what was seen against its usual, the records that made it, the
// responses taken and what waits for approval (the approvals card decides those). An approver may
// mark a case a false positive, with a reason; the fraud worker then lets the line do as much again.
import { $, ago, api, el, state, words } from "./dom.js";

const STATE_WORDS = { open: "open", closed: "closed", false_positive: "marked a false positive" };
const drafts = new Map(); // case id -> the reason being typed, kept while the list refreshes

const measures = (m) => Object.entries(m).map(([k, v]) => `${words(k)} ${v}`).join(", ") || "—";

function card(r) {
  const c = r.case;
  const approver = state.me?.roles.includes("approver");
  const note = el("input", { type: "text", "aria-label": `Why case ${c.case_id} is not fraud`, placeholder: "why this is not fraud" });
  note.value = drafts.get(c.case_id) || "";
  const mark = el("button", { type: "button", class: "secondary", disabled: !approver }, "Mark false positive");
  const error = el("p", { class: "error", role: "alert" });
  note.addEventListener("input", () => drafts.set(c.case_id, note.value));
  mark.addEventListener("click", async () => {
    const reason = note.value.trim();
    if (!reason) { error.textContent = "Say why this is not fraud."; note.focus(); return; }
    try {
      await api(`/api/fraud/cases/${encodeURIComponent(c.case_id)}/false-positive`, { method: "POST", body: JSON.stringify({ reason }) });
      drafts.delete(c.case_id);
      mark.disabled = true; mark.textContent = "Marked"; mark.blur();
    } catch (err) { error.textContent = err.message; }
  });
  const steps = r.responses.map((s) => `${words(s.action)}: ${words(s.outcome)}${s.approver ? ` (${s.approver})` : ""}, ${ago(s.at)} ago`);
  return el("li", { class: "card-item fraud-case", "data-case": c.case_id },
    el("div", { class: "what" }, el("span", { class: "risk " + (c.state === "open" ? "high" : "low") }, STATE_WORDS[c.state]),
      ` ${words(c.kind)} on ${c.subscriber}${r.msisdn ? ` (${r.msisdn})` : ""}`),
    el("dl", { class: "facts" },
      el("dt", {}, "Case"), el("dd", {}, `${c.case_id}, opened ${ago(c.opened_at)} ago, score ${c.score}`),
      el("dt", {}, "Seen"), el("dd", {}, measures(c.features)),
      el("dt", {}, "Usually"), el("dd", {}, measures(c.baseline)),
      c.spend_per_hour ? [el("dt", {}, "Spend"), el("dd", {}, `${c.spend_per_hour} an hour in premium and high-cost calls`)] : "",
      el("dt", {}, "Responses"), el("dd", { class: "responses" }, steps.join("; ") || "none yet"),
      r.awaiting_approval.length ? [el("dt", {}, "Waiting"), el("dd", {}, `${r.awaiting_approval.map(words).join(", ")}: see Approvals`)] : ""),
    el("details", {}, el("summary", {}, `Evidence (${c.evidence.length})`),
      el("ul", {}, c.evidence.map((e) => el("li", {}, e)))),
    c.state === "false_positive" ? "" : el("div", { class: "decide" }, note, el("div", { class: "actions" }, mark)),
    error);
}

export async function loadFraud() {
  if ($("#fraud-cases").contains(document.activeElement)) return; // someone is typing a reason
  let cases;
  try { cases = await api("/api/fraud/cases"); } catch (err) { $("#fraud-note").textContent = err.message; return; }
  cases.reverse(); // newest first
  $("#fraud-cases").replaceChildren(...cases.map(card));
  $("#fraud-count").textContent = `(${cases.filter((r) => r.case.state === "open").length} open)`;
  $("#fraud-empty").hidden = cases.length > 0;
}

// Responses and marks are audited: each reloads the list. Cases also open and close without a
// record of ours, hence the slow poll as well.
export function onAudit(r) {
  if (r.action?.startsWith("fraud.")) loadFraud();
}
