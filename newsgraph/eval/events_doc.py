"""Dev evaluation of whole-article event extraction on the VOA event gold (``voa_events``).

Every event mention of 15 Voice of America stories is annotated (``GUIDELINE.md`` of the
folder): trigger span, PLOVER type, actor and recipient (a name and the surface forms that
refer to it), date at the precision the text gives, polarity, and a ``cluster`` id shared by
the mentions of one real event. Each story's ``text`` is analyzed with the date part of its
``published`` and its title passed separately, so the gold offsets index our record.

Scoring, per article, as the folder's README specifies it:

* candidates – a predicted event and a gold mention whose triggers overlap by at least one
  character, or, failing that, whose predicted sentence span contains the gold trigger and
  whose types are the same;
* pairs – candidates taken one to one, best first: overlapping, then the same type, then the
  actor right, then the recipient right (ties in gold, then predicted, order);
* detection P/R/F1 – pairs over predicted events and gold mentions, type ignored;
* type P/R/F1 – pairs of the same type; cluster recall – gold clusters with at least one
  type-matched mention;
* actor / recipient accuracy – on type-matched pairs whose gold has that role: right when a
  name or non-pronoun mention of a predicted entity in that role matches a gold name or
  mention (:func:`names_match`);
* strict P/R/F1 – type-matched pairs with both roles right, a role the gold leaves null not
  scored;
* date accuracy – on type-matched pairs whose gold has a date: the predicted value agrees at
  the gold's precision (``2025-03`` accepts ``2025-03-13``); polarity accuracy on all pairs.

The ``second/`` folder holds an independent second annotation of some articles; scored as
the prediction against ``gold/`` (:func:`evaluate_second_annotation`) it gives the
inter-annotator agreement, the practical ceiling.

Usage: ``newsgraph eval events-doc FOLDER [--stories PATH] [--against second]``
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsgraph.batch import analyze_articles
from newsgraph.eval.metrics import prf, prf_items
from newsgraph.record import Analysis, Article, Entity, Event

TOP_CONFUSIONS = 15  # gold type → predicted type confusions reported
WORST = 5  # articles reported, lowest type F1 first
_DASHES = re.compile(r"[-‐‑‒–—/]")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_MONTH = re.compile(r"^\d{4}-\d{2}$")


@dataclass(frozen=True)
class GoldMention:
    """One gold event mention: trigger span, type, roles (names and mentions; None when the
    text names no doer or target), date, polarity and its real event's cluster."""

    id: str
    cluster: str
    start: int
    end: int
    text: str
    type: str
    actor: tuple[str, ...] | None
    recipient: tuple[str, ...] | None
    date: str | None
    polarity: str


@dataclass(frozen=True)
class PredictedEvent:
    """One predicted event, reduced to what is scored: the names and non-pronoun mentions of
    every actor and every recipient entity."""

    start: int
    end: int
    text: str
    type: str
    sentence: tuple[int, int]
    actors: tuple[str, ...]
    recipients: tuple[str, ...]
    date: str | None
    polarity: str


@dataclass(frozen=True)
class Pair:
    """A gold mention paired with a predicted event; a role is None when the gold leaves it
    null (not scored)."""

    gold: GoldMention
    predicted: PredictedEvent
    actor_right: bool | None
    recipient_right: bool | None

    @property
    def same_type(self) -> bool:
        """Whether both have the same PLOVER type."""
        return self.gold.type == self.predicted.type

    @property
    def strict(self) -> bool:
        """Same type, and every role the gold gives right."""
        return (
            self.same_type and self.actor_right is not False and self.recipient_right is not False
        )

    @property
    def date_right(self) -> bool:
        """The predicted date agrees with the gold's at the gold's precision."""
        return date_agrees(self.gold.date, self.predicted.date)


@dataclass(frozen=True)
class ArticleResult:
    """One article's gold mentions, predicted events and their pairs."""

    id: str
    gold: list[GoldMention]
    predicted: list[PredictedEvent]
    pairs: list[Pair]

    @property
    def typed(self) -> int:
        """Pairs with the same type."""
        return sum(p.same_type for p in self.pairs)

    def type_prf(self) -> tuple[float, float, float]:
        """Type precision, recall and F1 of this article."""
        return prf(self.typed, len(self.predicted), len(self.gold))


