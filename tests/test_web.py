"""Browser tests: the UI at /ui/ driven by Playwright in headless Debian Chromium.

One browser for the session, a fresh page per test, the real app on a free port over a store
filled by analyzing real text (see ``web_server.py``). Screenshots go to $NEWSGRAPH_ARTIFACTS,
else to a pytest temporary folder whose path is printed at the end of the run. Skipped, saying
why, when Playwright or Chromium is missing (set NEWSGRAPH_BROWSER_TESTS=required to fail
instead, as CI does).
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from web_server import TOKEN, UNICODE_ID, UNICODE_TEXT, XSS_ID, XSS_TEXT, ServerThread, fill_store

CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
TIMEOUT_MS = 10_000
EXAMPLE_TITLE = "Russian spy chief confirms phone call with CIA boss on Ukraine crisis"
PASTED = "German Chancellor Olaf Scholz called French President Emmanuel Macron."


def _missing(reason: str) -> None:
    if os.environ.get("NEWSGRAPH_BROWSER_TESTS") == "required":
        pytest.fail(reason)
    pytest.skip(reason)


def _chromium() -> str | None:
    for candidate in (os.environ.get("NEWSGRAPH_CHROMIUM"), "/usr/bin/chromium"):
        if candidate and Path(candidate).is_file():
            return candidate
    return shutil.which("chromium")


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = str(tmp_path_factory.mktemp("web") / "web.db")
    fill_store(db)
    with ServerThread(db) as running:
        yield running.url


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("Playwright for Python is not installed: pip install playwright==1.65.2")
    executable = _chromium()
    if not executable:
        _missing("Chromium is not installed: apt-get install chromium")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="session")
def artifacts(tmp_path_factory: pytest.TempPathFactory, pytestconfig: pytest.Config) -> Path:
    folder = os.environ.get("NEWSGRAPH_ARTIFACTS")
    path = Path(folder) if folder else tmp_path_factory.mktemp("web-artifacts")
    path.mkdir(parents=True, exist_ok=True)
    capture = pytestconfig.pluginmanager.get_plugin("capturemanager")
    if capture:
        with capture.global_and_fixture_disabled():
            print(f"\nbrowser test screenshots: {path}")
    return path


@pytest.fixture
def page(browser, server: str, artifacts: Path) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1280, "height": 800}, base_url=server)
    context.set_default_timeout(TIMEOUT_MS)
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda err: errors.append(str(err)))
    opened.on(
        "console",
        lambda msg: errors.append(msg.text) if "Content Security Policy" in msg.text else None,
    )
    yield opened
    context.close()
    assert not errors, f"JavaScript or CSP errors: {errors}"


def _open(page, route: str = "") -> None:
    """Go to a route and wait until the app has rendered it (data-ready on <main>)."""
    if "/ui/" in page.url:  # a hash change in the same document: forget the old page's flag
        page.evaluate("() => { delete document.getElementById('main').dataset.ready; }")
    page.goto(f"/ui/{route}")
    page.wait_for_selector("#main[data-ready]")


def _shot(page, artifacts: Path, name: str) -> None:
    page.screenshot(path=str(artifacts / f"{name}.png"), full_page=False)


def _highlighted_texts(page) -> dict[str, str]:
    """The text under each highlighted item (pieces of split spans joined), by data-item."""
    return page.evaluate(
        """() => {
            const out = {};
            for (const el of document.querySelectorAll('.article-text .hl')) {
                const own = Array.from(el.childNodes).map((n) => n.textContent).join('');
                out[el.dataset.item] = (out[el.dataset.item] || '') + own;
            }
            return out;
        }"""
    )


def _expected_texts(record: dict) -> dict[str, str]:
    """The text each highlight must show, from the record's code-point offsets."""
    text = record["article"]["text"]
    out = {}
    for entity in record["entities"]:
        for i, m in enumerate(entity["mentions"]):
            out[f"{entity['id']}:{i}"] = text[m["start"] : m["end"]]
    for st in record["statements"]:
        for part in ("speaker", "cue", "content"):
            if st[part] and st[part]["end"] > st[part]["start"]:
                out[f"{st['id']}:{part}"] = text[st[part]["start"] : st[part]["end"]]
    for ev in record["events"]:
        out[f"{ev['id']}:trigger"] = text[ev["trigger"]["start"] : ev["trigger"]["end"]]
    for t in record["times"]:
        out[t["id"]] = text[t["start"] : t["end"]]
    return out


