// Actor page: one corpus actor's names, roles, country/sector, counterparts, statements,
// events as actor and as recipient, and a timeline of its events per month.

import * as api from "../api.js";
import { h, mount, notice, readableDate, said, route, shorten } from "../dom.js";
import { quadLabel, quadOf } from "../plover.js";
import { timelineChart } from "../chart.js";

function eventsTable(events, empty) {
  if (!events.length) return h("p", { class: "muted" }, empty);
  return h("table", { class: "table" },
    h("thead", {}, h("tr", {}, ["Date", "Event", "Who → whom", "Trigger", "Evidence"].map((t) => h("th", { scope: "col" }, t)))),
    h("tbody", {}, events.map((e) => h("tr", {},
      h("td", { class: "nowrap", title: e.date || "" }, readableDate(e.date)),
      h("td", {}, h("span", { class: `chip chip-quad quad-${quadOf(e.type)}`, title: quadLabel(quadOf(e.type)) }, e.type), e.mode ? ` ${e.mode}` : "",
        e.polarity && e.polarity !== "asserted" ? h("span", { class: "muted" }, ` (${e.polarity})`) : null),
      h("td", {}, `${e.actors || "?"} → ${e.recipients || "—"}`),
      h("td", {}, h("q", {}, e.trigger || "")),
      h("td", {}, h("a", { href: route("article", e.article) }, e.article),
        e.n_articles > 1 ? h("span", { class: "muted" }, ` +${e.n_articles - 1} more`) : null)))));
}

function statementsList(statements) {
  if (!statements.length) return h("p", { class: "muted" }, "No statements by this actor.");
  return h("ol", { class: "quotes" }, statements.map((st) => h("li", {},
    h("p", {}, st.kind === "no_comment" ? h("em", {}, `declined to comment (${st.cue || ""})`) : said(shorten(st.content || "", 400), st.kind)),
    h("p", { class: "muted" }, `${st.kind} · ${st.cue || "—"} · ${st.published || "undated"} · `, h("a", { href: route("article", st.article) }, st.article)))));
}

function facts(p) {
  const names = (list) => (list.length ? list.join("; ") : "—");
  return h("dl", { class: "facts" },
    h("dt", {}, "Type"), h("dd", {}, p.type || "—"),
    h("dt", {}, "Country"), h("dd", {}, p.country || "—"),
    h("dt", {}, "Sector"), h("dd", {}, p.sector || "—"),
    h("dt", {}, "Names"), h("dd", {}, names(p.names)),
    h("dt", {}, "Roles"), h("dd", {}, names(p.roles)),
    h("dt", {}, "Articles"), h("dd", {}, String(p.articles)),
    h("dt", {}, "Counterparts"), h("dd", {}, p.counterparts.length
      ? p.counterparts.flatMap((n, i) => [i ? ", " : "", h("a", { href: route("actor", n) }, n)]) : "—"));
}

function profileView(p) {
  const total = Object.values(p.timeline).reduce((a, b) => a + b, 0);
  return h("div", { class: "actor" },
    h("header", {}, h("h1", {}, p.name), h("p", { class: "meta" }, `actor ${p.key}`)),
    h("div", { class: "actor-top" },
      h("section", {}, facts(p)),
      h("section", { class: "timeline" },
        h("h2", {}, "Events per month"),
        total ? timelineChart(p.timeline, `Events involving ${p.name} per month`) : h("p", { class: "muted" }, "No events involve this actor yet."))),
    h("section", {}, h("h2", {}, `Statements (${p.statements.length})`), statementsList(p.statements)),
    h("section", {}, h("h2", {}, `Events as actor (${p.events_as_actor.length})`), eventsTable(p.events_as_actor, "None.")),
    h("section", {}, h("h2", {}, `Events as recipient (${p.events_as_recipient.length})`), eventsTable(p.events_as_recipient, "None.")));
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
    const profile = await api.get(`actors/${api.part(key)}`);
    document.title = `${profile.name} · newsgraph`;
    mount(main, profileView(profile));
  } catch (err) {
    if (err.status === 404) await candidates(main, key, err);
    else mount(main, h("h1", {}, "Actor"), notice(err.message, "error"));
  }
}
