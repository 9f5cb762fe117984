// DOM helpers: build elements from data without ever parsing HTML. Every string given as a
// child becomes a text node, so untrusted article text can never turn into markup.

const SVG_NS = "http://www.w3.org/2000/svg";

/** Set attributes, classes, properties and listeners on an element. */
function apply(el, attrs) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") el.setAttribute("class", Array.isArray(value) ? value.filter(Boolean).join(" ") : value);
    else if (key.startsWith("on") && typeof value === "function") el.addEventListener(key.slice(2), value);
    else if (key === "dataset") Object.assign(el.dataset, value);
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  return el;
}

/** Append children: nodes as they are, strings and numbers as text, arrays flattened. */
function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** An HTML element: h("a", {href: "#/"}, "Home"). */
export function h(tag, attrs, ...children) {
  return append(apply(document.createElement(tag), attrs), children);
}

/** An SVG element: s("rect", {x: 0, width: 10}). */
export function s(tag, attrs, ...children) {
  return append(apply(document.createElementNS(SVG_NS, tag), attrs), children);
}

/** Replace everything inside el with the given children. */
export function mount(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

/** Text with [matches] as <mark> elements (the search API's snippet convention). */
export function marked(snippet) {
  const out = [];
  let buffer = "";
  let open = false;
  for (const ch of snippet) {
    if (ch === "[" && !open) { if (buffer) out.push(buffer); buffer = ""; open = true; }
    else if (ch === "]" && open) { out.push(h("mark", {}, buffer)); buffer = ""; open = false; }
    else buffer += ch;
  }
  if (buffer) out.push(open ? "[" + buffer : buffer);
  return out;
}

/** A short text: at most n code points, with an ellipsis when cut. */
export function shorten(text, n = 120) {
  const chars = Array.from(text || "");
  return chars.length > n ? chars.slice(0, n - 1).join("") + "…" : chars.join("");
}

/**
 * What a statement says: a direct quote in quotation marks (<q> adds them unless the text
 * has its own); reported speech never, so a paraphrase is not shown as someone's words.
 */
export function said(text, kind) {
  if (kind !== "direct") return h("span", { class: "reported" }, text);
  return /^["“‘'«]/.test(text || "") ? h("span", { class: "quote" }, text) : h("q", {}, text);
}

/** A statement's kind in words: "quoted" for direct speech, "reported" for indirect. */
export function kindWords(kind) {
  return { direct: "quoted", indirect: "reported", mixed: "partly quoted", no_comment: "declined to comment" }[kind] || kind;
}

/** A status line: loading, empty and error messages share one look. */
export function notice(text, kind = "info") {
  return h("p", { class: `notice notice-${kind}`, role: kind === "error" ? "alert" : "status" }, text);
}

/** Link to a route of this UI; parts are URL-encoded. */
export function route(...parts) {
  return "#/" + parts.map((p) => encodeURIComponent(p)).join("/");
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
  "September", "October", "November", "December"];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const DAYPARTS = { MO: "morning", MI: "midday", AF: "afternoon", EV: "evening", NI: "night", DT: "daytime" };

/**
 * A TIMEX3 value as people read it: "2023-03" → "March 2023", "2013-W12" → "week 12 of
 * 2013", "XXXX-WXX-5TNI" → "a Friday night, date unknown", "XXXX-06-30" → "30 June, year
 * unknown". A value it cannot read is shown as it is; none is "undated".
 */
export function readableDate(value) {
  if (!value) return "undated";
  const [date, time] = value.split("T");
  const part = time && DAYPARTS[time] ? DAYPARTS[time] : "";
  const clock = time && !part ? time : "";
  let m;
  if ((m = /^(\d{4}|XXXX)-(\d{2})-(\d{2})$/.exec(date))) {
    const day = `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]}`;
    const when = m[1] === "XXXX" ? `${day}, year unknown` : `${day} ${m[1]}`;
    return [when, part, clock].filter(Boolean).join(", ");
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(date))) return `${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(date))) {
    return m[3] ? `the weekend of week ${Number(m[2])} of ${m[1]}` : `week ${Number(m[2])} of ${m[1]}`;
  }
  if ((m = /^XXXX-WXX-([1-7])$/.exec(date))) {
    return `a ${WEEKDAYS[Number(m[1]) - 1]}${part ? " " + part : ""}, date unknown`;
  }
  if (/^X/.test(date)) return part ? `${/^[aeiou]/.test(part) ? "an" : "a"} ${part}, date unknown` : "date unknown";
  return value;
}

/** "1 event", "2 events": a count with its noun (plural by adding "s" unless given). */
export function plural(n, one, many = one + "s") {
  return `${n.toLocaleString("en")} ${n === 1 ? one : many}`;
}

/**
 * Pages through a list of `total` rows `size` at a time: "41–60 of 367 statements" between
 * Previous and Next. `to(offset)` gives a link's href (a page in the URL), or with
 * `onPage(offset)` the controls are buttons that replace the list in place.
 */
export function pager({ offset, count, total, size, noun, to, onPage }) {
  const one = noun.one || noun, many = noun.many || one + "s";
  const control = (label, at, rel) => (onPage
    ? h("button", { type: "button", class: "button", rel, onclick: () => onPage(at) }, label)
    : h("a", { href: to(at), class: "button", rel }, label));
  return h("nav", { class: "pager", "aria-label": `Pages of ${many}` },
    offset > 0 ? control("← Previous", Math.max(0, offset - size), "prev") : null,
    h("span", { class: "muted pager-status" },
      total ? `${(offset + 1).toLocaleString("en")}–${(offset + count).toLocaleString("en")} of ${plural(total, one, many)}` : ""),
    offset + count < total ? control("Next →", offset + size, "next") : null);
}
