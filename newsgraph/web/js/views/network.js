// Network: who did what to whom. Nodes are actors, edges are (actor, recipient, type) event
// groups coloured by PLOVER quad class, laid out by a small force simulation. Filters go in
// the URL (#/network?since=&until=&type=); a node opens the actor page, an edge lists its
// events with links to the evidence articles. The wheel, a drag or the +/−/Fit buttons zoom
// and pan the view.

import * as api from "../api.js";
import { h, mount, notice, readableDate, route, s, shorten } from "../dom.js";
import { QUADS, quadLabel, quadOf } from "../plover.js";

const W = 960, H = 560, PAD = 48;

/** Fruchterman–Reingold from a circle: deterministic, fine for a few hundred nodes. */
function layout(nodes, edges) {
  const n = nodes.length;
  const pos = new Map(nodes.map((node, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, n);
    return [node.key, { x: W / 2 + (W / 3) * Math.cos(a), y: H / 2 + (H / 3) * Math.sin(a) }];
  }));
  // Ideal edge length: the area per node, but short enough that a few nodes stay close.
  const k = Math.min(150, Math.sqrt(((W - 2 * PAD) * (H - 2 * PAD)) / Math.max(1, n)) * 0.7);
  const rounds = n > 150 ? 120 : 300;
  let temp = W / 8;
  const pts = nodes.map((node) => pos.get(node.key));
  const index = new Map(nodes.map((node, i) => [node.key, i]));
  for (let r = 0; r < rounds; r++) {
    const disp = pts.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const dx = pts[i].x - pts[j].x || 0.01, dy = pts[i].y - pts[j].y || 0.01;
        const d2 = dx * dx + dy * dy, f = (k * k) / d2;
        disp[i].x += dx * f; disp[i].y += dy * f; disp[j].x -= dx * f; disp[j].y -= dy * f;
      }
    }
    for (const e of edges) {
      const ia = index.get(e.source), ib = index.get(e.target);
      if (ia === undefined || ib === undefined || ia === ib) continue;
      const a = pts[ia], b = pts[ib];
      const dx = a.x - b.x, dy = a.y - b.y, d = Math.sqrt(dx * dx + dy * dy) || 0.01, f = d / k;
      disp[ia].x -= dx * f; disp[ia].y -= dy * f; disp[ib].x += dx * f; disp[ib].y += dy * f;
    }
    pts.forEach((p, i) => {
      // A weak pull to the centre keeps unconnected pairs on the canvas.
      disp[i].x += (W / 2 - p.x) * 0.01 * k; disp[i].y += (H / 2 - p.y) * 0.01 * k;
      const d = Math.sqrt(disp[i].x ** 2 + disp[i].y ** 2) || 1, step = Math.min(d, temp);
      p.x = Math.min(W - PAD, Math.max(PAD, p.x + (disp[i].x / d) * step));
      p.y = Math.min(H - PAD, Math.max(PAD, p.y + (disp[i].y / d) * step));
    });
    temp *= 0.97;
  }
  fit(pts);
  return pos;
}

/** Scale and centre the points to fill the canvas (at most 3× enlarged), room left for labels. */
function fit(pts) {
  if (!pts.length) return;
  const xs = pts.map((p) => p.x), ys = pts.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min(3, (W - 2 * PAD - 160) / Math.max(1, x1 - x0), (H - 2 * PAD) / Math.max(1, y1 - y0));
  for (const p of pts) {
    p.x = W / 2 + (p.x - (x0 + x1) / 2) * scale;
    p.y = H / 2 + (p.y - (y0 + y1) / 2) * scale;
  }
}

function radius(weight) {
  return 5 + Math.min(13, Math.sqrt(weight) * 2.5);
}

/** A curved path from a to b, bent by `bend`, stopping short of b's circle. */
function edgePath(a, b, bend, rb) {
  const mx = (a.x + b.x) / 2, my = (a.y + b.y) / 2;
  const dx = b.x - a.x, dy = b.y - a.y, len = Math.sqrt(dx * dx + dy * dy) || 1;
  const cx = mx - (dy / len) * bend, cy = my + (dx / len) * bend;
  const tx = cx - b.x, ty = cy - b.y, tl = Math.sqrt(tx * tx + ty * ty) || 1;
  const ex = b.x + (tx / tl) * (rb + 3), ey = b.y + (ty / tl) * (rb + 3);
  return `M${a.x.toFixed(1)},${a.y.toFixed(1)} Q${cx.toFixed(1)},${cy.toFixed(1)} ${ex.toFixed(1)},${ey.toFixed(1)}`;
}

