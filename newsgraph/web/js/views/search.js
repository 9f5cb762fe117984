// Search: full-text hits over statements and articles, a page at a time (snippets with
// <mark>ed matches, each under its article's title and, for a statement, its speaker,
// linking to the item in its article), and the actors whose names match.

import * as api from "../api.js";
import { h, kindWords, marked, mount, notice, pager, route } from "../dom.js";

const PAGE = 50;

function hitItem(hit) {
  const href = route("article", hit.article_id) + (hit.item_id ? `?focus=${encodeURIComponent(hit.item_id)}` : "");
  const statement = hit.kind === "statement";
  const kind = kindWords(hit.statement_kind);
  return h("li", { class: "hit" },
    h("p", { class: "hit-head" },
      h("span", { class: `chip chip-${statement ? "statement" : "article"}` }, statement ? "statement" : "article"),
      " ", h("a", { href }, hit.title || hit.article_id)),
    statement ? h("p", { class: "hit-speaker" }, h("strong", {}, hit.speaker || "Unknown speaker"), kind ? h("span", { class: "muted" }, ` · ${kind}`) : null) : null,
    h("p", { class: "snippet" }, marked(hit.snippet || "")));
}

function actorHits(actors) {
  if (!actors.length) return null;
  return h("section", { class: "side-section" },
    h("h2", {}, "Actors"),
    h("ul", { class: "side-list" }, actors.map((a) => h("li", {},
      h("a", { href: route("actor", String(a.key)) }, a.name), " ",
      h("span", { class: "muted" }, [a.type, a.country, a.sector].filter(Boolean).join(" · "))))));
}

function syntaxHelp() {
  return h("section", { class: "side-section syntax-help" },
    h("h2", {}, "How to search"),
    h("ul", { class: "side-list" },
      h("li", {}, h("code", {}, "talks negotiations"), " both words"),
      h("li", {}, h("code", {}, "talks OR negotiations"), " either word"),
      h("li", {}, h("code", {}, "\"peace talks\""), " the words together"),
      h("li", {}, h("code", {}, "negot*"), " words starting so")));
}

function searchHref(q, offset) {
  return `#/search?q=${encodeURIComponent(q)}${offset ? `&offset=${offset}` : ""}`;
}

/** #/search?q=words[&offset=N] */
export async function searchView(main, params) {
  const q = (params.get("q") || "").trim();
  const offset = Math.max(0, parseInt(params.get("offset") || "0", 10) || 0);
  const input = document.getElementById("search-q");
  if (input && document.activeElement !== input) input.value = q;
  if (!q) {
    mount(main, h("h1", {}, "Search"), notice("Type words in the search box above: statements and articles that contain them are listed."), syntaxHelp());
    return;
  }
  mount(main, h("h1", {}, "Search"), notice(`Searching for “${q}”…`));
  try {
    const [page, actors] = await Promise.all([
      api.get("search", { q, limit: PAGE, offset }),
      offset ? [] : api.get("actors", { q, limit: 10 }).catch(() => []),
    ]);
    const nav = pager({ offset, count: page.items.length, total: page.total, size: PAGE, noun: "hit", to: (at) => searchHref(q, at) });
    mount(main, h("div", { class: "two-col" },
      h("section", {},
        h("h1", {}, "Search: ", h("q", {}, q)),
        page.items.length ? [nav, h("ol", { class: "hits", start: offset + 1 }, page.items.map(hitItem)), nav.cloneNode(true)] : notice("Nothing found.")),
      h("aside", { class: "side" }, actorHits(actors), syntaxHelp())));
  } catch (err) {
    mount(main, h("h1", {}, "Search"), notice(err.message, "error"));
  }
}
