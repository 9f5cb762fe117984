"""The HTTP API: every endpoint, bad parameters as 400s, tokens, body limits."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import call_record
from fastapi.testclient import TestClient

from newsgraph.api import create_app
from newsgraph.store import Store

TOKEN = "s3cret-token"


@pytest.fixture
def db(tmp_path: Path) -> str:
    url = str(tmp_path / "api.db")
    with Store.open(url) as store:
        store.add([
            call_record("a1", "TASS", "Sergey Naryshkin", "William Burns", "2023-06"),
            call_record("a2", "Reuters", "Sergei Naryshkin", "Burns", "2023-06-24"),
            call_record("w/3", "AP", "Ann Lee", "Bo Park", "2021-01-02"),
        ])  # fmt: skip
    return url


@pytest.fixture
def client(db: str) -> TestClient:
    return TestClient(create_app(db, token=TOKEN))


def _auth(token: str = TOKEN) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_api_articles_list_and_record(client: TestClient) -> None:
    listed = client.get("/api/articles", params={"limit": 2}).json()
    assert [a["id"] for a in listed["items"]] == ["a1", "a2"]  # same date: by id
    assert (listed["total"], listed["limit"], listed["offset"]) == (3, 2, 0)
    rest = client.get("/api/articles", params={"limit": 2, "offset": 2}).json()
    assert [a["id"] for a in rest["items"]] == ["w/3"]
    record = client.get("/api/articles/w/3").json()
    assert record["schema"] == "newsgraph/analysis@1"
    assert record["article"]["id"] == "w/3"
    assert client.get("/api/articles/nope").status_code == 404


def test_api_actors_and_profile(client: TestClient) -> None:
    names = [a["name"] for a in client.get("/api/actors").json()]
    assert "Sergey Naryshkin" in names
    assert [a["name"] for a in client.get("/api/actors", params={"q": "burns"}).json()] == [
        "William Burns"
    ]
    profile = client.get("/api/actors/Sergei Naryshkin").json()
    assert [(c["name"], c["events"]) for c in profile["counterparts"]] == [("William Burns", 2)]
    assert profile["event_types"] == [{"type": "CONSULT", "as_actor": 2, "as_recipient": 0}]
    assert (profile["n_statements"], profile["n_events_as_actor"]) == (2, 2)
    assert profile["timeline"] == {"2023-06": 2}
    assert client.get("/api/actors/Nobody").status_code == 404


def test_api_events_filters(client: TestClient) -> None:
    page = client.get("/api/events", params={"actor": "Naryshkin", "since": "2023"}).json()
    events = page["items"]
    assert {e["article"] for e in events} == {"a1", "a2"} and page["total"] == 2
    assert events[0]["n_articles"] == 2
    assert events[0]["sentence"].startswith("Sergei Naryshkin held a phone call with Burns")
    assert events[0]["title"] is None
    assert client.get("/api/events", params={"country": "USA", "until": "2022"}).json()["items"]
    assert client.get("/api/events", params={"recipient": "Nobody"}).status_code == 404


def test_api_statements_search_network_timeline(client: TestClient) -> None:
    said = client.get("/api/statements", params={"speaker": "Naryshkin"}).json()["items"]
    assert len(said) == 2 and said[0]["kind"] == "indirect"
    hits = client.get("/api/search", params={"q": "phone call"}).json()["items"]
    assert {h["article_id"] for h in hits} >= {"a1", "a2", "w/3"}
    graph = client.get("/api/network").json()
    assert {(e["type"], e["count"]) for e in graph["edges"]} == {("CONSULT", 2), ("CONSULT", 1)}
    assert len(graph["nodes"]) == 4 and graph["total_edges"] == 2
    assert {n["name"]: n["articles"] for n in graph["nodes"]}["William Burns"] == 2
    top = client.get("/api/network", params={"limit": 1}).json()
    assert [e["count"] for e in top["edges"]] == [2] and top["total_edges"] == 2
    months = client.get("/api/timeline", params={"actor": "Burns"}).json()
    assert months == [{"month": "2023-06", "events": 2}]


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/api/articles", {"limit": 0}),
        ("/api/articles", {"limit": "many"}),
        ("/api/articles", {"offset": -1}),
        ("/api/events", {"since": "last week"}),
        ("/api/events", {"country": "United States"}),
        ("/api/events", {"type": "DROP TABLE"}),
        ("/api/statements", {"kind": "gossip"}),
        ("/api/search", {}),
        ("/api/network", {"until": "2023-13-45x"}),
        ("/api/events", {"since": "2023-13"}),
        ("/api/events", {"until": "2023-02-30"}),
        ("/api/events", {"type": "FOO"}),
    ],
)
def test_api_bad_parameters_are_400_with_a_message(
    client: TestClient, path: str, params: dict
) -> None:
    response = client.get(path, params=params)
    assert response.status_code == 400
    assert response.json()["detail"]
    assert "should match pattern" not in response.json()["detail"]  # the value, not a regex
    for name, value in params.items():
        assert response.json()["detail"].startswith(name)
        if isinstance(value, str) and name != "limit":
            assert repr(value) in response.json()["detail"] or value == "2023-02-30"


def test_api_writes_need_the_token(client: TestClient) -> None:
    body = {"text": "Police arrested two men in Lyon on Monday.", "published": "2024-01-03"}
    assert client.post("/api/analyze", json=body).status_code == 401
    assert client.post("/api/analyze", json=body, headers=_auth("wrong")).status_code == 401
    record = client.post("/api/analyze", json=body, headers=_auth()).json()
    assert record["article"]["text"] == body["text"]
    assert client.get("/api/articles/pasted").status_code == 404  # analyze stores nothing


def test_api_ingest_is_idempotent(client: TestClient) -> None:
    body = {"id": "new-1", "text": "The mayor of Lyon resigned on Friday.", "source": "AP"}
    first = client.post("/api/articles", json=body, headers=_auth())
    second = client.post("/api/articles", json=body, headers=_auth())
    assert first.status_code == second.status_code == 201
    assert (first.json()["added"], second.json()["added"]) == (True, False)
    assert client.get("/api/articles/new-1").status_code == 200


def test_api_ingest_looks_up_the_hash_before_analyzing(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An article the store already holds is not analyzed again."""
    from newsgraph.api import routes

    body = {"id": "new-2", "text": "The mayor of Nice resigned on Friday."}
    assert client.post("/api/articles", json=body, headers=_auth()).json()["added"] is True
    calls: list[int] = []
    monkeypatch.setattr(routes, "analyze_chunk", lambda articles: calls.append(1) or [])
    again = client.post("/api/articles", json=body, headers=_auth())
    assert (again.status_code, again.json()["added"], calls) == (201, False, [])


