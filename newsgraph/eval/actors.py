"""Dev evaluation of corpus actor identity on MEANTIME's cross-document annotation.

MEANTIME's cross-document release gives every ``ENTITY`` an ``instance_id`` naming the same
real-world entity in every document where it appears. The articles of a folder are rebuilt
from their tokens (:mod:`newsgraph.eval.cat_xml`), analyzed with their creation date as the
publication date, and stored in one temporary SQLite store, which links their entities to
corpus actors exactly as ``newsgraph ingest`` does.

Gold items are the mentions marked NAM or PRE.NAM (those without a ``syntactic_type`` are
left out) of PER/ORG/LOC entities with an ``instance_id``. Each is aligned to the ``name``
mention of our record at its head: MEANTIME marks whole phrases as names, and a modifier
must not decide the actor — "U.S. automaker [GM]" (the name ending it after pre-modifiers),
"[Seattle], Washington, in the United States" (the name opening it before a comma or
preposition). A gold name whose head is no name of ours ("the Chief Executive Officer of
General Motors") is not aligned: it cannot show our linking. The predicted actor is that
mention's entity's actor, read once every article is stored (a name of ours whose entity
is no actor counts as an actor of its own). Measures, over the aligned gold mentions only (the
share aligned is reported):

* pairwise – over pairs of mentions in different documents: a pair is linked in gold when
  both mentions share an instance, predicted when they share an actor. Precision, recall
  and F1, overall and by gold type (pairs of two mentions of that type).
* B³ – precision and recall averaged over mentions, within and across documents.
* baseline – the pairwise scores of the same mentions when a mention's actor is its exact
  surface string (identical strings are one actor).
* worst merges – actors holding several instances, by wrong cross-document pairs; worst
  splits – instances spread over several actors, by missed cross-document pairs.

Usage: ``newsgraph eval actors FOLDER``
"""

from __future__ import annotations

import datetime as dt
import re
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from newsgraph.batch import analyze_articles
from newsgraph.eval.cat_xml import anchored_span, rebuild_text
from newsgraph.eval.entities import GOLD_TYPES, NAMED, TYPE_MAP, b3
from newsgraph.eval.metrics import f1, prf, prf_items
from newsgraph.record import Analysis, Article
from newsgraph.store.db import Store

BATCH = 64  # records per store transaction, as ``newsgraph ingest`` adds them
SCORED_TYPES = ("PER", "ORG", "LOC")  # the order of the per-type scores
TOP = 10  # worst merges and splits reported
_DATE_FORMATS = ("%Y-%m-%d", "%d-%m-%Y")  # one gm file writes its creation date day first


@dataclass(frozen=True)
class GoldName:
    """A named gold mention of a PER/ORG/LOC instance."""

    doc: str
    start: int
    end: int
    text: str
    instance: str
    type: str


@dataclass(frozen=True)
class ActorDoc:
    """A MEANTIME document: the article to analyze and its gold name mentions."""

    article: Article
    names: list[GoldName]


@dataclass(frozen=True)
class OurName:
    """One ``name`` mention of our record with the corpus actor of its entity."""

    start: int
    end: int
    type: str  # our entity type (PERSON, ORG, GPE …)
    actor: int | None  # None: the entity is no corpus actor


@dataclass(frozen=True)
class Linked:
    """A gold name mention with the actor predicted for it (None: not aligned)."""

    gold: GoldName
    actor: int | str | None  # None: not aligned; a string: aligned to a name with no actor


@dataclass(frozen=True)
class PairCounts:
    """Cross-document mention pairs: linked in both, predicted, gold."""

    both: int
    predicted: int
    gold: int

    def prf(self) -> tuple[float, float, float]:
        """Precision, recall and F1."""
        return prf(self.both, self.predicted, self.gold)


@dataclass(frozen=True)
class Merge:
    """An actor holding several gold instances: (instance id, mention texts) each."""

    actor: str
    wrong_pairs: int
    instances: list[tuple[str, Counter[str]]]


@dataclass(frozen=True)
class Split:
    """A gold instance (id and commonest text) spread over several actors: (actor name,
    mention count) each."""

    instance: str
    missed_pairs: int
    actors: list[tuple[str, int]]


