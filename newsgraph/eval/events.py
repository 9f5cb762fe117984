"""Score the events stage against PLOVER gold records (one sentence per record).

Each gold sentence is analyzed as an article of its own (entities, times, statements,
events). Event types are compared per sentence: a predicted type counts once per sentence,
and negated or hypothetical predictions count as not predicted. On sentences whose gold
type was predicted, the actor is right when one of a predicted event's actors has a mention
overlapping a gold ``(SRC: …)`` span, the recipient likewise for ``(TAR: …)`` (or, when the
gold names no target, when the event names none either). Strict matches need type, actor
and recipient. Gold uses PLOVER 0.5 names, mapped to 2.0 (DEMAND → REQUEST, …).

    newsgraph eval events ../shared/data/plover_dev/plover_gsr_dev.json [--errors]
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgraph.eval.metrics import prf
from newsgraph.lexicon.events import legacy_names
from newsgraph.record import Entity, Event

_MARK = re.compile(r"\((SRC/TAR|SRC/LOC|SRC|TAR|EVT|LOC):\s*")
_UNCOUNTED = frozenset({"negated", "hypothetical"})


@dataclass
class Gold:
    """One gold record: its sentence, PLOVER 2.0 type and argument spans."""

    id: str
    text: str
    type: str
    date: dt.date | None
    sources: list[tuple[int, int]] = field(default_factory=list)
    targets: list[tuple[int, int]] = field(default_factory=list)
    reciprocal: bool = False  # marked (SRC/TAR: …): either side may be source or target


def gold_type(name: str) -> str:
    """The PLOVER 2.0 name of a gold event type (DEMAND → REQUEST, FIGHT → ASSAULT, …)."""
    return legacy_names().get(name, name)


def _plain(markup: str) -> str:
    return _MARK.sub("", markup).replace(")", "")


def marked_spans(markup: str) -> list[tuple[str, str]]:
    """``(label, text)`` for every ``(SRC: …)``-style mark, inner marks stripped."""
    return [(label, phrase) for label, phrase, _ in _marks(markup)]


def _marks(markup: str) -> list[tuple[str, str, int]]:
    """Marks with the approximate offset of their text in the unmarked sentence."""
    out = []
    for match in _MARK.finditer(markup):
        depth, i = 1, match.end()
        while i < len(markup) and depth:
            depth += {"(": 1, ")": -1}.get(markup[i], 0)
            i += 1
        inner = _plain(markup[match.end() : i - 1]).strip()
        out.append((match.group(1), " ".join(inner.split()), len(_plain(markup[: match.start()]))))
    return out


def _locate(text: str, phrase: str, near: int) -> tuple[int, int] | None:
    """The occurrence of ``phrase`` nearest the offset the markup suggests."""
    if not phrase:
        return None
    haystack, needle = text.lower(), phrase.lower()
    starts, at = [], haystack.find(needle)
    while at >= 0:
        starts.append(at)
        at = haystack.find(needle, at + 1)
    if not starts:
        return None
    start = min(starts, key=lambda s: abs(s - near))
    return start, start + len(phrase)


def load_gold(path: Path) -> list[Gold]:
    """The gold records of ``path``, DOCUMENT records skipped."""
    records = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for record in records:
        if record.get("event") == "DOCUMENT" or not record.get("text"):
            continue
        text = record["text"]
        date = dt.date.fromisoformat(record["date"]) if record.get("date") else None
        gold = Gold(record["id"], text, gold_type(record["event"]), date)
        for label, phrase, near in _marks(record.get("textInfo", {}).get("markup", "")):
            span = _locate(text, phrase, near)
            if span is None:
                continue
            if label.startswith("SRC"):
                gold.sources.append(span)
            if label in ("TAR", "SRC/TAR"):
                gold.targets.append(span)
            gold.reciprocal |= label == "SRC/TAR"
        out.append(gold)
    return out


def _overlaps(entity: Entity | None, spans: list[tuple[int, int]]) -> bool:
    if entity is None:
        return False
    return any(m.start < e and s < m.end for m in entity.mentions for s, e in spans)


def _argument_scores(event: Event, gold: Gold, entities: dict[str, Entity]) -> tuple[bool, bool]:
    if gold.sources:
        actor = any(_overlaps(entities.get(a), gold.sources) for a in event.actors)
    else:  # no source marked: right when none is claimed, as for recipients
        actor = not event.actors
    if gold.targets:
        recipient = any(_overlaps(entities.get(r), gold.targets) for r in event.recipients)
    else:
        recipient = not event.recipients
    if gold.reciprocal and not event.recipients:
        recipient = True  # both sides may be listed as actors of a reciprocal event
    return actor, recipient


@dataclass
class Tally:
    """Running counts over the gold set."""

    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)
    confusion: Counter = field(default_factory=Counter)
    matched: int = 0
    actor_ok: int = 0
    recipient_ok: int = 0
    strict: int = 0
    predicted: int = 0
    gold: int = 0
    errors: list[str] = field(default_factory=list)
    stage_failures: Counter = field(default_factory=Counter)


def _score_one(tally: Tally, gold: Gold, events: list[Event], entities: list[Entity]) -> None:
    counted = [e for e in events if e.polarity not in _UNCOUNTED]
    types = {e.type for e in counted}
    tally.gold += 1
    tally.predicted += len(types)
    for t in types - {gold.type}:
        tally.fp[t] += 1
        tally.confusion[gold.type, t] += 1
    if not types:
        tally.confusion[gold.type, "-"] += 1
    if gold.type not in types:
        tally.fn[gold.type] += 1
        tally.errors.append(_error(gold, counted, "type"))
        return
    tally.tp[gold.type] += 1
    tally.confusion[gold.type, gold.type] += 1
    by_id = {e.id: e for e in entities}
    scores = [_argument_scores(e, gold, by_id) for e in counted if e.type == gold.type]
    actor, recipient = max(scores, key=lambda s: (s[0] and s[1], s[0], s[1]))
    tally.matched += 1
    tally.actor_ok += actor
    tally.recipient_ok += recipient
    tally.strict += actor and recipient
    if not (actor and recipient):
        tally.errors.append(_error(gold, counted, "args", by_id))


def _error(
    gold: Gold, events: list[Event], kind: str, entities: dict[str, Entity] | None = None
) -> str:
    def name(i: str) -> str:
        entity = (entities or {}).get(i)
        return entity.name if entity else i

    srcs = [gold.text[s:e] for s, e in gold.sources]
    tars = [gold.text[s:e] for s, e in gold.targets]
    lines = [f"[{kind}] {gold.id} gold {gold.type} SRC={srcs} TAR={tars}", f"  {gold.text}"]
    for e in events:
        args = f"{[name(a) for a in e.actors]} -> {[name(r) for r in e.recipients]}"
        lines.append(f"  pred {e.type} {e.mode} {e.cameo} '{e.trigger.text}' {args}")
    return "\n".join(lines)


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    return prf(tp, tp + fp, tp + fn)


def _summary(tally: Tally) -> dict[str, float]:
    tp, fp, fn = (sum(c.values()) for c in (tally.tp, tally.fp, tally.fn))
    p, r, f = _prf(tp, fp, fn)
    kinds = sorted(set(tally.tp) | set(tally.fn) | set(tally.fp))
    per_type = [_prf(tally.tp[k], tally.fp[k], tally.fn[k]) for k in kinds]
    macro = [sum(x[i] for x in per_type) / len(per_type) if per_type else 0.0 for i in range(3)]
    sp, sr, sf = _prf(tally.strict, tally.predicted - tally.strict, tally.gold - tally.strict)
    matched = tally.matched or 1
    return {
        "type_micro_p": p,
        "type_micro_r": r,
        "type_micro_f1": f,
        "type_macro_p": macro[0],
        "type_macro_r": macro[1],
        "type_macro_f1": macro[2],
        "actor_accuracy": tally.actor_ok / matched,
        "recipient_accuracy": tally.recipient_ok / matched,
        "strict_p": sp,
        "strict_r": sr,
        "strict_f1": sf,
        "gold": float(tally.gold),
        "type_matched": float(tally.matched),
    }


def run(path: Path) -> tuple[dict[str, float], Tally]:
    """Analyze every gold sentence and tally the comparison."""
    from newsgraph.extract.entities import find_entities
    from newsgraph.extract.events import find_events
    from newsgraph.extract.nlp import parse_many
    from newsgraph.extract.pipeline import with_mentions
    from newsgraph.extract.statements import StatementsFound, find_statements
    from newsgraph.extract.times import find_times

    golds = load_gold(path)
    tally = Tally()
    for gold, doc in zip(golds, parse_many(g.text for g in golds), strict=True):
        entities = _guarded(tally, find_entities, doc, published=gold.date)
        times = _guarded(tally, find_times, doc, published=gold.date)
        said = _guarded(
            tally,
            find_statements,
            doc,
            entities=entities,
            times=times,
            empty=StatementsFound([], {}),
        )
        entities = with_mentions(entities, said.pronouns)
        events = find_events(
            doc, entities=entities, times=times, statements=said.statements, published=gold.date
        )
        _score_one(tally, gold, events, entities)
    return _summary(tally), tally


def _guarded(
    tally: Tally, stage: Callable[..., Any], *args: Any, empty: Any = None, **kwargs: Any
) -> Any:
    """Run another stage; a crash there is counted and treated as "found nothing" (``empty``,
    else an empty list), so the events score is still measured (and the count shows up in
    the report)."""
    try:
        return stage(*args, **kwargs)
    except Exception:
        tally.stage_failures[stage.__name__] += 1
        return [] if empty is None else empty


def evaluate_events(path: Path) -> dict[str, float]:
    """Event-type micro/macro P/R/F1, actor and recipient accuracy, strict P/R/F1."""
    return run(path)[0]


def confusion_table(tally: Tally) -> str:
    """Gold type (rows) against predicted types (columns); "-" is no prediction."""
    rows = sorted({g for g, _ in tally.confusion})
    cols = [*sorted({p for _, p in tally.confusion} - {"-"}), "-"]
    width = max(len(r) for r in rows) if rows else 4
    lines = [" " * width + " " + " ".join(c[:4].rjust(4) for c in cols)]
    for row in rows:
        cells = " ".join(str(tally.confusion[row, c] or ".").rjust(4) for c in cols)
        lines.append(f"{row.ljust(width)} {cells}")
    return "\n".join(lines)


def per_type_table(tally: Tally) -> str:
    """Precision, recall and F1 of each event type, with its gold count."""
    kinds = sorted(set(tally.tp) | set(tally.fn) | set(tally.fp))
    lines = [f"{'type':10} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5}"]
    for kind in kinds:
        p, r, f = _prf(tally.tp[kind], tally.fp[kind], tally.fn[kind])
        gold = tally.tp[kind] + tally.fn[kind]
        lines.append(f"{kind:10} {p:6.3f} {r:6.3f} {f:6.3f} {gold:5d}")
    return "\n".join(lines)


def report(scores: dict[str, float], tally: Tally) -> str:
    """The printed report: scores, per-type scores, then the confusion table."""
    lines = [f"{key:20} {value:.3f}" for key, value in scores.items()]
    lines += [f"other stage failed: {k} x{n}" for k, n in tally.stage_failures.items()]
    lines += ["", per_type_table(tally), "", "confusion (rows gold, columns predicted):"]
    return "\n".join([*lines, confusion_table(tally)])
