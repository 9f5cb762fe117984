"""Schemathesis over the API's own OpenAPI document: every operation, bounded examples.

It checks that no request the document allows gets a 5xx, that every status and body the
server answers is the one documented (400 with a message for bad parameters, 404, 409,
413), that schema-valid requests are accepted, and that reads need no token. The example
count is small so the suite stays fast; the checks are schemathesis's defaults.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import allow_header_conformance

import newsgraph
from newsgraph.api import create_app
from newsgraph.store import Store

TOKEN = "schema-test-token"


def _app():
    """The app over a small store made for this module (schemathesis reads the document
    when the module is collected, so the app exists before any fixture runs)."""
    db = str(Path(tempfile.mkdtemp(prefix="newsgraph-schema-")) / "store.db")
    store = Store.open(db)
    text = "Russia's spy chief Sergei Naryshkin said he phoned CIA director William Burns."
    store.add([newsgraph.analyze(text, published="2023-07-04", id="a1", source="TASS")])
    store.close()
    return create_app(db, token=TOKEN)


schema = schemathesis.openapi.from_asgi("/openapi.json", _app())


@schema.parametrize()
@settings(max_examples=15, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_api_answers_as_its_openapi_document_says(case) -> None:
    # GET and POST /api/articles sit on two routers (reads and token-checked writes), and
    # Starlette's 405 to OPTIONS names the first router's methods only: not checked.
    case.call_and_validate(
        headers={"Authorization": f"Bearer {TOKEN}"}, excluded_checks=[allow_header_conformance]
    )
