"""The command line: outputs, exit codes, and bad input that never stops a batch."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.record import Analysis

runner = CliRunner()


def test_cli_analyze_writes_one_record_per_article(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The minister resigned on Friday.", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(
        '{"id": "b1", "text": "Police arrested two men."}\n', encoding="utf-8"
    )
    out = tmp_path / "out"
    result = runner.invoke(app, ["analyze", str(tmp_path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["a.json", "b1.json"]
    record = Analysis.from_json((out / "b1.json").read_text(encoding="utf-8"))
    assert record.article.text == "Police arrested two men."


def test_cli_analyze_bad_inputs_fail_alone(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Talks resumed in Geneva.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text('{"text": "Fine."}\n{broken\n', encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["analyze", str(tmp_path), "--out", str(out)])
    assert result.exit_code == 1
    assert f"{tmp_path / 'empty.txt'}: empty text" in result.output
    assert f"{tmp_path / 'feed.jsonl'}:2: not valid JSON" in result.output
    assert sorted(p.name for p in out.iterdir()) == ["feed-1.json", "good.json"]  # no temp files


def test_cli_analyze_stdin_to_jsonl(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["analyze", "-", "--published", "2024-01-03"], input="Officials met on Tuesday.\n"
    )
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout.splitlines()[0])
    assert record["schema"] == "newsgraph/analysis@1"
    assert record["article"]["id"] == "stdin"
    assert record["article"]["published"] == "2024-01-03"


def test_cli_analyze_invalid_published_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(tmp_path / "a.txt"), "--published", "2023-02-30"])
    assert result.exit_code == 2
    assert "expected YYYY-MM-DD" in result.output


def test_cli_analyze_two_workers_give_the_same_records(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": f"n{i}", "text": f"Story {i}: the president met the minister on Monday."})
        for i in range(40)
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines), encoding="utf-8")
    args = ["analyze", str(tmp_path / "feed.jsonl"), "--published", "2024-01-03"]
    one = runner.invoke(app, args)
    two = runner.invoke(app, [*args, "--workers", "2"])
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout
    assert len(one.stdout.splitlines()) == 40


def _commands(group: object, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = []
    for name, command in group.commands.items():
        if hasattr(command, "commands"):  # a group of subcommands
            found += _commands(command, (*prefix, name))
        else:
            found.append((*prefix, name))
    return found


def test_cli_every_command_has_help_and_a_docstring() -> None:
    commands = _commands(typer.main.get_command(app))
    assert len(commands) >= 14
    for command in commands:
        result = runner.invoke(app, [*command, "--help"])
        assert result.exit_code == 0, command
        assert "Usage" in result.output
        callback = typer.main.get_command(app)
        for part in command:
            callback = callback.commands[part]
        assert callback.help and len(callback.help) > 20, command


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--type", "FOO", "unknown event type 'FOO'"),
        ("--since", "2023-13", "invalid date '2023-13'"),
        ("--until", "2023-02-30", "invalid date '2023-02-30'"),
    ],
)
def test_cli_events_mistyped_filter_is_a_usage_error(
    tmp_path: Path, option: str, value: str, message: str
) -> None:
    result = runner.invoke(app, ["events", "--db", str(tmp_path / "s.db"), option, value])
    assert result.exit_code == 2
    assert message in " ".join(result.output.split())


def test_cli_read_commands_refuse_a_store_that_does_not_exist(tmp_path: Path) -> None:
    missing = tmp_path / "typo.db"
    for command in (["events"], ["actors", "list"], ["search", "talks"], ["actor", "Burns"]):
        result = runner.invoke(app, [*command, "--db", str(missing)])
        assert result.exit_code == 2, command
        assert "no store at" in result.output
    assert not missing.exists()


def test_cli_serve_without_a_token_makes_one_and_prints_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import uvicorn

    served = {}
    monkeypatch.setattr(uvicorn, "run", lambda api, **_: served.update(app=api))
    monkeypatch.delenv("NEWSGRAPH_TOKEN", raising=False)
    result = runner.invoke(app, ["serve", "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 0, result.output
    token = served["app"].state.token
    assert token and token in result.output.replace("\n", "")
    monkeypatch.setenv("NEWSGRAPH_TOKEN", "chosen-secret")
    result = runner.invoke(app, ["serve", "--db", str(tmp_path / "s.db")])
    assert served["app"].state.token == "chosen-secret"
    assert "token for writes" not in result.output


def test_cli_events_table_reads_at_80_columns(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    text = "Russia's spy chief Sergei Naryshkin said he phoned CIA director William Burns."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", db, "--published", "2023-07-04"])
    result = runner.invoke(app, ["events", "--db", db], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    assert "CONSULT" in result.output and "…" not in result.output
    assert "cameo" not in result.output  # the table keeps who, what, whom, when, where told


def test_cli_events_says_how_many_match_and_actor_pages_its_lists(tmp_path: Path) -> None:
    from factories import scene_record

    from newsgraph.store import Store

    db = str(tmp_path / "s.db")
    with Store.open(db) as store:
        store.add([scene_record(n) for n in range(0, 360, 12)])  # Tony Blair's 30 articles
    result = runner.invoke(app, ["events", "--db", db, "--limit", "5"], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    assert "newest 5 of 30 events" in result.output
    one = runner.invoke(app, ["events", "--db", db, "--recipient", "Martin Abbott"])
    assert "1 event" in one.output and "1 events" not in one.output
    shown = runner.invoke(app, ["actor", "Tony Blair", "--db", db], env={"COLUMNS": "100"})
    assert shown.exit_code == 0, shown.output
    assert "statements, newest 20 of 30" in shown.output
    assert "Gordon Brown (" in shown.output  # counterparts with their event counts


def test_cli_events_wide_shows_every_field(tmp_path: Path) -> None:
    from factories import scene_record

    from newsgraph.store import Store

    db = str(tmp_path / "s.db")
    with Store.open(db) as store:
        store.add([scene_record(3)])
    narrow = runner.invoke(app, ["events", "--db", db], env={"COLUMNS": "80"})
    wide = runner.invoke(app, ["events", "--db", db, "--wide"], env={"COLUMNS": "80"})
    assert "sentence" not in narrow.output and max(map(len, narrow.output.splitlines())) <= 80
    assert "sentence" in wide.output and "cameo" in wide.output
    assert max(map(len, wide.output.splitlines())) > 80


def test_cli_search_shows_titles_speakers_and_how_many(tmp_path: Path) -> None:
    from factories import scene_record

    from newsgraph.store import Store

    db = str(tmp_path / "s.db")
    with Store.open(db) as store:
        store.add([scene_record(n) for n in range(1, 7)])  # reported talks, 4 of 6
    wide = {"COLUMNS": "200"}  # cells unfolded, so names read whole
    result = runner.invoke(app, ["search", "talks", "--db", db, "--limit", "2"], env=wide)
    assert result.exit_code == 0, result.output
    assert "2 of 8 hits for 'talks'" in result.output  # 4 statements, 4 articles
    assert "Gordon Brown" in result.output and "a row over" in result.output
    rows = json.loads(
        runner.invoke(app, ["search", "talks OR asylum", "--db", db, "--format", "json"]).output
    )
    assert all(r["title"] for r in rows)
    assert {r["speaker"] for r in rows if r["kind"] == "statement"} >= {"Gordon Brown"}
    one = runner.invoke(app, ["search", '"report 1)"', "--db", db])
    assert "1 hit for" in one.output
