"""Dev evaluation of the events stage against PLOVER gold records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.eval.events import (
    Gold,
    Tally,
    _score_one,
    _summary,
    confusion_table,
    evaluate_events,
    gold_type,
    load_gold,
    marked_spans,
    per_type_table,
)
from newsgraph.record import Entity, Event, Mention, Offsets, Span


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("DEMAND", "REQUEST"),
        ("DISAPPROVE", "ACCUSE"),
        ("INVESTIGATE", "ACCUSE"),
        ("FIGHT", "ASSAULT"),
        ("AGREE", "AGREE"),
    ],
)
def test_eval_events_maps_legacy_names(old: str, new: str) -> None:
    assert gold_type(old) == new


def test_eval_events_markup_spans_nested_and_reciprocal() -> None:
    markup = "(SRC/TAR: Chad) and (SRC: Niger) (EVT: met) in (LOC:(TAR: Bosnian town)) today."
    assert marked_spans(markup) == [
        ("SRC/TAR", "Chad"),
        ("SRC", "Niger"),
        ("EVT", "met"),
        ("LOC", "Bosnian town"),
        ("TAR", "Bosnian town"),
    ]


def test_eval_events_load_gold_skips_document(tmp_path: Path) -> None:
    records = [
        {"event": "DOCUMENT", "id": "doc"},
        {
            "event": "FIGHT",
            "id": "r1",
            "date": "2000-01-01",
            "text": "Rebels shelled Goma on Monday.",
            "textInfo": {"markup": "(SRC: Rebels) (EVT: shelled) (TAR: Goma) on Monday."},
        },
    ]
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    (gold,) = load_gold(path)
    assert (gold.type, gold.sources, gold.targets) == ("ASSAULT", [(0, 6)], [(15, 19)])


def _entity(eid: str, start: int, end: int, text: str) -> Entity:
    mention = Mention(start=start, end=end, text=text)
    return Entity(id=eid, name=text, type="GPE", mentions=[mention])


def _event(kind: str, actors: list[str], recipients: list[str], polarity="asserted") -> Event:
    return Event(
        id="V1",
        type=kind,
        actors=actors,
        recipients=recipients,
        trigger=Span(start=7, end=14, text="shelled"),
        sentence=Offsets(start=0, end=30),
        polarity=polarity,
    )


def test_eval_events_scores_type_and_arguments() -> None:
    gold = Gold("r1", "Rebels shelled Goma on Monday.", "ASSAULT", None, [(0, 6)], [(15, 19)])
    entities = [_entity("E1", 0, 6, "Rebels"), _entity("E2", 15, 19, "Goma")]
    tally = Tally()
    _score_one(tally, gold, [_event("ASSAULT", ["E1"], ["E2"])], entities)
    _score_one(tally, gold, [_event("ASSAULT", ["E2"], [])], entities)
    _score_one(tally, gold, [_event("ASSAULT", ["E1"], ["E2"], "negated")], entities)
    _score_one(tally, gold, [_event("PROTEST", ["E1"], [])], entities)
    scores = _summary(tally)
    assert scores["type_micro_r"] == 0.5
    assert scores["type_micro_p"] == pytest.approx(2 / 3)
    assert scores["actor_accuracy"] == 0.5
    assert scores["strict_r"] == 0.25
    assert "PROT" in confusion_table(tally)
    assert per_type_table(tally).splitlines()[1].split() == [
        "ASSAULT",
        "1.000",
        "0.500",
        "0.667",
        "4",
    ]


@pytest.mark.slow
def test_eval_events_dev_targets(shared_data: Path) -> None:
    scores = evaluate_events(shared_data / "plover_dev" / "plover_gsr_dev.json")
    assert scores["gold"] == 164
    assert scores["type_micro_f1"] >= 0.80
    # Strict matches also depend on the entities stage covering the gold actor spans.
    assert scores["strict_f1"] >= 0.50
