"""brat standoff for annotation tools: the record's spans as ``.ann`` lines.

Entity mentions become ``T`` lines labelled with the entity type, with an ``#`` note
naming the entity; times are ``TIMEX3`` spans with their value; statements follow
PolNeAR's scheme (``Source``/``Cue``/``Content`` spans tied by an ``Attribution`` event);
events are ``T`` triggers labelled with their PLOVER type and ``E`` lines whose
``Actor``/``Recipient`` arguments point at each participant's first mention.
"""

from __future__ import annotations

from newsgraph.record import Analysis


class _Ann:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.spans = 0
        self.events = 0
        self.notes = 0

    def span(self, label: str, start: int, end: int, text: str) -> str:
        self.spans += 1
        # brat spans cannot hold a newline: split into fragments at line breaks.
        pieces, offset = [], start
        for part in text.split("\n"):
            if part:
                pieces.append(f"{offset} {offset + len(part)}")
            offset += len(part) + 1
        self.lines.append(
            f"T{self.spans}\t{label} {';'.join(pieces)}\t{text.replace(chr(10), ' ')}"
        )
        return f"T{self.spans}"

    def note(self, target: str, text: str) -> None:
        self.notes += 1
        self.lines.append(f"#{self.notes}\tAnnotatorNotes {target}\t{text}")

    def event(self, label: str, trigger: str, arguments: list[tuple[str, str]]) -> None:
        self.events += 1
        args = "".join(f" {role}:{ref}" for role, ref in arguments)
        self.lines.append(f"E{self.events}\t{label}:{trigger}{args}")


def brat_ann(record: Analysis) -> str:
    """The ``.ann`` file of one record (its ``.txt`` is ``record.article.text``)."""
    ann = _Ann()
    first: dict[str, str] = {}
    for entity in record.entities:
        for mention in entity.mentions:
            if mention.start >= mention.end:
                continue
            ref = ann.span(entity.type, mention.start, mention.end, mention.text)
            first.setdefault(entity.id, ref)
            ann.note(ref, f"{entity.id} {entity.name} ({mention.kind})")
    for time in record.times:
        ann.note(ann.span("TIMEX3", time.start, time.end, time.text), f"{time.type} {time.value}")
    for statement in record.statements:
        parts = [
            ("Source", statement.speaker),
            ("Cue", statement.cue),
            ("Content", statement.content),
        ]
        refs = [(role, ann.span(role, s.start, s.end, s.text)) for role, s in parts if s]
        cue = next((ref for role, ref in refs if role == "Cue"), None)
        if cue:
            ann.event("Attribution", cue, [r for r in refs if r[0] != "Cue"])
    for event in record.events:
        trigger = ann.span(event.type, event.trigger.start, event.trigger.end, event.trigger.text)
        arguments = [("Actor", first[a]) for a in event.actors if a in first]
        arguments += [("Recipient", first[r]) for r in event.recipients if r in first]
        ann.event(event.type, trigger, arguments)
        ann.note(trigger, f"{event.id} mode={event.mode} cameo={event.cameo} {event.polarity}")
    return "\n".join(ann.lines) + ("\n" if ann.lines else "")
