"""The ``newsgraph`` command: one thin command per job."""

from __future__ import annotations

import csv
import json
import os
import sys
import time
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from newsgraph import filters
from newsgraph.batch import analyze_stream
from newsgraph.eval.metrics import FolderCounts
from newsgraph.export.run import export, write_event_data
from newsgraph.ingest import ingest
from newsgraph.output import print_summary, record_path, write_atomic
from newsgraph.record import parse_published
from newsgraph.sources import MAX_CHARS, InputProblem, count_articles, inputs_help, read_articles
from newsgraph.store import NotFound, Store, StoreError
from newsgraph.store.decisions import DecisionError

app = typer.Typer(help=__doc__, no_args_is_help=True, add_completion=False)
eval_app = typer.Typer(
    help="Score a stage against public annotated dev data.", no_args_is_help=True
)
app.add_typer(eval_app, name="eval")
actors_app = typer.Typer(
    help="Corpus actors: list them, merge two, split one.", no_args_is_help=True
)
app.add_typer(actors_app, name="actors")

err_console = Console(stderr=True)


class Format(StrEnum):
    json = "json"
    jsonl = "jsonl"
    summary = "summary"
    plover = "plover"
    cameo_tsv = "cameo-tsv"


def _published_option(value: str | None) -> str | None:
    try:
        return parse_published(value)
    except ValueError as err:
        raise typer.BadParameter(str(err)) from None


DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="NEWSGRAPH_DB",
        help="Store URL: a SQLite path or sqlite:///…, or postgresql://… [default: newsgraph.db]",
        show_envvar=True,
    ),
]


PublishedOption = Annotated[
    str | None,
    typer.Option(
        help="Publication date YYYY-MM-DD for articles without their own.",
        callback=_published_option,
    ),
]
TitleLineOption = Annotated[
    bool, typer.Option("--title-line", help="Line 1 of a .txt is the headline.")
]
MaxCharsOption = Annotated[int, typer.Option(min=1, help="Refuse longer texts.")]
WorkersOption = Annotated[int, typer.Option(min=1, help="Processes to use.")]


class TableFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


def _open_store(db: str | None, *, adding: bool = False) -> Store:
    """Open the store; a store linked by older rules is refused for adding, else warned of."""
    try:
        store = Store.open(db, create=adding)  # a mistyped --db is an error for reads
    except StoreError as err:
        _error(err)
        raise typer.Exit(2) from None
    stale = store.needs_relink  # a query: asked once
    if stale and adding:
        store.close()
        _error("this store's actors were linked by older rules: run `newsgraph actors relink` "
               "(with the same --db) before adding articles")  # fmt: skip
        raise typer.Exit(2)
    if stale:
        err_console.print(
            "[yellow]warning[/]: this store's actors were linked by older rules; run "
            "`newsgraph actors relink` (with the same --db) to recompute them",
            highlight=False,
        )
    return store


def _error(message: object) -> None:
    """One red line on stderr; the message is shown as text, never as markup."""
    err_console.print(f"[red]error[/]: {escape(str(message))}", highlight=False, soft_wrap=True)


def _report_problem(problem: InputProblem) -> None:
    label = "error" if problem.fatal else "warning"
    err_console.print(f"[red]{label}[/]: {escape(str(problem))}", highlight=False, soft_wrap=True)


def _advance(progress: Progress, task: TaskID, count: int = 1) -> None:
    """Move a progress bar on and refresh its articles-per-second figure."""
    elapsed = progress.tasks[0].elapsed or 1e-9
    progress.update(task, advance=count, rate=(progress.tasks[0].completed + count) / elapsed)


def _finish(summary: str, failed: int) -> None:
    """Print a job's closing counts; exit 1 when anything failed."""
    err_console.print(summary, highlight=False)
    if failed:
        raise typer.Exit(1)


def _progress(job: str) -> Progress:
    return Progress(
        TextColumn(f"[bold]{job}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]:.1f} articles/s"),
        TimeRemainingColumn(),
        console=err_console,
        disable=not err_console.is_terminal,
        transient=True,
    )


