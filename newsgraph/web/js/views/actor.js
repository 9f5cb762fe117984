// Actor page: a summary first (who the actor is, its counterparts, what it does and
// undergoes, its events per month), then its statements and its events as actor and as
// recipient, a page at a time, each list with a link to the events page for all of them.

import * as api from "../api.js";
import { h, kindWords, mount, notice, pager, plural, readableDate, said, route, shorten } from "../dom.js";
import { typeLabel } from "../plover.js";
import { timelineChart } from "../chart.js";
import { eventsHref, eventsTable } from "./events.js";

const PAGE = 20;

function statementsList(statements) {
  return h("ol", { class: "quotes" }, statements.map((st) => h("li", {},
    h("p", {}, st.kind === "no_comment" ? h("em", {}, `declined to comment (${st.cue || ""})`) : said(shorten(st.content || "", 400), st.kind)),
    h("p", { class: "muted" }, [kindWords(st.kind), st.cue, st.published ? readableDate(st.published) : "undated"].filter(Boolean).join(" · "), " · ",
      h("a", { href: route("article", st.article) + `?focus=${encodeURIComponent(st.statement_id)}` }, st.title || st.article)))));
}

/** A list the server pages: the first page is given, the others are fetched when asked
 * for and replace the list in place. */
function pagedSection({ id, title, total, first, noun, fetchPage, render, more }) {
  const body = h("div", { class: "paged" });
  const show = (items, offset) => {
    const controls = () => pager({ offset, count: items.length, total, size: PAGE, noun, onPage: load });
    mount(body, items.length ? [render(items), total > items.length ? controls() : null] : h("p", { class: "muted" }, "None."));
  };
  async function load(offset) {
    mount(body, notice("Loading…"));
    try {
      show(await fetchPage(offset), offset);
    } catch (err) {
      mount(body, notice(err.message, "error"));
    }
  }
  show(first, 0);
  return h("section", { id, class: "actor-list" },
    h("h2", {}, `${title} (${total.toLocaleString("en")})`, more && total ? [" · ", h("a", { href: more }, "open in the events page")] : null),
    body);
}

function facts(p) {
  const names = (list) => (list.length ? list.join("; ") : "—");
  return h("dl", { class: "facts" },
    h("dt", {}, "Type"), h("dd", {}, [p.type, p.country, p.sector].filter(Boolean).join(" · ") || "—"),
    h("dt", {}, "Also named"), h("dd", {}, names(p.names.filter((n) => n !== p.name))),
    h("dt", {}, "Roles"), h("dd", {}, names(p.roles)),
    h("dt", {}, "In"), h("dd", {}, `${plural(p.articles, "article")} · ${plural(p.n_statements, "statement")} · ${plural(p.n_events_as_actor + p.n_events_as_recipient, "event")}`));
}

function counterparts(p) {
  if (!p.counterparts.length) return h("p", { class: "muted" }, "No other actor shares an event with it.");
  return h("ol", { class: "counterparts side-list" }, p.counterparts.slice(0, 10).map((c) => h("li", {},
    h("a", { href: route("actor", String(c.key)) }, c.name), " ",
    h("span", { class: "muted" }, plural(c.events, "event")))));
}

function activity(p) {
  if (!p.event_types.length) return h("p", { class: "muted" }, "No events yet.");
  return h("table", { class: "table compact" },
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Kind of event"), h("th", { scope: "col" }, "Did"), h("th", { scope: "col" }, "Underwent"))),
    h("tbody", {}, p.event_types.map((t) => h("tr", {},
      h("td", { title: `PLOVER ${t.type}` }, typeLabel(t.type)),
      h("td", {}, t.as_actor ? h("a", { href: eventsHref({ type: t.type, actor: String(p.key) }) }, String(t.as_actor)) : "—"),
      h("td", {}, t.as_recipient ? h("a", { href: eventsHref({ type: t.type, recipient: String(p.key) }) }, String(t.as_recipient)) : "—")))));
}

function summary(p) {
  const total = Object.values(p.timeline).reduce((a, b) => a + b, 0);
  return h("div", { class: "actor-summary" },
    h("section", { class: "summary-card" }, h("h2", {}, "Who"), facts(p)),
    h("section", { class: "summary-card" }, h("h2", {}, "Most often with"), counterparts(p)),
    h("section", { class: "summary-card" }, h("h2", {}, "What it does"), activity(p)),
    h("section", { class: "summary-card timeline" }, h("h2", {}, "Events per month"),
      total ? timelineChart(p.timeline, `Events involving ${p.name} per month`) : h("p", { class: "muted" }, "No events involve this actor yet.")));
}

/** The page: the summary, then the first page of each list (`first`, fetched with it). */
function profileView(p, first) {
  const key = String(p.key);
  const events = (side) => (offset) => api.get("events", { [side]: key, limit: PAGE, offset }).then((page) => page.items);
  return h("div", { class: "actor" },
    h("header", {}, h("h1", {}, p.name), h("p", { class: "meta" }, `actor ${p.key}`)),
    summary(p),
    pagedSection({
      id: "statements", title: "Statements", total: p.n_statements, first: first.statements, noun: "statement",
      fetchPage: (offset) => api.get("statements", { speaker: key, limit: PAGE, offset }).then((page) => page.items),
      render: statementsList,
    }),
    pagedSection({
      id: "events-as-actor", title: "Events as actor", total: p.n_events_as_actor, first: first.asActor, noun: "event",
      fetchPage: events("actor"), render: eventsTable, more: eventsHref({ actor: key }),
    }),
    pagedSection({
      id: "events-as-recipient", title: "Events as recipient", total: p.n_events_as_recipient, first: first.asRecipient, noun: "event",
      fetchPage: events("recipient"), render: eventsTable, more: eventsHref({ recipient: key }),
    }));
}

/** When a name is ambiguous or unknown: the actors whose names contain it. */
async function candidates(main, name, err) {
  const found = await api.get("actors", { q: name, limit: 20 }).catch(() => []);
  mount(main, h("h1", {}, name), notice(err.message, found.length ? "info" : "error"),
    found.length ? h("ul", { class: "side-list" }, found.map((a) => h("li", {},
      h("a", { href: route("actor", String(a.key)) }, a.name), " ",
      h("span", { class: "muted" }, [a.type, a.country, `key ${a.key}`].filter(Boolean).join(" · "))))) : null);
}

/** #/actor/KEY-or-name */
export async function actorView(main, key) {
  mount(main, notice("Loading actor…"));
  try {
    // The summary and the first page of each list at once (they take the same name or key).
    const page = (path, params) => api.get(path, { ...params, limit: PAGE }).then((p) => p.items);
    const [profile, statements, asActor, asRecipient] = await Promise.all([
      api.get(`actors/${api.part(key)}`),
      page("statements", { speaker: key }), page("events", { actor: key }), page("events", { recipient: key }),
    ]);
    document.title = `${profile.name} · newsgraph`;
    mount(main, profileView(profile, { statements, asActor, asRecipient }));
  } catch (err) {
    if (err.status === 404 || err.status === 409) await candidates(main, key, err);
    else mount(main, h("h1", {}, "Actor"), notice(err.message, "error"));
  }
}
