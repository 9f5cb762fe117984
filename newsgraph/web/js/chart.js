// Timeline chart: events per month as inline SVG bars, months without events filled in.

import { s } from "./dom.js";

/** Every month from first to last ("YYYY-MM"), then "unknown" if present. */
function months(counts) {
  const known = Object.keys(counts).filter((m) => /^\d{4}-\d{2}$/.test(m)).sort();
  const out = [];
  if (known.length) {
    let [y, m] = known[0].split("-").map(Number);
    const [ly, lm] = known[known.length - 1].split("-").map(Number);
    while (y < ly || (y === ly && m <= lm)) {
      out.push(`${y}-${String(m).padStart(2, "0")}`);
      if (++m > 12) { m = 1; y += 1; }
      if (out.length > 600) break; // fifty years is enough for one chart
    }
  }
  for (const key of Object.keys(counts)) if (!out.includes(key) && !/^\d{4}-\d{2}$/.test(key)) out.push(key);
  return out;
}

const SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2004-01" → "Jan 2004"; "unknown" as it is. */
function tick(key) {
  const m = /^(\d{4})-(\d{2})$/.exec(key);
  return m ? `${SHORT[Number(m[2]) - 1]} ${m[1]}` : key;
}

/** An SVG bar chart of {month: count}; label names it for screen readers. */
export function timelineChart(counts, label) {
  const keys = months(counts);
  const max = Math.max(1, ...keys.map((k) => counts[k] || 0));
  const W = 420, H = 170, left = 28, bottom = 30, top = 12;
  const step = (W - left - 8) / Math.max(1, keys.length);
  const barW = Math.max(2, Math.min(36, step * 0.7));
  const y = (v) => top + (H - top - bottom) * (1 - v / max);
  const every = Math.ceil(keys.length / 6);
  const svg = s("svg", { class: "chart", viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": label },
    s("title", {}, label),
    s("line", { x1: left, x2: W - 4, y1: y(0), y2: y(0), class: "axis" }),
    s("text", { x: left - 6, y: y(max) + 4, class: "tick", "text-anchor": "end" }, String(max)),
    s("text", { x: left - 6, y: y(0) + 4, class: "tick", "text-anchor": "end" }, "0"));
  keys.forEach((key, i) => {
    const v = counts[key] || 0;
    const x = left + i * step + (step - barW) / 2;
    svg.append(s("rect", { x, y: y(v), width: barW, height: y(0) - y(v), class: key === "unknown" ? "bar bar-unknown" : "bar" },
      s("title", {}, `${tick(key)}: ${v} event${v === 1 ? "" : "s"}`)));
    if (i % every === 0 || key === "unknown") {
      svg.append(s("text", { x: x + barW / 2, y: H - bottom + 16, class: "tick", "text-anchor": "middle" }, tick(key)));
    }
  });
  return svg;
}