def test_home_lists_the_articles(page, artifacts: Path) -> None:
    _open(page)
    links = page.locator("a.article-link")
    assert links.count() == 5
    assert page.get_by_role("link", name=EXAMPLE_TITLE).is_visible()
    _shot(page, artifacts, "home")


def test_example_article_statement_then_speaker_actor_page(page, artifacts: Path) -> None:
    _open(page)
    page.get_by_role("link", name=EXAMPLE_TITLE).click()
    page.wait_for_selector(".article-text .hl")
    assert page.locator("h1").first.inner_text() == EXAMPLE_TITLE
    record = page.request.get("/api/articles/spy-chief-call").json()
    assert page.locator(".article-text .hl-entity").count() >= 5
    assert page.locator(".article-text .hl-speaker").count() >= 1
    assert page.locator(".article-text .hl-content").count() >= 1
    assert page.locator(".article-text .hl-trigger").count() == sum(
        1 for e in record["events"] if e["trigger"]["end"] > e["trigger"]["start"]
    )
    assert _highlighted_texts(page) == _expected_texts(record)
    _shot(page, artifacts, "article")

    page.locator(".article-text .hl-content").first.click()
    details = page.locator(".details")
    assert details.locator(".card-statement").count() == 1
    assert "Speaker" in details.inner_text()
    assert page.locator(".article-text .hl.is-active").count() >= 1
    _shot(page, artifacts, "article-statement")

    speaker = details.locator(".card-statement dd a").first
    name = speaker.inner_text()
    speaker.click()
    page.wait_for_selector("#main[data-ready='actor']")
    assert page.locator("h1").first.inner_text() == name
    assert page.locator("svg.chart rect.bar").count() >= 1
    assert "statements (" in page.locator("main").inner_text().lower()
    items = page.locator(".quotes li")
    for i in range(items.count()):  # reported speech is never shown as someone's words
        item = items.nth(i)
        if "direct" not in item.inner_text().split("·")[0].split():
            assert item.locator("q").count() == 0, item.inner_text()
    _shot(page, artifacts, "actor")


def test_keyboard_and_side_list_select_items(page) -> None:
    _open(page, "#/article/spy-chief-call")
    first = page.locator(".article-text .hl-entity[tabindex='0']").first
    first.focus()
    page.keyboard.press("Enter")
    assert page.locator(".details .card-entity").count() >= 1
    assert page.locator(".tooltip").is_visible()
    page.locator(".side-section", has_text="Statements").locator("button").first.click()
    assert page.locator(".details .card-statement").count() == 1
    assert page.locator(".article-text .hl.is-active").count() >= 1


def test_event_highlight_and_side_list(page, artifacts: Path) -> None:
    _open(page, "#/article/call-1")
    trigger = page.locator(".article-text .hl-trigger")
    assert trigger.count() == 1
    assert "quad-vcoop" in trigger.get_attribute("class")
    trigger.click()
    card = page.locator(".details .card-event")
    assert "CONSULT/phone" in card.text_content()
    assert "Verbal cooperation" in card.text_content()
    side = page.locator(".side-section", has_text="Events").inner_text()
    assert "Sergey Naryshkin CONSULT/phone William Burns · 24 June 2023" in side
    _shot(page, artifacts, "article-event")


