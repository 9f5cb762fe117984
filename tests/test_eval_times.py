"""Dev evaluation of the times stage: TimeML reading, scoring, and a regression floor."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsgraph.eval.times import Gold, evaluate_times, read_timeml, score_document

TML = """<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">
19980807</TIMEX3></DCT>
<TEXT>
Bombs <EVENT eid="e1">exploded</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday
</TIMEX3> &amp; talks lasted <TIMEX3 tid="t2" type="DURATION" value="PT3H">three hours</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_eval_times_reads_plain_text_and_offsets(tmp_path: Path) -> None:
    path = tmp_path / "doc.tml"
    path.write_text(TML, encoding="utf-8")
    doc = read_timeml(path)
    assert doc.published == dt.date(1998, 8, 7)
    assert "<" not in doc.text and "&amp;" not in doc.text
    assert [(g.text, g.type, g.value) for g in doc.timexes] == [
        ("Friday\n", "DATE", "1998-08-07"),
        ("three hours", "DURATION", "PT3H"),
    ]
    for g in doc.timexes:
        assert doc.text[g.start : g.end] == g.text


def test_eval_times_scores_strict_and_relaxed(tmp_path: Path) -> None:
    path = tmp_path / "doc.tml"
    path.write_text(TML, encoding="utf-8")
    doc = read_timeml(path)
    friday, hours = doc.timexes
    predicted = [
        Gold(friday.start, friday.start + 6, "Friday", "DATE", "1998-08-07"),
        Gold(hours.start, hours.end, hours.text, "DURATION", "PT3H"),
        Gold(0, 5, "Bombs", "DATE", "XXXX"),
    ]
    scores = score_document(doc, predicted).scores()
    assert scores["relaxed_r"] == 1.0
    assert scores["strict_r"] == 0.5
    assert scores["relaxed_p"] == pytest.approx(2 / 3)
    assert scores["value_accuracy"] == 1.0


@pytest.mark.slow
def test_eval_times_timebank_floor(shared_data: Path) -> None:
    """Regression floor, well below the measured 0.95 relaxed F1 and 0.84 value F1."""
    scores = evaluate_times(shared_data / "timebank" / "TimeBank")
    assert scores["relaxed_f1"] >= 0.91
    assert scores["value_f1"] >= 0.80
