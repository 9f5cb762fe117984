"""FastAPI app: the store as a JSON API, plus the static browser UI from ``newsgraph/web``.

Reads are open by default (``read_token=True`` requires the token for them too);
``POST /api/analyze`` and ``POST /api/articles`` always need the bearer token from
``NEWSGRAPH_TOKEN``. Bad parameters get a 400 with a message; bodies over ``max_body``
bytes get a 413. OpenAPI docs are at ``/docs``.
"""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable
from pathlib import Path

from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline

from newsgraph import __version__
from newsgraph.api import spec
from newsgraph.api.limits import BodyLimit
from newsgraph.api.routes import reads, writes
from newsgraph.store import Store

WEB = Path(__file__).resolve().parent.parent / "web"
MAX_BODY = 2_000_000  # bytes; an article is far smaller
ANALYSIS_TIMEOUT = 60.0  # seconds; a long article takes a few
# The UI loads scripts, styles and data from this server only and runs no inline script.
UI_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)


def _problem(error: dict) -> str:
    """One bad parameter in words: its name and what is wrong ("type: invalid value 'FOO'"
    rather than the whole pattern it fails)."""
    where = ".".join(map(str, error["loc"][1:])) or str(error["loc"][0])
    if error["type"] == "string_pattern_mismatch":
        return f"{where}: invalid value {error['input']!r}"
    return f"{where}: " + error["msg"].removeprefix("Value error, ")


def create_app(
    db: str | None = None, *, token: str | None = None, read_token: bool = False,
    max_body: int = MAX_BODY, analysis_timeout: float | None = None,
) -> FastAPI:  # fmt: skip
    """The app over the store at ``db`` (default: $NEWSGRAPH_DB, else newsgraph.db).
    ``analysis_timeout`` (default: $NEWSGRAPH_ANALYSIS_TIMEOUT, else 60) is how many
    seconds an article's analysis may take before the request gets a 422."""
    # FastAPIOffline serves the /docs assets from its package: no CDN, works offline.
    summary = "Who did what to whom, who said what, according to whom."
    app = FastAPIOffline(title="newsgraph", version=__version__, summary=summary)
    app.state.store = Store.open(db)
    app.state.token = token if token is not None else os.environ.get("NEWSGRAPH_TOKEN")
    app.state.read_token = read_token
    app.state.analysis_timeout = analysis_timeout or float(
        os.environ.get("NEWSGRAPH_ANALYSIS_TIMEOUT", ANALYSIS_TIMEOUT)
    )

    @app.middleware("http")
    async def headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        response.headers["X-Content-Type-Options"] = "nosniff"
        if request.url.path.startswith("/ui"):
            response.headers["Content-Security-Policy"] = UI_POLICY
        return response

    @app.exception_handler(RequestValidationError)
    async def bad_request(_request: Request, err: RequestValidationError) -> JSONResponse:
        return JSONResponse({"detail": "; ".join(map(_problem, err.errors()))}, 400)

    app.add_middleware(BodyLimit, max_body=max_body)  # outermost: before any other work
    app.include_router(reads)
    app.include_router(writes)
    app.mount("/ui", StaticFiles(directory=WEB, html=True), name="ui")
    spec.install(app, read_token=read_token)

    @app.get("/", include_in_schema=False)
    def home() -> RedirectResponse:
        return RedirectResponse("/ui/")

    return app
