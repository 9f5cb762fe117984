"""Score the statements stage on PolNeAR attributions.

Matching follows the Gender Gap Tracker's quote evaluation: a predicted statement matches a
gold attribution when its content covers at least a threshold share (0.3, and separately
0.8) of the gold content characters, one-to-one, best coverage first. Statements that share a
cue (a quote and the sentences that continue it) count as one prediction, as PolNeAR
annotates one attribution per cue. ``no_comment`` statements have no content and are not
scored.

Run ``newsgraph eval quotes PATH`` on a folder with ``text/`` and
``attributions/`` (brat ``.ann``); dates come from ``metadata.tsv`` beside it or in
``../polnear_dev``.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from newsgraph.batch import analyze_articles
from newsgraph.eval.metrics import prf
from newsgraph.record import Analysis, Article

Range = tuple[int, int]
THRESHOLDS = (0.3, 0.8)
_SPAN_LINE = re.compile(r"^(T\d+)\t(\w+) ([\d; ]+)\t")
_QUOTE_MARKS = "\"“”'‘’«»"


@dataclass(frozen=True)
class Gold:
    """One gold attribution: content characters, source and cue fragments."""

    content: frozenset[int]
    source: tuple[Range, ...]
    cue: tuple[Range, ...]
    direct: bool


@dataclass(frozen=True)
class Predicted:
    """One predicted attribution (statements sharing a cue merged)."""

    content: frozenset[int]
    speaker: tuple[Range, ...]  # the surface span and every mention of the resolved entity
    cue: Range | None


def read_ann(raw: str, text: str) -> list[Gold]:
    """Gold attributions of one brat ``.ann`` file (lines that continue a span's text skipped)."""
    spans: dict[str, tuple[Range, ...]] = {}
    for line in raw.splitlines():
        match = _SPAN_LINE.match(line)
        if match:
            parts = (p.split() for p in match.group(3).split(";"))
            spans[match.group(1)] = tuple((int(a), int(b)) for a, b in parts)
    golds = []
    for line in raw.splitlines():
        if not line.startswith("E") or "\t" not in line:
            continue
        roles = dict(item.split(":", 1) for item in line.split("\t")[1].split() if ":" in item)
        content = spans.get(roles.get("Content", ""))
        if not content:
            continue
        chars = frozenset(i for start, end in content for i in range(start, end))
        first, last = text[content[0][0] : content[0][1]], text[content[-1][0] : content[-1][1]]
        golds.append(
            Gold(
                content=chars,
                source=spans.get(roles.get("Source", ""), ()),
                cue=spans.get(roles.get("Cue", ""), ()),
                direct=first[:1] in _QUOTE_MARKS or last[-1:] in _QUOTE_MARKS,
            )
        )
    return golds


def _dates(folder: Path) -> dict[str, str]:
    for path in (folder / "metadata.tsv", folder.parent / "polnear_dev" / "metadata.tsv"):
        if path.is_file():
            with path.open(encoding="utf-8", newline="") as handle:
                rows = csv.DictReader(handle, delimiter="\t")
                return {row["filename"]: row["publication_date"] for row in rows}
    return {}


def load_corpus(folder: Path) -> Iterator[tuple[Article, list[Gold]]]:
    """Articles with their gold attributions; one annotator's file per article (the first
    in sorted order)."""
    dates = _dates(folder)
    seen: set[str] = set()
    for ann in sorted((folder / "attributions").glob("*.ann")):
        article_id = ann.stem.rsplit("_", 1)[0]
        text_path = folder / "text" / f"{article_id}.txt"
        if article_id in seen or not text_path.is_file():
            continue
        seen.add(article_id)
        text = text_path.read_text(encoding="utf-8")
        published = dates.get(article_id) or None
        article = Article(id=article_id, text=text, published=published)
        yield article, read_ann(ann.read_text(encoding="utf-8"), text)


def predictions(analysis: Analysis) -> list[Predicted]:
    """The analysis's statements with content, merged per cue."""
    groups: dict[object, list] = {}
    for statement in analysis.statements:
        if statement.content is None:
            continue
        key = (statement.cue.start, statement.cue.end) if statement.cue else statement.id
        groups.setdefault(key, []).append(statement)
    out = []
    for members in groups.values():
        chars = frozenset(
            i
            for s in members
            for i in range(s.content.start, s.content.end)  # type: ignore[union-attr]
        )
        speakers: list[Range] = []
        for s in members[:1]:
            if s.speaker is not None:
                speakers.append((s.speaker.start, s.speaker.end))
                entity = analysis.entity(s.speaker.entity) if s.speaker.entity else None
                speakers += [(m.start, m.end) for m in entity.mentions] if entity else []
        cue = members[0].cue
        out.append(Predicted(chars, tuple(speakers), (cue.start, cue.end) if cue else None))
    return out


def match(preds: list[Predicted], golds: list[Gold], threshold: float) -> list[tuple[int, int]]:
    """One-to-one (prediction, gold) pairs whose coverage of the gold content reaches
    ``threshold``, best coverage first."""
    pairs = []
    for p, pred in enumerate(preds):
        for g, gold in enumerate(golds):
            coverage = len(pred.content & gold.content) / len(gold.content)
            if coverage >= threshold:
                pairs.append((coverage, p, g))
    used_p: set[int] = set()
    used_g: set[int] = set()
    matched = []
    for _, p, g in sorted(pairs, reverse=True):
        if p not in used_p and g not in used_g:
            used_p.add(p)
            used_g.add(g)
            matched.append((p, g))
    return matched


def _overlaps(ranges: tuple[Range, ...], others: tuple[Range, ...]) -> bool:
    return any(a < d and c < b for a, b in ranges for c, d in others)


def speaker_right(pred: Predicted, gold: Gold) -> bool:
    """The speaker span or a mention of its entity overlaps the gold Source (or both absent)."""
    if not gold.source:
        return not pred.speaker
    return _overlaps(pred.speaker, gold.source)


@dataclass
class _Tally:
    preds: int = 0
    golds: int = 0
    direct: int = 0
    direct_found: int = 0
    speaker: int = 0
    cue: int = 0

    def __post_init__(self) -> None:
        self.matched = dict.fromkeys(THRESHOLDS, 0)


def evaluate_quotes(folder: Path) -> dict[str, float]:
    """Score the full pipeline's statements against the PolNeAR attributions in ``folder``.

    Returns:
        content precision/recall/F1 at 0.3 and 0.8 coverage, speaker and cue accuracy on the
        0.3 matches, recall on direct and indirect gold, end-to-end F1 (content at 0.3 and
        speaker right), and the counts behind them.
    """
    corpus = list(load_corpus(Path(folder)))
    tally = _Tally()
    for (_, golds), analysis in zip(corpus, analyze_articles(a for a, _ in corpus), strict=True):
        _score_article(tally, predictions(analysis), golds)
    return _report(tally)


def _score_article(tally: _Tally, preds: list[Predicted], golds: list[Gold]) -> None:
    tally.preds += len(preds)
    tally.golds += len(golds)
    tally.direct += sum(g.direct for g in golds)
    for threshold in THRESHOLDS:
        pairs = match(preds, golds, threshold)
        tally.matched[threshold] += len(pairs)
        if threshold != THRESHOLDS[0]:
            continue
        for p, g in pairs:
            tally.direct_found += golds[g].direct
            tally.speaker += speaker_right(preds[p], golds[g])
            tally.cue += preds[p].cue is not None and _overlaps((preds[p].cue,), golds[g].cue)


def _report(tally: _Tally) -> dict[str, float]:
    report: dict[str, float] = {"gold_attributions": tally.golds, "predictions": tally.preds}
    for threshold in THRESHOLDS:
        p, r, f = prf(tally.matched[threshold], tally.preds, tally.golds)
        suffix = f"{int(threshold * 100)}"
        report |= {f"content_p@{suffix}": p, f"content_r@{suffix}": r, f"content_f1@{suffix}": f}
    matched = tally.matched[THRESHOLDS[0]]
    indirect = tally.golds - tally.direct
    report["speaker_accuracy"] = tally.speaker / matched if matched else 0.0
    report["cue_accuracy"] = tally.cue / matched if matched else 0.0
    report["recall_direct"] = tally.direct_found / tally.direct if tally.direct else 0.0
    indirect_found = matched - tally.direct_found
    report["recall_indirect"] = indirect_found / indirect if indirect else 0.0
    report["end_to_end_f1"] = prf(tally.speaker, tally.preds, tally.golds)[2]
    return report
