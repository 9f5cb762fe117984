// Network: who did what to whom. Nodes are actors (sized by the articles that mention
// them), edges are (actor, recipient, type) event groups coloured by quad class, laid out
// by d3-force (vendored in js/vendor: links pull, nodes repel and do not overlap, a weak
// pull to the centre keeps separate groups near). Filters and the number of edges shown go
// in the URL (#/network?since=&until=&type=&limit=). Labels are drawn only where they fit
// and more appear when zooming in. A node shows its neighbourhood (zoomed to it) with a
// link to the actor page; an edge lists its events and links to the events page for them.

import * as api from "../api.js";
import { h, mount, notice, plural, route, s, shorten } from "../dom.js";
import { describe, quadLabel, quadOf, quads, typeLabel } from "../plover.js";
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from "../vendor/d3-force.js";
import { eventsHref } from "./events.js";

const W = 960, H = 600, PAD = 30;
const LIMITS = [100, 300, 1000, 2000];
const LABEL_PX = 12; // label height on screen, whatever the zoom

/** A circle's area grows with the articles that mention the actor, the most-mentioned
 * actor of the drawing having the largest. */
function radius(node, most) {
  return 3 + 15 * Math.sqrt((node.articles || 1) / Math.max(1, most));
}

/** Positions by force simulation, run to rest before drawing (deterministic: d3-force
 * seeds its own random source). Returns the nodes with x, y. */
function layout(nodes, edges) {
  const most = Math.max(1, ...nodes.map((n) => n.articles || 1));
  const sim = nodes.map((n) => ({ key: n.key, r: radius(n, most) }));
  // d3 starts nodes on a phyllotaxis spiral in array order: by key, the same each time.
  const index = new Map(sim.map((n) => [n.key, n]));
  const links = edges.filter((e) => e.source !== e.target).map((e) => ({ source: index.get(e.source), target: index.get(e.target) }));
  forceSimulation(sim)
    .force("link", forceLink(links).distance(30).strength(0.7))
    .force("charge", forceManyBody().strength((n) => -30 - 4 * n.r).distanceMax(300))
    .force("collide", forceCollide((n) => n.r + 2))
    .force("x", forceX(0).strength(0.05))
    .force("y", forceY(0).strength(0.05 * W / H))
    .stop()
    .tick(300);
  return index;
}

/** The view box around some points, at the canvas' aspect, with room for labels. */
function boxAround(points) {
  if (!points.length) return { x: -W / 2, y: -H / 2, w: W, h: H };
  const xs = points.map((p) => p.x), ys = points.map((p) => p.y);
  // More room on the right, where labels go.
  const x0 = Math.min(...xs) - PAD, x1 = Math.max(...xs) + 4 * PAD, y0 = Math.min(...ys) - PAD, y1 = Math.max(...ys) + PAD;
  const w = Math.max(x1 - x0, (y1 - y0) * (W / H), 120), hh = w * (H / W);
  return { x: (x0 + x1) / 2 - w / 2, y: (y0 + y1) / 2 - hh / 2, w, h: hh };
}

/** A curved path from a to b, bent by `bend`, stopping short of b's circle. */
function edgePath(a, b, bend, rb) {
  const mx = (a.x + b.x) / 2, my = (a.y + b.y) / 2;
  const dx = b.x - a.x, dy = b.y - a.y, len = Math.sqrt(dx * dx + dy * dy) || 1;
  const cx = mx - (dy / len) * bend, cy = my + (dx / len) * bend;
  const tx = cx - b.x, ty = cy - b.y, tl = Math.sqrt(tx * tx + ty * ty) || 1;
  const ex = b.x + (tx / tl) * (rb + 2), ey = b.y + (ty / tl) * (rb + 2);
  return `M${a.x.toFixed(1)},${a.y.toFixed(1)} Q${cx.toFixed(1)},${cy.toFixed(1)} ${ex.toFixed(1)},${ey.toFixed(1)}`;
}

function markers() {
  return s("defs", {}, [...quads().map((q) => q.id), "other"].map((id) =>
    s("marker", { id: `arrow-${id}`, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 4, markerHeight: 4, orient: "auto" },
      s("path", { d: "M0,0 L10,5 L0,10 z", class: `arrow quad-${id}` }))));
}

function activate(el, action) {
  el.addEventListener("click", action);
  el.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); action(); } });
}

function edgeLabel(e, names) {
  return `${names.get(e.source)} → ${names.get(e.target)}: ${typeLabel(e.type)} (${e.type.toLowerCase()}), ${plural(e.count, "event")}`;
}