@app.command("analyze")
def analyze_cli(
    paths: Annotated[
        list[str], typer.Argument(help=f"Files ({inputs_help()}), folders, or - for stdin.")
    ],
    published: PublishedOption = None,
    out: Annotated[Path | None, typer.Option(help="Write DIR/<id>.json per article.")] = None,
    format: Annotated[
        Format | None, typer.Option("--format", help="json, jsonl, summary, plover or cameo-tsv.")
    ] = None,
    workers: WorkersOption = 1,
    title_line: TitleLineOption = False,
    max_chars: MaxCharsOption = MAX_CHARS,
) -> None:
    """Analyze articles: entities, times, statements and events, one record per article.

    Example: newsgraph analyze examples/spy-chief-call.txt --title-line --published 2023-07-04
    """
    fmt = format or (Format.json if out else Format.jsonl)
    console = Console(highlight=False)
    items = read_articles(paths, title_line=title_line, published=published, max_chars=max_chars)
    done = failed = 0
    with _progress("analyze") as progress:
        task = progress.add_task("analyze", total=count_articles(paths), rate=0.0)
        for result in analyze_stream(items, workers=workers):
            if isinstance(result, InputProblem):
                _report_problem(result)
                failed += result.fatal
                continue
            done += 1
            if out:
                write_atomic(record_path(out, result.article.id), result.to_json(indent=2))
            if fmt is Format.summary:
                print_summary(result, console)
            elif fmt in (Format.plover, Format.cameo_tsv):
                write_event_data([result], fmt.value, sys.stdout, header=done == 1)
            elif not out:
                sys.stdout.write(result.to_json(indent=2 if fmt is Format.json else None) + "\n")
            _advance(progress, task)
    _finish(f"{done} analyzed, {failed} failed" + (f" → {out}" if out else ""), failed)


@app.command("ingest")
def ingest_cli(
    paths: Annotated[
        list[str], typer.Argument(help=f"Files ({inputs_help()}), folders, or - for stdin.")
    ],
    db: DbOption = None,
    published: PublishedOption = None,
    workers: WorkersOption = 1,
    title_line: TitleLineOption = False,
    max_chars: MaxCharsOption = MAX_CHARS,
) -> None:
    """Analyze articles and keep their records in the store; re-running adds nothing new.

    Example: newsgraph ingest ../shared/data/bbc_news/bbc --title-line --db newsgraph.db
    """
    store = _open_store(db, adding=True)
    items = read_articles(paths, title_line=title_line, published=published, max_chars=max_chars)
    with store, _progress("ingest") as progress:
        task = progress.add_task("ingest", total=count_articles(paths), rate=0.0)

        def step(result: object) -> None:
            if isinstance(result, InputProblem):
                _report_problem(result)
            _advance(progress, task)

        report = ingest(items, store, workers=workers, on_result=step)
    elsewhere = f" ({report.elsewhere} under another id)" if report.elsewhere else ""
    summary = (
        f"{report.added} added, {report.skipped} already stored{elsewhere}, {report.failed} failed"
    )
    _finish(summary, report.failed)


# What a search table shows (CSV and JSON keep the article id and item id too).
_SEARCH_COLUMNS = ["kind", "title", "speaker", "snippet"]


@app.command("search")
def search_cli(
    query: Annotated[str, typer.Argument(help="Words to find in statements and articles.")],
    db: DbOption = None,
    limit: Annotated[int, typer.Option(min=1, max=1000, help="Most hits to show.")] = 20,
    format: Annotated[
        TableFormat, typer.Option("--format", help="table, json or csv.")
    ] = TableFormat.table,
) -> None:
    """Full-text search over statements and articles, with highlighted snippets: all words
    must match; a OR b, "a phrase" and prefix* work too.

    Example: newsgraph search "talks OR negotiations" --db newsgraph.db
    """
    with _open_store(db) as store:
        hits = store.search(query, limit=limit)
        total = store.search_count(query)
    rows = [
        {"kind": h.kind, "article": h.article_id, "title": h.title, "item": h.item_id,
         "speaker": h.speaker, "snippet": h.snippet}
        for h in hits
    ]  # fmt: skip
    noun = "hit" if total == 1 else "hits"
    shown = f"{total} {noun}" if total == len(rows) else f"{len(rows)} of {total} {noun}"
    _print_rows(rows, format, title=f"{shown} for {query!r}", columns=_SEARCH_COLUMNS)


