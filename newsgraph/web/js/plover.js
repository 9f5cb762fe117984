// PLOVER event types grouped by quad class (verbal/material × cooperation/conflict), with the
// colour each class has everywhere in the UI (CSS variables --quad-*).

export const QUADS = [
  { id: "vcoop", label: "Verbal cooperation", types: ["AGREE", "CONSULT", "SUPPORT", "CONCEDE"] },
  { id: "mcoop", label: "Material cooperation", types: ["COOPERATE", "AID", "RETREAT"] },
  { id: "vconf", label: "Verbal conflict", types: ["REQUEST", "ACCUSE", "REJECT", "THREATEN"] },
  { id: "mconf", label: "Material conflict", types: ["PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"] },
];

export const TYPES = QUADS.flatMap((q) => q.types);

/** The quad class id of an event type ("other" for types outside the four classes). */
export function quadOf(type) {
  const found = QUADS.find((q) => q.types.includes(String(type || "").toUpperCase()));
  return found ? found.id : "other";
}

export function quadLabel(id) {
  const found = QUADS.find((q) => q.id === id);
  return found ? found.label : "Other";
}
