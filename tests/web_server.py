"""The real app on 127.0.0.1 and a free port, in a background thread, over a SQLite store
filled by analyzing real text: the browser tests' server, also runnable by hand.

    .venv/bin/python tests/web_server.py   # prints the URL; Ctrl-C stops it
"""

from __future__ import annotations

import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

import uvicorn
from factories import call_record, scene_record

from newsgraph import analyze
from newsgraph.api import create_app
from newsgraph.ingest import ingest
from newsgraph.sources import read_articles
from newsgraph.store import Store

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "spy-chief-call.txt"
TOKEN = "web-test-token"

XSS_ID = "xss-markup"
XSS_TITLE = '<img src=x onerror="window.__xss=3"> Markup in a headline'
XSS_TEXT = (
    "Officials in London said on Monday that the page <script>window.__xss=1</script> was "
    'harmless. John Smith told Reuters that <img src=x onerror="window.__xss=2"> is only text, '
    "and the ministry declined to comment."
)
UNICODE_ID = "emoji-offsets"
UNICODE_TEXT = (
    "😀🎉 𝐁𝐫𝐞𝐚𝐤𝐢𝐧𝐠 🇫🇷: French President Emmanuel Macron met German Chancellor Olaf Scholz "
    "in Berlin on Tuesday. Macron said that France would support Germany 👍 in the talks."
)


def fill_store(url: str) -> None:
    """The example article (ingested from its file), the markup and emoji articles, and two
    hand-built call records whose events give the network its edges."""
    with Store.open(url) as store:
        example = read_articles([str(EXAMPLE)], title_line=True, published="2023-07-04")
        report = ingest(example, store)
        assert report.added == 1, report
        store.add([
            analyze(XSS_TEXT, "2024-03-01", XSS_TITLE, id=XSS_ID, source="Test Wire"),
            analyze(UNICODE_TEXT, "2024-02-06", "Emoji and non-BMP text", id=UNICODE_ID),
            call_record("call-1", "TASS", "Sergey Naryshkin", "William Burns", "2023-06-24"),
            call_record("call-2", "AP", "Ann Lee", "Bo Park", "2021-01-02"),
        ])  # fmt: skip


SCENES = 600  # articles in the store at scale: more than 500, for paging and the network


def fill_big_store(url: str) -> None:
    """A corpus at scale without analysing text: ``SCENES`` hand-built articles (see
    ``factories.scene_record``) naming 370 actors, stored in batches."""
    with Store.open(url) as store:
        for start in range(0, SCENES, 100):
            store.add([scene_record(n) for n in range(start, min(SCENES, start + 100))])


class ServerThread:
    """uvicorn serving ``create_app(db)`` on a socket bound before the thread starts."""

    def __init__(self, db: str, token: str = TOKEN) -> None:
        self.socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.socket.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.socket.getsockname()[1]}"
        config = uvicorn.Config(create_app(db, token=token), log_level="warning", lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, args=([self.socket],), daemon=True)

    def __enter__(self) -> ServerThread:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *_exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.socket.close()


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "web.db")
        fill_store(db)
        with ServerThread(db) as running:
            print(f"{running.url}/ui/  (token: {TOKEN})", flush=True)
            try:
                while running.thread.is_alive():
                    time.sleep(0.5)
            except KeyboardInterrupt:
                sys.exit(0)