@app.command("show")
def show_cli(
    article_id: Annotated[str, typer.Argument(help="The article id.")],
    db: DbOption = None,
    version: Annotated[int | None, typer.Option(help="A version (default: newest).")] = None,
) -> None:
    """Print the stored analysis record of one article, exactly as stored."""
    with _open_store(db) as store:
        try:
            sys.stdout.write(store.record_json(article_id, version=version) + "\n")
        except NotFound as err:
            _error(err)
            raise typer.Exit(1) from None


def _resolve(store: Store, name: str) -> int:
    try:
        return store.resolve_actor(name)
    except NotFound as err:
        _error(err)
        raise typer.Exit(1) from None


FormatOption = Annotated[TableFormat, typer.Option("--format", help="table, json or csv.")]


@actors_app.command("list")
def actors_list_cli(
    db: DbOption = None,
    limit: Annotated[int, typer.Option(min=1, help="Most actors to show.")] = 50,
    format: FormatOption = TableFormat.table,
) -> None:
    """Corpus actors, most mentioned first."""
    with _open_store(db) as store:
        _print_rows(store.actors(limit=limit), format, title="actors")


@actors_app.command("merge")
def actors_merge_cli(
    keep: Annotated[str, typer.Argument(help="Actor to keep (name or key).")],
    other: Annotated[str, typer.Argument(help="Actor merged into it (name or key).")],
    db: DbOption = None,
) -> None:
    """Merge actor OTHER into KEEP: one real-world actor the store had as two."""
    with _open_store(db) as store:
        keep_key, other_key = _resolve(store, keep), _resolve(store, other)
        try:
            store.merge_actors(keep_key, other_key)
        except DecisionError as err:
            _error(err)
            raise typer.Exit(1) from None
    err_console.print(f"merged actor {other_key} into {keep_key}", highlight=False)


@actors_app.command("split")
def actors_split_cli(
    actor: Annotated[str, typer.Argument(help="Actor to split (name or key).")],
    name: Annotated[str, typer.Argument(help="The entity name that is a different actor.")],
    db: DbOption = None,
) -> None:
    """Split the entities named NAME off ACTOR into an actor of their own."""
    with _open_store(db) as store:
        try:
            new_key = store.split_actor(_resolve(store, actor), name)
        except DecisionError as err:
            _error(err)
            raise typer.Exit(1) from None
    err_console.print(f"{name!r} is now actor {new_key}", highlight=False)


@actors_app.command("relink")
def actors_relink_cli(db: DbOption = None) -> None:
    """Recompute every entity → actor link with the current rules, keeping the merges and
    splits made with `actors merge` and `actors split`. Safe to run again: a store that is
    already current does not change."""
    with _open_store(db) as store:
        started = time.perf_counter()
        with err_console.status("relinking actors…"):
            report = store.relink()
    err_console.print(
        f"{report.entities:,} entities relinked in {time.perf_counter() - started:.1f} s: "
        f"{report.moved:,} changed actor; actors {report.actors_before:,} → "
        f"{report.actors_after:,}",
        highlight=False,
    )


ACTOR_LIST = 20  # newest statements and events of each kind `newsgraph actor` shows


@app.command("actor")
def actor_cli(
    name: Annotated[str, typer.Argument(help="An actor's name (any variant) or key.")],
    db: DbOption = None,
    format: FormatOption = TableFormat.table,
) -> None:
    """One actor: roles, countries, counterparts, statements, events and a timeline.

    Example: newsgraph actor "Sergei Naryshkin"
    """
    with _open_store(db) as store:
        key = _resolve(store, name)
        profile = store.actor_profile(key)
        lists = {
            "statements": store.statements(speaker_keys=[key], limit=ACTOR_LIST),
            "events_as_actor": store.events(actor_keys=[key], limit=ACTOR_LIST),
            "events_as_recipient": store.events(recipient_keys=[key], limit=ACTOR_LIST),
        }
    if format is not TableFormat.table:
        sys.stdout.write(json.dumps(profile | lists, ensure_ascii=False, indent=2) + "\n")
        return
    console = Console(highlight=False)
    console.rule(
        f"[bold]{escape(profile['name'])}[/] ({profile['type']}, {profile['country'] or '?'}"
        f" {profile['sector'] or ''}) · {profile['articles']} articles"
    )
    for label in ("names", "roles"):
        console.print(f"[bold]{label}[/]: " + escape("; ".join(profile[label]) or "—"))
    shared = [f"{c['name']} ({c['events']})" for c in profile["counterparts"]]
    console.print("[bold]counterparts[/]: " + escape("; ".join(shared) or "—"))
    console.print(
        "[bold]timeline[/]: " + " ".join(f"{m}:{n}" for m, n in profile["timeline"].items())
    )
    for rows, total, title, more in (
        (lists["statements"], profile["n_statements"], "statements", "the API's /api/statements"),
        (lists["events_as_actor"], profile["n_events_as_actor"], "events as actor",
         "newsgraph events --actor"),
        (lists["events_as_recipient"], profile["n_events_as_recipient"], "events as recipient",
         "newsgraph events --recipient"),
    ):  # fmt: skip
        shown = f"{title}, newest {len(rows)} of {total} (more: {more})"
        shown = shown if total > len(rows) else title
        columns = _EVENT_COLUMNS if title.startswith("events") else _STATEMENT_COLUMNS
        _print_rows(rows, format, title=shown, columns=columns)