def test_api_entity_actors_and_item_ids(client: TestClient) -> None:
    links = client.get("/api/entity-actors", params={"article": "a2"}).json()
    profile = client.get(f"/api/actors/{links['E1']}").json()
    assert profile["name"] == "Sergey Naryshkin"
    said = client.get("/api/statements", params={"speaker": links["E1"]}).json()["items"]
    assert said[0]["statement_id"] == "S1"
    did = client.get("/api/events", params={"actor": links["E1"]}).json()["items"]
    assert did[0]["event"] == "V1"
    assert client.get("/api/entity-actors", params={"article": "nope"}).status_code == 404
    hit = client.get("/api/search", params={"q": "phone"}).json()["items"][0]
    assert (hit["kind"], hit["speaker"], hit["statement_kind"]) == (
        "statement",
        "Sergey Naryshkin",
        "indirect",
    )


def test_api_security_headers(client: TestClient) -> None:
    ui = client.get("/ui/")
    assert "script-src 'self'" in ui.headers["content-security-policy"]
    assert client.get("/api/articles").headers["x-content-type-options"] == "nosniff"


def test_api_bad_bodies(client: TestClient) -> None:
    assert client.post("/api/analyze", json={"text": ""}, headers=_auth()).status_code == 400
    bad_date = {"text": "Words.", "published": "yesterday"}
    assert client.post("/api/analyze", json=bad_date, headers=_auth()).status_code == 400
    big = {"text": "word " * 500_000}
    assert client.post("/api/analyze", json=big, headers=_auth()).status_code == 413


def test_api_reads_can_require_the_token(db: str) -> None:
    locked = TestClient(create_app(db, token=TOKEN, read_token=True))
    assert locked.get("/api/articles").status_code == 401
    assert locked.get("/api/articles", headers=_auth()).status_code == 200


def test_api_no_token_configured_refuses_writes(db: str) -> None:
    open_app = TestClient(create_app(db, token=""))
    response = open_app.post("/api/analyze", json={"text": "Words."}, headers=_auth(""))
    assert response.status_code == 401


