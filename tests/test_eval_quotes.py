"""Quote evaluation on PolNeAR: gold reading, matching, speaker scoring, the dev-set floor."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.eval.quotes import (
    Gold,
    Predicted,
    evaluate_quotes,
    match,
    predictions,
    read_ann,
    speaker_right,
)
from newsgraph.record import Analysis, Article, Entity, Mention, Span, Speaker, Statement

TEXT = 'Smith said the plan failed.\n"It was\nbad," Jones said. "Very bad."'
ANN = (
    "T1\tSource 0 5\tSmith\n"
    "T2\tCue 6 10\tsaid\n"
    "T3\tContent 11 26\tthe plan failed\n"
    "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n"
    'T4\tContent 28 42;55 66\t"It was\n'
    'bad," "Very bad."\n'  # a span with a newline spills onto the next line
    "T5\tCue 49 53\tsaid\n"
    "T6\tSource 43 48\tJones\n"
    "E2\tAttribution:T5 Content:T4 Cue:T5 Source:T6\n"
    "E3\tAttribution:T5 Content:T99 Cue:T5\n"  # a dangling reference is skipped
)


def _gold(chars: range, source: tuple = ((0, 5),), direct: bool = False) -> Gold:
    return Gold(frozenset(chars), source, ((6, 10),), direct)


def test_eval_quotes_reads_ann_with_discontinuous_and_multiline_spans() -> None:
    golds = read_ann(ANN, TEXT)
    assert len(golds) == 2
    assert golds[0].content == frozenset(range(11, 26)) and not golds[0].direct
    assert golds[1].content == frozenset(range(28, 42)) | frozenset(range(55, 66))
    assert golds[1].direct
    assert golds[1].source == ((43, 48),)


@pytest.mark.parametrize(
    ("predicted", "threshold", "matched"),
    [(range(11, 16), 0.3, 1), (range(11, 16), 0.8, 0), (range(11, 26), 0.8, 1), ((), 0.3, 0)],
)
def test_eval_quotes_match_by_coverage_of_gold(
    predicted: range, threshold: float, matched: int
) -> None:
    pred = Predicted(frozenset(predicted), (), None)
    assert len(match([pred], [_gold(range(11, 26))], threshold)) == matched


def test_eval_quotes_match_is_one_to_one_best_first() -> None:
    wide = Predicted(frozenset(range(0, 40)), (), None)
    narrow = Predicted(frozenset(range(20, 30)), (), None)
    golds = [_gold(range(0, 10)), _gold(range(20, 30))]
    assert sorted(match([wide, narrow], golds, 0.3)) == [(0, 0), (1, 1)]
    assert len(match([wide], golds, 0.3)) == 1


def test_eval_quotes_speaker_right_on_overlap_or_both_absent() -> None:
    assert speaker_right(Predicted(frozenset(), ((2, 8),), None), _gold(range(1)))
    assert not speaker_right(Predicted(frozenset(), ((9, 12),), None), _gold(range(1)))
    assert speaker_right(Predicted(frozenset(), (), None), _gold(range(1), source=()))


def test_eval_quotes_predictions_merge_a_turn_and_use_entity_mentions() -> None:
    jones = Entity(
        id="E1", name="Jones", type="PERSON",
        mentions=[Mention(start=43, end=48, text="Jones"), Mention(start=0, end=5, text="Smith")],
    )  # fmt: skip
    cue = Span(start=49, end=53, text="said")
    speaker = Speaker(entity="E1", start=43, end=48, text="Jones")
    statements = [
        Statement(id="S1", kind="direct", speaker=speaker, cue=cue,
                  content=Span(start=28, end=42, text=TEXT[28:42])),
        Statement(id="S2", kind="direct", speaker=speaker, cue=cue,
                  content=Span(start=55, end=66, text=TEXT[55:66])),
        Statement(id="S3", kind="no_comment", speaker=speaker, cue=cue),
    ]  # fmt: skip
    analysis = Analysis(article=Article(id="a", text=TEXT), entities=[jones], statements=statements)
    (pred,) = predictions(analysis)
    assert pred.content == frozenset(range(28, 42)) | frozenset(range(55, 66))
    assert (0, 5) in pred.speaker and pred.cue == (49, 53)


def test_eval_quotes_cli_rejects_a_folder_without_attributions(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from newsgraph.cli import app

    result = CliRunner().invoke(app, ["eval", "quotes", str(tmp_path)])
    assert result.exit_code == 2
    assert "attributions" in result.output


@pytest.mark.slow
def test_eval_quotes_polnear_dev_floor(shared_data: Path) -> None:
    report = evaluate_quotes(shared_data / "polnear_dev")
    assert report["content_f1@30"] >= 0.70
    assert report["content_f1@80"] >= 0.60
    assert report["speaker_accuracy"] >= 0.83
    assert report["end_to_end_f1"] >= 0.60