@dataclass(frozen=True)
class ActorScores:
    """Everything :func:`evaluate_actors` measures."""

    gold_names: int
    aligned: int
    pairwise: PairCounts
    b3_precision: float
    b3_recall: float
    by_type: dict[str, PairCounts]
    baseline: PairCounts
    merges: list[Merge]
    splits: list[Split]

    def scores(self) -> dict[str, float]:
        """The numbers, flat, in print order (counts as ints)."""
        out: dict[str, float] = {"gold_names": self.gold_names, "aligned": self.aligned}
        out |= prf_items("pairwise", self.pairwise.prf())
        out |= {
            "pairs_gold": self.pairwise.gold,
            "pairs_predicted": self.pairwise.predicted,
            "pairs_both": self.pairwise.both,
            "b3_p": self.b3_precision,
            "b3_r": self.b3_recall,
            "b3_f1": f1(self.b3_precision, self.b3_recall),
        }
        for kind, counts in self.by_type.items():
            out |= prf_items(kind, counts.prf())
        out |= prf_items("baseline", self.baseline.prf())
        return out

    def report(self) -> str:
        """The worst merges and splits, one line each."""
        lines = ["worst merges (one actor, several gold instances; wrong cross-document pairs):"]
        for merge in self.merges:
            instances = "; ".join(f"{label} {_texts(texts)}" for label, texts in merge.instances)
            lines.append(f"  {merge.wrong_pairs:5d}  {merge.actor!r}: {instances}")
        lines.append(
            "worst splits (one gold instance, several actors; missed cross-document pairs):"
        )
        for split in self.splits:
            actors = ", ".join(f"{name!r} ×{count}" for name, count in split.actors)
            lines.append(f"  {split.missed_pairs:5d}  {split.instance}: {actors}")
        return "\n".join(lines)


def _texts(texts: Counter[str]) -> str:
    return ", ".join(f"{text!r} ×{count}" for text, count in texts.most_common())


def parse_creation_date(value: str) -> str | None:
    """A CREATION_TIME value as YYYY-MM-DD (also read day first, ``03-02-2009``), or None."""
    for pattern in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(value[:10], pattern).date().isoformat()
        except ValueError:
            continue
    return None


def creation_date(root: ET.Element) -> str | None:
    """The document's creation date (its CREATION_TIME TIMEX3), or None."""
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            return parse_creation_date(timex.get("value", ""))
    return None


def read_actor_doc(path: Path) -> ActorDoc:
    """The article (id ``<topic folder>/<file stem>``) and gold name mentions of one file."""
    root = ET.parse(path).getroot()
    rebuilt = rebuild_text(root)
    doc_id = f"{path.parent.name}/{path.stem}"
    entities = {e.get("m_id", ""): e for e in root.iter("ENTITY")}
    entity_of: dict[str, ET.Element] = {}
    for relation in root.iter("REFERS_TO"):
        target = relation.find("target")
        entity = entities.get(target.get("m_id", "") if target is not None else "")
        if entity is not None:
            for source in relation.iter("source"):
                entity_of[source.get("m_id", "")] = entity
    names = []
    for markable in root.iter("ENTITY_MENTION"):
        entity = entity_of.get(markable.get("m_id", ""))
        span = anchored_span(markable, rebuilt.spans)
        if entity is None or span is None or markable.get("syntactic_type") not in NAMED:
            continue
        instance, kind = entity.get("instance_id", ""), entity.get("ent_type", "")
        if instance and kind in GOLD_TYPES:
            text = rebuilt.text[span[0] : span[1]]
            names.append(GoldName(doc_id, span[0], span[1], text, instance, kind))
    names.sort(key=lambda g: (g.start, g.end))
    article = Article(id=doc_id, text=rebuilt.text, published=creation_date(root))
    return ActorDoc(article, names)


def read_corpus(folder: Path) -> list[ActorDoc]:
    """Every ``.xml`` document under ``folder`` (recursively), sorted by path."""
    return [read_actor_doc(p) for p in sorted(Path(folder).rglob("*.xml"))]


def our_names(record: Analysis, actor_of: dict[str, int]) -> list[OurName]:
    """The record's ``name`` mentions, each with its entity's corpus actor."""
    return [
        OurName(m.start, m.end, e.type, actor_of.get(e.id))
        for e in record.entities
        for m in e.mentions
        if m.kind == "name"
    ]


