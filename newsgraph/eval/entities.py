"""Dev evaluation of the entities stage on MEANTIME entity mentions and chains.

MEANTIME marks ENTITY_MENTIONs (token anchors, a ``syntactic_type``: NAM, PRE.NAM, NOM,
PRO, APP, CONJ …) and links them by REFERS_TO to ENTITY instances typed PER, ORG, LOC,
PRO (products), FIN (financial) or MIX: mentions plus coreference chains. The article text
is rebuilt from its tokens (:mod:`newsgraph.eval.cat_xml`, annotated sentences only) and
analyzed; the record's entities are scored (first-person pronouns of quotes join their
speakers in the statements stage). Three measures, all pooled over documents:

* names – detection of named mentions (NAM and PRE.NAM) of PER/ORG/LOC entities by our
  ``name`` mentions, relaxed (overlapping spans, one-to-one); a gold name containing
  another gold name of the same entity ("Ryanair CEO, Michael O'Leary") is left to the
  inner one, and our names overlapping only names of other types or of no entity
  ("Boeing" of "Boeing 737s") count neither way. Type accuracy over matches maps our
  types PERSON → PER, ORG → ORG, GPE/LOC/FAC/NORP → LOC.
* attach – pronoun and nominal attachment. Gold: PRO and NOM mentions of PER/ORG/LOC
  chains with at least two mentions. Predicted: our ``pronoun``, ``nominal`` and ``title``
  mentions (titles are nominal mentions too: "Apple CEO" of "Apple CEO Steve Jobs") of
  entities with at least two mentions. One is right when it overlaps a gold PRO/NOM
  mention and another mention of our entity matches (in the coreference alignment below)
  a mention of that gold chain.
* coref – B³ (Bagga & Baldwin 1998) over the mentions both sides found: every mention of
  ours aligned one-to-one with a gold mention of a PER/ORG/LOC chain (best overlap ratio
  first). For each aligned mention, precision is the share of its predicted chain (as
  restricted to aligned mentions) in the same gold chain, recall the share of its gold
  chain in the same predicted chain; both are averaged over mentions. B³ is used because it
  credits singletons and partial merges per mention, which suits short MEANTIME chains;
  since only found mentions count, detection errors do not enter it (see names/attach).

Usage: ``newsgraph eval entities FOLDER [FOLDER …] [--errors FILE]``
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsgraph.batch import analyze_articles
from newsgraph.eval.cat_xml import anchored_span, rebuild_text
from newsgraph.eval.metrics import f1, prf
from newsgraph.record import Article, Entity

GOLD_TYPES = frozenset({"PER", "ORG", "LOC"})
NAMED = frozenset({"NAM", "PRE.NAM"})
ATTACHED = frozenset({"PRO", "NOM"})
# Our entity types as MEANTIME types; others (EVENT, PRODUCT, LAW …) are not scored.
_PRONOUNS = frozenset(
    [
        "i",
        "me",
        "my",
        "mine",
        "we",
        "us",
        "our",
        "ours",
        "you",
        "your",
        "yours",
        "he",
        "him",
        "his",
        "she",
        "her",
        "hers",
        "it",
        "its",
        "they",
        "them",
        "their",
        "theirs",
        "himself",
        "herself",
        "itself",
        "themselves",
        "ourselves",
        "who",
        "whom",
        "whose",
        "which",
        "that",
        "this",
        "these",
        "those",
    ]
)
TYPE_MAP = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "NORP": "LOC"}


@dataclass(frozen=True)
class GoldMention:
    """One MEANTIME entity mention in the rebuilt text."""

    start: int
    end: int
    text: str
    syntax: str  # syntactic_type ("" when unset)
    chain: str  # the ENTITY's m_id, "" when the mention refers to none
    type: str  # the ENTITY's ent_type, "" when none


@dataclass(frozen=True)
class EntityDoc:
    """A MEANTIME document reduced to what the entities evaluation needs."""

    name: str
    text: str
    mentions: list[GoldMention]
    chain_names: dict[str, str]  # ENTITY m_id -> its TAG_DESCRIPTOR


@dataclass(frozen=True)
class Predicted:
    """One of our mentions with its entity's id and type."""

    start: int
    end: int
    text: str
    kind: str
    entity: str
    type: str


