// Article view: the text with every extracted item highlighted on the words it came from,
// a legend that toggles each layer, a details card for the clicked or focused highlight, and
// side lists of statements and events. Also used to show a pasted, unstored analysis.

import * as api from "../api.js";
import { h, kindWords, mount, notice, readableDate, said, route, shorten } from "../dom.js";
import { POLARITY_WORDS, codes, describe, quadLabel, quadOf, typeLabel } from "../plover.js";
import { collectSpans, highlightStack, highlightedText } from "../spans.js";

const LAYERS = [
  { kind: "entity", label: "Name" },
  { kind: "speaker", label: "Speaker" },
  { kind: "cue", label: "Speech verb" },
  { kind: "content", label: "What was said" },
  { kind: "trigger", label: "Event", hint: " (framed in the colour of cooperation or conflict)" },
  { kind: "time", label: "Time" },
];

// A tooltip is placed for the highlight under the pointer; scrolling moves the text away.
window.addEventListener("scroll", () => {
  for (const tip of document.querySelectorAll(".tooltip")) tip.hidden = true;
}, { passive: true });

/** Lookups over one record: items by id, display names for entity ids. */
function indexRecord(record) {
  const byId = new Map();
  for (const list of [record.entities, record.statements, record.events, record.times]) {
    for (const item of list || []) byId.set(item.id, item);
  }
  const name = (id) => (byId.get(id) ? byId.get(id).name : id);
  const names = (ids) => (ids || []).map(name).join(", ");
  return { byId, name, names };
}

function speakerName(st, ix) {
  if (!st.speaker) return "unknown speaker";
  return st.speaker.entity ? ix.name(st.speaker.entity) : st.speaker.text;
}

/** "Naryshkin → TASS: …" */
function statementLine(st, ix) {
  const who = speakerName(st, ix) + (st.addressee ? ` → ${ix.name(st.addressee)}` : "");
  const words = st.kind === "no_comment" ? "(declined to comment)" : shorten(st.content ? st.content.text : "", 140);
  return `${who}: ${words}`;
}

// Where an event's date comes from, in words.
const BASIS_WORDS = { explicit: "stated in the text", publication: "on or before the publication date" };

function eventDate(ev) {
  return readableDate(ev.date && ev.date.value);
}

/** "Naryshkin held a phone call with Burns · June 2023 · claimed by Naryshkin, reported by
 * TASS": the event in its own words (the codes are on its card). */
function eventLine(ev, ix) {
  const words = describe({ actors: ix.names(ev.actors), recipients: ix.names(ev.recipients), trigger: ev.trigger && ev.trigger.text, type: ev.type, polarity: ev.polarity });
  const parts = [words, eventDate(ev)];
  const claim = ev.attributed_to && ix.byId.get(ev.attributed_to);
  if (claim) {
    let source = `claimed by ${speakerName(claim, ix)}`;
    if (claim.reported_by && claim.reported_by.length) source += `, reported by ${ix.names(claim.reported_by)}`;
    parts.push(source);
  }
  return parts.join(" · ");
}

function actorLink(entityId, ix, linkActors) {
  const label = ix.name(entityId);
  return linkActors && ix.byId.get(entityId) ? h("a", { href: route("actor", label) }, label) : label;
}

function actorLinks(ids, ix, linkActors) {
  const out = [];
  (ids || []).forEach((id, i) => out.push(i ? ", " : "", actorLink(id, ix, linkActors)));
  return out.length ? out : ["—"];
}

function row(label, ...value) {
  return [h("dt", {}, label), h("dd", {}, ...value)];
}

function entityCard(en, ix, opts) {
  const kinds = [...new Set((en.mentions || []).map((m) => m.kind))].join(", ");
  return h("div", { class: "card card-entity" },
    h("h3", {}, h("span", { class: "chip chip-entity" }, "Entity"), " ", en.name),
    h("dl", {},
      row("Type", en.type),
      row("Country", en.country || "—"),
      row("Sector", en.sector || "—"),
      row("Roles", (en.roles || []).join("; ") || "—"),
      row("Mentions", `${(en.mentions || []).length} (${kinds || "—"})`)),
    opts.linkActors ? h("p", {}, h("a", { href: route("actor", en.name) }, "Actor page →")) : null);
}

function statementCard(st, ix, opts) {
  const time = st.time && ix.byId.get(st.time);
  const speaker = st.speaker && st.speaker.entity ? actorLink(st.speaker.entity, ix, opts.linkActors)
    : (st.speaker ? st.speaker.text : "—");
  return h("div", { class: "card card-statement" },
    h("h3", {}, h("span", { class: "chip chip-statement" }, "Statement"), " ", kindWords(st.kind)),
    h("dl", {},
      row("Speaker", speaker, st.speaker && st.speaker.entity && st.speaker.text !== ix.name(st.speaker.entity) ? ` (“${st.speaker.text}”)` : ""),
      row("Addressee", st.addressee ? actorLink(st.addressee, ix, opts.linkActors) : "—"),
      row("Cue", st.cue ? st.cue.text : "—"),
      row("Content", st.content ? said(st.content.text, st.kind) : "— (no comment)"),
      row("Reported by", ...actorLinks(st.reported_by, ix, opts.linkActors)),
      row("Said", time ? `${time.text} (${readableDate(time.value)})` : "—")));
}

