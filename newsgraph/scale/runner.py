"""The Ray Data pipeline of ``newsgraph scale``: read, analyze in an actor pool, write Parquet.

This is the only module that imports Ray; import it only after
:func:`newsgraph.scale.require_ray` has passed.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass

import ray
import ray.data

from newsgraph.scale.analyzer import Analyzer
from newsgraph.scale.inputs import expand_inputs, read_files
from newsgraph.scale.records import Summary, summarize
from newsgraph.sources import MAX_CHARS

# Records are ~10 KB of JSON: files of a few thousand rows, row groups `load` reads in one go.
ROWS_PER_FILE = 2048
ROWS_PER_GROUP = 256
PROGRESS_EVERY = 0.5  # seconds between progress updates

logger = logging.getLogger(__name__)
# Ray 2.60 turns token authentication on for a new local cluster and says so with a WARNING
# on every start (the secure default, nothing to act on). The name is Ray's module; if Ray
# moves it, the line simply shows again. RAY_AUTH_MODE=token would silence it too, but Ray
# reads that when it is imported, too early for ray_session to set it.
TOKEN_NOTICE_LOGGER = "ray._private.authentication.authentication_token_setup"


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
def _quiet_logger(name: str, level: int = logging.ERROR) -> Iterator[None]:
    """Raise one logger's level for the duration of the block."""
    quiet = logging.getLogger(name)
    saved = quiet.level
    quiet.setLevel(level)
    try:
        yield
    finally:
        quiet.setLevel(saved)


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
        with _quiet_logger(TOKEN_NOTICE_LOGGER):
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


def build_dataset(
    paths: list[str], options: ScaleOptions, *, counter: object | None = None
) -> ray.data.Dataset:
    """The lazy dataset of output rows: inputs read, analyzed by the actor pool.

    Args:
        counter: optional progress actor handed to every :class:`Analyzer`.
    """
    dataset = _read(paths, options)
    # Blocks of one batch each, so that one big file feeds every actor of the pool, not one.
    repartitioned = dataset.repartition(target_num_rows_per_block=options.batch_size)
    if _take_no_cpu(repartitioned):
        dataset = repartitioned
    else:
        logger.warning(
            "this Ray version does not let newsgraph run the repartition without a CPU: "
            "skipping it, so each input file is analyzed by one actor (use several files)"
        )
    return dataset.map_batches(
        Analyzer,
        batch_size=options.batch_size,
        batch_format="pyarrow",
        compute=ray.data.ActorPoolStrategy(size=options.workers),
        fn_constructor_kwargs={"counter": counter},
        num_cpus=1,
    )


def _take_no_cpu(dataset: ray.data.Dataset) -> bool:
    """Let the last operator of ``dataset`` (a streaming repartition) run without a CPU slot;
    returns False, changing nothing, when this Ray version does not allow it.

    ``repartition`` has no ``num_cpus`` argument in Ray 2.60 (nor any public way to set the
    resources of that operator: DataContext has none for it, ray-project/ray#44687), so Ray
    asks one CPU for it, which the actor pool holds for the whole run: the job would hang.
    The operator only moves block references, so it needs none. Ray 2.60 keeps the
    operator's remote args in a mutable dict on the logical plan, which is private: every
    step is checked, so a Ray that changes it makes this return False instead of failing.
    With ``num_cpus`` 0 the repartition also fuses into the read tasks (same remote args).
    """
    plan = getattr(dataset, "_logical_plan", None)
    operator = getattr(plan, "dag", None)
    remote_args = getattr(operator, "ray_remote_args", None)
    if type(operator).__name__ != "StreamingRepartition" or not isinstance(remote_args, dict):
        return False
    remote_args["num_cpus"] = 0
    # Read back: a Ray that hands out a copy would silently ignore the change.
    return operator.ray_remote_args.get("num_cpus") == 0


@ray.remote(num_cpus=0)
class _Counter:
    """Rows analyzed so far, added to by the actors and read by the driver's progress."""

    def __init__(self) -> None:
        self.rows = 0

    def add(self, rows: int) -> None:
        self.rows += rows

    def total(self) -> int:
        return self.rows


