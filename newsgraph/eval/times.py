"""Dev evaluation of the times stage on TimeML (``.tml``) folders, TempEval-3 style.

The tagger reads the plain text of each document's ``<TEXT>`` element with the ``<DCT>``
date as the publication date; gold TIMEX3 offsets are mapped into that plain text.
MEANTIME's NewsReader CAT files (``.xml``: tokens plus TIMEX3 token anchors) are read too:
their tokens are joined back into text and the CREATION_TIME value is the publication date.
A folder is searched recursively, so ``meantime_en/intra-doc_annotation`` works whole.
Strict match = same span, relaxed = overlapping spans (one-to-one); type and value accuracy
are measured over relaxed matches and value F1 = value accuracy × relaxed F1.

Usage: ``newsgraph eval times FOLDER [FOLDER …] [--errors FILE]``
"""

from __future__ import annotations

import datetime as dt
import html
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from newsgraph.eval.cat_xml import anchored_span, rebuild_text
from newsgraph.eval.metrics import f1
from newsgraph.extract.nlp import parse_many
from newsgraph.extract.times import find_times

_TAG = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_DCT = re.compile(r"<DCT>.*?value=\"(\d{4})-?(\d\d)-?(\d\d)", re.S)
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)


@dataclass(frozen=True)
class Gold:
    """One gold (or predicted) TIMEX3 in a document's plain text."""

    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class TimeMLDoc:
    """A TimeML document reduced to what the times evaluation needs."""

    name: str
    text: str
    published: dt.date | None
    timexes: list[Gold]