def store_and_link(
    articles: Sequence[Article], store: Store, progress: Callable[[int], None] | None = None
) -> dict[str, list[OurName]]:
    """Analyze ``articles``, add their records to ``store`` in batches of :data:`BATCH`, and
    return each article's name mentions with the actors the store linked them to;
    ``progress`` is called with 1 per analyzed article."""
    records: list[Analysis] = []
    for record in analyze_articles(articles):
        records.append(record)
        if progress is not None:
            progress(1)
        if len(records) % BATCH == 0:
            store.add(records[-BATCH:])
    if len(records) % BATCH:
        store.add(records[-(len(records) % BATCH) :])
    # Read the links once all are stored: later batches may re-link earlier articles.
    return {r.article.id: our_names(r, store.entity_actors(r.article.id)) for r in records}


_POST_MODIFIER = re.compile(r",|\(|\b(?:of|in|near|at|for|from)\b", re.IGNORECASE)


def _head_fit(gold: GoldName, name: OurName) -> int:
    """How well our name sits at the head of a gold name: 3 the same span, 2 ending
    together after pre-modifiers only ("U.S. automaker [GM]"), 1 starting together before
    a post-modifier ("[Seattle], Washington, in the United States"), 0 elsewhere inside
    (the head is no name of ours: "the Chief Executive Officer of General Motors", "the
    White House Press Secretary"), -1 not overlapping."""
    if min(name.end, gold.end) <= max(name.start, gold.start):
        return -1
    before = gold.text[: max(0, name.start - gold.start)]
    after = gold.text[max(0, name.end - gold.start) :]
    bare = before.lower().removeprefix("the ").strip()
    starts = not bare
    ends = len(after.strip(" .")) == 0
    if starts and ends:
        return 3
    if ends and not _POST_MODIFIER.search(before):
        return 2
    if starts and _POST_MODIFIER.match(after.strip()):
        return 1
    return 0


def best_match(gold: GoldName, ours: Iterable[OurName]) -> OurName | None:
    """Our name at the head of ``gold`` (:func:`_head_fit`), then of its type
    (:data:`TYPE_MAP`), then the one with most characters in common and the tighter; None
    when no name of ours heads it (a gold name whose head we did not find cannot show our
    linking)."""
    best, best_key = None, (0, False, 0, 0)
    for name in ours:
        fit = _head_fit(gold, name)
        overlap = min(name.end, gold.end) - max(name.start, gold.start)
        union = max(name.end, gold.end) - min(name.start, gold.start)
        key = (fit, TYPE_MAP.get(name.type) == gold.type, overlap, -union)
        if fit > 0 and (best is None or key > best_key):
            best, best_key = name, key
    return best


def link(docs: Sequence[ActorDoc], ours: dict[str, list[OurName]]) -> list[Linked]:
    """Every gold name mention with the actor of its best-overlapping name of ours."""
    out = []
    for doc in docs:
        names = ours.get(doc.article.id, [])
        for gold in doc.names:
            match = best_match(gold, names)
            if match is None:
                out.append(Linked(gold, None))
            else:  # a name of ours with no actor is a singleton, not left out
                out.append(Linked(gold, match.actor or f"none:{doc.article.id}:{match.start}"))
    return out


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def cross_doc_pairs(keyed: Iterable[tuple[Hashable, str]]) -> int:
    """Pairs of items with the same key in different documents, given (key, document) per
    item: pairs within each key, minus those within each (key, document)."""
    items = list(keyed)
    by_key = Counter(key for key, _ in items)
    by_key_doc = Counter(items)
    return sum(map(_pairs, by_key.values())) - sum(map(_pairs, by_key_doc.values()))


def pairwise(items: Sequence[tuple[str, Hashable, Hashable]]) -> PairCounts:
    """Cross-document pair counts of (document, gold key, predicted key) items."""
    return PairCounts(
        both=cross_doc_pairs(((g, p), d) for d, g, p in items),
        predicted=cross_doc_pairs((p, d) for d, _, p in items),
        gold=cross_doc_pairs((g, d) for d, g, _ in items),
    )