/** A node's name beside it, on the side with room (left near the right edge). */
function nodeLabel(p, r, name) {
  const right = p.x < W - 170;
  return s("text", { x: (right ? p.x + r + 5 : p.x - r - 5).toFixed(1), y: (p.y + 4).toFixed(1), "text-anchor": right ? "start" : "end" },
    shorten(name, 28));
}

function markers() {
  return s("defs", {}, [...QUADS.map((q) => q.id), "other"].map((id) =>
    s("marker", { id: `arrow-${id}`, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: "userSpaceOnUse", orient: "auto" },
      s("path", { d: "M0,0 L10,5 L0,10 z", class: `arrow quad-${id}` }))));
}

function activate(el, action) {
  el.addEventListener("click", action);
  el.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); action(); } });
}

function graph(data, onEdge) {
  const names = new Map(data.nodes.map((n) => [n.key, n.name]));
  const weight = new Map();
  for (const e of data.edges) for (const key of [e.source, e.target]) weight.set(key, (weight.get(key) || 0) + e.count);
  const pos = layout(data.nodes, data.edges);
  const svg = s("svg", { class: "network", viewBox: `0 0 ${W} ${H}`, role: "group", "aria-label": "Actor network" }, markers());
  const pairs = new Map();
  for (const e of data.edges) {
    const key = `${e.source}>${e.target}`;
    pairs.set(key, [...(pairs.get(key) || []), e]);
  }
  const edgeLayer = s("g", { class: "edges" });
  for (const [key, group] of pairs) {
    const [src, dst] = key.split(">").map(Number);
    const back = pairs.has(`${dst}>${src}`) ? 14 : 0;
    group.forEach((e, i) => {
      const a = pos.get(src), b = pos.get(dst);
      if (!a || !b) return;
      const quad = quadOf(e.type);
      const d = src === dst
        ? `M${a.x},${a.y - 8} c-30,-40 30,-40 0,0`
        : edgePath(a, b, back + (i - (group.length - 1) / 2) * 18, radius(weight.get(dst) || 1));
      const label = `${names.get(src)} ${e.type} ${names.get(dst)}: ${e.count} event${e.count === 1 ? "" : "s"}`;
      const g = s("g", { class: `edge quad-${quad}`, tabindex: 0, role: "button", "aria-label": label, dataset: { type: e.type } },
        s("title", {}, label),
        s("path", { d, class: "edge-line", "stroke-width": (1.5 + Math.log2(e.count) * 1.5).toFixed(1), "marker-end": `url(#arrow-${quad})` }),
        s("path", { d, class: "edge-hit" }));
      activate(g, () => onEdge(e, names));
      edgeLayer.append(g);
    });
  }
  const nodeLayer = s("g", { class: "nodes" });
  const labelled = new Set([...weight.entries()].sort((x, y) => y[1] - x[1]).slice(0, 40).map(([key]) => key));
  for (const node of data.nodes) {
    const p = pos.get(node.key), r = radius(weight.get(node.key) || 1);
    const label = `${node.name}${node.country ? " (" + node.country + ")" : ""}`;
    const a = s("a", { href: route("actor", String(node.key)), class: "node", "aria-label": `${label}: actor page` },
      s("title", {}, `${label} · ${node.type || ""} · ${weight.get(node.key) || 0} events`),
      s("circle", { cx: p.x.toFixed(1), cy: p.y.toFixed(1), r }),
      labelled.has(node.key) ? nodeLabel(p, r, node.name) : null);
    nodeLayer.append(a);
  }
  svg.append(edgeLayer, nodeLayer);
  return svg;
}

/**
 * Zoom and pan by moving the SVG viewBox: the wheel zooms around the pointer, a drag pans,
 * and buttons (+, −, fit) do the same from the keyboard. Labels and strokes scale with the
 * view, so a crowded centre can be opened up without a layout library.
 */
