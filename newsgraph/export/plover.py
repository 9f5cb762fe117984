"""Event-data writers: PLOVER JSON records and a GDELT-like CAMEO table.

``--format plover`` writes one PLOVER record per event with the manual's data fields (id,
date, actor, recipient, event, mode, context, event_text, text_info with offsets,
cite_info), plus newsgraph's own (cameo, polarity, confidence, attribution).
``--format cameo-tsv`` writes one row per actor/recipient pair, as GDELT and ICEWS users
expect: date, actor codes, names and countries, CAMEO code and root, quad class, a
PLOVER/Goldstein-style score, place and source URL. Both are pure functions of an
:class:`~newsgraph.record.Analysis`; negated and hypothetical events are left out unless
asked for, since event datasets record what happened (or was promised), not what did not.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from newsgraph.lexicon.events import types
from newsgraph.record import Analysis, Entity, Event

CAMEO_COLUMNS = (
    "date", "article", "event", "actor1_code", "actor1_name", "actor1_country",
    "actor1_sector", "actor2_code", "actor2_name", "actor2_country", "actor2_sector",
    "cameo", "root_code", "quad_class", "score", "plover_type", "plover_mode", "polarity",
    "location", "location_country", "trigger", "source_url",
)  # fmt: skip
_UNASSERTED = frozenset({"negated", "hypothetical"})
_PHONE_SCORE = 1.5  # PLOVER scores a phone consultation below a meeting


def _kept(record: Analysis, include_unasserted: bool) -> list[Event]:
    return [e for e in record.events if include_unasserted or e.polarity not in _UNASSERTED]


def _actor(entity: Entity) -> dict:
    return {
        "entity": entity.id,
        "actor_text": entity.name,
        "code": entity.country,
        "sector": entity.sector,
        "type": entity.type,
    }


def plover_record(record: Analysis, event: Event) -> dict:
    """One event as a PLOVER record (manual's data fields, snake case)."""
    entities = {e.id: e for e in record.entities}
    article, text = record.article, record.article.text
    place = entities.get(event.location.entity or "") if event.location else None
    return {
        "id": f"{article.id}-{event.id}",
        "date": event.date.value,
        "date_basis": event.date.basis,
        "actor": [_actor(entities[a]) for a in event.actors if a in entities],
        "recipient": [_actor(entities[r]) for r in event.recipients if r in entities],
        "event": event.type,
        "mode": event.mode,
        "context": None,  # PLOVER's 37 contexts are not coded yet
        "cameo": event.cameo,
        "polarity": event.polarity,
        "confidence": event.confidence,
        "event_text": event.trigger.text,
        "location": _actor(place) if place else None,
        "text_info": {
            "sentence": text[event.sentence.start : event.sentence.end],
            "sentence_start": event.sentence.start,
            "sentence_end": event.sentence.end,
            "trigger_start": event.trigger.start,
            "trigger_end": event.trigger.end,
            "attributed_to": event.attributed_to,
            "language": "en",
        },
        "cite_info": {
            "article_id": article.id,
            "title": article.title,
            "source": article.source,
            "url": article.url,
            "published": article.published,
        },
    }


def plover_records(record: Analysis, *, include_unasserted: bool = False) -> list[dict]:
    """Every event of the record as a PLOVER record, in text order."""
    return [plover_record(record, e) for e in _kept(record, include_unasserted)]


def plover_json(record: Analysis, *, include_unasserted: bool = False) -> str:
    """The record's events as a JSON array of PLOVER records (``--format plover``)."""
    records = plover_records(record, include_unasserted=include_unasserted)
    return json.dumps(records, ensure_ascii=False, indent=2)


def event_score(event: Event) -> float | None:
    """The PLOVER intensity score of an event (a Goldstein-style value, -10 … 10)."""
    if event.type == "CONSULT" and event.mode == "phone":
        return _PHONE_SCORE
    info = types().get(event.type)
    return info.score if info else None


def _code(entity: Entity | None) -> str:
    """A CAMEO-style actor code: country then sector ("RUSGOV"), as GDELT writes them."""
    if entity is None:
        return ""
    return f"{entity.country or ''}{entity.sector or ''}"


def _side(prefix: str, entity: Entity | None) -> dict:
    return {
        f"{prefix}_code": _code(entity),
        f"{prefix}_name": entity.name if entity else "",
        f"{prefix}_country": (entity.country or "") if entity else "",
        f"{prefix}_sector": (entity.sector or "") if entity else "",
    }


def cameo_rows(record: Analysis, *, include_unasserted: bool = False) -> Iterator[dict]:
    """One row per actor × recipient pair of each event (a missing side is left empty)."""
    entities = {e.id: e for e in record.entities}
    for event in _kept(record, include_unasserted):
        info = types().get(event.type)
        place = entities.get(event.location.entity or "") if event.location else None
        actors = [entities.get(a) for a in event.actors] or [None]
        recipients = [entities.get(r) for r in event.recipients] or [None]
        for actor in actors:
            for recipient in recipients:
                yield {
                    "date": event.date.value or "",
                    "article": record.article.id,
                    "event": event.id,
                    **_side("actor1", actor),
                    **_side("actor2", recipient),
                    "cameo": event.cameo or "",
                    "root_code": (event.cameo or "")[:2],
                    "quad_class": info.quad if info else "",
                    "score": event_score(event),
                    "plover_type": event.type,
                    "plover_mode": event.mode or "",
                    "polarity": event.polarity,
                    "location": place.name if place else "",
                    "location_country": (place.country or "") if place else "",
                    "trigger": event.trigger.text,
                    "source_url": record.article.url or "",
                }


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    return text.replace("\t", " ").replace("\n", " ")


def cameo_tsv(record: Analysis, *, header: bool = True, include_unasserted: bool = False) -> str:
    """The record's events as a GDELT-like TAB-separated table (``--format cameo-tsv``).

    Args:
        record: the analysis record.
        header: start with a line naming the columns (off when appending to a table).
        include_unasserted: also write negated and hypothetical events.
    """
    lines = ["\t".join(CAMEO_COLUMNS)] if header else []
    for row in cameo_rows(record, include_unasserted=include_unasserted):
        lines.append("\t".join(_cell(row[c]) for c in CAMEO_COLUMNS))
    return "\n".join(lines) + ("\n" if lines else "")