function eventCard(ev, ix, opts) {
  const quad = quadOf(ev.type);
  const claim = ev.attributed_to && ix.byId.get(ev.attributed_to);
  const loc = ev.location && ev.location.entity;
  return h("div", { class: "card card-event" },
    h("h3", {}, h("span", { class: `chip chip-quad quad-${quad}` }, quadLabel(quad)), " ", typeLabel(ev.type)),
    h("p", { class: "event-words" }, `“${ev.trigger ? ev.trigger.text : ""}”`),
    h("dl", {},
      row("Actors", ...actorLinks(ev.actors, ix, opts.linkActors)),
      row("Recipients", ...actorLinks(ev.recipients, ix, opts.linkActors)),
      row("Date", eventDate(ev), ev.date && BASIS_WORDS[ev.date.basis] ? ` (${BASIS_WORDS[ev.date.basis]})` : ""),
      row("Location", loc ? actorLink(loc, ix, opts.linkActors) : "—"),
      row("Happened?", POLARITY_WORDS[ev.polarity] || ev.polarity || "—"),
      row("Claimed by", claim ? speakerName(claim, ix) : "—"),
      row("Reported by", claim ? actorLinks(claim.reported_by, ix, opts.linkActors) : "—"),
      row("Confidence", typeof ev.confidence === "number" ? ev.confidence.toFixed(2) : "—"),
      row("Codes", `${codes(ev.type, ev.mode)}${ev.cameo ? ` · CAMEO ${ev.cameo}` : ""}`)));
}

function timeCard(t) {
  return h("div", { class: "card card-time" },
    h("h3", {}, h("span", { class: "chip chip-time" }, "Time"), " ", t.text),
    h("dl", {}, row("Means", readableDate(t.value)), row("TIMEX3", `${t.type} ${t.value}`)));
}

/** The details card of one highlight element's item. */
function card(kind, item, ix, opts) {
  if (kind === "entity") return entityCard(item, ix, opts);
  if (kind === "trigger") return eventCard(item, ix, opts);
  if (kind === "time") return timeCard(item);
  return statementCard(item, ix, opts);
}

function legend(textBox) {
  return h("fieldset", { class: "legend" },
    h("legend", {}, "Highlights"),
    LAYERS.map((layer) => h("label", { class: "legend-item" },
      h("input", {
        type: "checkbox", checked: true, "data-layer": layer.kind,
        onchange: (e) => textBox.classList.toggle(`hide-${layer.kind}`, !e.target.checked),
      }),
      h("span", { class: `swatch hl-${layer.kind}` }, layer.label), layer.hint ? h("span", { class: "muted" }, layer.hint) : null)));
}

function metaLine(article) {
  const bits = [article.published ? readableDate(article.published) : "date unknown", article.source, `id ${article.id}`].filter(Boolean);
  const url = article.url && /^https?:\/\//i.test(article.url) ? article.url : null;
  return h("p", { class: "meta" }, bits.join(" · "),
    url ? [" · ", h("a", { href: url, rel: "noopener noreferrer", target: "_blank" }, "original")] : null);
}

function counts(record) {
  const n = (list, one, many) => `${(list || []).length} ${(list || []).length === 1 ? one : many}`;
  return h("p", { class: "counts" }, [
    n(record.entities, "entity", "entities"), n(record.statements, "statement", "statements"),
    n(record.events, "event", "events"), n(record.times, "time expression", "time expressions"),
  ].join(" · "));
}

function sideList(title, items, line, onPick, emptyText) {
  return h("section", { class: "side-section" },
    h("h2", {}, `${title} (${items.length})`),
    items.length
      ? h("ol", { class: "side-list" }, items.map((item) =>
        h("li", {}, h("button", { type: "button", class: "linklike", dataset: { ref: item.id }, onclick: () => onPick(item.id) }, line(item)))))
      : h("p", { class: "muted" }, emptyText));
}

/** One line about an item, for the tooltip. */
function summary(kind, item, ix) {
  if (kind === "entity") return `${item.name} · ${[item.type, item.country, item.sector].filter(Boolean).join(" · ")}`;
  if (kind === "trigger") return eventLine(item, ix);
  if (kind === "time") return readableDate(item.value);
  return `${kindWords(item.kind)} · ${statementLine(item, ix)}`;
}

/** Below the highlight, or above it near the bottom of the window. */
function placeTooltip(tooltip, el) {
  const box = el.getBoundingClientRect();
  tooltip.hidden = false;
  tooltip.style.left = `${Math.max(8, Math.min(box.left, window.innerWidth - 360))}px`;
  const below = box.bottom + 6 + tooltip.offsetHeight < window.innerHeight;
  tooltip.style.top = `${below ? box.bottom + 6 : box.top - 6 - tooltip.offsetHeight}px`;
}