@dataclass
class Counts:
    """Pooled counts; :meth:`scores` turns them into the reported measures."""

    names_gold: int = 0
    names_predicted: int = 0
    names_matched: int = 0
    type_ok: int = 0
    attach_gold: int = 0
    attach_predicted: int = 0
    attach_right: int = 0
    coref_mentions: int = 0
    b3_precision: float = 0.0  # sums over aligned mentions
    b3_recall: float = 0.0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        """Pool another document's counts into these."""
        for name, value in vars(other).items():
            if name != "errors":
                setattr(self, name, getattr(self, name) + value)
        self.errors.extend(other.errors)

    def scores(self) -> dict[str, float]:
        """names_p/r/f1 and type accuracy, attach_p/r/f1, b3_p/r/f1, with the counts."""
        out: dict[str, float] = {}
        names = prf(self.names_matched, self.names_predicted, self.names_gold)
        out |= dict(zip(("names_p", "names_r", "names_f1"), names, strict=True))
        out["names_type_accuracy"] = (
            self.type_ok / self.names_matched if self.names_matched else 0.0
        )
        attach = prf(self.attach_right, self.attach_predicted, self.attach_gold)
        out |= dict(zip(("attach_p", "attach_r", "attach_f1"), attach, strict=True))
        n = self.coref_mentions
        p, r = (self.b3_precision / n, self.b3_recall / n) if n else (0.0, 0.0)
        out |= {"b3_p": p, "b3_r": r, "b3_f1": f1(p, r)}
        for name in ("names_gold", "names_predicted", "attach_gold", "attach_predicted"):
            out[name] = float(getattr(self, name))
        out["coref_mentions"] = float(n)
        return out


def read_entities(path: Path) -> EntityDoc:
    """The rebuilt text and the gold entity mentions, with their chains, of one file."""
    root = ET.parse(path).getroot()
    rebuilt = rebuild_text(root)
    entities = {e.get("m_id", ""): e for e in root.iter("ENTITY")}
    chain_of: dict[str, str] = {}
    for relation in root.iter("REFERS_TO"):
        target = relation.find("target")
        target_id = target.get("m_id", "") if target is not None else ""
        if target_id in entities:
            for source in relation.iter("source"):
                chain_of[source.get("m_id", "")] = target_id
    mentions = []
    for markable in root.iter("ENTITY_MENTION"):
        span = anchored_span(markable, rebuilt.spans)
        if span is None:
            continue
        chain = chain_of.get(markable.get("m_id", ""), "")
        kind = entities[chain].get("ent_type", "") if chain else ""
        text = rebuilt.text[span[0] : span[1]]
        syntax = markable.get("syntactic_type") or infer_syntax(text)
        mentions.append(GoldMention(span[0], span[1], text, syntax, chain, kind))
    names = {m_id: e.get("TAG_DESCRIPTOR", "") for m_id, e in entities.items()}
    mentions.sort(key=lambda m: (m.start, m.end))
    return EntityDoc(path.stem, rebuilt.text, mentions, names)


def infer_syntax(text: str) -> str:
    """A syntactic type for a mention MEANTIME left without one (about 850 of them):
    PRO for a pronoun, NAM when every word is capitalised ("General Motors", "GM"), NOM
    for any other phrase without a coordination or a comma, else "" (not scored)."""
    words = text.split()
    if text.lower() in _PRONOUNS:
        return "PRO"
    if "," in text or "and" in words or "&" in words or "(" in text:
        return ""
    if all(w[:1].isupper() or not w[:1].isalpha() for w in words):
        return "NAM"
    return "NOM"


def read_folder(folder: Path) -> list[EntityDoc]:
    """Every MEANTIME ``.xml`` document under ``folder`` (recursively), sorted by path."""
    return [read_entities(p) for p in sorted(Path(folder).rglob("*.xml"))]


def predictions(entities: Iterable[Entity]) -> list[Predicted]:
    """Our mentions, flattened, each with its entity's id and type."""
    return [
        Predicted(m.start, m.end, m.text, m.kind, e.id, e.type)
        for e in entities
        for m in e.mentions
    ]


def _overlap(a: GoldMention | Predicted, b: GoldMention | Predicted) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def align(gold: Sequence[GoldMention], predicted: Sequence[Predicted]) -> dict[int, int]:
    """One-to-one relaxed alignment, predicted index -> gold index: overlapping pairs are
    taken greedily by overlap ratio (overlap / union), best first, then in text order."""
    pairs = []
    for p, pm in enumerate(predicted):
        for g, gm in enumerate(gold):
            overlap = _overlap(pm, gm)
            if overlap > 0:
                union = max(pm.end, gm.end) - min(pm.start, gm.start)
                pairs.append((-overlap / union, gm.start, p, g))
    out: dict[int, int] = {}
    used: set[int] = set()
    for _, _, p, g in sorted(pairs):
        if p not in out and g not in used:
            out[p] = g
            used.add(g)
    return out