# What an events table shows (CSV and JSON keep every field): who did what to whom, when,
# in which article, and how many articles report it.
_EVENT_COLUMNS = ["date", "type", "actors", "recipients", "trigger", "article", "n_articles"]
_STATEMENT_COLUMNS = ["published", "kind", "cue", "content", "article"]


def _checked(check: Callable[[str | None], str | None]) -> Callable[[str | None], str | None]:
    """A typer callback running a :mod:`newsgraph.filters` check: its error is the option's."""

    def callback(value: str | None) -> str | None:
        try:
            return check(value)
        except ValueError as err:
            raise typer.BadParameter(str(err)) from None

    return callback


@app.command("events")
def events_cli(
    db: DbOption = None,
    type: Annotated[
        str | None,
        typer.Option(
            "--type", help="PLOVER type, e.g. CONSULT.", callback=_checked(filters.event_type)
        ),
    ] = None,
    actor: Annotated[str | None, typer.Option(help="Actor name or key.")] = None,
    recipient: Annotated[str | None, typer.Option(help="Recipient name or key.")] = None,
    since: Annotated[
        str | None,
        typer.Option(
            help="From this date (YYYY[-MM[-DD]]).", callback=_checked(filters.date_prefix)
        ),
    ] = None,
    until: Annotated[
        str | None,
        typer.Option(
            help="Up to this date (YYYY[-MM[-DD]]).", callback=_checked(filters.date_prefix)
        ),
    ] = None,
    country: Annotated[str | None, typer.Option(help="ISO3 country of either side.")] = None,
    limit: Annotated[int, typer.Option(min=1, help="Most events to show.")] = 100,
    format: FormatOption = TableFormat.table,
    wide: Annotated[
        bool, typer.Option("--wide", help="Table: every field, 240 columns wide.")
    ] = False,
) -> None:
    """Events in the store by type, actor, recipient, dates and country.

    Example: newsgraph events --type CONSULT --actor Burns --since 2023-01
    """
    with _open_store(db) as store:
        filters = {
            "event_type": type, "since": since, "until": until, "country": country,
            "actor_keys": [_resolve(store, actor)] if actor else None,
            "recipient_keys": [_resolve(store, recipient)] if recipient else None,
        }  # fmt: skip
        rows = store.events(**filters, limit=limit)
        total = store.count_events(**filters)
    noun = "event" if total == 1 else "events"
    shown = f"{total} {noun}" if total == len(rows) else f"newest {len(rows)} of {total} {noun}"
    if wide:
        _print_rows(rows, format, title=shown, width=WIDE)
    else:
        _print_rows(rows, format, title=shown, columns=_EVENT_COLUMNS)


class ExportWhat(StrEnum):
    records = "records"
    events = "events"
    statements = "statements"
    entities = "entities"
    actors = "actors"


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    brat = "brat"
    plover = "plover"
    cameo_tsv = "cameo-tsv"


ALLOWED = {
    "records": {"jsonl", "brat"},
    "events": {"jsonl", "csv", "parquet", "plover", "cameo-tsv"},
    "statements": {"jsonl", "csv", "parquet"},
    "entities": {"jsonl", "csv", "parquet"},
    "actors": {"jsonl", "csv", "parquet"},
}


