// Shared helpers of the console: the API, DOM building, words for codes, and links to entities.
// Modules talk through DOM events on `document` ("nerve:entity" when an id is clicked), not globals.

export const $ = (sel, root = document) => root.querySelector(sel);

export const state = {
  me: null,
  csrf: "", // the session's CSRF token (from /api/session), sent on every request that changes state
  entities: new Map(), // id -> kind, the estate's reporting entities
  incidents: new Map(), // id -> incident, as the feed last sent it
};

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") node.className = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false || c === "") continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

export const clock = (t) => new Date(t * 1000).toLocaleTimeString([], { hour12: false });

export function ago(t) {
  const s = Math.max(0, Date.now() / 1000 - t);
  if (s < 60) return `${Math.floor(s)} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min`;
  return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
}

// A code as words: "cell_outage" -> "cell outage".
export const words = (code) => String(code ?? "").replaceAll("_", " ");

// Requests that change state carry the session's CSRF token.
export const writeHeaders = (json) => ({ ...(json ? { "Content-Type": "application/json" } : {}), "X-CSRF-Token": state.csrf });

export async function api(path, options = {}) {
  const response = await fetch(path, { credentials: "same-origin", headers: writeHeaders(Boolean(options.body)), ...options });
  if (response.status === 401 && path !== "/api/session") {
    document.dispatchEvent(new CustomEvent("nerve:logged-out"));
    throw new Error("logged out");
  }
  const body = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) throw new Error(body?.detail || response.statusText);
  return body;
}

export function entityLink(id, kpi = "") {
  return el("a", {
    href: "#chart-title", class: "entity id", "data-entity": id,
    onclick: (ev) => { ev.preventDefault(); document.dispatchEvent(new CustomEvent("nerve:entity", { detail: { id, kpi } })); },
  }, id);
}

const known = (id) => state.entities.has(id) || state.incidents.has(id);

// Text with the ids it names linked. Ids are the operator's own, looked up, never guessed; any word
// joined by an id's separators is kept on one line (a browser would break "x-1-b" at its hyphens).
export function linkify(text) {
  const frag = document.createDocumentFragment();
  for (const part of String(text ?? "").split(/([\p{L}\p{N}]+(?:[_.-][\p{L}\p{N}]+)+|[\p{L}\p{N}]+)/u)) {
    if (!part) continue;
    if (known(part)) frag.append(entityLink(part));
    else if (/[_.-]/.test(part) && /^[\p{L}\p{N}]/u.test(part)) frag.append(el("span", { class: "id" }, part));
    else frag.append(document.createTextNode(part));
  }
  return frag;
}
