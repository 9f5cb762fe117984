// Highlighted article text. Record offsets count Unicode code points (Python str indices),
// while JS strings count UTF-16 units, so the text is cut through Array.from(text), one entry
// per code point. Overlapping spans are nested: a span that crosses its parent's end is split
// in two pieces, so every highlight still covers exactly its own characters.

import { h } from "./dom.js";

// Outer to inner when two spans cover the same characters.
const RANK = { content: 0, speaker: 1, cue: 2, trigger: 3, entity: 4, time: 5 };

/** Every highlightable span of a record: {start, end, kind, ref, item}. */
export function collectSpans(record) {
  const spans = [];
  const add = (span, kind, ref, item) => {
    if (span && span.end > span.start) spans.push({ start: span.start, end: span.end, kind, ref, item });
  };
  for (const entity of record.entities || []) {
    (entity.mentions || []).forEach((m, i) => add(m, "entity", entity.id, `${entity.id}:${i}`));
  }
  for (const st of record.statements || []) {
    add(st.speaker, "speaker", st.id, `${st.id}:speaker`);
    add(st.cue, "cue", st.id, `${st.id}:cue`);
    add(st.content, "content", st.id, `${st.id}:content`);
  }
  for (const ev of record.events || []) add(ev.trigger, "trigger", ev.id, `${ev.id}:trigger`);
  for (const t of record.times || []) add(t, "time", t.id, t.id);
  return spans;
}

function compare(a, b) {
  return a.start - b.start || b.end - a.end || RANK[a.kind] - RANK[b.kind];
}

function insertSorted(queue, span) {
  let i = queue.findIndex((other) => compare(span, other) < 0);
  if (i < 0) i = queue.length;
  queue.splice(i, 0, span);
}

/** A tree of spans where each child lies inside its parent; crossing spans are split. */
export function nest(spans, length) {
  const queue = spans
    .map((sp) => ({ ...sp, start: Math.max(0, sp.start), end: Math.min(length, sp.end) }))
    .filter((sp) => sp.end > sp.start)
    .sort(compare);
  const root = { start: 0, end: length, children: [] };
  const stack = [root];
  while (queue.length) {
    let span = queue.shift();
    while (stack.length > 1 && stack[stack.length - 1].end <= span.start) stack.pop();
    const parent = stack[stack.length - 1];
    if (span.end > parent.end) {
      insertSorted(queue, { ...span, start: parent.end, piece: true });
      span = { ...span, end: parent.end };
    }
    const node = { ...span, children: [] };
    parent.children.push(node);
    stack.push(node);
  }
  return root;
}

function spanElement(node, classes) {
  return h("span", {
    class: ["hl", `hl-${node.kind}`, ...(classes(node) || [])],
    dataset: { kind: node.kind, ref: node.ref, item: node.item },
    // One tab stop per item: the continuation pieces of a split span are reachable by mouse.
    tabindex: node.piece ? "-1" : "0",
    role: "button",
  });
}

function fill(target, node, chars, classes) {
  let pos = node.start;
  for (const child of node.children) {
    if (child.start > pos) target.append(chars.slice(pos, child.start).join(""));
    const el = spanElement(child, classes);
    fill(el, child, chars, classes);
    target.append(el);
    pos = child.end;
  }
  if (node.end > pos) target.append(chars.slice(pos, node.end).join(""));
}

/** The article text as DOM nodes with every span highlighted; classes(span) adds classes. */
export function highlightedText(text, spans, classes = () => []) {
  const chars = Array.from(text);
  const fragment = document.createDocumentFragment();
  fill(fragment, nest(spans, chars.length), chars, classes);
  return fragment;
}

/** The highlight elements around (and including) el, innermost first, inside container. */
export function highlightStack(el, container) {
  const stack = [];
  for (let node = el; node && node !== container; node = node.parentElement) {
    if (node.classList && node.classList.contains("hl")) stack.push(node);
  }
  return stack;
}