@app.command("export")
def export_cli(
    what: Annotated[
        ExportWhat, typer.Argument(help="records, events, statements, entities or actors.")
    ],
    format: Annotated[
        ExportFormat, typer.Option("--format", help="jsonl, csv, parquet, brat, plover, cameo-tsv.")
    ] = ExportFormat.jsonl,
    out: Annotated[
        Path | None, typer.Option(help="Output file (a folder for brat); default stdout.")
    ] = None,
    db: DbOption = None,
) -> None:
    """Export the store: records, events, statements, entities or actors.

    Example: newsgraph export events --format parquet --out events.parquet
    """
    if format.value not in ALLOWED[what.value]:
        allowed = ", ".join(sorted(ALLOWED[what.value]))
        raise typer.BadParameter(
            f"{what.value} export in {format.value}: use one of {allowed}", param_hint="--format"
        )
    if format in (ExportFormat.parquet, ExportFormat.brat) and out is None:
        raise typer.BadParameter(f"{format.value} needs --out", param_hint="--out")
    with _open_store(db) as store:
        count = export(store, what.value, format.value, out)
    err_console.print(
        f"{count} {what.value} exported" + (f" → {out}" if out else ""), highlight=False
    )


@app.command("serve")
def serve_cli(
    db: DbOption = None,
    host: Annotated[
        str, typer.Option(help="Address to bind; 127.0.0.1 keeps it local.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port.")] = 8000,
    read_token: Annotated[
        bool, typer.Option("--read-token", help="Require the bearer token for reads too.")
    ] = False,
) -> None:
    """Serve the JSON API (/docs) and the browser UI (/ui) over the store.

    Writes (POST /api/analyze, /api/articles) need the bearer token in $NEWSGRAPH_TOKEN;
    without one, a token for this run is made and printed (the paste page asks for it).
    Example: NEWSGRAPH_TOKEN=secret newsgraph serve --db newsgraph.db
    """
    import secrets

    import uvicorn

    from newsgraph.api import create_app

    token = os.environ.get("NEWSGRAPH_TOKEN") or secrets.token_urlsafe(12)
    try:
        api = create_app(db, token=token, read_token=read_token)
    except StoreError as err:
        _error(err)
        raise typer.Exit(2) from None
    err_console.print(
        f"newsgraph UI: http://{host}:{port}/ui/  API docs: http://{host}:{port}/docs"
    )
    if not os.environ.get("NEWSGRAPH_TOKEN"):
        err_console.print(
            f"token for writes and the paste page, this run only: {token} "
            "(set NEWSGRAPH_TOKEN to choose your own)"
        )
    uvicorn.run(api, host=host, port=port, log_level="warning")


@app.command("scale")
def scale_cli(
    paths: Annotated[list[str], typer.Argument(help=f"Files ({inputs_help()}), folders or URIs.")],
    out: Annotated[str, typer.Option(help="Output folder (or URI) for the Parquet records.")],
    ray_address: Annotated[
        str | None, typer.Option(help="Ray cluster: auto or ray://host:10001 (default: local).")
    ] = None,
    workers: Annotated[int, typer.Option(min=1, help="Analysis actors (one model each).")] = 2,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per actor call.")] = 16,
    published: PublishedOption = None,
) -> None:
    """Analyze a big corpus with Ray Data; write records as Parquet by published month.

    Example: newsgraph scale crawl/ --out records/ --ray-address auto --workers 32
    """
    from newsgraph.scale import RayNotInstalled, require_ray

    try:
        require_ray()
    except RayNotInstalled as err:
        _error(err)
        raise typer.Exit(2) from None
    from newsgraph.scale.runner import OutputNotEmpty, ScaleOptions, run_scale

    options = ScaleOptions(ray_address, workers, batch_size, published)
    try:
        summary = run_scale(paths, out, options)
    except OutputNotEmpty as err:
        _error(err)
        raise typer.Exit(2) from None
    if summary is None:
        err_console.print(f"records written to {out} (not readable from here to count)")
        return
    for problem in summary.problems:
        _report_problem(problem)
    counts = f"{summary.records} analyzed, {summary.failed} failed, {summary.warnings} warnings"
    _finish(f"{counts} → {out}", summary.failed)