@dataclass(frozen=True)
class DocEventScores:
    """Everything :func:`evaluate_events_doc` measures, article by article."""

    articles: list[ArticleResult]

    def _pairs(self) -> list[Pair]:
        return [p for a in self.articles for p in a.pairs]

    def scores(self) -> dict[str, float]:
        """The numbers, flat, in print order (counts as ints)."""
        pairs = self._pairs()
        typed = [p for p in pairs if p.same_type]
        gold = sum(len(a.gold) for a in self.articles)
        predicted = sum(len(a.predicted) for a in self.articles)
        clusters, recalled = cluster_counts(self.articles)
        out: dict[str, float] = {
            "articles": len(self.articles),
            "gold": gold,
            "predicted": predicted,
            "paired": len(pairs),
            "type_matched": len(typed),
        }
        out |= prf_items("detection", prf(len(pairs), predicted, gold))
        out |= prf_items("type", prf(len(typed), predicted, gold))
        out |= prf_items("strict", prf(sum(p.strict for p in typed), predicted, gold))
        out |= {"clusters": clusters, "cluster_recall": recalled / clusters if clusters else 0.0}
        actors = [p.actor_right for p in typed if p.actor_right is not None]
        recipients = [p.recipient_right for p in typed if p.recipient_right is not None]
        dates = [p.date_right for p in typed if p.gold.date is not None]
        polarities = [p.gold.polarity == p.predicted.polarity for p in pairs]
        for name, outcomes in (
            ("actor", actors),
            ("recipient", recipients),
            ("date", dates),
            ("polarity", polarities),
        ):
            out |= {f"{name}_scored": len(outcomes), f"{name}_accuracy": _share(outcomes)}
        return out

    def report(self) -> str:
        """Per-type scores, the commonest type confusions and the worst articles."""
        lines = ["per type (gold count, predicted count, type P/R/F1):"]
        lines += [f"  {line}" for line in per_type_lines(self.articles)]
        lines.append(
            f"type confusions (gold → predicted, paired with another type; top {TOP_CONFUSIONS}):"
        )
        for (gold, predicted), count in confusions(self._pairs()):
            lines.append(f"  {count:4d}  {gold} → {predicted}")
        lines.append("worst articles (lowest type F1: gold, predicted, paired, type-matched):")
        for article in worst_articles(self.articles):
            p, r, f = article.type_prf()
            counts = f"{len(article.gold):4d} {len(article.predicted):4d}"
            counts += f" {len(article.pairs):4d} {article.typed:4d}"
            lines.append(f"  {article.id:>10}  {counts}  P {p:.3f} R {r:.3f} F1 {f:.3f}")
        return "\n".join(lines)


def _share(outcomes: Sequence[bool]) -> float:
    return sum(outcomes) / len(outcomes) if outcomes else 0.0


def fold_words(name: str) -> list[tuple[str, bool]]:
    """The words of a name folded (lower case, punctuation dropped – dashes and slashes
    split words –, "the" left out), each with whether it was capitalised."""
    words = []
    for raw in _DASHES.sub(" ", name).split():
        word = "".join(c for c in raw if not unicodedata.category(c).startswith(("P", "S")))
        if word and word.lower() != "the":
            words.append((word.lower(), word[0].isupper()))
    return words


def names_match(first: str, second: str) -> bool:
    """Whether two names refer alike: equal once folded (:func:`fold_words`), or one holds
    the other as whole words sharing a capitalised word or two or more words ("the Iraqi
    government" holds "Iraqi"; "the people of Iraq" does not hold "people")."""
    a, b = fold_words(first), fold_words(second)
    if not a or not b:
        return False
    if [w for w, _ in a] == [w for w, _ in b]:
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    words, width = [w for w, _ in short], len(short)
    for at in range(len(long) - width + 1):
        if [w for w, _ in long[at : at + width]] != words:
            continue
        capitalised = any(c for _, c in short) or any(c for _, c in long[at : at + width])
        if width >= 2 or capitalised:
            return True
    return False


def role_right(gold: Sequence[str] | None, predicted: Iterable[str]) -> bool | None:
    """Whether a predicted role's names match the gold role's name or mentions; None when
    the gold role is null (not scored)."""
    if gold is None:
        return None
    names = list(predicted)
    return any(names_match(g, p) for g in gold for p in names)


def date_agrees(gold: str | None, predicted: str | None) -> bool:
    """Whether ``predicted`` agrees with ``gold`` at the gold's precision (``2025-03``
    accepts ``2025-03-13``; a less precise prediction does not)."""
    if gold is None or predicted is None:
        return False
    week = _WEEK.match(predicted)
    if week is not None and _MONTH.match(gold):
        # a week agrees with a month it lies wholly inside ("2025-W11" is 10-16 March)
        year, number = int(week.group(1)), int(week.group(2))
        try:
            days = [dt.date.fromisocalendar(year, number, d) for d in (1, 7)]
        except ValueError:
            return False
        return all(day.isoformat()[:7] == gold for day in days)
    if len(predicted) < len(gold):
        return False
    return predicted[: len(gold)] == gold


def overlap(gold: GoldMention, predicted: PredictedEvent) -> int:
    """Characters the two triggers have in common."""
    return max(0, min(gold.end, predicted.end) - max(gold.start, predicted.start))