function zoomable(svg) {
  const home = { x: 0, y: 0, w: W, h: H };
  let view = { ...home };
  const apply = () => svg.setAttribute("viewBox", `${view.x.toFixed(1)} ${view.y.toFixed(1)} ${view.w.toFixed(1)} ${view.h.toFixed(1)}`);
  const zoom = (factor, cx = view.x + view.w / 2, cy = view.y + view.h / 2) => {
    const w = Math.min(W * 2, Math.max(W / 12, view.w * factor));
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
    if (e.button !== 0 || e.target.closest(".node, .edge")) return;  // clicks still open things
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
  return h("div", { class: "zoom-controls", role: "group", "aria-label": "Zoom" },
    button("+", "Zoom in", () => zoom(0.8)),
    button("−", "Zoom out", () => zoom(1.25)),
    button("Fit", "Show the whole network", () => { view = { ...home }; apply(); }));
}

function legend() {
  return h("ul", { class: "quad-legend", "aria-label": "Edge colours" }, QUADS.map((q) =>
    h("li", {}, h("span", { class: `swatch-line quad-${q.id}` }), `${q.label}: ${q.types.join(", ")}`)));
}

function filters(params) {
  const field = (name, label, placeholder) => h("label", {}, label,
    h("input", { name, value: params.get(name) || "", placeholder, pattern: "\\d{4}(-\\d{2}(-\\d{2})?)?", size: 10, inputmode: "numeric" }));
  const type = params.get("type") || "";
  const select = h("select", { name: "type" }, h("option", { value: "" }, "all types"),
    QUADS.map((q) => h("optgroup", { label: q.label }, q.types.map((t) => h("option", { value: t, selected: t === type }, t)))));
  return h("form", {
    class: "filters", role: "search",
    onsubmit: (e) => {
      e.preventDefault();
      const query = new URLSearchParams();
      for (const [k, v] of new FormData(e.target)) if (v) query.set(k, v);
      location.hash = `#/network${query.toString() ? "?" + query : ""}`;
    },
  }, field("since", "From ", "YYYY-MM"), field("until", "to ", "YYYY-MM"), h("label", {}, "Type ", select),
  h("button", { type: "submit", class: "button primary" }, "Apply"));
}

/** The events behind one edge, with links to their articles. */
async function showEdge(panel, edge, names, params) {
  mount(panel, notice("Loading events…"));
  try {
    const events = await api.get("events", {
      actor: String(edge.source), recipient: String(edge.target), type: edge.type,
      since: params.get("since"), until: params.get("until"), limit: 200,
    });
    mount(panel,
      h("h3", {}, `${names.get(edge.source)} `, h("span", { class: `chip chip-quad quad-${quadOf(edge.type)}` }, edge.type), ` ${names.get(edge.target)}`),
      h("p", { class: "muted" }, `${quadLabel(quadOf(edge.type))} · ${events.length} event${events.length === 1 ? "" : "s"}`),
      h("ol", { class: "side-list edge-events" }, events.map((e) => h("li", {},
        h("span", { class: "nowrap", title: e.date || "" }, readableDate(e.date)), " · ", h("q", {}, e.trigger || e.type), e.polarity !== "asserted" ? ` (${e.polarity})` : "", " · ",
        h("a", { href: route("article", e.article) }, e.article), e.source ? h("span", { class: "muted" }, ` (${e.source})`) : null))));
  } catch (err) {
    mount(panel, notice(err.message, "error"));
  }
}

/** #/network?since=&until=&type= */
export async function networkView(main, params) {
  const panel = h("section", { class: "details", "aria-live": "polite" },
    h("p", { class: "muted" }, "Click an edge (or focus it and press Enter) to list its events; click an actor to open its page."));
  mount(main, h("h1", {}, "Network"), filters(params), notice("Loading network…"));
  try {
    const data = await api.get("network", { since: params.get("since"), until: params.get("until"), type: params.get("type"), limit: 300 });
    const svg = data.edges.length ? graph(data, (edge, names) => showEdge(panel, edge, names, params)) : null;
    const body = svg
      ? h("div", { class: "network-layout" },
        h("div", { class: "network-box" }, zoomable(svg), svg),
        h("aside", { class: "side" }, legend(), panel))
      : notice("No events between stored actors match these filters.");
    mount(main, h("h1", {}, "Network"), filters(params),
      h("p", { class: "muted" }, `${data.nodes.length} actors · ${data.edges.length} edges (asserted events with both sides known)`), body);
  } catch (err) {
    mount(main, h("h1", {}, "Network"), filters(params), notice(err.message, "error"));
  }
}