@app.command("load")
def load_cli(
    directory: Annotated[str, typer.Argument(help="A folder written by newsgraph scale.")],
    db: DbOption = None,
) -> None:
    """Store the Parquet records of `newsgraph scale`; re-running adds nothing new.

    Example: newsgraph load records/ --db newsgraph.db
    """
    from newsgraph.ingest import load_records
    from newsgraph.scale.records import count_records

    store = _open_store(db, adding=True)
    with store, _progress("load") as progress:
        task = progress.add_task("load", total=count_records(directory), rate=0.0)

        def step(count: int) -> None:
            _advance(progress, task, count)

        report = load_records(directory, store, on_batch=step)
    err_console.print(f"{report.added} added, {report.skipped} already stored", highlight=False)


WIDE = 240  # columns of a --wide table, whatever the terminal's width


def _print_rows(
    rows: list[dict], format: TableFormat, *, title: str, columns: list[str] | None = None,
    width: int | None = None,
) -> None:  # fmt: skip
    """Rows as JSON, CSV (every field) or a table; a table shows ``columns`` only, when
    given, is ``width`` columns wide (default: the terminal's), and folds long cells instead
    of cutting them to "CO…"."""
    if format is TableFormat.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    elif format is TableFormat.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]) if rows else ["kind"])
        writer.writeheader()
        writer.writerows(rows)
    else:
        shown = columns or list(rows[0] if rows else ["result"])
        table = Table(title=title)
        for name in shown:
            table.add_column(name, overflow="fold")
        for row in rows:
            table.add_row(*("" if row.get(c) is None else escape(str(row.get(c))) for c in shown))
        Console(highlight=False, width=width).print(table)


def _print_scores(title: str, scores: dict[str, float]) -> None:
    table = Table(title=title, show_header=False, box=None)
    for key, value in scores.items():
        table.add_row(key, f"{value:.3f}" if isinstance(value, float) else str(value))
    Console().print(table)


def _eval_folders(
    stage: str,
    folders: list[Path],
    evaluate_counts: Callable[[Path], FolderCounts],
    errors: Path | None,
) -> None:
    """Scores per folder, and pooled over all of them when there are several; every
    mismatch to ``errors``."""
    overall: FolderCounts | None = None
    for folder in folders:
        counts = evaluate_counts(folder)
        _print_scores(f"{stage}: {folder}", counts.scores())
        if overall is None:
            overall = counts
        else:
            overall.add(counts)
    if len(folders) > 1 and overall is not None:
        _print_scores(f"{stage}: overall", overall.scores())
    if errors is not None and overall is not None:
        errors.write_text("\n".join(overall.errors) + "\n", encoding="utf-8")


ErrorsOption = Annotated[
    Path | None, typer.Option("--errors", help="Write every mismatch to this file.")
]


@eval_app.command("times")
def eval_times_cli(
    folders: Annotated[
        list[Path], typer.Argument(help="TimeML folders, e.g. ../shared/data/timebank/TimeBank.")
    ],
    errors: ErrorsOption = None,
) -> None:
    """TempEval-3 scores of the times stage on TimeML folders (pooled when several)."""
    from newsgraph.eval.times import evaluate_counts

    for folder in folders:
        if not any(folder.rglob("*.tml")) and not any(folder.rglob("*.xml")):
            raise typer.BadParameter(f"no .tml or .xml files in {folder}")
    _eval_folders("times", folders, evaluate_counts, errors)


@eval_app.command("entities")
def eval_entities_cli(
    folders: Annotated[
        list[Path],
        typer.Argument(
            help="MEANTIME folders, e.g. ../shared/data/meantime_en/intra-doc_annotation."
        ),
    ],
    errors: ErrorsOption = None,
) -> None:
    """Name detection, pronoun/nominal attachment and B³ coreference scores of the entities
    stage on MEANTIME (pooled when several folders)."""
    from newsgraph.eval.entities import evaluate_counts

    for folder in folders:
        if not folder.is_dir() or not any(folder.rglob("*.xml")):
            raise typer.BadParameter(f"no MEANTIME .xml files in {folder}")
    _eval_folders("entities", folders, evaluate_counts, errors)