@dataclass
class Counts:
    """Match counts; :meth:`scores` turns them into the reported measures."""

    gold: int = 0
    predicted: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        """Pool another document's counts into these."""
        for name in ("gold", "predicted", "strict", "relaxed", "type_ok", "value_ok"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors.extend(other.errors)

    def scores(self) -> dict[str, float]:
        """Precision, recall, F1 (strict and relaxed), type/value accuracy, value F1."""
        out: dict[str, float] = {}
        for kind, hits in (("strict", self.strict), ("relaxed", self.relaxed)):
            p = hits / self.predicted if self.predicted else 0.0
            r = hits / self.gold if self.gold else 0.0
            out |= {f"{kind}_p": p, f"{kind}_r": r, f"{kind}_f1": f1(p, r)}
        out["type_accuracy"] = self.type_ok / self.relaxed if self.relaxed else 0.0
        out["value_accuracy"] = self.value_ok / self.relaxed if self.relaxed else 0.0
        out["value_f1"] = out["value_accuracy"] * out["relaxed_f1"]
        out["gold"], out["predicted"] = float(self.gold), float(self.predicted)
        return out


def read_timeml(path: Path) -> TimeMLDoc:
    """Plain text of ``<TEXT>``, the DCT date and the gold TIMEX3s (offsets into the text)."""
    raw = path.read_text(encoding="utf-8")
    body = _TEXT.search(raw)
    dct = _DCT.search(raw)
    published = dt.date(*(int(g) for g in dct.groups())) if dct else None
    text, timexes = _strip_tags(body.group(1) if body else "")
    return TimeMLDoc(path.stem, text, published, timexes)


def read_meantime(path: Path) -> TimeMLDoc:
    """A MEANTIME (NewsReader CAT) document: text rebuilt from its tokens, gold TIMEX3s.

    The text is rebuilt by :func:`newsgraph.eval.cat_xml.rebuild_text` (annotated
    sentences only). A TIMEX3 spans from its first to its last anchored token.
    """
    root = ET.parse(path).getroot()
    rebuilt = rebuild_text(root)
    text = rebuilt.text
    published, timexes = None, []
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME" and timex.get("value"):
            published = _iso_date(timex.get("value", ""))
        span = anchored_span(timex, rebuilt.spans)
        if span is not None:
            start, end = span
            gold = Gold(start, end, text[start:end], timex.get("type", ""), timex.get("value", ""))
            timexes.append(gold)
    return TimeMLDoc(path.stem, text, published, sorted(timexes, key=lambda g: g.start))


def _iso_date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def read_folder(folder: Path) -> list[TimeMLDoc]:
    """Every TimeML (``.tml``) and MEANTIME (``.xml``) document under ``folder``, sorted."""
    docs = [read_timeml(p) for p in sorted(folder.rglob("*.tml"))]
    return docs + [read_meantime(p) for p in sorted(folder.rglob("*.xml"))]


def _strip_tags(markup: str) -> tuple[str, list[Gold]]:
    pieces: list[str] = []
    length, pos = 0, 0
    open_timex: list[tuple[int, dict[str, str]]] = []
    timexes: list[Gold] = []
    for tag in _TAG.finditer(markup):
        chunk = html.unescape(markup[pos : tag.start()])
        pieces.append(chunk)
        length += len(chunk)
        pos = tag.end()
        if tag.group(2) != "TIMEX3":
            continue
        if not tag.group(1):
            open_timex.append((length, dict(_ATTR.findall(tag.group(3)))))
        elif open_timex:
            start, attrs = open_timex.pop()
            timexes.append(Gold(start, length, "", attrs.get("type", ""), attrs.get("value", "")))
    pieces.append(html.unescape(markup[pos:]))
    text = "".join(pieces)
    return text, [Gold(g.start, g.end, text[g.start : g.end], g.type, g.value) for g in timexes]


def score_document(doc: TimeMLDoc, predicted: list[Gold]) -> Counts:
    """Strict and relaxed (one-to-one overlap) matches of one document."""
    counts = Counts(gold=len(doc.timexes), predicted=len(predicted))
    used: set[int] = set()
    for g in doc.timexes:
        best = _best_overlap(g, predicted, used)
        if best is None:
            counts.errors.append(f"{doc.name}\tMISSED\t{g.text!r}\t{g.type}\t{g.value}")
            continue
        used.add(best)
        p = predicted[best]
        counts.relaxed += 1
        counts.strict += (p.start, p.end) == (g.start, g.end)
        counts.type_ok += p.type == g.type
        counts.value_ok += p.value == g.value
        if (p.start, p.end, p.type, p.value) != (g.start, g.end, g.type, g.value):
            context = doc.text[max(0, g.start - 40) : g.end + 30].replace("\n", " ")
            counts.errors.append(
                f"{doc.name}\tDIFF\t{g.text!r} {g.type} {g.value}\t→ {p.text!r} {p.type} "
                f"{p.value}\tDCT {doc.published}\t{context}"
            )
    for i, p in enumerate(predicted):
        if i not in used:
            context = doc.text[max(0, p.start - 30) : p.end + 30].replace("\n", " ")
            counts.errors.append(
                f"{doc.name}\tSPURIOUS\t{p.text!r}\t{p.type}\t{p.value}\t{context}"
            )
    return counts


def _best_overlap(g: Gold, predicted: list[Gold], used: set[int]) -> int | None:
    best, best_overlap = None, 0
    for i, p in enumerate(predicted):
        overlap = min(g.end, p.end) - max(g.start, p.start)
        if i not in used and overlap > best_overlap:
            best, best_overlap = i, overlap
    return best


def evaluate_counts(folder: Path) -> Counts:
    """Tag every document under ``folder`` and pool the match counts."""
    docs = read_folder(folder)
    total = Counts()
    for doc, parsed in zip(docs, parse_many(d.text for d in docs), strict=True):
        times = find_times(parsed, published=doc.published)
        predicted = [Gold(t.start, t.end, t.text, t.type, t.value) for t in times]
        total.add(score_document(doc, predicted))
    return total


def evaluate_times(folder: Path) -> dict[str, float]:
    """TempEval-3 measures of the times stage on one folder of TimeML or MEANTIME files.

    Returns:
        strict_p/r/f1, relaxed_p/r/f1, type_accuracy, value_accuracy, value_f1, gold, predicted.

    Raises:
        FileNotFoundError: when ``folder`` holds no ``.tml`` or ``.xml`` file.
    """
    if not any(Path(folder).rglob("*.tml")) and not any(Path(folder).rglob("*.xml")):
        raise FileNotFoundError(f"no .tml or .xml files in {folder}")
    return evaluate_counts(Path(folder)).scores()