def b_cubed(pairs: Sequence[tuple[Hashable, Hashable]]) -> tuple[float, float]:
    """B³ precision and recall averaged over mentions given as (predicted, gold) keys."""
    if not pairs:
        return 0.0, 0.0
    precision, recall = b3([(repr(p), repr(g)) for p, g in pairs])
    return precision / len(pairs), recall / len(pairs)


def _instance_label(items: Sequence[Linked]) -> str:
    text = Counter(i.gold.text for i in items).most_common(1)[0][0]
    return f"{items[0].gold.instance} ({text})"


def worst_merges(linked: Sequence[Linked], names: dict[int, str], top: int = TOP) -> list[Merge]:
    """Actors holding several gold instances, most wrong cross-document pairs first."""
    by_actor: dict[int, list[Linked]] = defaultdict(list)
    for item in linked:
        if item.actor is not None:
            by_actor[item.actor].append(item)
    merges = []
    for actor, items in by_actor.items():
        together = cross_doc_pairs((actor, i.gold.doc) for i in items)
        wrong = together - cross_doc_pairs((i.gold.instance, i.gold.doc) for i in items)
        if wrong:
            by_instance: dict[str, list[Linked]] = defaultdict(list)
            for item in items:
                by_instance[item.gold.instance].append(item)
            instances = [
                (group[0].gold.instance, Counter(i.gold.text for i in group))
                for group in sorted(by_instance.values(), key=len, reverse=True)
            ]
            merges.append(Merge(names.get(actor, str(actor)), wrong, instances))
    merges.sort(key=lambda m: (-m.wrong_pairs, m.actor))
    return merges[:top]


def worst_splits(linked: Sequence[Linked], names: dict[int, str], top: int = TOP) -> list[Split]:
    """Gold instances spread over several actors, most missed cross-document pairs first."""
    by_instance: dict[str, list[Linked]] = defaultdict(list)
    for item in linked:
        if item.actor is not None:
            by_instance[item.gold.instance].append(item)
    splits = []
    for instance, items in by_instance.items():
        together = cross_doc_pairs((instance, i.gold.doc) for i in items)
        missed = together - cross_doc_pairs((i.actor, i.gold.doc) for i in items)
        if missed:
            counts = Counter(i.actor for i in items)
            actors = [(names.get(a, str(a)), n) for a, n in counts.most_common() if a is not None]
            splits.append(Split(_instance_label(items), missed, actors))
    splits.sort(key=lambda s: (-s.missed_pairs, s.instance))
    return splits[:top]


def score(linked: Sequence[Linked], names: dict[int, str]) -> ActorScores:
    """All measures over gold name mentions linked to predicted actors."""
    aligned = [i for i in linked if i.actor is not None]
    items = [(i.gold.doc, i.gold.instance, i.actor) for i in aligned]
    by_type = {
        kind: pairwise(
            [(i.gold.doc, i.gold.instance, i.actor) for i in aligned if i.gold.type == kind]
        )
        for kind in SCORED_TYPES
    }
    b3_precision, b3_recall = b_cubed([(actor, gold) for _, gold, actor in items])
    return ActorScores(
        gold_names=len(linked),
        aligned=len(aligned),
        pairwise=pairwise(items),
        b3_precision=b3_precision,
        b3_recall=b3_recall,
        by_type=by_type,
        baseline=pairwise([(i.gold.doc, i.gold.instance, i.gold.text) for i in aligned]),
        merges=worst_merges(aligned, names),
        splits=worst_splits(aligned, names),
    )


def evaluate_actors(folder: Path, *, progress: Callable[[int], None] | None = None) -> ActorScores:
    """Analyze and store every document under ``folder`` in a temporary store and score the
    actors it links their names to; ``progress`` is called with 1 per analyzed article.

    Raises:
        FileNotFoundError: when ``folder`` holds no ``.xml`` file.
    """
    docs = read_corpus(Path(folder))
    if not docs:
        raise FileNotFoundError(f"no .xml files in {folder}")
    with (
        tempfile.TemporaryDirectory() as tmp,
        Store.open("sqlite:///" + str(Path(tmp) / "actors.db")) as store,
    ):
        ours = store_and_link([d.article for d in docs], store, progress)
        names = {row["key"]: row["name"] for row in store.actors(limit=1_000_000)}
    return score(link(docs, ours), names)