@eval_app.command("events")
def eval_events_cli(
    path: Annotated[
        Path,
        typer.Argument(
            help="PLOVER gold JSON, e.g. ../shared/data/plover_dev/plover_gsr_dev.json."
        ),
    ],
    errors: Annotated[bool, typer.Option("--errors", help="Also print every miss.")] = False,
) -> None:
    """Event-type, argument and strict scores of the events stage, with a confusion table."""
    from newsgraph.eval.events import report, run

    scores, tally = run(path)
    if errors:
        Console(highlight=False).print(escape("\n".join(tally.errors)), end="\n\n")
    Console(highlight=False).print(escape(report(scores, tally)))


@eval_app.command("quotes")
def eval_quotes_cli(
    folder: Annotated[
        Path, typer.Argument(help="PolNeAR folder, e.g. ../shared/data/polnear_dev.")
    ],
) -> None:
    """Gender-Gap-Tracker-style scores of the statements stage on PolNeAR."""
    from newsgraph.eval.quotes import evaluate_quotes

    if not (folder / "attributions").is_dir() or not (folder / "text").is_dir():
        raise typer.BadParameter(f"no text/ and attributions/ folders in {folder}")

    _print_scores(f"quotes: {folder}", evaluate_quotes(folder))


@eval_app.command("actors")
def eval_actors_cli(
    folder: Annotated[
        Path,
        typer.Argument(
            help="MEANTIME cross-document folder, e.g. ../shared/data/meantime_crossdoc_dev."
        ),
    ],
) -> None:
    """Pairwise and B³ scores of corpus actor identity on MEANTIME's cross-document
    annotation, with the worst merges and splits."""
    from newsgraph.eval.actors import evaluate_actors

    total = sum(1 for _ in folder.rglob("*.xml")) if folder.is_dir() else 0
    if not total:
        raise typer.BadParameter(f"no MEANTIME .xml files in {folder}")
    with _progress("eval actors") as progress:
        task = progress.add_task("eval actors", total=total, rate=0.0)
        scores = evaluate_actors(folder, progress=lambda n: _advance(progress, task, n))
    _print_scores(f"actors: {folder}", scores.scores())
    Console(highlight=False).print(escape(scores.report()), soft_wrap=True)


@eval_app.command("events-doc")
def eval_events_doc_cli(
    folder: Annotated[
        Path, typer.Argument(help="VOA event gold folder, e.g. ../shared/data/voa_events.")
    ],
    stories: Annotated[
        Path | None,
        typer.Option(
            "--stories", help="The stories JSONL (default: FOLDER/../voa/voa_stories.jsonl)."
        ),
    ] = None,
    against: Annotated[
        str,
        typer.Option(
            "--against",
            help="Score 'system' (analyze the stories) or 'second' (the second annotation: "
            "inter-annotator agreement) against the gold.",
        ),
    ] = "system",
) -> None:
    """Whole-article event scores on VOA stories: detection, type, cluster recall, actor,
    recipient, strict, date and polarity, with type confusions and the worst articles."""
    from newsgraph.eval.events_doc import (
        default_stories,
        evaluate_events_doc,
        evaluate_second_annotation,
    )

    if against not in ("system", "second"):
        raise typer.BadParameter(f"--against is 'system' or 'second', not {against!r}")
    total = sum(1 for _ in (folder / "gold").glob("*.json"))
    if not total:
        raise typer.BadParameter(f"no gold/*.json files in {folder}")
    if against == "second":
        if not any((folder / "second").glob("*.json")):
            raise typer.BadParameter(f"no second/*.json files in {folder}")
        scores = evaluate_second_annotation(folder)
    else:
        stories = stories or default_stories(folder)
        if not stories.is_file():
            raise typer.BadParameter(f"no stories file {stories} (give --stories)")
        with _progress("eval events-doc") as progress:
            task = progress.add_task("eval events-doc", total=total, rate=0.0)
            try:
                scores = evaluate_events_doc(
                    folder, stories, progress=lambda n: _advance(progress, task, n)
                )
            except KeyError as err:
                raise typer.BadParameter(str(err.args[0])) from None
    title = f"events-doc: {folder}" if against == "system" else f"events-doc second/: {folder}"
    _print_scores(title, scores.scores())
    Console(highlight=False).print(escape(scores.report()), soft_wrap=True)
