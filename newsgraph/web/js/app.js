// The hash router: #/ (articles), #/article/ID, #/search?q=, #/actor/KEY, #/events?…,
// #/network, #/paste. Each route renders into <main>; the header's search box leads to
// #/search and shows the query of the search page only.

import { h, mount, notice } from "./dom.js";
import { actorView } from "./views/actor.js";
import { articleView } from "./views/article.js";
import { eventsView } from "./views/events.js";
import { homeView } from "./views/home.js";
import { networkView } from "./views/network.js";
import { pasteView } from "./views/paste.js";
import { searchView } from "./views/search.js";
import { loadTypes } from "./plover.js";

const main = document.getElementById("main");

/** "#/article/a%2Fb?focus=S1" → {name: "article", rest: "a/b", params} */
function parseHash(hash) {
  const [path, query = ""] = hash.replace(/^#\/?/, "").split("?");
  const parts = path.split("/").filter(Boolean).map((p) => {
    try { return decodeURIComponent(p); } catch { return p; }
  });
  return { name: parts[0] || "", rest: parts.slice(1).join("/"), params: new URLSearchParams(query) };
}

function markNav(name) {
  for (const link of document.querySelectorAll("nav.site a[data-route]")) {
    if (link.dataset.route === name) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
}

function notFound(view) {
  mount(view, h("h1", {}, "Not found"), h("p", {}, "No such page. ", h("a", { href: "#/" }, "Back to the articles.")));
}

let current = null;

/** Show the route in the hash. Each render gets its own container, so a slow answer for a
 * page the user already left lands in a detached element instead of the current page. */
async function render() {
  const { name, rest, params } = parseHash(location.hash);
  const view = h("div", { class: "view" });
  current = view;
  delete main.dataset.ready;
  mount(main, view);
  markNav(name || "home");
  document.title = "newsgraph";
  window.scrollTo(0, 0);
  // The box says what the search page shows; elsewhere it is empty, not an old query.
  const box = document.getElementById("search-q");
  if (name !== "search") box.value = "";
  try {
    await loadTypes();
  } catch (err) {
    mount(view, notice(`The server did not answer: ${err.message}`, "error"));
    return;
  }
  if (name === "") await homeView(view, params);
  else if (name === "article" && rest) await articleView(view, rest, params);
  else if (name === "actor" && rest) await actorView(view, rest);
  else if (name === "search") await searchView(view, params);
  else if (name === "events") await eventsView(view, params);
  else if (name === "network") await networkView(view, params);
  else if (name === "paste") pasteView(view);
  else notFound(view);
  if (current === view) main.dataset.ready = name || "home";
}

document.getElementById("search-form").addEventListener("submit", (e) => {
  e.preventDefault();
  const q = document.getElementById("search-q").value.trim();
  location.hash = `#/search?q=${encodeURIComponent(q)}`;
});

// The skip link must not change the hash (that is the router's): it only moves focus.
document.querySelector("a.skip").addEventListener("click", (e) => {
  e.preventDefault();
  main.focus();
});

window.addEventListener("hashchange", render);
render();
