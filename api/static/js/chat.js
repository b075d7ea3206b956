// The NOC chat: questions and answers styled apart, kept across reloads (per user, in this browser),
// and the outcome of an action it proposed posted back into the conversation as it happens.
import { $, el, linkify, state, words, writeHeaders } from "./dom.js";

const PROPOSAL = /\bprop-[0-9a-z]+\b/i; // the proposal id Nerve gives an engineer's proposal
const FINAL = new Set(["approval.denied", "approval.cancelled", "remediation.closed", "remediation.stopped"]);
const NEWS = new Set([
  "approval.requested", "approval.granted", "approval.denied", "approval.cancelled", "guard.block",
  "remediation.acted", "remediation.verified", "remediation.closed", "remediation.stopped",
]);
let talk = { thread: "", items: [], watching: [] };

const key = () => `nerve.chat.${state.me?.username || "anonymous"}`;
const save = () => localStorage.setItem(key(), JSON.stringify(talk));
const newThread = () => "ui-" + crypto.getRandomValues(new Uint32Array(2)).join("").slice(0, 12);

export function startChat() {
  try { talk = JSON.parse(localStorage.getItem(key()) || "null") || null; } catch { talk = null; }
  if (!talk?.thread) talk = { thread: newThread(), items: [], watching: [] };
  talk.watching ||= [];
  $("#chat-log").replaceChildren(...talk.items.map(bubble));
  scrollDown();
}

function bubble(item) {
  if (item.role === "q") return el("div", { class: "msg q" }, el("span", { class: "who" }, "You"), el("div", { class: "body" }, item.text));
  if (item.role === "note") return el("div", { class: "msg note" }, el("span", { class: "who" }, "Update"), el("div", { class: "body" }, linkify(item.text)));
  return el("div", { class: "msg a" + (item.error ? " failed" : "") }, el("span", { class: "who" }, "Nerve"),
    el("div", { class: "body" }, linkify(item.text)));
}
const scrollDown = () => { const log = $("#chat-log"); log.scrollTop = log.scrollHeight; };

function post(item) {
  talk.items.push(item);
  talk.items = talk.items.slice(-200);
  save();
  $("#chat-log").append(bubble(item));
  scrollDown();
}

$("#chat-clear").addEventListener("click", () => {
  talk = { thread: newThread(), items: [], watching: [] };
  save();
  $("#chat-log").replaceChildren();
});

$("#chat-input").addEventListener("keydown", (ev) => {
  if (ev.key === "Enter" && !ev.shiftKey) { ev.preventDefault(); $("#chat-form").requestSubmit(); }
});

$("#chat-form").addEventListener("submit", async (ev) => {
  ev.preventDefault();
  const question = $("#chat-input").value.trim();
  if (!question) return;
  $("#chat-input").value = "";
  post({ role: "q", text: question });
  const live = el("div", { class: "msg a pending" }, el("span", { class: "who" }, "Nerve"), el("div", { class: "body" }, "…"));
  $("#chat-log").append(live);
  let text = "", kind = "", error = "";
  try {
    const response = await fetch("/api/chat", { method: "POST", credentials: "same-origin",
      headers: writeHeaders(true), body: JSON.stringify({ question, thread_id: talk.thread }) });
    if (!response.ok) { const p = await response.json().catch(() => ({})); throw new Error(p.detail || response.statusText); }
    for await (const event of sse(response)) {
      if (event.event === "chunk") { text += JSON.parse(event.data); live.querySelector(".body").replaceChildren(linkify(text)); scrollDown(); }
      else if (event.event === "citations") kind = JSON.parse(event.data).kind || ""; // its ids are linked in the text
      else if (event.event === "error") error = JSON.parse(event.data);
    }
  } catch (err) { error = err.message; }
  live.remove();
  post({ role: "a", text: text || error, error: Boolean(error && !text) });
  const proposal = kind === "propose" && text.match(PROPOSAL)?.[0];
  if (proposal) { talk.watching.push(proposal); save(); }
});

// An audit record about an action this conversation proposed: say what became of it.
export function onAudit(r) {
  const id = talk.watching.find((p) => r.correlation_id === p || r.detail?.thread_id === p || r.detail?.proposal_id === p);
  if (!id || !NEWS.has(r.action)) return;
  const what = r.detail?.action ? `${words(r.detail.action)} on ${r.subject}` : r.subject;
  const by = r.actor.startsWith("person:") ? ` by ${r.actor.slice(7)}` : "";
  post({ role: "note", text: `${id} (${what}): ${r.outcome_text || words(r.outcome)}${by}${r.reason ? ` — ${r.reason}` : ""}` });
  if (FINAL.has(r.action)) { talk.watching = talk.watching.filter((p) => p !== id); save(); }
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
