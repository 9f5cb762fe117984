"""The OpenAPI document, saying what the server does.

FastAPI's generated document promises 422 for bad parameters (the app answers 400 with a
message; its 422 means an analysis over the time limit), does not list 404, 409 or 413,
and marks every read as needing the token because the read-token check sits on the read
router. This rewrites those parts once, when ``/openapi.json`` is first asked for.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

_MESSAGE = {
    "content": {
        "application/json": {
            "schema": {
                "type": "object",
                "properties": {"detail": {}},
                "required": ["detail"],
            }
        }
    }
}
# Parameters that name an actor: an unknown name is a 404, one shared by several a 409.
_ACTOR_PARAMETERS = frozenset({"actor", "recipient", "speaker", "name_or_key"})
_ARTICLE_PARAMETERS = frozenset({"article", "article_id"})


def install(app: FastAPI, *, read_token: bool) -> None:
    """Give ``app`` the corrected OpenAPI document."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(
                title=app.title, version=app.version, summary=app.summary, routes=app.routes
            )
            for operations in schema.get("paths", {}).values():
                for method, operation in operations.items():
                    _correct(operation, write=method != "get", read_token=read_token)
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def _correct(operation: dict[str, Any], *, write: bool, read_token: bool) -> None:
    responses = operation.setdefault("responses", {})
    responses.pop("422", None)
    responses["400"] = {"description": "A bad parameter or body; the message says which"}
    parameters = operation.get("parameters", [])
    names = {p["name"] for p in parameters}
    if names & (_ACTOR_PARAMETERS | _ARTICLE_PARAMETERS) or any(
        p.get("in") == "path" for p in parameters
    ):
        responses["404"] = {"description": "No such article or actor"}
    if names & _ACTOR_PARAMETERS:
        responses["409"] = {"description": "A name several actors answer to; the candidates"}
    if write or read_token:
        responses["401"] = {"description": "A valid bearer token is required"}
    else:
        operation.pop("security", None)  # reads are open
    if write:
        responses["413"] = {"description": "Request body over the size limit"}
        responses["422"] = {"description": "The analysis took longer than the time limit"}
    for code in ("400", "401", "404", "409", "413", "422"):
        if code in responses:
            responses[code] |= _MESSAGE
