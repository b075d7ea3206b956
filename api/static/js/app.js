// Nerve NOC console: plain JS modules over the API, no build step. Live data arrives by
// server-sent events (/api/stream) and each module folds in what concerns it.
import { $, api, el, state } from "./dom.js";
import { loadApprovals, onAudit as approvalNews } from "./approvals.js";
import { loadAudit, onAudit as auditRow } from "./audit.js";
import { startBilling, stopBilling } from "./billing.js";
import { onAudit as chatNews, startChat } from "./chat.js";
import { loadFraud, onAudit as fraudNews } from "./fraud.js";
import { showChart } from "./chart.js";
import { loadOrders, onAudit as orderStep, startOrders, stopOrders } from "./orders.js";
import { onAnomaly, onIncident, renderIncidents, selectIncident, setAnomalies, setIncidents } from "./incidents.js";

let source = null;

function showLogin() {
  source?.close();
  stopBilling();
  stopOrders();
  $("#app").hidden = true; $("#who").hidden = true; $("#login").hidden = false;
  $("#username").focus();
}

async function start(me) {
  state.me = me;
  state.csrf = me.csrf;
  $("#login").hidden = true; $("#app").hidden = false; $("#who").hidden = false;
  $("#who-name").textContent = me.username;
  $("#who-roles").textContent = "(" + me.roles.join(", ") + ")";
  $("#approvals-note").textContent = me.roles.includes("approver") ? "" : "Only the approver role can approve or deny.";
  const entities = await api("/api/entities");
  state.entities = new Map(entities.map((e) => [e.id, e.kind]));
  $("#entities").replaceChildren(...entities.map((e) => el("option", { value: e.id }, e.kind)));
  const cell = entities.find((e) => e.kind === "cell"); // examples from this operator's own estate
  if (cell) {
    $("#chart-entity").placeholder = `e.g. ${cell.id}`;
    $("#chat-input").placeholder = `What is wrong right now? Why is ${cell.id} down? Who is impacted by an incident?`;
  }
  startChat();
  startBilling();
  startOrders();
  connect();
}

// What the page shows, read afresh: on login and whenever the live stream (re)connects, since
// changes made while it was down were not pushed.
async function refresh() {
  const [incidents, anomalies] = await Promise.all([api("/api/incidents"), api("/api/anomalies")]);
  setIncidents(incidents);
  setAnomalies(anomalies);
  // The chart starts on the worst open incident's root cause, else on the first entity.
  if (!$("#chart-entity").value) {
    const worst = [...$("#incidents").children][0]?.dataset.incident;
    if (worst && state.incidents.get(worst)?.state !== "closed") await selectIncident(worst);
    else if (state.entities.size) showChart([...state.entities.keys()][0]);
  }
  await Promise.all([loadAudit(), loadApprovals(), loadFraud(), loadOrders()]);
}

function connect() {
  source?.close();
  source = new EventSource("/api/stream");
  const live = $("#live-state");
  source.onopen = () => { live.textContent = "live"; live.classList.add("live"); };
  source.onerror = () => { live.textContent = "reconnecting…"; live.classList.remove("live"); };
  source.addEventListener("ready", () => refresh());
  source.addEventListener("incident", (e) => onIncident(JSON.parse(e.data)));
  source.addEventListener("anomaly", (e) => onAnomaly(JSON.parse(e.data)));
  source.addEventListener("audit", (e) => {
    const r = JSON.parse(e.data);
    auditRow(r); approvalNews(r); chatNews(r); fraudNews(r); orderStep(r);
  });
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
document.addEventListener("nerve:logged-out", showLogin);
document.addEventListener("nerve:entity", (ev) => {
  const { id, kpi } = ev.detail;
  if (state.incidents.has(id)) selectIncident(id); else showChart(id, kpi ? [kpi] : []);
});
setInterval(renderIncidents, 15000); // ages move on even when nothing is pushed
setInterval(() => { if (state.me && !$("#app").hidden) loadFraud(); }, 5000);

api("/api/session").then(start).catch(showLogin);