/** The drawing: edges, then nodes with their labels; returns the svg and its parts. */
function draw(data, pos, on) {
  const names = new Map(data.nodes.map((n) => [n.key, n.name]));
  const svg = s("svg", { class: "network", role: "group", "aria-label": "Actor network" }, markers());
  const pairs = new Map();
  for (const e of data.edges) {
    const key = `${e.source}>${e.target}`;
    pairs.set(key, [...(pairs.get(key) || []), e]);
  }
  const edgeLayer = s("g", { class: "edges" });
  for (const [key, group] of pairs) {
    const [src, dst] = key.split(">").map(Number);
    const a = pos.get(src), b = pos.get(dst);
    if (!a || !b) continue;
    const back = pairs.has(`${dst}>${src}`) ? 6 : 0;
    group.forEach((e, i) => {
      const quad = quadOf(e.type);
      const d = src === dst ? `M${a.x},${a.y - a.r} c-14,-20 14,-20 0,0` : edgePath(a, b, back + (i - (group.length - 1) / 2) * 8, b.r);
      const label = edgeLabel(e, names);
      const g = s("g", { class: `edge quad-${quad}`, tabindex: 0, role: "button", "aria-label": label, dataset: { source: src, target: dst, type: e.type } },
        s("title", {}, label),
        s("path", { d, class: "edge-line", "stroke-width": (0.8 + Math.log2(e.count) * 0.8).toFixed(1), "marker-end": `url(#arrow-${quad})` }),
        s("path", { d, class: "edge-hit" }));
      activate(g, () => on.edge(e, names));
      edgeLayer.append(g);
    });
  }
  const nodeLayer = s("g", { class: "nodes" });
  const labelLayer = s("g", { class: "labels", "aria-hidden": "true" });
  const labels = [];
  for (const node of [...data.nodes].sort((x, y) => y.articles - x.articles)) {
    const p = pos.get(node.key);
    const label = `${node.name}${node.country ? " (" + node.country + ")" : ""}`;
    const circle = s("circle", { cx: p.x.toFixed(1), cy: p.y.toFixed(1), r: p.r.toFixed(1) });
    const g = s("g", { class: `node node-${(node.type || "").toLowerCase()}`, tabindex: 0, role: "button", "aria-label": `${label}, ${plural(node.articles, "article")}: show its neighbourhood`, dataset: { key: node.key } },
      s("title", {}, `${label} · ${plural(node.articles, "article")}`), circle);
    activate(g, () => on.node(node));
    nodeLayer.append(g);
    const text = s("text", { x: p.x.toFixed(1), y: p.y.toFixed(1), dataset: { key: node.key } }, shorten(node.name, 24));
    labelLayer.append(text);
    labels.push({ el: text, p, circle, chars: Math.min(24, node.name.length) });
  }
  svg.append(edgeLayer, nodeLayer, labelLayer);
  return { svg, labels };
}