def is_candidate(gold: GoldMention, predicted: PredictedEvent) -> bool:
    """Whether the triggers overlap, or else the predicted sentence holds the gold trigger
    and both have the same type."""
    if overlap(gold, predicted):
        return True
    start, end = predicted.sentence
    return start <= gold.start and gold.end <= end and gold.type == predicted.type


def make_pair(gold: GoldMention, predicted: PredictedEvent) -> Pair:
    """The pair of a gold mention and a predicted event, with its roles judged."""
    return Pair(
        gold,
        predicted,
        role_right(gold.actor, predicted.actors),
        role_right(gold.recipient, predicted.recipients),
    )


def _rank(pair: Pair) -> tuple[bool, bool, bool, bool]:
    """How good a candidate pair is: overlapping triggers, same type, actor right, recipient
    right (a role the gold leaves null is not right)."""
    overlapping = overlap(pair.gold, pair.predicted) > 0
    return overlapping, pair.same_type, pair.actor_right is True, pair.recipient_right is True


def pair_events(gold: Sequence[GoldMention], predicted: Sequence[PredictedEvent]) -> list[Pair]:
    """Candidates (:func:`is_candidate`) paired one to one, best first: overlapping, same
    type, actor right, recipient right (:func:`_rank`); ties in gold, then predicted, order.
    Pairs come back in gold order."""
    candidates = [
        (make_pair(g, p), i, j)
        for i, g in enumerate(gold)
        for j, p in enumerate(predicted)
        if is_candidate(g, p)
    ]
    candidates.sort(key=lambda c: _rank(c[0]), reverse=True)  # stable: ties keep input order
    taken_gold: set[int] = set()
    taken_predicted: set[int] = set()
    pairs = []
    for pair, i, j in candidates:
        if i not in taken_gold and j not in taken_predicted:
            taken_gold.add(i)
            taken_predicted.add(j)
            pairs.append((i, pair))
    return [pair for _, pair in sorted(pairs, key=lambda item: item[0])]


def cluster_counts(articles: Iterable[ArticleResult]) -> tuple[int, int]:
    """Gold clusters (per article) and those with at least one type-matched mention."""
    clusters: set[tuple[str, str]] = set()
    recalled: set[tuple[str, str]] = set()
    for article in articles:
        clusters |= {(article.id, g.cluster) for g in article.gold}
        recalled |= {(article.id, p.gold.cluster) for p in article.pairs if p.same_type}
    return len(clusters), len(recalled)


def confusions(
    pairs: Iterable[Pair], top: int = TOP_CONFUSIONS
) -> list[tuple[tuple[str, str], int]]:
    """(gold type, predicted type) of pairs with different types, commonest first."""
    counts = Counter((p.gold.type, p.predicted.type) for p in pairs if not p.same_type)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:top]


def per_type_lines(articles: Sequence[ArticleResult]) -> list[str]:
    """One line per PLOVER type: gold and predicted counts, type P/R/F1; most gold first."""
    gold = Counter(g.type for a in articles for g in a.gold)
    predicted = Counter(p.type for a in articles for p in a.predicted)
    typed = Counter(p.gold.type for a in articles for p in a.pairs if p.same_type)
    lines = []
    for kind in sorted(gold.keys() | predicted.keys(), key=lambda k: (-gold[k], k)):
        p, r, f = prf(typed[kind], predicted[kind], gold[kind])
        lines.append(f"{kind:10} {gold[kind]:4d} {predicted[kind]:4d}  {p:.3f} {r:.3f} {f:.3f}")
    return lines


def worst_articles(articles: Sequence[ArticleResult], top: int = WORST) -> list[ArticleResult]:
    """The articles with the lowest type F1, the one with more gold first on ties."""
    return sorted(articles, key=lambda a: (a.type_prf()[2], -len(a.gold), a.id))[:top]


