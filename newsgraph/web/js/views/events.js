// Events page: every coded event, filtered as `newsgraph events` and /api/events filter
// (type, actor, recipient, country, dates, polarity, article), a page at a time. The
// filters and the page live in the URL (#/events?type=COERCE&actor=Wagner&offset=50), so a
// view can be shared. Each row says what happened in words first, the PLOVER/CAMEO codes
// second, shows the sentence, and links to the event in its article.

import * as api from "../api.js";
import { h, mount, notice, pager, plural, readableDate, route } from "../dom.js";
import { POLARITY_WORDS, codes, describe, quadLabel, quadOf, quads, typeLabel } from "../plover.js";

const PAGE = 50;
const FIELDS = ["type", "actor", "recipient", "country", "since", "until", "polarity", "article"];

/** The filters in the URL, as the API takes them (empty ones left out). */
function filtersOf(params) {
  const out = {};
  for (const name of FIELDS) if (params.get(name)) out[name] = params.get(name);
  return out;
}

/** "#/events?type=CONSULT&actor=12": a link to this page with these filters. */
export function eventsHref(filters, offset = 0) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) query.set(key, value);
  if (offset) query.set("offset", offset);
  const qs = query.toString();
  return `#/events${qs ? "?" + qs : ""}`;
}

function typeSelect(value) {
  return h("select", { name: "type" }, h("option", { value: "" }, "any type"),
    quads().map((q) => h("optgroup", { label: q.label }, q.types.map((t) =>
      h("option", { value: t, selected: t === value }, `${typeLabel(t)} (${t.toLowerCase()})`)))));
}

function polaritySelect(value) {
  const choices = [["", "any"], ...Object.entries(POLARITY_WORDS)];
  return h("select", { name: "polarity" }, choices.map(([v, label]) => h("option", { value: v, selected: v === value }, label)));
}

function filterForm(filters) {
  const field = (name, label, attrs = {}) => h("label", {}, label,
    h("input", { name, value: filters[name] || "", ...attrs }));
  const date = { placeholder: "YYYY-MM", pattern: "\\d{4}(-\\d{2}(-\\d{2})?)?", size: 10, inputmode: "numeric" };
  return h("form", {
    class: "filters", role: "search", "aria-label": "Filter events",
    onsubmit: (e) => {
      e.preventDefault();
      location.hash = eventsHref(Object.fromEntries(new FormData(e.target)));
    },
  },
  h("label", {}, "What ", typeSelect(filters.type || "")),
  field("actor", "Who ", { placeholder: "name or key", size: 16 }),
  field("recipient", "to whom ", { placeholder: "name or key", size: 16 }),
  field("country", "Country ", { placeholder: "ISO3, e.g. GBR", size: 6, pattern: "[A-Za-z]{3}" }),
  field("since", "From ", date), field("until", "to ", date),
  h("label", {}, "Did it happen? ", polaritySelect(filters.polarity || "")),
  field("article", "Article ", { placeholder: "article id", size: 14 }),
  h("button", { type: "submit", class: "button primary" }, "Apply"),
  Object.keys(filters).length ? h("a", { href: "#/events", class: "button" }, "Clear") : null);
}

/** An event in words, its codes under it. */
export function eventCell(e) {
  const quad = quadOf(e.type);
  return [
    h("p", { class: "event-words" }, describe(e)),
    h("p", { class: "codes muted" },
      h("span", { class: `chip chip-quad quad-${quad}`, title: quadLabel(quad) }, typeLabel(e.type)), " ",
      codes(e.type, e.mode), e.cameo ? ` · CAMEO ${e.cameo}` : ""),
  ];
}

/** The article link of an event: its title, opening the article at the event. */
export function evidenceCell(e) {
  const href = route("article", e.article) + `?focus=${encodeURIComponent(e.event)}`;
  return [
    h("a", { href, class: "event-link" }, e.title || e.article),
    e.source ? h("span", { class: "muted" }, ` · ${e.source}`) : null,
    e.n_articles > 1 ? h("p", { class: "muted" }, `reported by ${plural(e.n_articles, "article")}`) : null,
  ];
}

/** The rows of a page of events: date, what happened, the sentence, the evidence. */
export function eventsTable(events) {
  return h("table", { class: "table events-table" },
    h("thead", {}, h("tr", {}, ["When", "What happened", "Sentence", "Article"].map((t) => h("th", { scope: "col" }, t)))),
    h("tbody", {}, events.map((e) => h("tr", { dataset: { event: e.event, article: e.article } },
      h("td", { class: "nowrap", title: e.date || "" }, readableDate(e.date)),
      h("td", {}, eventCell(e)),
      h("td", { class: "sentence" }, e.sentence || ""),
      h("td", {}, evidenceCell(e))))));
}

/** #/events?type=&actor=&recipient=&country=&since=&until=&polarity=&article=&offset= */
export async function eventsView(main, params) {
  const filters = filtersOf(params);
  const offset = Math.max(0, parseInt(params.get("offset") || "0", 10) || 0);
  document.title = "Events · newsgraph";
  mount(main, h("h1", {}, "Events"), filterForm(filters), notice("Loading events…"));
  try {
    const page = await api.get("events", { ...filters, limit: PAGE, offset });
    const nav = pager({ offset, count: page.items.length, total: page.total, size: PAGE, noun: "event", to: (at) => eventsHref(filters, at) });
    mount(main, h("h1", {}, "Events"), filterForm(filters),
      page.items.length ? [nav, eventsTable(page.items), nav.cloneNode(true)] : notice("No events match these filters."));
  } catch (err) {
    mount(main, h("h1", {}, "Events"), filterForm(filters), notice(err.message, "error"));
  }
}
