"""scale: the same extraction run by Ray Data over corpora too big for one machine.

``newsgraph scale`` reads JSONL, WARC and Parquet inputs with Ray Data, analyzes them in an
actor pool (one spaCy model per actor) and writes the records as Parquet partitioned by
published month; ``newsgraph load`` puts those records into the store.

Ray is an optional extra (``pip install newsgraph[scale]``): only
:mod:`newsgraph.scale.runner` imports it, and only when a run starts, so the rest of
newsgraph never pays for it or needs it.
"""

from __future__ import annotations

import importlib


class RayNotInstalled(RuntimeError):
    """Ray Data is missing: the scale extra is not installed."""


def require_ray() -> None:
    """Check that Ray Data can be imported.

    Raises:
        RayNotInstalled: naming the extra to install.
    """
    try:
        importlib.import_module("ray.data")
    except ImportError as err:
        raise RayNotInstalled(
            'Ray Data is not installed: install newsgraph[scale] (pip install "newsgraph[scale]")'
        ) from err
