// Home: the stored articles, newest first, a page at a time, with the most mentioned actors.

import * as api from "../api.js";
import { h, mount, notice, route } from "../dom.js";

const PAGE = 50;

function articleTable(rows) {
  return h("table", { class: "table" },
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Published"), h("th", { scope: "col" }, "Title"), h("th", { scope: "col" }, "Source"))),
    h("tbody", {}, rows.map((a) => h("tr", {},
      h("td", { class: "nowrap" }, a.published || "—"),
      h("td", {}, h("a", { href: route("article", a.id), class: "article-link" }, a.title || a.id)),
      h("td", {}, a.source || "—")))));
}

function pager(offset, count) {
  const link = (label, to) => h("a", { href: `#/?offset=${to}`, class: "button" }, label);
  return h("nav", { class: "pager", "aria-label": "Pages" },
    offset > 0 ? link("← Newer", Math.max(0, offset - PAGE)) : null,
    h("span", { class: "muted" }, count ? `${offset + 1}–${offset + count}` : ""),
    count === PAGE ? link("Older →", offset + PAGE) : null);
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
    const [rows, actors] = await Promise.all([
      api.get("articles", { limit: PAGE, offset }),
      api.get("actors", { limit: 15 }),
    ]);
    mount(main, h("div", { class: "two-col" },
      h("section", {},
        h("h1", {}, "Articles"),
        rows.length ? articleTable(rows) : notice("The store holds no articles yet: ingest some with `newsgraph ingest`, or paste one."),
        pager(offset, rows.length)),
      h("aside", { class: "side" }, actorList(actors))));
  } catch (err) {
    mount(main, h("h1", {}, "Articles"), notice(err.message, "error"));
  }
}
