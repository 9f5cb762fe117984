"""The store: every analysis record kept, taken apart for questions over the corpus."""

from newsgraph.store.db import (
    AmbiguousActor,
    NotFound,
    SearchHit,
    Store,
    StoreError,
)

__all__ = ["AmbiguousActor", "NotFound", "SearchHit", "Store", "StoreError"]
