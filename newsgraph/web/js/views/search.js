// Search: full-text hits over statements and articles (snippets with <mark>ed matches,
// linking to the item in its article) and the actors whose names match.

import * as api from "../api.js";
import { h, marked, mount, notice, route } from "../dom.js";

function hitItem(hit, titles) {
  const href = route("article", hit.article_id) + (hit.item_id ? `?focus=${encodeURIComponent(hit.item_id)}` : "");
  return h("li", { class: "hit" },
    h("p", { class: "hit-head" },
      h("span", { class: `chip chip-${hit.kind === "statement" ? "statement" : "article"}` }, hit.kind),
      " ", h("a", { href }, titles.get(hit.article_id) || hit.article_id), hit.item_id ? h("span", { class: "muted" }, ` · ${hit.item_id}`) : null),
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

/** #/search?q=words */
export async function searchView(main, params) {
  const q = (params.get("q") || "").trim();
  const input = document.getElementById("search-q");
  if (input && document.activeElement !== input) input.value = q;
  if (!q) {
    mount(main, h("h1", {}, "Search"), notice("Type words in the search box above: statements and articles that contain them are listed."));
    return;
  }
  mount(main, h("h1", {}, "Search"), notice(`Searching for “${q}”…`));
  try {
    const [hits, actors, articles] = await Promise.all([
      api.get("search", { q, limit: 50 }),
      api.get("actors", { q, limit: 10 }).catch(() => []),
      // Hits carry article ids only; titles of the newest articles make them readable.
      api.get("articles", { limit: 500 }).catch(() => []),
    ]);
    const titles = new Map(articles.filter((a) => a.title).map((a) => [a.id, a.title]));
    mount(main, h("div", { class: "two-col" },
      h("section", {},
        h("h1", {}, "Search: ", h("q", {}, q)),
        hits.length ? h("ol", { class: "hits" }, hits.map((hit) => hitItem(hit, titles))) : notice("Nothing found.")),
      h("aside", { class: "side" }, actorHits(actors))));
  } catch (err) {
    mount(main, h("h1", {}, "Search"), notice(err.message, "error"));
  }
}