const overlap = (a, b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

const ALWAYS = 12; // the most-mentioned actors, labelled over their neighbours' circles

/**
 * Fit the drawing to the zoom: circles grow more slowly than the view (a zoomed-in hub
 * does not cover its neighbours), and a label is shown only where it fits: biggest actors
 * first, a label is drawn when its box overlaps no label drawn before it and (but for the
 * ALWAYS biggest, whose names matter most) no other actor's circle. Labels keep their size
 * on screen, so zooming in makes room for more.
 */
function fitToView(labels, view, home, pixelsPerUnit) {
  const size = LABEL_PX / pixelsPerUnit;
  const shrink = Math.sqrt(view.w / home.w);
  const circles = labels.map(({ p, circle }) => {
    const r = p.r * shrink;
    circle.setAttribute("r", r.toFixed(2));
    return { key: p.key, x: p.x - r, y: p.y - r, w: 2 * r, h: 2 * r, r };
  });
  const placed = [];
  labels.forEach(({ el, p, chars }, i) => {
    const r = circles[i].r;
    const box = { x: p.x + r + size * 0.3, y: p.y - size * 0.6, w: chars * size * 0.55, h: size * 1.1 };
    const inside = p.x >= view.x && p.x <= view.x + view.w && p.y >= view.y && p.y <= view.y + view.h;
    const free = inside && !placed.some((o) => overlap(box, o))
      && (i < ALWAYS || !circles.some((c, j) => j !== i && overlap(box, c)));
    el.toggleAttribute("hidden", !free);
    if (!free) return;
    placed.push(box);
    el.setAttribute("x", box.x.toFixed(1));
    el.setAttribute("y", (p.y + size * 0.35).toFixed(1));
    el.setAttribute("font-size", size.toFixed(2));
  });
}

/**
 * Zoom and pan by moving the SVG viewBox: the wheel zooms around the pointer, a drag pans,
 * buttons (+, −, Fit) do the same from the keyboard, and `show(box)` moves to a box (a
 * neighbourhood). `changed(view)` runs after each move.
 */
function zoomable(svg, home, changed) {
  let view = { ...home };
  const apply = () => {
    svg.setAttribute("viewBox", `${view.x.toFixed(1)} ${view.y.toFixed(1)} ${view.w.toFixed(1)} ${view.h.toFixed(1)}`);
    changed(view);
  };
  const zoom = (factor, cx = view.x + view.w / 2, cy = view.y + view.h / 2) => {
    const w = Math.min(home.w * 3, Math.max(home.w / 40, view.w * factor));
    const f = w / view.w;
    view = { x: cx - (cx - view.x) * f, y: cy - (cy - view.y) * f, w, h: view.h * f };
    apply();
  };
  const toView = (e) => {
    const box = svg.getBoundingClientRect();
    return { x: view.x + ((e.clientX - box.left) / box.width) * view.w, y: view.y + ((e.clientY - box.top) / box.height) * view.h };
  };
  svg.addEventListener("wheel", (e) => {
    e.preventDefault();
    const at = toView(e);
    zoom(e.deltaY < 0 ? 0.8 : 1.25, at.x, at.y);
  }, { passive: false });
  let drag = null;
  svg.addEventListener("pointerdown", (e) => {
    if (e.button !== 0 || e.target.closest(".node, .edge")) return; // clicks still open things
    drag = { x: e.clientX, y: e.clientY, view: { ...view } };
    svg.setPointerCapture(e.pointerId);
    svg.classList.add("panning");
  });
  svg.addEventListener("pointermove", (e) => {
    if (!drag) return;
    const box = svg.getBoundingClientRect();
    view = { ...drag.view, x: drag.view.x - ((e.clientX - drag.x) / box.width) * view.w, y: drag.view.y - ((e.clientY - drag.y) / box.height) * view.h };
    apply();
  });
  const stop = () => { drag = null; svg.classList.remove("panning"); };
  svg.addEventListener("pointerup", stop);
  svg.addEventListener("pointercancel", stop);
  const button = (label, title, action) => h("button", { type: "button", class: "button", title, "aria-label": title, onclick: action }, label);
  const controls = h("div", { class: "zoom-controls", role: "group", "aria-label": "Zoom" },
    button("+", "Zoom in", () => zoom(0.8)),
    button("−", "Zoom out", () => zoom(1.25)),
    button("Fit", "Show the whole network", () => { view = { ...home }; apply(); }));
  apply();
  return { controls, show: (box) => { view = box; apply(); } };
}

function legend() {
  return h("ul", { class: "quad-legend", "aria-label": "Edge colours" }, quads().map((q) =>
    h("li", {}, h("span", { class: `swatch-line quad-${q.id}` }), h("strong", {}, q.label), ": ", q.types.map(typeLabel).join("; "))));
}

function filters(params, total) {
  const field = (name, label, placeholder) => h("label", {}, label,
    h("input", { name, value: params.get(name) || "", placeholder, pattern: "\\d{4}(-\\d{2}(-\\d{2})?)?", size: 10, inputmode: "numeric" }));
  const type = params.get("type") || "";
  const select = h("select", { name: "type" }, h("option", { value: "" }, "any type"),
    quads().map((q) => h("optgroup", { label: q.label }, q.types.map((t) => h("option", { value: t, selected: t === type }, `${typeLabel(t)} (${t.toLowerCase()})`)))));
  const limit = Number(params.get("limit")) || 300;
  const top = h("select", { name: "limit", "aria-label": "Edges to show" },
    LIMITS.map((n) => h("option", { value: n, selected: n === limit }, String(n))));
  return h("form", {
    class: "filters", role: "search",
    onsubmit: (e) => {
      e.preventDefault();
      const query = new URLSearchParams();
      for (const [k, v] of new FormData(e.target)) if (v) query.set(k, v);
      location.hash = `#/network${query.toString() ? "?" + query : ""}`;
    },
  }, field("since", "From ", "YYYY-MM"), field("until", "to ", "YYYY-MM"), h("label", {}, "Type ", select),
  h("label", { class: "edge-limit" }, "Showing the top ", top,
    h("span", { class: "edge-total" }, total === null ? "edges" : `of ${plural(total, "edge")} (by number of events)`)),
  h("button", { type: "submit", class: "button primary" }, "Apply"));
}

/** The events behind one edge: the first few in words, and the events page for all. */
async function showEdge(panel, edge, names, params) {
  const filters = { actor: String(edge.source), recipient: String(edge.target), type: edge.type, since: params.get("since"), until: params.get("until"), polarity: "asserted" };
  mount(panel, notice("Loading events…"));
  try {
    const page = await api.get("events", { ...filters, limit: 8 });
    mount(panel,
      h("h3", {}, `${names.get(edge.source)} → ${names.get(edge.target)}`),
      h("p", {}, h("span", { class: `chip chip-quad quad-${quadOf(edge.type)}` }, typeLabel(edge.type)), " ",
        h("span", { class: "muted" }, `${quadLabel(quadOf(edge.type))} · ${plural(page.total, "event")}`)),
      h("ol", { class: "side-list edge-events" }, page.items.map((e) => h("li", {},
        h("a", { href: route("article", e.article) + `?focus=${encodeURIComponent(e.event)}` }, describe(e)),
        e.sentence ? h("p", { class: "muted sentence" }, shorten(e.sentence, 200)) : null))),
      h("p", {}, h("a", { class: "button all-events", href: eventsHref(filters) }, `All ${plural(page.total, "event")} in the events page →`)));
  } catch (err) {
    mount(panel, notice(err.message, "error"));
  }
}

/** A node's neighbourhood: its edges highlighted, the rest dimmed, the view zoomed to it. */
function showNode(panel, box, node, data, pos, zoom) {
  const near = new Set([node.key]);
  const mine = data.edges.filter((e) => e.source === node.key || e.target === node.key);
  for (const e of mine) near.add(e.source).add(e.target);
  box.classList.add("focused");
  for (const el of box.querySelectorAll(".node, .labels text")) el.classList.toggle("near", near.has(Number(el.dataset.key)));
  for (const el of box.querySelectorAll(".edge")) {
    el.classList.toggle("near", Number(el.dataset.source) === node.key || Number(el.dataset.target) === node.key);
  }
  zoom.show(boxAround([...near].map((k) => pos.get(k))));
  const names = new Map(data.nodes.map((n) => [n.key, n.name]));
  mount(panel,
    h("h3", {}, node.name),
    h("p", { class: "muted" }, [node.type, node.country, node.sector, plural(node.articles, "article")].filter(Boolean).join(" · ")),
    h("p", {}, h("a", { class: "button", href: route("actor", String(node.key)) }, "Actor page →")),
    h("ul", { class: "side-list" }, mine.map((e) => h("li", {},
      h("a", { href: eventsHref({ actor: String(e.source), recipient: String(e.target), type: e.type, polarity: "asserted" }) },
        `${names.get(e.source)} → ${names.get(e.target)}: ${typeLabel(e.type)}`), ` (${e.count})`))));
}

/** #/network?since=&until=&type=&limit= */
export async function networkView(main, params) {
  const help = () => h("p", { class: "muted" }, "Click an actor (or focus it and press Enter) to zoom to its neighbourhood; click an edge to list its events.");
  const panel = h("section", { class: "details", "aria-live": "polite" }, help());
  mount(main, h("h1", {}, "Network"), filters(params, null), notice("Loading network…"));
  try {
    const limit = Number(params.get("limit")) || 300;
    const data = await api.get("network", { since: params.get("since"), until: params.get("until"), type: params.get("type"), limit });
    if (!data.edges.length) {
      mount(main, h("h1", {}, "Network"), filters(params, data.total_edges), notice("No events between stored actors match these filters."));
      return;
    }
    const pos = layout(data.nodes, data.edges);
    const { svg, labels } = draw(data, pos, {
      edge: (edge, names) => showEdge(panel, edge, names, params),
      node: (node) => showNode(panel, box, node, data, pos, zoom),
    });
    const home = boxAround([...pos.values()]);
    const box = h("div", { class: "network-box" });
    const zoom = zoomable(svg, home, (view) => fitToView(labels, view, home, (svg.clientWidth || W) / view.w));
    const reset = h("button", { type: "button", class: "button", onclick: () => { box.classList.remove("focused"); mount(panel, help()); zoom.show(home); } }, "Whole network");
    mount(box, h("div", { class: "zoom-bar" }, zoom.controls, reset), svg);
    mount(main, h("h1", {}, "Network"), filters(params, data.total_edges),
      h("p", { class: "muted network-count" }, `${plural(data.nodes.length, "actor")} · ${plural(data.edges.length, "edge")} shown of ${data.total_edges.toLocaleString("en")} (events that happened, both sides known)`),
      h("div", { class: "network-layout" }, box, h("aside", { class: "side" }, legend(), panel)));
    fitToView(labels, home, home, (svg.clientWidth || W) / home.w); // now that the svg has its size
  } catch (err) {
    mount(main, h("h1", {}, "Network"), filters(params, null), notice(err.message, "error"));
  }
}
