"""The faster attribute ruler and lemmatizer write exactly what spaCy's own write; the
line-break component starts sentences at new lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from conftest import EXAMPLE, REPO, SHARED_DATA
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc

import newsgraph.extract.components
from newsgraph.extract.components import FAST_COMPONENTS, ArrayAttributeRuler, CachedLemmatizer
from newsgraph.extract.nlp import LINE_BREAKS, MODEL, hard_wrapped

ATTRS = [ORTH, POS, TAG, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE]
# Words that only the model's rules of several tokens or of one word touch.
TRICKY = (
    "Y'all ain't gonna believe it, he said: we're nothin' if not careful, "
    "and that's that. Those who'd rather wait can't, won't or shouldn't.\n\n"
    "The U.S. Treasury's 10-year yield rose 0.2% to 4.1% on Monday, its best day since 2019."
)


@pytest.fixture(scope="module")
def stock() -> Language:
    """Stock spaCy with our one extra component, so the parses being compared match."""
    nlp = spacy.load(MODEL)
    nlp.add_pipe(LINE_BREAKS, before="parser")
    return nlp


def _annotations(doc: Doc) -> tuple[list[list[int]], list[str], list[str]]:
    return doc.to_array(ATTRS).tolist(), [str(t.morph) for t in doc], [t.lemma_ for t in doc]


def _texts(shared: Path | None) -> list[str]:
    texts = [TRICKY, EXAMPLE.read_text(encoding="utf-8")]
    jsonl = REPO / "examples" / "more-news.jsonl"
    texts += [json.loads(line)["text"] for line in jsonl.read_text().splitlines() if line]
    if shared is not None:  # a spread of real articles from every BBC section
        for section in sorted((shared / "bbc_news" / "bbc").iterdir()):
            if section.is_dir():
                files = sorted(section.glob("*.txt"))[:12]
                texts += [f.read_text(encoding="latin-1") for f in files]
    return texts


def test_pipeline_uses_the_faster_components(nlp: Language, stock: Language) -> None:
    assert isinstance(nlp.get_pipe("attribute_ruler"), ArrayAttributeRuler)
    assert isinstance(nlp.get_pipe("lemmatizer"), CachedLemmatizer)
    assert nlp.pipe_names == stock.pipe_names


def test_a_new_line_starts_a_sentence_unless_it_continues_one(nlp: Language) -> None:
    """A headline and a dateline are sentences of their own; a wrapped line is not."""
    doc = nlp(
        "Mary Barra named General Motors chief\nDecember 10, 2013\n"
        "General Motors today named Mary Barra as its chief executive. The carmaker\n"
        "said she starts in January."
    )
    starts = [s[0].text for s in doc.sents if not s[0].is_space]
    assert starts == ["Mary", "December", "General", "The"]
    named = next(t for t in doc if t.text == "named" and t.i > 8)
    assert [c.text for c in named.children if c.dep_ == "nsubj"] == ["Motors"]


def test_same_annotations_as_stock_spacy(nlp: Language, stock: Language) -> None:
    texts = _texts(SHARED_DATA if SHARED_DATA.is_dir() else None)
    ours = [_annotations(doc) for doc in nlp.pipe(texts, batch_size=8)]
    theirs = [_annotations(doc) for doc in stock.pipe(texts, batch_size=8)]
    differing = [n for n, (a, b) in enumerate(zip(ours, theirs, strict=True)) if a != b]
    assert differing == []
    # Parsed again, from the components' caches, the answers stay the same.
    assert [_annotations(doc) for doc in nlp.pipe(texts[:3])] == theirs[:3]


def test_rules_added_later_are_applied() -> None:
    fast, stock = spacy.load(MODEL, config=FAST_COMPONENTS), spacy.load(MODEL)
    for nlp in (fast, stock):
        ruler = nlp.get_pipe("attribute_ruler")
        ruler.add([[{"LOWER": "frobnicate"}]], {"POS": "X", "LEMMA": "frob"})
        ruler.add([[{"LOWER": "hocus"}, {"LOWER": "pocus"}]], {"LEMMA": "magic"}, index=1)
    text = "They frobnicate the data, hocus pocus."
    assert _annotations(fast(text)) == _annotations(stock(text))
    doc = fast(text)
    assert (doc[1].pos_, doc[1].lemma_, doc[6].lemma_) == ("X", "frob", "magic")


def test_a_rule_index_outside_its_match_raises_like_spacy() -> None:
    fast, stock = spacy.load(MODEL, config=FAST_COMPONENTS), spacy.load(MODEL)
    for nlp in (fast, stock):
        nlp.get_pipe("attribute_ruler").add([[{"LOWER": "cat"}]], {"POS": "X"}, index=2)
        with pytest.raises(ValueError, match="E1001"):
            nlp("the cat")


def test_lemma_cache_is_bounded(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(newsgraph.extract.components, "LEMMA_CACHE_LIMIT", 5)
    doc = nlp("Ministers were meeting officials while protesters gathered outside.")
    lemmatizer = nlp.get_pipe("lemmatizer")
    assert len(lemmatizer.cache) <= 5 + len(doc)
    assert [t.lemma_ for t in doc][:4] == ["minister", "be", "meet", "official"]


def test_a_text_wrapped_at_a_fixed_width_breaks_only_at_blank_lines(nlp: Language) -> None:
    """Wire copy wrapped at ~70 columns: a capitalised line ("President Bush …") goes on
    with its sentence."""
    text = (
        "WASHINGTON (AP) -- The Senate voted on Tuesday to approve the bill after\n"
        "President Bush urged lawmakers to act quickly, saying the economy needed\n"
        "help. Democrats said the measure did not go far enough and promised to\n"
        "Senate leaders that they would return to the issue in January when the\n"
        "new Congress convenes.\n\nThe vote was 74 to 26."
    )
    assert hard_wrapped(text)
    starts = [s[0].text for s in nlp(text).sents if not s[0].is_space]
    assert "President" not in starts and "Senate" not in starts
    assert starts[-1] == "The"
    assert not hard_wrapped("A headline\nJune 3, 2023\nThe first sentence.\n\nThe second.")
    header = "GM names Barra CEO\nBy Jane Doe\nReuters\nDecember 10, 2013\n"
    assert not hard_wrapped(header + "GM named Mary Barra chief.\nShe succeeds Dan Akerson.")


@pytest.mark.parametrize(
    "text",
    [
        "Talks resumed. " + '"' * 24_000 + " Police arrested three protesters.",
        "(" * 5_000 + ")" * 5_000,
        "A link https://example.org/" + "a" * 400 + " and more.\n\n" + "-" * 300 + "  end",
    ],
)
def test_nlp_long_runs_are_tokenized_in_bounded_time_and_keep_the_text(text: str) -> None:
    import time

    from newsgraph.extract.nlp import MAX_RUN, parse

    start = time.perf_counter()
    doc = parse(text)
    assert time.perf_counter() - start < 10  # stock spaCy: about 60 s for 24,000 '"'
    assert doc.text == text
    assert max(len(t.text) for t in doc) <= MAX_RUN


def test_nlp_ordinary_text_is_tokenized_as_spacy_does(nlp: Language, stock: Language) -> None:
    text = "Russia's spy chief said he phoned the CIA director (William Burns) on June 30."
    assert [t.text for t in nlp(text)] == [t.text for t in stock(text)]
