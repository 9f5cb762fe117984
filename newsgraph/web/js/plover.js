// PLOVER event types in words, from the server (/api/event-types, which reads the lexicon
// table): each type's plain label, its quad class (verbal/material × cooperation/conflict)
// and the colour each class has everywhere in the UI (CSS classes quad-*). loadTypes() runs
// once before the first page; the other functions read what it loaded.

import * as api from "./api.js";

// CSS class ids of GDELT's quad class numbers.
const QUAD_IDS = { 1: "vcoop", 2: "mcoop", 3: "vconf", 4: "mconf" };

let types = [];
let byType = new Map();

/** Fetch the event types (once). */
export async function loadTypes() {
  if (types.length) return types;
  types = await api.get("event-types");
  byType = new Map(types.map((t) => [t.type, t]));
  return types;
}

/** The quad classes, each with its types: [{id, label, types: [...]}]. */
export function quads() {
  const out = new Map();
  for (const t of types) {
    const id = QUAD_IDS[t.quad];
    if (!out.has(id)) out.set(id, { id, label: t.quad_label, types: [] });
    out.get(id).types.push(t.type);
  }
  return [...out.values()];
}

/** The quad class id of an event type ("other" for a type the server does not know). */
export function quadOf(type) {
  const found = byType.get(String(type || "").toUpperCase());
  return found ? QUAD_IDS[found.quad] : "other";
}

/** "Verbal cooperation" for "vcoop". */
export function quadLabel(id) {
  const found = quads().find((q) => q.id === id);
  return found ? found.label : "Other";
}

/** A type in words: "consult or meet" for CONSULT. */
export function typeLabel(type) {
  const found = byType.get(String(type || "").toUpperCase());
  return found ? found.label : String(type || "").toLowerCase();
}

/** The codes, second: "consult · phone" (type and mode in lower case, as a reader says them). */
export function codes(type, mode) {
  return [String(type || "").toLowerCase(), mode].filter(Boolean).join(" · ");
}

/** Whether an event happened, in words ("asserted" → "happened"). */
export const POLARITY_WORDS = { asserted: "happened", negated: "did not happen", hypothetical: "might happen", future: "planned or expected" };

/**
 * An event as a sentence fragment, plain words first: "Wagner fighters seized Rostov",
 * with the codes kept for a second line or brackets. Sides missing are left out, and a
 * negated or hypothetical event says so.
 */
export function describe(e) {
  const words = [e.actors || "Someone", e.trigger || typeLabel(e.type), e.recipients].filter(Boolean).join(" ");
  const hedge = e.polarity && e.polarity !== "asserted" ? ` (${POLARITY_WORDS[e.polarity] || e.polarity})` : "";
  return words + hedge;
}