def _edges(page, **params: str) -> list[dict]:
    response = page.request.get("/api/network", params=params)
    return response.json()["edges"]


def test_network_nodes_edges_and_evidence(page, artifacts: Path) -> None:
    _open(page, "#/network")
    assert page.locator("svg.network .node").count() >= 4
    edges = page.locator("svg.network .edge")
    assert edges.count() >= 2
    assert page.locator("svg.network .edge.quad-vcoop").count() >= 2  # CONSULT
    _shot(page, artifacts, "network")
    # The keyboard path: a curved edge (two reports in opposite directions) has no line
    # under its box's centre, where a mouse click would land.
    page.locator("svg.network .edge[aria-label*='Naryshkin CONSULT William Burns']").focus()
    page.keyboard.press("Enter")
    evidence = page.locator(".details .edge-events a", has_text="call-1")
    evidence.wait_for()
    _shot(page, artifacts, "network-edge")
    # Zoom and pan move the view box; Fit brings the whole network back.
    svg = page.locator("svg.network")

    def view_box() -> list[float]:
        return [float(v) for v in (svg.get_attribute("viewBox") or "").split()]

    whole = view_box()
    page.get_by_role("button", name="Zoom in").click()
    zoomed = view_box()
    assert zoomed[2] < whole[2]
    box = svg.bounding_box()
    assert box is not None
    page.mouse.move(box["x"] + 5, box["y"] + 5)
    page.mouse.down()
    page.mouse.move(box["x"] + 60, box["y"] + 45)
    page.mouse.up()
    panned = view_box()
    assert panned[0] < zoomed[0] and panned[2] == zoomed[2]
    page.get_by_role("button", name="Show the whole network").click()
    assert view_box() == whole
    evidence.click()
    page.wait_for_selector("#main[data-ready='article']")
    assert page.locator(".article-text .hl-trigger").count() == 1
    # The filters show what the API returns for them (the extraction may change).
    absent = next(t for t in ("PROTEST", "SANCTION", "AID", "RETREAT") if not _edges(page, type=t))
    _open(page, f"#/network?type={absent}")
    assert page.locator("svg.network").count() == 0  # no such events: a message instead
    _open(page, "#/network?since=2023-01&until=2023-12")
    dated = len(_edges(page, since="2023-01", until="2023-12"))
    assert 1 <= page.locator("svg.network .edge").count() <= dated
    page.locator("svg.network .node", has_text="Burns").click()
    page.wait_for_selector("#main[data-ready='actor']")
    assert page.locator("h1").first.inner_text() == "William Burns"


def test_search_marks_matches(page, artifacts: Path) -> None:
    _open(page)
    page.fill("#search-q", "negotiations")
    page.press("#search-q", "Enter")
    page.wait_for_selector("#main[data-ready='search'] .hit")
    marks = page.locator(".snippet mark")
    assert marks.count() >= 1
    assert all(re.fullmatch(r"negotiations?", m.lower()) for m in marks.all_inner_texts())
    _shot(page, artifacts, "search")
    page.locator(".hit a").first.click()
    page.wait_for_selector("#main[data-ready='article'] .article-text")


def test_paste_needs_the_token_and_shows_entities(page, artifacts: Path) -> None:
    _open(page, "#/paste")
    page.fill("#paste-text", PASTED)
    page.fill("input[name=published]", "2024-05-01")
    page.fill("input[name=token]", "wrong")
    page.click("form.paste-form button[type=submit]")
    error = page.locator(".paste-result .notice-error")
    assert "refused the token" in error.inner_text()
    page.fill("input[name=token]", TOKEN)
    page.fill("#paste-text", "   ")  # 400 from the server: empty text
    page.click("form.paste-form button[type=submit]")
    error.filter(has_text="could not use this input").wait_for()
    page.eval_on_selector("#paste-text", "el => { el.value = 'word '.repeat(500000); }")
    page.click("form.paste-form button[type=submit]")  # 413: over the body limit
    error.filter(has_text="too long").wait_for()
    page.fill("#paste-text", PASTED)
    page.click("form.paste-form button[type=submit]")
    page.wait_for_selector(".paste-result .article-text .hl-entity")
    names = page.locator(".paste-result .side-section", has_text="Entities").inner_text()
    assert "Olaf Scholz" in names
    assert TOKEN not in page.url
    _shot(page, artifacts, "paste")


