"""Dependencies shared by the endpoints: the store and the bearer-token checks.

The app keeps its settings on ``app.state`` (store, token, read_token), so endpoints get
them through ``Depends`` and tests can build an app per store.
"""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from newsgraph.store import AmbiguousActor, NotFound, Store

Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(HTTPBearer(auto_error=False))]


def get_store(request: Request) -> Store:
    """The app's open store."""
    return request.app.state.store


def require_token(request: Request, credentials: Credentials) -> None:
    """Refuse the request (401) unless it carries the configured bearer token."""
    expected: str | None = request.app.state.token
    given = credentials.credentials.encode() if credentials else b""
    # compare_digest takes the same time wherever the first difference is.
    if not expected or not hmac.compare_digest(given, expected.encode()):
        raise HTTPException(401, "a valid bearer token is required")


def check_read(request: Request, credentials: Credentials) -> None:
    """Reads are open unless the app was started with ``read_token``."""
    if request.app.state.read_token:
        require_token(request, credentials)


StoreDep = Annotated[Store, Depends(get_store)]


def actor_filter(store: Store, name: str | None) -> list[int] | None:
    """The actor key a name or key parameter means, as a filter list; 404 when none."""
    if not name:
        return None
    try:
        return [store.resolve_actor(name)]
    except AmbiguousActor as err:  # the caller picks one: most articles first
        candidates = [{"key": key, "name": actor} for key, actor in err.candidates]
        raise HTTPException(409, {"message": str(err), "candidates": candidates}) from None
    except NotFound as err:
        raise HTTPException(404, str(err)) from None
