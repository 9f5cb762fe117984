"""The Ray Data pipeline of ``newsgraph scale``: read, analyze in an actor pool, write Parquet.

This is the only module that imports Ray; import it only after
:func:`newsgraph.scale.require_ray` has passed.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import ray
import ray.data

from newsgraph.scale.analyzer import Analyzer
from newsgraph.scale.inputs import expand_inputs, read_files
from newsgraph.scale.records import Summary, summarize
from newsgraph.sources.files import MAX_CHARS

# Records are ~10 KB of JSON: files of a few thousand rows, row groups `load` reads in one go.
ROWS_PER_FILE = 2048
ROWS_PER_GROUP = 256


@dataclass(frozen=True)
class ScaleOptions:
    """How to run: where Ray is, how many actors, and how big their batches are."""

    ray_address: str | None = None  # None: start a local Ray for this run
    workers: int = 2
    batch_size: int = 16
    published: str | None = None
    max_chars: int = MAX_CHARS


class OutputNotEmpty(RuntimeError):
    """The output folder already holds files (writing again would duplicate rows)."""


@contextmanager
def ray_session(address: str | None, workers: int) -> Iterator[None]:
    """Connect to a cluster, or start a local Ray with ``workers`` CPUs and no dashboard.

    A Ray already initialised by the caller (tests, notebooks) is used as is and left running.
    """
    if ray.is_initialized():
        yield
        return
    if address:
        ray.init(address=address, logging_level=logging.WARNING)
    else:
        # Ray starts its workers at niceness 15; here the actors are the job, and on a busy
        # machine that priority made a run 2x slower than `newsgraph analyze`.
        os.environ.setdefault("RAY_worker_niceness", "0")
        ray.init(num_cpus=workers, include_dashboard=False, logging_level=logging.WARNING)
    try:
        yield
    finally:
        ray.shutdown()


def _read(paths: list[str], options: ScaleOptions) -> ray.data.Dataset:
    """Rows of ARTICLE_SCHEMA from every input, one task per file (WARC and Parquet stream,
    a JSONL file is read whole as in `analyze`; files spread over the cluster). Reading
    takes no CPU slot: the actors hold one each for the whole run, and a task waiting for a
    slot would wait forever."""
    files = expand_inputs(paths)
    read_args = {"published": options.published, "max_chars": options.max_chars}
    return ray.data.from_items(files, override_num_blocks=len(files)).map_batches(
        read_files, batch_size=1, batch_format="pyarrow", fn_kwargs=read_args, num_cpus=0
    )


def build_dataset(paths: list[str], options: ScaleOptions) -> ray.data.Dataset:
    """The lazy dataset of output rows: inputs read, analyzed by the actor pool."""
    dataset = _read(paths, options)
    # Blocks of one batch each, so that one big file feeds every actor of the pool, not one.
    dataset = dataset.repartition(target_num_rows_per_block=options.batch_size)
    _take_no_cpu(dataset)
    return dataset.map_batches(
        Analyzer,
        batch_size=options.batch_size,
        batch_format="pyarrow",
        compute=ray.data.ActorPoolStrategy(size=options.workers),
        num_cpus=1,
    )


def _take_no_cpu(dataset: ray.data.Dataset) -> None:
    """Let the last operator (a streaming repartition) run without a CPU slot.

    ``repartition`` has no ``num_cpus`` argument, so Ray asks one CPU for it, which the actor
    pool holds for the whole run: the job would hang. The operator only moves block references,
    so it needs none. Ray 2.60 keeps the operator's remote args in a mutable dict.
    """
    dataset._logical_plan.dag.ray_remote_args["num_cpus"] = 0


def _check_empty(out: str) -> None:
    if "://" not in out and os.path.isdir(out) and os.listdir(out):
        raise OutputNotEmpty(f"{out} is not empty: choose a new --out folder or remove it")


def run_scale(paths: list[str], out: str, options: ScaleOptions) -> Summary | None:
    """Analyze every input with Ray Data and write the rows to ``out`` as Parquet
    partitioned by ``published_month``; returns the counts read back from ``out``, or None
    when this machine cannot read it (a cluster node's local disk).

    Raises:
        OutputNotEmpty: ``out`` already holds files.
    """
    _check_empty(out)
    with ray_session(options.ray_address, options.workers):
        context = ray.data.DataContext.get_current()
        context.enable_progress_bars = sys.stderr.isatty()
        build_dataset(paths, options).write_parquet(
            out,
            partition_cols=["published_month"],
            # Not one small file per batch. Deprecated with partition_cols (after 2027-02),
            # but its replacement, repartition by key, is a full shuffle: not streaming.
            min_rows_per_file=ROWS_PER_FILE,
            row_group_size=ROWS_PER_GROUP,
            ray_remote_args={"num_cpus": 0},
        )
    try:
        return summarize(out)
    except OSError:
        return None
