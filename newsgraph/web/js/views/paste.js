// Paste an article: analyze a text on the spot with POST /api/analyze (bearer token needed,
// nothing stored) and show the result in the same article view.

import * as api from "../api.js";
import { h, mount, notice } from "../dom.js";
import { renderRecord } from "./article.js";

const MESSAGES = {
  401: "The server refused the token. Use the one `newsgraph serve` printed when it started (or its NEWSGRAPH_TOKEN) and try again.",
  413: "The text is too long for the server: paste a shorter article.",
};

function problem(err) {
  if (MESSAGES[err.status]) return MESSAGES[err.status];
  if (err.status === 400 || err.status === 422) return `The server could not use this input: ${err.message}`;
  return `Analysis failed: ${err.message}`;
}

function form(onSubmit) {
  const today = new Date().toISOString().slice(0, 10);
  return h("form", { class: "paste-form", onsubmit: onSubmit },
    h("label", { for: "paste-text" }, "Article text"),
    h("textarea", { id: "paste-text", name: "text", rows: 8, required: true, placeholder: "Paste the article body here…" }),
    h("div", { class: "paste-row" },
      h("label", {}, "Title ", h("input", { name: "title", size: 40, placeholder: "optional" })),
      h("label", {}, "Published ", h("input", { name: "published", type: "date", value: today })),
      h("label", {}, "Token ", h("input", { name: "token", type: "password", autocomplete: "off", value: api.getToken(), required: true })),
      h("button", { type: "submit", class: "button primary" }, "Analyze")),
    h("p", { class: "muted" }, "Nothing is stored. The token is kept for this browser tab only."));
}

/** #/paste */
export function pasteView(main) {
  const result = h("div", { class: "paste-result", "aria-live": "polite" });
  async function submit(e) {
    e.preventDefault();
    const data = new FormData(e.target);
    const button = e.target.querySelector("button[type=submit]");
    api.setToken(String(data.get("token") || "").trim());
    button.disabled = true;
    mount(result, notice("Analyzing…"));
    try {
      const record = await api.post("analyze", {
        text: data.get("text"), title: data.get("title") || null, published: data.get("published") || null,
      });
      mount(result, renderRecord(record, { linkActors: false, heading: "Pasted article (not stored)" }));
      result.scrollIntoView({ block: "start", behavior: "smooth" });
    } catch (err) {
      mount(result, notice(problem(err), "error"));
    } finally {
      button.disabled = false;
    }
  }
  mount(main, h("h1", {}, "Paste an article"), form(submit), result);
}
