// Home: the stored articles, newest first, a page at a time, with the most mentioned actors.

import * as api from "../api.js";
import { h, mount, notice, pager, readableDate, route } from "../dom.js";

const PAGE = 50;

function articleTable(rows) {
  return h("table", { class: "table" },
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Published"), h("th", { scope: "col" }, "Title"), h("th", { scope: "col" }, "Source"))),
    h("tbody", {}, rows.map((a) => h("tr", {},
      h("td", { class: "nowrap", title: a.published || "" }, a.published ? readableDate(a.published) : "—"),
      h("td", {}, h("a", { href: route("article", a.id), class: "article-link" }, a.title || a.id)),
      h("td", {}, a.source || "—")))));
}

function actorList(actors) {
  return h("section", { class: "side-section" },
    h("h2", {}, "Most mentioned actors"),
    actors.length
      ? h("ol", { class: "side-list" }, actors.map((a) => h("li", {},
        h("a", { href: route("actor", String(a.key)) }, a.name), " ",
        h("span", { class: "muted" }, `${[a.type, a.country].filter(Boolean).join(" · ")} · ${a.articles} art.`))))
      : h("p", { class: "muted" }, "No actors yet."));
}

/** #/ and #/?offset=N */
export async function homeView(main, params) {
  const offset = Math.max(0, parseInt(params.get("offset") || "0", 10) || 0);
  mount(main, notice("Loading articles…"));
  try {
    const [page, actors] = await Promise.all([
      api.get("articles", { limit: PAGE, offset }),
      api.get("actors", { limit: 15 }),
    ]);
    mount(main, h("div", { class: "two-col" },
      h("section", {},
        h("h1", {}, "Articles"),
        page.items.length ? articleTable(page.items) : notice("The store holds no articles yet: ingest some with `newsgraph ingest`, or paste one."),
        pager({ offset, count: page.items.length, total: page.total, size: PAGE, noun: "article", to: (at) => `#/?offset=${at}` })),
      h("aside", { class: "side" }, actorList(actors))));
  } catch (err) {
    mount(main, h("h1", {}, "Articles"), notice(err.message, "error"));
  }
}