def test_markup_in_an_article_is_text_and_never_runs(page, artifacts: Path) -> None:
    _open(page, f"#/article/{XSS_ID}")
    page.wait_for_selector(".article-text")
    assert page.locator(".article-text").inner_text() == XSS_TEXT
    assert page.locator("h1").first.inner_text().startswith("<img src=x onerror=")
    assert page.locator("main script, main img").count() == 0
    page.locator(".article-text .hl").first.hover()
    _shot(page, artifacts, "xss")
    _open(page, "#/search?q=script")
    page.wait_for_selector("#main[data-ready='search'] .hit")
    assert "<script>" in page.locator(".hits").inner_text()
    _open(page)  # the headline in the article list
    assert page.get_by_role("link", name=re.compile("onerror")).is_visible()
    assert page.evaluate("window.__xss") is None


def test_offsets_count_code_points_not_utf16_units(page) -> None:
    _open(page, f"#/article/{UNICODE_ID}")
    page.wait_for_selector(".article-text .hl-entity")
    record = page.request.get(f"/api/articles/{UNICODE_ID}").json()
    first_emoji_end = UNICODE_TEXT.index("🎉") + 1
    starts = [m["start"] for e in record["entities"] for m in e["mentions"]]
    assert starts and min(starts) > first_emoji_end  # every highlight sits after astral chars
    assert _highlighted_texts(page) == _expected_texts(record)
    assert page.locator(".article-text").inner_text() == UNICODE_TEXT


def test_crossing_spans_are_split_and_astral_characters_count_once(page) -> None:
    _open(page, "#/paste")
    text = "a😀bc d𝐁e f"
    spans = [
        (0, 4, "entity", "A"),
        (2, 7, "content", "B"),
        (1, 2, "trigger", "C"),
        (6, 8, "time", "D"),
    ]
    shown = page.evaluate(
        """async ([text, spans]) => {
            const { highlightedText } = await import('/ui/js/spans.js');
            const box = document.createElement('div');
            box.append(highlightedText(text, spans.map(([start, end, kind, item]) =>
                ({ start, end, kind, ref: item, item }))));
            const out = {};
            for (const el of box.querySelectorAll('.hl')) {
                const own = Array.from(el.childNodes).map((n) => n.textContent).join('');
                out[el.dataset.item] = (out[el.dataset.item] || '') + own;
            }
            return [box.textContent, out, box.querySelectorAll('[data-item="B"]').length];
        }""",
        [text, spans],
    )
    assert shown[0] == text
    assert shown[1] == {item: text[start:end] for start, end, _kind, item in spans}
    assert shown[2] == 2  # B crosses A's end: two pieces


def test_dates_read_as_people_read_them(page) -> None:
    _open(page)
    values = ["2023-03", "2013-W12", "2025-W11-WE", "XXXX-WXX-5TNI", "XXXX-06-30",
              "2023-06-30TMO", "1994", "XXXX-XX-XXTAF", None]  # fmt: skip
    shown = page.evaluate(
        "async (values) => { const dom = await import('/ui/js/dom.js');"
        " return values.map((v) => dom.readableDate(v)); }",
        values,
    )
    assert shown == [
        "March 2023", "week 12 of 2013", "the weekend of week 11 of 2025",
        "a Friday night, date unknown", "30 June, year unknown", "30 June 2023, morning",
        "1994", "an afternoon, date unknown", "undated",
    ]  # fmt: skip
