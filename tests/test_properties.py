"""Properties of `newsgraph.analyze` over generated text: never a crash, every span indexes
the text, and the record survives a JSON round trip. The examples are few and derandomized
here (the suite stays fast and gives the same verdict each run); the nightly
`benchmarks/fuzz_analyze.py` runs the same property over 10,000 or more, at random."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsgraph
from newsgraph.record import Analysis

# Words that make the stages work (names, speech, events, dates), punctuation runs, and
# any code point, surrogates and NUL included.
WORDS = st.sampled_from(
    [
        "Russia", "Ukraine", "Naryshkin", "said", "told", "Reuters", "attacked", "the",
        "talks", "on", "Monday", "June", "30", "2023", "last", "week", "he", "she", "they",
        "police", "arrested", "protesters", "“", "”", '"', "(", ")", ",", ".", "\n", "\n\n",
        "'s", "—", "U.S.", "CIA", "director", "according", "to", "\u2028", "\x00", "\ud800",
    ]
)  # fmt: skip
TEXTS = st.one_of(
    st.lists(WORDS, max_size=60).map(" ".join),
    st.text(max_size=300),
    st.tuples(st.sampled_from("\")(-'"), st.integers(200, 3000)).map(lambda p: p[0] * p[1]),
)
DATES = st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()))


def spans(record: Analysis):
    for entity in record.entities:
        yield from entity.mentions
    yield from record.times
    for statement in record.statements:
        yield from (s for s in (statement.cue, statement.content) if s is not None)
        if statement.speaker is not None:
            yield statement.speaker
    for event in record.events:
        yield event.trigger


@settings(
    max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
@given(text=TEXTS, published=DATES)
def test_analyze_any_text_keeps_offsets_and_round_trips(text: str, published: str | None) -> None:
    if not text.strip():
        return
    record = newsgraph.analyze(text, published=published)
    stored = record.article.text  # NUL and lone surrogates are replaced one for one
    assert len(stored) == len(text)
    for span in spans(record):
        assert stored[span.start : span.end] == span.text
    assert Analysis.from_json(record.to_json()) == record
    json.loads(record.to_json())
