// Usage and billing: how far each mediation point and billing are behind (GET /api/billing/lag,
// read again every few seconds: it moves with the clock, nothing pushes it), and one subscriber's
// balance in the newest period rated (the TMF635 usageBalance route, as an operator).
import { $, api, el, linkify } from "./dom.js";

const EVERY_MS = 5000;
const BALANCE = "/tmf-api/usageManagement/v5/usageBalance";
let timer = null;

const seconds = (s) => (s === null || s === undefined ? "–" : `${Number(s).toFixed(1)} s`);
const gb = (bytes) => `${(bytes / 1e9).toFixed(2)} GB`;

function siteRow(p) {
  return el("tr", { class: p.late ? "late" : "", "data-site": p.site },
    el("td", {}, linkify(p.site)), el("td", {}, seconds(p.behind_s), p.late ? " (late)" : ""),
    el("td", {}, String(p.records)), el("td", {}, String(p.late_records)), el("td", {}, seconds(p.worst_delay_s)));
}

export async function loadBilling() {
  let lag;
  try {
    lag = await api("/api/billing/lag");
  } catch (err) {
    $("#billing-lag").textContent = `Billing lag is not available: ${err.message}`;
    return;
  }
  const late = lag.sites.filter((p) => p.late).length;
  $("#billing-lag").textContent = lag.watermark === null
    ? "No usage has been rated yet."
    : `Billing is ${seconds(lag.behind_s)} behind the newest usage delivered; ` +
      (lag.unbilled_periods.length ? `period(s) ${lag.unbilled_periods.join(", ")} past end plus grace are not billed yet. `
        : "every period past end plus grace is billed. ") +
      `${late} of ${lag.sites.length} mediation point(s) late (more than ${lag.late_after_s} s behind).`;
  $("#mediation tbody").replaceChildren(...lag.sites.map(siteRow));
}

function showBalance(b) {
  const left = b.allowanceGb === null ? "unlimited" : `${gb(b.dataLeftBytes)} left of ${b.allowanceGb} GB`;
  const lines = b.lines.filter((l) => Number(l.amount.value) !== 0);
  $("#balance").replaceChildren(
    el("p", {}, el("strong", {}, b.subscriber), ` — period ${b.period}${b.billed ? " (billed)" : ""}: `,
      `${gb(b.dataUsedBytes)} counted, ${left}; `, el("strong", { class: "total" }, `${b.total.value} ${b.total.unit}`),
      ` so far from ${b.records} records.`),
    el("ul", { class: "lines" }, ...lines.map((l) => el("li", {}, `${l.name}: ${l.amount.value} ${l.amount.unit}`))),
  );
}

$("#balance-form").addEventListener("submit", async (ev) => {
  ev.preventDefault();
  const subscriber = $("#balance-subscriber").value.trim();
  try {
    showBalance(await api(`${BALANCE}?${new URLSearchParams({ subscriber })}`));
  } catch (err) {
    $("#balance").replaceChildren(el("p", { class: "error", role: "alert" }, err.message));
  }
});

export function startBilling() {
  stopBilling();
  loadBilling();
  timer = setInterval(loadBilling, EVERY_MS);
}

export function stopBilling() { clearInterval(timer); }
