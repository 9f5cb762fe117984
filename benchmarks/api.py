"""Latency of the API's read endpoints over a filled store.

    .venv/bin/newsgraph ingest ../shared/data/bbc_news/bbc --title-line --workers 2 --db bbc.db
    .venv/bin/python benchmarks/api.py --db bbc.db

Sends 200 typical reads (article lists and records, actors and profiles, event filters,
statements, search with its syntax and paging, network, timeline, event types) through the
ASGI app in-process (FastAPI's
TestClient: routing, validation, store and JSON, no sockets) and prints the median and p95
latency per endpoint and overall. Target: p95 < 50 ms.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections import defaultdict

from fastapi.testclient import TestClient

from newsgraph.api import create_app

WORDS = ["election", "minister", "growth", "film", "court", "profits", "oil prices", "china"]


def requests(client: TestClient) -> list[tuple[str, str, dict]]:
    articles = [a["id"] for a in client.get("/api/articles", params={"limit": 20}).json()["items"]]
    actors = [a["key"] for a in client.get("/api/actors", params={"limit": 20}).json()]
    reads = [("articles", "/api/articles", {"limit": 50, "offset": n * 50}) for n in range(10)]
    reads += [("article", f"/api/articles/{a}", {}) for a in articles]
    reads += [("actors", "/api/actors", {"q": w[:4]}) for w in WORDS]
    reads += [("actor", f"/api/actors/{k}", {}) for k in actors]
    reads += [
        ("events", "/api/events", {"type": t}) for t in ("CONSULT", "ACCUSE", "AGREE", "ASSAULT")
    ]
    reads += [("events", "/api/events", {"actor": str(k)}) for k in actors[:10]]
    reads += [("events", "/api/events", {"limit": 50, "offset": n * 500}) for n in range(5)]
    reads += [("event-types", "/api/event-types", {})] * 3
    reads += [("statements", "/api/statements", {"speaker": str(k)}) for k in actors[:10]]
    reads += [("statements", "/api/statements", {"limit": 50, "offset": n * 50}) for n in range(10)]
    reads += [("search", "/api/search", {"q": w}) for w in WORDS * 2]
    reads += [
        ("search", "/api/search", {"q": q})
        for q in ("talks OR negotiations", '"prime minister"', "elect*")
    ]
    reads += [("search", "/api/search", {"q": "said", "offset": 1000})]
    reads += [("network", "/api/network", {}), ("network", "/api/network", {"type": "CONSULT"})] * 4
    reads += [("network", "/api/network", {"limit": 1000})] * 2
    reads += [("timeline", "/api/timeline", {"actor": str(k)}) for k in actors[:10]]
    return (reads * 2)[:200]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", required=True)
    args = parser.parse_args()
    client = TestClient(create_app(args.db))
    timings: dict[str, list[float]] = defaultdict(list)
    for name, path, params in requests(client):
        start = time.perf_counter()
        response = client.get(path, params=params)
        timings[name].append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (path, params, response.text[:200])
    every = sorted(t for values in timings.values() for t in values)

    def p95(values: list[float]) -> float:
        return sorted(values)[int(0.95 * (len(values) - 1))]

    def line(name: str, values: list[float]) -> str:
        median = statistics.median(values)
        return f"{name:11s} n={len(values):3d} median {median:6.1f} ms  p95 {p95(values):6.1f} ms"

    for name, values in sorted(timings.items()):
        print(line(name, values))
    print(line("all", every) + " (target p95 < 50 ms)")


if __name__ == "__main__":
    main()