def test_api_openapi_lists_every_endpoint(client: TestClient) -> None:
    paths = set(client.get("/openapi.json").json()["paths"])
    assert paths == {
        "/api/articles", "/api/articles/{article_id}", "/api/actors", "/api/actors/{name_or_key}",
        "/api/events", "/api/statements", "/api/search", "/api/network", "/api/timeline",
        "/api/analyze", "/api/entity-actors", "/api/event-types",
    }  # fmt: skip
    docs = client.get("/docs").text
    assert "cdn" not in docs.lower()  # the docs assets are served locally
    assert client.get("/", follow_redirects=False).headers["location"] == "/ui/"


@pytest.mark.parametrize(
    "path",
    [
        "/api/actors/99999999999999999999",
        "/api/actors/%C2%B2",
        "/api/events?actor=99999999999999999999",
        "/api/statements?speaker=%00",
        "/api/timeline?actor=%C2%B2",
    ],
)
def test_api_actor_names_that_are_no_key_are_404(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert "no actor matches" in response.json()["detail"]


@pytest.mark.parametrize("query", ['"', "\x00", "talks OR", "NEAR(", '"" ""'])
def test_api_search_takes_any_text(client: TestClient, query: str) -> None:
    response = client.get("/api/search", params={"q": query})
    assert response.status_code == 200
    assert isinstance(response.json()["items"], list)


@pytest.mark.parametrize("token", [None, TOKEN])
def test_api_chunked_body_over_the_cap_is_413_before_anything_else(
    client: TestClient, token: str | None
) -> None:
    def chunks():  # no Content-Length: sent chunked, 10 MB in all
        for _ in range(100):
            yield b"x" * 100_000

    headers = {"content-type": "application/json"} | (_auth(token) if token else {})
    response = client.post("/api/articles", content=chunks(), headers=headers)
    assert response.status_code == 413
    assert "request body over" in response.json()["detail"]


def test_api_analysis_over_the_time_limit_is_422(db: str) -> None:
    slow = TestClient(create_app(db, token=TOKEN, analysis_timeout=0.001))
    text = "Russia attacked Ukraine on Monday, officials said. " * 400
    response = slow.post("/api/analyze", json={"text": text}, headers=_auth())
    assert response.status_code == 422
    assert "longer than" in response.json()["detail"]
    assert slow.get("/api/articles").status_code == 200  # reads go on


def test_api_leap_day_is_a_date(client: TestClient) -> None:
    assert client.get("/api/events", params={"since": "2024-02-29"}).status_code == 200
    assert client.get("/api/events", params={"since": "2023-02-29"}).status_code == 400
    body = {"text": "Talks were held.", "published": "2024-02-29"}
    assert client.post("/api/analyze", json=body, headers=_auth()).status_code == 200


def test_api_events_page_and_filter_by_polarity_and_article(client: TestClient) -> None:
    first = client.get("/api/events", params={"limit": 2}).json()
    second = client.get("/api/events", params={"limit": 2, "offset": 2}).json()
    assert first["total"] == second["total"] == 3
    assert len(first["items"]) == 2 and len(second["items"]) == 1
    seen = [(e["article"], e["event"]) for e in first["items"] + second["items"]]
    assert len(set(seen)) == 3  # the pages neither overlap nor leave one out
    one = client.get("/api/events", params={"article": "w/3"}).json()
    assert [(e["article"], e["actors"]) for e in one["items"]] == [("w/3", "Ann Lee")]
    assert client.get("/api/events", params={"polarity": "negated"}).json()["total"] == 0
    assert client.get("/api/events", params={"polarity": "asserted"}).json()["total"] == 3
    assert client.get("/api/events", params={"polarity": "maybe"}).status_code == 400


def test_api_event_types_come_from_the_lexicon(client: TestClient) -> None:
    types = {t["type"]: t for t in client.get("/api/event-types").json()}
    assert types["CONSULT"]["quad"] == 1 and types["ASSAULT"]["quad"] == 4
    assert types["COERCE"]["label"].startswith("coerce") and "seize" in types["COERCE"]["modes"]
    assert types["ACCUSE"]["quad_label"] == "Verbal conflict"


def test_api_search_pages_and_counts(client: TestClient) -> None:
    everything = client.get("/api/search", params={"q": "phone", "limit": 50}).json()
    total = everything["total"]
    assert total == len(everything["items"]) >= 4  # statements and articles
    paged = []
    for offset in range(0, total, 2):
        page = client.get("/api/search", params={"q": "phone", "limit": 2, "offset": offset})
        paged += [(h["kind"], h["article_id"]) for h in page.json()["items"]]
    assert paged == [(h["kind"], h["article_id"]) for h in everything["items"]]
