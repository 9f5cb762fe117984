"""Dev evaluation of the entities stage: MEANTIME reading, the three measures, a floor."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import cat_xml

from newsgraph.eval.entities import (
    Predicted,
    b3,
    evaluate_entities,
    infer_syntax,
    read_entities,
    score_document,
)

# "Acme hires Smith" / "March 1, 2010" / two annotated body sentences / one unannotated.
_TOKENS = [
    (0, "Acme"), (0, "hires"), (0, "Smith"),
    (1, "March"), (1, "1"), (1, ","), (1, "2010"),
    (2, "John"), (2, "Smith"), (2, "joined"), (2, "Acme"), (2, "Corp"), (2, "."),
    (3, "He"), (3, "said"), (3, "the"), (3, "company"), (3, "was"), (3, "growing"), (3, "."),
    (4, "Nothing"), (4, "else"), (4, "."),
]  # fmt: skip
# m_id, syntactic_type (None: attribute missing), token ids, entity m_id
_MENTIONS = [
    ("1", "NAM", [1], "100"),
    ("2", "NAM", [3], "101"),
    ("3", "NAM", [8, 9], "101"),
    ("4", "NAM", [11, 12], "100"),
    ("5", None, [14], "101"),  # "He" without a syntactic type: read as PRO
    ("6", "NOM", [16, 17], "100"),
]


def _xml() -> str:
    entities = {
        "100": 'ent_type="ORG" TAG_DESCRIPTOR="Acme Corp"',
        "101": 'ent_type="PER" TAG_DESCRIPTOR="John Smith"',
    }
    return cat_xml(_TOKENS, _MENTIONS, entities)


@pytest.fixture
def meantime_doc(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus_test"
    folder.mkdir()
    path = folder / "acme.xml"
    path.write_text(_xml(), encoding="utf-8")
    return path


def test_eval_entities_reads_mentions_and_chains(meantime_doc: Path) -> None:
    doc = read_entities(meantime_doc)
    assert doc.text == (
        "Acme hires Smith\nMarch 1, 2010\nJohn Smith joined Acme Corp. He said the company was "
        "growing."
    )  # the unannotated last sentence is cut
    got = [(g.text, g.syntax, g.chain, g.type) for g in doc.mentions]
    assert got == [
        ("Acme", "NAM", "100", "ORG"),
        ("Smith", "NAM", "101", "PER"),
        ("John Smith", "NAM", "101", "PER"),
        ("Acme Corp", "NAM", "100", "ORG"),
        ("He", "PRO", "101", "PER"),
        ("the company", "NOM", "100", "ORG"),
    ]
    for g in doc.mentions:
        assert doc.text[g.start : g.end] == g.text


def test_eval_entities_infers_missing_syntactic_types() -> None:
    assert infer_syntax("its") == "PRO"
    assert infer_syntax("General Motors") == "NAM"
    assert infer_syntax("the automaker") == "NOM"
    assert infer_syntax("GM and Chrysler") == ""


def _predicted(doc_text: str, spans: list[tuple[str, int, str, str, str]]) -> list[Predicted]:
    """(text, occurrence, kind, entity, type) -> Predicted at that occurrence of text."""
    out = []
    for text, nth, kind, entity, kind_type in spans:
        start = -1
        for _ in range(nth + 1):
            start = doc_text.index(text, start + 1)
        out.append(Predicted(start, start + len(text), text, kind, entity, kind_type))
    return out


def test_eval_entities_scores_names_attachment_and_b3(meantime_doc: Path) -> None:
    doc = read_entities(meantime_doc)
    predicted = _predicted(
        doc.text,
        [
            ("Acme", 0, "name", "E1", "ORG"),
            ("Smith", 0, "name", "E2", "PERSON"),
            ("John Smith", 0, "name", "E2", "PERSON"),
            ("Acme Corp", 0, "name", "E1", "ORG"),
            ("He", 0, "pronoun", "E2", "PERSON"),
            ("the company", 0, "nominal", "E2", "PERSON"),  # attached to the wrong chain
            ("March", 0, "name", "E3", "ORG"),  # spurious
        ],
    )
    counts = score_document(doc, predicted)
    scores = counts.scores()
    assert (scores["names_p"], scores["names_r"]) == (0.8, 1.0)
    assert scores["names_type_accuracy"] == 1.0
    assert (scores["attach_p"], scores["attach_r"]) == (0.5, 0.5)
    assert scores["b3_p"] == pytest.approx(4.5 / 6)
    assert scores["b3_r"] == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 3) / 6)
    kinds = {line.split("\t")[1] for line in counts.errors}
    assert {"NAME_SPURIOUS", "ATTACH_WRONG", "ATTACH_MISSED", "COREF_MERGED"} <= kinds


def test_eval_entities_b3_is_one_for_identical_chains() -> None:
    pairs = [("E1", "a"), ("E1", "a"), ("E2", "b")]
    assert b3(pairs) == (3.0, 3.0)
    precision, recall = b3([("E1", "a"), ("E1", "b")])
    assert (precision, recall) == (1.0, 2.0)


def test_eval_entities_runs_the_stage(meantime_doc: Path) -> None:
    scores = evaluate_entities(meantime_doc.parent)
    assert scores["names_gold"] == 4
    assert scores["names_r"] > 0.0


@pytest.mark.slow
def test_eval_entities_meantime_floor(shared_data: Path) -> None:
    """Regression floor, below the measured scores on the MEANTIME dev set."""
    scores = evaluate_entities(shared_data / "meantime_en" / "intra-doc_annotation")
    assert scores["names_f1"] >= 0.88
    assert scores["names_type_accuracy"] >= 0.90
    assert scores["attach_p"] >= 0.75
    assert scores["b3_f1"] >= 0.90
