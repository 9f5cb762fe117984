"""The OpenAPI document, compared with the committed snapshot ``snapshots/openapi.json``.

Any change to an endpoint, a parameter or a response model shows here as a diff to review.
When the change is meant, refresh the snapshot and commit it with the change:

    NEWSGRAPH_UPDATE_SNAPSHOTS=1 .venv/bin/pytest tests/test_openapi_snapshot.py
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from fastapi.testclient import TestClient

from newsgraph.api import create_app

SNAPSHOT = Path(__file__).parent / "snapshots" / "openapi.json"


def test_openapi_document_matches_the_snapshot(tmp_path: Path) -> None:
    document = TestClient(create_app(str(tmp_path / "empty.db"))).get("/openapi.json").json()
    if os.environ.get("NEWSGRAPH_UPDATE_SNAPSHOTS") == "1":
        SNAPSHOT.write_text(json.dumps(document, indent=2, sort_keys=True) + "\n")
    assert document == json.loads(SNAPSHOT.read_text()), (
        "the OpenAPI document changed; if meant, refresh the snapshot: "
        "NEWSGRAPH_UPDATE_SNAPSHOTS=1 .venv/bin/pytest tests/test_openapi_snapshot.py"
    )


def test_every_read_endpoint_has_a_response_model(tmp_path: Path) -> None:
    document = TestClient(create_app(str(tmp_path / "empty.db"))).get("/openapi.json").json()
    for path, operations in document["paths"].items():
        if "get" not in operations:
            continue
        schema = operations["get"]["responses"]["200"]["content"]["application/json"]["schema"]
        target = schema.get("items", schema) if schema.get("type") == "array" else schema
        if target.get("type") == "object":  # a mapping: its values must be typed
            target = target["additionalProperties"]
        typed = isinstance(target, dict) and ("$ref" in target or target.get("type") == "integer")
        assert typed, (path, schema)  # not a bare dict or list of dicts
