"""Generated lexicon tables: each script rebuilds its table from the shared data exactly."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from conftest import REPO

from newsgraph.extract.events.context import COMMERCE_SCORE, SPORT_SCORE
from newsgraph.lexicon import events as tables


def _script(name: str) -> ModuleType:
    path = REPO / "scripts" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    sys.path.insert(0, str(REPO / "scripts"))  # the Phoenix scripts share build_phoenix_orgs
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(REPO / "scripts"))
    return module


def _rows(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line]


def test_cameo_verbs_table_is_what_its_script_builds(shared_data: Path) -> None:
    script = _script("build_cameo_verbs")
    text = (shared_data / "cameo_dictionaries" / script.SOURCE).read_text(
        encoding="utf-8", errors="replace"
    )
    built = ["\t".join(row) for row in script.derive(text)]
    assert built == _rows(script.TARGET)[-len(built) :]
    assert ("repress", "COERCE") in {(r[0], r[1]) for r in script.derive(text)}
    assert "hit" not in {r[0] for r in script.derive(text)}  # rejected on review


def test_nominalizations_table_is_what_its_script_builds(shared_data: Path) -> None:
    script = _script("build_event_nominalizations")
    built = ["\t".join(row) for row in script.derive(script.word_counts(shared_data))]
    assert built == _rows(script.TARGET)[-len(built) :]


def test_phoenix_organisations_table_is_what_its_script_builds(shared_data: Path) -> None:
    script = _script("build_phoenix_orgs")
    built = ["\t".join(row) for row in script.build(shared_data / "cameo_dictionaries")]
    assert built == _rows(script.TARGET)[-len(built) :]
    assert "Reporters Without Borders" in {row.split("\t")[0] for row in built}
    assert not any(row.startswith("Acharya Kishore") for row in built)  # a person


def test_generated_rows_are_read_after_the_hand_made_ones() -> None:
    assert tables.verbs()["repress"][0].code.type == "COERCE"  # CAMEO family REPRESS [172]
    assert tables.nouns()["imprisonment"].type == "COERCE"  # from "imprison"
    assert tables.nouns()["arrest"].mode == "arrest"  # the hand-made row


def test_story_weights_tables_are_what_their_script_builds(shared_data: Path) -> None:
    script = _script("build_story_weights")
    items = script.read_items(shared_data / "ag_news" / "test.csv")
    for kind, used in ((script.SPORT, SPORT_SCORE), (script.COMMERCE, COMMERCE_SCORE)):
        built = [f"{w}\t{weight}" for w, weight in sorted(script.weights(items, kind).items())]
        assert built == _rows(kind.target)[-len(built) :]
        threshold, _ = script.best_threshold(items, kind)
        assert threshold == used  # the events stage uses the threshold the script picks


def test_phoenix_people_table_is_what_its_script_builds(shared_data: Path) -> None:
    script = _script("build_phoenix_people")
    built = ["\t".join(row) for row in script.build(shared_data / "cameo_dictionaries")]
    assert built == _rows(script.TARGET)[-len(built) :]
    assert "Tony Blair\tGBR\tGOV\t1997-05-02\t2007-06-27" in built
    assert not any(row.startswith("President Putin") for row in built)  # a title


def test_phoenix_agents_table_is_what_its_script_builds(shared_data: Path) -> None:
    script = _script("build_phoenix_agents")
    built = ["\t".join(row) for row in script.build(shared_data / "cameo_dictionaries")]
    assert built == _rows(script.TARGET)[-len(built) :]
    rows = dict(row.split("\t") for row in built)
    assert (rows["farmer"], rows["rioter"], rows["fisherman"]) == ("CVL", "CVL", "CVL")
    assert "uprising" not in rows  # an event noun, not an actor
    assert "protester" not in rows  # group_nouns.tsv has it