def score_document(doc: EntityDoc, predicted: list[Predicted]) -> Counts:
    """The three measures' counts for one document."""
    counts = Counts()
    chained = [g for g in doc.mentions if g.type in GOLD_TYPES]
    coref = align(chained, predicted)
    chain_of = {p: chained[g].chain for p, g in coref.items()}
    _score_names(doc, predicted, counts)
    _score_attachment(doc, predicted, chain_of, counts)
    _score_b3(doc, predicted, {p: chained[g] for p, g in coref.items()}, counts)
    return counts


def gold_names(doc: EntityDoc) -> list[GoldMention]:
    """Named PER/ORG/LOC gold mentions, without one that contains another of its chain."""
    named = [g for g in doc.mentions if g.syntax in NAMED and g.type in GOLD_TYPES]
    return [
        g
        for g in named
        if not any(
            o is not g
            and o.chain == g.chain
            and g.start <= o.start
            and o.end <= g.end
            and (o.start, o.end) != (g.start, g.end)
            for o in named
        )
    ]


def _score_names(doc: EntityDoc, predicted: list[Predicted], counts: Counts) -> None:
    gold = gold_names(doc)
    ours = [p for p in predicted if p.kind == "name" and p.type in TYPE_MAP]
    other_names = [g for g in doc.mentions if g.syntax in NAMED or not g.chain]
    matched = align(gold, ours)
    counts.names_gold += len(gold)
    for i, p in enumerate(ours):
        g = gold[matched[i]] if i in matched else None
        if g is None:
            if not any(_overlap(p, o) > 0 for o in other_names):
                counts.names_predicted += 1
                counts.errors.append(f"{doc.name}\tNAME_SPURIOUS\t{p.text!r}\t{p.type}")
            continue
        counts.names_predicted += 1
        counts.names_matched += 1
        counts.type_ok += TYPE_MAP[p.type] == g.type
        if TYPE_MAP[p.type] != g.type:
            counts.errors.append(f"{doc.name}\tNAME_TYPE\t{g.text!r} {g.type}\t→ {p.type}")
    found = set(matched.values())
    for i, g in enumerate(gold):
        if i not in found:
            context = doc.text[max(0, g.start - 40) : g.end + 30].replace("\n", " ")
            counts.errors.append(f"{doc.name}\tNAME_MISSED\t{g.text!r}\t{g.type}\t{context}")


def _score_attachment(
    doc: EntityDoc, predicted: list[Predicted], chain_of: dict[int, str], counts: Counts
) -> None:
    sizes = Counter(g.chain for g in doc.mentions if g.chain)
    gold_all = [g for g in doc.mentions if g.syntax in ATTACHED]
    entity_size = Counter(p.entity for p in predicted)
    ours = [
        i
        for i, p in enumerate(predicted)
        if p.kind in ("pronoun", "nominal", "title") and entity_size[p.entity] > 1
    ]
    matched = align(gold_all, [predicted[i] for i in ours])
    counts.attach_gold += sum(g.type in GOLD_TYPES and sizes[g.chain] > 1 for g in gold_all)
    counts.attach_predicted += len(ours)
    right: set[int] = set()
    for n, i in enumerate(ours):
        p = predicted[i]
        g = gold_all[matched[n]] if n in matched else None
        chain = g.chain if g is not None else ""
        if chain and _other_member(predicted, chain_of, i, chain):
            counts.attach_right += 1
            right.add(matched[n])
            continue
        if g is None and _inside_own_chain(doc, predicted, chain_of, i):
            counts.attach_predicted -= 1  # "German airline Lufthansa": gold has one NAM
            continue
        wanted = doc.chain_names.get(chain, "-")
        counts.errors.append(
            f"{doc.name}\tATTACH_WRONG\t{p.text!r} → {_entity_name(predicted, p)}\t"
            f"gold {wanted!r}\t{_context(doc.text, p.start, p.end)}"
        )
    for n, g in enumerate(gold_all):
        if n not in right and g.type in GOLD_TYPES and sizes[g.chain] > 1:
            counts.errors.append(
                f"{doc.name}\tATTACH_MISSED\t{g.text!r} {g.syntax} {g.type}\t"
                f"gold {doc.chain_names.get(g.chain, '-')!r}\t{_context(doc.text, g.start, g.end)}"
            )