@contextmanager
def _polling(counter: object, on_progress: Callable[[int], None], every: float) -> Iterator[None]:
    """Call ``on_progress(rows)`` every ``every`` seconds from a thread while the block runs,
    and once more at its end."""
    stop = threading.Event()

    def report() -> None:
        try:
            on_progress(ray.get(counter.total.remote(), timeout=every * 10))
        except Exception:  # progress is best effort: never let it end the run
            logger.debug("progress poll failed", exc_info=True)

    def poll() -> None:
        while not stop.wait(every):
            report()

    thread = threading.Thread(target=poll, name="newsgraph-scale-progress", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()
        report()  # the final count, once the run is over


@contextmanager
def _terminal_progress() -> Iterator[Callable[[int], None]]:
    """A one-line progress display on stderr: rows done and articles per second."""
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    display = Progress(
        SpinnerColumn(),
        TextColumn("[bold]scale"),
        TextColumn("{task.completed} articles"),
        TextColumn("{task.fields[rate]:.1f} articles/s"),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    started = time.monotonic()
    with display:
        task = display.add_task("scale", total=None, rate=0.0)

        def show(rows: int) -> None:
            rate = rows / max(time.monotonic() - started, 1e-9)
            display.update(task, completed=rows, rate=rate)

        yield show


@contextmanager
def quiet_ray_data() -> Iterator[None]:
    """Keep Ray Data's own chatter off the terminal while a run executes, restoring it after.

    Ray Data's progress bars are switched off through ``DataContext.enable_progress_bars``
    (newsgraph shows its own), and the console handlers of the ``ray.data`` logger (Ray
    Data's documented logger; it logs execution plans and "finished" lines at INFO) only
    pass warnings and errors; its log files under the Ray session keep everything.
    """
    context = ray.data.DataContext.get_current()
    bars = context.enable_progress_bars
    context.enable_progress_bars = False
    consoles = [
        h
        for h in logging.getLogger("ray.data").handlers
        if isinstance(h, logging.StreamHandler) and not isinstance(h, logging.FileHandler)
    ]
    levels = [h.level for h in consoles]
    for handler in consoles:
        handler.setLevel(max(handler.level, logging.WARNING))
    try:
        # Ray Data warns that its bars are off, which is the point here; nothing else is
        # logged there. If Ray renames the module the one line simply comes back.
        with _quiet_logger("ray.data._internal.progress"):
            yield
    finally:
        context.enable_progress_bars = bars
        for handler, level in zip(consoles, levels, strict=True):
            handler.setLevel(level)


def _check_empty(out: str) -> None:
    if "://" not in out and os.path.isdir(out) and os.listdir(out):
        raise OutputNotEmpty(f"{out} is not empty: choose a new --out folder or remove it")


def run_scale(
    paths: list[str],
    out: str,
    options: ScaleOptions,
    *,
    on_progress: Callable[[int], None] | None = None,
) -> Summary | None:
    """Analyze every input with Ray Data and write the rows to ``out`` as Parquet
    partitioned by ``published_month``; returns the counts read back from ``out``, or None
    when this machine cannot read it (a cluster node's local disk).

    Args:
        on_progress: called about twice a second with the rows analyzed so far; by default
            a one-line display on stderr when it is a terminal, nothing otherwise.

    Raises:
        OutputNotEmpty: ``out`` already holds files.
    """
    _check_empty(out)
    session = ray_session(options.ray_address, options.workers)
    with session, quiet_ray_data(), _progress(on_progress) as report:
        counter = _Counter.remote() if report else None
        with _polling(counter, report, PROGRESS_EVERY) if report else nullcontext():
            build_dataset(paths, options, counter=counter).write_parquet(
                out,
                partition_cols=["published_month"],
                # Not one small file per batch. Deprecated with partition_cols (after
                # 2027-02), but its replacement, repartition by key, is a full shuffle:
                # not streaming.
                min_rows_per_file=ROWS_PER_FILE,
                row_group_size=ROWS_PER_GROUP,
                ray_remote_args={"num_cpus": 0},
            )
    try:
        return summarize(out)
    except OSError:
        return None


@contextmanager
def _progress(
    on_progress: Callable[[int], None] | None,
) -> Iterator[Callable[[int], None] | None]:
    """The caller's progress callback, else a terminal display on stderr, else None."""
    if on_progress is not None:
        yield on_progress
    elif sys.stderr.isatty():
        with _terminal_progress() as show:
            yield show
    else:
        yield None
