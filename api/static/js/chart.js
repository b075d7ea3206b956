// The KPI chart (uPlot, vendored): several KPIs of one entity on a time axis, one y axis per unit,
// the estate's warn and critical levels, hover values in the legend, and markers for the selected
// incident's fault, actions and recovery.
/* global uPlot */
import { $, api, clock, el, state } from "./dom.js";

const COLOURS = ["#0b5cad", "#b3261e", "#1e7a34", "#6f42c1", "#c25e00", "#00838f", "#5b6470"];
const MARKS = { fault: "#b3261e", action: "#0b5cad", recovery: "#1e7a34" };
const HEIGHT = 260;
let plot = null, shape = "", timer = null, chosen = [], markSource = () => [];

// Who says where the markers go (the incidents module: the selected incident's story).
export function setMarkSource(fn) { markSource = fn; }

export function showChart(entity, kpis = []) {
  if (!state.entities.has(entity)) return;
  $("#chart-entity").value = entity;
  chosen = kpis.filter(Boolean);
  draw(true);
}

function kpiBoxes(series) {
  const box = $("#chart-kpis");
  const keep = chosen.filter((k) => series.kpis.includes(k));
  const on = new Set(keep.length ? keep : series.kpis.slice(0, 1));
  box.replaceChildren(el("legend", {}, "KPIs shown"), ...series.kpis.map((k) => el("label", { class: "kpi" },
    el("input", { type: "checkbox", value: k, checked: on.has(k), onchange: () => { chosen = selectedKpis(); draw(false); } }),
    ` ${k}`, series.units[k] ? el("span", { class: "muted" }, ` ${series.units[k]}`) : "")));
  chosen = [...on];
}
const selectedKpis = () => [...$("#chart-kpis").querySelectorAll("input:checked")].map((i) => i.value);

function marksPlugin() {
  const draw = (u) => {
    const ctx = u.ctx, dpr = devicePixelRatio || 1, { left, top, width, height } = u.bbox;
    ctx.save();
    ctx.font = `${12 * dpr}px system-ui`;
    for (const m of markSource($("#chart-entity").value)) {
      const x = u.valToPos(m.at, "x", true);
      if (x < left || x > left + width) continue;
      ctx.strokeStyle = ctx.fillStyle = MARKS[m.kind];
      ctx.lineWidth = 2 * dpr; ctx.setLineDash([6 * dpr, 4 * dpr]);
      ctx.beginPath(); ctx.moveTo(x, top); ctx.lineTo(x, top + height); ctx.stroke();
      ctx.fillText(m.label, x + 4 * dpr, top + 14 * dpr);
    }
    // The estate's levels of the first KPI shown, on its own axis.
    const first = u.series[1];
    for (const [level, colour] of [["warn", "#c25e00"], ["critical", "#b3261e"]]) {
      const v = first?.levels?.[level];
      if (v == null) continue;
      const y = u.valToPos(v, first.scale, true);
      if (y < top || y > top + height) continue;
      ctx.strokeStyle = ctx.fillStyle = colour; ctx.lineWidth = dpr; ctx.setLineDash([2 * dpr, 3 * dpr]);
      ctx.beginPath(); ctx.moveTo(left, y); ctx.lineTo(left + width, y); ctx.stroke();
      ctx.fillText(`${level} ${v}`, left + width - 80 * dpr, y + 13 * dpr); // under its line, clear of the markers' labels
    }
    ctx.restore();
  };
  return { hooks: { draw: [draw] } };
}

function options(series, kpis) {
  const units = [...new Set(kpis.map((k) => series.units[k] || ""))];
  const fmt = (unit) => (u, v) => (v == null ? "—" : `${Number(v).toFixed(2)} ${unit}`.trim());
  return {
    width: $("#chart").clientWidth || 800, height: HEIGHT,
    plugins: [marksPlugin()],
    cursor: { drag: { x: false, y: false } },
    scales: { x: { time: true }, ...Object.fromEntries(units.map((u) => [u || "value", { auto: true }])) },
    series: [
      { label: "time", value: (u, v) => (v == null ? "—" : clock(v)) },
      ...kpis.map((k, i) => ({
        label: k, scale: series.units[k] || "value", stroke: COLOURS[i % COLOURS.length], width: 2,
        value: fmt(series.units[k] || ""), spanGaps: false, levels: series.thresholds[k] || {},
      })),
    ],
    axes: [
      { grid: { show: true, stroke: "#e6e9ed" }, ticks: { show: true } },
      ...units.slice(0, 2).map((unit, i) => ({
        scale: unit || "value", label: unit, side: i === 0 ? 3 : 1, size: 60,
        grid: { show: i === 0, stroke: "#e6e9ed" }, ticks: { show: true },
      })),
    ],
  };
}

async function draw(newEntity) {
  clearTimeout(timer);
  const entity = $("#chart-entity").value.trim();
  if (!entity || !state.entities.has(entity)) return;
  let series;
  try {
    series = await api(`/api/kpis/${encodeURIComponent(entity)}?minutes=${$("#chart-minutes").value}`);
  } catch (err) { $("#chart-note").textContent = err.message; return; }
  if (newEntity || !chosen.length) kpiBoxes(series);
  const kpis = chosen.length ? chosen : series.kpis.slice(0, 1);
  const data = [series.points.map((p) => p.ts), ...kpis.map((k) => series.points.map((p) => p[k] ?? null))];
  const now = `${entity}|${kpis.join(",")}`;
  if (plot && shape === now) plot.setData(data);
  else {
    plot?.destroy();
    plot = new uPlot(options(series, kpis), data, $("#chart"));
    shape = now;
  }
  const last = series.points[series.points.length - 1];
  const latest = kpis.map((k) => `${k} ${last?.[k] != null ? Number(last[k]).toFixed(2) : "—"} ${series.units[k] || ""}`.trim());
  const marks = markSource(entity).map((m) => `${m.label} at ${clock(m.at)}`);
  const note = last
    ? `${entity}: ${latest.join(", ")}; ${series.points.length} samples over ${series.minutes} min` + (marks.length ? `; ${marks.join(", ")}` : "")
    : `no samples for ${entity} in the last ${series.minutes} min`;
  $("#chart").setAttribute("aria-label", note);
  plot.ctx.canvas.setAttribute("aria-label", note); // the drawing itself says what it shows too
  $("#chart-note").textContent = note;
  timer = setTimeout(() => draw(false), 2000);
}

$("#chart-entity").addEventListener("change", () => { chosen = []; draw(true); });
$("#chart-minutes").addEventListener("change", () => draw(false));
$("#chart-form").addEventListener("submit", (ev) => { ev.preventDefault(); chosen = []; draw(true); });
new ResizeObserver(() => plot?.setSize({ width: $("#chart").clientWidth || 800, height: HEIGHT })).observe($("#chart"));
