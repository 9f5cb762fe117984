"""Writing records: atomic JSON files, JSON Lines, and a readable summary."""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from rich.console import Console
from rich.table import Table

from newsgraph.record import Analysis

_UNSAFE = re.compile(r"[^\w.@+-]+")
# mkstemp creates files readable by the owner only; records get the usual umask mode.
_UMASK = os.umask(0)
os.umask(_UMASK)


def file_stem(article_id: str) -> str:
    """A file name (without suffix) for an article id, one per id: a safe id is its own
    name; otherwise unsafe characters become ``_`` and a hash of the id is added, so that
    "a/b", "a_b" and "a:b" stay three files."""
    safe = _UNSAFE.sub("_", article_id).strip("._") or "article"
    if safe == article_id:
        return safe
    digest = hashlib.sha1(article_id.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return f"{safe}-{digest}"


def record_path(folder: Path, article_id: str) -> Path:
    """``folder/<file_stem(id)>.json``."""
    return folder / f"{file_stem(article_id)}.json"


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temp path beside ``path`` that becomes ``path`` only if the block succeeds."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        yield Path(tmp)
        os.chmod(tmp, 0o666 & ~_UMASK)
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temp file and a rename: never half a file."""
    with atomic_path(path) as tmp:
        tmp.write_text(text, encoding="utf-8")


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def print_summary(record: Analysis, console: Console) -> None:
    """Print the record's entities, times and statements as tables."""
    article = record.article
    console.rule(f"[bold]{article.id}[/] {article.title or ''} ({article.published or 'no date'})")
    entities = Table("id", "name", "type", "country", "sector", "roles", "mentions", box=None)
    for e in record.entities:
        roles = "; ".join(e.roles)
        entities.add_row(
            e.id, e.name, e.type, e.country or "", e.sector or "", roles, str(len(e.mentions))
        )
    console.print(entities)
    times = Table("id", "text", "type", "value", box=None)
    for t in record.times:
        times.add_row(t.id, t.text, t.type, t.value)
    console.print(times)
    if record.statements:
        names = {e.id: e.name for e in record.entities}
        statements = Table("id", "kind", "speaker", "cue", "content", "reported by", box=None)
        for s in record.statements:
            speaker = ""
            if s.speaker:
                resolved = names.get(s.speaker.entity or "", "")
                speaker = f"{s.speaker.text} ({resolved})" if resolved else s.speaker.text
            statements.add_row(
                s.id,
                s.kind,
                speaker,
                s.cue.text if s.cue else "",
                _short(s.content.text) if s.content else "",
                ", ".join(names.get(r, r) for r in s.reported_by),
            )
        console.print(statements)
    if record.events:
        names = {e.id: e.name for e in record.entities}
        events = Table("id", "type", "mode", "cameo", "actors", "recipients", "date", "trigger",
                       "polarity", "claimed in", box=None)  # fmt: skip
        for v in record.events:
            events.add_row(
                v.id, v.type, v.mode or "", v.cameo or "",
                ", ".join(names.get(a, a) for a in v.actors),
                ", ".join(names.get(r, r) for r in v.recipients),
                v.date.value or "", v.trigger.text, v.polarity, v.attributed_to or "",
            )  # fmt: skip
        console.print(events)