/** Click or Enter/Space on a highlight shows it and the highlights around it; hover and
 * focus show a tooltip. */
function listen(textBox, show, tip) {
  textBox.addEventListener("click", (e) => {
    const el = e.target.closest(".hl");
    tip(null); // the card shows the item now; the tooltip would cover the text below
    if (el && textBox.contains(el)) show(highlightStack(el, textBox));
  });
  textBox.addEventListener("keydown", (e) => {
    if (e.key === "Escape") tip(null);
    if ((e.key === "Enter" || e.key === " ") && e.target.classList.contains("hl")) {
      e.preventDefault();
      show(highlightStack(e.target, textBox));
    }
  });
  textBox.addEventListener("mouseover", (e) => tip(e.target.closest(".hl")));
  textBox.addEventListener("mouseleave", () => tip(null));
  // Focus by keyboard shows the tooltip; focus a click gives does not keep it up.
  textBox.addEventListener("focusin", (e) => { if (e.target.matches(":focus-visible")) tip(e.target.closest(".hl")); });
  textBox.addEventListener("focusout", () => tip(null));
}

/**
 * Render one analysis record. opts.linkActors: link names to actor pages (stored articles);
 * opts.focus: an item id to select once shown.
 */
export function renderRecord(record, opts = {}) {
  const ix = indexRecord(record);
  const quadClass = (span) => (span.kind === "trigger" ? [`quad-${quadOf((ix.byId.get(span.ref) || {}).type)}`] : []);
  const textBox = h("div", { class: "article-text", lang: "en" });
  textBox.append(highlightedText(record.article.text, collectSpans(record), quadClass));
  const details = h("section", { class: "details", "aria-live": "polite", "aria-label": "Selected item" },
    h("p", { class: "muted" }, "Hover over a highlight, or click it (Enter on the keyboard), to see the item here."));
  const tooltip = h("div", { class: "tooltip", role: "tooltip", hidden: true });

  function markActive(refs) {
    textBox.querySelectorAll(".is-active").forEach((el) => el.classList.remove("is-active"));
    textBox.querySelectorAll(".hl").forEach((el) => { if (refs.includes(el.dataset.ref)) el.classList.add("is-active"); });
  }

  function show(els) {
    const seen = new Set();
    const cards = [];
    for (const el of els) {
      const key = el.dataset.ref; // a statement's speaker, cue and content make one card
      const item = ix.byId.get(el.dataset.ref);
      if (!item || seen.has(key)) continue;
      seen.add(key);
      cards.push(card(el.dataset.kind, item, ix, opts));
    }
    mount(details, h("h2", {}, "Selected"), cards);
    markActive(els.map((el) => el.dataset.ref));
  }

  function select(ref) {
    const first = textBox.querySelector(`.hl[data-ref="${CSS.escape(ref)}"]:not([data-kind="entity"])`)
      || textBox.querySelector(`.hl[data-ref="${CSS.escape(ref)}"]`);
    if (!first) return;
    show([first]);
    // The card sits at the top of the side panel, which scrolls on its own: bring it
    // into view there (at once), then the words in the text (smoothly).
    details.scrollIntoView({ block: "nearest" });
    first.scrollIntoView({ block: "center", behavior: "smooth" });
    first.focus({ preventScroll: true });
  }

  function tip(el) {
    const item = el && ix.byId.get(el.dataset.ref);
    if (!item) { tooltip.hidden = true; return; }
    mount(tooltip, h("strong", {}, LAYERS.find((l) => l.kind === el.dataset.kind).label), " ",
      shorten(summary(el.dataset.kind, item, ix), 180));
    placeTooltip(tooltip, el);
  }

  listen(textBox, show, tip);

  const a = record.article;
  const view = h("div", { class: "article-layout" },
    h("article", { class: "article-main" },
      h("header", {}, h("h1", {}, a.title || opts.heading || a.id), metaLine(a), counts(record)),
      legend(textBox),
      textBox,
      tooltip),
    h("aside", { class: "side", "aria-label": "Items in this article" },
      details,
      sideList("Statements", record.statements || [], (st) => statementLine(st, ix), select, "No statements found."),
      sideList("Events", record.events || [], (ev) => eventLine(ev, ix), select, "No events found."),
      sideList("Entities", record.entities || [], (en) => `${en.name} · ${en.type}${en.country ? " · " + en.country : ""}`, select, "No entities found.")));
  if (opts.focus) requestAnimationFrame(() => select(opts.focus));
  return view;
}

/** #/article/ID[?focus=S1]: one stored article. */
export async function articleView(main, id, params) {
  mount(main, notice("Loading article…"));
  try {
    const record = await api.get(`articles/${api.part(id)}`);
    document.title = `${record.article.title || record.article.id} · newsgraph`;
    mount(main, renderRecord(record, { linkActors: true, focus: params.get("focus") }));
  } catch (err) {
    mount(main, h("h1", {}, "Article"), notice(err.message, "error"), h("p", {}, h("a", { href: "#/" }, "← All articles")));
  }
}
