"""The ``newsgraph`` command: one thin command per job."""

from __future__ import annotations

import csv
import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from newsgraph.batch import analyze_stream
from newsgraph.ingest import ingest
from newsgraph.output import print_summary, record_path, write_atomic
from newsgraph.sources import InputProblem, read_articles
from newsgraph.sources.files import MAX_CHARS, parse_published
from newsgraph.store import NotFound, Store, StoreError

app = typer.Typer(help=__doc__, no_args_is_help=True, add_completion=False)
eval_app = typer.Typer(
    help="Score a stage against public annotated dev data.", no_args_is_help=True
)
app.add_typer(eval_app, name="eval")

err_console = Console(stderr=True)


class Format(StrEnum):
    json = "json"
    jsonl = "jsonl"
    summary = "summary"


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


class TableFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


def _open_store(db: str | None) -> Store:
    try:
        return Store.open(db)
    except StoreError as err:
        err_console.print(f"[red]error[/]: {err}", highlight=False)
        raise typer.Exit(2) from None


def _report_problem(problem: InputProblem) -> None:
    label = "error" if problem.fatal else "warning"
    err_console.print(f"[red]{label}[/]: {problem}", highlight=False, soft_wrap=True)


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
        list[str], typer.Argument(help="Files (.txt, .jsonl), folders, or - for stdin.")
    ],
    published: Annotated[
        str | None,
        typer.Option(
            help="Publication date YYYY-MM-DD for articles without their own.",
            callback=_published_option,
        ),
    ] = None,
    out: Annotated[Path | None, typer.Option(help="Write DIR/<id>.json per article.")] = None,
    format: Annotated[
        Format | None, typer.Option("--format", help="json, jsonl or summary.")
    ] = None,
    workers: Annotated[int, typer.Option(min=1, help="Processes to use.")] = 1,
    title_line: Annotated[
        bool, typer.Option("--title-line", help="Line 1 of a .txt is the headline.")
    ] = False,
    max_chars: Annotated[int, typer.Option(min=1, help="Refuse longer texts.")] = MAX_CHARS,
) -> None:
    """Analyze articles: entities, times, statements and events, one record per article.

    Example: newsgraph analyze examples/spy-chief-call.txt --title-line --published 2023-07-04
    """
    fmt = format or (Format.json if out else Format.jsonl)
    console = Console(highlight=False)
    items = read_articles(paths, title_line=title_line, published=published, max_chars=max_chars)
    done = failed = 0
    with _progress("analyze") as progress:
        task = progress.add_task("analyze", total=None, rate=0.0)
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
            elif not out:
                sys.stdout.write(result.to_json(indent=2 if fmt is Format.json else None) + "\n")
            elapsed = progress.tasks[0].elapsed or 1e-9
            progress.update(task, advance=1, rate=done / elapsed)
    err_console.print(
        f"{done} analyzed, {failed} failed" + (f" → {out}" if out else ""), highlight=False
    )
    if failed:
        raise typer.Exit(1)


@app.command("ingest")
def ingest_cli(
    paths: Annotated[
        list[str], typer.Argument(help="Files (.txt .jsonl .html .warc .warc.gz), folders, or -.")
    ],
    db: DbOption = None,
    published: Annotated[
        str | None,
        typer.Option(
            help="Publication date YYYY-MM-DD for articles without their own.",
            callback=_published_option,
        ),
    ] = None,
    workers: Annotated[int, typer.Option(min=1, help="Processes to use.")] = 1,
    title_line: Annotated[
        bool, typer.Option("--title-line", help="Line 1 of a .txt is the headline.")
    ] = False,
    max_chars: Annotated[int, typer.Option(min=1, help="Refuse longer texts.")] = MAX_CHARS,
) -> None:
    """Analyze articles and keep their records in the store; re-running adds nothing new.

    Example: newsgraph ingest ../shared/data/bbc_news/bbc --title-line --db newsgraph.db
    """
    store = _open_store(db)
    items = read_articles(paths, title_line=title_line, published=published, max_chars=max_chars)
    with store, _progress("ingest") as progress:
        task = progress.add_task("ingest", total=None, rate=0.0)

        def step(result: object) -> None:
            if isinstance(result, InputProblem):
                _report_problem(result)
            elapsed = progress.tasks[0].elapsed or 1e-9
            progress.update(task, advance=1, rate=(progress.tasks[0].completed + 1) / elapsed)

        report = ingest(items, store, workers=workers, on_result=step)
    err_console.print(
        f"{report.added} added, {report.skipped} already stored, {report.failed} failed",
        highlight=False,
    )
    if report.failed:
        raise typer.Exit(1)


@app.command("search")
def search_cli(
    query: Annotated[str, typer.Argument(help="Words to find in statements and articles.")],
    db: DbOption = None,
    limit: Annotated[int, typer.Option(min=1, max=1000, help="Most hits to show.")] = 20,
    format: Annotated[
        TableFormat, typer.Option("--format", help="table, json or csv.")
    ] = TableFormat.table,
) -> None:
    """Full-text search over statements and articles, with highlighted snippets.

    Example: newsgraph search "negotiations" --db newsgraph.db
    """
    with _open_store(db) as store:
        hits = store.search(query, limit=limit)
    rows = [
        {"kind": h.kind, "article": h.article_id, "item": h.item_id, "snippet": h.snippet}
        for h in hits
    ]
    _print_rows(rows, format, title=f"{len(rows)} hits for {query!r}")


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
            err_console.print(f"[red]error[/]: {err}", highlight=False)
            raise typer.Exit(1) from None


def _print_rows(rows: list[dict], format: TableFormat, *, title: str) -> None:
    if format is TableFormat.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    elif format is TableFormat.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]) if rows else ["kind"])
        writer.writeheader()
        writer.writerows(rows)
    else:
        table = Table(*(rows[0] if rows else ["result"]), title=title)
        for row in rows:
            table.add_row(*("" if v is None else escape(str(v)) for v in row.values()))
        Console(highlight=False).print(table)


def _print_scores(title: str, scores: dict[str, float]) -> None:
    table = Table(title=title, show_header=False, box=None)
    for key, value in scores.items():
        table.add_row(key, f"{value:.3f}" if isinstance(value, float) else str(value))
    Console().print(table)


@eval_app.command("times")
def eval_times_cli(
    folders: Annotated[
        list[Path], typer.Argument(help="TimeML folders, e.g. ../shared/data/timebank/TimeBank.")
    ],
) -> None:
    """TempEval-3 scores of the times stage on TimeML folders."""
    from newsgraph.eval.times import evaluate_times

    for folder in folders:
        _print_scores(f"times: {folder}", evaluate_times(folder))


@eval_app.command("quotes")
def eval_quotes_cli(
    folder: Annotated[
        Path, typer.Argument(help="PolNeAR folder, e.g. ../shared/data/polnear_dev.")
    ],
) -> None:
    """Gender-Gap-Tracker-style scores of the statements stage on PolNeAR."""
    from newsgraph.eval.quotes import evaluate_quotes

    _print_scores(f"quotes: {folder}", evaluate_quotes(folder))
