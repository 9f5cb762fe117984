"""The store: every analysis record kept, taken apart for questions over the corpus."""

from newsgraph.store.db import (
    AmbiguousActor,
    NotFound,
    SearchHit,
    Store,
    StoreError,
    content_hash,
)

__all__ = ["AmbiguousActor", "NotFound", "SearchHit", "Store", "StoreError", "content_hash"]