def _role(value: dict[str, Any] | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    return (value["name"], *value.get("mentions", []))


def read_gold_mentions(data: dict[str, Any]) -> list[GoldMention]:
    """The mentions of one gold (or second annotation) file's JSON, in trigger order."""
    mentions = []
    for event in data["events"]:
        trigger = event["trigger"]
        mentions.append(
            GoldMention(
                id=event["id"],
                cluster=event.get("cluster") or event["id"],  # no cluster: an event of its own
                start=trigger["start"],
                end=trigger["end"],
                text=trigger["text"],
                type=event["type"],
                actor=_role(event.get("actor")),
                recipient=_role(event.get("recipient")),
                date=event.get("date"),
                polarity=event.get("polarity") or "asserted",
            )
        )
    return sorted(mentions, key=lambda m: (m.start, m.end, m.id))


def read_annotation(folder: Path) -> dict[str, list[GoldMention]]:
    """Every ``<id>.json`` of an annotation folder: article id → mentions."""
    out = {}
    for path in sorted(Path(folder).glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        out[str(data.get("id", path.stem))] = read_gold_mentions(data)
    return out


def read_stories(path: Path, ids: Iterable[str]) -> list[Article]:
    """The articles ``ids`` from a VOA stories JSONL file, in the order of ``ids``: the
    ``text``, the title apart, the date part of ``published``.

    Raises:
        KeyError: when an id has no story in the file.
    """
    stories = {}
    with Path(path).open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                story = json.loads(line)
                stories[str(story["id"])] = story
    articles = []
    for key in ids:
        if key not in stories:
            raise KeyError(f"article {key} is not in {path}")
        story = stories[key]
        published = (story.get("published") or "")[:10] or None
        articles.append(
            Article(
                id=key,
                text=story["text"],
                title=story.get("title"),
                published=published,
                source="VOA",
                url=story.get("url"),
            )
        )
    return articles


def _entity_names(entity: Entity | None) -> list[str]:
    if entity is None:
        return []
    return [entity.name, *(m.text for m in entity.mentions if m.kind != "pronoun")]


def predicted_event(event: Event, entities: dict[str, Entity]) -> PredictedEvent:
    """A record's event with the names of its actor and recipient entities."""
    return PredictedEvent(
        start=event.trigger.start,
        end=event.trigger.end,
        text=event.trigger.text,
        type=event.type,
        sentence=(event.sentence.start, event.sentence.end),
        actors=tuple(n for a in event.actors for n in _entity_names(entities.get(a))),
        recipients=tuple(n for r in event.recipients for n in _entity_names(entities.get(r))),
        date=event.date.value,
        polarity=event.polarity,
    )


def predicted_events(record: Analysis) -> list[PredictedEvent]:
    """Every event of an analysis record (whatever its polarity), in record order."""
    entities = {e.id: e for e in record.entities}
    return [predicted_event(e, entities) for e in record.events]


def annotated_event(mention: GoldMention) -> PredictedEvent:
    """An annotated mention as a prediction (a second annotator's): its sentence is its
    trigger, so only overlapping triggers pair."""
    return PredictedEvent(
        start=mention.start,
        end=mention.end,
        text=mention.text,
        type=mention.type,
        sentence=(mention.start, mention.end),
        actors=mention.actor or (),
        recipients=mention.recipient or (),
        date=mention.date,
        polarity=mention.polarity,
    )


def score_article(
    article_id: str, gold: list[GoldMention], predicted: list[PredictedEvent]
) -> ArticleResult:
    """One article's pairs."""
    return ArticleResult(article_id, gold, predicted, pair_events(gold, predicted))


def _gold_folder(folder: Path) -> dict[str, list[GoldMention]]:
    gold = read_annotation(Path(folder) / "gold")
    if not gold:
        raise FileNotFoundError(f"no gold/*.json files in {folder}")
    return gold


def default_stories(folder: Path) -> Path:
    """Where the article texts of a ``voa_events`` folder are: ``../voa/voa_stories.jsonl``."""
    return Path(folder).parent / "voa" / "voa_stories.jsonl"


def evaluate_events_doc(
    folder: Path,
    stories: Path | None = None,
    *,
    progress: Callable[[int], None] | None = None,
) -> DocEventScores:
    """Analyze every article of ``folder/gold`` (texts from ``stories``, by default
    :func:`default_stories`) in one batch and score the events against the gold;
    ``progress`` is called with 1 per analyzed article.

    Raises:
        FileNotFoundError: when ``folder`` holds no ``gold/*.json`` or the stories file is
            missing.
        KeyError: when a gold article has no story.
    """
    gold = _gold_folder(folder)
    articles = read_stories(stories or default_stories(folder), gold)
    results = []
    for record in analyze_articles(articles):
        if progress is not None:
            progress(1)
        key = record.article.id
        results.append(score_article(key, gold[key], predicted_events(record)))
    return DocEventScores(results)


def evaluate_second_annotation(folder: Path) -> DocEventScores:
    """Score the independent second annotation (``folder/second``) as the prediction
    against the gold, on the articles it covers: the inter-annotator agreement.

    Raises:
        FileNotFoundError: when ``folder`` holds no ``gold/*.json`` or ``second/*.json``.
    """
    gold = _gold_folder(folder)
    second = read_annotation(Path(folder) / "second")
    if not second:
        raise FileNotFoundError(f"no second/*.json files in {folder}")
    return DocEventScores(
        [
            score_article(key, gold.get(key, []), [annotated_event(m) for m in mentions])
            for key, mentions in second.items()
        ]
    )