def _inside_own_chain(
    doc: EntityDoc, predicted: list[Predicted], chain_of: dict[int, str], i: int
) -> bool:
    """Whether a nominal no gold PRO/NOM matches overlaps a gold mention of the chain its
    entity is aligned to: MEANTIME folds "German airline Lufthansa" into one name."""
    p = predicted[i]
    chains = {chain_of.get(j) for j, q in enumerate(predicted) if q.entity == p.entity and j != i}
    return any(g.chain in chains and _overlap(p, g) > 0 for g in doc.mentions if g.chain)


def _other_member(predicted: list[Predicted], chain_of: dict[int, str], i: int, chain: str) -> bool:
    """Whether another mention of ``predicted[i]``'s entity is aligned to ``chain``."""
    entity = predicted[i].entity
    return any(
        j != i and q.entity == entity and chain_of.get(j) == chain for j, q in enumerate(predicted)
    )


def _entity_name(predicted: list[Predicted], p: Predicted) -> str:
    names = [q.text for q in predicted if q.entity == p.entity and q.kind == "name"]
    return repr(max(names, key=len)) if names else p.entity


def _context(text: str, start: int, end: int) -> str:
    return text[max(0, start - 40) : end + 30].replace("\n", " ")


def b3(pairs: Sequence[tuple[str, str]]) -> tuple[float, float]:
    """B³ precision and recall *sums* over mentions given as (predicted, gold) chain ids.

    For mention i: precision_i = |{j: pred_j = pred_i, gold_j = gold_i}| / |{j: pred_j =
    pred_i}| and recall_i the same over |{j: gold_j = gold_i}|. Divide by ``len(pairs)``
    for the averages (sums let documents be pooled per mention).
    """
    both = Counter(pairs)
    ours = Counter(p for p, _ in pairs)
    theirs = Counter(g for _, g in pairs)
    precision = sum(both[pair] / ours[pair[0]] for pair in pairs)
    recall = sum(both[pair] / theirs[pair[1]] for pair in pairs)
    return precision, recall


def _score_b3(
    doc: EntityDoc, predicted: list[Predicted], aligned: dict[int, GoldMention], counts: Counts
) -> None:
    pairs = [(predicted[p].entity, g.chain) for p, g in sorted(aligned.items())]
    precision, recall = b3(pairs)
    counts.coref_mentions += len(pairs)
    counts.b3_precision += precision
    counts.b3_recall += recall
    for entity, chains in _group(pairs, by=0).items():
        if len(chains) > 1:
            names = ", ".join(repr(doc.chain_names.get(c, c)) for c in sorted(chains))
            counts.errors.append(f"{doc.name}\tCOREF_MERGED\t{entity}\t{names}")
    for chain, entities in _group(pairs, by=1).items():
        if len(entities) > 1:
            texts = " | ".join(
                "/".join(sorted({predicted[p].text for p in aligned if predicted[p].entity == e}))
                for e in sorted(entities)
            )
            name = doc.chain_names.get(chain, chain)
            counts.errors.append(f"{doc.name}\tCOREF_SPLIT\t{name!r}\t{texts}")


def _group(pairs: Sequence[tuple[str, str]], *, by: int) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for pair in pairs:
        out.setdefault(pair[by], set()).add(pair[1 - by])
    return out


def evaluate_counts(folder: Path) -> Counts:
    """Analyze every document under ``folder`` and pool the counts of its entities (as the
    record has them: first-person pronouns of quotes join their speakers in the statements
    stage)."""
    docs = read_folder(folder)
    total = Counts()
    articles = [Article(id=doc.name, text=doc.text) for doc in docs]
    for doc, record in zip(docs, analyze_articles(articles), strict=True):
        total.add(score_document(doc, predictions(record.entities)))
    return total


def evaluate_entities(folder: Path) -> dict[str, float]:
    """Name detection, pronoun/nominal attachment and B³ scores on a MEANTIME folder.

    Returns:
        names_p/r/f1, names_type_accuracy, attach_p/r/f1, b3_p/r/f1 and the counts.

    Raises:
        FileNotFoundError: when ``folder`` holds no ``.xml`` file.
    """
    if not any(Path(folder).rglob("*.xml")):
        raise FileNotFoundError(f"no .xml files in {folder}")
    return evaluate_counts(Path(folder)).scores()
