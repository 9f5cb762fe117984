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
from urllib.parse import quote

import pytest
from factories import HUBS as HUB_NAMES
from web_server import (
    SCENES,
    TOKEN,
    UNICODE_ID,
    UNICODE_TEXT,
    XSS_ID,
    XSS_TEXT,
    ServerThread,
    fill_big_store,
    fill_store,
)

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
def big_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A store at scale: 600 articles, 370 actors, events of every type (see
    ``web_server.fill_big_store``)."""
    db = str(tmp_path_factory.mktemp("web-big") / "big.db")
    fill_big_store(db)
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
def page(browser, server: str) -> Iterator[object]:
    yield from _page_on(browser, server)


@pytest.fixture
def big_page(browser, big_server: str) -> Iterator[object]:
    yield from _page_on(browser, big_server)


def _page_on(browser, server: str) -> Iterator[object]:
    """A fresh page on ``server`` that fails the test on a JavaScript or CSP error."""
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
    assert items.count() >= 1
    for i in range(items.count()):  # reported speech is never shown as someone's words
        item = items.nth(i)
        if not item.locator("p.muted").inner_text().startswith("quoted"):
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
    assert "consult or meet" in card.text_content()  # words first
    assert "consult · phone · CAMEO 041" in card.text_content()  # codes second
    assert "Verbal cooperation" in card.text_content()
    assert "CONSULT/phone" not in page.locator("main").inner_text()
    side = page.locator(".side-section", has_text="Events").inner_text()
    assert "Sergey Naryshkin held a phone call with William Burns · 24 June 2023" in side
    legend = page.locator(".legend").inner_text()
    assert "trigger" not in legend.lower() and "quad" not in legend.lower()
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
    page.locator("svg.network .edge[aria-label^='Sergey Naryshkin → William Burns']").focus()
    page.keyboard.press("Enter")
    evidence = page.locator(".details .edge-events a", has_text="held a phone call with")
    evidence.wait_for()
    assert "consult or meet" in page.locator(".details").inner_text()
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
    evidence.click()  # the event itself, shown in its article
    page.wait_for_selector("#main[data-ready='article']")
    assert "focus=V1" in page.url
    assert page.locator(".article-text .hl-trigger.is-active").count() == 1
    page.locator(".details .card-event").wait_for()
    # The filters show what the API returns for them (the extraction may change).
    absent = next(t for t in ("PROTEST", "SANCTION", "AID", "RETREAT") if not _edges(page, type=t))
    _open(page, f"#/network?type={absent}")
    assert page.locator("svg.network").count() == 0  # no such events: a message instead
    _open(page, "#/network?since=2023-01&until=2023-12")
    dated = len(_edges(page, since="2023-01", until="2023-12"))
    assert 1 <= page.locator("svg.network .edge").count() <= dated
    page.locator("svg.network .node[aria-label^='William Burns']").click()
    assert page.locator(".network-box.focused").count() == 1  # the neighbourhood
    page.locator(".details a", has_text="Actor page").click()
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


# The store at scale (big_page): 600 articles, 370 actors, an event and a statement each.


def _api(page, path: str, **params: str | int) -> dict:
    return page.request.get(f"/api/{path}", params=params).json()


def test_events_page_filters_pages_and_links_to_the_event(big_page, artifacts: Path) -> None:
    page = big_page
    _open(page, "#/events")
    assert page.locator(".events-table tbody tr").count() == 50
    assert f"1–50 of {SCENES} events" in page.locator(".pager").first.inner_text()
    first = page.locator(".events-table tbody tr").first
    words = first.locator(".event-words").inner_text()
    api_first = _api(page, "events", limit=1)["items"][0]
    assert words == f"{api_first['actors']} {api_first['trigger']} {api_first['recipients']}"
    codes = first.locator(".codes").inner_text()
    assert api_first["type"].lower() in codes and api_first["type"] not in codes  # no CAPS
    assert first.locator(".sentence").inner_text() == api_first["sentence"]
    _shot(page, artifacts, "events")
    page.locator(".pager a[rel=next]").first.click()
    page.wait_for_selector("#main[data-ready='events'] .events-table")
    assert "offset=50" in page.url
    assert "51–100 of" in page.locator(".pager").first.inner_text()
    # The last page: undated events come after every dated one.
    _open(page, f"#/events?offset={SCENES - 10}")
    assert page.locator(".events-table tbody tr td").first.inner_text() == "undated"
    # Filters go in the URL, as /api/events takes them.
    _open(page, "#/events")
    page.select_option("select[name=type]", "COERCE")
    page.fill("input[name=actor]", "Tony Blair")
    page.click("form.filters button[type=submit]")
    page.wait_for_selector("#main[data-ready='events'] .events-table")
    assert "type=COERCE" in page.url and "actor=Tony+Blair" in page.url
    expected = _api(page, "events", type="COERCE", actor="Tony Blair")
    rows = page.locator(".events-table tbody tr")
    assert expected["total"] >= 1 and rows.count() == len(expected["items"])
    assert all(
        t.startswith("Tony Blair arrested") for t in rows.locator(".event-words").all_inner_texts()
    )
    shared = page.url
    page.goto("about:blank")
    page.goto(shared)  # the same view from the link alone
    page.wait_for_selector("#main[data-ready='events'] .events-table")
    assert rows.count() == len(expected["items"])
    assert page.locator("select[name=type]").input_value() == "COERCE"
    _open(page, "#/events?polarity=negated")
    assert (
        page.locator(".events-table tbody tr").count()
        == _api(page, "events", polarity="negated")["total"]
    )
    # A row opens its article at the event, whose card shows.
    link = page.locator(".event-link").first
    article = link.get_attribute("href")
    link.click()
    page.wait_for_selector("#main[data-ready='article'] .details .card-event")
    assert "focus=V1" in (article or "")
    assert page.locator(".article-text .hl-trigger.is-active").count() == 1
    _open(page, "#/events?type=FOO")
    assert page.locator(".notice-error").inner_text() == "type: invalid value 'FOO'"


def _layout_report(page) -> dict:
    """Node circles and visible label boxes, measured in the page."""
    return page.evaluate(
        """() => {
            const circles = [...document.querySelectorAll('svg.network .node circle')];
            const nodes = circles.map((c) => ({ x: +c.getAttribute('cx'), y: +c.getAttribute('cy'),
                r: +c.getAttribute('r'), name: c.parentNode.getAttribute('aria-label') }));
            const labels = [...document.querySelectorAll('svg.network .labels text:not([hidden])')]
                .map((t) => t.getBoundingClientRect());
            let overlaps = 0;
            for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) {
                const a = labels[i], b = labels[j];
                if (a.left < b.right - 1 && b.left < a.right - 1
                    && a.top < b.bottom - 1 && b.top < a.bottom - 1) overlaps++;
            }
            let crowded = 0;
            for (let i = 0; i < nodes.length; i++) for (let j = i + 1; j < nodes.length; j++) {
                const a = nodes[i], b = nodes[j];
                if (Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r) crowded++;
            }
            const xs = nodes.map((n) => n.x), ys = nodes.map((n) => n.y);
            const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
            const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
            const rim = nodes.filter((n) => n.x - x0 < 2 || x1 - n.x < 2
                                            || n.y - y0 < 2 || y1 - n.y < 2).length;
            return { nodes, labels: labels.length, overlaps, crowded, rim };
        }"""
    )


def test_network_at_scale_reads(big_page, artifacts: Path) -> None:
    page = big_page
    _open(page, "#/network")
    total = _api(page, "network")["total_edges"]
    assert total > 300
    assert page.locator("select[name=limit]").input_value() == "300"
    shown = page.locator("label.edge-limit .edge-total").inner_text()
    assert shown == f"of {total:,} edges (by number of events)"
    assert page.locator("svg.network .edge").count() == 300
    page.select_option("select[name=limit]", "1000")
    page.click("form.filters button[type=submit]")
    page.wait_for_selector("#main[data-ready='network'] svg.network")
    assert "limit=1000" in page.url
    # the page may still show the first drawing while the bigger one is laid out
    page.wait_for_function(
        "n => document.querySelectorAll('svg.network .edge').length === n", arg=total
    )
    assert page.locator("svg.network .edge").count() == total
    report = _layout_report(page)
    nodes = report["nodes"]
    assert len(nodes) >= 300
    assert report["rim"] <= len(nodes) * 0.05  # nobody pinned along the edge of a box
    assert report["crowded"] == 0  # no circle overlaps another
    assert report["overlaps"] == 0 and 10 <= report["labels"] < len(nodes)  # where they fit
    radius = {n["name"].split(",")[0]: n["r"] for n in nodes}
    assert radius["Tony Blair (GBR)"] > 3 * min(radius.values())  # 50 articles against 1
    _shot(page, artifacts, "network-scale")
    for _ in range(3):
        page.get_by_role("button", name="Zoom in").click()
    zoomed = _layout_report(page)
    assert zoomed["overlaps"] == 0 and zoomed["labels"] > 0
    page.get_by_role("button", name="Show the whole network").click()
    # An actor's neighbourhood: its edges only, the view zoomed to them.
    whole = float((page.locator("svg.network").get_attribute("viewBox") or "").split()[2])
    page.locator("svg.network .node[aria-label^='Tony Blair']").focus()
    page.keyboard.press("Enter")
    assert page.locator(".network-box.focused").count() == 1
    near = page.locator("svg.network .edge.near").count()
    assert near == sum(1 for e in _api(page, "network", limit=1000)["edges"]
                       if radius_key(page, "Tony Blair") in (e["source"], e["target"]))  # fmt: skip
    assert float((page.locator("svg.network").get_attribute("viewBox") or "").split()[2]) < whole
    _shot(page, artifacts, "network-neighbourhood")
    # An edge lists its events and opens the events page for that pair and type.
    page.locator(".details .side-list a").first.click()
    page.wait_for_selector("#main[data-ready='events'] .events-table")
    assert "actor=" in page.url and "recipient=" in page.url and "type=" in page.url
    assert all(t.startswith("Tony Blair") for t in page.locator(".event-words").all_inner_texts())
    _open(page, "#/network?limit=1000")
    page.locator("svg.network .edge").first.focus()
    page.keyboard.press("Enter")
    every = page.locator(".details a.all-events")
    every.wait_for()
    count = int(every.inner_text().split()[1])
    every.click()
    page.wait_for_selector("#main[data-ready='events'] .events-table")
    assert page.locator(".events-table tbody tr").count() == min(count, 50)


def radius_key(page, name: str) -> int:
    """The actor key of a name, from the API."""
    return _api(page, "actors", q=name, limit=1)[0]["key"]


def test_actor_page_opens_with_a_summary_and_pages_its_lists(big_page, artifacts: Path) -> None:
    page = big_page
    _open(page, "#/actor/Tony Blair")
    profile = _api(page, "actors/Tony Blair")
    summary = page.locator(".actor-summary")
    box = summary.bounding_box()
    assert box is not None and box["y"] < 300  # the summary comes first, on screen
    text = summary.inner_text()
    top = profile["counterparts"][0]
    assert top["name"] in text and f"{top['events']} event" in text
    assert "what it does" in text.lower() and "arrested" not in text  # kinds, in words
    assert "coerce: arrest, seize, restrict" in text
    ticks = page.locator("svg.chart .tick").all_text_contents()
    assert "unknown" in ticks and not any("X" in t for t in ticks)
    height = page.evaluate("document.documentElement.scrollHeight")
    assert height < 9000, height  # a page of each list, not every statement
    _shot(page, artifacts, "actor-summary")
    statements = page.locator("#statements")
    heading = statements.locator("h2").inner_text().lower()
    assert f"statements ({profile['n_statements']})" in heading
    assert statements.locator(".quotes li").count() == 20
    first = statements.locator(".quotes li").first.inner_text()
    statements.locator("button[rel=next]").click()
    statements.locator(".pager-status", has_text="21–40").wait_for()
    assert statements.locator(".quotes li").first.inner_text() != first
    events = page.locator("#events-as-actor")
    assert events.locator(".events-table tbody tr").count() == 20
    assert events.locator("a", has_text="open in the events page").get_attribute("href") == (
        f"#/events?actor={profile['key']}"
    )
    for item in statements.locator(".quotes li").all():  # reported speech never in quotes
        if item.locator("p.muted").inner_text().startswith("reported"):
            assert item.locator("q").count() == 0


def test_search_at_scale_titles_speakers_syntax(big_page, artifacts: Path) -> None:
    page = big_page
    total = _api(page, "search", q="said")["total"]
    assert total > 500
    _open(page, f"#/search?q=said&offset={total - 30}")  # far beyond the 500 newest articles
    hits = page.locator(".hit")
    assert hits.count() == 30
    titles = hits.locator(".hit-head a").all_inner_texts()
    assert all(t.startswith(tuple(h[0] for h in HUB_NAMES)) for t in titles), titles
    _open(page, "#/search?q=talks")
    first = hits.first
    assert first.locator(".chip").inner_text().lower() == "statement"
    speaker = _api(page, "search", q="talks", limit=1)["items"][0]["speaker"]
    assert first.locator(".hit-speaker").inner_text().startswith(speaker)
    _shot(page, artifacts, "search-scale")
    for query in ("asylum OR pensions", '"the Iraq war"', "pens*"):
        _open(page, "#/search?q=" + quote(query))
        expected = _api(page, "search", q=query)["total"]
        assert expected > 0
        assert f"of {expected:,} hit" in page.locator(".pager").first.inner_text()
        assert page.locator("#search-q").input_value() == query
    either = _api(page, "search", q="asylum OR pensions")["total"]
    assert (
        either
        == _api(page, "search", q="asylum")["total"] + _api(page, "search", q="pensions")["total"]
    )
    _open(page, "#/events")  # the box forgets the query once the search page is left
    assert page.locator("#search-q").input_value() == ""


def test_article_side_list_brings_the_card_into_view_and_tooltips_go(page, artifacts: Path) -> None:
    _open(page, "#/article/spy-chief-call")
    side = page.locator("aside.side")
    assert side.evaluate("(el) => el.scrollHeight > el.clientHeight")  # it scrolls on its own
    side.evaluate("(el) => { el.scrollTop = el.scrollHeight; }")
    page.locator(".side-section", has_text="Events").locator("button").last.click()
    card = page.locator(".details .card-event")
    card.wait_for()
    page.wait_for_timeout(300)
    box = card.bounding_box()
    assert box is not None and 0 <= box["y"] < 800 - 40, box  # on screen, not 1,600 px away
    _shot(page, artifacts, "article-side-event")
    page.reload()  # no smooth scroll still going on
    page.wait_for_selector("#main[data-ready='article'] .article-text .hl")
    tooltip = page.locator(".tooltip")
    highlight = page.locator(".article-text .hl-entity").first
    highlight.scroll_into_view_if_needed()
    page.wait_for_timeout(300)  # scrolling hides tooltips: let it end before hovering
    highlight.hover()
    assert tooltip.is_visible()
    highlight.click()
    assert tooltip.is_hidden()  # the card shows the item; nothing covers the text
    other = page.locator(".article-text .hl-entity").last  # not nested in the first
    other.scroll_into_view_if_needed()
    page.wait_for_timeout(300)
    other.hover()
    assert tooltip.is_visible()
    page.mouse.move(5, 5)  # away from the text
    assert tooltip.is_hidden()
